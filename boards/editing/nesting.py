"""Which part belongs to which: zones under a group heading, zones nested in a zone.

A zone belongs to a group (``zone.group``: the heading over it) and may be
nested in another zone on purpose (``zone.parent``). When parts move, what
belongs to them comes along, and a zone that no longer lies inside its
parent zone is no longer nested in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from boards.editing.objects import split_key, zone_key
from boards.model import Board, Zone

#: Nesting deeper than this is not followed (it also stops a loop of parents).
MAX_NESTING_DEPTH = 5


def carried_along(board: Board, keys: Iterable[str]) -> list[str]:
    """The zones that move with ``keys``, as keys, not counting those in ``keys``.

    A group heading carries the zones of its group; a zone carries the zones
    nested in it, and those the zones nested in them.
    """
    chosen = list(keys)
    taken = set(chosen)
    extra: list[str] = []
    members: dict[str, list[Zone]] = {}  # group id → its zones
    nested: dict[str, list[Zone]] = {}  # zone id → the zones nested in it
    for zone in board.zones:
        if zone.group:
            members.setdefault(zone.group, []).append(zone)
        if zone.parent:
            nested.setdefault(zone.parent, []).append(zone)

    def take(zone: Zone) -> None:
        key = zone_key(zone.id)
        if key not in taken:
            taken.add(key)
            extra.append(key)

    for key in chosen:
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
    return extra


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
