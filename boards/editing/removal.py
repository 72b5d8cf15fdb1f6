"""Removing parts of a board, and what goes or changes with them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from boards.editing.objects import element_key, split_key, zone_key
from boards.model import Board, ConnectorElement


def removal(board: Board, keys: Iterable[str]) -> dict[str, Any]:
    """The change set that removes ``keys`` from ``board`` and repairs what refers to them.

    An arrow goes with the part at either of its ends; zones under a
    removed group heading stay, without a group; zones nested in a removed zone
    stay, no longer nested.
    """
    after: dict[str, Any] = {key: None for key in keys}
    removed = {split_key(key) for key in after}
    ends = {object_id for _, object_id in removed if object_id}  # every removed zone, group or element
    groups = {object_id for kind, object_id in removed if kind == "group"}
    zones = {object_id for kind, object_id in removed if kind == "zone"}
    for element in board.elements:
        if isinstance(element, ConnectorElement) and (element.source in ends or element.target in ends):
            after[element_key(element.id)] = None
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
    return after
