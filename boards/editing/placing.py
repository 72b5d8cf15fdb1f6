"""Where a new part goes: in free space on the paper, as close as possible to where the user looks.

A zone added from the menu or the palette used to land in the middle of the
view, on top of whatever was there. ``free_spot`` looks for the nearest place
of the same size that overlaps no other part (with a small gap) and stays
inside the marker frame; on a full board there is none (None).
"""

from __future__ import annotations

from boards.editing.objects import get_object, object_keys, object_rect
from boards.geometry import Point, Rect
from boards.model import Board, LineElement
from boards.readback import frame_width_mm

GAP_MM = 5.0


def _snap(value: float, grid: float) -> float:
    return round(value / grid) * grid if grid > 0 else value


def occupied_rects(board: Board) -> list[Rect]:
    """The rects of the parts a new part should not cover (lines and arrows are drawn over, not in the way)."""
    rects = []
    for key in object_keys(board):
        value = get_object(board, key)
        rect = object_rect(value)
        if rect is not None and not isinstance(value, LineElement) and rect.width > 0 and rect.height > 0:
            rects.append(rect)
    return rects


def free_spot(board: Board, width: float, height: float, near: Point, grid: float = 5.0) -> Rect | None:
    """A ``width`` × ``height`` rect on the paper, overlapping no part, with its centre nearest to ``near``
    (snapped to ``grid``); None when the board has no such room."""
    frame = frame_width_mm(board.width_mm, board.height_mm)
    area = board.bounds.inset(frame) if board.width_mm > 2 * frame + width else board.bounds
    width, height = min(width, area.width), min(height, area.height)

    def clamp_x(x: float) -> float:
        return min(max(x, area.x), area.right - width)

    def clamp_y(y: float) -> float:
        return min(max(y, area.y), area.bottom - height)

    wanted = Rect(clamp_x(_snap(near.x - width / 2, grid)), clamp_y(_snap(near.y - height / 2, grid)), width, height)
    taken = [rect.inset(-GAP_MM + 0.01) for rect in occupied_rects(board)]
    if not any(wanted.overlaps(rect) for rect in taken):
        return wanted
    # Candidate corners: beside and below every part, at the edges of the free area, and on a coarse grid.
    xs = {wanted.x, area.x, area.right - width}
    ys = {wanted.y, area.y, area.bottom - height}
    for rect in taken:
        xs |= {rect.right, rect.x - width}
        ys |= {rect.bottom, rect.y - height}
    step = max(grid, min(width, height) / 2)
    xs |= {area.x + index * step for index in range(int(area.width // step) + 1)}
    ys |= {area.y + index * step for index in range(int(area.height // step) + 1)}
    candidates = sorted(
        {(clamp_x(_snap(x, grid)), clamp_y(_snap(y, grid))) for x in xs for y in ys},
        key=lambda corner: (corner[0] + width / 2 - near.x) ** 2 + (corner[1] + height / 2 - near.y) ** 2,
    )
    for x, y in candidates:
        rect = Rect(x, y, width, height)
        if area.contains_rect(rect) and not any(rect.overlaps(other) for other in taken):
            return rect
    return None
