"""Where a new part goes: in free space on the paper, as close as possible to where the user looks.

A zone added from the menu or the palette used to land in the middle of the
view, on top of whatever was there. ``free_spot`` looks for the nearest place of
the same size that overlaps no other part (with a small gap) and stays inside
the marker frame. Most templates fill their paper, so when there is no such
place the new part goes inside one zone instead — the one under ``near``, else
the nearest — below its label, above its dot legend, clear of what is in it, made smaller when needed:
it no longer straddles zones or covers their labels. None when even that fails.
The search is the printing's free-room sweep (``boards.freespace``) for squares,
run in a space stretched so that the new rectangle is a square.
"""

from __future__ import annotations

from boards.editing.objects import get_object, object_keys, object_rect
from boards.freespace import FreeSpace
from boards.geometry import Point, Rect
from boards.model import Board, LineElement, Zone
from boards.readback import frame_width_mm

GAP_MM = 5.0
LABEL_BAND = 0.25  # of a zone's height (at least 12 mm): its label and question stay readable
DOTS_BAND = 0.15  # of a zone's height (at least 12 mm): the legend of its dot kinds along the bottom
MIN_SIDE_MM = 20.0


def occupied_rects(board: Board) -> list[Rect]:
    """The rects of the parts a new part should not cover (lines and arrows are drawn over, not in the way)."""
    rects = []
    for key in object_keys(board):
        value = get_object(board, key)
        rect = object_rect(value)
        if rect is not None and not isinstance(value, LineElement) and rect.width > 0 and rect.height > 0:
            rects.append(rect)
    return rects


def _free_in(area: Rect, taken: list[Rect], width: float, height: float, near: Point, grid: float) -> Rect | None:
    if width > area.width or height > area.height or width <= 0 or height <= 0:
        return None
    stretch = width / height  # y × stretch: the rectangle becomes a square of side ``width``

    def stretched(rect: Rect) -> Rect:
        return Rect(rect.x, rect.y * stretch, rect.width, rect.height * stretch)

    space = FreeSpace([stretched(rect) for rect in taken])
    centre = space.nearest(stretched(area), width / 2, Point(near.x, near.y * stretch), step=max(1.0, grid) * stretch)
    if centre is None:
        return None
    found = Rect(centre.x - width / 2, centre.y / stretch - height / 2, width, height)
    snapped = Rect(round(found.x / grid) * grid, round(found.y / grid) * grid, width, height) if grid > 0 else found
    if area.contains_rect(snapped) and not any(snapped.overlaps(rect) for rect in taken):
        return snapped
    return found.rounded(1)


def _inside_a_zone(board: Board, width: float, height: float, near: Point, grid: float, shrink: bool) -> Rect | None:
    """A spot inside one zone, below its label and clear of what lies in it: first in a zone that takes it at
    full size (the one under ``near``, else the nearest), else made smaller in the nearest zone that can."""
    others = occupied_rects(board)

    def distance(zone: Zone) -> float:
        centre = zone.rect.center
        return 0.0 if zone.rect.contains_point(near.x, near.y) else (centre.x - near.x) ** 2 + (centre.y - near.y) ** 2

    zones = sorted(board.zones, key=lambda zone: (distance(zone), -zone.rect.area))
    for full_size in (True, False) if shrink else (True,):
        for zone in zones:
            band = max(12.0, zone.rect.height * LABEL_BAND)
            foot = max(12.0, zone.rect.height * DOTS_BAND) if zone.holds.dots else GAP_MM  # the dot legend
            rect = zone.rect
            area = Rect(rect.x + GAP_MM, rect.y + band, rect.width - 2 * GAP_MM, rect.height - band - foot)
            if full_size:
                scale = 1.0 if width <= area.width and height <= area.height else 0.0
            else:  # at most half the zone's room, so that its own notes still fit
                scale = min(1.0, area.width / 2 / width, area.height / 2 / height)
            if min(width, height) * scale < MIN_SIDE_MM:
                continue
            small_width, small_height = width * scale, height * scale
            if grid > 0 and scale < 1.0:  # a smaller size, still on the grid
                small_width, small_height = (
                    max(grid, small_width // grid * grid),
                    max(grid, small_height // grid * grid),
                )
            taken = [
                other.inset(-GAP_MM)
                for other in others
                if other != rect and other.overlaps(rect) and not other.contains_rect(rect)
            ]
            spot = _free_in(area, taken, small_width, small_height, near, grid)
            if spot is not None:
                return spot
    return None


def free_spot(
    board: Board, width: float, height: float, near: Point, grid: float = 5.0, shrink: bool = True
) -> Rect | None:
    """A ``width`` × ``height`` rect on the paper, ``GAP_MM`` clear of every part, with its centre nearest
    to ``near`` (on the ``grid`` when that stays clear); on a full board one inside a zone, smaller when
    ``shrink`` allows; None when there is no room at all."""
    frame = frame_width_mm(board.width_mm, board.height_mm)
    taken = [rect.inset(-GAP_MM) for rect in occupied_rects(board)]
    return _free_in(board.bounds.inset(frame), taken, width, height, near, grid) or _inside_a_zone(
        board, width, height, near, grid, shrink
    )
