"""Two pads almost in line, their seam too faint to tell, are not one long note.

On the third `dots` photo of seed 42512 two yellow 76 mm pads overlap in the zone "Entreegesprekken en huisbezoeken
verrichten", 50 mm apart, 3.4° and 6.8° turned, the right one 7 mm lower: together nearly a clean 127 × 76 mm
rectangle. Both were read as usual notes, but the upper pad's edge barely shows once the light is evened out, and the
rectangle fitted round the two (``_fitted_union``) was taken as one long note, doubtful for its size: both pads
missed. That rectangle is 80.5 mm wide, 4.5 mm wider than either pad; a long pad read as two notes makes one of their
width (up to 2.9 mm wider on the photos measured). A rectangle wider than ``JOIN_WIDER_MM`` is now refused.
"""

from __future__ import annotations

import math

from tests.boards.capture.synthetic import near
from tests.support.photo_fixtures import read_benchmark_photo


def test_two_pads_almost_in_line_stay_two_notes():
    truth, result = read_benchmark_photo("dots", 2, 42512)
    pair = [
        note
        for note in truth
        if note["zone_id"] == "entreegesprekken-en-huisbezoeken-verrichten" and note["color"] == "yellow"
    ]
    assert len(pair) == 2
    assert math.dist(*[(note["x_mm"], note["y_mm"]) for note in pair]) < 76.0  # (they overlap)
    for true in pair:
        found = [note for note in near(result.notes, true["x_mm"], true["y_mm"], 15.0) if note.color == "yellow"]
        assert len(found) == 1
        assert max(found[0].width_mm, found[0].height_mm) < 100.0
