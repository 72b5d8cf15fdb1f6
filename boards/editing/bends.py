"""Shaping an arrow by hand: bends (waypoints) pulled out, moved and taken away.

An arrow runs through its waypoints in order (``boards.connectors``); with
``elbow`` it turns at right angles on the way. A bend stays on the paper and
is kept to a hundredth of a millimetre, like every position.
"""

from __future__ import annotations

from dataclasses import replace

from boards.editing.moving import POSITION_DIGITS
from boards.geometry import Point
from boards.model import Board, ConnectorElement

#: An arrow has at most this many bends (the file format's limit).
MAX_BENDS = 50


def _on_paper(board: Board, point: Point) -> Point:
    x = min(max(point.x, 0.0), board.width_mm)
    y = min(max(point.y, 0.0), board.height_mm)
    return Point(round(x, POSITION_DIGITS), round(y, POSITION_DIGITS))


def bend_added(board: Board, connector: ConnectorElement, place: int, point: Point) -> ConnectorElement:
    """The arrow with a new bend at ``point``, as waypoint number ``place`` (0: the first).

    An arrow with :data:`MAX_BENDS` bends gets no more (it is returned as it is).
    """
    if len(connector.waypoints) >= MAX_BENDS:
        return connector
    place = min(max(place, 0), len(connector.waypoints))
    waypoints = list(connector.waypoints)
    waypoints.insert(place, _on_paper(board, point))
    return replace(connector, waypoints=tuple(waypoints))


def bend_moved(board: Board, connector: ConnectorElement, place: int, point: Point) -> ConnectorElement:
    """The arrow with waypoint number ``place`` at ``point``."""
    if not 0 <= place < len(connector.waypoints):
        return connector
    waypoints = list(connector.waypoints)
    waypoints[place] = _on_paper(board, point)
    return replace(connector, waypoints=tuple(waypoints))


def bend_removed(connector: ConnectorElement, place: int | None = None) -> ConnectorElement:
    """The arrow without waypoint number ``place`` (None: without any; it is routed again)."""
    if place is None:
        return replace(connector, waypoints=())
    if not 0 <= place < len(connector.waypoints):
        return connector
    return replace(connector, waypoints=connector.waypoints[:place] + connector.waypoints[place + 1 :])
