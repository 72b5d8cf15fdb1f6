"""OBS Akkrum, "speciale aandacht leerlingen" (seed 004): entered through the CSV import.

Afbeelding 1.5 (seed lines ~680–700) places the problems in the phases
Voorbereiding/instructie, Uitvoering and Evaluatie; Afbeelding 1.6 (lines
~733–770) places the solutions in the quadrants Organisatie, ict, Samenwerking
and Persoonlijk. The seed's text extraction lost the arrows of the figure
(e.g. "Voorspelbare leerkracht → start & hulpronde → tijdsplanning"); the
fixture writes them as "→". The action points are the list under "Speciale
aandacht leerlingen" (lines ~750–757).
"""

from __future__ import annotations

from collections import Counter

import pytest

from boards.session import NoteSource, Session
from boards.sessionio import preview_import
from boards.templates import load_template

PROBLEMS = {
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

IDEAS = {
    "organisatie": [
        "Visualiseren afspraken",
        "Voorspelbare leerkracht → start & hulpronde → tijdsplanning",
        "Stappenplan taakwerk → Paul oriënteert",
        "Houden aan tijdsplanning → klok → timer",
        "Speciale leerling individueel vooraf benaderen",
        "Tijd nemen/plannen om te noteren",
        "Check of leerlingen aan de slag kunnen",
        "Taakwerk, leerlingen moeten verder kunnen met andere vakgebieden → taakbrief",
    ],
    "ict": ["Hoe administratie?"],
    "samenwerking": ["Delen van ervaringen met collega’s", "Plannen overleg"],
    "persoonlijk": [
        "Voorspelbare leerkracht",
        "Houden aan tijdslplanning → klok → timer",
        "Kennis zorg behoefte van speciale leerlingen",
        "Tijd nemen voor je administratie – plannen",
    ],
}

ACTIONS = [
    "visualiseren afspraken",
    "voorspelbare leraar zijn (onder andere via start- en hulpronde en tijdsplanning)",
    "houden aan tijdsplanning (klok/timer inzetten)",
    "speciale leerling vooraf individueel benaderen",
    "tijd nemen om bevindingen tussendoor te noteren",
    "check of leerlingen aan de slag kunnen",
]


def enter(fixtures_dir, archive, template_id: str, csv_name: str) -> Session:
    board = load_template(template_id)
    session = Session(
        board=board, school="OBS Akkrum", topic="Speciale aandacht leerlingen", method=None, date="2019-03-12"
    )
    preview = preview_import(fixtures_dir / csv_name, board)
    assert preview.ready, [row.describe() for row in preview.problems()]
    preview.apply(session)
    stored_id = archive.save(session)
    return archive.get(stored_id)


def by_zone(session: Session) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for note in session.results.notes:
        result.setdefault(note.zone_id, []).append(note.text)
    return result


def test_problems_by_phase(fixtures_dir, archive):
    session = enter(fixtures_dir, archive, "problemen-lokaliseren", "akkrum-speciale-aandacht-problemen.csv")
    assert by_zone(session) == PROBLEMS
    counts = Counter(note.zone_id for note in session.results.notes)
    assert counts == {"voorbereiding": 2, "uitvoering": 5, "evaluatie-reflectie": 1}
    # "in welk gebied de meeste problemen zich voordoen"
    assert counts.most_common(1)[0][0] == "uitvoering"
    assert {note.color for note in session.results.notes} == {"pink"}
    assert {note.source for note in session.results.notes} == {NoteSource.IMPORTED}
    assert session.topic == "Speciale aandacht leerlingen"


def test_ideas_by_quadrant_and_action_points(fixtures_dir, archive):
    session = enter(fixtures_dir, archive, "ideeen-genereren", "akkrum-speciale-aandacht-ideeen.csv")
    assert by_zone(session) == IDEAS
    assert Counter(note.zone_id for note in session.results.notes) == {
        "organisatie": 8,
        "ict": 1,
        "samenwerking": 2,
        "persoonlijk": 4,
    }
    assert [(action.nr, action.action) for action in session.results.actions] == list(enumerate(ACTIONS, start=1))
    summary = archive.list(board="ideeen-genereren", text="speciale aandacht")[0]
    assert (summary.note_count, summary.action_count) == (15, 6)


@pytest.mark.parametrize(
    "csv_name, other_board",
    [
        ("akkrum-speciale-aandacht-ideeen.csv", "problemen-lokaliseren"),
    ],
)
def test_against_the_wrong_board_every_note_is_an_unknown_zone(fixtures_dir, csv_name, other_board):
    preview = preview_import(fixtures_dir / csv_name, load_template(other_board))
    assert preview.counts()["problems"] == 15 and preview.counts()["actions"] == 6
