"""A note partly covered by a note of another colour can show a clean rectangle of a smaller size sold: a
76 mm note with its right 25 mm under an orange one shows 51 × 76 mm. When that size is known on the photo,
its side against the orange note looks like a seen edge, yet the orange note, whole, may just as well lie over
the note as touch it. The note's length across that side is not seen: it is doubtful (or read right), never a
sure note of the smaller size. Notes that merely touch, of the usual size, stay sure.
Where the note over it is not shown whole, the side's own measures tell (``doubt._under_another``): neither
against open board nor casting the note's shadow across it."""

from __future__ import annotations

import pytest

from boards.capture import CaptureOptions, capture_photos
from boards.capture.notes.base import NoteBlob
from boards.capture.notes.layers import _under_whole_neighbours
from tests.boards.capture.synthetic import Note, Scene, near, photograph

USUAL = (76.0, 76.0)


def _blob(color, x, y, size, angle=0.0, whole=True) -> NoteBlob:
    return NoteBlob(color, (x, y), size, angle, 0.9, whole=whole)


def test_a_note_ending_along_a_whole_note_of_another_colour_is_not_measured_there():
    # yellow, 51 × 76 mm as seen, its right side (x = 125) along the left side of an orange note shown whole
    yellow = _blob("yellow", 99.5, 232.0, (51.0, 76.0))
    orange = _blob("orange", 163.0, 234.0, (76.0, 76.0))
    _under_whole_neighbours([yellow, orange], USUAL)
    assert yellow.doubtful and yellow.reason == "covered" and yellow.confidence < 0.5
    assert not orange.doubtful  # the orange note is the usual size: measured or not, it stays


@pytest.mark.parametrize(
    ("yellow", "orange"),
    [
        # of the usual size across that side: where the note ends under its neighbour does not move it
        (_blob("yellow", 87.0, 232.0, (76.0, 76.0)), _blob("orange", 163.0, 234.0, (76.0, 76.0))),
        # the neighbour not whole: part of it lies under something (under this note, say)
        (_blob("yellow", 99.5, 232.0, (51.0, 76.0)), _blob("orange", 163.0, 234.0, (76.0, 76.0), whole=False)),
        # the neighbour's side at another angle: it does not run along this side
        (_blob("yellow", 99.5, 232.0, (51.0, 76.0)), _blob("orange", 166.0, 234.0, (76.0, 76.0), angle=12.0)),
        # the neighbour beside another side, clear of this one
        (_blob("yellow", 99.5, 232.0, (51.0, 76.0)), _blob("orange", 175.0, 234.0, (76.0, 76.0))),
    ],
)
def test_a_note_stays_sure_where_no_whole_neighbour_could_cover_its_length(yellow, orange):
    _under_whole_neighbours([yellow, orange], USUAL)
    assert not yellow.doubtful


def test_one_of_the_same_colour_does_not_count():
    yellow = _blob("yellow", 99.5, 232.0, (51.0, 76.0))
    _under_whole_neighbours([yellow, _blob("yellow", 163.0, 234.0, (76.0, 76.0))], USUAL)
    assert not yellow.doubtful


# elsewhere on the board: notes of the usual size standing alone, and one of 51 × 76 mm (so that size is known)
ALONE = [Note("pink", 372, 382), Note("blue", 600, 380), Note("green", 850, 380, size_mm=(51.0, 76.0))]


def _read(board, notes):
    jpeg, _ = photograph(board, Scene(notes=[*ALONE, *notes]))
    return capture_photos([jpeg], board, CaptureOptions(crops=False, keep_rectified=False)).notes


@pytest.mark.parametrize("angle", [0.0, 4.0])
def test_a_note_partly_under_another_colour_is_no_sure_note_of_its_visible_size(board, angle):
    # a yellow 76 mm note with an orange one lying over its right 25 mm
    found = _read(board, [Note("yellow", 112, 232, angle), Note("orange", 112 + 76 - 25, 236, angle)])
    yellow = [note for note in found if note.color == "yellow"]
    assert len(yellow) == 1
    assert yellow[0].doubt or (min(yellow[0].width_mm, yellow[0].height_mm) > 70 and near(yellow, 112, 232, 5.0))
    assert [note.doubt for note in found if note.color == "orange"] == [""]


def test_a_note_under_a_neighbour_not_shown_whole_is_no_sure_note_of_its_visible_size(board):
    # the orange note lying over the yellow one's right 25 mm has a small pink note on its corner: not whole, so
    # no note it lies along is judged by it. The yellow note's side against it is neither against open board nor
    # casting the yellow note's shadow: it may be the orange note's edge, and the yellow note's length across it
    # is not seen (the usual note would lie there as well as one of 51 × 76 mm)
    found = _read(
        board, [Note("yellow", 112, 232), Note("orange", 112 + 51, 236), Note("pink", 195, 255, size_mm=(51.0, 51.0))]
    )
    yellow = [note for note in found if note.color == "yellow"]
    assert len(yellow) == 1
    assert yellow[0].doubt or (min(yellow[0].width_mm, yellow[0].height_mm) > 70 and near(yellow, 112, 232, 5.0))
    assert [note.doubt for note in near(found, 163, 236, 5.0) + near(found, 195, 255, 5.0)] == ["", ""]


def test_a_note_of_that_size_clear_of_its_neighbour_stays_sure(board):
    found = _read(board, [Note("orange", 173, 236), Note("yellow", 99.5, 232, size_mm=(51.0, 76.0))])
    yellow = [note for note in found if note.color == "yellow"]
    assert len(yellow) == 1 and not yellow[0].doubt and near(yellow, 99.5, 232, 3.0)


def test_touching_notes_of_two_colours_stay_sure(board):
    found = _read(board, [Note("yellow", 112, 232), Note("orange", 188, 236)])
    for color, x, y in (("yellow", 112, 232), ("orange", 188, 236)):
        match = [note for note in near(found, x, y, 5.0) if note.color == color]
        assert len(match) == 1 and not match[0].doubt
