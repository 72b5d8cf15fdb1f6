"""What every step of the notes search shares: the note found (``NoteBlob``), a rectangle's corners, and
small helpers on the board image's pixels (dark lines, colour steps, bare board, masks, components).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from boards.capture.segment import PAPER, WHITE, Palette


@dataclass
class NoteBlob:
    color: str
    center: tuple[float, float]  # mm
    size: tuple[float, float]  # (width along the rotated x axis, height), mm
    angle_deg: float  # -45..45
    confidence: float
    doubtful: bool = False
    reason: str = ""
    #: a "covered" note's sides that could still fix it, per axis it is not fixed across: (start, end) mm
    #: relative to its centre, each an edge against a note of another colour (see _lying_on_top)
    open_sides: tuple[tuple[tuple[np.ndarray, np.ndarray], ...], ...] = ()
    open_shaded: tuple[tuple[float, ...], ...] = ()  # of each of those sides, the share with a shadow inside it
    #: of a "covered" note, per axis it is not fixed across, the unit vector (mm) it could slide along (see
    #: _centred_on_shown)
    slides: tuple[np.ndarray, ...] = ()
    #: (outward normal, share with the note's shadow outside) of its sides against open board: where shadows
    #: fall on this photo
    free_shadows: tuple[tuple[np.ndarray, float], ...] = ()
    sure_confidence: float = 0.0  # its confidence if it turns out sure
    #: a note doubtful for its size alone: why it would be doubtful (or "") if another note showed that size
    if_size_seen: str | None = None
    proves_size: bool = False  # sure of a size no note standing alone has: shown whole (see _whole_of_sold_size)
    shows_size: bool = False  # both its lengths measured between edges, a size sold (see _shows_size)
    region: int = 0  # the index of the region of its colour it was read from (in its cluster)
    whole: bool = False  # its rectangle in its own colour, each side seen as an edge (see _whole)
    #: where its own colour ends straight short of a side not seen, at another size's length (see _ends_short)
    ends_short: tuple[tuple[np.ndarray, np.ndarray, float], ...] = ()
    guessable: bool = False  # its region shows a whole edge a size sold not seen has (see _sold_from_edge)
    #: of a note laid at a size sold no note had shown (see _sold_from_edge) whose every side is its own edge (see
    #: _own_edges_round): the outward normals (mm) of the sides that show only as a line on a note of its colour
    lined_sides: tuple[np.ndarray, ...] | None = None
    #: chosen beneath notes of its colour, sides hidden under them (see choosing._beneath): its size not shown
    beneath: bool = False
    #: read from a region no rectangle explained, too little of it for the rest of a usual note (see _regions): kept
    #: only where a note may lie under what hides the rest of it (see under_dots._may_lie_under_dots)
    smothered: bool = False

    def corners(self) -> np.ndarray:
        """TL, TR, BR, BL in mm."""
        return rect_corners(self.center, self.size, self.angle_deg)


def note_axes(angle_deg: float) -> np.ndarray:
    """The unit vectors along a note turned ``angle_deg`` (rows: along its width, along its height), so that
    ``points @ note_axes(a).T`` gives points in the note's own axes and ``@ note_axes(a)`` turns them back."""
    angle = math.radians(angle_deg)
    return np.array([[math.cos(angle), math.sin(angle)], [-math.sin(angle), math.cos(angle)]])


def rect_corners(center, size, angle_deg: float) -> np.ndarray:
    cx, cy = float(center[0]), float(center[1])
    w, h = size
    angle = math.radians(angle_deg)
    ux, uy = math.cos(angle), math.sin(angle)
    vx, vy = -uy, ux
    ax, ay, bx, by = w / 2 * ux, w / 2 * uy, h / 2 * vx, h / 2 * vy  # half a side along u and along v
    return np.array(
        [
            [cx - ax - bx, cy - ay - by],
            [cx + ax - bx, cy + ay - by],
            [cx + ax + bx, cy + ay + by],
            [cx - ax + bx, cy - ay + by],
        ],
        np.float64,
    )


def thin_dark_lines(gray: np.ndarray, px_per_mm: float) -> np.ndarray:
    """Pixels on thin dark lines: the edges and shadows between notes, writing."""
    size = max(3, int(round(2.5 * px_per_mm)) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (size, size))
    blackhat = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, kernel)
    return blackhat > 14


COLOUR_STEP = 22  # levels across 3 px in one channel: the edge between two pads of different shade


def colour_steps(image: np.ndarray, labels: np.ndarray, palette: Palette) -> np.ndarray:
    """Sharp colour steps inside note colours: where a note lies on another of a slightly different shade
    (two pads of pink) without a shadow line between them. Steps next to writing or dots are left out."""
    is_note = np.zeros(256, np.uint8)
    is_note[sorted(palette.note_colors)] = 1
    among_notes = cv2.erode(cv2.LUT(labels, is_note), np.ones((5, 5), np.uint8)) > 0
    # (all three channels in one call, the same per channel; then the largest step of the three)
    blue, green, red = cv2.split(cv2.morphologyEx(image, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8)))
    step = cv2.max(cv2.max(blue, green), red)
    return (step > COLOUR_STEP) & among_notes


def class_boundaries(labels: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Where two of ``classes`` meet: keeps touching blobs of different colours apart.

    A pixel of one of ``classes`` with a neighbour of another of ``classes``;
    a blob's edge against paper, ink or anything else is left alone.
    """
    kernel = np.ones((3, 3), np.uint8)
    member = np.isin(labels, classes)
    high = cv2.dilate(np.where(member, labels, 0).astype(np.uint8), kernel)
    low = cv2.erode(np.where(member, labels, 255).astype(np.uint8), kernel)
    return member & ((high != labels) | (low != labels))


def _normalise_angle(size: tuple[float, float], angle: float) -> tuple[tuple[float, float], float]:
    w, h = size
    while angle > 45:
        angle -= 90
        w, h = h, w
    while angle <= -45:
        angle += 90
        w, h = h, w
    return (w, h), angle


def _rolled(values: np.ndarray, shift: int) -> np.ndarray:
    """``np.roll(values, shift, axis=0)`` for a shift of ±1, several times faster on the short arrays here."""
    return np.concatenate((values[-1:], values[:-1])) if shift == 1 else np.concatenate((values[1:], values[:1]))


def _outward_normals(starts: np.ndarray, ends: np.ndarray, centre: np.ndarray) -> np.ndarray:
    """Unit normals of the sides starts → ends (n×2 each), pointing away from ``centre``."""
    directions = ends - starts
    normals = np.column_stack([-directions[:, 1], directions[:, 0]])
    normals /= np.maximum(1e-6, np.hypot(directions[:, 0], directions[:, 1]))[:, None]
    inward = (normals * ((starts + ends) / 2 - centre)).sum(axis=1) < 0
    normals[inward] = -normals[inward]
    return normals


Components = tuple[int, np.ndarray, np.ndarray]  # count, labels, stats (cv2.connectedComponentsWithStats)


def components_of(mask: np.ndarray) -> Components:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
    return count, labels, stats


def _others(masks: dict[int, np.ndarray]) -> dict[int, np.ndarray]:
    """Per note class of a cluster, where the other classes' masks lie (uint8, 0 or 1)."""
    any_note = np.zeros(next(iter(masks.values())).shape, np.uint8) if masks else None
    for mask in masks.values():
        any_note |= mask
    return {klass: any_note & ~mask for klass, mask in masks.items()}


def smoothed_gray(gray: np.ndarray) -> np.ndarray:
    """The light-evened board image in gray (float32), a little smoothed: where seams between notes are
    measured (``seam_across``, ``_seams``)."""
    return cv2.GaussianBlur(gray.astype(np.float32), (0, 0), 0.7)


def bare_board(labels: np.ndarray) -> np.ndarray:
    """Where the board shows bare: paper, and white (white paper in full light, white print); no note lies
    there (a note's washed-out part under a highlight is left to the caller)."""
    return (labels == PAPER) | (labels == WHITE)


def _angle_apart(a, b):
    """How far apart two turns of a square are (degrees, 0-45); of numbers or, element by element, arrays."""
    difference = np.abs(np.subtract(a, b)) % 90.0
    return np.minimum(difference, 90.0 - difference)


def pixels_on(mask: np.ndarray, polygon: np.ndarray, value: int | None = None) -> tuple[int, int]:
    """Of a convex polygon's pixels (corners in px of ``mask``, rounded to whole pixels), how many lie on
    ``mask`` (bool; or, given ``value``, are ``value`` in it), and how many there are (clipped to the image)."""
    pixels = np.round(polygon).astype(np.int32)
    height, width = mask.shape
    x0, y0 = np.maximum(pixels.min(axis=0), 0)
    x1, y1 = np.minimum(pixels.max(axis=0) + 1, (width, height))
    if x1 <= x0 or y1 <= y0:
        return 0, 0
    inside = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.fillConvexPoly(inside, pixels - (x0, y0), 1)
    inside = inside.view(bool)
    window = mask[y0:y1, x0:x1]
    hits = window if value is None else window == value
    return int(np.count_nonzero(inside & hits)), int(np.count_nonzero(inside))


def _share_of(mask: np.ndarray, polygon: np.ndarray) -> float:
    """The share of a convex polygon's pixels (corners in px of ``mask``) on ``mask``, of those inside it."""
    on, total = pixels_on(mask, polygon)
    return on / total if total else 0.0
