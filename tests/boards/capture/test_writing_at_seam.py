"""A 76 × 127 mm note with two lines of writing across it, each about where the edge of an upper pad would lie
were it two usual notes in line (the second photo of `benchmarks/capture.py --seed 41218 --conditions sizes`).
The blurred rim of a stroke changes the colour across one line laid beside it, not across the lines 1 mm
further: no pad's edge, which changes it across every line within reach. One note, not two sure ones."""

from __future__ import annotations

import math

import pytest

from tests.support.photo_fixtures import read_benchmark_photo


@pytest.fixture(scope="module")
def written_long_note():
    return read_benchmark_photo("sizes", 1, 41218)


def test_a_long_note_with_writing_where_a_seam_would_lie_is_one_note(written_long_note):
    truth, result = written_long_note
    (true,) = [note for note in truth if note["color"] == "yellow" and abs(note["x_mm"] - 652) < 5]
    assert sorted((true["width_mm"], true["height_mm"])) == [76.0, 127.0]
    near = [
        note
        for note in result.notes
        if note.color == "yellow" and math.hypot(note.x_mm - true["x_mm"], note.y_mm - true["y_mm"]) <= 40.0
    ]
    assert len(near) == 1
    (note,) = near
    assert math.hypot(note.x_mm - true["x_mm"], note.y_mm - true["y_mm"]) <= 15.0
    assert sorted((note.width_mm, note.height_mm)) == pytest.approx([76.0, 127.0], abs=6.0)
