"""Vernieuwend werken (SWS Balans) and Design Thinking en Lean (De Borgstee) as trajectories (seed 004)."""

from __future__ import annotations

import pytest

from boards.errors import InvalidArgumentError
from boards.session import ActionItem, DotCount, Note
from boards.trajectory import add_next_sessions, new_trajectory, unplaced_notes

# "WIE ZIJN BLIJ ALS.... / DE BALANS IS SUCCESVOL ALS...." (lines 1655–1690), two statements per stakeholder.
BEDOELING = {
    "leerlingen": [
        "...we elkaar helpen tijdens de les.",
        "...we uitgedaagd worden op ons eigen niveau, dat als je het snapt dat je door mag met de stof.",
    ],
    "ouders": [
        "...de kinderen blij naar school gaan en blij thuis komen.",
        "...er gedifferentieerd wordt en maatwerk is per kind: elk kind leert op eigen manier.",
    ],
    "leraren": ["...leerlingen zichzelf zijn en in hun kracht staan."],
    "directie-intern-begeleider": ["...persoonsvorming voorop staat."],
    "bestuur": ["...leraren niet vergeten worden, zich steeds blijven ontwikkelen en zich blijvend aanpassen."],
}

# The five beleidsthema's with their two selected initiatives (Samenvatting, lines 2113–2180).
THEMAS = {
    "Maatwerk in onderwijs": ["Visie op maatwerk ontwikkelen", "HR-beleid leraren in kracht"],
    "Nieuwe vormen van onderwijs en leren": [
        "Professionele leergemeenschap (PLG) stimuleren",
        "Iedereen aan slag met nieuwe werkvormen",
    ],
    "Onderwijs in samenwerking met partners en ouders": [
        "Inloopochtenden organiseren",
        "Digitale studiewijzer voor ouders",
    ],
    "Leerlingen in beeld vanuit één integraal systeem": [
        "Schema van administratieve taken",
        "Marktonderzoek naar 1 integraal systeem",
    ],
    "Leerling doorloopt een doorgaande lijn in onderwijs en leren": [
        "Werken met (digitaal) portfolio talentontwikkeling",
        "Kind bij rapportgesprekken in doorgaande lijn van groep 1 t/m 8",
    ],
}


def test_balans_bedoeling_to_themas_to_initiatives_to_summary() -> None:
    trajectory = new_trajectory("vernieuwend-werken", "SWS Balans")
    (blij,) = add_next_sessions(trajectory, board_id="wie-zijn-blij-als")
    for zone_id, statements in BEDOELING.items():
        blij.results.notes += [Note(text, zone_id=zone_id) for text in statements]

    (brown,) = add_next_sessions(trajectory, board_id="brown-paper-nieuwe-mogelijkheden")
    carried = unplaced_notes(brown)
    assert len(carried) == 7 and {note.links["carried_from"] for note in carried} == {
        note.id for note in blij.results.notes
    }
    brown.results.notes += [Note(thema, zone_id="nieuwe-mogelijkheden", chosen=True) for thema in THEMAS]
    brown.results.notes.append(Note("Leerlingen betrekken bij de rapportgesprekken", zone_id="nieuwe-mogelijkheden"))

    sheets = add_next_sessions(trajectory, board_id="beleidsthema-inventarisatie")
    assert [sheet.topic for sheet in sheets] == list(THEMAS)  # one sheet per chosen thema, nothing else
    for sheet in sheets:
        assert [(note.zone_id, note.text) for note in sheet.results.notes] == [("beleidsthema", sheet.topic)]
        first, second = THEMAS[sheet.topic]
        sheet.results.notes += [
            Note("Wat we al doen", zone_id="wat-doen-we-al"),
            Note(first, zone_id="initiatief-1"),
            Note(second, zone_id="initiatief-2"),
        ]
    assert len({sheet.code for sheet in sheets}) == 5

    (summary,) = add_next_sessions(trajectory, board_id="samenvatting-beleidsthemas")
    rows: dict[str, dict[str, list[str]]] = {}
    for note in summary.results.notes:
        rows.setdefault(note.links["row"], {}).setdefault(note.zone_id, []).append(note.text)
    assert [(row["beleidsthemas"], row["geselecteerde-vernieuwende-intitatieven"]) for row in rows.values()] == [
        ([thema], initiatives) for thema, initiatives in THEMAS.items()
    ]


def test_borgstee_procesplaat_to_chosen_process_to_verbeterplan() -> None:
    trajectory = new_trajectory("design-thinking-lean", "CBS De Borgstee", planned_dates=["2017-10-02"])
    assert trajectory.steps[0].planned_date == "2017-10-02"
    (plaat,) = add_next_sessions(trajectory, board_id="procesplaat-1")
    plaat.results.dots += [
        DotCount("rapporten-schrijven", "werkdruk", 9),
        DotCount("rapporten-schrijven", "werkplezier", 1),
        DotCount("groepsplannen-maken", "werkdruk", 7),
        DotCount("lessen-vormgeven-lesmaterialen", "werkplezier", 8),
    ]

    # The proposal is the process with most werkdruk; the team confirms it.
    (workshop,) = add_next_sessions(trajectory, board_id="rapportageproces")
    assert workshop.topic == "Rapporten schrijven"
    assert "werkdruk: 9" in workshop.remarks

    (plan,) = add_next_sessions(trajectory, board_id="verbeterplan", topic_zone="rapporten-schrijven")
    assert plan.topic == "Rapporten schrijven"
    assert plan.step == "verbeterplan" and plan.school == "CBS De Borgstee"
    plan.results.actions.append(
        ActionItem(
            1,
            "Digitale roostering oudergesprekken",
            todos="Google spreadsheet maken, versturen en bijhouden.",
            due="Gereed",
            impact="Middel",
            workload="J",
        )
    )
    assert trajectory.status("procesplaten").value == "bezig"
    assert trajectory.status("verbeterplan").value == "bezig"
    assert trajectory.status("evaluatie").value == "gepland"


def test_a_process_that_is_not_on_the_board_is_refused_with_the_known_ones() -> None:
    trajectory = new_trajectory("design-thinking-lean", "CBS De Borgstee")
    add_next_sessions(trajectory, board_id="procesplaat-1")
    with pytest.raises(InvalidArgumentError) as error:
        add_next_sessions(trajectory, board_id="verbeterplan", topic_zone="koffie-zetten")
    assert "rapporten-schrijven" in str(error.value)
