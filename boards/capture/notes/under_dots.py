"""Notes mostly covered by dots stuck on them: a piece of a note colour too small for a note, much of its rim
on dots, read as a doubtful note laid under the dots.
"""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.base import NoteBlob, _normalise_angle, bare_board, note_axes, pixels_on, rect_corners
from boards.capture.notes.sizes import (
    COMMON_SIZES_MM,
    MIN_NOTE_AREA_MM2,
    MIN_NOTE_SIDE_MM,
    NEVER_LONGER_MM,
    TYPICAL_NOTE_MM,
)
from boards.capture.segment import INK, NONE, Palette, components8, disk

UNDER_DOTS_SHARE = 0.3  # share of a note-coloured piece's rim on dots for the dots to hide the rest of a note
UNDER_DOTS_RIM_MM = 2.0  # the blurred rim between a note and a dot on it
UNDER_DOTS_WRITING_MM = 6.0  # writing this near a note-coloured piece lies on its note (a stroke is 2-5 mm wide)
UNDER_DOTS_ELSE = 0.4  # share of a note laid under dots (from a region read as nothing) showing bare board or
# another note's colour, at most
UNDER_DOTS_OTHERS = 0.25  # ... and lying over notes of its colour found already
UNDER_DOTS_ON_SURE = 0.5  # ... and over sure notes of other colours


def _under_dots(
    small: dict[int, list[np.ndarray]], notes: list[NoteBlob], labels: np.ndarray, palette: Palette, px_per_mm: float
) -> list[NoteBlob]:
    """Notes mostly covered by dots stuck on them. What shows of such a note is one or more pieces of its colour,
    each too small for a note (``small``: per note class, the pixels of such pieces, board px), a good part of
    their rim on dots, and together with the dots joined to them at least as wide as a note. Pieces of one colour
    joined through the same dots are one note. Of a region large enough for a note that the search read nothing
    in, the writing beside it counts as part of it: a line of writing across a note parts the piece below it from
    the rest, which may show as dot colour (writing's blurred fringe on a green note). Its extent is not seen: a
    doubtful ("covered") note where its visible pieces lie, unless a note of its colour found already lies there."""
    if not small:
        return []
    is_dot = np.zeros(256, bool)
    is_dot[list(palette.dot_kinds)] = True
    rim_kernel = disk(UNDER_DOTS_RIM_MM * px_per_mm)
    is_writing = np.zeros(256, bool)
    is_writing[[INK, NONE]] = True
    writing_kernel = disk(UNDER_DOTS_WRITING_MM * px_per_mm)
    reach = int(round(TYPICAL_NOTE_MM * px_per_mm))  # dots farther from a piece lie on no note it belongs to
    height, width = labels.shape
    found: list[NoteBlob] = []
    min_area = MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm
    for klass, pieces in small.items():
        color = palette.note_colors[klass]
        for piece in pieces:
            x0, y0 = np.maximum(piece.min(axis=0) - reach, 0)
            x1, y1 = np.minimum(piece.max(axis=0) + reach + 1, (width, height))
            window = (slice(y0, y1), slice(x0, x1))
            dots = cv2.LUT(labels[window], is_dot.view(np.uint8))
            own = np.zeros(dots.shape, np.uint8)
            for other in pieces:  # (the other pieces of its colour nearby: parts of the same note, maybe)
                inside = np.all((other >= (x0, y0)) & (other < (x1, y1)), axis=1)
                own[other[inside, 1] - y0, other[inside, 0] - x0] = 1
            seen = own
            if len(piece) >= min_area:
                # a region large enough for a note that the search read nothing in (see _regions): writing across
                # it is on the note too, and beyond the writing the dots go on
                seen = own | (cv2.LUT(labels[window], is_writing.view(np.uint8)) & cv2.dilate(own, writing_kernel))
            grown = cv2.dilate(seen, rim_kernel)
            _, groups, _, _ = components8(dots | seen | (grown & cv2.dilate(dots, rim_kernel)))
            member = groups == groups[piece[0, 1] - y0, piece[0, 0] - x0]
            visible = (own > 0) & member
            rim = (grown > 0) & member & ~(seen > 0)
            if rim.sum() == 0 or (rim & (dots > 0)).sum() < UNDER_DOTS_SHARE * rim.sum():
                continue
            extent = _min_area_rect(member.view(np.uint8))[1]
            if min(extent) < MIN_NOTE_SIDE_MM * px_per_mm:
                continue
            (cx, cy), (vw, vh), angle = _min_area_rect(visible.view(np.uint8))
            center, size = _laid_under_dots((cx, cy), (vw, vh), angle, member, px_per_mm)
            center = (center[0] + x0 / px_per_mm, center[1] + y0 / px_per_mm)
            if any(
                note.color == color and cv2.pointPolygonTest(note.corners().astype(np.float32), center, False) >= 0
                for note in notes + found
            ):
                continue  # a note of its colour found there already (or from another of its pieces)
            if len(piece) >= min_area and not _may_lie_under_dots(
                center, size, angle, klass, notes + found, labels, palette, px_per_mm
            ):
                continue
            size, angle = _normalise_angle(size, angle)
            found.append(NoteBlob(color, center, (float(size[0]), float(size[1])), float(angle), 0.3, True, "covered"))
    return found


def _min_area_rect(mask: np.ndarray) -> tuple:
    """``cv2.minAreaRect(cv2.findNonZero(mask))`` of a mask (uint8, 0 or 1), from the pixels of its pieces' outer
    outlines alone: they hold every corner of its convex hull, which is all the rectangle depends on (listed by
    ``cv2.findNonZero``, as from all its pixels), and there are far fewer of them."""
    outlines, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return cv2.minAreaRect(cv2.findNonZero(cv2.drawContours(np.zeros_like(mask), outlines, -1, 1, 1)))


def _may_lie_under_dots(
    center,
    size,
    angle: float,
    klass: int,
    notes: list[NoteBlob],
    labels,
    palette: Palette,
    px_per_mm: float,
    doubtful_too: bool = False,
) -> bool:
    """Whether a note (of class ``klass``) laid under dots from a region large enough for a note that the search
    read nothing in (see ``_regions``) may lie there: not much of it shows the bare board or another note's colour
    (where they show, no note lies over them: the region is then a piece of something else, a curled note's
    shaded end, the rims of dots on a note of another colour), nor does it lie over notes of its colour found
    already (a piece of one of them) or over most of a sure note of another colour (the blurred rims of dots on
    that note; ``doubtful_too``: of any note of another colour, sure or not)."""
    laid = rect_corners(center, size, angle).astype(np.float32)
    corners = laid * px_per_mm
    x0, y0 = np.maximum(np.floor(corners.min(axis=0)).astype(int), 0)
    x1, y1 = np.ceil(corners.max(axis=0)).astype(int) + 1
    window = labels[y0:y1, x0:x1]
    else_shows = bare_board(window) | np.isin(window, [other for other in palette.note_colors if other != klass])
    on, total = pixels_on(else_shows, corners - (x0, y0))
    if total == 0 or on > UNDER_DOTS_ELSE * total:
        return False
    color = palette.note_colors[klass]
    area = float(cv2.contourArea(laid))
    same = other = 0.0
    for note in notes:
        if note.color == color or doubtful_too or not note.doubtful:
            over = cv2.intersectConvexConvex(laid, note.corners().astype(np.float32))[0]
            if note.color == color:
                same += over
            else:
                other += over
    # (a sure note of another colour is seen whole: no note lies over most of it, what lies there is on it)
    return same <= UNDER_DOTS_OTHERS * area and other <= UNDER_DOTS_ON_SURE * area


def _laid_under_dots(center_px, visible_px, angle: float, member: np.ndarray, px_per_mm: float):
    """Where a note most of which lies under dots most likely is (centre and size, mm, in ``member``'s window):
    the smallest square note sold as large as its visible part (a part longer than any square note sold: the
    oblong one nearest its length, see _sold_as_large), laid over that part and reaching on under the dots
    (``member``: the part with the dots joined to it) rather than over open board."""
    visible_mm = np.array(visible_px, np.float64) / px_per_mm
    size = _sold_as_large(visible_mm)
    axes = note_axes(angle)
    centre = np.array(center_px, np.float64) / px_per_mm
    shifts = [
        (-(side - length) / 2, (side - length) / 2) if length < side else (0.0,)
        for side, length in zip(size, visible_mm, strict=True)
    ]
    best, best_score = centre, -1
    for first in shifts[0]:
        for second in shifts[1]:
            option = centre + first * axes[0] + second * axes[1]
            rect = np.zeros(member.shape, np.uint8)
            cv2.fillPoly(rect, [np.round(rect_corners(option, size, angle) * px_per_mm).astype(np.int32)], 1)
            score = int((rect & member.view(np.uint8)).sum())
            if score > best_score:
                best, best_score = option, score
    return (float(best[0]), float(best[1])), size


def _sold_as_large(visible_mm: np.ndarray) -> tuple[float, float]:
    """The size (along the visible part's two axes, mm) of the note laid under dots over a part of these lengths:
    the smallest square sold as long as its longer length (or the part's length, if longer); a part longer than
    any square note sold, the oblong note sold nearest its length that is as wide as the part, turned to it (the
    rim of a dot on its end may make the part a little longer than the note); else a square as long as the part."""
    longer = float(visible_mm.max())
    square = min(
        (long for long, short in COMMON_SIZES_MM if long == short and long >= longer - NEVER_LONGER_MM), default=0.0
    )
    if square:
        return max(square, longer), max(square, longer)
    oblong = min(
        (
            (long, short)
            for long, short in COMMON_SIZES_MM
            if long > short and short >= float(visible_mm.min()) - NEVER_LONGER_MM
        ),
        key=lambda size: abs(size[0] - longer),
        default=None,
    )
    if oblong is None:
        return longer, longer
    return oblong if visible_mm[0] >= visible_mm[1] else (oblong[1], oblong[0])
