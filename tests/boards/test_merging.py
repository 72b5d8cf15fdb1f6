"""Results read from a photo or imported, put into a session without losing what was typed."""

from __future__ import annotations

import pytest

from boards.merging import Keep, Part, plan_merge
from boards.session import ActionItem, DotCount, Note, NoteSource, Results
from boards.templates import load_template

NABESPREKEN = "resultaten-nabespreken"
TOETSEN = "toetsen-afnemen"


@pytest.fixture
def board():
    return load_template("procesplaat-1")


def typed() -> Results:
    """What the facilitator typed: "Resultaten nabespreken" werkdruk/werkplezier 1/4, two notes in it."""
    results = Results()
    results.set_dot_count(NABESPREKEN, "werkdruk", 1)
    results.set_dot_count(NABESPREKEN, "werkplezier", 4)
    results.set_dot_count(TOETSEN, "werkdruk", 5)
    results.notes += [Note("Te veel overleg", NABESPREKEN), Note("Fijn team", NABESPREKEN, "green")]
    return results


def read() -> Results:
    """What a photo of the same board found: 3/2 in that zone, one note typed already, one new."""
    return Results(
        notes=[
            Note("te veel  overleg", NABESPREKEN, source=NoteSource.PHOTO, x_mm=400.0, y_mm=300.0),
            Note("Rapporten", NABESPREKEN, source=NoteSource.PHOTO),
            Note("Nieuw proces", "kindgesprekken-voeren", source=NoteSource.PHOTO),
        ],
        dots=[DotCount(NABESPREKEN, "werkdruk", 3), DotCount(NABESPREKEN, "werkplezier", 2)],
    )


def counts(results: Results, zone: str) -> tuple[int, int]:
    return results.dot_count(zone, "werkdruk"), results.dot_count(zone, "werkplezier")


def texts(results: Results, zone: str) -> list[str]:
    return [note.text for note in results.notes_in(zone)]


def test_the_comparison_lists_typed_against_read_per_zone(board):
    plan = plan_merge(board, typed(), read(), whole_zones=True)
    assert [zone.zone_id for zone in plan.zones] == [NABESPREKEN, "kindgesprekken-voeren"]
    zone = plan.zone(NABESPREKEN)
    assert zone.label == "Resultaten nabespreken"
    assert [(pair.label, pair.session, pair.incoming) for pair in zone.dots] == [
        ("werkdruk", 1, 3),
        ("werkplezier", 4, 2),
    ]
    assert [note.text for note in zone.session_notes] == ["Te veel overleg", "Fijn team"]
    assert [note.text for note in zone.incoming_notes] == ["te veel  overleg", "Rapporten"]
    assert [(z.zone_id, part) for z, part in plan.conflicts()] == [(NABESPREKEN, Part.DOTS), (NABESPREKEN, Part.NOTES)]
    assert plan.has_conflicts
    # "Kindgesprekken voeren": nothing typed there, so nothing to decide; the photo read no dots there.
    other = plan.zone("kindgesprekken-voeren")
    assert not other.conflicts(Part.NOTES) and other.default(Part.NOTES) is Keep.INCOMING
    assert other.dots == [] and other.parts() == [Part.NOTES]


def test_by_default_typed_data_stay_and_what_is_new_comes_in(board):
    session = typed()
    plan = plan_merge(board, session, read(), whole_zones=True)
    merged = plan.merged()
    assert counts(merged, NABESPREKEN) == (1, 4)
    assert texts(merged, NABESPREKEN) == ["Te veel overleg", "Fijn team"]
    assert texts(merged, "kindgesprekken-voeren") == ["Nieuw proces"]
    assert counts(merged, TOETSEN) == (5, 0)  # a zone the photo says nothing about stays as it is
    assert merged is not session and counts(session, "kindgesprekken-voeren") == (0, 0)
    assert len(session.notes) == 2  # the session's own results are not changed
    summary = plan.summary()
    assert (summary.notes_taken, summary.notes_left_out, summary.kept) == (1, 2, 2)


def test_take_the_read_counts_and_notes(board):
    plan = plan_merge(board, typed(), read(), whole_zones=True)
    plan.choose(NABESPREKEN, Part.DOTS, Keep.INCOMING)
    plan.choose(NABESPREKEN, Part.NOTES, Keep.INCOMING)
    merged = plan.merged()
    assert counts(merged, NABESPREKEN) == (3, 2)
    assert texts(merged, NABESPREKEN) == ["te veel  overleg", "Rapporten"]
    assert plan.summary().notes_replaced == 2


def test_add_them_up_without_a_note_twice(board):
    plan = plan_merge(board, typed(), read(), whole_zones=True)
    plan.choose_all(Keep.BOTH)
    merged = plan.merged()
    assert counts(merged, NABESPREKEN) == (4, 6)
    # "te veel  overleg" is the typed "Te veel overleg" (case and spaces aside): not added again.
    assert texts(merged, NABESPREKEN) == ["Te veel overleg", "Fijn team", "Rapporten"]


def test_a_zone_with_the_same_data_is_no_conflict(board):
    session = typed()
    incoming = Results(dots=[DotCount(NABESPREKEN, "werkdruk", 1), DotCount(NABESPREKEN, "werkplezier", 4)])
    plan = plan_merge(board, session, incoming, whole_zones=True)
    assert not plan.has_conflicts
    assert counts(plan.merged(), NABESPREKEN) == (1, 4)


def test_a_photo_reads_a_missing_kind_as_none_a_file_leaves_it_alone(board):
    session = typed()
    incoming = Results(dots=[DotCount(NABESPREKEN, "werkdruk", 1)])
    photo = plan_merge(board, session, incoming, whole_zones=True)
    assert photo.has_conflicts  # typed 4 werkplezier, the photo found none
    photo.choose(NABESPREKEN, Part.DOTS, Keep.INCOMING)
    assert counts(photo.merged(), NABESPREKEN) == (1, 0)
    file = plan_merge(board, session, incoming)
    assert not file.has_conflicts  # the file says nothing about werkplezier
    assert counts(file.merged(), NABESPREKEN) == (1, 4)


def test_an_explicit_zero_differs_from_a_typed_count(board):
    session = typed()
    plan = plan_merge(board, session, Results(dots=[DotCount(TOETSEN, "werkdruk", 0)]))
    assert [(z.zone_id, p) for z, p in plan.conflicts()] == [(TOETSEN, Part.DOTS)]
    assert counts(plan.merged(), TOETSEN) == (5, 0)
    plan.choose(TOETSEN, Part.DOTS, Keep.INCOMING)
    assert counts(plan.merged(), TOETSEN) == (0, 0) and not any(d.zone_id == TOETSEN for d in plan.merged().dots)


def test_notes_not_on_a_zone_and_actions_come_in(board):
    incoming = Results(notes=[Note("Los briefje", None)], actions=[ActionItem(1, "Toetskalender")])
    session = typed()
    session.actions.append(ActionItem(1, "Mail bundelen"))
    plan = plan_merge(board, session, incoming)
    assert [zone.zone_id for zone in plan.zones] == [None]
    merged = plan.merged()
    assert texts(merged, None) == ["Los briefje"]  # type: ignore[arg-type]
    assert [a.action for a in merged.actions] == ["Mail bundelen", "Toetskalender"]


def test_taking_the_same_photo_over_twice_adds_no_note_twice(board):
    photo = read()
    first = plan_merge(board, Results(), photo, whole_zones=True).merged()
    again = plan_merge(board, first, photo, whole_zones=True)
    assert not again.has_conflicts
    again.choose_all(Keep.BOTH)
    merged = again.merged()
    assert len(merged.notes) == 3 and len({note.id for note in merged.notes}) == 3


def test_choosing_for_a_zone_without_incoming_data_is_refused(board):
    plan = plan_merge(board, typed(), read())
    with pytest.raises(KeyError):
        plan.choose(TOETSEN, Part.DOTS, Keep.INCOMING)


def test_notes_taken_in_keep_the_order_they_came_in(board):
    """A file lists notes of several zones mixed; the session gets them in the file's order, not by zone."""
    incoming = Results(notes=[Note("a", TOETSEN), Note("b", NABESPREKEN), Note("c", TOETSEN), Note("d", NABESPREKEN)])
    merged = plan_merge(board, Results(), incoming).merged()
    assert [note.text for note in merged.notes] == ["a", "b", "c", "d"]
