"""The path of an arrow between two parts: straight, through waypoints, or with right angles (elbows).

The editor and the print draw an arrow through the same points, computed here
from the rects of its two ends (the editor passes the rects as they are
during a drag).
"""

from __future__ import annotations

import itertools
import math

from boards.geometry import Point, Rect
from boards.model import ConnectorElement

Path = tuple[Point, ...]


def border_point(rect: Rect, toward: Point) -> Point:
    """Where the line from the rect's centre toward ``toward`` leaves the rect."""
    c = rect.center
    dx, dy = toward.x - c.x, toward.y - c.y
    if abs(dx) < 1e-9 and abs(dy) < 1e-9:
        return c
    tx = (rect.width / 2) / abs(dx) if abs(dx) > 1e-9 else math.inf
    ty = (rect.height / 2) / abs(dy) if abs(dy) > 1e-9 else math.inf
    t = min(tx, ty, 1.0)
    return Point(c.x + dx * t, c.y + dy * t)


def _elbows(points: list[Point]) -> list[Point]:
    """Right-angled path through ``points``: each leg goes the longer way first, then turns."""
    result = [points[0]]
    for a, b in itertools.pairwise(points):
        if abs(a.x - b.x) > 1e-6 and abs(a.y - b.y) > 1e-6:
            horizontal_first = abs(b.x - a.x) >= abs(b.y - a.y)
            result.append(Point(b.x, a.y) if horizontal_first else Point(a.x, b.y))
        result.append(b)
    return result


def _leave(rect: Rect, inside: Point, outside: Point) -> Point:
    """Where the segment from ``inside`` (in the rect) to ``outside`` crosses the rect's border."""
    if rect.contains_point(outside.x, outside.y):
        return outside
    lo, hi = 0.0, 1.0
    for _ in range(40):
        mid = (lo + hi) / 2
        x, y = inside.x + (outside.x - inside.x) * mid, inside.y + (outside.y - inside.y) * mid
        if rect.contains_point(x, y):
            lo = mid
        else:
            hi = mid
    return Point(inside.x + (outside.x - inside.x) * lo, inside.y + (outside.y - inside.y) * lo)


def _simplified(points: list[Point]) -> Path:
    result = [points[0]]
    for point in points[1:]:
        if math.dist((point.x, point.y), (result[-1].x, result[-1].y)) > 1e-6:
            result.append(point)
    return tuple(result) if len(result) >= 2 else (points[0], points[-1])


def connector_path(connector: ConnectorElement, source: Rect, target: Rect) -> Path:
    """The arrow's points in board mm, first on the source's border, last on the target's."""
    waypoints = list(connector.waypoints)
    if not connector.elbow:
        if not waypoints:
            return (border_point(source, target.center), border_point(target, source.center))
        start = border_point(source, waypoints[0])
        end = border_point(target, waypoints[-1])
        return _simplified([start, *waypoints, end])
    points = _elbows([source.center, *waypoints, target.center])
    # Drop the legs inside the ends: start where the path leaves the source, end where it enters the target.
    first = next((i for i, p in enumerate(points) if not source.contains_point(p.x, p.y)), len(points) - 1)
    start = _leave(source, points[first - 1] if first > 0 else points[0], points[first])
    last = next((i for i in range(len(points) - 1, -1, -1) if not target.contains_point(points[i].x, points[i].y)), 0)
    end = _leave(target, points[last + 1] if last + 1 < len(points) else points[-1], points[last])
    middle = points[first : last + 1]
    return _simplified([start, *middle, end])


def label_point(path: Path) -> Point:
    """Where an arrow's label goes: the middle of its longest leg."""
    legs = list(itertools.pairwise(path))
    a, b = max(legs, key=lambda leg: math.dist((leg[0].x, leg[0].y), (leg[1].x, leg[1].y)))
    return Point((a.x + b.x) / 2, (a.y + b.y) / 2)
