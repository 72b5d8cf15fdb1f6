"""A note with an end not seen is given the usual size: its end is taken to lie under what lies beyond. Where
its own colour stops along a straight line across it, at the length of another size sold, the note may just as
well end there, lying on or against a note of another colour (a 51 mm note on a pile read as a sure 76 mm
one, its centre 12 mm off). It stays sure only where the notes found beyond that line lie over its hidden part
and stop at the line: their edge cuts it off there, and its end lies under them. Otherwise it is laid ending at
the line, doubtful for its size."""

from __future__ import annotations

import numpy as np
import pytest

from boards.capture.notes.base import NoteBlob
from boards.capture.notes.candidates import Candidate
from boards.capture.notes.doubt import _ends_short
from boards.capture.notes.layers import _ends_unexplained
from boards.capture.notes.measuring import Region, _measure_inside
from boards.capture.notes.sizes import SizeBook

PPM = 1.5
SHAPE = (260, 300)
LEFT, TOP = 60, 60  # px: the note's top-left corner


def _px(mm: float) -> int:
    return int(round(mm * PPM))


def _scene(shown_mm: float = 51.0, beyond: str = "other", ragged: bool = False) -> tuple[Region, Candidate]:
    """A 76 mm note laid from its left side, its own colour ending ``shown_mm`` from it; beyond that, up to the
    note's right side and past it, ``beyond``: "other" (a note of another colour) or "nothing" (no note's
    colour: a stroke of writing, glare)."""
    own = np.zeros(SHAPE, bool)
    others = np.zeros(SHAPE, bool)
    right = LEFT + _px(shown_mm)
    own[TOP : TOP + _px(76), LEFT:right] = True
    if ragged:  # the colour ends along a staircase, no straight line
        for step, row in enumerate(range(TOP, TOP + _px(76), _px(8))):
            own[row : row + _px(8), right : right + _px(4 * (step % 3))] = True
    if beyond == "other":
        others[TOP - _px(10) : TOP + _px(86), LEFT + _px(shown_mm) :] = True
        others &= ~own
    empty = np.zeros(SHAPE, bool)
    region = Region(np.zeros(2), own, empty, empty, empty, others)
    centre = np.array([LEFT + _px(38), TOP + _px(38)]) / PPM
    candidate = Candidate(centre, (76.0, 76.0), 0.0, measured=0)
    _measure_inside(candidate, region, PPM)
    candidate.edged = (1.0, 0.0, 1.0, 1.0)  # its right side (1) not seen as an edge: taken to lie under the other
    return region, candidate


def test_a_usual_note_whose_colour_ends_at_a_smaller_size_sold_shows_that_end():
    region, note = _scene(51.0)
    ends = _ends_short(note, region, SizeBook(), PPM)
    assert len(ends) == 1
    hidden, shown, cast = ends[0]
    # the part beyond the line: 25 mm of the note's right side, the part up to it 51 mm (mm from its centre)
    assert hidden[:, 0].min() == pytest.approx(38.0 - 25.0, abs=1.5)
    assert hidden[:, 0].max() == pytest.approx(38.0, abs=1.0)
    assert shown[:, 0].min() == pytest.approx(-38.0, abs=1.0)
    assert cast == 0.0  # (no image to measure a shadow on)


@pytest.mark.parametrize(
    "scene",
    [
        {"shown_mm": 70.0},  # its colour runs on to about its size: nothing another size would place elsewhere
        {"ragged": True},  # no straight line where the colour ends
        {"beyond": "nothing"},  # no other note's colour beyond: a stroke of writing cut the region there
    ],
)
def test_no_end_where_the_colour_does_not_stop_straight_against_another_note(scene):
    region, note = _scene(**scene)
    assert _ends_short(note, region, SizeBook(), PPM) == ()


def test_a_side_seen_as_an_edge_needs_no_end():
    region, note = _scene(51.0)
    note.edged = (1.0, 1.0, 1.0, 1.0)
    assert _ends_short(note, region, SizeBook(), PPM) == ()


def _note_ending_at(x_line: float, cast: float = 0.0) -> NoteBlob:
    """A sure 76 mm note centred at (100, 100) mm whose own colour ends along x = ``x_line``, its shadow falling
    across that line along ``cast`` of it."""
    note = NoteBlob("pink", (100.0, 100.0), (76.0, 76.0), 0.0, 0.9)
    right = 100.0 + 38.0
    hidden = np.array([[right, 62.0], [right, 138.0], [x_line, 138.0], [x_line, 62.0]]) - (100.0, 100.0)
    shown = np.array([[x_line, 62.0], [x_line, 138.0], [62.0, 138.0], [62.0, 62.0]]) - (100.0, 100.0)
    note.ends_short = ((hidden, shown, cast),)
    return note


def test_an_end_with_nothing_found_over_it_is_doubtful_for_its_size_and_laid_ending_there():
    note = _note_ending_at(113.0)
    _ends_unexplained([note])
    assert note.doubtful and note.reason == "size" and note.confidence < 0.5
    # laid from its left side (x = 62) to the line: 51 mm wide, its centre 12.5 mm to the left
    assert note.size == pytest.approx((51.0, 76.0))
    assert note.center == pytest.approx((87.5, 100.0))


def test_a_neighbour_lying_over_the_end_and_stopping_at_the_line_keeps_it_sure():
    note = _note_ending_at(113.0)
    # a yellow note from x = 113 on, over the note's hidden 25 mm: its edge is the line
    neighbour = NoteBlob("yellow", (151.0, 104.0), (76.0, 76.0), 0.0, 0.9)
    _ends_unexplained([note, neighbour])
    assert not note.doubtful
    # turned a little, its edge a mm or two off the line, it still stops there
    turned = NoteBlob("yellow", (152.0, 104.0), (76.0, 76.0), 3.0, 0.9)
    _ends_unexplained([note, turned])
    assert not note.doubtful


def test_a_neighbour_reaching_on_under_the_visible_part_does_not_explain_the_end():
    note = _note_ending_at(113.0)
    # a yellow note reaching 20 mm past the line under the note's visible colour: the note lies on it there, and
    # the line is the note's own end as likely as not
    neighbour = NoteBlob("yellow", (131.0, 100.0), (76.0, 76.0), 0.0, 0.9)
    _ends_unexplained([note, neighbour])
    assert note.doubtful and note.reason == "size"
    assert note.size == pytest.approx((51.0, 76.0))


def test_a_note_ending_short_along_both_axes_is_laid_ending_at_both_lines():
    note = _note_ending_at(113.0)
    (hidden, shown, _), centre = note.ends_short[0], np.array(note.center)
    # its colour also ends 51 mm below its top side (y = 62): at y = 113
    below = np.array([[138.0, 138.0], [62.0, 138.0], [62.0, 113.0], [138.0, 113.0]]) - centre
    above = np.array([[138.0, 113.0], [62.0, 113.0], [62.0, 62.0], [138.0, 62.0]]) - centre
    note.ends_short = ((hidden, shown, 0.0), (below, above, 0.0))
    _ends_unexplained([note])
    assert note.size == pytest.approx((51.0, 51.0))
    assert note.center == pytest.approx((87.5, 87.5))


def test_a_doubtful_note_keeps_its_reason():
    note = _note_ending_at(113.0)
    note.doubtful, note.reason = True, "covered"
    _ends_unexplained([note])
    assert note.reason == "covered"


def _lit_from_the_left(cast: float) -> list[NoteBlob]:
    """Notes elsewhere whose right sides, against open board, cast shadows along ``cast`` of their length."""
    return [
        NoteBlob("blue", (400.0 + 100 * k, 400.0), (76.0, 76.0), 0.0, 0.9, free_shadows=((np.array([1.0, 0.0]), cast),))
        for k in range(3)
    ]


def test_no_shadow_where_shadows_fall_that_way_shows_the_end_lies_under_what_lies_beyond():
    # shadows fall to the right on this photo: a note ending at the line on top of what lies beyond would cast
    # its shadow across it; none shows, so its end lies under it
    note = _note_ending_at(113.0, cast=0.0)
    _ends_unexplained([note, *_lit_from_the_left(0.7)])
    assert not note.doubtful and note.size == (76.0, 76.0)


@pytest.mark.parametrize(
    ("cast", "elsewhere"),
    [
        (0.9, 0.7),  # its own shadow across the line: it ends there, on what lies beyond
        (0.0, 0.2),  # edges facing that way cast little shadow on this photo: no shadow there tells nothing
    ],
)
def test_a_shadow_across_the_line_or_none_to_compare_leaves_the_end_doubtful(cast, elsewhere):
    note = _note_ending_at(113.0, cast=cast)
    _ends_unexplained([note, *_lit_from_the_left(elsewhere)])
    assert note.doubtful and note.reason == "size"


def test_the_shadow_across_the_line_is_measured():
    region, note = _scene(51.0)
    gray = np.where(region.own, 200.0, 150.0).astype(np.float32)
    line = LEFT + _px(51.0)
    gray[TOP : TOP + _px(76), line + 1 : line + 1 + _px(2.0)] = 110.0  # its shadow on the note beyond
    region.gray = gray
    (_, _, cast), *_ = _ends_short(note, region, SizeBook(), PPM)
    assert cast >= 0.75
    region.gray = np.where(region.own, 200.0, 150.0).astype(np.float32)
    (_, _, cast), *_ = _ends_short(note, region, SizeBook(), PPM)
    assert cast == 0.0


def test_a_highlight_over_the_part_beyond_the_line_leaves_the_note_as_it_is():
    # a highlight lies over the note's right part (board px at 2 px per mm): what lies beyond the line is
    # not seen, and the line may be the highlight's edge
    glare = np.zeros((400, 400), bool)
    glare[:, 2 * 120 :] = True
    note = _note_ending_at(113.0)
    _ends_unexplained([note], glare, 2.0)
    assert not note.doubtful and note.size == (76.0, 76.0)
    glare[:, 2 * 150 :] = False  # clear of it
    glare[:, : 2 * 150] = False
    _ends_unexplained([note], glare, 2.0)
    assert note.doubtful
