"""Verbetering in beeld (OBS Akkrum, seed 004): VSM → Problemen lokaliseren → Ideeën genereren → Actiepunten.

The worked example is 'speciale aandacht leerlingen': the problems of the Value
Stream Map (Afbeelding 1.4), their phases (Afbeelding 1.5), the ideas per
quadrant (Afbeelding 1.6) and the action points (lines 760–770 of the seed).
"""

from __future__ import annotations

from boards.session import Note, NoteSource
from boards.trajectory import (
    add_next_sessions,
    awaiting,
    carried_notes,
    loads_trajectory,
    new_trajectory,
    trace,
    unanswered,
    unplaced_notes,
)
from boards.trajectory.fileformat import dumps_trajectory

TOPIC = "speciale aandacht leerlingen"

# Process steps on the proceszijde and, per step, the problems written on the datazijde (Afbeelding 1.4).
PROCESS = {
    "Instructie geven aan de groep": ["Niet horen van instructie", "Problemen met lesstof na instructie"],
    "Hulpleerling": ["Niet kunnen uitvoeren", "Onvoorspelbaarheid leerling"],
    "Administratie": ["Hoe administreren"],
    "Aandacht voor de groep": ["Storen leerling", "Gaat langer duren dan gepland", "Aandacht klas"],
}
VSM_IDEAS = ["Visueel maken niet horen", "Voorspelbaar gedrag benoemen en tonen", "Tijd nemen om te noteren"]

# Afbeelding 1.5: the problems sorted into the three phases.
PHASES = {
    "voorbereiding": ["Niet horen van instructie", "Niet kunnen uitvoeren"],
    "uitvoering": [
        "Storen leerling",
        "Gaat langer duren dan gepland",
        "Onvoorspelbaarheid leerling",
        "Aandacht klas",
        "Problemen met lesstof na instructie",
    ],
    "evaluatie-reflectie": ["Hoe administreren"],
}

# Afbeelding 1.6 (part): ideas per quadrant, each answering a problem; chosen ones became action points.
IDEAS = [
    ("organisatie", "Visualiseren afspraken", "Niet horen van instructie", True),
    ("organisatie", "Voorspelbare leerkracht → start & hulpronde → tijdsplanning", "Onvoorspelbaarheid leerling", True),
    ("organisatie", "Houden aan tijdsplanning → klok → timer", "Gaat langer duren dan gepland", True),
    ("organisatie", "Speciale leerling individueel vooraf benaderen", "Niet kunnen uitvoeren", True),
    ("organisatie", "Tijd nemen/plannen om te noteren", "Hoe administreren", True),
    ("organisatie", "Check of leerlingen aan de slag kunnen", "Problemen met lesstof na instructie", True),
    ("ict", "Hoe administratie?", "Hoe administreren", False),
    ("samenwerking", "Delen van ervaringen met collega’s", "Storen leerling", False),
]


def _vsm_session(trajectory):
    (vsm,) = add_next_sessions(trajectory, board_id="vsm-schema", date="2018-01-15")
    vsm.topic = TOPIC
    for step, problems in PROCESS.items():
        step_note = Note(step, zone_id="proceszijde", category="processtap")
        vsm.results.notes.append(step_note)
        for text in problems:
            vsm.results.notes.append(
                Note(text, zone_id="datazijde", color="pink", category="probleem", links={"process_step": step_note.id})
            )
    vsm.results.notes += [Note(text, zone_id="datazijde", category="idee") for text in VSM_IDEAS]
    return vsm


def _by_text(notes):
    return {note.text: note for note in notes}


def test_the_akkrum_series_carries_problems_to_ideas_to_actions() -> None:
    trajectory = new_trajectory("verbetering-in-beeld", "OBS Akkrum", team="werkgroep werkdruk")
    _vsm_session(trajectory)

    # Problemen lokaliseren starts with every problem of the datazijde, unplaced, and none of the ideas.
    (sorting,) = add_next_sessions(trajectory, board_id="problemen-lokaliseren", date="2018-02-05")
    assert sorting.topic == TOPIC
    all_problems = [text for problems in PROCESS.values() for text in problems]
    assert sorted(note.text for note in unplaced_notes(sorting)) == sorted(all_problems)
    assert all(note.source is NoteSource.CARRIED and note.category == "probleem" for note in sorting.results.notes)
    for zone_id, texts in PHASES.items():
        for text in texts:
            _by_text(sorting.results.notes)[text].zone_id = zone_id
    assert unplaced_notes(sorting) == []
    counts = {zone_id: len(sorting.results.notes_in(zone_id)) for zone_id in PHASES}
    assert counts == {
        "voorbereiding": 2,
        "uitvoering": 5,
        "evaluatie-reflectie": 1,
    }  # "de meeste problemen": uitvoering

    # Ideeën genereren lists every problem; the app shows which still have no idea. The VSM's ideas
    # (wolken) come along as ideas to place in a quadrant, never as problems.
    (ideas,) = add_next_sessions(trajectory, board_id="ideeen-genereren", date="2018-02-05")
    problems = _by_text(note for note in carried_notes(ideas) if note.category == "probleem")
    assert sorted(problems) == sorted(all_problems)
    vsm_ideas = [note for note in carried_notes(ideas) if note.category == "idee"]
    assert sorted(note.text for note in vsm_ideas) == sorted(VSM_IDEAS)
    assert [note.text for note in awaiting(trajectory, ideas)[0]] == [note.text for note in vsm_ideas]
    assert len(unanswered(ideas)) == 8
    for zone_id, text, problem, chosen in IDEAS:
        ideas.results.notes.append(Note(text, zone_id=zone_id, chosen=chosen, links={"problem": problems[problem].id}))
    assert sorted(note.text for note in unanswered(ideas)) == ["Aandacht klas"]

    # The file keeps everything: save and load the trajectory halfway.
    trajectory = loads_trajectory(dumps_trajectory(trajectory))

    (actions,) = add_next_sessions(trajectory, board_id="actiepunten", date="2018-02-19")
    items = actions.results.actions
    assert [item.nr for item in items] == [1, 2, 3, 4, 5, 6]
    assert [item.action for item in items] == [text for _, text, _, chosen in IDEAS if chosen]
    assert all(item.owner == "" for item in items)  # the team fills in the initiatiefnemer

    chain = trace(trajectory, items[0])
    assert [(link.role, link.text) for link in chain] == [
        ("idea", "Visualiseren afspraken"),
        ("problem", "Niet horen van instructie"),
        ("process_step", "Instructie geven aan de groep"),
    ]
    assert next(link.board_title for link in chain) == "Ideeën genereren"
    assert [link.text for link in trace(trajectory, items[4])] == [
        "Tijd nemen/plannen om te noteren",
        "Hoe administreren",
        "Administratie",
    ]


def test_next_follows_the_method_order_and_skips_the_printed_legend() -> None:
    trajectory = new_trajectory("verbetering-in-beeld", "OBS Akkrum")
    boards = []
    while (upcoming := trajectory.next_board()) is not None:
        boards.append(upcoming[1])
        add_next_sessions(trajectory)
    assert boards[0] == "brainstorm"
    assert boards[-3:] == ["problemen-lokaliseren", "ideeen-genereren", "actiepunten"]
    assert "vsm-symbolen" not in boards and "vsm-schema" in boards
    statuses = {step.step_id: trajectory.status(step.step_id).value for step in trajectory.steps}
    assert set(statuses.values()) == {"bezig"}
