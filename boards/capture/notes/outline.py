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


BEND_DEG = 2.0  # the two ends of both long sides turned this much against each other, the same way: two pads
BEND_STEP_MM = 1.5  # or shifted this far across, the same way
BEND_END_SHARE = 0.35  # the share of a long side at each end that is fitted (the ends of two pads in line)
BEND_NEAR_MM = 4.0  # outline points this near the outermost one at an end of a long side lie on that side
BEND_MIN_MM = 12.0  # at least this much of each end must be seen as outline


def _bent(contour: np.ndarray, px_per_mm: float) -> bool:
    """Whether the outline ``contour`` (px) of a region as long as notes in line bends along both its long sides
    the same way: each side's two ends, fitted as straight lines, turn BEND_DEG or more against each other, or
    lie BEND_STEP_MM or more apart across, in the same sense on both sides. The die-cut sides of one longer note
    run straight (a curl lifts an edge, it does not bend it); two pads overlapping in line, stuck by hand, are a
    little turned or shifted against each other, and their rectangle's long sides follow the first pad at one
    end and the second at the other, even where the seam between them is too faint to see."""
    points = _dense(contour.reshape(-1, 2).astype(np.float64))
    if len(points) < 8:
        return False
    (cx, cy), (w, h), angle = cv2.minAreaRect(points.astype(np.float32))
    theta = math.radians(angle) if w >= h else math.radians(angle + 90.0)
    length = max(w, h)
    u = np.array([math.cos(theta), math.sin(theta)])
    v = np.array([-u[1], u[0]])
    relative = points - np.array([cx, cy])
    along, across = relative @ u, relative @ v
    near, shortest = BEND_NEAR_MM * px_per_mm, BEND_MIN_MM * px_per_mm
    outer = length / 2 - BEND_END_SHARE * length
    turns, steps = [], []
    for sign in (-1.0, 1.0):
        lines = []
        for end in (-1.0, 1.0):
            # the side at this end: the outline points near its outermost one (where a turned pad's corner
            # stands out beyond the other pad's side, the rectangle's own side would miss the other pad)
            at_end = end * along > outer
            if not np.any(at_end):
                return False
            outermost = float(np.max(sign * across[at_end]))
            chosen = at_end & (sign * across > outermost - near) & (sign * across > 0)
            if np.count_nonzero(chosen) < 2 or np.ptp(along[chosen]) < shortest:
                return False
            fitted = cv2.fitLine(
                np.column_stack([along[chosen], across[chosen]]).astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01
            ).ravel()
            dx, dy, x0, y0 = (float(value) for value in fitted)
            if abs(dx) < 1e-6:
                return False
            slope = dy / dx
            lines.append((slope, y0 - slope * x0))  # across = slope * along + intercept
        (slope_a, intercept_a), (slope_b, intercept_b) = lines
        turns.append(math.degrees(math.atan(slope_b) - math.atan(slope_a)))
        steps.append((intercept_b - intercept_a) / px_per_mm)  # (their distance across at the middle)
    turned = turns[0] * turns[1] > 0 and min(abs(turn) for turn in turns) >= BEND_DEG
    shifted = steps[0] * steps[1] > 0 and min(abs(step) for step in steps) >= BEND_STEP_MM
    return turned or shifted


def _dense(points: np.ndarray) -> np.ndarray:
    """The closed outline ``points`` (px) with a point every pixel or so along each segment (a contour found with
    CHAIN_APPROX_SIMPLE keeps only the ends of straight runs, too few to fit a side's ends by)."""
    if len(points) < 2:
        return points
    following = np.roll(points, -1, axis=0)
    steps = np.maximum(1, np.ceil(np.hypot(*(following - points).T)).astype(int))
    share = np.concatenate([np.arange(n) / n for n in steps])
    start = np.repeat(points, steps, axis=0)
    return start + (np.repeat(following, steps, axis=0) - start) * share[:, None]
