"""The dots' Hough transform votes at its three distances at once (``dots._hough``): the same candidates, in
the same order, with the same values as the plain way, one distance at a time (kept here as the reference)."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.dots import _hough
from boards.capture.segment import disk


def _plain_hough(own: np.ndarray, radius: float) -> list[tuple[float, float, float]]:
    smooth = cv2.GaussianBlur(own.astype(np.float32), (0, 0), 1.2)
    gx = cv2.Sobel(smooth, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(smooth, cv2.CV_32F, 0, 1, ksize=3)
    magnitude = np.hypot(gx, gy)
    ys, xs = np.nonzero(magnitude > 0.12)
    if len(xs) == 0:
        return []
    nx, ny = gx[ys, xs] / magnitude[ys, xs], gy[ys, xs] / magnitude[ys, xs]
    votes = []
    for factor in (0.88, 1.0, 1.12):
        vx = np.round(xs + nx * radius * factor).astype(int)
        vy = np.round(ys + ny * radius * factor).astype(int)
        inside = (vx >= 0) & (vy >= 0) & (vx < own.shape[1]) & (vy < own.shape[0])
        votes.append(vy[inside] * own.shape[1] + vx[inside])
    accumulator = np.zeros(own.size, np.float32)
    for vote in np.concatenate(votes):  # (one by one)
        accumulator[vote] += 1
    accumulator = cv2.GaussianBlur(accumulator.reshape(own.shape), (0, 0), max(1.0, radius * 0.12))
    window = disk(max(1.5, radius * 0.6))
    peaks = (accumulator >= cv2.dilate(accumulator, window) - 1e-6) & (accumulator > 0.12 * radius)
    py, px = np.nonzero(peaks)
    order = np.argsort(-accumulator[py, px])
    return [(float(px[i]), float(py[i]), float(accumulator[py[i], px[i]])) for i in order]


def test_hough_is_the_plain_vote():
    rng = np.random.default_rng(5)
    met = 0
    for radius in (6.0, 9.3, 13.5, 21.7):
        size = int(radius * 8)
        own = np.zeros((size, size + 13), np.uint8)
        for _ in range(4):  # overlapping discs, some cut by the edge of the window
            centre = (int(rng.integers(0, size + 13)), int(rng.integers(0, size)))
            cv2.circle(own, centre, int(round(radius * rng.uniform(0.8, 1.2))), 1, -1)
        own[rng.random(own.shape) < 0.02] ^= 1  # (noise)
        centres = _hough(own, radius)
        assert centres == _plain_hough(own, radius)
        assert all(type(value) is float for centre in centres for value in centre)
        met += len(centres)
    assert met > 0
    assert _hough(np.zeros((20, 20), np.uint8), 5.0) == []
