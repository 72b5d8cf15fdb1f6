"""Outline geometry: a region's outline simplified to straight edges, and the corners (convex right angles)
between them that propose notes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from boards.capture.notes.base import _rolled

CORNER_TOLERANCE_DEG = 16.0
MIN_EDGE_MM = 9.0

OUTLINE_TOLERANCE_MM = 1.8  # an outline's straight edges may wobble this much (blur, JPEG, writing at the edge)


@dataclass
class Corner:
    point: np.ndarray  # mm
    a: np.ndarray  # unit vector along one edge, into the note
    b: np.ndarray  # unit vector along the other edge, into the note
    length_a: float  # mm of straight edge seen along a
    length_b: float
    complete_a: bool  # the edge along a ends in the next corner of the same note
    complete_b: bool


def _simplify(contour: np.ndarray, px_per_mm: float) -> np.ndarray:
    """The outline as a polygon (mm); nearly collinear edges merged, tiny edges dropped."""
    points = (
        cv2.approxPolyDP(contour, OUTLINE_TOLERANCE_MM * px_per_mm, True).reshape(-1, 2).astype(np.float64) / px_per_mm
    )
    while len(points) > 3:
        incoming = points - _rolled(points, 1)
        outgoing = _rolled(points, -1) - points
        shortest = np.minimum(np.hypot(*incoming.T), np.hypot(*outgoing.T))
        cross = incoming[:, 0] * outgoing[:, 1] - incoming[:, 1] * outgoing[:, 0]
        turn = np.abs(np.degrees(np.arctan2(cross, (incoming * outgoing).sum(axis=1))))
        # below 1: a vertex on a nearly straight run, or at a tiny edge
        score = np.minimum(turn / 9.0, shortest / 1.2)
        removable = score < 1.0
        if not removable.any():
            break
        # never two neighbours at once: the lower score of a pair goes first
        lowest = (score <= _rolled(score, 1)) & (score < _rolled(score, -1))
        drop = removable & lowest
        if not drop.any():
            drop = np.zeros(len(points), bool)
            drop[int(np.argmin(score))] = True
        points = points[~drop]
    return points


MAX_CORNER_GAP_MM = 8.0  # a blurred, cut or curled corner: short edges between two long ones


def _corners(polygon: np.ndarray) -> list[Corner]:
    """Convex right angles between two long edges (short edges between them skipped: a rounded corner)."""
    count = len(polygon)
    if count < 3:
        return []
    x, y = polygon[:, 0], polygon[:, 1]
    signed_area = 0.5 * float(np.sum(x * _rolled(y, -1) - _rolled(x, -1) * y))
    starts, ends = polygon, _rolled(polygon, -1)
    vectors = ends - starts
    lengths = np.hypot(vectors[:, 0], vectors[:, 1])
    long_edges = np.flatnonzero(lengths >= MIN_EDGE_MM).tolist()
    if len(long_edges) < 2:
        return []
    # (the few numbers per edge as Python floats: numpy's overhead on single numbers dominated here)
    length = lengths.tolist()
    (start_x, start_y), (end_x, end_y) = starts.T.tolist(), ends.T.tolist()
    found: list[tuple[int, int, float, float, tuple[float, float], tuple[float, float]]] = []
    for position, j in enumerate(long_edges):
        k = long_edges[(position + 1) % len(long_edges)]
        gap = 0.0
        i = (j + 1) % count
        while i != k:
            gap += length[i]
            i = (i + 1) % count
        if gap > MAX_CORNER_GAP_MM:
            continue
        d1 = ((end_x[j] - start_x[j]) / length[j], (end_y[j] - start_y[j]) / length[j])
        d2 = ((end_x[k] - start_x[k]) / length[k], (end_y[k] - start_y[k]) / length[k])
        cross = d1[0] * d2[1] - d1[1] * d2[0]
        angle = math.degrees(math.acos(min(1.0, max(-1.0, -d1[0] * d2[0] - d1[1] * d2[1]))))
        if cross * signed_area <= 0 or abs(angle - 90) >= CORNER_TOLERANCE_DEG:
            continue
        # where the two edges' lines meet: start_j + t d1 = start_k + s d2 (Cramer's rule; cross is not 0)
        t = ((start_x[k] - start_x[j]) * d2[1] - (start_y[k] - start_y[j]) * d2[0]) / cross
        found.append((j, k, start_x[j] + t * d1[0], start_y[j] + t * d1[1], d2, (-d1[0], -d1[1])))
    incoming = {j for j, *_ in found}
    outgoing = {k for _, k, *_ in found}
    corners = []
    for j, k, px, py, a, b in found:
        theta_a, theta_b = math.atan2(a[1], a[0]), math.atan2(b[1], b[0])
        turn = math.copysign(math.pi / 2, a[0] * b[1] - a[1] * b[0])
        mean = math.atan2(math.sin(theta_a) + math.sin(theta_b - turn), math.cos(theta_a) + math.cos(theta_b - turn))
        a2 = np.array([math.cos(mean), math.sin(mean)])
        b2 = np.array([math.cos(mean + turn), math.sin(mean + turn)])
        corners.append(
            Corner(
                np.array([px, py]),
                a2,
                b2,
                math.hypot(end_x[k] - px, end_y[k] - py),
                math.hypot(start_x[j] - px, start_y[j] - py),
                complete_a=k in incoming,
                complete_b=j in outgoing,
            )
        )
    return corners
