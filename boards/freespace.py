"""Free room on a printed board: where a square (a read-back marker) fits without touching anything.

Everything a board prints is an obstacle: a rectangle (zones, headings, text,
symbols, legend, title block, QR code, other markers) or a thick line segment
(free lines, connectors). A square of half-side ``h`` centred at ``(x, y)``
is free when it touches no obstacle; row by row this is a set of free
x-intervals for the centre, found by a sweep (pure Python, no numpy, so the
command line stays quick to start).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from boards.geometry import Point, Rect

Interval = tuple[float, float]


@dataclass(frozen=True)
class Segment:
    """A stroked line: its ends and half its width (mm)."""

    start: Point
    end: Point
    half_width: float = 0.0

    @property
    def bounds(self) -> Rect:
        x0, x1 = sorted((self.start.x, self.end.x))
        y0, y1 = sorted((self.start.y, self.end.y))
        w = self.half_width
        return Rect(x0 - w, y0 - w, x1 - x0 + 2 * w, y1 - y0 + 2 * w)


Obstacle = Rect | Segment


def _bounds(obstacle: Obstacle) -> Rect:
    return obstacle.bounds if isinstance(obstacle, Segment) else obstacle


def _segment_span(segment: tuple[float, float, float, float, float], y: float, half: float) -> Interval | None:
    """The centre x-interval that a square of half-side ``half`` at height ``y`` cannot take near a segment."""
    x1, y1, x2, y2, width = segment
    reach = half + width
    low, high = y - reach, y + reach
    if max(y1, y2) <= low or min(y1, y2) >= high:
        return None
    if abs(y2 - y1) < 1e-9:
        xs = [x1, x2]
    else:
        xs = []
        for bound in (low, high):
            t = (bound - y1) / (y2 - y1)
            if 0.0 <= t <= 1.0:
                xs.append(x1 + t * (x2 - x1))
        xs += [x for x, yy in ((x1, y1), (x2, y2)) if low <= yy <= high]
    return (min(xs) - reach, max(xs) + reach)


def free_intervals(allowed: Interval, blocked: list[Interval]) -> list[Interval]:
    """``allowed`` minus the open intervals in ``blocked``."""
    start, end = allowed
    result = []
    cursor = start
    for low, high in sorted(blocked):
        if high <= cursor:
            continue
        if low >= end:
            break
        if low > cursor:
            result.append((cursor, low))
        cursor = max(cursor, high)
    if cursor <= end:
        result.append((cursor, end))
    return result


class FreeSpace:
    """Obstacles kept as plain tuples, for many quick searches over one board."""

    def __init__(self, obstacles: list[Obstacle]) -> None:
        self._rects: list[tuple[float, float, float, float]] = []
        self._segments: list[tuple[float, float, float, float, float]] = []
        for obstacle in obstacles:
            self.add(obstacle)

    def add(self, obstacle: Obstacle) -> None:
        if isinstance(obstacle, Segment):
            a, b = obstacle.start, obstacle.end
            self._segments.append((a.x, a.y, b.x, b.y, obstacle.half_width))
        else:
            self._rects.append((obstacle.x, obstacle.y, obstacle.x + obstacle.width, obstacle.y + obstacle.height))

    def nearest(self, area: Rect, half: float, target: Point, step: float = 1.0) -> Point | None:
        """The free centre for a square of half-side ``half`` inside ``area`` nearest to ``target``.

        Centres are tried on rows ``step`` mm apart, nearest rows first.
        """
        x_low, x_high = area.x + half, area.x + area.width - half
        y_low, y_high = area.y + half, area.y + area.height - half
        if x_low > x_high or y_low > y_high:
            return None
        ax0, ay0, ax1, ay1 = area.x - half, area.y - half, area.x + area.width + half, area.y + area.height + half
        rects = [r for r in self._rects if r[0] < ax1 and r[2] > ax0 and r[1] < ay1 and r[3] > ay0]
        segments = [
            s
            for s in self._segments
            if min(s[0], s[2]) - s[4] < ax1
            and max(s[0], s[2]) + s[4] > ax0
            and min(s[1], s[3]) - s[4] < ay1
            and max(s[1], s[3]) + s[4] > ay0
        ]
        rows = max(1, math.floor((y_high - y_low) / step + 1e-9) + 1)
        ys = [y_low + index * step for index in range(rows)]
        if ys[-1] < y_high - 1e-6:
            ys.append(y_high)
        ty, tx = target.y, target.x
        ys.sort(key=lambda y: abs(y - ty))  # nearest rows first: stop once no row can do better
        best_distance, best = math.inf, None
        for y in ys:
            dy = abs(y - ty)
            if dy >= best_distance:
                break
            blocked = [(r[0] - half, r[2] + half) for r in rects if r[1] - half < y < r[3] + half]
            for segment in segments:
                span = _segment_span(segment, y, half)
                if span is not None:
                    blocked.append(span)
            for low, high in free_intervals((x_low, x_high), blocked):
                x = min(max(tx, low), high)
                distance = math.hypot(x - tx, dy)
                if distance < best_distance:
                    best_distance, best = distance, Point(x, y)
        return best

    def largest(self, area: Rect, halves: list[float], target: Point, step: float = 1.0) -> tuple[int, Point] | None:
        """The largest square (index into ``halves``, sorted largest first) that fits ``area``, nearest ``target``.

        Whether a square fits shrinks with its size, so a binary search over
        the sizes needs a few searches instead of one per size.
        """
        low, high, found = 0, len(halves) - 1, None
        spot = self.nearest(area, halves[high], target, step)
        if spot is None:
            return None
        found = (high, spot)
        high -= 1
        while low <= high:
            middle = (low + high) // 2
            spot = self.nearest(area, halves[middle], target, step)
            if spot is None:
                low = middle + 1
            else:
                found = (middle, spot)
                high = middle - 1
        return found
