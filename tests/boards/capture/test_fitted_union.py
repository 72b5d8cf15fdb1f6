"""Two notes of one colour chosen overlapping, a little turned or shifted against each other, are one long note
when the region's pixels they explain are one clean rectangle of a size sold with no seam across it.

On a steep, blurred view of a pile the two ends of a 127 mm pad are each read as a usual note; fitted to parts of
the pad, their angles and places differ by more than two pads lying exactly in line would, so they were never
weighed as one. Two pads that do overlap at different angles leave a kinked outline, no clean rectangle.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from boards.capture.notes.base import rect_corners
from boards.capture.notes.candidates import Candidate
from boards.capture.notes.choosing import _fitted_union, _joined_in_line
from boards.capture.notes.measuring import Region, _evaluate
from boards.capture.notes.sizes import SizeBook

PPM = 1.5
SHAPE = (260, 260)


def _region(*rectangles: tuple[tuple[float, float], tuple[float, float], float]) -> Region:
    """A region of one colour (at PPM) made of rectangles (centre mm, size mm, angle), with the maps the search
    makes, and a seam test that finds no seam."""
    own = np.zeros(SHAPE, np.uint8)
    for center, size, angle in rectangles:
        cv2.fillConvexPoly(own, np.round(rect_corners(center, size, angle) * PPM).astype(np.int32), 1)
    border = own - cv2.erode(own, np.ones((3, 3), np.uint8))
    near_edge = cv2.dilate(border, np.ones((7, 7), np.uint8)) > 0
    inside = cv2.erode(own, np.ones((9, 9), np.uint8)) > 0
    paper = ~cv2.dilate(own, np.ones((9, 9), np.uint8)).view(bool)
    region = Region(np.zeros(2), own.view(bool), paper, near_edge, inside, np.zeros(SHAPE, bool))
    region.seamed = lambda corners, distinct=False: False
    return region


def _chosen(region: Region, *notes: tuple[tuple[float, float], float]) -> list[Candidate]:
    """Usual notes (centre mm, angle) measured against the region, as the search chooses them."""
    chosen = []
    for center, angle in notes:
        candidate = Candidate(np.array(center), (76.0, 76.0), angle, measured=2)
        _evaluate(candidate, region, PPM)
        chosen.append(candidate)
    return chosen


def test_the_two_ends_of_a_long_pad_read_turned_apart_are_one_note():
    # a 127 × 76 mm pad; its left end read 3° turned and 2.5 mm low, its right end straight
    region = _region(((90.0, 90.0), (127.0, 76.0), 0.0))
    chosen = _chosen(region, ((64.5, 92.5), 3.0), ((115.5, 90.0), 0.0))
    joined = _joined_in_line(chosen, region, PPM, SizeBook())
    assert len(joined) == 1
    (note,) = joined
    assert sorted(note.size) == pytest.approx([76, 127], abs=3)
    assert note.center == pytest.approx([90, 90], abs=2)
    assert not note.known  # (a size no note on the photo has shown: judged doubtful for it as any such note)


def test_two_pads_overlapping_at_different_angles_stay_two():
    # two usual pads overlapping 25 mm, the right one turned 12°: their union is kinked, no clean rectangle
    region = _region(((64.5, 90.0), (76.0, 76.0), 0.0), ((115.5, 90.0), (76.0, 76.0), 12.0))
    chosen = _chosen(region, ((64.5, 90.0), 0.0), ((115.5, 90.0), 12.0))
    assert _fitted_union(*chosen, region, PPM, SizeBook()) is None
    assert len(_joined_in_line(chosen, region, PPM, SizeBook())) == 2


def test_two_pads_overlapping_across_stay_two():
    # two usual pads overlapping 25 mm, the right one 15 mm lower: a stepped outline
    region = _region(((64.5, 90.0), (76.0, 76.0), 0.0), ((115.5, 105.0), (76.0, 76.0), 0.0))
    chosen = _chosen(region, ((64.5, 90.0), 0.0), ((115.5, 105.0), 0.0))
    assert len(_joined_in_line(chosen, region, PPM, SizeBook())) == 2
