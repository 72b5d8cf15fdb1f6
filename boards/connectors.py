"""The path of an arrow between two parts, for the editor and the print alike.

An arrow the user shaped — with waypoints, or with right angles only
(``elbow``) — runs through its waypoints, turning at right angles when asked.
Any other arrow is routed around labels and writing areas
(:mod:`boards.routing`). While parts are being dragged the editor draws the
quick path from the rects as they are on screen (:func:`connector_path`), and
the routed one again when the drag is done.
"""

from __future__ import annotations

import itertools
import math

from boards.geometry import Point, Rect
from boards.model import Board, ConnectorElement
from boards.routing import border_point, connector_route, label_point

__all__ = ["Path", "border_point", "connector_path", "connector_points", "label_point"]

Path = tuple[Point, ...]


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


def connector_points(board: Board, connector: ConnectorElement) -> Path | None:
    """The arrow as drawn and printed: shaped through its waypoints/elbows, else routed; None without both ends."""
    source, target = board.element_rect(connector.source), board.element_rect(connector.target)
    if source is None or target is None:
        return None
    if connector.elbow or connector.waypoints:
        return connector_path(connector, source, target)
    return connector_route(board, connector)


def control_points(connector: ConnectorElement, path: Path) -> Path:
    """The points a user shapes an arrow by: where it starts, its waypoints, where it ends."""
    return (path[0], *connector.waypoints, path[-1])


def bend_spots(connector: ConnectorElement, path: Path) -> list[tuple[int, Point]]:
    """Where a new bend can be pulled out of the drawn arrow: one spot on each leg between its
    start, waypoints and end (the middle of the leg's longest stretch), with the place in
    ``waypoints`` the new bend takes."""
    stops = [0]
    for waypoint in connector.waypoints:
        found = next(
            (
                index
                for index in range(stops[-1], len(path))
                if math.dist((path[index].x, path[index].y), (waypoint.x, waypoint.y)) < 1e-3
            ),
            None,
        )
        stops.append(found if found is not None else stops[-1])
    stops.append(len(path) - 1)
    spots = []
    for place, (first, last) in enumerate(itertools.pairwise(stops)):
        leg = path[first : last + 1]
        if len(leg) < 2:
            continue
        spots.append((place, label_point(leg)))
    return spots
