"""Copies of parts of a board (copy, paste, duplicate): what comes along and what they refer to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, NamedTuple

from boards.editing.bundles import remapped_bundles
from boards.editing.moving import clamp_move
from boards.editing.nesting import carried_along
from boards.editing.objects import bundle_key, element_key, get_object, group_key, object_rect, split_key, zone_key
from boards.geometry import Point, Rect, bounding_rect
from boards.model import Board, Bundle, ConnectorElement, Element, Group, LineElement, Zone


class CopiedParts(NamedTuple):
    zones: list[Zone]
    groups: list[Group]
    elements: list[Element]
    bundles: list[Bundle]


def copied_parts(board: Board, keys: Iterable[str]) -> CopiedParts:
    """The parts for ``keys`` as a copy takes them.

    What lies on a copied zone and the zones nested in it come along, the other
    parts of a copied part's bundle, the bundles themselves, and the arrows
    between copied parts. A group heading is copied without its zones.
    """
    chosen = list(keys)
    chosen += carried_along(board, chosen, headings=False)
    zones: list[Zone] = []
    groups: list[Group] = []
    elements: list[Element] = []
    for key in chosen:
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
    ids = {item.id for item in [*zones, *groups, *elements]}
    for element in board.elements:
        if (
            isinstance(element, ConnectorElement)
            and element.source in ids
            and element.target in ids
            and element not in elements
        ):
            elements.append(element)
            ids.add(element.id)
    bundles: list[Bundle] = []
    grew = True
    while grew:  # a bundle is copied when all its members are (its inner bundles first)
        grew = False
        for bundle in board.bundles:
            if bundle.id not in ids and all(member in ids for member in bundle.members):
                bundles.append(bundle)
                ids.add(bundle.id)
                grew = True
    return CopiedParts(zones, groups, elements, bundles)


def paste_objects(
    board: Board,
    zones: list[Zone],
    groups: list[Group],
    elements: list[Element],
    new_id: Callable[[str, set[str]], str],
    offset: float,
    bundles: Iterable[Bundle] = (),
    delta: tuple[float, float] | None = None,
) -> dict[str, Any]:
    """Copies with fresh ids, moved by ``delta`` (or ``offset`` mm both ways), kept on the paper; keys → objects.

    The copies move as one block, so they keep their places to each other.
    References between pasted objects are remapped; a zone's group or parent
    that is not pasted and not on the board is dropped; connectors whose ends
    do not exist are left out; bundles whose members were all pasted come along.
    """
    bundles = list(bundles)
    taken: set[str] = set()
    mapping: dict[str, str] = {}
    for item in [*zones, *groups, *elements, *bundles]:
        mapping[item.id] = new_id(item.id, taken)
        taken.add(mapping[item.id])
    bounds = board.bounds
    existing = set(board.all_ids())
    dx, dy = delta if delta is not None else (offset, offset)
    rects = [rect for rect in (object_rect(item) for item in [*zones, *groups, *elements]) if rect is not None]
    block = bounding_rect(rects)
    if block is not None:
        dx, dy = clamp_move(block, dx, dy, bounds)

    def place(rect: Rect) -> Rect:
        return rect.moved(dx, dy).rounded(2)

    def shift(point: Point) -> Point:
        return Point(round(point.x + dx, 2), round(point.y + dy, 2))

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
            waypoints = tuple(shift(point) for point in element.waypoints)
            result[element_key(new)] = replace(element, id=new, source=source, target=target, waypoints=waypoints)
        elif isinstance(element, LineElement):
            result[element_key(new)] = replace(element, id=new, start=shift(element.start), end=shift(element.end))
        else:
            result[element_key(new)] = replace(element, id=new, rect=place(element.rect))  # type: ignore[union-attr]
    pasted = {split_key(key)[1] for key in result}
    candidates = remapped_bundles(bundles, mapping)
    grew = True
    while grew:  # inner bundles first: a bundle is pasted when all its members were
        grew = False
        for bundle in candidates:
            if bundle.id not in pasted and all(member in pasted for member in bundle.members):
                result[bundle_key(bundle.id)] = bundle
                pasted.add(bundle.id)
                grew = True
    return result
