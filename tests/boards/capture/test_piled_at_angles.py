"""Notes of one colour piled at different angles: their corners lie under each other or are curled and shaded
away, and the pile's outline runs from one note's edge to another's without a right angle between them. Each
straight edge of the outline is still one note's side; a note laid along it, of a size seen on the photo,
resolves the pile into its notes instead of one doubtful "unresolved" group."""

from __future__ import annotations

import math

import numpy as np
import pytest

from boards.capture.notes.candidates import _edge_candidates
from boards.capture.notes.sizes import SizeBook
from tests.support.photo_fixtures import read_benchmark_photo


def _outline(points) -> list[np.ndarray]:
    polygon = np.array(points, np.float64)
    return [np.hstack([polygon, np.roll(polygon, -1, axis=0)])]


def test_an_edge_proposes_notes_flush_with_either_end_on_its_inner_side():
    sizes = SizeBook()
    # a pile's outline: an edge along the x axis, 50 mm (the note below it, its corners hidden), then edges of
    # notes at other angles
    outline = _outline([(0, 0), (50, 0), (70.5, 56.4), (0, 80)])
    candidates = _edge_candidates(outline, sizes)
    along_x = [c for c in candidates if abs(((c.angle_deg + 45) % 90) - 45) < 0.5]
    centres = {tuple(np.round(c.center).astype(int)) for c in along_x}
    assert (38, 38) in centres  # flush with the edge's start, below it (inside the outline)
    assert (12, 38) in centres  # flush with its end
    assert all(c.center[1] > 0 for c in along_x)
    # one note's own outline (all edges at one angle) proposes nothing: its corners do
    assert _edge_candidates(_outline([(0, 0), (76, 0), (76, 76), (0, 76)]), sizes) == []


@pytest.fixture(scope="module")
def orange_pile():
    # the second photo of `benchmarks/capture.py --seed 140707 --conditions rotated` (12 MP): five orange notes
    # overlapping at 4° to 29°, a green one over them
    return read_benchmark_photo("rotated", 1, 140707)


def test_a_pile_of_one_colour_at_different_angles_is_its_notes(orange_pile):
    truth, result = orange_pile
    pile = [
        note for note in truth if note["color"] == "orange" and 150 < note["x_mm"] < 360 and 400 < note["y_mm"] < 520
    ]
    assert len(pile) == 5
    used: set[int] = set()
    for true in pile:
        found = [
            index
            for index, note in enumerate(result.notes)
            if note.color == "orange"
            and index not in used
            and math.hypot(note.x_mm - true["x_mm"], note.y_mm - true["y_mm"]) <= 15.0
        ]
        assert found, f"no note found at ({true['x_mm']}, {true['y_mm']})"
        used.add(found[0])
    assert not any(note.doubt == "unresolved" for note in result.notes)
