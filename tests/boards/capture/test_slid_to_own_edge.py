"""A note partly under a neighbour at one side and lying on a note of its own colour at the other, as on a dense
board: its colour runs on into that neighbour, so no end of it shows there but the seam its own edge casts its
shadow across. Laid from the edge it shows (the neighbour's, lying over it) it would reach on under the note of
its own colour, its centre a covered part's length off; its own edge, casting its shadow outward as a note on top
does, is where it ends, and it reaches under the neighbour lying over it instead."""

from __future__ import annotations

import math

import pytest

from boards.capture import CaptureOptions, capture_photos
from tests.boards.capture.synthetic import Note, Scene, near, photograph

# elsewhere on the board: notes of the usual size standing alone, so the usual size is known
ALONE = [Note("pink", 372, 382), Note("blue", 600, 380), Note("green", 850, 380)]
MIDDLE = (190.0, 232.0)
COVERED_MM = 16.0  # how much of the middle note lies under the orange note


def _along(angle_deg: float, offset_mm: float) -> tuple[float, float]:
    a = math.radians(angle_deg)
    return MIDDLE[0] + offset_mm * math.cos(a), MIDDLE[1] + offset_mm * math.sin(a)


@pytest.mark.parametrize("angle", [0.0, -9.0])
def test_a_note_lying_on_one_of_its_colour_ends_at_its_own_edge(board, angle):
    notes = [
        Note("green", *_along(angle, 76.0), angle),  # touching the middle note, under it
        Note("green", *MIDDLE, angle),
        Note("orange", *_along(angle, -(76.0 - COVERED_MM)), angle),  # over the middle note's left 16 mm
    ]
    jpeg, _ = photograph(board, Scene(notes=[*ALONE, *notes]))
    found = capture_photos([jpeg], board, CaptureOptions(crops=False, keep_rectified=False)).notes
    greens = [note for note in found if note.color == "green" and abs(note.y_mm - MIDDLE[1]) < 40]
    assert len(near(greens, *MIDDLE)) == 1
    assert len(near(greens, *_along(angle, 76.0))) == 1
    assert len(greens) == 2
