"""Turning parts a quarter at a time: their box turns about the selection's centre, their text turns with it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from boards.editing.moving import POSITION_DIGITS, clamp_move
from boards.editing.nesting import loosen_nesting, unlocked
from boards.editing.objects import get_objects, object_rect
from boards.geometry import Point, Rect, bounding_rect
from boards.model import Board, ConnectorElement, LineElement


def _turn(point: Point, center: Point, quarters: int) -> Point:
    """``point`` turned clockwise (on paper: y down) by ``quarters`` × 90° about ``center``."""
    dx, dy = point.x - center.x, point.y - center.y
    for _ in range(quarters % 4):
        dx, dy = -dy, dx
    return Point(center.x + dx, center.y + dy)


def _turned_rect(rect: Rect, center: Point, quarters: int) -> Rect:
    middle = _turn(rect.center, center, quarters)
    width, height = (rect.height, rect.width) if quarters % 2 else (rect.width, rect.height)
    return Rect(middle.x - width / 2, middle.y - height / 2, width, height)


def rotated_objects(board: Board, keys: Iterable[str], quarters: int = 1) -> dict[str, Any] | None:
    """The parts turned clockwise by ``quarters`` × 90° about their common centre, as a change set.

    A box (zone, text, symbol, picture) swaps width and height about its new
    centre and turns its content (``rotation``); a line turns its ends. When
    the turned parts would stick out of the paper they are shifted back on;
    None when they cannot fit at all. Locked parts and arrows do not turn.
    """
    values = {
        key: value
        for key, value in get_objects(board, unlocked(board, keys)).items()
        if value is not None and not isinstance(value, ConnectorElement) and object_rect(value) is not None
    }
    rects = [object_rect(value) for value in values.values()]
    block = bounding_rect([rect for rect in rects if rect is not None])
    if block is None:
        return {}
    center = block.center
    turned: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, LineElement):
            start, end = _turn(value.start, center, quarters), _turn(value.end, center, quarters)
            turned[key] = replace(value, start=start, end=end)
            continue
        rect = object_rect(value)
        assert rect is not None
        changes: dict[str, Any] = {"rect": _turned_rect(rect, center, quarters)}
        if hasattr(value, "rotation"):
            changes["rotation"] = (value.rotation + 90 * quarters) % 360
        turned[key] = replace(value, **changes)
    new_block = bounding_rect([rect for rect in (object_rect(value) for value in turned.values()) if rect is not None])
    assert new_block is not None
    bounds = board.bounds
    if new_block.width > bounds.width + 1e-6 or new_block.height > bounds.height + 1e-6:
        return None
    dx, dy = clamp_move(new_block, 0.0, 0.0, bounds)
    result: dict[str, Any] = {}
    for key, value in turned.items():
        if isinstance(value, LineElement):
            result[key] = replace(
                value,
                start=Point(round(value.start.x + dx, POSITION_DIGITS), round(value.start.y + dy, POSITION_DIGITS)),
                end=Point(round(value.end.x + dx, POSITION_DIGITS), round(value.end.y + dy, POSITION_DIGITS)),
            )
        else:
            result[key] = replace(value, rect=value.rect.moved(dx, dy).rounded(POSITION_DIGITS))
    return loosen_nesting(board, result)
