"""A 63 mm pad beside a 76 mm pad of its colour, on a board where no other 63 mm note stands alone, is read.

On the first `dense` photo of seed 13305 a 63 mm pink pad lies against the right edge of a 76 mm pink pad in the zone
"Samenwerking", their seam a step from one shade of pink to a slightly darker one. No 63 mm note stands alone on the
photo, so 63 mm is no size seen: the seam test of the 138 × 63 mm rectangle the two make (``seam_across``) looked for a
pad's edge only at the lengths of sizes seen as wide as it, and none is 63 mm wide. The rectangle passed as one long
note, doubtful for its size, and the 63 mm pad was missed. A rectangle as wide as no size seen is now tested at the
lengths of the notes sold that wide (``sizes.sold_as_wide``).
"""

from __future__ import annotations

from tests.boards.capture.synthetic import near
from tests.support.photo_fixtures import read_benchmark_photo


def test_small_pad_beside_a_usual_one_is_read():
    truth, result = read_benchmark_photo("dense", 0, 13305)
    small = [note for note in truth if note["color"] == "pink" and note["width_mm"] == 63.0]
    true = min(small, key=lambda note: abs(note["x_mm"] - 153.4) + abs(note["y_mm"] - 485.8))
    assert true["zone_id"] == "samenwerking"
    beside = [
        note
        for note in truth
        if note["color"] == "pink" and note is not true and abs(note["x_mm"] - true["x_mm"]) < 76.0
    ]
    assert beside and beside[0]["width_mm"] == 76.0
    found = [note for note in near(result.notes, true["x_mm"], true["y_mm"], 15.0) if note.color == "pink"]
    assert len(found) == 1
    assert max(found[0].width_mm, found[0].height_mm) < 80.0  # (not the two read as one long note)
