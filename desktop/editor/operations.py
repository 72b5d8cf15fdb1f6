"""Editor geometry without Qt: snapping, aligning, distributing, clipboard JSON.

Where a part is, how it moves and what copies of it refer to is the core's (``boards.editing``).
"""

from __future__ import annotations

import json
import math

from boards.geometry import Point, Rect
from boards.model import Bundle, Element, Group, Zone
from boards.serialize import (
    element_from_dict,
    element_to_dict,
    group_from_dict,
    group_to_dict,
    zone_from_dict,
    zone_to_dict,
)

CLIPBOARD_MIME = "application/x-bruinpapier-elements"
CLIPBOARD_FORMAT = "bruinpapier.clipboard"


# --- snapping -------------------------------------------------------------------------------


def snap_value(value: float, grid: float) -> float:
    return round(value / grid) * grid if grid > 0 else value


def _nearest_edge(edges: list[float], targets: list[float], tolerance: float) -> float | None:
    """Smallest correction that puts one of ``edges`` on one of ``targets``."""
    best: float | None = None
    for edge in edges:
        for target in targets:
            delta = target - edge
            if abs(delta) <= tolerance and (best is None or abs(delta) < abs(best)):
                best = delta
    return best


def snap_rect_move(
    moving: Rect, dx: float, dy: float, others: list[Rect], grid: float, tolerance: float
) -> tuple[float, float]:
    """Snap a move of ``moving`` by (dx, dy): to other rects' edges first, else to the grid."""
    moved = moving.moved(dx, dy)
    x_targets = [value for rect in others for value in (rect.x, rect.right)]
    y_targets = [value for rect in others for value in (rect.y, rect.bottom)]
    fix_x = _nearest_edge([moved.x, moved.right], x_targets, tolerance)
    fix_y = _nearest_edge([moved.y, moved.bottom], y_targets, tolerance)
    if fix_x is None:
        fix_x = snap_value(moved.x, grid) - moved.x
    if fix_y is None:
        fix_y = snap_value(moved.y, grid) - moved.y
    return dx + fix_x, dy + fix_y


def snap_edge(value: float, targets: list[float], grid: float, tolerance: float) -> float:
    """Snap one edge (a resize handle) to a nearby edge, else to the grid."""
    fix = _nearest_edge([value], targets, tolerance)
    return value + fix if fix is not None else snap_value(value, grid)


def resize_rect(rect: Rect, handle: str, point: Point, minimum: float = 5.0) -> Rect:
    """The rect after dragging ``handle`` ("nw", "n", "ne", "e", "se", "s", "sw", "w") to ``point``."""
    left, top, right, bottom = rect.x, rect.y, rect.right, rect.bottom
    if "w" in handle:
        left = min(point.x, right - minimum)
    if "e" in handle:
        right = max(point.x, left + minimum)
    if "n" in handle:
        top = min(point.y, bottom - minimum)
    if "s" in handle:
        bottom = max(point.y, top + minimum)
    return Rect(left, top, right - left, bottom - top)


def constrain_line(start: Point, end: Point, grid: float = 0.0) -> Point:
    """``end`` moved onto the nearest horizontal, vertical or 45° line through ``start``.

    With a grid, the length along that direction is snapped to it as well.
    """
    dx, dy = end.x - start.x, end.y - start.y
    if dx == 0 and dy == 0:
        return start
    angle = round(math.atan2(dy, dx) / (math.pi / 4)) * (math.pi / 4)
    ux, uy = round(math.cos(angle)), round(math.sin(angle))
    distance = (dx * ux + dy * uy) / (2 if ux and uy else 1)
    if grid > 0:
        distance = snap_value(distance, grid)
    return Point(start.x + ux * distance, start.y + uy * distance)


def clamp_point(point: Point, bounds: Rect) -> Point:
    return Point(min(max(point.x, bounds.x), bounds.right), min(max(point.y, bounds.y), bounds.bottom))


def line_length(start: Point, end: Point) -> float:
    return math.hypot(end.x - start.x, end.y - start.y)


def clamp_rect(rect: Rect, bounds: Rect) -> Rect:
    left, top = max(rect.x, bounds.x), max(rect.y, bounds.y)
    right, bottom = min(rect.right, bounds.right), min(rect.bottom, bounds.bottom)
    return Rect(left, top, max(right - left, 1.0), max(bottom - top, 1.0))


# --- align and distribute ------------------------------------------------------------------

ALIGN_MODES = ("left", "hcenter", "right", "top", "vcenter", "bottom")


def align_rects(rects: dict[str, Rect], mode: str) -> dict[str, Rect]:
    """Align rects to the selection's bounding box (left/right/top/bottom) or its centre line."""
    if len(rects) < 2:
        return dict(rects)
    left = min(r.x for r in rects.values())
    right = max(r.right for r in rects.values())
    top = min(r.y for r in rects.values())
    bottom = max(r.bottom for r in rects.values())
    result = {}
    for key, r in rects.items():
        if mode == "left":
            result[key] = Rect(left, r.y, r.width, r.height)
        elif mode == "right":
            result[key] = Rect(right - r.width, r.y, r.width, r.height)
        elif mode == "hcenter":
            result[key] = Rect((left + right) / 2 - r.width / 2, r.y, r.width, r.height)
        elif mode == "top":
            result[key] = Rect(r.x, top, r.width, r.height)
        elif mode == "bottom":
            result[key] = Rect(r.x, bottom - r.height, r.width, r.height)
        elif mode == "vcenter":
            result[key] = Rect(r.x, (top + bottom) / 2 - r.height / 2, r.width, r.height)
        else:
            raise ValueError(mode)
    return result


def distribute_rects(rects: dict[str, Rect], horizontal: bool) -> dict[str, Rect]:
    """Equal gaps between the rects, keeping the outermost two where they are."""
    if len(rects) < 3:
        return dict(rects)
    if horizontal:
        order = sorted(rects, key=lambda key: rects[key].x)
        first, last = rects[order[0]], rects[order[-1]]
        total = sum(rects[key].width for key in order)
        gap = (last.right - first.x - total) / (len(order) - 1)
        position = first.x
        result = {}
        for key in order:
            r = rects[key]
            result[key] = Rect(position, r.y, r.width, r.height)
            position += r.width + gap
        return result
    order = sorted(rects, key=lambda key: rects[key].y)
    first, last = rects[order[0]], rects[order[-1]]
    total = sum(rects[key].height for key in order)
    gap = (last.bottom - first.y - total) / (len(order) - 1)
    position = first.y
    result = {}
    for key in order:
        r = rects[key]
        result[key] = Rect(r.x, position, r.width, r.height)
        position += r.height + gap
    return result


# --- clipboard -----------------------------------------------------------------------------


def clipboard_json(
    zones: list[Zone], groups: list[Group], elements: list[Element], bundles: list[Bundle] | None = None
) -> str:
    return json.dumps(
        {
            "format": CLIPBOARD_FORMAT,
            "zones": [zone_to_dict(zone) for zone in zones],
            "groups": [group_to_dict(group) for group in groups],
            "elements": [element_to_dict(element) for element in elements],
            "bundles": [{"id": bundle.id, "members": list(bundle.members)} for bundle in bundles or []],
        },
        ensure_ascii=False,
    )


def parse_clipboard(text: str) -> tuple[list[Zone], list[Group], list[Element], list[Bundle]] | None:
    """The objects on the clipboard, or None when it holds no Bruinpapier elements.

    Pictures on the clipboard are checked like pictures in a file (type, size).
    """
    from boards.images import image_problem
    from boards.model import ImageElement

    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != CLIPBOARD_FORMAT:
            return None
        zones = [zone_from_dict(item) for item in data.get("zones", [])]
        groups = [group_from_dict(item) for item in data.get("groups", [])]
        elements = [element_from_dict(item) for item in data.get("elements", [])]
        bundles = [Bundle(item["id"], tuple(item["members"])) for item in data.get("bundles", [])]
    except (ValueError, KeyError, TypeError):
        return None
    for element in elements:
        if isinstance(element, ImageElement) and image_problem(element.data, element.media_type) is not None:
            return None
    return zones, groups, elements, bundles
