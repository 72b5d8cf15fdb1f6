"""Removing parts of a board, and what goes or changes with them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from boards.editing.bundles import pruned_bundles
from boards.editing.nesting import carried_along, unlocked
from boards.editing.objects import element_key, split_key, zone_key
from boards.model import Board, ConnectorElement


def removal(board: Board, keys: Iterable[str]) -> dict[str, Any]:
    """The change set that removes ``keys`` from ``board`` and repairs what refers to them.

    Locked parts stay. What lies on a removed zone and the zones nested in it
    go with it, and so do the other parts of a removed part's bundle (see
    ``nesting.carried_along``); an arrow goes with the part at either of its
    ends; zones under a removed group heading stay, without a group; a bundle
    left with one member is dissolved.
    """
    chosen = unlocked(board, keys)
    chosen += carried_along(board, chosen, headings=False)
    after: dict[str, Any] = {key: None for key in chosen}
    removed = {split_key(key) for key in after}
    ends = {object_id for _, object_id in removed if object_id}  # every removed zone, group or element
    groups = {object_id for kind, object_id in removed if kind == "group"}
    zones = {object_id for kind, object_id in removed if kind == "zone"}
    for element in board.elements:
        if isinstance(element, ConnectorElement) and (element.source in ends or element.target in ends):
            after[element_key(element.id)] = None
            ends.add(element.id)
    for zone in board.zones:
        key = zone_key(zone.id)
        if key in after:
            continue
        changes: dict[str, Any] = {}
        if zone.group in groups:
            changes["group"] = None
        if zone.parent in zones:
            changes["parent"] = None
        if changes:
            after[key] = replace(zone, **changes)
    after.update(pruned_bundles(board, ends))
    return after
