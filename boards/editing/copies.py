"""Copies of parts of a board (copy, paste, duplicate): what comes along and what they refer to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from boards.editing.moving import clamp_move
from boards.editing.objects import element_key, get_object, group_key, object_rect, split_key, zone_key
from boards.geometry import Point, Rect
from boards.model import Board, ConnectorElement, Element, Group, LineElement, Zone


def copied_parts(board: Board, keys: Iterable[str]) -> tuple[list[Zone], list[Group], list[Element]]:
    """The parts for ``keys`` as a copy takes them: zones, group headings, elements, and the arrows between them."""
    zones: list[Zone] = []
    groups: list[Group] = []
    elements: list[Element] = []
    for key in keys:
        kind, _ = split_key(key)
        value = get_object(board, key)
        if value is None:
            continue
        if kind == "zone":
            zones.append(value)
        elif kind == "group":
            groups.append(value)
        elif kind == "element":
            elements.append(value)
    ids = {item.id for item in [*zones, *elements]}
    for element in board.elements:
        if (
            isinstance(element, ConnectorElement)
            and element.source in ids
            and element.target in ids
            and element not in elements
        ):
            elements.append(element)
    return zones, groups, elements


def paste_objects(
    board: Board,
    zones: list[Zone],
    groups: list[Group],
    elements: list[Element],
    new_id: Callable[[str, set[str]], str],
    offset: float,
) -> dict[str, Any]:
    """Copies with fresh ids, moved by ``offset`` mm, kept on the paper; keys → objects.

    References between pasted objects are remapped; a zone's group or parent
    that is not pasted and not on the board is dropped; connectors whose ends
    do not exist are left out.
    """
    taken: set[str] = set()
    mapping: dict[str, str] = {}
    for item in [*zones, *groups, *elements]:
        mapping[item.id] = new_id(item.id, taken)
        taken.add(mapping[item.id])
    bounds = board.bounds
    existing = set(board.all_ids())

    def place(rect: Rect) -> Rect:
        dx, dy = clamp_move(rect, offset, offset, bounds)
        return rect.moved(dx, dy)

    result: dict[str, Any] = {}
    pasted_zone_ids = {zone.id for zone in zones}
    for group in groups:
        result[group_key(mapping[group.id])] = replace(
            group, id=mapping[group.id], rect=place(group.rect) if group.rect else None
        )
    for zone in zones:
        group = (
            mapping.get(zone.group)
            if zone.group in mapping
            else (zone.group if zone.group and board.group(zone.group) else None)
        )
        parent = mapping[zone.parent] if zone.parent in pasted_zone_ids else None
        result[zone_key(mapping[zone.id])] = replace(
            zone, id=mapping[zone.id], rect=place(zone.rect), group=group, parent=parent
        )
    for element in elements:
        new = mapping[element.id]
        if isinstance(element, ConnectorElement):
            source = mapping.get(element.source, element.source if element.source in existing else None)
            target = mapping.get(element.target, element.target if element.target in existing else None)
            if source is None or target is None:
                continue
            result[element_key(new)] = replace(element, id=new, source=source, target=target)
        elif isinstance(element, LineElement):
            rect = object_rect(element)
            assert rect is not None
            dx, dy = clamp_move(rect, offset, offset, bounds)
            result[element_key(new)] = replace(
                element,
                id=new,
                start=Point(element.start.x + dx, element.start.y + dy),
                end=Point(element.end.x + dx, element.end.y + dy),
            )
        else:
            result[element_key(new)] = replace(element, id=new, rect=place(element.rect))  # type: ignore[union-attr]
    return result
