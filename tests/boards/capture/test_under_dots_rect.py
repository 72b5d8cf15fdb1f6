"""A note under dots is laid from the rectangle of what shows of it and of the dots joined to it: taken from the
pixels of their outer outlines (``under_dots._min_area_rect``), the same rectangle as from all their pixels."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.under_dots import _min_area_rect


def _mask(rng: np.random.Generator) -> np.ndarray:
    height, width = (int(value) for value in rng.integers(8, 160, 2))
    mask = np.zeros((height, width), np.uint8)
    for _ in range(int(rng.integers(1, 6))):  # pieces: discs, turned rectangles, lines, single pixels, to the edges
        kind = rng.integers(4)
        centre = (int(rng.integers(-10, width + 10)), int(rng.integers(-10, height + 10)))
        if kind == 0:
            cv2.circle(mask, centre, int(rng.integers(1, 40)), 1, -1)
        elif kind == 1:
            size = (float(rng.uniform(2, 90)), float(rng.uniform(2, 90)))
            box = cv2.boxPoints((centre, size, float(rng.uniform(-90, 90))))
            cv2.fillConvexPoly(mask, np.round(box).astype(np.int32), 1)
        elif kind == 2:
            end = (int(rng.integers(0, width)), int(rng.integers(0, height)))
            cv2.line(mask, centre, end, 1, int(rng.integers(1, 4)))
        else:
            mask[rng.integers(0, height), rng.integers(0, width)] = 1
    if rng.random() < 0.5:  # holes: dots on the note
        for _ in range(int(rng.integers(1, 8))):
            cv2.circle(
                mask, (int(rng.integers(0, width)), int(rng.integers(0, height))), int(rng.integers(1, 12)), 0, -1
            )
    return mask


def test_the_rectangle_from_the_outlines_is_the_rectangle_from_all_pixels():
    rng = np.random.default_rng(7)
    compared = 0
    for _ in range(600):
        mask = _mask(rng)
        if not mask.any():
            continue
        assert _min_area_rect(mask) == cv2.minAreaRect(cv2.findNonZero(mask))
        compared += 1
    assert compared > 500
