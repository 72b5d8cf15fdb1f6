"""Which part belongs to which: zones under a group heading, what lies on a zone, bundles.

A zone belongs to a group (``zone.group``: the heading over it) and may be
nested in another zone on purpose (``zone.parent``). What lies on a zone
belongs to it as well: the text boxes, symbols, pictures, lines and smaller
zones inside its outline. Parts grouped with Ctrl+G (bundles) belong to each
other. When parts move, are copied or removed, what belongs to them comes
along; a locked part never does. A zone that no longer lies inside its parent
zone is no longer nested in it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from boards.editing.bundles import with_bundles
from boards.editing.objects import element_key, group_key, object_rect, split_key, zone_key
from boards.geometry import Rect
from boards.model import Board, ConnectorElement, Zone

#: Nesting deeper than this is not followed (it also stops a loop of parents).
MAX_NESTING_DEPTH = 5


class ContentIndex:
    """The parts of a board sorted by their left edge, to find what lies on a zone quickly."""

    def __init__(self, board: Board) -> None:
        entries: list[tuple[float, str, Rect]] = []
        for zone in board.zones:
            if not zone.locked:
                entries.append((zone.rect.x, zone_key(zone.id), zone.rect))
        for group in board.groups:
            if group.rect is not None and not group.locked:
                entries.append((group.rect.x, group_key(group.id), group.rect))
        for element in board.elements:
            if isinstance(element, ConnectorElement) or element.locked:
                continue
            rect = object_rect(element)
            if rect is not None:
                entries.append((rect.x, element_key(element.id), rect))
        entries.sort(key=lambda entry: entry[0])
        self._xs = [entry[0] for entry in entries]
        self._entries = entries

    def inside(self, zone: Zone) -> list[str]:
        """Keys of the parts lying on ``zone`` (inside its rect and smaller), in board order of their left edge."""
        outer = zone.rect
        start = bisect.bisect_left(self._xs, outer.x - 0.01)
        end = bisect.bisect_right(self._xs, outer.right + 0.01)
        own = zone_key(zone.id)
        result = []
        for _, key, rect in self._entries[start:end]:
            if key != own and outer.contains_rect(rect) and rect.area < outer.area - 1e-6:
                center = rect.center
                if zone.contains_point(center.x, center.y):
                    result.append(key)
        return result


def contents(board: Board, zone_ids: Iterable[str], index: ContentIndex | None = None) -> list[str]:
    """Keys of the parts lying on the zones (not the zones themselves), each once."""
    index = index or ContentIndex(board)
    result: list[str] = []
    seen: set[str] = set()
    for zone_id in zone_ids:
        zone = board.zone(zone_id)
        if zone is None:
            continue
        for key in index.inside(zone):
            if key not in seen:
                seen.add(key)
                result.append(key)
    return result


def carried_along(board: Board, keys: Iterable[str], *, headings: bool = True) -> list[str]:
    """The parts that move (are copied, removed) with ``keys``, as keys, not counting those in ``keys``.

    A group heading carries the zones of its group (``headings``); a zone
    carries the zones nested in it and everything lying on it, at every depth;
    a part in a bundle carries the other parts of its outermost bundle. Locked
    parts are never carried.
    """
    chosen = list(keys)
    locked = _locked_keys(board)
    taken = set(chosen)
    extra: list[str] = []
    members: dict[str, list[Zone]] = {}  # group id → its zones
    nested: dict[str, list[Zone]] = {}  # zone id → the zones nested in it
    for zone in board.zones:
        if zone.group:
            members.setdefault(zone.group, []).append(zone)
        if zone.parent:
            nested.setdefault(zone.parent, []).append(zone)

    def take_key(key: str) -> None:
        if key not in taken and key not in locked:
            taken.add(key)
            extra.append(key)

    def take(zone: Zone) -> None:
        take_key(zone_key(zone.id))

    for key in with_bundles(board, chosen):
        take_key(key)
    if headings:
        for key in list(taken):
            kind, object_id = split_key(key)
            if kind == "group":
                for zone in members.get(object_id, []):
                    take(zone)
    carriers = [object_id for kind, object_id in map(split_key, [*chosen, *extra]) if kind == "zone"]
    while carriers:
        for zone in nested.get(carriers.pop(0), []):
            if zone_key(zone.id) not in taken:
                take(zone)
                carriers.append(zone.id)
    zones = [object_id for kind, object_id in map(split_key, [*chosen, *extra]) if kind == "zone"]
    if zones:
        for key in contents(board, zones):
            take_key(key)
        for key in with_bundles(board, list(extra)):  # a part carried along brings its bundle
            take_key(key)
    return extra


def _locked_keys(board: Board) -> set[str]:
    keys = {zone_key(zone.id) for zone in board.zones if zone.locked}
    keys |= {group_key(group.id) for group in board.groups if group.locked}
    keys |= {element_key(element.id) for element in board.elements if element.locked}
    return keys


def unlocked(board: Board, keys: Iterable[str]) -> list[str]:
    """``keys`` without the locked parts (what the editor may move, resize or remove)."""
    locked = _locked_keys(board)
    return [key for key in keys if key not in locked]


def loosen_nesting(board: Board, after: dict[str, Any]) -> dict[str, Any]:
    """A change set in which zones moved out of their parent zone are no longer nested in it.

    ``after`` maps keys to the parts as they will be; zones of the board that
    stay where they are but whose parent moves away from them are added.
    """
    result = dict(after)
    for key, value in after.items():
        if isinstance(value, Zone) and value.parent:
            parent = after.get(zone_key(value.parent)) or board.zone(value.parent)
            if parent is None or not parent.rect.contains_rect(value.rect):
                result[key] = replace(value, parent=None)
    for zone in board.zones:
        key = zone_key(zone.id)
        if zone.parent and key not in after:
            parent = after.get(zone_key(zone.parent))
            if parent is not None and not parent.rect.contains_rect(zone.rect):
                result[key] = replace(zone, parent=None)
    return result


def nesting_depth(board: Board, zone: Zone) -> int:
    """How many zones ``zone`` is nested in (0: none), at most :data:`MAX_NESTING_DEPTH`."""
    depth = 0
    parent = zone.parent
    while parent and depth < MAX_NESTING_DEPTH:
        depth += 1
        outer = board.zone(parent)
        parent = outer.parent if outer else None
    return depth
