"""A 127 mm note is not read as one or two sure notes of the usual size.

A lone long note with a thick marker line along it, of which the search chooses one usual note and lays a
second from the rest, is one note when no seam runs across its clean rectangle.
"""

from __future__ import annotations

import math

import pytest

from tests.support.photo_fixtures import read_benchmark_photo


def _near(notes, x: float, y: float, within: float) -> list:
    return [note for note in notes if math.hypot(note.x_mm - x, note.y_mm - y) <= within]


def test_a_lone_long_note_with_a_line_along_it_is_one_note():
    # the first `combined` photo of seed 180505: an orange 127 × 76 mm note, curled, a thick marker line along
    # it and dots on its edges, alone in its zone; it was read as two sure 76 mm notes overlapping in line
    truth, result = read_benchmark_photo("combined", 0, 180505)
    (long,) = [note for note in truth if note["color"] == "orange" and note["width_mm"] == 127.0]
    found = _near(result.notes, long["x_mm"], long["y_mm"], 70.0)
    assert [note.color for note in found] == ["orange"]
    (note,) = found
    assert math.hypot(note.x_mm - long["x_mm"], note.y_mm - long["y_mm"]) < 5.0
    assert sorted((note.width_mm, note.height_mm)) == pytest.approx([76, 127], abs=6)
