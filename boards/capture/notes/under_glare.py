"""Notes under a highlight: a note lying (mostly) under its white core, or under the haze that fades its colour
to the paper's, laid from the part that shows beside it, and a note told from its hue alone under the haze that
reaches the core made doubtful.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from boards.capture.notes.base import NoteBlob, _angle_apart, _normalise_angle, note_axes, rect_corners
from boards.capture.notes.candidates import EDGE_BLUR_MM as RECT_BLUR_MM
from boards.capture.notes.layers import _inside_note, _note_box
from boards.capture.notes.sizes import MIN_NOTE_AREA_MM2, NEVER_LONGER_MM, SIZE_TOLERANCE_MM, SizeBook
from boards.capture.segment import INK, WHITE, Palette, _of_classes, components8, disk

FOLLOWED_MM2 = 100.0  # a note this much of which was told from its hue under the haze, reaching the core: doubtful


def _doubt_followed(
    notes: list[NoteBlob], followed: np.ndarray | None, blown: np.ndarray | None, px_per_mm: float
) -> None:
    """A note partly told from its hue alone under a highlight's haze (``followed``) that reaches to its white
    core (``blown``): how far it reaches under the core is not seen (the haze blurs its edges into white and
    paper there): doubtful."""
    if followed is None or blown is None:
        return
    least = FOLLOWED_MM2 * px_per_mm * px_per_mm
    core = None
    for note in notes:
        if note.doubtful:
            continue
        box = _note_box(note, px_per_mm, followed.shape)
        if box is None or not followed[box].any():
            continue
        inside = _inside_note(note, px_per_mm, box)
        if np.count_nonzero(followed[box] & inside) <= least:
            continue
        if core is None:  # (the core with its blurred rim: a note's edge against it lies within that)
            core = cv2.dilate(blown.view(np.uint8), disk(UNDER_GLARE_RIM_MM * px_per_mm)).view(bool)
        if np.count_nonzero(core[box] & inside):
            note.doubtful = True
            note.reason = "glare"
            note.confidence = min(note.confidence, 0.45)


UNDER_GLARE_RIM_MM = 3.0  # the blurred rim between a highlight's white core and the colours showing beside it
UNDER_GLARE_SEEN_MM2 = 150.0  # of a note reaching under the core, at least this much shows beside it
UNDER_GLARE_EDGE_MM = 2.5  # its visible outline lies this near the sides of the note laid over it
UNDER_GLARE_STRAIGHT = 0.6  # share of that outline (away from the core) on the note's sides: straight edges
UNDER_GLARE_OUTLINE_MM = 20.0  # ... and at least this much of it seen
UNDER_GLARE_HIDDEN = 0.85  # share of the laid note on its visible part, the white core or notes found (the rest: blur)
UNDER_GLARE_OTHERS = 0.4  # share of it over notes found already, at most


def _under_glare(
    blown: np.ndarray | None,
    notes: list[NoteBlob],
    labels: np.ndarray,
    palette: Palette,
    px_per_mm: float,
    sizes: SizeBook,
    image: np.ndarray | None = None,
) -> list[NoteBlob]:
    """Notes lying (mostly) under a highlight's white core. The core (``blown``) hides whatever lies under it;
    what shows of such a note is a rim of its colour beside the core, with straight edges where it meets the
    board. Pieces of one note colour touching one core (and in no note found already) are laid over by a note
    of a size seen on this board (the usual one unless they reach farther), turned as they are and shifted
    under the core as far as it lets; it is kept when their outline away from the core runs along its sides
    and the rest of it lies under the core or a note found (that note's colour, with its blurred edge, is no
    part of it; at most UNDER_GLARE_OTHERS of it lies on notes found). Its extent is not seen: a doubtful
    ("glare") note. The white core alone never makes one.

    With ``image`` (the light-evened board image, BGR), ``blown`` is instead the haze where a highlight fades
    colours to the paper's (read as paper there): the paper beside a note under it fades alike, so the part of
    the note still in colour shows no outline against it; its own edges are where its colour steps to what
    lies beside it (``_steps_in_colour``), not where the fade or the writing or dots on it end its colour, nor
    along a note found already (whose edge that is)."""
    if blown is None or not blown.any():
        return []
    rim_kernel = disk(UNDER_GLARE_RIM_MM * px_per_mm)
    edge_kernel = disk(UNDER_GLARE_RIM_MM * px_per_mm / 2)
    height, width = labels.shape
    taken = np.zeros(labels.shape, np.uint8)
    for note in notes:
        cv2.fillPoly(taken, [np.round(note.corners() * px_per_mm).astype(np.int32)], 1)
    shapes = _shapes_laid(sizes)
    longest = max(max(shape) for shape in shapes)
    reach = int(round(longest * px_per_mm))
    # (numbered within the cores' bounding box, by Grana's algorithm: the same labels and, moved to the board, the
    # same stats as over the whole board, faster)
    left, top, box_width, box_height = cv2.boundingRect(blown.view(np.uint8))
    count, boxed, stats, _ = components8(
        np.ascontiguousarray(blown[top : top + box_height, left : left + box_width]).view(np.uint8)
    )
    stats[1:, 0] += left
    stats[1:, 1] += top
    cores = np.zeros(labels.shape, np.int32)
    cores[top : top + box_height, left : left + box_width] = boxed
    # (a core with no pixel of a note colour outside the notes found within its rim's reach has no piece touching
    # it: counted at once from a summed-area table, before any window is worked out)
    free_colour = _of_classes(labels, tuple(palette.note_colors)).view(bool) & (taken == 0)
    summed = cv2.integral(free_colour.view(np.uint8))
    rim = int(math.ceil(UNDER_GLARE_RIM_MM * px_per_mm)) + 1
    blur_kernel = disk(RECT_BLUR_MM * px_per_mm)
    found: list[NoteBlob] = []
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if area < 0.5 * MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm:
            continue  # (too small to hide what shows of a note: the notes search reads it)
        r0, c0 = max(0, y - rim), max(0, x - rim)
        r1, c1 = min(height, y + h + rim), min(width, x + w + rim)
        if summed[r1, c1] - summed[r0, c1] - summed[r1, c0] + summed[r0, c0] == 0:
            continue
        x0, y0 = max(0, x - reach), max(0, y - reach)
        x1, y1 = min(width, x + w + reach), min(height, y + h + reach)
        core = (cores[y0:y1, x0:x1] == index).view(np.uint8)
        near = cv2.dilate(core, rim_kernel)
        # (all of it, cores lie side by side; and what reads as white beside it, the highlight fading out: broad,
        # not the thin white line the blurred edge between a note and the board may read as)
        white = cv2.morphologyEx((labels[y0:y1, x0:x1] == WHITE).view(np.uint8), cv2.MORPH_OPEN, edge_kernel)
        hidden = cv2.dilate((blown[y0:y1, x0:x1].view(np.uint8) | white), rim_kernel)
        away = hidden == 0  # (the visible outline there is the note's own edge)
        # (nor the blurred edge of a note found: its colour wanders a little out of the rectangle fitted to it)
        claimed = cv2.dilate(taken[y0:y1, x0:x1], blur_kernel)
        free = claimed == 0
        ready = []  # (colour, its pieces touching the core, how many)
        for klass, color in palette.note_colors.items():
            own = ((labels[y0:y1, x0:x1] == klass) & free).view(np.uint8)
            parts, pieces = cv2.connectedComponents(own, connectivity=8)
            if parts < 2:
                continue
            touching = np.unique(pieces[(near > 0) & (own > 0)])
            touching = touching[touching > 0]
            # (all of them together: the rim of one note around the core, cut by writing, dots, the core itself)
            visible = np.isin(pieces, touching).view(np.uint8)
            if not len(touching) or int(visible.sum()) < UNDER_GLARE_SEEN_MM2 * px_per_mm * px_per_mm:
                continue
            ready.append((color, visible, len(touching)))
        if image is not None and ready:
            visibles = [visible for _, visible, _ in ready]
            away = _faded_edges(visibles, image, labels, taken, (x0, y0), px_per_mm, (INK, *palette.dot_kinds))
        for color, visible, touching in ready:
            blobs = [_laid_under_glare(visible, hidden, away, taken[y0:y1, x0:x1], claimed, shapes, px_per_mm)]
            if blobs[0] is None and touching > 1:
                # (no one note explains them all: around a large core they may be the rims of notes apart, each
                # a group of pieces no farther apart than writing across a note cuts them)
                blobs = [
                    _laid_under_glare(group, hidden, away, taken[y0:y1, x0:x1], claimed, shapes, px_per_mm)
                    for group in _piece_groups(visible, px_per_mm)
                ]
            for blob in blobs:
                if blob is None:
                    continue
                center = (blob[0][0] + x0 / px_per_mm, blob[0][1] + y0 / px_per_mm)
                if any(
                    note.color == color and cv2.pointPolygonTest(note.corners().astype(np.float32), center, False) >= 0
                    for note in found
                ):
                    continue  # (found from another core beside it)
                size, angle = _normalise_angle(blob[1], blob[2])
                found.append(
                    NoteBlob(color, center, (float(size[0]), float(size[1])), float(angle), 0.3, True, "glare")
                )
    return found


UNDER_GLARE_APART_MM = 12.0  # pieces of one note's rim lie no farther apart than bold writing across it is wide


def _piece_groups(visible: np.ndarray, px_per_mm: float) -> list[np.ndarray]:
    """``visible`` (uint8) split into groups of pieces lying within UNDER_GLARE_APART_MM of each other, each
    as large as a note's rim beside a core must be (UNDER_GLARE_SEEN_MM2)."""
    joined = cv2.dilate(visible, disk(UNDER_GLARE_APART_MM * px_per_mm / 2))
    count, groups = cv2.connectedComponents(joined, connectivity=8)
    least = UNDER_GLARE_SEEN_MM2 * px_per_mm * px_per_mm
    # (each group's pixels of ``visible`` counted at once: only those large enough are cut out)
    sizes = np.bincount(groups[visible > 0], minlength=count)
    found = []
    for index in range(1, count):
        if sizes[index] < least:
            continue
        group = (visible & (groups == index)).view(np.uint8)
        found.append(group)
    return found


def _shapes_laid(sizes: SizeBook) -> list[tuple[float, float]]:
    """The sizes (along the a, b axes, mm) a note under a highlight is laid at: the usual one (as a square, its long
    side) first, then every size seen on this photo either way round, the smaller first."""
    usual = max(sizes.usual)
    seen = {(long, long) if long - short < SIZE_TOLERANCE_MM else (long, short) for long, short in sizes.ordered()}
    turned = {(short, long) for long, short in seen}
    return [(usual, usual), *sorted(seen | turned, key=lambda shape: (shape[0] * shape[1], shape))]


def _laid_under_glare(visible, hidden, away, taken, claimed, shapes: list[tuple[float, float]], px_per_mm: float):
    """The note (centre mm in the window, size mm, angle) of a size seen laid over ``visible`` (a rim of its colour
    beside a white core; ``hidden``: the cores with their blurred rims; ``taken``: the notes found, and ``claimed``:
    they with their blurred edges) that explains it, or None (see ``_under_glare``). Turned as the rim's smallest box
    is, or else as the longest straight stretch of its outline away from the core runs (a thin rim's box is turned as it
    is cut, not as the note lies)."""
    # (its outer outline: writing on it leaves holes in its colour, edges of nothing)
    contours, _ = cv2.findContours(visible, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    solid = cv2.drawContours(np.zeros_like(visible), contours, -1, 1, cv2.FILLED)
    outline = ((solid - cv2.erode(solid, np.ones((3, 3), np.uint8))) > 0) & away
    if int(outline.sum()) < UNDER_GLARE_OUTLINE_MM * px_per_mm:
        return None
    # (writing on the visible part is the note too)
    # (and a note found hides it or claims its colour, with its blurred edge, where they overlap: how far is bounded
    # by UNDER_GLARE_OTHERS)
    member = cv2.morphologyEx(visible, cv2.MORPH_CLOSE, disk(UNDER_GLARE_RIM_MM * px_per_mm)) | hidden | claimed
    points = cv2.findNonZero(visible).reshape(-1, 2).astype(np.float64)
    angles = [cv2.minAreaRect(points.astype(np.float32))[2]]
    edge = _longest_edge_angle(contours, away, px_per_mm)
    if edge is not None and _angle_apart(edge, angles[0]) > UNDER_GLARE_TURN_DEG:
        angles.append(edge)
    for angle in angles:
        laid = _laid_at(points, angle, member, outline, away, taken, shapes, px_per_mm)
        if laid is not None:
            return laid
    return None


UNDER_GLARE_TURN_DEG = 2.0  # a straight stretch turned this much from the rim's box is tried as the note's turn
UNDER_GLARE_STRETCH_MM = 12.0  # ... when it runs this long or longer


def _longest_edge_angle(contours, away: np.ndarray, px_per_mm: float) -> float | None:
    """The direction (degrees) of the longest straight stretch of these outlines lying away from the core, if one
    is UNDER_GLARE_STRETCH_MM long or longer."""
    best, best_length = None, UNDER_GLARE_STRETCH_MM * px_per_mm
    for contour in contours:
        corners = cv2.approxPolyDP(contour, max(1.0, 1.0 * px_per_mm), True).reshape(-1, 2)
        for start, stop in zip(corners, np.roll(corners, -1, axis=0), strict=True):
            dx, dy = float(stop[0] - start[0]), float(stop[1] - start[1])
            length = math.hypot(dx, dy)
            middle = (start + stop) // 2
            if length >= best_length and away[int(middle[1]), int(middle[0])]:
                best, best_length = math.degrees(math.atan2(dy, dx)), length
    return best


def _laid_at(points, angle: float, member, outline, away, taken, shapes: list[tuple[float, float]], px_per_mm: float):
    """``_laid_under_glare`` for one turn (degrees) of the note: laid over the rim's box turned so (``points``:
    its pixels, x y), or None."""
    axes = note_axes(angle)
    along = points @ axes.T
    low, high = along.min(axis=0), along.max(axis=0) + 1.0
    lengths = (high - low) / px_per_mm
    centre = ((low + high) / 2) @ axes / px_per_mm
    extent = float(lengths.max())
    fitting = [shape for shape in shapes if all(np.asarray(shape) >= lengths - NEVER_LONGER_MM)]
    if not fitting:
        return None
    # (a side seen whole tells the size, not one running under the core at an end; else the usual one)
    longest = int(np.argmax(lengths))
    ends = (along[:, longest] < low[longest] + px_per_mm, along[:, longest] >= high[longest] - 1.0 - px_per_mm)
    whole = all(away[points[end, 1].astype(int), points[end, 0].astype(int)].mean() > 0.5 for end in ends)
    spanned = [shape for shape in fitting if shape[longest] <= extent + SIZE_TOLERANCE_MM] if whole else []
    size = min(spanned, key=lambda shape: (shape[longest], shape[0] * shape[1])) if spanned else fitting[0]
    shifts = [
        (-(side - length) / 2, 0.0, (side - length) / 2) if length < side else (0.0,)
        for side, length in zip(size, lengths, strict=True)
    ]
    edge = disk(UNDER_GLARE_EDGE_MM * px_per_mm)
    thickness = max(1, int(round(2 * UNDER_GLARE_EDGE_MM * px_per_mm)))
    # (each note drawn in a box round it, wide enough for the erosion and the sides' thickness: the window's other
    # pixels are none of it, and the box meets the window's border only where the note reaches it)
    margin = edge.shape[0] + thickness + 2
    best, best_score, best_rect, best_box, best_corners = None, -1, None, (0, 0, 0, 0), None
    for first in shifts[0]:
        for second in shifts[1]:
            option = centre + first * axes[0] + second * axes[1]
            corners = np.round(rect_corners(option, size, angle) * px_per_mm).astype(np.int32)
            box = _box_round(corners, margin, member.shape)
            x0, y0, x1, y1 = box
            rect = np.zeros((max(0, y1 - y0), max(0, x1 - x0)), np.uint8)
            cv2.fillPoly(rect, [corners - np.int32([x0, y0])], 1)
            score = int((rect & member[y0:y1, x0:x1]).sum())
            if score > best_score:
                best, best_score, best_rect, best_box, best_corners = option, score, rect, box, corners
    x0, y0, x1, y1 = best_box
    # (its edges, blurred, may read as anything: only inside them it must show its colour or be hidden)
    inner = cv2.erode(best_rect, edge)
    area, inner_area = int(best_rect.sum()), int(inner.sum())
    if inner_area == 0 or int((inner & member[y0:y1, x0:x1]).sum()) < UNDER_GLARE_HIDDEN * inner_area:
        return None
    if int((best_rect & taken[y0:y1, x0:x1]).sum()) > UNDER_GLARE_OTHERS * area:
        return None
    sides = np.zeros(best_rect.shape, np.uint8)
    cv2.polylines(sides, [best_corners - np.int32([x0, y0])], True, 1, thickness)
    if int((outline[y0:y1, x0:x1] & (sides > 0)).sum()) < UNDER_GLARE_STRAIGHT * int(outline.sum()):
        return None
    return (float(best[0]), float(best[1])), (float(size[0]), float(size[1])), angle


def _box_round(corners: np.ndarray, margin: int, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1): the box round ``corners`` (px) ``margin`` wider on every side, within ``shape``."""
    (left, top), (right, bottom) = corners.min(axis=0), corners.max(axis=0)
    return (
        max(0, int(left) - margin),
        max(0, int(top) - margin),
        max(0, min(shape[1], int(right) + margin + 1)),
        max(0, min(shape[0], int(bottom) + margin + 1)),
    )


EDGE_STEP = 9.0  # (Lab a*, b* units per mm) a note's edge steps in colour this steeply or more; a fade slopes gently
EDGE_BLUR_MM = 0.7  # the colours are smoothed this much (a Gaussian's sigma) before their slope is taken
EDGE_REACH_MM = 1.0  # the outline of a note's part in colour lies this near the step at its edge
FADED_APART_MM = 2.0  # ... and, to count as its edge under a fade, this far from writing and from notes found


def _faded_edges(
    visibles: list[np.ndarray],
    image: np.ndarray,
    labels: np.ndarray,
    taken: np.ndarray,
    origin: tuple[int, int],
    px_per_mm: float,
    marks: tuple[int, ...],
) -> np.ndarray:
    """Where (bool, in the window of ``visibles`` at ``origin`` on the board) the outline of a note's part in colour
    under a fade is its own edge: a step in colour (``_steps_in_colour``) FADED_APART_MM or more from writing and dots
    on it (the classes ``marks``) and from the notes found (``taken``). Worked out in a box round the parts in colour
    (``visibles``), wide enough that what lies beyond it changes nothing there; elsewhere none (only their outlines and
    pixels are asked)."""
    apart = disk(FADED_APART_MM * px_per_mm)
    margin = 2 * apart.shape[0] + int(math.ceil(8 * EDGE_BLUR_MM * px_per_mm)) + 4
    boxes = np.array([cv2.boundingRect(visible) for visible in visibles])
    shape = visibles[0].shape
    x0, y0 = max(0, int(boxes[:, 0].min()) - margin), max(0, int(boxes[:, 1].min()) - margin)
    x1 = min(shape[1], int((boxes[:, 0] + boxes[:, 2]).max()) + margin)
    y1 = min(shape[0], int((boxes[:, 1] + boxes[:, 3]).max()) + margin)
    on_board = (slice(origin[1] + y0, origin[1] + y1), slice(origin[0] + x0, origin[0] + x1))
    edges = _steps_in_colour(image[on_board], px_per_mm)
    edges &= cv2.dilate(_of_classes(labels[on_board], marks), apart) == 0
    edges &= cv2.dilate(taken[on_board], apart) == 0
    away = np.zeros(shape, bool)
    away[y0:y1, x0:x1] = edges
    return away


def _steps_in_colour(image: np.ndarray, px_per_mm: float) -> np.ndarray:
    """Where (bool, within EDGE_REACH_MM) ``image`` (BGR) steps in colour (Lab a*, b*) by EDGE_STEP per mm or more:
    a note's edge against the paper or another colour, sharp however pale the haze makes both; not the slow fade
    of its colour into a highlight."""
    lab = cv2.GaussianBlur(cv2.cvtColor(image, cv2.COLOR_BGR2Lab).astype(np.float32), (0, 0), EDGE_BLUR_MM * px_per_mm)
    slope = np.zeros(image.shape[:2], np.float32)
    for channel in (1, 2):
        slope += cv2.Sobel(lab[..., channel], cv2.CV_32F, 1, 0, ksize=3) ** 2
        slope += cv2.Sobel(lab[..., channel], cv2.CV_32F, 0, 1, ksize=3) ** 2
    # (a 3 × 3 Sobel is 8 times the slope per px)
    steep = np.sqrt(slope) / 8.0 * px_per_mm >= EDGE_STEP
    return cv2.dilate(steep.view(np.uint8), disk(EDGE_REACH_MM * px_per_mm)) > 0
