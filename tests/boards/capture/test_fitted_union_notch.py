"""Two pads of one colour whose fitted rectangle holds bare board are not one long note.

On the second `dense` photo of seed 31205 a blue 63 mm pad lies over the right part of a blue 76 mm one, its top edge
10 mm lower. Both were read as usual notes, and the rectangle fitted round the two (``_fitted_union``) was 128 × 76
mm, a size sold, with no seam where a 76 mm note would end (the 63 mm pad's edge lies elsewhere): one doubtful long
note, both pads missed. Bare board filled 4 % of that rectangle, the notch above the lower pad; a rectangle fitted
round one long pad holds none beyond the blur at its edges (``measuring.BOX_BARE``), and is now refused otherwise.
"""

from __future__ import annotations

import math

from tests.boards.capture.synthetic import near
from tests.support.photo_fixtures import read_benchmark_photo


def test_a_narrower_pad_lying_lower_on_another_is_no_long_note_with_it():
    truth, result = read_benchmark_photo("dense", 1, 31205)
    pair = [note for note in truth if note["zone_id"] == "ict" and note["color"] == "blue" and note["y_mm"] > 280]
    assert sorted(note["width_mm"] for note in pair) == [63.0, 76.0]
    for true in pair:
        found = [note for note in near(result.notes, true["x_mm"], true["y_mm"], 15.0) if note.color == "blue"]
        assert len(found) == 1
    around = [note for note in near(result.notes, 597.0, 304.0, 40.0) if note.color == "blue"]
    assert all(max(note.width_mm, note.height_mm) < 100.0 for note in around)
    assert math.dist(*[(note["x_mm"], note["y_mm"]) for note in pair]) < 76.0  # (they overlap)
