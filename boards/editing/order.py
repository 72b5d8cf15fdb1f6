"""What lies on top of what: one stacking order for the editor and the print.

Every part has a layer ``z`` (0 unless brought to the front or sent to the
back). Within a layer the kinds lie in a fixed order — group headings, the
title block, zones (a zone nested in another one above it), pictures, the
legend, text boxes, symbols, lines, arrows — and parts of the same kind in the
order of their list (what was added later lies on top). The editor sets each
item's z-value to :func:`stack_level` plus a hair per place in its list;
printing draws the parts in :func:`drawing_order`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from boards.editing.nesting import nesting_depth
from boards.editing.objects import HEADER_KEY, LEGEND_KEY, element_key, get_objects, group_key, zone_key
from boards.model import (
    Board,
    ConnectorElement,
    Group,
    ImageElement,
    Legend,
    LineElement,
    SymbolElement,
    TextElement,
    Zone,
)

#: Room for the kinds within one layer.
LAYER_STEP = 10.0

_BASE = {
    Group: 1.0,
    Zone: 2.0,
    ImageElement: 3.0,
    Legend: 3.5,
    TextElement: 4.0,
    SymbolElement: 5.0,
    LineElement: 6.0,
    ConnectorElement: 7.0,
}
HEADER_BASE = 1.5


def stack_level(board: Board, value: Any) -> float:
    """How high a part lies: layer × 10 plus its kind's place (plus, for a nested zone, 0.1 per depth)."""
    base = _BASE.get(type(value))
    if base is None:  # the title block (a Rect)
        return HEADER_BASE
    level = getattr(value, "z", 0) * LAYER_STEP + base
    if isinstance(value, Zone) and value.parent:
        level += 0.1 * nesting_depth(board, value)
    return level


def drawing_order(board: Board, printed_only: bool = False) -> list[tuple[str, Any]]:
    """Every drawn part as (key, part), bottom first; ``printed_only`` leaves out parts hidden from print."""
    pairs: list[tuple[str, Any]] = [(group_key(group.id), group) for group in board.groups if group.rect is not None]
    pairs += [(zone_key(zone.id), zone) for zone in board.zones]
    pairs += [(element_key(element.id), element) for element in board.elements]
    if board.header is not None:
        pairs.append((HEADER_KEY, board.header))
    if board.legend is not None:
        pairs.append((LEGEND_KEY, board.legend))
    if printed_only:
        pairs = [(key, value) for key, value in pairs if getattr(value, "printed", True)]
    indexed = list(enumerate(pairs))
    indexed.sort(key=lambda item: (stack_level(board, item[1][1]), item[0]))
    return [pair for _, pair in indexed]


def _other_layers(board: Board, keys: set[str]) -> list[int]:
    parts = [(zone_key(zone.id), zone) for zone in board.zones]
    parts += [(group_key(group.id), group) for group in board.groups]
    parts += [(element_key(element.id), element) for element in board.elements]
    return [part.z for key, part in parts if key not in keys]


def to_front(board: Board, keys: Iterable[str]) -> dict[str, Any]:
    """The change set that puts the parts above everything else (one layer above the highest other part)."""
    chosen = set(keys)
    top = max(_other_layers(board, chosen), default=0) + 1
    return {key: replace(value, z=top) for key, value in get_objects(board, chosen).items() if hasattr(value, "z")}


def to_back(board: Board, keys: Iterable[str]) -> dict[str, Any]:
    """The change set that puts the parts below everything else (one layer below the lowest other part)."""
    chosen = set(keys)
    bottom = min(_other_layers(board, chosen), default=0) - 1
    return {key: replace(value, z=bottom) for key, value in get_objects(board, chosen).items() if hasattr(value, "z")}
