"""Where a new part goes: in free space on the paper, as close as possible to where the user looks.

A zone added from the menu or the palette used to land in the middle of the
view, on top of whatever was there. ``free_spot`` looks for the nearest place
of the same size that overlaps no other part (with a small gap) and stays
inside the marker frame; on a full board there is none (None). The search is
the printing's free-room sweep (``boards.freespace``) for squares, run in a
space stretched so that the new rectangle is a square.
"""

from __future__ import annotations

from boards.editing.objects import get_object, object_keys, object_rect
from boards.freespace import FreeSpace
from boards.geometry import Point, Rect
from boards.model import Board, LineElement
from boards.readback import frame_width_mm

GAP_MM = 5.0


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
    """A ``width`` × ``height`` rect on the paper, ``GAP_MM`` clear of every part, with its centre nearest
    to ``near`` (on the ``grid`` when that stays clear); None when the board has no such room."""
    frame = frame_width_mm(board.width_mm, board.height_mm)
    area = board.bounds.inset(frame)
    if width > area.width or height > area.height:
        return None
    stretch = width / height  # y × stretch: the rectangle becomes a square of side ``width``

    def stretched(rect: Rect) -> Rect:
        return Rect(rect.x, rect.y * stretch, rect.width, rect.height * stretch)

    taken = [rect.inset(-GAP_MM) for rect in occupied_rects(board)]
    space = FreeSpace([stretched(rect) for rect in taken])
    centre = space.nearest(stretched(area), width / 2, Point(near.x, near.y * stretch), step=max(1.0, grid) * stretch)
    if centre is None:
        return None
    found = Rect(centre.x - width / 2, centre.y / stretch - height / 2, width, height)
    snapped = Rect(round(found.x / grid) * grid, round(found.y / grid) * grid, width, height) if grid > 0 else found
    if area.contains_rect(snapped) and not any(snapped.overlaps(rect) for rect in taken):
        return snapped
    return found.rounded(1)
