"""A pile of pads of one colour (``choosing._beneath``): a lower pad's sides vanish under the pads over it, so
its whole outline runs through its colour there and it is not viable as a note whose outline shows. Once the
upper pads are chosen, the part of its outline beside them is judged instead; left unread, the pile is laid as
one doubtful note over all of it."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.candidates import Candidate
from boards.capture.notes.choosing import _choose
from boards.capture.notes.measuring import Region
from boards.capture.segment import disk

PPM = 1.5
SHAPE = (200, 320)  # mm: the ROI (its top left at the board's)


def _square(x0: float, y0: float) -> tuple[float, float, float, float]:
    return x0, y0, x0 + 76.0, y0 + 76.0


#: (x0, y0, x1, y1) mm, lowest first: two pads side by side, the right one over the left one's right side, a
#: third over both their tops and a fourth over the right one's lower right corner
LOWER_LEFT, LOWER_RIGHT = _square(20.0, 70.0), _square(80.0, 70.0)
UPPER_TOP, UPPER_RIGHT = _square(40.0, 6.0), _square(122.0, 98.0)
PILE = [LOWER_LEFT, LOWER_RIGHT, UPPER_TOP, UPPER_RIGHT]


def _px(value: float) -> int:
    return int(round(value * PPM))


def _region(pile: list[tuple[float, float, float, float]]) -> Region:
    """The maps ``_regions`` makes of one region: the pads' colour, the edges of upper pads over lower ones seen
    as dark lines (their shadow), the region's border, bare board around it."""
    height, width = _px(SHAPE[0]), _px(SHAPE[1])
    own = np.zeros((height, width), np.uint8)
    lines = np.zeros((height, width), np.uint8)
    for index, (x0, y0, x1, y1) in enumerate(pile):
        under = own.copy()  # (the pads below this one)
        outline = np.zeros_like(own)
        cv2.rectangle(outline, (_px(x0), _px(y0)), (_px(x1) - 1, _px(y1) - 1), 1, 1)
        lines |= outline & under
        own[_px(y0) : _px(y1), _px(x0) : _px(x1)] = 1
        # (a pad laid later hides the lines of those below it)
        if index:
            lines[_px(y0) + 1 : _px(y1) - 1, _px(x0) + 1 : _px(x1) - 1] = 0
    thick = cv2.dilate(lines, disk(1.2 * PPM)) > 0
    border = own - cv2.erode(own, np.ones((3, 3), np.uint8))
    near_edge = cv2.dilate(border | lines, disk(2.4 * PPM)) > 0
    inside = (cv2.erode(own, disk(3.0 * PPM)) > 0) & ~thick
    paper = cv2.erode(1 - own, disk(2.4 * PPM)) > 0
    return Region(np.zeros(2), own > 0, paper, near_edge, inside, np.zeros(own.shape, bool), thick)


def _candidate(rect: tuple[float, float, float, float], shift: float = 0.0) -> Candidate:
    x0, y0, x1, y1 = rect
    return Candidate(np.array([(x0 + x1) / 2 + shift, (y0 + y1) / 2]), (76.0, 76.0), 0.0, measured=2)


def _chosen_rects(chosen: list[Candidate]) -> list[tuple[tuple[int, int], bool]]:
    return sorted((tuple(int(round(v)) for v in c.center), c.beneath) for c in chosen)


def test_a_pad_beneath_the_pads_chosen_over_it_is_read():
    region = _region(PILE)
    chosen = _choose([_candidate(rect) for rect in PILE], region, PPM)
    # the two upper pads show their whole outlines; the lower right one, its sides hidden under them, is read
    # beneath them; then the rest (the lower left pad's visible part) is one pad's, laid as any rest
    assert _chosen_rects(chosen) == [((78, 44), False), ((118, 108), True), ((160, 136), False)]


def test_the_lower_pads_alone_are_not_viable():
    region = _region(PILE)
    chosen = _choose([_candidate(LOWER_LEFT), _candidate(LOWER_RIGHT)], region, PPM)
    assert chosen == []  # (their outlines run through their colour where the upper pads lie)


def test_a_rectangle_off_the_pad_edges_is_not_read_beneath():
    region = _region(PILE)
    candidates = [_candidate(UPPER_TOP), _candidate(UPPER_RIGHT), _candidate(LOWER_RIGHT, shift=-10.0)]
    chosen = _choose(candidates, region, PPM)
    assert _chosen_rects(chosen) == [((78, 44), False), ((160, 136), False)]


def test_without_a_pile_left_nothing_is_read_beneath():
    # the lower left pad alone under two others, half its outline hidden: the part of it left unexplained is one
    # pad's, laid as any rest is
    pile = [LOWER_LEFT, UPPER_TOP, _square(80.0, 76.0)]
    region = _region(pile)
    chosen = _choose([_candidate(rect) for rect in pile], region, PPM)
    assert _chosen_rects(chosen) == [((78, 44), False), ((118, 114), False)]
