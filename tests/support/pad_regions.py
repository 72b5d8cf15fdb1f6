"""A region of one note colour drawn from pads (centre, size, angle in mm), with the maps the notes search makes of
it, for tests of how notes are chosen and joined within a region."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.base import rect_corners
from boards.capture.notes.measuring import Region
from boards.capture.segment import disk


def pad_polygon(centre, size, angle: float, px_per_mm: float) -> np.ndarray:
    """The corners (px, int32) of a pad."""
    return np.round(rect_corners(centre, size, angle) * px_per_mm).astype(np.int32)


def pads_region(pads: list, lines: list, shape: tuple[int, int], px_per_mm: float, seed: int) -> Region:
    """The region of one colour ``pads`` make in an image of ``shape`` px, with a gray image showing a thin dark
    line (a pad's edge on another, its shade) along each outline in ``lines``, the board around darker than the
    pads, and noise (``seed``)."""
    own = np.zeros(shape, np.uint8)
    for pad in pads:
        cv2.fillConvexPoly(own, pad_polygon(*pad, px_per_mm), 1)
    border = own - cv2.erode(own, np.ones((3, 3), np.uint8))
    near_edge = cv2.dilate(border, disk(2.4 * px_per_mm)) > 0
    inside = cv2.erode(own, disk(3.0 * px_per_mm)) > 0
    paper = cv2.dilate(own, disk(2.4 * px_per_mm)) == 0
    region = Region(np.zeros(2), own.view(bool), paper, near_edge, inside, np.zeros(shape, bool))
    gray = np.full(shape, 160.0)
    for outline in lines:
        cv2.polylines(gray, [pad_polygon(*outline, px_per_mm)], True, 138.0, 2)
    gray[own == 0] = 120.0
    noisy = gray + np.random.default_rng(seed).normal(0, 1.5, shape)
    region.gray = cv2.GaussianBlur(noisy.astype(np.float32), (0, 0), 0.7)
    return region
