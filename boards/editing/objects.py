"""The parts of a board addressed by key, read and written as one change set.

A board's parts are addressed by *keys*: ``zone:<id>``, ``group:<id>``,
``element:<id>``, ``bundle:<id>`` (parts grouped with Ctrl+G; not drawn),
``header`` (the title block rect) and ``legend``. An edit of
the board is a change set: key → the part as it should be (None: removed).
:func:`snapshot` remembers how the parts are now, with their place in their
list, and :func:`put_objects` writes a change set back so that an undone edit
puts every part at its old place again.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from boards.geometry import Point, Rect
from boards.model import Board, Bundle, Element, Group, Legend, LineElement, Zone

HEADER_KEY = "header"
LEGEND_KEY = "legend"
_COLLECTIONS = {"zone": "zones", "group": "groups", "element": "elements", "bundle": "bundles"}

BoardObject = Zone | Group | Element | Rect | Legend | Bundle

#: key → (place in its list, the part or None); what :func:`put_objects` writes back.
Snapshot = dict[str, tuple[int, Any]]


def zone_key(zone_id: str) -> str:
    return f"zone:{zone_id}"


def group_key(group_id: str) -> str:
    return f"group:{group_id}"


def element_key(element_id: str) -> str:
    return f"element:{element_id}"


def bundle_key(bundle_id: str) -> str:
    return f"bundle:{bundle_id}"


def split_key(key: str) -> tuple[str, str]:
    """``"zone:abc"`` → ``("zone", "abc")``; ``"header"`` → ``("header", "")``."""
    kind, _, object_id = key.partition(":")
    return kind, object_id


def key_for_id(board: Board, object_id: str) -> str | None:
    """The key of a zone, group or element id on ``board``."""
    if board.zone(object_id) is not None:
        return zone_key(object_id)
    if board.group(object_id) is not None:
        return group_key(object_id)
    if board.element(object_id) is not None:
        return element_key(object_id)
    if board.bundle(object_id) is not None:
        return bundle_key(object_id)
    return None


def object_keys(board: Board) -> list[str]:
    """Every drawn part of the board: zones, groups, elements, then header and legend (bundles are not drawn)."""
    keys = [zone_key(zone.id) for zone in board.zones]
    keys += [group_key(group.id) for group in board.groups]
    keys += [element_key(element.id) for element in board.elements]
    if board.header is not None:
        keys.append(HEADER_KEY)
    if board.legend is not None:
        keys.append(LEGEND_KEY)
    return keys


def get_object(board: Board, key: str) -> Any:
    """The part for a key, or None."""
    kind, object_id = split_key(key)
    if kind == HEADER_KEY:
        return board.header
    if kind == LEGEND_KEY:
        return board.legend
    collection = getattr(board, _COLLECTIONS[kind])
    return next((item for item in collection if item.id == object_id), None)


def object_index(board: Board, key: str) -> int:
    """A part's place in its list (-1: not on the board; header and legend: 0)."""
    kind, object_id = split_key(key)
    if kind in (HEADER_KEY, LEGEND_KEY):
        return 0
    collection = getattr(board, _COLLECTIONS[kind])
    return next((index for index, item in enumerate(collection) if item.id == object_id), -1)


class _Places:
    """Where parts stand in their lists, looked up once per list (a change set may hold thousands)."""

    def __init__(self, board: Board) -> None:
        self._board = board
        self._tables: dict[str, dict[str, int]] = {}

    def index(self, key: str) -> int:
        kind, object_id = split_key(key)
        if kind in (HEADER_KEY, LEGEND_KEY):
            return 0
        table = self._tables.get(kind)
        if table is None:
            table = {}
            for index, item in enumerate(getattr(self._board, _COLLECTIONS[kind])):
                table.setdefault(item.id, index)
            self._tables[kind] = table
        return table.get(object_id, -1)

    def get(self, key: str) -> Any:
        kind, _ = split_key(key)
        if kind == HEADER_KEY:
            return self._board.header
        if kind == LEGEND_KEY:
            return self._board.legend
        index = self.index(key)
        return getattr(self._board, _COLLECTIONS[kind])[index] if index >= 0 else None

    def forget(self, kind: str) -> None:
        """The list of that kind changed: look its places up again when asked."""
        self._tables.pop(kind, None)


def get_objects(board: Board, keys: Iterable[str]) -> dict[str, Any]:
    """The parts for ``keys`` (None where there is none), looked up together."""
    places = _Places(board)
    return {key: places.get(key) for key in keys}


def snapshot(board: Board, keys: Iterable[str]) -> Snapshot:
    """Copies of the parts for ``keys`` as they are now, each with its place in its list."""
    places = _Places(board)
    return {key: (places.index(key), copy.deepcopy(places.get(key))) for key in keys}


def put_objects(board: Board, values: Snapshot) -> None:
    """Write a change set: remove first, then insert or replace in place order.

    So the parts come back at exactly their old places when a snapshot is written back.
    The values are copied: callers may keep theirs.
    """
    removed: dict[str, set[str]] = {}
    for key, (_, value) in values.items():
        if value is None:
            kind, object_id = split_key(key)
            removed.setdefault(kind, set()).add(object_id)
    for kind, object_ids in removed.items():
        if kind == HEADER_KEY:
            board.header = None
        elif kind == LEGEND_KEY:
            board.legend = None
        else:
            collection = getattr(board, _COLLECTIONS[kind])
            collection[:] = [item for item in collection if item.id not in object_ids]
    places = _Places(board)
    present = [(index, key) for key, (index, value) in values.items() if value is not None]
    for index, key in sorted(present, key=lambda pair: pair[0] if pair[0] >= 0 else 10**9):
        value = copy.deepcopy(values[key][1])
        kind, _ = split_key(key)
        if kind == HEADER_KEY:
            board.header = value
            continue
        if kind == LEGEND_KEY:
            board.legend = value
            continue
        collection = getattr(board, _COLLECTIONS[kind])
        current = places.index(key)
        if current >= 0:
            collection[current] = value
            continue
        if 0 <= index <= len(collection):
            collection.insert(index, value)
        else:
            collection.append(value)
        places.forget(kind)


# --- where a part is ---------------------------------------------------------------------------


def object_rect(value: Any) -> Rect | None:
    """The rect of a zone, group, boxed element, header (Rect), legend or line (its bounding box)."""
    if isinstance(value, Rect):
        return value
    if isinstance(value, LineElement):
        left, top = min(value.start.x, value.end.x), min(value.start.y, value.end.y)
        return Rect(left, top, abs(value.end.x - value.start.x), abs(value.end.y - value.start.y))
    rect = getattr(value, "rect", None)
    return rect if isinstance(rect, Rect) else None


def with_rect(value: Any, rect: Rect) -> Any:
    """A copy of ``value`` placed at ``rect`` (lines are moved by the rect's offset)."""
    if isinstance(value, Rect):
        return rect
    if isinstance(value, LineElement):
        old = object_rect(value)
        assert old is not None
        dx, dy = rect.x - old.x, rect.y - old.y
        return replace(
            value, start=Point(value.start.x + dx, value.start.y + dy), end=Point(value.end.x + dx, value.end.y + dy)
        )
    return replace(value, rect=rect)
