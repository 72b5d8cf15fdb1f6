"""Where a connector runs: around labels and writing areas, in straight runs and right angles.

A connector joins two zones or symbols. It runs straight when it can, else
as an L or a Z through the gutters between the other parts of the board; it
never crosses another zone (its label or its writing area), a heading, a text
or a symbol. Only when no such route exists does it fall back to the
straight line between the two borders (the fewest crossings win).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable

import numpy as np

from boards.geometry import Point, Rect
from boards.model import Board, ConnectorElement, ImageElement, SymbolElement, TextElement

CONNECTOR_WIDTH_MM = 0.6  # the stroke a connector is printed with
CLEARANCE_MM = 2.0  # a route keeps this far from what it passes
BEND_COST_MM = 40.0  # a bend costs as much as this much extra length
CROSSING_COST_MM = 1_000_000.0

Route = tuple[Point, ...]


def route_obstacles(board: Board, connector: ConnectorElement) -> list[Rect]:
    """Everything the connector must not cross: all but its own ends and the zones around them."""
    source, target = board.element_rect(connector.source), board.element_rect(connector.target)
    ends = [rect for rect in (source, target) if rect is not None]
    rects: list[Rect] = []
    for zone in board.zones:
        if zone.id in (connector.source, connector.target):
            continue
        if any(zone.rect.contains_rect(end) for end in ends):
            continue  # the end sits inside this zone: leaving it means crossing it
        rects.append(zone.rect)
    rects += [group.rect for group in board.groups if group.rect is not None]
    for element in board.elements:
        if not isinstance(element, (TextElement, SymbolElement, ImageElement)) or element.id in (
            connector.source,
            connector.target,
        ):
            continue
        if not any(element.rect.contains_rect(end) for end in ends):
            rects.append(element.rect)
    if board.legend is not None:
        rects.append(board.legend.rect)
    if board.header is not None:
        rects.append(board.header)
    return rects


def connector_route(board: Board, connector: ConnectorElement) -> Route | None:
    """The connector's polyline in board mm (first point on the source, last on the target), or None."""
    source, target = board.element_rect(connector.source), board.element_rect(connector.target)
    if source is None or target is None:
        return None
    obstacles = route_obstacles(board, connector)
    from boards.readback import frame_width_mm  # the marker frame stays clear of connectors too

    inner = board.bounds.inset(frame_width_mm(board.width_mm, board.height_mm))
    return cheapest_route(candidate_routes(source, target, obstacles, inner), obstacles)


def _base_cost(route: Route) -> float:
    """What a route costs before crossings: its length and its bends."""
    length = sum(math.dist((a.x, a.y), (b.x, b.y)) for a, b in itertools.pairwise(route))
    return length + (len(route) - 2) * BEND_COST_MM


class _Obstacles:
    """The obstacles, widened by the clearance, as arrays: one segment is tested against all at once."""

    def __init__(self, obstacles: list[Rect]) -> None:
        boxes = np.array([(r.x, r.y, r.right, r.bottom) for r in obstacles], dtype=float).reshape(-1, 4)
        self.left, self.top = boxes[:, 0] - CLEARANCE_MM, boxes[:, 1] - CLEARANCE_MM
        self.right, self.bottom = boxes[:, 2] + CLEARANCE_MM, boxes[:, 3] + CLEARANCE_MM

    def crossings(self, a: Point, b: Point) -> int:
        """How many obstacles the segment a–b passes through (segment_hits_rect for each, at once)."""
        dx, dy = b.x - a.x, b.y - a.y
        count = len(self.left)
        t0, t1 = np.zeros(count), np.ones(count)
        missed = np.zeros(count, dtype=bool)
        for p, q in ((-dx, a.x - self.left), (dx, self.right - a.x), (-dy, a.y - self.top), (dy, self.bottom - a.y)):
            if abs(p) < 1e-12:
                missed |= q <= 0
            elif p < 0:
                t0 = np.maximum(t0, q / p)
            else:
                t1 = np.minimum(t1, q / p)
        return int(np.count_nonzero(~missed & (t1 - t0 > 1e-9)))


def cheapest_route(routes: list[Route], obstacles: list[Rect]) -> Route | None:
    """The route of least route_cost (the first of equals), checked cheapest-first so that the first
    route crossing nothing ends the search."""
    if not routes:
        return None
    boxes = _Obstacles(obstacles)
    order = sorted(range(len(routes)), key=lambda index: (_base_cost(routes[index]), index))
    best: tuple[float, int] | None = None
    for index in order:
        route = routes[index]
        base = _base_cost(route)
        if best is not None and base > best[0] + 1e-9:
            break  # crossings only add: no later route can be cheaper
        cost = base
        for a, b in itertools.pairwise(route):
            cost += boxes.crossings(a, b) * CROSSING_COST_MM
            if best is not None and cost > best[0] + 1e-9:
                break
        if best is None or cost < best[0] - 1e-9 or (cost <= best[0] + 1e-9 and index < best[1]):
            best = (cost, index)
    return routes[best[1]] if best else None


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


def _spread(low: float, high: float) -> list[float]:
    """A few places across a span, the middle first."""
    middle = (low + high) / 2
    return [middle] + [low + (high - low) * share for share in (0.2, 0.35, 0.65, 0.8)]


def _gaps(low: float, high: float, edges: Iterable[float]) -> list[float]:
    """Middles of the gaps between obstacle edges inside (low, high), the whole span's middle first."""
    cuts = sorted({low, high, *(edge for edge in edges if low < edge < high)})
    middles = [(a + b) / 2 for a, b in itertools.pairwise(cuts) if b - a > 2 * CLEARANCE_MM]
    return [(low + high) / 2, *middles]


def candidate_routes(source: Rect, target: Rect, obstacles: list[Rect], bounds: Rect | None = None) -> list[Route]:
    """Straight runs, L-, Z- and U-shapes from side to side, and the plain straight line."""
    routes: list[Route] = [(border_point(source, target.center), border_point(target, source.center))]
    x_edges = [edge for rect in obstacles for edge in (rect.x - CLEARANCE_MM, rect.right + CLEARANCE_MM)]
    y_edges = [edge for rect in obstacles for edge in (rect.y - CLEARANCE_MM, rect.bottom + CLEARANCE_MM)]
    # Straight across: the rects face each other over a shared band.
    top, bottom = max(source.y, target.y), min(source.bottom, target.bottom)
    if bottom - top > 1e-6:
        ys = _spread(top, bottom) + [y for y in _gaps(top, bottom, y_edges)]
        if target.x >= source.right:
            routes += [(Point(source.right, y), Point(target.x, y)) for y in ys]
        elif source.x >= target.right:
            routes += [(Point(source.x, y), Point(target.right, y)) for y in ys]
    left, right = max(source.x, target.x), min(source.right, target.right)
    if right - left > 1e-6:
        xs = _spread(left, right) + [x for x in _gaps(left, right, x_edges)]
        if target.y >= source.bottom:
            routes += [(Point(x, source.bottom), Point(x, target.y)) for x in xs]
        elif source.y >= target.bottom:
            routes += [(Point(x, source.y), Point(x, target.bottom)) for x in xs]
    s, t = source.center, target.center
    # L: along one axis out of the source, along the other into the target.
    if not (source.x <= t.x <= source.right) and not (target.y <= s.y <= target.bottom):
        exit_x = source.right if t.x > s.x else source.x
        entry_y = target.y if s.y < t.y else target.bottom
        routes.append((Point(exit_x, s.y), Point(t.x, s.y), Point(t.x, entry_y)))
    if not (source.y <= t.y <= source.bottom) and not (target.x <= s.x <= target.right):
        exit_y = source.bottom if t.y > s.y else source.y
        entry_x = target.x if s.x < t.x else target.right
        routes.append((Point(s.x, exit_y), Point(s.x, t.y), Point(entry_x, t.y)))
    # Z: out sideways, along a vertical gutter, in sideways (and the same turned).
    if target.x >= source.right or source.x >= target.right:
        forward = target.x >= source.right
        exit_x, entry_x = (source.right, target.x) if forward else (source.x, target.right)
        for x in _gaps(min(exit_x, entry_x), max(exit_x, entry_x), x_edges):
            routes.append((Point(exit_x, s.y), Point(x, s.y), Point(x, t.y), Point(entry_x, t.y)))
    if target.y >= source.bottom or source.y >= target.bottom:
        down = target.y >= source.bottom
        exit_y, entry_y = (source.bottom, target.y) if down else (source.y, target.bottom)
        for y in _gaps(min(exit_y, entry_y), max(exit_y, entry_y), y_edges):
            routes.append((Point(s.x, exit_y), Point(s.x, y), Point(t.x, y), Point(t.x, entry_y)))
    # U: out of the same side of both, round whatever lies between them (within the board).
    if bounds is not None:
        top = min(source.y, target.y)
        for y in _gaps(bounds.y, top, y_edges)[1:]:
            routes.append((Point(s.x, source.y), Point(s.x, y), Point(t.x, y), Point(t.x, target.y)))
        bottom = max(source.bottom, target.bottom)
        for y in _gaps(bottom, bounds.bottom, y_edges)[1:]:
            routes.append((Point(s.x, source.bottom), Point(s.x, y), Point(t.x, y), Point(t.x, target.bottom)))
        left = min(source.x, target.x)
        for x in _gaps(bounds.x, left, x_edges)[1:]:
            routes.append((Point(source.x, s.y), Point(x, s.y), Point(x, t.y), Point(target.x, t.y)))
        right = max(source.right, target.right)
        for x in _gaps(right, bounds.right, x_edges)[1:]:
            routes.append((Point(source.right, s.y), Point(x, s.y), Point(x, t.y), Point(target.right, t.y)))
    return [_simplified(route) for route in routes]


def _simplified(route: Route) -> Route:
    """Drop zero-length legs (a Z whose ends line up is a straight run)."""
    points = [route[0]]
    for point in route[1:]:
        if math.dist((point.x, point.y), (points[-1].x, points[-1].y)) > 1e-6:
            points.append(point)
    return tuple(points) if len(points) >= 2 else route


def segment_hits_rect(a: Point, b: Point, rect: Rect) -> bool:
    """Does the segment a–b pass through the inside of ``rect`` (Liang–Barsky clipping)?"""
    dx, dy = b.x - a.x, b.y - a.y
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a.x - rect.x), (dx, rect.right - a.x), (-dy, a.y - rect.y), (dy, rect.bottom - a.y)):
        if abs(p) < 1e-12:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return False
    return t1 - t0 > 1e-9


def label_point(route: Route) -> Point:
    """Where a connector's label goes: the middle of its longest leg."""
    legs = list(itertools.pairwise(route))
    a, b = max(legs, key=lambda leg: math.dist((leg[0].x, leg[0].y), (leg[1].x, leg[1].y)))
    return Point((a.x + b.x) / 2, (a.y + b.y) / 2)
