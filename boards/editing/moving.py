"""Moving and placing parts of a board: kept on the paper, nesting kept valid, locked parts left alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from boards.editing.nesting import loosen_nesting, unlocked
from boards.editing.objects import element_key, get_objects, object_rect, split_key, with_rect
from boards.errors import problem
from boards.geometry import Point, Rect
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.model import Board, ConnectorElement, Shape, Zone

#: Positions are kept to a hundredth of a millimetre.
POSITION_DIGITS = 2
#: Nothing is made smaller than this (mm).
MIN_SIZE_MM = 1.0


def clamp_move(rect: Rect, dx: float, dy: float, bounds: Rect) -> tuple[float, float]:
    """Limit a move so the rect stays on the paper."""
    dx = min(max(dx, bounds.x - rect.x), bounds.right - rect.right)
    dy = min(max(dy, bounds.y - rect.y), bounds.bottom - rect.bottom)
    return dx, dy


def _moved_point(point: Point, dx: float, dy: float) -> Point:
    return Point(round(point.x + dx, POSITION_DIGITS), round(point.y + dy, POSITION_DIGITS))


def moved_objects(board: Board, keys: Iterable[str], dx: float, dy: float) -> dict[str, Any]:
    """The parts for ``keys`` moved by (dx, dy) mm; zones moved out of their parent zone leave it.

    Locked parts stay where they are. The waypoints of an arrow whose two ends
    both move, move along.
    """
    after: dict[str, Any] = {}
    for key, value in get_objects(board, unlocked(board, keys)).items():
        rect = object_rect(value)
        if rect is not None:
            after[key] = with_rect(value, rect.moved(dx, dy).rounded(POSITION_DIGITS))
    moved_ids = {split_key(key)[1] for key in after}
    for element in board.elements:
        if (
            isinstance(element, ConnectorElement)
            and element.waypoints
            and not element.locked
            and element.source in moved_ids
            and element.target in moved_ids
        ):
            after[element_key(element.id)] = replace(
                element, waypoints=tuple(_moved_point(point, dx, dy) for point in element.waypoints)
            )
    return loosen_nesting(board, after)


def placed_objects(board: Board, rects: dict[str, Rect]) -> dict[str, Any]:
    """The parts put at new rects (aligned, resized); zones placed out of their parent zone leave it.

    Locked parts stay; a circle stays a circle (its smaller side wins).
    """
    after: dict[str, Any] = {}
    for key, value in get_objects(board, unlocked(board, rects)).items():
        rect = rects[key]
        if value is None:
            continue
        if isinstance(value, Zone) and value.shape is Shape.CIRCLE and abs(rect.width - rect.height) > 1e-6:
            side = min(rect.width, rect.height)
            rect = Rect(rect.x, rect.y, side, side)
        after[key] = with_rect(value, rect.rounded(POSITION_DIGITS))
    return loosen_nesting(board, after)


def placement_problem(board: Board, rect: Rect) -> Message | None:
    """Why a part cannot be put at ``rect`` (off the paper, too small), or None.

    The properties panel refuses such a value with this message instead of
    quietly moving the part somewhere else.
    """
    if rect.width < MIN_SIZE_MM or rect.height < MIN_SIZE_MM:
        return problem(
            QT_TRANSLATE_NOOP("errors", "breedte en hoogte moeten minstens {minimum:g} mm zijn"), minimum=MIN_SIZE_MM
        )
    bounds = board.bounds
    tolerance = 0.01
    if (
        rect.x < bounds.x - tolerance
        or rect.y < bounds.y - tolerance
        or rect.right > bounds.right + tolerance
        or rect.bottom > bounds.bottom + tolerance
    ):
        return problem(
            QT_TRANSLATE_NOOP(
                "errors",
                "valt buiten het papier: x loopt van 0 tot {max_x:g} mm en y van 0 tot {max_y:g} mm bij deze maat "
                "({width:g} × {height:g} mm)",
            ),
            max_x=round(max(0.0, bounds.width - rect.width), 2),
            max_y=round(max(0.0, bounds.height - rect.height), 2),
            width=rect.width,
            height=rect.height,
        )
    return None


def duplicate_offset(
    board: Board, rects: Iterable[Rect], gap: float, occupied: Iterable[Rect] = ()
) -> tuple[float, float]:
    """Where a duplicate goes: right beside the originals (a gap apart), else below, left, above; else a gap down-right.

    A free spot (overlapping none of ``occupied``) on the paper wins over one that is only on the paper.
    A duplicated column lands as the next column; the offset is a whole number of grid steps when the gap is one.
    """
    boxes = list(rects)
    if not boxes:
        return gap, gap
    left = min(rect.x for rect in boxes)
    top = min(rect.y for rect in boxes)
    right = max(rect.right for rect in boxes)
    bottom = max(rect.bottom for rect in boxes)
    width, height = right - left, bottom - top
    bounds = board.bounds
    others = list(occupied)
    candidates = [(width + gap, 0.0), (0.0, height + gap), (-(width + gap), 0.0), (0.0, -(height + gap))]
    on_paper = [
        (dx, dy)
        for dx, dy in candidates
        if left + dx >= bounds.x - 1e-6
        and top + dy >= bounds.y - 1e-6
        and right + dx <= bounds.right + 1e-6
        and bottom + dy <= bounds.bottom + 1e-6
    ]
    for dx, dy in on_paper:
        spot = Rect(left + dx, top + dy, width, height)
        if not any(spot.overlaps(other) for other in others):
            return dx, dy
    return on_paper[0] if on_paper else (gap, gap)
