"""A small note whose lines of writing, blurred on a phone photo, took the board's colour: on brown paper dark ink
over an orange note blurs to kraft brown. What shows of the note's colour is then strips between the lines, joined
at one end, too little in all for the rest of a usual note, and no rectangle of a size seen fits it (the lines
read as bare board inside it). It was read as nothing, silently (a 51 mm orange note with two red dots on it, seed
61206 ``phone``). Closed over the lines, the strips make up more than half of the smallest note sold: a note is
read there, doubtful (for its size, or "covered": its extent not seen), rather than none. Not where such a note
may not lie (see ``_may_lie_under_dots``), nor over a note of another colour found already: such a region is a
piece of something else (a highlight's haze turns an orange note's rim yellow)."""

from __future__ import annotations

import numpy as np
import pytest

from boards.capture import CaptureOptions, capture_photos
from boards.capture.notes.base import NoteBlob
from boards.capture.notes.search import _smothered_kept
from boards.capture.segment import PAPER
from tests.boards.capture.synthetic import (
    KRAFT_BGR,
    Note,
    Scene,
    Stroke,
    kraft_palette,
    near,
    note_class_of,
    photograph,
)

# elsewhere on the board: notes of the usual size standing alone
ALONE = [Note("pink", 372, 382), Note("blue", 600, 380), Note("green", 850, 380)]


def _scene(x: float, y: float) -> Scene:
    # an orange 51 mm note; three lines of writing across it, in the board's colour, from its left edge to 8 mm short
    # of its right one
    lines = [Stroke((x - 26, y + dy), (x + 17, y + dy), 6.0, KRAFT_BGR) for dy in (-12.0, 0.0, 12.0)]
    return Scene(notes=[*ALONE, Note("orange", x, y, size_mm=(51.0, 51.0), writing=False)], strokes=lines)


def test_a_small_note_parted_into_strips_by_writing_is_read(board):
    jpeg, _ = photograph(board, _scene(380.0, 235.0))
    found = capture_photos([jpeg], board, CaptureOptions(crops=False, keep_rectified=False)).notes
    orange = [note for note in near(found, 380.0, 235.0, 15.0) if note.color == "orange"]
    assert len(orange) == 1
    # its size is not seen (the lines hide where it ends): doubtful, or read right
    assert orange[0].doubt or (near(orange, 380.0, 235.0, 5.0) and max(orange[0].width_mm, orange[0].height_mm) < 60)
    # the notes standing alone are read as before
    assert all(len(near(found, note.x_mm, note.y_mm, 5.0)) == 1 for note in ALONE)


PPM = 2.0


def _labels(palette, *squares: tuple[str, float, float]) -> np.ndarray:
    """Brown paper 200 mm square with 51 mm squares of note colours (colour, centre x, y mm)."""
    labels = np.full((int(200 * PPM), int(200 * PPM)), PAPER, np.uint8)
    for color, x, y in squares:
        labels[int((y - 25.5) * PPM) : int((y + 25.5) * PPM), int((x - 25.5) * PPM) : int((x + 25.5) * PPM)] = (
            note_class_of(palette, color)
        )
    return labels


def _smothered(color: str, x: float, y: float) -> NoteBlob:
    return NoteBlob(color, (x, y), (51.0, 51.0), 0.0, 0.3, True, "covered", smothered=True)


def test_a_note_read_from_strips_is_kept_where_a_note_may_lie():
    palette = kraft_palette()
    note = _smothered("yellow", 100.0, 100.0)
    assert _smothered_kept([note], _labels(palette, ("yellow", 100.0, 100.0)), palette, PPM) == [note]


@pytest.mark.parametrize("under", ["orange", "yellow"])
def test_a_piece_over_a_note_found_already_is_no_note(under):
    # the washed rim of an orange note (found, doubtful) read yellow; or a piece of a yellow note found already
    palette = kraft_palette()
    found = NoteBlob(under, (100.0, 100.0), (76.0, 76.0), 0.0, 0.45, True, "covered")
    piece = _smothered("yellow", 100.0, 100.0)
    labels = _labels(palette, ("yellow", 100.0, 100.0))
    assert _smothered_kept([found, piece], labels, palette, PPM) == [found]
