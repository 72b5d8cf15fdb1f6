"""Notes lying in line are proposed from the ends of their region, and are read as one long note or two pads as the
photo shows them.

On the third `combined` photo of seed 241010 a green 127 × 76 mm note has dots over all four corners and writing
across it: no corner of it proposed the long note, nor a usual note at its far end, so the reader chose a usual note
at one end, sure, and laid a covered 51 mm note in the rest. A region as long as notes of a size seen lying in line
(``SizeBook.tiles``) now proposes the usual note against each end of its rectangle too; chosen at both ends with no
seam between them, they are the one long note they make.
"""

from __future__ import annotations

import math

import pytest

from tests.boards.capture.synthetic import near
from tests.support.photo_fixtures import read_benchmark_photo


def test_a_long_note_with_dots_over_its_corners_is_no_sure_usual_note():
    truth, result = read_benchmark_photo("combined", 2, 241010)
    (long,) = [note for note in truth if note["zone_id"] == "handelingsplannen-schrijven" and note["color"] == "green"]
    assert (long["width_mm"], long["height_mm"]) == (127.0, 76.0)
    found = [note for note in near(result.notes, long["x_mm"], long["y_mm"], 70.0) if note.color == "green"]
    assert len(found) == 1
    (note,) = found
    assert math.hypot(note.x_mm - long["x_mm"], note.y_mm - long["y_mm"]) < 5.0
    assert sorted((note.width_mm, note.height_mm)) == pytest.approx([76, 127], abs=6)
