"""Moving and placing parts of a board: kept on the paper, nesting kept valid."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from boards.editing.nesting import loosen_nesting
from boards.editing.objects import get_objects, object_rect, with_rect
from boards.geometry import Rect
from boards.model import Board

#: Positions are kept to a hundredth of a millimetre.
POSITION_DIGITS = 2


def clamp_move(rect: Rect, dx: float, dy: float, bounds: Rect) -> tuple[float, float]:
    """Limit a move so the rect stays on the paper."""
    dx = min(max(dx, bounds.x - rect.x), bounds.right - rect.right)
    dy = min(max(dy, bounds.y - rect.y), bounds.bottom - rect.bottom)
    return dx, dy


def moved_objects(board: Board, keys: Iterable[str], dx: float, dy: float) -> dict[str, Any]:
    """The parts for ``keys`` moved by (dx, dy) mm; zones moved out of their parent zone leave it."""
    after: dict[str, Any] = {}
    for key, value in get_objects(board, keys).items():
        rect = object_rect(value)
        if rect is not None:
            after[key] = with_rect(value, rect.moved(dx, dy).rounded(POSITION_DIGITS))
    return loosen_nesting(board, after)


def placed_objects(board: Board, rects: dict[str, Rect]) -> dict[str, Any]:
    """The parts put at new rects (aligned, resized); zones placed out of their parent zone leave it."""
    after: dict[str, Any] = {}
    for key, value in get_objects(board, rects).items():
        rect = rects[key]
        if value is not None:
            after[key] = with_rect(value, rect.rounded(POSITION_DIGITS))
    return loosen_nesting(board, after)
