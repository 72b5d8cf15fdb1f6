"""Two notes of one colour side by side, one lying a little over the other, on a phone photo of the
benchmark's "rotated" condition: the upper pad's edge shows as a shadow line where the lower pad lies flat,
as a step in brightness where the upper one curls, and not at all under a dot and a line of writing. The
two together measure 125 × 74 mm, a size sold (127 × 76), so only that edge tells them apart."""

from __future__ import annotations

import math

import pytest

from tests.support.photo_fixtures import read_benchmark_photo


@pytest.fixture(scope="module")
def touching_pink():
    # the third photo of `benchmarks/capture.py --seed 140707 --conditions rotated` (12 MP)
    return read_benchmark_photo("rotated", 2, 140707)


def test_two_touching_notes_of_one_colour_are_two_notes(touching_pink):
    truth, result = touching_pink
    pair = [note for note in truth if note["color"] == "pink" and 720 < note["x_mm"] < 830 and 470 < note["y_mm"] < 530]
    assert len(pair) == 2
    for true in pair:
        found = [
            note
            for note in result.notes
            if note.color == "pink" and math.hypot(note.x_mm - true["x_mm"], note.y_mm - true["y_mm"]) <= 15.0
        ]
        assert len(found) == 1
    # and not one long note across both
    assert not any(
        note.color == "pink" and max(note.width_mm, note.height_mm) > 100 and abs(note.y_mm - 498) < 20
        for note in result.notes
    )
