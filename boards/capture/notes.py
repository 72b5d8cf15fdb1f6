"""Sticky notes in a labelled, rectified board image.

Notes are found colour by colour, so touching notes of different colours
never merge. Per colour the pixels form regions; writing and dots on a note
(dark or dot-coloured pixels enclosed by the note's colour) are filled in, so
a marker stroke across a note does not cut it. A region may hold several
notes of that colour (touching, overlapping, partly under notes of other
colours). Its outline is simplified to straight edges; every convex right
angle between two edges is the corner of a note, and together with the
note sizes seen on this photo (notes standing alone) it proposes a rectangle.
Rectangles are then chosen greedily: the one that explains most of the
region's still unexplained pixels, whose outline runs along edges (the
region's border, dark lines between overlapping notes) and not across open
paper or the inside of a note. What a region keeps unexplained becomes a
doubtful note.
"""

from __future__ import annotations

import colorsys
import heapq
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

from boards.capture.segment import (
    INK,
    NONE,
    PAPER,
    WHITE,
    Palette,
    channel_norm,
    components8,
    dot_note_pairs,
    opened_by_disc,
)
from boards.colors import hex_to_rgb, note_color

TYPICAL_NOTE_MM = 76.0
MIN_NOTE_SIDE_MM = 25.0
MAX_NOTE_SIDE_MM = 160.0
MIN_NOTE_AREA_MM2 = 600.0
SIZE_TOLERANCE_MM = 6.0
CORNER_TOLERANCE_DEG = 16.0
MIN_EDGE_MM = 9.0
STROKE_CLOSE_MM = 10.0  # writing this wide is bridged (only through dark or unclassified pixels): a line of
# marker letters fills a band about 5 mm high plus the stroke and its blur
WRITING_RIM_MM = 1.5  # how far the blur mixes coloured writing into a note's colour
OUTLINE_TOLERANCE_MM = 1.8  # an outline's straight edges may wobble this much (blur, JPEG, writing at the edge)
HOLE_FILL_MM2 = 1500.0  # holes in a note region smaller than this are writing or dots
#: (long, short) mm of the sticky notes sold: a clean rectangle of one of these sizes is one note
COMMON_SIZES_MM = (
    (51.0, 38.0),
    (51.0, 51.0),
    (63.0, 63.0),
    (76.0, 51.0),
    (76.0, 76.0),
    (102.0, 76.0),
    (127.0, 76.0),
    (102.0, 102.0),
    (152.0, 102.0),
)


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

    def corners(self) -> np.ndarray:
        """TL, TR, BR, BL in mm."""
        return rect_corners(self.center, self.size, self.angle_deg)


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


def _disk(radius_px: float) -> np.ndarray:
    size = max(3, int(round(2 * radius_px)) | 1)
    return cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))


def _normalise_angle(size: tuple[float, float], angle: float) -> tuple[tuple[float, float], float]:
    w, h = size
    while angle > 45:
        angle -= 90
        w, h = h, w
    while angle <= -45:
        angle += 90
        w, h = h, w
    return (w, h), angle


# --- note sizes -------------------------------------------------------------------------


@dataclass
class SizeBook:
    """The note sizes (long, short) mm seen on this photo, with how often; the usual 76 × 76 always in."""

    sizes: list[list[float]] = field(default_factory=lambda: [[TYPICAL_NOTE_MM, TYPICAL_NOTE_MM, 0.5]])
    pending: list[tuple[float, float]] = field(default_factory=list)
    usual: tuple[float, float] = (TYPICAL_NOTE_MM, TYPICAL_NOTE_MM)  # (long, short): the size assumed unseen

    def propose(self, long: float, short: float, exact: bool = True) -> None:
        """A size that could also be two usual notes in line: believed once seen twice."""
        twin = [
            (a, b) for a, b in self.pending if abs(a - long) < SIZE_TOLERANCE_MM and abs(b - short) < SIZE_TOLERANCE_MM
        ]
        if twin or self.known(long, short):
            self.add(long, short, exact=exact)
            if twin:
                self.pending.remove(twin[0])
                self.add(*twin[0])
        else:
            self.pending.append((long, short))

    def add(self, long: float, short: float, weight: float = 1.0, exact: bool = True) -> None:
        """Count a note of this size; one measured less exactly (``exact`` False) adds to a known size's
        count without moving its measure."""
        for entry in self.sizes:
            if abs(entry[0] - long) < SIZE_TOLERANCE_MM and abs(entry[1] - short) < SIZE_TOLERANCE_MM:
                if not exact:
                    entry[2] += weight
                    return
                total = entry[2] + weight
                entry[0] = (entry[0] * entry[2] + long * weight) / total
                entry[1] = (entry[1] * entry[2] + short * weight) / total
                entry[2] = total
                return
        self.sizes.append([long, short, weight])

    def ordered(self) -> list[tuple[float, float]]:
        return [(long, short) for long, short, _ in sorted(self.sizes, key=lambda entry: -entry[2])]

    def common(self) -> tuple[float, float]:
        return self.ordered()[0]

    def tiles(self, long: float, short: float) -> bool:
        """Whether a rectangle this size can be notes of a known size side by side or overlapping
        (one side as long as a known note's, the other longer)."""
        for a, b, _ in self.sizes:
            for x, y in ((a, b), (b, a)):
                # (a short side a little off too: a note's edge lifted or cut by writing measures shorter)
                if (
                    abs(short - y) < 1.5 * SIZE_TOLERANCE_MM
                    and x + SIZE_TOLERANCE_MM < long <= 4 * x + SIZE_TOLERANCE_MM
                ):
                    return True
        return False

    def known(self, long: float, short: float) -> bool:
        return any(
            abs(entry[0] - long) < SIZE_TOLERANCE_MM and abs(entry[1] - short) < SIZE_TOLERANCE_MM
            for entry in self.sizes
        )

    def share(self, long: float, short: float) -> float:
        """How common this size is on the photo (0..1)."""
        total = sum(entry[2] for entry in self.sizes)
        weight = sum(
            entry[2]
            for entry in self.sizes
            if abs(entry[0] - long) < SIZE_TOLERANCE_MM and abs(entry[1] - short) < SIZE_TOLERANCE_MM
        )
        return weight / total if total else 0.0


# --- outline geometry -------------------------------------------------------------------


@dataclass
class Corner:
    point: np.ndarray  # mm
    a: np.ndarray  # unit vector along one edge, into the note
    b: np.ndarray  # unit vector along the other edge, into the note
    length_a: float  # mm of straight edge seen along a
    length_b: float
    complete_a: bool  # the edge along a ends in the next corner of the same note
    complete_b: bool


def _rolled(values: np.ndarray, shift: int) -> np.ndarray:
    """``np.roll(values, shift, axis=0)`` for a shift of ±1, several times faster on the short arrays here."""
    return np.concatenate((values[-1:], values[:-1])) if shift == 1 else np.concatenate((values[1:], values[:1]))


def _simplify(contour: np.ndarray, px_per_mm: float) -> np.ndarray:
    """The outline as a polygon (mm); nearly collinear edges merged, tiny edges dropped."""
    points = (
        cv2.approxPolyDP(contour, OUTLINE_TOLERANCE_MM * px_per_mm, True).reshape(-1, 2).astype(np.float64) / px_per_mm
    )
    while len(points) > 3:
        incoming = points - _rolled(points, 1)
        outgoing = _rolled(points, -1) - points
        shortest = np.minimum(np.hypot(*incoming.T), np.hypot(*outgoing.T))
        cross = incoming[:, 0] * outgoing[:, 1] - incoming[:, 1] * outgoing[:, 0]
        turn = np.abs(np.degrees(np.arctan2(cross, (incoming * outgoing).sum(axis=1))))
        # below 1: a vertex on a nearly straight run, or at a tiny edge
        score = np.minimum(turn / 9.0, shortest / 1.2)
        removable = score < 1.0
        if not removable.any():
            break
        # never two neighbours at once: the lower score of a pair goes first
        lowest = (score <= _rolled(score, 1)) & (score < _rolled(score, -1))
        drop = removable & lowest
        if not drop.any():
            drop = np.zeros(len(points), bool)
            drop[int(np.argmin(score))] = True
        points = points[~drop]
    return points


MAX_CORNER_GAP_MM = 8.0  # a blurred, cut or curled corner: short edges between two long ones


def _corners(polygon: np.ndarray) -> list[Corner]:
    """Convex right angles between two long edges (short edges between them skipped: a rounded corner)."""
    count = len(polygon)
    if count < 3:
        return []
    x, y = polygon[:, 0], polygon[:, 1]
    signed_area = 0.5 * float(np.sum(x * _rolled(y, -1) - _rolled(x, -1) * y))
    starts, ends = polygon, _rolled(polygon, -1)
    vectors = ends - starts
    lengths = np.hypot(vectors[:, 0], vectors[:, 1])
    long_edges = np.flatnonzero(lengths >= MIN_EDGE_MM).tolist()
    if len(long_edges) < 2:
        return []
    # (the few numbers per edge as Python floats: numpy's overhead on single numbers dominated here)
    length = lengths.tolist()
    (start_x, start_y), (end_x, end_y) = starts.T.tolist(), ends.T.tolist()
    found: list[tuple[int, int, float, float, tuple[float, float], tuple[float, float]]] = []
    for position, j in enumerate(long_edges):
        k = long_edges[(position + 1) % len(long_edges)]
        gap = 0.0
        i = (j + 1) % count
        while i != k:
            gap += length[i]
            i = (i + 1) % count
        if gap > MAX_CORNER_GAP_MM:
            continue
        d1 = ((end_x[j] - start_x[j]) / length[j], (end_y[j] - start_y[j]) / length[j])
        d2 = ((end_x[k] - start_x[k]) / length[k], (end_y[k] - start_y[k]) / length[k])
        cross = d1[0] * d2[1] - d1[1] * d2[0]
        angle = math.degrees(math.acos(min(1.0, max(-1.0, -d1[0] * d2[0] - d1[1] * d2[1]))))
        if cross * signed_area <= 0 or abs(angle - 90) >= CORNER_TOLERANCE_DEG:
            continue
        # where the two edges' lines meet: start_j + t d1 = start_k + s d2 (Cramer's rule; cross is not 0)
        t = ((start_x[k] - start_x[j]) * d2[1] - (start_y[k] - start_y[j]) * d2[0]) / cross
        found.append((j, k, start_x[j] + t * d1[0], start_y[j] + t * d1[1], d2, (-d1[0], -d1[1])))
    incoming = {j for j, *_ in found}
    outgoing = {k for _, k, *_ in found}
    corners = []
    for j, k, px, py, a, b in found:
        theta_a, theta_b = math.atan2(a[1], a[0]), math.atan2(b[1], b[0])
        turn = math.copysign(math.pi / 2, a[0] * b[1] - a[1] * b[0])
        mean = math.atan2(math.sin(theta_a) + math.sin(theta_b - turn), math.cos(theta_a) + math.cos(theta_b - turn))
        a2 = np.array([math.cos(mean), math.sin(mean)])
        b2 = np.array([math.cos(mean + turn), math.sin(mean + turn)])
        corners.append(
            Corner(
                np.array([px, py]),
                a2,
                b2,
                math.hypot(end_x[k] - px, end_y[k] - py),
                math.hypot(start_x[j] - px, start_y[j] - py),
                complete_a=k in incoming,
                complete_b=j in outgoing,
            )
        )
    return corners


# --- candidates -------------------------------------------------------------------------


@dataclass
class Candidate:
    center: np.ndarray  # mm
    size: tuple[float, float]  # along (a, b)
    angle_deg: float  # of the a axis
    measured: int  # sides whose length was seen whole (0..2)
    box: bool = False  # the region's bounding box, not a corner's proposal
    known: bool = True  # of a size seen on the photo
    votes: int = 1
    polygon: np.ndarray | None = None  # px, ROI coordinates
    area: int = 0
    own: np.ndarray | None = None  # bool, ROI: the region's pixels inside
    paper: float = 0.0
    support: float = 0.0
    contradiction: float = 0.0
    seen: float = 0.0
    free: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)  # per side: share with the note inside and open board outside
    alike: tuple[float, ...] = (1.0, 1.0, 1.0, 1.0)  # per side: share with the note's own colour just outside
    edged: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)  # per side: share along an edge (border or dark line)
    window: tuple[slice, slice] | None = None  # the ROI part ``own`` covers
    common: float = 0.0  # share of the notes on the photo that have this size
    seam: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)  # per side: share along a seam in the image (see _seams)
    casts: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)  # per side: share with the note's shadow just outside it
    receives: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)  # per side: share with a shadow just inside it
    in_line: bool = False  # overlapping another chosen note exactly in line, the two a size sold together
    outlined: bool = False  # its outline measured (``_measure_outline``), not only its inside
    own_count: int = 0  # the pixels of ``own``
    sold_guess: bool = False  # of a size sold no note had shown, laid along one whole edge (see _sold_from_edge)

    def corners_mm(self) -> np.ndarray:
        return rect_corners(self.center, self.size, self.angle_deg)


def _corner_candidates(corner: Corner, sizes: SizeBook, known_only: bool = False) -> list[Candidate]:
    """Rectangles with this corner: of a size seen on the photo that fits the edges, or of the edges' own
    lengths where both ends of both edges are corners (an edge can also end where another note covers it,
    so the measured length is one option among the sizes seen, not the only one)."""
    tolerance = SIZE_TOLERANCE_MM
    book = sizes.ordered()
    sides: list[float] = []
    for side in sorted(side for size in book for side in size):
        if not sides or side - sides[-1] > 3.0:
            sides.append(side)

    def options(length: float, complete: bool) -> list[tuple[float, bool]]:
        found = [(length, True)] if complete else []
        for side in sides:
            if abs(side - length) <= 1.0:
                continue
            # a note covers the edge seen, or notes of one size side by side or overlapping make it up
            if side >= length - tolerance or length <= 4 * side + tolerance:
                found.append((side, False))
        return found

    pairs: list[tuple[int, float, float, float]] = []  # (-measured, rank, width, height)
    for width, measured_a in options(corner.length_a, corner.complete_a):
        for height, measured_b in options(corner.length_b, corner.complete_b):
            long, short = max(width, height), min(width, height)
            rank = next(
                (i for i, (a, b) in enumerate(book) if abs(a - long) < tolerance and abs(b - short) < tolerance),
                None,
            )
            if rank is None and not (measured_a and measured_b and not known_only):
                continue
            if rank is None and sizes.tiles(long, short):
                continue  # notes of a known size side by side, not one note of a new size
            if short < MIN_NOTE_SIDE_MM or long > MAX_NOTE_SIDE_MM:
                continue
            measured = int(measured_a) + int(measured_b)
            pairs.append((-measured, len(book) if rank is None else rank, width, height))
    if not pairs and not known_only:
        width = max(corner.length_a, sizes.common()[1])
        height = max(corner.length_b, sizes.common()[1])
        if max(width, height) <= MAX_NOTE_SIDE_MM:
            pairs.append((0, len(book), width, height))
    result = []
    angle = math.degrees(math.atan2(corner.a[1], corner.a[0]))
    # (on Python floats: numpy's arithmetic, element by element, without its overhead on two numbers)
    (px, py), (ax, ay), (bx, by) = corner.point.tolist(), corner.a.tolist(), corner.b.tolist()
    for negative_measured, _, width, height in sorted(pairs)[:5]:
        center = np.array([px + ax * width / 2 + bx * height / 2, py + ay * width / 2 + by * height / 2])
        result.append(Candidate(center, (width, height), angle, -negative_measured))
    return result


def _sold_from_edge(corner: Corner, sizes: SizeBook) -> list[Candidate]:
    """Rectangles of a size sold that no note has shown, laid at a corner along an edge of it seen whole (ending
    in the next corner) whose length no size seen has, the other length the one the size sold with that side has.
    Where every note of a size lies on or under another note of its colour, none stands alone to show its size,
    and where its other edge runs under a neighbour only a whole edge measures it. Such a rectangle is a guess
    (``sold_guess``): doubtful for its size unless each of its sides is its own edge (see _own_edges_round)."""
    known = [side for size in sizes.ordered() for side in size]
    proposed = []
    (px, py), (ax, ay), (bx, by) = corner.point.tolist(), corner.a.tolist(), corner.b.tolist()
    angle = math.degrees(math.atan2(ay, ax))
    for length, complete, along_a in (
        (corner.length_a, corner.complete_a, True),
        (corner.length_b, corner.complete_b, False),
    ):
        if not complete or any(abs(length - side) < SIZE_TOLERANCE_MM for side in known):
            continue
        others = {
            other
            for a, b in COMMON_SIZES_MM
            for side, other in ((a, b), (b, a))
            if abs(side - length) < SIZE_TOLERANCE_MM
        }
        for other in sorted(others):
            width, height = (length, other) if along_a else (other, length)
            center = np.array([px + ax * width / 2 + bx * height / 2, py + ay * width / 2 + by * height / 2])
            proposed.append(Candidate(center, (width, height), angle, measured=1, known=False, sold_guess=True))
    return proposed


def _sold_guesses(
    corners: list[Corner], sizes: SizeBook, segments: list[np.ndarray], before: list[Candidate]
) -> list[Candidate]:
    """The rectangles _sold_from_edge lays at ``corners``, fitted to the edges, less those ``before`` (the
    proposals of the sizes seen) already makes: they neither add to nor take from those."""
    fitted = _fitted([guess for corner in corners for guess in _sold_from_edge(corner, sizes)], segments, sizes)
    return [
        guess
        for guess in fitted
        if not any(
            float(np.hypot(*(guess.center - other.center))) < SAME_CENTRE_MM
            and abs(guess.size[0] - other.size[0]) < SAME_SIZE_MM
            and abs(guess.size[1] - other.size[1]) < SAME_SIZE_MM
            for other in before
        )
    ]


EDGE_PROPOSE_MM = 20.0  # a straight edge this long with no corner at either end still proposes the note it bounds
EDGE_SUPPORT = 0.5  # ... and is chosen only with this share of its outline along edges (one edge is little to go on)
PILE_DEG = 10.0  # long edges of a region this far apart in angle (mod 90°) belong to notes lying at different angles


def _edge_candidates(segments: list[np.ndarray], sizes: SizeBook) -> list[Candidate]:
    """Rectangles of the sizes seen laid along one straight edge of a region's outline, flush with either end
    of it (``segments``: per outline its edges in order, x1, y1, x2, y2 mm). Where notes of one colour pile up
    at different angles their corners lie under each other or are curled and shaded away, and the outline
    runs from one note's edge to another's without a right angle between them; each edge is still one note's
    side, the note lying on its inner side. Only where the outline's long edges lie at different angles:
    notes of one angle side by side or in line show their corners, and the pieces of one long note's edge
    (cut by dots or a highlight) would each propose a usual note. (Not the edges of the pieces cut along dark
    lines: writing cuts a note at any angle.)"""
    proposed: list[Candidate] = []
    book = sizes.ordered()[:2]
    if not segments:
        return proposed
    edges = np.vstack(segments)
    vectors = edges[:, 2:] - edges[:, :2]
    long_edges = np.hypot(vectors[:, 0], vectors[:, 1]) >= EDGE_PROPOSE_MM
    angles = np.degrees(np.arctan2(vectors[long_edges, 1], vectors[long_edges, 0])) % 90.0
    if not len(angles) or _angle_apart(angles[:, None], angles[None, :]).max() < PILE_DEG:
        return proposed
    for outline in segments:
        starts, ends = outline[:, :2], outline[:, 2:]
        x, y = starts[:, 0], starts[:, 1]
        signed_area = 0.5 * float(np.sum(x * ends[:, 1] - ends[:, 0] * y))
        vectors = ends - starts
        lengths = np.hypot(vectors[:, 0], vectors[:, 1])
        for start, vector, length in zip(starts, vectors, lengths):
            if length < EDGE_PROPOSE_MM:
                continue
            along = vector / length
            inward = np.array([-along[1], along[0]]) * math.copysign(1.0, signed_area)
            angle = math.degrees(math.atan2(along[1], along[0]))
            for long, short in book:
                for width, height in {(long, short), (short, long)}:
                    if width < length - SIZE_TOLERANCE_MM:
                        continue  # the edge is longer than this note's side: not its side alone
                    for anchor in (start, start + vector - along * width):
                        center = anchor + along * width / 2 + inward * height / 2
                        proposed.append(Candidate(center, (width, height), angle, measured=0))
    return proposed


def _new_only(proposed: list[Candidate], proposed_before: list[Candidate]) -> list[Candidate]:
    """Of ``proposed``, those no earlier proposal already makes (see _merge_duplicates), without a vote: an edge
    alone proposes a note less surely than a corner, and must not add to a corner's votes."""
    result = []
    for candidate in proposed:
        if not any(
            float(np.hypot(*(candidate.center - other.center))) < SAME_CENTRE_MM
            and abs(candidate.size[0] - other.size[0]) < SAME_SIZE_MM
            and abs(candidate.size[1] - other.size[1]) < SAME_SIZE_MM
            for other in proposed_before
        ):
            candidate.votes = 0
            result.append(candidate)
    return result


def _box_candidate(contour: np.ndarray, px_per_mm: float, longer: bool = False) -> Candidate | None:
    """The rectangle around a contour (board px), None where it is too narrow for a note or, unless ``longer`` (what
    notes of one colour leave unexplained: several notes piled, read as one doubtful group), too long for one."""
    (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
    w_mm, h_mm = (w + 1.0) / px_per_mm, (h + 1.0) / px_per_mm
    if min(w_mm, h_mm) < MIN_NOTE_SIDE_MM or (max(w_mm, h_mm) > MAX_NOTE_SIDE_MM and not longer):
        return None
    return Candidate(np.array([cx, cy]) / px_per_mm, (w_mm, h_mm), angle, measured=2, box=True)


DOT_DEPTH_MM = 25.0  # dots on a note's edge stick out of it, or bite into it, this far at most (one on a corner)
STRIP_FILL = 0.85  # a straight strip fills its rectangle more than this; a dot's part (round) less
DOT_ROW_MM = 45.0  # ... along a stretch of its edge this long at most (two or three dots side by side)
TRIM_MM = 22.0  # an opening this wide takes dots off a note's edge and leaves the note
EDGE_BLUR_MM = 2.0  # a rectangle's edge, blurred, wanders this far out of it
SLIVER_MM = 4.0  # narrower strips along a rectangle's side are its edge a little off, not a dot


def _trimmed_box(own8: np.ndarray, px_per_mm: float, others: np.ndarray | None = None) -> np.ndarray | None:
    """The corners of the rectangle a region is once dots on its edge are set aside: what sticks out of the
    rectangle and what is missing from it (dots stuck to the edge, joined by the bridging of writing, or
    lying over it in another colour) each no larger than a dot or two. None when the region is not such a
    rectangle: a strip of a second note sticking out from under the first, or a corner under another note,
    is longer than that."""
    size = int(round(TRIM_MM * px_per_mm)) | 1
    pad = size // 2 + 1
    padded = cv2.copyMakeBorder(own8, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=0)
    outer, _ = cv2.findContours(padded, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if len(outer) != 1:
        return None
    filled = cv2.drawContours(np.zeros_like(padded), outer, -1, 1, cv2.FILLED)
    # (opened within the outline's box and a border of a pixel: every distance there is the same as over the
    # whole, the nearest empty pixel never lying beyond that border, nor a pixel of the opening beyond the box)
    x, y, w, h = cv2.boundingRect(outer[0])
    opened = np.zeros_like(padded)
    box = (slice(y - 1, y + h + 1), slice(x - 1, x + w + 1))
    opened[box] = opened_by_disc(np.ascontiguousarray(filled[box]), size / 2)
    contours, _ = cv2.findContours(opened, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if len(contours) != 1:
        return None
    rect = cv2.minAreaRect(contours[0])
    (_, _), (w, h), _ = rect
    corners = cv2.boxPoints(rect)
    inside = np.zeros_like(padded)
    cv2.fillPoly(inside, [np.round(corners).astype(np.int32)], 1)
    if np.count_nonzero(filled & inside) < 0.8 * w * h:
        return None
    # (an opening drops the slivers along the rectangle's sides: its edges blurred, a pixel off, curled)
    if others is not None:
        # what sticks out towards a note of another colour is this note going on under it, however thin
        beside = cv2.dilate(
            cv2.copyMakeBorder(others.astype(np.uint8), pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=0),
            _disk(1.5 * px_per_mm),
        )
        if np.count_nonzero(filled & (1 - inside) & beside) > EDGE_BLUR_MM * px_per_mm * max(w, h) * 0.25:
            return None
    # what sticks out: dots, round; a strip of a note lying under this one, peeking out along its edge, is
    # straight and may be thin (only the edge's blur is let go). What is missing: dots over it; an opening
    # lets go of the slivers along its sides (edges blurred, a pixel off, a curled edge's shade)
    for part, sliver_mm in ((filled & (1 - inside), EDGE_BLUR_MM), (inside & (1 - filled), SLIVER_MM)):
        opened = cv2.morphologyEx(part, cv2.MORPH_OPEN, _disk(sliver_mm / 2 * px_per_mm))
        pieces, _ = cv2.findContours(opened, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for piece in pieces:
            (_, _), (pw, ph), _ = cv2.minAreaRect(piece)
            if min(pw, ph) > DOT_DEPTH_MM * px_per_mm or max(pw, ph) > DOT_ROW_MM * px_per_mm:
                return None
            if max(pw, ph) > 2.0 * min(pw, ph) and cv2.contourArea(piece) > STRIP_FILL * pw * ph:
                return None
    return corners - pad


def _grown(box: Candidate, sizes: SizeBook) -> list[Candidate]:
    """A region smaller than a known note (its edge hidden, cut off or curled away) as that note:
    centred on the region, and against each of its sides."""
    width, height = box.size
    angle = math.radians(box.angle_deg)
    u, v = np.array([math.cos(angle), math.sin(angle)]), np.array([-math.sin(angle), math.cos(angle)])
    grown = []
    for long, short in sizes.ordered()[:2]:
        for full_w, full_h in ((long, short), (short, long)):
            extra_w, extra_h = full_w - width, full_h - height
            if extra_w < -SIZE_TOLERANCE_MM or extra_h < -SIZE_TOLERANCE_MM or max(extra_w, extra_h) < 3:
                continue
            if max(extra_w, extra_h) > 0.5 * max(full_w, full_h):
                continue
            for du, dv in ((0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)):
                shift = u * du * max(0.0, extra_w) / 2 + v * dv * max(0.0, extra_h) / 2
                grown.append(Candidate(box.center + shift, (full_w, full_h), box.angle_deg, measured=0))
    return grown


# --- choosing ---------------------------------------------------------------------------


@dataclass
class Region:
    """One region of one note colour, with the maps the candidates are judged on (ROI coordinates)."""

    origin: np.ndarray  # px of the ROI's top left in the board image
    own: np.ndarray  # bool: the region (filled)
    paper: np.ndarray  # bool: bare paper far from any note
    near_edge: np.ndarray  # bool: close to the region's border or a dark line
    inside: np.ndarray  # bool: deep inside the region, away from dark lines
    others: np.ndarray  # bool: notes of other colours
    lines: np.ndarray | None = None  # bool: the dark lines within the region, a little widened
    #: whether a rectangle (ROI px corners) holds the edge of one note lying on another; None: not known
    seamed: Callable[..., bool] | None = None
    usual_mm: float = TYPICAL_NOTE_MM  # the long side beyond which a rectangle could be two notes in line
    gray: np.ndarray | None = None  # float32: the light-evened board image in gray, a little smoothed
    color: np.ndarray | None = None  # float32 BGR: the light-evened board image (the colour a shadow falls on)
    #: the bare board of the whole window (no note, no highlight; 2.4 mm off anything else), when first asked:
    #: what lies beyond the region's ROI too
    bare: Callable[[], np.ndarray] | None = None
    _bits: np.ndarray | None = field(default=None, repr=False)
    #: what rectangles measured on these maps gave (see ``_measured_before``), kept while the maps do not change
    #: (None: not kept); ``_regions`` keeps them for a second search of the region (see ``Kept``)
    measured: dict[tuple, tuple] | None = field(default=None, repr=False)

    def bits(self) -> np.ndarray:
        """All the maps in one (uint8, one bit each, ``SEEN`` inside the ROI) with a border of zeros one
        pixel wide: a point anywhere is looked up in all of them at once (``_probe``)."""
        if self._bits is None:
            height, width = self.own.shape
            bits = np.zeros((height + 2, width + 2), np.uint8)
            core = bits[1:-1, 1:-1]
            core[...] = SEEN
            for flag, values in ((OWN, self.own), (BARE, self.paper), (NEAR, self.near_edge), (DEEP, self.inside)):
                core |= values.view(np.uint8) * np.uint8(flag)
            core |= self.others.view(np.uint8) * np.uint8(OTHER)
            if self.lines is not None:
                core |= self.lines.view(np.uint8) * np.uint8(LINE)
            self._bits = bits
        return self._bits


OWN, BARE, NEAR, DEEP, OTHER, LINE, SEEN = 1, 2, 4, 8, 16, 32, 64  # the bits of ``Region.bits``


def _probe(bits: np.ndarray, points: np.ndarray) -> np.ndarray:
    """``Region.bits`` at integer ROI points (x, y); 0 (not ``SEEN``) outside the ROI."""
    height, width = bits.shape
    # (np.minimum of np.maximum: np.clip's own overhead is several times larger on these short arrays)
    xs = np.minimum(np.maximum(points[:, 0] + 1, 0), width - 1)
    ys = np.minimum(np.maximum(points[:, 1] + 1, 0), height - 1)
    return bits[ys, xs]


def _evaluate(candidate: Candidate, region: Region, px_per_mm: float, thorough: bool = True) -> None:
    """Measure the candidate against the region; not ``thorough``: only as far as needed to see it
    cannot be chosen (``_may_fit``)."""
    _measure_inside(candidate, region, px_per_mm)
    if candidate.area > 0 and (thorough or _may_fit(candidate)):
        _measure_outline(candidate, region, px_per_mm)


def _measure_inside(candidate: Candidate, region: Region, px_per_mm: float, choosing: bool = False) -> None:
    """The first part of ``_evaluate``: the rectangle's pixels, and how much of them is the region's and bare
    paper (``area``, ``own``, ``seen``, ``paper``; all ``_may_fit`` looks at). ``choosing`` (for ``_choose``): of a
    candidate with too much bare paper inside for ``_may_fit`` only that (``own`` left None: it is never chosen)."""
    corners_mm = candidate.corners_mm()
    key = (_INSIDE, corners_mm.tobytes())
    known = _measured_before(region, key)
    if known is not None:
        names, values = known
        if choosing and len(names) == len(_INSIDE_FIELDS) and values[3] > MAY_FIT_PAPER:
            names, values = names[:_INSIDE_PARTLY], values[:_INSIDE_PARTLY]  # (as far as choosing measures it)
        if choosing or len(names) != _INSIDE_PARTLY:
            _take_measured(candidate, names, values)
            return
    count = _inside_measured(candidate, corners_mm, region, px_per_mm, choosing)
    _keep_measured(candidate, region, key, _INSIDE_FIELDS[:count])


_INSIDE, _OUTLINE, _SEAMS = 0, 1, 2  # what a rectangle measured, in ``Region.measured``'s keys
#: what ``_inside_measured`` sets, in the order it sets them
_INSIDE_FIELDS = ("polygon", "area", "window", "paper", "own", "own_count", "seen")
_OUTLINE_FIELDS = ("outlined", "edged", "support", "free", "alike", "contradiction")  # (``_measure_outline``'s)
_SEAM_FIELDS = ("seam", "casts", "receives")  # (``_seams``')


def _measured_before(region: Region, key: tuple) -> tuple[tuple[str, ...], tuple] | None:
    """Where the region keeps what rectangles measured (``Region.measured``), the fields a rectangle measured as
    ``key`` (the rectangle, and what was measured) set and their values; None: not measured before (or not kept).

    A measurement depends on the rectangle and the region's maps alone (not on the candidate's other fields, nor
    on the sizes seen), so a candidate laid as one measured before measures the same: a second search of a
    region (see ``Kept``) meets most of its first search's candidates again."""
    return region.measured.get(key) if region.measured is not None else None


def _take_measured(candidate: Candidate, names: tuple[str, ...], values: tuple) -> None:
    """The fields ``names`` set to ``values`` (as measuring set them, see ``_measured_before``)."""
    for name, value in zip(names, values, strict=True):
        setattr(candidate, name, value)


def _keep_measured(candidate: Candidate, region: Region, key: tuple, names: tuple[str, ...]) -> None:
    """The fields ``names`` just measured on ``candidate``, kept by the region as ``key`` (see ``_measured_before``)."""
    if region.measured is not None:
        region.measured[key] = (names, tuple(getattr(candidate, name) for name in names))


_INSIDE_PARTLY = 4  # the fields ``_inside_measured`` sets of a candidate that choosing rules out by its bare paper


def _inside_measured(
    candidate: Candidate, corners_mm: np.ndarray, region: Region, px_per_mm: float, choosing: bool
) -> int:
    """``_measure_inside`` of the candidate's corners (mm): how many of ``_INSIDE_FIELDS`` it set."""
    # (the corners' eight numbers as Python floats: the same arithmetic as numpy's, element by element, without
    # its overhead on a few numbers; Python's round, as numpy's, rounds halves to even)
    left, top = region.origin.tolist()
    corners = [(x * px_per_mm - left, y * px_per_mm - top) for x, y in corners_mm.tolist()]
    shape = region.own.shape
    candidate.polygon = np.array(corners)
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    # the rectangle's pixels, within its bounding box only
    x0, y0 = max(math.floor(min(xs)), 0), max(math.floor(min(ys)), 0)
    x1, y1 = min(math.ceil(max(xs)) + 1, shape[1]), min(math.ceil(max(ys)) + 1, shape[0])
    if x1 <= x0 or y1 <= y0:
        return 1
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    points = np.array([(round((x - x0) * 4), round((y - y0) * 4)) for x, y in corners], np.int32)
    cv2.fillConvexPoly(mask, points, 1, lineType=cv2.LINE_8, shift=2)
    inside = mask.view(bool)
    candidate.area = int(np.count_nonzero(mask))
    if candidate.area == 0:
        return 2
    candidate.window = (slice(y0, y1), slice(x0, x1))
    candidate.paper = float(np.count_nonzero(inside & region.paper[candidate.window])) / candidate.area
    if choosing and candidate.paper > MAY_FIT_PAPER:
        return _INSIDE_PARTLY
    candidate.own = inside & region.own[candidate.window]
    candidate.own_count = int(np.count_nonzero(candidate.own))
    candidate.seen = float(candidate.own_count) / candidate.area
    return len(_INSIDE_FIELDS)


def _outline_steps(lengths: tuple[int, int, int, int]) -> tuple[np.ndarray, np.ndarray]:
    """For an outline sampled ``lengths`` times along its four sides: each sample's side, and how far along its
    side it lies (0..1, the middles of equal steps). Rectangles of one size share them: kept once worked out."""
    found = _OUTLINE_STEPS.get(lengths)
    if found is None:
        side = np.repeat(np.arange(4), lengths)
        first = np.repeat(np.cumsum([0, *lengths[:3]]), lengths)
        t = (np.arange(len(side)) - first + 0.5) / np.repeat(lengths, lengths)
        side.setflags(write=False)
        t.setflags(write=False)
        if len(_OUTLINE_STEPS) > 4096:
            _OUTLINE_STEPS.clear()
        found = _OUTLINE_STEPS[lengths] = (side, t)
    return found


_OUTLINE_STEPS: dict[tuple[int, int, int, int], tuple[np.ndarray, np.ndarray]] = {}


def _measure_outline(candidate: Candidate, region: Region, px_per_mm: float) -> None:
    """The second part of ``_evaluate`` (after ``_measure_inside``): the rectangle's outline against the region's
    edges (``support``, ``contradiction``, ``edged``, ``free``, ``alike``), by far the larger part of the work."""
    key = (_OUTLINE, candidate.polygon.tobytes())
    known = _measured_before(region, key)
    if known is not None:
        _take_measured(candidate, *known)
    else:
        _keep_measured(candidate, region, key, _OUTLINE_FIELDS[: _outline_measured(candidate, region, px_per_mm)])


def _outline_measured(candidate: Candidate, region: Region, px_per_mm: float) -> int:
    """``_measure_outline`` itself: how many of ``_OUTLINE_FIELDS`` it set."""
    candidate.outlined = True
    corners = candidate.polygon
    # the outline, every 1.5 mm (all four sides at once; ``side`` numbers each sample's side)
    ends = _rolled(corners, -1)
    deltas = ends - corners
    lengths = tuple(max(2, int(length / (1.5 * px_per_mm))) for length in np.hypot(deltas[:, 0], deltas[:, 1]).tolist())
    side, t = _outline_steps(lengths)
    exact = corners[side] + t[:, None] * deltas[side]
    total = max(1, sum(lengths))
    centre = corners.sum(axis=0) / len(corners)  # (corners.mean(axis=0), to the bit, without its overhead)
    middles = (corners + ends) / 2
    outward = middles - centre
    outward /= np.maximum(1e-6, np.hypot(outward[:, 0], outward[:, 1]))[:, None]
    # the points looked at, all at once: on the outline, 2 mm inside it, 3 mm outside it; and, where dark lines
    # are, to both sides of it along the sides' normals (see _crossed)
    probes = [exact, exact - (outward * 2.0 * px_per_mm)[side], exact + (outward * 3.0 * px_per_mm)[side]]
    if region.lines is not None:
        probes += _crossing_probes(exact, _outward_normals(corners, ends, centre)[side], px_per_mm)
    bits = region.bits()
    looked = _probe(bits, np.round(np.concatenate(probes)).astype(int)).reshape(len(probes), -1)
    on, inner, outer = looked[0], looked[1], looked[2]
    if not (on & SEEN).any():
        return 1
    near_edge = (on & NEAR) > 0
    hit = near_edge.copy()
    if region.lines is not None:
        # a stroke of writing that crosses the side is no edge of the note: it shows on both sides of it
        hit &= ~_crossing(looked[3], looked[4])
    edged = np.bincount(side, weights=hit, minlength=4).tolist()
    candidate.edged = tuple(edged[i] / lengths[i] for i in range(4))
    candidate.support = float(hit.sum()) / total
    ok = (inner & outer & SEEN) > 0
    inner, outer, at = inner[ok], outer[ok], side[ok]
    own_outside = (outer & OWN) > 0
    open_outside = ~own_outside & ((outer & OTHER) == 0)
    seen_ok = np.bincount(at, minlength=4).tolist()
    free_sums = np.bincount(at, weights=((inner & OWN) > 0) & open_outside, minlength=4).tolist()
    alike_sums = np.bincount(at, weights=own_outside, minlength=4).tolist()
    candidate.free = tuple(free_sums[i] / lengths[i] if seen_ok[i] else 0.0 for i in range(4))
    candidate.alike = tuple(alike_sums[i] / lengths[i] if seen_ok[i] == lengths[i] else 1.0 for i in range(4))
    contradiction = ((on & (DEEP | BARE)) > 0) & ~near_edge
    candidate.contradiction = float(contradiction.sum()) / total
    return len(_OUTLINE_FIELDS)


def _median(values: np.ndarray, axis: int) -> np.ndarray:
    """``np.median(values, axis=axis)`` of finite values, the same numbers and dtype (the middle one, or the
    mean of the middle two, in the dtype ``np.mean`` gives), without ``np.median``'s overhead: it is taken
    thousands of times per photo on a few samples."""
    count = values.shape[axis]
    half = count // 2
    whole = values.dtype.kind in "biu"  # (np.mean of integers is float64)
    if count % 2:
        middle = np.partition(values, half, axis=axis).take(half, axis=axis)
        return middle.astype(np.float64) if whole else middle
    ordered = np.partition(values, (half - 1, half), axis=axis)
    low, high = ordered.take(half - 1, axis=axis), ordered.take(half, axis=axis)
    return ((low.astype(np.float64) if whole else low) + high) / 2


SEAM_LEVELS = 4.0  # gray levels of the step or dark line a note's edge leaves on the note it lies on
SEAM_CHUNK_MM = 9.0  # a side is judged piece by piece, this long
SEAM_NEAR_MM = 2.5  # the seam lies within this of the side (blur, the rectangle a little off)
SEAM_CLEAR_MM = 3.75  # the brightness this far inside and outside the side is the note's own, for comparison
SHADOW_MM = 2.25  # a note's edge shades what lies under it this far out (paper a fraction of a mm thick)
SHADOW_LEVELS = 6.0  # gray levels that shadow is darker than both colours beside it


def _seam_offsets(px_per_mm: float) -> tuple[np.ndarray, slice, slice, slice, slice, slice]:
    """Where ``_seams`` samples across a side (px, outward positive), and the runs of those samples it looks at:
    near the side (of the steps, centred on ``offsets[1:-1]``), clear of it inside and outside, and the bands
    just outside and just inside it. Each is a run of neighbouring samples: slices pick the same samples, in
    the same order, as the boolean masks they stand for, without copying them."""
    found = _SEAM_OFFSETS.get(px_per_mm)
    if found is None:
        offsets = np.arange(-6.0, 6.01, 0.75) * px_per_mm
        offsets.setflags(write=False)
        near = np.abs(offsets) <= SEAM_NEAR_MM * px_per_mm + 1e-6
        below = offsets <= -SEAM_CLEAR_MM * px_per_mm + 1e-6
        beyond = offsets >= SEAM_CLEAR_MM * px_per_mm - 1e-6
        # just beside the side, not on it (where the two colours mix in the blur)
        band = (np.abs(offsets) >= 0.75 * px_per_mm - 1e-6) & (np.abs(offsets) <= SHADOW_MM * px_per_mm + 1e-6)
        found = (
            offsets,
            *(_run(mask) for mask in (near[1:-1], below, beyond, band & (offsets > 0), band & (offsets < 0))),
        )
        if len(_SEAM_OFFSETS) > 16:  # (one scale per photo: a few)
            _SEAM_OFFSETS.clear()
        _SEAM_OFFSETS[px_per_mm] = found
    return found


_SEAM_OFFSETS: dict[float, tuple[np.ndarray, slice, slice, slice, slice, slice]] = {}


def _run(mask: np.ndarray) -> slice:
    """The slice of a boolean mask's True values, which lie side by side."""
    where = np.flatnonzero(mask)
    if len(where) == 0 or where[-1] - where[0] + 1 != len(where):
        raise ValueError("not one run")
    return slice(int(where[0]), int(where[-1]) + 1)


def _seams(candidate: Candidate, region: Region, px_per_mm: float, sides=range(4)) -> None:
    """Per side, the share along which the image shows a seam: a note's edge on a note of its own colour
    leaves a thin line where the upper note's edge shades the lower one, or a step in brightness (the two
    pads lie at different angles to the light, the lower one darker under the upper one's edge). Measured on
    the brightness profile across the side, piece by piece (the median over a piece, so writing that crosses
    the side does not count): a step or dip right at the side, clearly above the variations a few mm
    inside and outside it (writing along the side, a neighbour's edge). Inside the uniform colour of a
    note, where a wrongly placed rectangle's side would run, there is no such line. Only ``sides`` are
    measured (the others count as showing nothing).

    All sides at once: their samples looked up in one ``cv2.remap`` (each sample's value is its own, whatever
    else is looked up with it), the pieces of sides of one length (the same number of samples) in one median,
    the colours only of the pieces with a dark band outside (see ``_shadow_on_itself``).
    ``tests/boards/capture/test_outline_batched.py`` compares it with measuring side by side."""
    if region.gray is None or candidate.polygon is None:
        return
    key = (_SEAMS, candidate.polygon.tobytes(), frozenset(sides))
    known = _measured_before(region, key)
    if known is not None:
        _take_measured(candidate, *known)
    else:
        _seams_measured(candidate, region, px_per_mm, sides)
        _keep_measured(candidate, region, key, _SEAM_FIELDS)


def _seams_measured(candidate: Candidate, region: Region, px_per_mm: float, sides) -> None:
    """``_seams`` itself (its region's ``gray`` and the candidate's ``polygon`` known)."""
    gray, corners = region.gray, candidate.polygon
    height, width = gray.shape
    offsets, near, below, beyond, out_band, in_band = _seam_offsets(px_per_mm)
    centre = corners.mean(axis=0)
    deltas = _rolled(corners, -1) - corners
    lengths = np.hypot(deltas[:, 0], deltas[:, 1])
    directions = deltas / np.maximum(1e-6, lengths)[:, None]
    normals = np.column_stack([-directions[:, 1], directions[:, 0]])
    middles = (corners + _rolled(corners, -1)) / 2 - centre
    normals[normals[:, 0] * middles[:, 0] + normals[:, 1] * middles[:, 1] < 0] *= -1
    margin = 6.0 * px_per_mm
    # per side measured: its samples every 1.5 mm away from the corners (where the other sides' seams cross),
    # the pieces of about SEAM_CHUNK_MM they make up (the few samples left over at the end are left out)
    plan = []  # (side, first sample row, pieces, samples per piece)
    alongs, rows = [], 0
    for i, length in enumerate(lengths.tolist()):
        steps = int((length - 2 * margin) / (1.5 * px_per_mm))
        if steps < 6 or i not in sides:
            continue
        alongs.append(margin + (np.arange(steps) + 0.5) * (length - 2 * margin) / steps)
        count = max(1, int(round(steps * 1.5 / SEAM_CHUNK_MM)))
        plan.append((i, rows, count, steps // count))
        rows += steps
    seams, casts, receives = [0.0] * 4, [0.0] * 4, [0.0] * 4
    if not plan:
        candidate.seam, candidate.casts, candidate.receives = tuple(seams), tuple(casts), tuple(receives)
        return
    at_side = np.repeat([i for i, *_ in plan], [len(along) for along in alongs])
    along = np.concatenate(alongs)[:, None] if len(alongs) > 1 else alongs[0][:, None]
    # (the same arithmetic, element by element, as the points of one side at a time)
    xs = corners[at_side, 0:1] + along * directions[at_side, 0:1] + offsets[None, :] * normals[at_side, 0:1]
    ys = corners[at_side, 1:2] + along * directions[at_side, 1:2] + offsets[None, :] * normals[at_side, 1:2]
    xs, ys = xs.astype(np.float32), ys.astype(np.float32)
    inside = (xs >= 0) & (ys >= 0) & (xs <= width - 1) & (ys <= height - 1)
    profiles = cv2.remap(gray, xs, ys, cv2.INTER_LINEAR)
    # the pieces of the sides, grouped by their number of samples: (side, its sample rows of the pieces kept)
    groups: dict[int, list[tuple[int, np.ndarray]]] = {}
    for i, first, count, size in plan:
        used = slice(first, first + count * size)
        whole = inside[used].reshape((count, size, len(offsets))).all(axis=(1, 2))
        if whole.any():
            starts = first + size * np.flatnonzero(whole)
            groups.setdefault(size, []).append((i, starts))
    if not groups:
        candidate.seam, candidate.casts, candidate.receives = tuple(seams), tuple(casts), tuple(receives)
        return
    profile_parts, piece_rows, piece_side, piece_size = [], [], [], []
    for size, members in groups.items():
        starts = np.concatenate([starts for _, starts in members]) if len(members) > 1 else members[0][1]
        taken = (starts[:, None] + np.arange(size)).ravel()
        profile_parts.append(_median(profiles[taken].reshape(len(starts), size, len(offsets)), 1))
        piece_rows.append(starts)
        piece_side += [i for i, starts in members for _ in range(len(starts))]
        piece_size += [size] * len(starts)
    profile = np.concatenate(profile_parts) if len(profile_parts) > 1 else profile_parts[0]  # pieces × offsets
    step = np.abs(profile[:, 2:] - profile[:, :-2])  # across 1.5 mm, centred on offsets[1:-1]
    dip = np.minimum(profile[:, :-2], profile[:, 2:]) - profile[:, 1:-1]
    at = np.maximum(step, dip)[:, near].max(axis=1)
    # (a shadow's soft tail lies closer than SEAM_CLEAR_MM)
    around = np.maximum(np.ptp(profile[:, below], axis=1), np.ptp(profile[:, beyond], axis=1))
    seamed = (at >= SEAM_LEVELS) & (at >= 2.0 * around)
    # the note's own shadow: a band darker than both notes' colours just outside the side, none just
    # inside (a note lying on this one would cast its shadow there)
    darkest = np.minimum(_median(profile[:, beyond], 1), _median(profile[:, below], 1))
    out_dark = profile[:, out_band].min(axis=1)
    in_dark = profile[:, in_band].min(axis=1)
    dark_outside = out_dark <= darkest - SHADOW_LEVELS
    cast = dark_outside & (in_dark > darkest - SHADOW_LEVELS / 2)
    received = in_dark <= darkest - SHADOW_LEVELS
    if region.color is not None and dark_outside.any():
        # (a dark line just outside the side in the note's own colour lies on the note: received; the colours
        # are looked at only where there is such a line)
        starts = np.concatenate(piece_rows) if len(piece_rows) > 1 else piece_rows[0]
        sizes_of = np.array(piece_size)
        on_itself = np.zeros(len(profile), bool)
        for size in set(sizes_of[dark_outside].tolist()):  # (each size once: numpy's unique is slower here)
            chosen = np.flatnonzero(dark_outside & (sizes_of == size))
            taken = (starts[chosen][:, None] + np.arange(size)).ravel()
            colours = cv2.remap(region.color, xs[taken], ys[taken], cv2.INTER_LINEAR)
            on_itself[chosen] = _shadow_on_itself(
                colours.reshape((len(chosen), size, len(offsets), 3)), profile[chosen], out_band, below, beyond
            )
        cast &= ~on_itself
        received |= on_itself
    sides_of = np.array(piece_side)
    for i in set(piece_side):
        these = sides_of == i
        pieces = int(np.count_nonzero(these))
        seams[i] = int(np.count_nonzero(seamed & these)) / pieces
        casts[i] = int(np.count_nonzero(cast & these)) / pieces
        receives[i] = int(np.count_nonzero(received & these)) / pieces
    candidate.seam = tuple(seams)
    candidate.casts = tuple(casts)
    candidate.receives = tuple(receives)


SHADOW_HUE_MARGIN = 0.5  # a shadow's colour this much nearer the note's own than what lies beside it is on the note


def _shadow_on_itself(
    colours: np.ndarray, profile: np.ndarray, out_band: slice, below: slice, beyond: slice
) -> np.ndarray:
    """Per piece of a side: whether the dark band just outside it has the note's own colour, darkened, rather
    than that of what lies beside it. A shadow takes the colour of what it falls on: a dark line of the
    note's colour is the shadow of a neighbour lying on it, its edge a mm or two beyond where the rectangle
    was laid (at the photo's scale the side is no more exact), not the note's own shadow on the neighbour.
    ``colours``: pieces × samples × offsets × BGR (the profile's samples); beside notes of one colour, or
    colours too alike to tell, never. ``out_band``, ``below``, ``beyond``: runs of offsets (see ``_seam_offsets``)."""
    median = _median(colours, 1)  # pieces × offsets × BGR
    chroma = median / np.maximum(median.sum(axis=2, keepdims=True), 1.0)
    darkest = out_band.start + np.argmin(profile[:, out_band], axis=1)
    dark = chroma[np.arange(len(chroma)), darkest]
    own = _median(chroma[:, below], 1)
    other = _median(chroma[:, beyond], 1)
    to_own = np.linalg.norm(dark - own, axis=1)
    to_other = np.linalg.norm(dark - other, axis=1)
    return to_own < SHADOW_HUE_MARGIN * to_other


CROSS_MM = 3.5  # a dark line this far inside and outside a side at once crosses it


def _outward_normals(starts: np.ndarray, ends: np.ndarray, centre: np.ndarray) -> np.ndarray:
    """Unit normals of the sides starts → ends (n×2 each), pointing away from ``centre``."""
    directions = ends - starts
    normals = np.column_stack([-directions[:, 1], directions[:, 0]])
    normals /= np.maximum(1e-6, np.hypot(directions[:, 0], directions[:, 1]))[:, None]
    inward = (normals * ((starts + ends) / 2 - centre)).sum(axis=1) < 0
    normals[inward] = -normals[inward]
    return normals


def _crossed(points: np.ndarray, normals: np.ndarray, bits: np.ndarray, px_per_mm: float) -> np.ndarray:
    """Points (px) of a side where a dark line (``LINE`` in ``Region.bits``) runs across it (writing), not
    along it (an edge): a line shows CROSS_MM to both sides of them along their ``normals`` (one per point)."""
    found = _probe(bits, np.round(np.concatenate(_crossing_probes(points, normals, px_per_mm))).astype(int))
    return _crossing(found[: len(points)], found[len(points) :])


def _crossing_probes(points: np.ndarray, normals: np.ndarray, px_per_mm: float) -> list[np.ndarray]:
    """Where ``_crossed`` looks for a dark line beside points of a side: CROSS_MM to either side along ``normals``."""
    shift = normals * CROSS_MM * px_per_mm
    return [points + shift, points - shift]


def _crossing(beyond: np.ndarray, before: np.ndarray) -> np.ndarray:
    """``_crossed`` from the ``Region.bits`` looked up at its probes (``_crossing_probes``)."""
    return ((beyond & LINE) > 0) & ((before & LINE) > 0)


SEAM_STEP = 6.0  # levels (median over the line) of a colour step between two pads lying one over the other
SEAM_OVER_GRAIN = 3.0  # ... and this many times the steps measured elsewhere across the same rectangle
SEAM_REACH_MM = 2.5  # the step is measured between points this far on either side of the line
SEAM_SHADOW_MAX = 60.0  # a line darker than this across a note is a marker stroke, not a pad's shadow
SEAM_STEADY = 0.7  # share of the line along which the step goes the same way
SEAM_SHOWS = 0.2  # share of the line in pieces (below) for a seam hidden under writing to be measured
SEAM_PIECE_MM = 5.0  # a piece of a seam shown between lines of writing: the note's colour on both sides
SEAM_PIECES_STEP = 2 * SEAM_STEP  # levels of the step or shadow measured on such pieces alone
SEAM_BAND_MM = 4  # lines (1 mm apart) hidden where they lie, this many side by side: writing along the line ...
SEAM_BAND_HIDES = 0.8  # ... hiding this share of each
STROKE_RIM_MM = 3.0  # a marker stroke's blurred rim reaches this far beside it
SEAM_CHANGE_OVER = 2.0  # a seam's colour change, either way, this many times the change elsewhere across the rectangle
SEAM_SLACK_MM = 8.0  # where a seam may lie: a note's length from either end, give or take this (sizes vary)


def seam_member(labels: np.ndarray, klass: int, px_per_mm: float) -> np.ndarray:
    """Pixels of a note colour where ``seam_across`` measures: away from the blurred rim of writing and dots
    (which has the note's colour, darker)."""
    return cv2.erode((labels == klass).view(np.uint8), _disk(1.0 * px_per_mm)).view(bool)


def seam_across(
    corners_px: np.ndarray,
    image: np.ndarray,
    member: np.ndarray,
    px_per_mm: float,
    sizes_mm: list[tuple[float, float]],
    distinct: bool = False,
) -> bool:
    """Whether a rectangle (corners in order, px of ``image``) holds the edge of one note lying on another
    of the same colour: a straight step in colour running across its long axis, a note's length from one of
    its ends (of a note of ``sizes_mm`` (long, short) as wide as the rectangle). The upper pad's edge shows
    as such a step (its shadow, a slightly other shade of pad) however faint, since it runs straight over
    the whole width; one larger note has none. Measured as the median over the line of the colour
    difference between its two sides, only where both sides show the note's colour (``member``, bool, see
    ``seam_member``), stepping the same way along most of the line (a stroke of writing beside it does
    not), against the same measure at other places across the rectangle (the pad's grain, light, curl).
    ``distinct``: against the strongest of those instead of their median, a seam that stands out from all
    else on the pads, not one that lines of writing parallel to it match."""
    p0, p1, p3 = corners_px[0], corners_px[1], corners_px[3]
    along, across = p1 - p0, p3 - p0
    if np.hypot(*across) > np.hypot(*along):
        along, across = across, along
    long_px, short_px = float(np.hypot(*along)), float(np.hypot(*across))
    if long_px < 1 or short_px < 1:
        return False
    unit = along / long_px
    long_mm, short_mm = long_px / px_per_mm, short_px / px_per_mm
    lengths = [x for a, b in sizes_mm for x, y in ((a, b), (b, a)) if abs(y - short_mm) < 1.5 * SIZE_TOLERANCE_MM]
    expected = [x for length in lengths for x in (length, long_mm - length) if 10.0 < x < long_mm - 10.0]
    if not expected:
        return False
    reach = SEAM_REACH_MM * px_per_mm
    s = np.linspace(0.1, 0.9, max(8, int(short_px * 0.8)))
    height, width = member.shape
    positions = np.arange(8.0, long_mm - 8.0, 1.0)
    near = np.abs(positions[:, None] - np.array(expected)[None, :]).min(axis=1)
    at_seam, elsewhere = near <= SEAM_SLACK_MM, near > 2 * SEAM_SLACK_MM
    if not at_seam.any():
        return False

    def measured(sets: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """Per set of positions (bool), at its positions: the step measured, the colour change either way (the
        median over the line), and where enough of the note shows for them to count. (The sets are measured all
        at once, each line on its own; only the lines of writing along them and the strokes' rims reach from
        line to line, and those are told within a set, as when each set is measured alone.)"""
        chosen = np.logical_or.reduce(sets)
        if not chosen.any():
            return [(np.zeros(0), np.zeros(0), np.zeros(0, bool)) for _ in sets]
        # all these positions at once: a line (samples across the rectangle) at each, and beside it at -reach and
        # +reach; (the factor in the dtype a single position's scalar would give it)
        along_px = (positions[chosen] * px_per_mm).astype(np.result_type(8.0 * px_per_mm, unit))
        base = (
            p0[None, None, :] + along_px[:, None, None] * unit[None, None, :] + s[None, :, None] * across[None, None, :]
        )
        points = [np.round(base + shift * unit).astype(int) for shift in (-reach, 0.0, reach)]
        inside = np.ones(base.shape[:2], bool)
        for point in points:
            inside &= (point[..., 0] >= 0) & (point[..., 1] >= 0) & (point[..., 0] < width) & (point[..., 1] < height)
        xs, ys = (np.stack([np.where(inside, point[..., k], 0) for point in points]) for k in (0, 1))
        # (looked up by flat index: several times faster than numpy's indexing by rows and columns)
        at = ys * width + xs
        flat_member = member.ravel()
        # (the line itself may be dark enough to be no longer the note's colour)
        both = inside & flat_member.take(at[0]) & flat_member.take(at[2])
        count = np.count_nonzero(both, axis=1)
        # measured where half the line shows the note's colour on both sides. Bold writing may hide more of a
        # seam; lines of writing cross it, and between them the seam shows in pieces of straight line several
        # mm long. Then only such pieces are measured (a line laid along a line of writing shows the pad only
        # in specks between its strokes)
        used, written = both, np.zeros(len(both), bool)
        hidden = np.flatnonzero((count < 0.5 * len(s)) & (count >= SEAM_SHOWS * len(s)))
        if len(hidden):
            spacing_mm = 0.8 * short_mm / max(1, len(s) - 1)
            pieces = _long_runs(both[hidden], max(2, int(round(SEAM_PIECE_MM / spacing_mm))))
            in_pieces = np.count_nonzero(pieces, axis=1)
            starts = np.count_nonzero(pieces[:, 1:] & ~pieces[:, :-1], axis=1) + pieces[:, 0]
            shown = (in_pieces >= SEAM_SHOWS * len(s)) & (starts >= 2)
            written[hidden[shown]] = True
            used = both.copy()
            used[hidden[shown]] = pieces[shown]
            count = count.copy()
            count[hidden[shown]] = in_pieces[shown]
        before, middle, after = _pixels(image, xs, ys).astype(np.int16)
        step, dip = after - before, ((before + after) >> 1) - middle  # (>> 1: // 2, faster)
        # the colour step across the line, or the shadow line along it (the upper pad's edge casts one on the
        # lower pad), whichever is stronger
        shadow = _steady_medians(dip, used, count)
        value = np.maximum(_steady_medians(step, used, count), np.where(shadow <= SEAM_SHADOW_MAX, shadow, 0.0))
        # (the median of a few pieces varies more: there only a clear edge or shadow counts)
        value = np.where(written & (value < SEAM_PIECES_STEP), 0.0, value)
        # a line of writing along the line hides the line itself over a band several mm wide, and beside it its
        # blurred rim darkens one side: no pad's edge (whose shadow line is a mm or two wide)
        on_line = np.count_nonzero(inside & flat_member.take(at[1]), axis=1) < (1.0 - SEAM_BAND_HIDES) * len(s)
        # the edge may show as a shadow line along part of it and as a step along the rest (the lower pad curls
        # away under part of it, a dot hides the line between): how much the colour changes across the line,
        # either way, where half the line shows the note's colour on both sides (not in pieces)
        # (channel_norm: np.linalg.norm's numbers along the channels, faster)
        change = np.maximum(channel_norm(step.astype(np.float32)), channel_norm(np.maximum(dip, 0).astype(np.float32)))
        all_medians = _chosen_medians(change, both, np.count_nonzero(both, axis=1))
        found = []
        for chosen_here in sets:
            lines = chosen_here[chosen]
            if not lines.any():
                found.append((np.zeros(0), np.zeros(0), np.zeros(0, bool)))
                continue
            placed, values, medians, shown = positions[chosen_here], value[lines], all_medians[lines], written[lines]
            next_to = np.diff(placed, prepend=placed[0] - 1.0) <= 1.0  # (a run of lines breaks where positions skip)
            band_at = placed[_long_runs((on_line[lines] & next_to)[None, :], SEAM_BAND_MM)[0]]
            if len(band_at):
                beside = np.abs(placed[:, None] - band_at[None, :]).min(axis=1) <= SEAM_REACH_MM + SEAM_NEAR_MM
                values = np.where(beside, 0.0, values)
            # (a marker stroke along the line is far darker than a pad's shadow; its blurred rim lies beside it)
            strokes = placed[medians > SEAM_SHADOW_MAX]
            if len(strokes):
                far = np.abs(placed[:, None] - strokes[None, :]).min(axis=1) > STROKE_RIM_MM
                medians = np.where(far, medians, np.nan)
            medians = np.where(shown, np.nan, medians)
            found.append((values, medians, (count[lines] >= 0.5 * len(s)) | shown))  # (else not measured there)
        return found

    # where a seam may lie, and elsewhere across the rectangle (all at once: most rectangles need both)
    (seam_values, seam_changes, seam_seen), (other_values, other_changes, other_seen) = measured([at_seam, elsewhere])
    # where a seam may lie first: a step too weak there is no seam, whatever the grain elsewhere
    if not seam_seen.any():
        return False
    strongest = float(seam_values[seam_seen].max())
    peaks = seam_changes[seam_seen]
    peaks = peaks[~np.isnan(peaks)]
    if strongest < SEAM_STEP and (not len(peaks) or float(peaks.max()) < SEAM_STEP):
        return False  # (neither measure below can then reach its bar, whatever the grain elsewhere)
    typical = (lambda values: float(values.max())) if distinct else (lambda values: float(_median(values, 0)))
    if strongest >= SEAM_STEP:
        grain = typical(other_values[other_seen]) if other_seen.any() else 0.0
        if strongest >= max(SEAM_STEP, SEAM_OVER_GRAIN * grain):
            return True
    # else the colour change across the line either way, against the same measure elsewhere across the
    # rectangle (the pad's grain and noise), stroke rims left out (where a seam may lie and elsewhere lie 8 mm
    # apart and more: a stroke's rim in one never reaches the other)
    floors = other_changes[other_seen]
    floors = floors[~np.isnan(floors)]
    if not len(peaks) or not len(floors):
        return False
    floor = typical(floors)
    return float(peaks.max()) >= max(SEAM_CHANGE_OVER * floor, floor + SEAM_STEP)


def _pixels(image: np.ndarray, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """``image[ys, xs]``: the pixels of a colour image at integer points inside it, all in one ``cv2.remap``
    (nearest: the exact pixels), several times faster than numpy's indexing by rows and columns (the image may
    be a window of a larger one)."""
    shape = xs.shape
    map_x = xs.astype(np.float32).reshape(-1, shape[-1])
    map_y = ys.astype(np.float32).reshape(-1, shape[-1])
    return cv2.remap(image, map_x, map_y, cv2.INTER_NEAREST).reshape(*shape, image.shape[2])


def _chosen_medians(values: np.ndarray, chosen: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Per line (first axis), the median of its ``chosen`` values (``count`` of them; 0 where none)."""
    ordered = np.sort(np.where(chosen, values, np.inf), axis=1)
    rows = np.arange(len(values))
    low = ordered[rows, np.maximum(count - 1, 0) // 2]
    high = ordered[rows, np.minimum(count // 2, values.shape[1] - 1)]
    return np.where(count > 0, np.where(count % 2 == 1, low, (low + high) / 2), 0.0)


def _long_runs(values: np.ndarray, length: int) -> np.ndarray:
    """Per row of ``values`` (bool), its runs of True at least ``length`` (at least 1) long."""
    rows, columns = values.shape
    # (all rows at once, by where runs start and end: a loop over the columns cost a numpy call per sample)
    padded = np.zeros((rows, columns + 2), np.int8)
    padded[:, 1:-1] = values
    edges = np.diff(padded, axis=1)  # +1 where a run starts, -1 just after it ends (row by row, in order)
    start_rows, starts = np.nonzero(edges == 1)
    end_rows, ends = np.nonzero(edges == -1)
    long = ends - starts >= length
    marks = np.zeros((rows, columns + 1), np.int8)
    marks[start_rows[long], starts[long]] = 1
    marks[end_rows[long], ends[long]] = -1  # (never where another run starts: runs are apart)
    return np.cumsum(marks, axis=1, dtype=np.int8)[:, :columns] > 0


def _steady_medians(difference: np.ndarray, chosen: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Per line (first axis of ``difference``, int16: line × sample × channel), over its ``chosen`` samples
    (``count`` of them, at least one where it matters): the size of their median colour difference if it
    steps the same way along most of them (a pad's edge runs the same way all along; a stroke of writing
    beside the line only here and there), else 0."""
    lines, _, channels = difference.shape
    # per channel, the median of the chosen samples (the others sorted to the end), as ``np.median`` does:
    # the middle one, or the mean of the middle two
    ordered = np.sort(np.where(chosen[..., None], difference, np.iinfo(np.int16).max), axis=1)
    rows, columns = np.arange(lines)[:, None], np.arange(channels)[None, :]
    low = ordered[rows, (np.maximum(count, 1) - 1)[:, None] // 2, columns].astype(np.float64)
    high = ordered[rows, (count // 2)[:, None], columns].astype(np.float64)
    median = np.where((count % 2 == 1)[:, None], low, (low + high) / 2)
    size = median[:, 0]
    for channel in range(1, channels):
        size = np.hypot(size, median[:, channel])
    with np.errstate(invalid="ignore", divide="ignore"):
        direction = median / size[:, None]
        projected = np.einsum("lsc,lc->ls", difference.astype(np.float64), direction)
        steady = np.count_nonzero(chosen & (projected > 0.5 * size[:, None]), axis=1) / count
    return np.where((size != 0) & (steady >= SEAM_STEADY), size, 0.0)


@dataclass
class Outline:
    """Turns a region's outlines into note proposals, collecting their straight edges on the way."""

    offset: np.ndarray  # mm of the ROI's origin
    px_per_mm: float
    min_area_px: float  # smaller pieces are left out
    segments: list[np.ndarray]
    found: list[Corner] = field(default_factory=list)  # the corners proposed from so far

    def propose(
        self, contours, sizes: SizeBook, corners: bool, known_only: bool, shapes: list | None = None
    ) -> list[Candidate]:
        """``shapes``: per contour large enough, its polygon (mm) and its corners (None until asked), which the
        sizes seen do not change: kept from an earlier call on the same contours, or filled by this one."""
        shapes = [] if shapes is None else shapes
        if not shapes:
            for contour in contours:
                if cv2.contourArea(contour) >= self.min_area_px:
                    shapes.append([_simplify(contour, self.px_per_mm) + self.offset, None])
        proposed: list[Candidate] = []
        for shape in shapes:
            polygon = shape[0]
            self.segments.append(np.hstack([polygon, _rolled(polygon, -1)]))
            if corners:
                if shape[1] is None:
                    shape[1] = _corners(polygon)
                for corner in shape[1]:
                    self.found.append(corner)
                    proposed.extend(_corner_candidates(corner, sizes, known_only=known_only))
        return proposed


def _fitted(proposed: list[Candidate], segments: list[np.ndarray], sizes: SizeBook) -> list[Candidate]:
    """Proposals refitted to the edges; the corners of one note agree, so each is fitted once."""
    edges = np.vstack(segments) if segments else np.zeros((0, 4))
    proposed = _merge_duplicates(proposed)
    _refit(proposed, edges)
    for candidate in proposed:
        candidate.known = sizes.known(max(candidate.size), min(candidate.size))
        candidate.common = sizes.share(max(candidate.size), min(candidate.size))
    return _merge_duplicates(proposed)


AGAINST_OTHERS = 0.1  # share of a region's surroundings in other notes' colours beyond which it borders them


def _against_others(own8: np.ndarray, others: np.ndarray, px_per_mm: float) -> bool:
    """Whether the region ``own8`` (uint8) borders notes of other colours (``others``, same window) along
    a good part of its outline: where it does, its edge may be theirs, lying over it (a note partly
    covered can look like a smaller clean one), so its outline alone shows neither its size nor its place."""
    ring = (cv2.dilate(own8, _disk(3.0 * px_per_mm)) > 0) & (own8 == 0)
    return bool(ring.any()) and float((others[ring] > 0).mean()) > AGAINST_OTHERS


def _standing_alone(
    own8: np.ndarray,
    origin: tuple[int, int],
    px_per_mm: float,
    sizes: SizeBook,
    others: np.ndarray | None = None,
    against: bool | None = None,
) -> NoteBlob | None:
    """A region that is one clean rectangle of a known size, not against notes of other colours (``others``,
    same window; ``against``: whether it lies against them (``_against_others``), when known already), is that
    note: no search needed."""
    contours, _ = cv2.findContours(own8, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if len(contours) != 1:
        return None
    contour = contours[0].astype(np.float32) + np.float32(origin)
    (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
    w_mm, h_mm = (w + 1.0) / px_per_mm, (h + 1.0) / px_per_mm
    if not sizes.known(max(w_mm, h_mm), min(w_mm, h_mm)) or cv2.contourArea(contour) < 0.93 * w * h:
        return None
    # (last, as the slowest to ask)
    if others is not None and (against if against is not None else _against_others(own8, others, px_per_mm)):
        return None
    size, angle = _normalise_angle((w_mm, h_mm), angle)
    return NoteBlob("", (cx / px_per_mm, cy / px_per_mm), (float(size[0]), float(size[1])), float(angle), 1.0)


def _explains(chosen: list[Candidate], own: np.ndarray) -> bool:
    """Whether the chosen notes cover (nearly) all of the region, each along good edges."""
    if not chosen or any(candidate.support < 0.6 or candidate.contradiction > 0.2 for candidate in chosen):
        return False
    explained = np.zeros(own.shape, bool)
    for candidate in chosen:
        explained[candidate.window] |= candidate.own
    return np.count_nonzero(own & ~explained) < 0.08 * np.count_nonzero(own)


MAY_FIT_PAPER = 0.12  # a candidate with more of bare paper inside is no note (see _may_fit)
LEAST_GAIN = 0.12  # share of a usual note's area a candidate must add to the notes chosen to be chosen (_choose)


def _may_fit(candidate: Candidate) -> bool:
    """What rules a candidate out before its outline is looked at: bare paper inside, too little of the
    region inside, a region's box of a size not seen on the photo."""
    return (
        candidate.paper <= MAY_FIT_PAPER
        and (candidate.known or not candidate.box)
        and candidate.seen >= (0.8 if candidate.box or not candidate.known else 0.25)
    )


def _choose(candidates: list[Candidate], region: Region, px_per_mm: float) -> list[Candidate]:
    """The candidates that explain the region, best first: each round the viable candidate (``_viable``) that
    adds the most well-outlined area (``_score``; of equal scores the first), until none adds enough.

    A candidate is measured only as far as needed to tell that it cannot win the round. Its score is bounded from
    above at each step of measuring it: before its inside is measured, by all the region's pixels not yet
    explained within its rectangle's bounding box (``_window_around``) its own and no bare paper in it; before its
    outline is, the larger part of the work, by a perfect outline (full support, no contradiction), the area it
    adds known from its inside; before the pixels it adds are counted anew, once a note chosen reaches into its
    window, by those it added before. The candidates are taken up highest bound first and measured one step
    further; one whose score is known and is the highest left wins. The same candidates are chosen as when every
    candidate is measured first (``tests/boards/capture/test_choose_bounded.py`` compares both)."""
    note_area = TYPICAL_NOTE_MM * TYPICAL_NOTE_MM * px_per_mm * px_per_mm
    # (what rules a candidate out by its inside alone; the rest of ``_viable`` once its outline is measured; a
    # candidate not yet measured stays until it is)
    pool = [c for c in candidates if c.polygon is None or (c.own is not None and _may_fit(c))]
    dead: set[int] = set()  # id(candidate): never chosen (bare paper, too little inside, not viable)
    verdicts: dict[int, bool] = {}  # id(candidate) → _viable, once asked
    explained = np.zeros(region.own.shape, bool)
    chosen: list[Candidate] = []
    # id(candidate) → the pixels it adds (of its own, not yet explained), and whether that is still so: all of its
    # own before a note is chosen (or, not yet counted, no more than that after), the same as long as no note
    # chosen since reaches into its window, and never more after one does
    gains: dict[int, tuple[int, bool]] = {}
    least = LEAST_GAIN * note_area  # (no candidate adding fewer pixels is chosen)
    left, top = region.origin.tolist()
    windows: dict[int, tuple[slice, slice]] = {}  # id(candidate) → ``_window_around`` it, while not measured
    while pool:
        # the region's pixels not yet explained, summed (a candidate adds no more than those in its window)
        unexplained = region.own & ~explained if chosen else region.own
        sums = cv2.integral(unexplained.view(np.uint8))
        if sums[-1, -1] < least:
            break
        # (bound, order in the pool, step): step 0 inside not measured, 1 gain (maybe only its bound) and inside
        # known, 2 the score itself
        heap: list[tuple[float, int, int]] = []
        for order, candidate in enumerate(pool):
            if candidate.polygon is None:
                window = windows.get(id(candidate))
                if window is None:
                    window = windows[id(candidate)] = _window_around(candidate, left, top, px_per_mm, region.own.shape)
                rows, columns = window
                most = int(
                    sums[rows.stop, columns.stop]
                    - sums[rows.start, columns.stop]
                    - sums[rows.stop, columns.start]
                    + sums[rows.start, columns.start]
                )
                if most >= least:
                    heap.append((-_score(candidate, most, 1.0), order, 0))
            else:
                gain = gains.get(id(candidate), (candidate.own_count, not chosen))[0]
                heap.append((-_score(candidate, gain, 1.0 - 2 * candidate.paper), order, 1))
        heapq.heapify(heap)
        best = None
        while heap:
            bound, order, step = heapq.heappop(heap)
            if bound >= 0.0:
                break  # (a score must be above zero)
            candidate = pool[order]
            if step == 2:
                best = candidate
                break
            if step == 0:
                _measure_inside(candidate, region, px_per_mm, choosing=True)
                if candidate.own is None or not _may_fit(candidate):
                    dead.add(id(candidate))
                    continue
            gain, exact = gains.get(id(candidate), (candidate.own_count, not chosen))
            if step == 0 or not exact:
                if not exact:
                    gain = candidate.own_count - int(np.count_nonzero(candidate.own & explained[candidate.window]))
                    gains[id(candidate)] = (gain, True)
                heapq.heappush(heap, (-_score(candidate, gain, 1.0 - 2 * candidate.paper), order, 1))
                continue
            if gain < max(0.22 * candidate.area, least):
                continue
            if id(candidate) not in verdicts:
                verdicts[id(candidate)] = _viable(candidate, region, px_per_mm)
            if not verdicts[id(candidate)]:
                dead.add(id(candidate))
                continue
            quality = candidate.support - 1.5 * candidate.contradiction - 2 * candidate.paper
            heapq.heappush(heap, (-_score(candidate, gain, quality), order, 2))
        if best is None:
            break
        chosen.append(best)
        explained[best.window] |= best.own
        for candidate in pool:
            if id(candidate) in gains and _overlap(candidate.window, best.window):
                gains[id(candidate)] = (gains[id(candidate)][0], False)
        limit = 0.3 * min(best.size)
        pool = [
            c
            for c in pool
            if c is not best and float(np.hypot(*(c.center - best.center))) > limit and id(c) not in dead
        ]
    return chosen


def _window_around(
    candidate: Candidate, left: float, top: float, px_per_mm: float, shape: tuple[int, int]
) -> tuple[slice, slice]:
    """Rows and columns of a ROI (its top left at board px ``left``, ``top``; ``shape``) that hold the pixels of
    the candidate's rectangle (``_measure_inside``'s ``window``) without measuring it: its extent along the rows
    and columns from its centre, each end rounded out to a pixel and one more (and a little for rounding)."""
    width, height = candidate.size[0] * px_per_mm, candidate.size[1] * px_per_mm
    angle = math.radians(candidate.angle_deg)
    cos, sin = abs(math.cos(angle)), abs(math.sin(angle))
    half_x, half_y = (width * cos + height * sin) / 2 + 0.01, (width * sin + height * cos) / 2 + 0.01
    x, y = float(candidate.center[0]) * px_per_mm - left, float(candidate.center[1]) * px_per_mm - top
    return (
        slice(min(max(math.floor(y - half_y), 0), shape[0]), min(max(math.ceil(y + half_y) + 1, 0), shape[0])),
        slice(min(max(math.floor(x - half_x), 0), shape[1]), min(max(math.ceil(x + half_x) + 1, 0), shape[1])),
    )


def _overlap(first: tuple[slice, slice], second: tuple[slice, slice]) -> bool:
    """Whether two windows (rows, columns) share a pixel."""
    return (
        first[0].start < second[0].stop
        and second[0].start < first[0].stop
        and first[1].start < second[1].stop
        and second[1].start < first[1].stop
    )


def _viable(candidate: Candidate, region: Region, px_per_mm: float) -> bool:
    """Whether a candidate that may fit (``_may_fit``) may be chosen, its outline measured (when not yet): a side
    may lie hidden under a note of the same colour (no edge shows there), allowed when the rest of the outline
    follows edges well; a rectangle longer than a usual note with the edge of a pad across it is two notes."""
    if not candidate.outlined:
        _measure_outline(candidate, region, px_per_mm)
    c = candidate
    if not (
        (c.contradiction <= 0.3 or (c.support >= 0.6 and c.contradiction <= 0.42))
        and c.support >= (0.3 if c.votes else EDGE_SUPPORT)
    ):
        return False
    return region.seamed is None or max(c.size) <= region.usual_mm + SIZE_TOLERANCE_MM or not region.seamed(c.polygon)


def _score(candidate: Candidate, gain: int, quality: float) -> float:
    """How well a candidate explains ``gain`` more pixels of its region, its outline of ``quality``; increasing
    in ``quality`` (so the score with the best quality bounds it)."""
    score = gain * max(0.05, 0.2 + quality) * (1 + 0.1 * candidate.measured)
    score *= (1 + 0.05 * min(candidate.votes, 4)) * (1.0 if candidate.known else 0.5)
    return score * (0.85 + 0.3 * candidate.common)  # where the outline leaves it open, the usual size


PIECES_FIT_MM = 3.0  # notes in line make up the length of the rectangle they form this exactly (its edges)


def _fill_length(chosen: list[Candidate], box: Candidate) -> bool:
    """Whether notes of known sizes reach from one end of ``box`` to the other along its long axis, as notes
    overlapping in line do: the rectangle they make has its ends where theirs are."""
    if not all(candidate.known for candidate in chosen):
        return False
    angle = math.radians(box.angle_deg + (90.0 if box.size[1] > box.size[0] else 0.0))
    axis = np.array([math.cos(angle), math.sin(angle)])
    ends = [float((corner - box.center) @ axis) for candidate in chosen for corner in candidate.corners_mm()]
    return abs(max(ends) - min(ends) - max(box.size)) <= PIECES_FIT_MM


IN_LINE_MM = 2.0  # two chosen notes this well in line (across, and in angle × their size) may be one longer one


def _joined_in_line(chosen: list[Candidate], region: Region, px_per_mm: float, sizes: SizeBook) -> list[Candidate]:
    """Two chosen notes of the same width lying in line, overlapping, that together make a rectangle of a
    size sold are one longer note when no seam runs across it: the upper pad's edge always shows (its
    shadow, another shade of pad), a longer note has none. A long curled note's shaded end looks like a
    second note; there the reader would otherwise see two notes of the usual size."""
    if region.seamed is None or len(chosen) < 2:
        return chosen
    result = list(chosen)
    joined = True
    while joined:
        joined = False
        for first in result:
            for second in result:
                if first is second:
                    continue
                union = _in_line_union(first, second, sizes)
                if union is None:
                    continue
                _evaluate(union, region, px_per_mm)
                if union.area == 0 or union.polygon is None:
                    continue
                if region.seamed(union.polygon):
                    others = [c for c in result if c is not first and c is not second]
                    if _edge_across(union, others, sizes):
                        # the step seen where the two would meet may be the edge of a third note of the colour
                        # lying across the pads there (a longer note lies under it as well): one note, its size
                        # not vouched for
                        union.known = sizes.known(max(union.size), min(union.size))
                        union.in_line = True
                        result = [*others, union]
                        joined = True
                        break
                    # two notes; but lying so exactly in line that only that seam tells them from one longer note,
                    # neither is vouched for by its size unless the seam stands out from all else on the pads
                    # (writing parallel to it, a curled end's shade)
                    if not region.seamed(union.polygon, distinct=True):
                        first.in_line = second.in_line = True
                    continue
                union.known = sizes.known(max(union.size), min(union.size))
                result = [c for c in result if c is not first and c is not second] + [union]
                joined = True
                break
            if joined:
                break
    return result


ACROSS_SHARE = 0.5  # share of a rectangle's width a third note's side crossing it where a seam may lie spans


def _edge_across(union: Candidate, others: list[Candidate], sizes: SizeBook) -> bool:
    """Whether a side of one of ``others`` (notes of the same colour chosen beside two in line) crosses their
    rectangle ``union`` across half its width or more, reaching where the seam test looks for the edge between the
    two pads (a note's length from either end, give or take SEAM_SLACK_MM, and the step's reach): the step it sees
    there may be that note's edge."""
    angle = math.radians(union.angle_deg + (90.0 if union.size[1] > union.size[0] else 0.0))
    axis = np.array([math.cos(angle), math.sin(angle)])
    across = np.array([-axis[1], axis[0]])
    long, short = max(union.size), min(union.size)
    lengths = [x for a, b in sizes.ordered() for x, y in ((a, b), (b, a)) if abs(y - short) < 1.5 * SIZE_TOLERANCE_MM]
    seams = [x - long / 2 for length in lengths for x in (length, long - length) if 10.0 < x < long - 10.0]
    if not seams:
        return False
    for other in others:
        corners = other.corners_mm() - union.center
        for p, q in zip(corners, _rolled(corners, -1), strict=True):
            # the side clipped to the rectangle's width, then its part within the rectangle's length
            a, b = np.array([p @ axis, p @ across]), np.array([q @ axis, q @ across])
            if abs(b[1] - a[1]) < 1e-6:
                continue
            t = np.clip((np.array([-short / 2, short / 2]) - a[1]) / (b[1] - a[1]), 0.0, 1.0)
            ends = a + np.sort(t)[:, None] * (b - a)
            if abs(ends[1][1] - ends[0][1]) < ACROSS_SHARE * short:
                continue
            along = np.linspace(ends[0][0], ends[1][0], 9)
            if np.abs(along[:, None] - np.array(seams)[None, :]).min() <= SEAM_SLACK_MM + SEAM_REACH_MM:
                return True
    return False


def _in_line_union(first: Candidate, second: Candidate, sizes: SizeBook) -> Candidate | None:
    """The rectangle ``first`` and ``second`` make together when they lie in line along ``first``'s long
    axis (or either axis of a square), overlapping, with the same width; None otherwise."""
    angle = math.radians(first.angle_deg)
    u = np.array([math.cos(angle), math.sin(angle)])
    v = np.array([-u[1], u[0]])
    turn = (second.angle_deg - first.angle_deg + 45.0) % 90.0 - 45.0
    for axis, across in ((u, v), (v, u)):
        length_a = first.size[0] if axis is u else first.size[1]
        width_a = first.size[1] if axis is u else first.size[0]
        # the second's extent along the same axis
        quarter = abs(round((second.angle_deg - first.angle_deg) / 90.0)) % 2
        length_b, width_b = (second.size[1], second.size[0]) if (quarter == 1) == (axis is u) else second.size
        offset = second.center - first.center
        along, aside = float(offset @ axis), float(offset @ across)
        if abs(aside) > IN_LINE_MM or abs(width_a - width_b) > SIZE_TOLERANCE_MM:
            continue
        if abs(math.radians(turn)) * max(length_a, length_b) > IN_LINE_MM:
            continue
        if abs(along) > (length_a + length_b) / 2 - 2.0:
            continue  # not overlapping: side by side, each its own note
        low = min(-length_a / 2, along - length_b / 2)
        high = max(length_a / 2, along + length_b / 2)
        length, width = high - low, (width_a + width_b) / 2
        if not _common(length, width) or not sizes.tiles(length, width) or _longer_than_sold(length, width):
            continue
        center = first.center + axis * (low + high) / 2 + across * aside / 2
        size = (length, width) if axis is u else (width, length)
        return Candidate(center, size, first.angle_deg, measured=0, known=False)
    return None


SEEN_SIDE = 0.5  # a side with less than this share along an edge is not seen: it may lie under another note


def _refit(candidates: list[Candidate], edges: np.ndarray) -> None:
    """Square each rectangle up to the straight edges along its sides (angle, position, and size where both
    opposite sides are seen). ``edges`` is an n×4 array of segments (x1, y1, x2, y2) in mm. All candidates
    at once: one row per candidate, one column per edge."""
    edges = edges[np.hypot(edges[:, 2] - edges[:, 0], edges[:, 3] - edges[:, 1]) >= 4.0]  # (shorter never count)
    if len(edges) == 0 or not candidates:
        return
    starts, ends = edges[:, :2], edges[:, 2:]
    vectors = ends - starts
    lengths = np.hypot(vectors[:, 0], vectors[:, 1])[None, :]
    directions = np.degrees(np.arctan2(vectors[:, 1], vectors[:, 0]))[None, :]
    mids = (starts + ends) / 2
    centers = np.array([candidate.center for candidate in candidates], np.float64)
    sizes = np.array([candidate.size for candidate in candidates], np.float64)
    width, height = sizes[:, :1], sizes[:, 1:]
    angles = np.array([candidate.angle_deg for candidate in candidates], np.float64)[:, None]
    dx, dy = mids[None, :, 0] - centers[:, :1], mids[None, :, 1] - centers[:, 1:]
    fitted = np.ones(len(candidates), bool)  # every iteration found edges along its sides

    def local(angle: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        rad = np.radians(angle)
        cos, sin = np.cos(rad), np.sin(rad)
        return dx * cos + dy * sin, dy * cos - dx * sin

    for _ in range(2):
        relative = (directions - angles + 45.0) % 90.0 - 45.0  # deviation from the axes, mod 90
        local_u, local_v = local(angles)
        along_u = np.abs(((directions - angles) + 90.0) % 180.0 - 90.0) < 45.0  # parallel to u (a top/bottom side)
        near = np.where(along_u, np.abs(np.abs(local_v) - height / 2), np.abs(np.abs(local_u) - width / 2))
        inside_span = np.where(along_u, np.abs(local_u) < width / 2 + 2, np.abs(local_v) < height / 2 + 2)
        support = (np.abs(relative) < 10.0) & (near < 5.0) & inside_span
        fitted &= support.any(axis=1)
        weights = np.where(support, lengths, 0.0)
        angles = angles + (weights * relative).sum(axis=1, keepdims=True) / np.maximum(
            weights.sum(axis=1, keepdims=True), 1e-12
        )
    local_u, local_v = local(angles)
    sides = {}
    for axis, values, flag in ((1, local_v, along_u), (0, local_u, ~along_u)):
        for sign in (-1, 1):
            weights = np.where(support & flag & (np.sign(values) == sign), lengths, 0.0)
            total = weights.sum(axis=1)
            sides[(axis, sign)] = np.where(total > 0, (values * weights).sum(axis=1) / np.maximum(total, 1e-12), np.nan)
    # (each candidate's few numbers as Python floats: the same arithmetic as numpy's on single numbers, without
    # its overhead)
    fitted_angles = angles[:, 0].tolist()
    found = {key: values.tolist() for key, values in sides.items()}
    for row in np.flatnonzero(fitted).tolist():
        candidate = candidates[row]
        angle = fitted_angles[row]
        shift = [0.0, 0.0]
        new_size = list(candidate.size)
        for axis in (0, 1):
            size = new_size[axis]
            low, high = found[(axis, -1)][row], found[(axis, 1)][row]
            if not math.isnan(low) and not math.isnan(high):
                measured = high - low
                if abs(measured - size) < SIZE_TOLERANCE_MM:
                    new_size[axis] = measured
                shift[axis] = (low + high) / 2
            elif not math.isnan(low):
                shift[axis] = low + size / 2
            elif not math.isnan(high):
                shift[axis] = high - size / 2
        rad = math.radians(angle)
        cos, sin = math.cos(rad), math.sin(rad)
        x, y = candidate.center.tolist()
        candidate.center = np.array([x + shift[0] * cos + shift[1] * -sin, y + shift[0] * sin + shift[1] * cos])
        candidate.size = (new_size[0], new_size[1])
        candidate.angle_deg = angle


SAME_CENTRE_MM, SAME_SIZE_MM = 5.0, 4.0  # two proposals this close in centre and sides are the same rectangle


def _merge_duplicates(candidates: list[Candidate]) -> list[Candidate]:
    """Corners of one note propose (nearly) the same rectangle: keep one, count the votes."""
    if not candidates:
        return []
    # which pairs propose the same rectangle, all at once (the same float64 arithmetic as pair by pair)
    centers = np.array([candidate.center for candidate in candidates], np.float64)
    sizes = np.array([candidate.size for candidate in candidates], np.float64)
    apart = centers[:, None, :] - centers[None, :, :]
    same = (
        (np.hypot(apart[:, :, 0], apart[:, :, 1]) < SAME_CENTRE_MM)
        & (np.abs(sizes[:, None, 0] - sizes[None, :, 0]) < SAME_SIZE_MM)
        & (np.abs(sizes[:, None, 1] - sizes[None, :, 1]) < SAME_SIZE_MM)
    ).tolist()
    kept: list[Candidate] = []
    kept_at: list[int] = []
    for index, candidate in enumerate(candidates):
        for at, other in zip(kept_at, kept):
            if same[index][at]:
                other.votes += 1
                other.measured = max(other.measured, candidate.measured)
                break
        else:
            kept.append(candidate)
            kept_at.append(index)
    return kept


# --- the whole search -------------------------------------------------------------------


def _fill_small_holes(mask: np.ndarray, max_area_px: float) -> np.ndarray:
    contours, hierarchy = cv2.findContours(mask, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return mask
    holes = [
        contour
        for contour, (_, _, _, parent) in zip(contours, hierarchy[0])
        if parent >= 0 and cv2.contourArea(contour) < max_area_px
    ]
    if not holes:
        return mask
    out = mask.copy()
    cv2.drawContours(out, holes, -1, 1, cv2.FILLED)
    return out


Components = tuple[int, np.ndarray, np.ndarray]  # count, labels, stats (cv2.connectedComponentsWithStats)


def components_of(mask: np.ndarray) -> Components:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
    return count, labels, stats


def learn_sizes(
    masks: dict[int, np.ndarray],
    lines: np.ndarray,
    px_per_mm: float,
    sizes: SizeBook,
    components: dict[int, Components] | None = None,
    image: np.ndarray | None = None,
    labels: np.ndarray | None = None,
    others_of: dict[int, np.ndarray] | None = None,
    against: dict[int, dict[int, bool]] | None = None,
) -> None:
    """Sizes of notes standing alone: a region that is one clean rectangle, not split by a dark line,
    and not against notes of another colour (a note partly covered can look like a smaller clean one).

    ``others_of``: per note class, the pixels of the other classes' masks (``_others``), when worked out
    already. ``against`` collects per class and region whether it lies against them (``_against_others``),
    where that was asked: ``_standing_alone`` asks the same of the same region."""
    min_area = MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm
    if others_of is None:
        others_of = _others(masks)
    pad = int(round(4 * px_per_mm))
    # (the ring _against_others looks at lies within ``pad`` of the region: the same in any larger window)
    reusable = against is not None and _disk(3.0 * px_per_mm).shape[0] // 2 <= pad
    for klass, mask in masks.items():
        others = others_of[klass]
        count, parts, stats = components[klass] if components else components_of(mask)
        for index in range(1, count):
            x, y, w, h, area = stats[index]
            if area < min_area:
                continue
            blob = (parts[y : y + h, x : x + w] == index).astype(np.uint8)
            contours, _ = cv2.findContours(blob, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
            contour = max(contours, key=cv2.contourArea)
            (_, _), (bw, bh), _ = cv2.minAreaRect(contour)
            long, short = max(bw, bh) / px_per_mm, min(bw, bh) / px_per_mm
            if short < MIN_NOTE_SIDE_MM or long > MAX_NOTE_SIDE_MM:
                continue
            filled = cv2.contourArea(contour)
            if filled < 0.93 * bw * bh and not (
                # bites out of its edge (dots on the edge, marker writing to it) leave its outline convex
                filled >= 0.8 * bw * bh and cv2.contourArea(cv2.convexHull(contour)) >= 0.96 * bw * bh
            ):
                continue
            if not _common(long, short):
                continue  # e.g. two notes side by side
            if len(_corners(_simplify(contour, px_per_mm))) < 3:
                continue
            y0, x0 = max(0, y - pad), max(0, x - pad)
            own = (parts[y0 : y + h + pad, x0 : x + w + pad] == index).astype(np.uint8)
            lies_against = _against_others(own, others[y0 : y + h + pad, x0 : x + w + pad], px_per_mm)
            if reusable:
                against.setdefault(klass, {})[index] = lies_against
            if lies_against:
                continue
            if _split_by_lines(blob, lines[y : y + h, x : x + w], px_per_mm):
                continue
            # bites out of the edge, or writing across: its outline measures the size less exactly
            exact = filled >= 0.93 * bw * bh and np.count_nonzero(lines[y : y + h, x : x + w] & blob) < 20 * px_per_mm
            if long > TYPICAL_NOTE_MM + SIZE_TOLERANCE_MM and sizes.tiles(long, short):
                # as long as two usual notes overlapping in line: believed once seen twice, and never where the
                # edge of an upper pad runs across it (a seam too faint to see proves nothing either way)
                if (
                    image is None
                    or labels is None
                    or not seam_across(
                        cv2.boxPoints(cv2.minAreaRect(contour + np.array([x, y], np.int32))),
                        image,
                        seam_member(labels, klass, px_per_mm),
                        px_per_mm,
                        sizes.ordered(),
                    )
                ):
                    sizes.propose(long, short, exact)
                continue
            sizes.add(long, short, exact=exact)


def _others(masks: dict[int, np.ndarray]) -> dict[int, np.ndarray]:
    """Per note class of a cluster, where the other classes' masks lie (uint8, 0 or 1)."""
    any_note = np.zeros(next(iter(masks.values())).shape, np.uint8) if masks else None
    for mask in masks.values():
        any_note |= mask
    return {klass: any_note & ~mask for klass, mask in masks.items()}


def _common(long: float, short: float, tolerance: float = SIZE_TOLERANCE_MM) -> bool:
    return any(abs(long - a) < tolerance and abs(short - b) < tolerance for a, b in COMMON_SIZES_MM)


NEVER_LONGER_MM = 2.5  # a note's outline is fitted this well: it never measures longer than this beyond its size


def _longer_than_sold(long: float, short: float) -> bool:
    """Whether a rectangle is clearly longer than every note sold as wide as it: a curled, shaded or lifted
    end, writing or a cover only make a note look shorter, so such a rectangle is no single note (two
    overlapping in line are, however faintly the upper one's edge shows)."""
    lengths = [a for a, b in COMMON_SIZES_MM if abs(short - b) < SIZE_TOLERANCE_MM]
    return not any(long <= a + NEVER_LONGER_MM for a in lengths)


def _split_by_lines(blob: np.ndarray, lines: np.ndarray, px_per_mm: float) -> bool:
    across = lines & (blob > 0)
    if np.count_nonzero(across) < 20 * px_per_mm:  # not even one line across a small note
        return False
    cut = (blob & ~lines).astype(np.uint8)
    cut = cv2.erode(cut, np.ones((3, 3), np.uint8))
    _, pieces, stats, _ = cv2.connectedComponentsWithStats(cut, connectivity=4)
    # two notes side by side leave two note-sized pieces; writing across one note leaves strips
    large = np.flatnonzero(stats[1:, 4] >= MIN_NOTE_AREA_MM2 * 0.5 * px_per_mm * px_per_mm) + 1
    noted = 0
    for position, index in enumerate(large.tolist()):
        if noted + len(large) - position < 2:
            return False  # (not enough pieces left to make two notes: their outlines need not be measured)
        # its outline holds every corner of its convex hull: in the order cv2.findNonZero gives (by row), the
        # same rectangle as from all its pixels, and much faster
        x, y, w, h = stats[index, :4]
        piece = (pieces[y : y + h, x : x + w] == index).astype(np.uint8)
        outline, _ = cv2.findContours(piece, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
        # (its points once each, row by row, as np.unique sorts them: drawn one pixel wide, neighbours each to the
        # next, and listed by cv2.findNonZero)
        drawn = cv2.drawContours(np.zeros_like(piece), outline, -1, 1, 1)
        points = cv2.findNonZero(drawn).reshape(-1, 1, 2) + np.array([x, y], np.int32)
        (_, _), (pw, ph), _ = cv2.minAreaRect(points)
        long, short = max(pw, ph) / px_per_mm, min(pw, ph) / px_per_mm
        noted += _common(long, short, SIZE_TOLERANCE_MM + 3.0)  # (the line and the erosion take a little off)
        if noted >= 2:
            return True
    return False


def smoothed_gray(gray: np.ndarray) -> np.ndarray:
    """The light-evened board image in gray (float32), a little smoothed: where seams between notes are
    measured (``seam_across``, ``_seams``)."""
    return cv2.GaussianBlur(gray.astype(np.float32), (0, 0), 0.7)


def detect_notes(
    labels: np.ndarray,
    lines: np.ndarray,
    allowed: np.ndarray,
    palette: Palette,
    px_per_mm: float,
    typical_mm: float = TYPICAL_NOTE_MM,
    single_sizes_mm: tuple[tuple[float, float], ...] = (),
    washed: np.ndarray | None = None,
    image: np.ndarray | None = None,
    glare: np.ndarray | None = None,
    smooth: np.ndarray | None = None,
    blown: np.ndarray | None = None,
    followed: np.ndarray | None = None,
) -> list[NoteBlob]:
    """Notes of the palette's colours.

    ``image`` (the light-evened board image the labels come from) adds the colour steps between
    notes of one colour and slightly different shades to the dark ``lines``.

    ``washed`` marks where a highlight washes colours out: there, paper-coloured pixels may be
    a note's washed-out part, so they do not speak against a note.

    ``glare`` marks where any highlight lies over the board (wider than ``washed``: its halo too). A
    note beside a highlight is searched from its visible part: paper-coloured pixels in the halo do
    not cut it off, but they still make the note doubtful when it reaches over them (its extent there
    is not seen).

    ``single_sizes_mm`` (long, short) are sizes of notes the team uses besides the
    usual ones; sizes of notes standing alone on the photo are learnt anyway.

    ``smooth``: ``smoothed_gray`` of ``image`` in gray, when worked out already (on another thread).

    ``blown`` marks a highlight's white core, where nothing under it shows: a note of which only a rim
    shows beside it is laid there, doubtful (see ``_under_glare``). ``followed`` marks where a note's colour
    under a highlight's haze was told by its hue alone: a note lying there is doubtful (see ``_doubt_followed``).
    """
    sizes = SizeBook([[typical_mm, typical_mm, 0.5]], usual=(typical_mm, typical_mm))
    for long, short in single_sizes_mm:
        sizes.add(max(long, short), min(long, short), 0.5)
    clusters = list(_clusters(labels, allowed, palette, px_per_mm))
    gray = smooth
    if image is not None and gray is None:
        gray = smoothed_gray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
    for cluster in clusters:
        cluster.lines = _cluster_lines(cluster, lines, image, labels, palette)
        cluster.others = _others(cluster.masks)
        learn_sizes(
            cluster.masks,
            cluster.lines,
            px_per_mm,
            sizes,
            cluster.components,
            None if image is None else image[cluster.window],
            labels[cluster.window],
            cluster.others,
            cluster.against,
        )
    searched: list[tuple[Cluster, Callable[[], np.ndarray], int, list[NoteBlob]]] = []
    small: dict[int, list[np.ndarray]] = {}  # note class → regions too small for a note (board px, see _under_dots)
    for cluster in clusters:
        paper = _bare_paper(labels, cluster.window, (washed, glare))
        for klass in cluster.masks:
            blobs = _search(cluster, klass, paper, image, labels, gray, px_per_mm, sizes, small=small)
            searched.append((cluster, paper, klass, blobs))
    # a note shown whole proves its size as one standing alone would (see _whole_of_sold_size): the regions
    # are searched again knowing it, for notes of that size elsewhere lie in line or overlap too (two 63 mm
    # notes side by side read as one 126 × 63 mm one, one partly covered as a usual one reaching under its cover)
    found_first = [blob for *_, blobs in searched for blob in blobs]
    known = len(sizes.sizes)
    for long, short in _proven_sizes(found_first):
        if long > typical_mm + SIZE_TOLERANCE_MM and sizes.tiles(long, short):
            sizes.propose(long, short, exact=False)  # as with one standing alone: usual notes in line, or not
        else:
            sizes.add(long, short, exact=False)
    # where no note shows a size alone or whole, a note lying on others of its colour may (see _sold_shown)
    for long, short in _sold_shown(searched, found_first, image, labels, gray, px_per_mm, sizes):
        sizes.add(long, short, exact=False)
    if len(sizes.sizes) > known:
        again = _doubted_neighbourhoods(searched, px_per_mm)
        for index, (cluster, paper, klass, blobs) in enumerate(searched):
            if again[index]:
                kept = [blob for blob in blobs if blob.region not in again[index]]
                found_again = _search(cluster, klass, paper, image, labels, gray, px_per_mm, sizes, again[index])
                searched[index] = (cluster, paper, klass, kept + found_again)
    found: dict[int, list[NoteBlob]] = {}
    for *_, klass, blobs in searched:
        found.setdefault(klass, []).extend(blobs)
    notes: list[NoteBlob] = []
    for klass, blobs in found.items():
        kept: list[NoteBlob] = []
        for blob in sorted(blobs, key=lambda blob: -blob.confidence):
            # a note cut in two regions (a wide stroke, a row of dots) is proposed by both
            if any(math.dist(blob.center, other.center) < 0.35 * min(*blob.size, *other.size) for other in kept):
                continue
            blob.color = palette.note_colors[klass]
            kept.append(blob)
        notes += kept
    notes += _under_dots(small, notes, labels, palette, px_per_mm)
    notes += _under_glare(blown, notes, labels, palette, px_per_mm, sizes)
    notes = _one_colour_per_place(notes)
    _sizes_seen(notes)
    _lying_on_top(notes, labels, palette, px_per_mm)
    _under_whole_neighbours(notes, sizes.usual)
    _doubt_open_board(notes, labels, washed, px_per_mm)
    _doubt_followed(notes, followed, blown, px_per_mm)
    _ends_unexplained(notes, glare, px_per_mm)  # (last: a note doubtful already is not laid anew)
    _shade_beyond(notes, labels, palette, px_per_mm, max(sizes.usual))
    return notes


SHADE_FROM_MM = 1.0  # the strip beyond a note's side where its own shade may show starts this far out ...
SHADE_TO_MM = 12.0  # ... and ends this far out
SHADE_ACROSS = 0.4  # share of the strip's depth the shade shows in at a place along the side ...
SHADE_ALONG = 0.8  # ... at this share of the places along the side (1 mm apart, its ends left out)


def _shade_beyond(
    notes: list[NoteBlob], labels: np.ndarray, palette: Palette, px_per_mm: float, usual: float = TYPICAL_NOTE_MM
) -> None:
    """A sure note shorter than the ``usual`` size across a side beyond which a band of the colour of the dots of
    its hue runs all along that side is doubtful for its size, and laid reaching across the band to the usual size:
    a curled note's lifted end is shaded, and a green note's shade can take the green dots' colour, so where the
    note's colour ends there its end is not seen (a 76 mm note whose last third, in shade beyond a line of
    writing, was read as dots: a sure 76 × 49 or 51 mm note). Dots of that colour beside a note leave most of
    the side free."""
    pairs: dict[str, list[int]] = {}
    for dot_class, note_class, *_ in dot_note_pairs(palette):
        pairs.setdefault(palette.note_colors[note_class], []).append(dot_class)
    # (every side of every note looked at in one pass: its places and depths as the side alone would lay them)
    sides: list[tuple[NoteBlob, np.ndarray, np.ndarray, float]] = []  # (note, centre, outward, across)
    starts, alongs, outwards, places, colours = [], [], [], [], []
    for note in notes:
        dots = pairs.get(note.color)
        if note.doubtful or not dots:
            continue
        corners = note.corners()
        centre = corners.mean(axis=0)
        ends = _rolled(corners, -1)
        for p, q, outward in zip(corners, ends, _outward_normals(corners, ends, centre), strict=True):
            length = float(np.hypot(*(q - p)))
            if length < 10.0:
                continue
            across = 2.0 * float(outward @ (p - centre))  # the note's extent across this side
            if across > usual - SIZE_TOLERANCE_MM:
                continue  # (a note this long ends there)
            sides.append((note, centre, outward, across))
            starts.append(p)
            alongs.append((q - p) / length)
            outwards.append(outward)
            places.append(np.arange(0.1 * length, 0.9 * length, 1.0))
            colours.append(note.color)
    if not sides:
        return
    shaded = _shaded_sides(labels, px_per_mm, starts, alongs, outwards, places, [pairs[colour] for colour in colours])
    for (note, centre, outward, across), shows in zip(sides, shaded, strict=True):
        if not shows or note.doubtful:
            continue  # (a note made doubtful by one of its sides is not laid anew by another)
        note.doubtful, note.reason = True, "size"
        note.confidence = min(note.confidence, 0.45)
        grow = usual - across
        angle = math.radians(note.angle_deg)
        axis = np.array([math.cos(angle), math.sin(angle)])
        size = list(note.size)
        size[0 if abs(float(outward @ axis)) > 0.5 else 1] += grow
        moved = centre + outward * grow / 2
        note.center, note.size = (float(moved[0]), float(moved[1])), (size[0], size[1])


def _shaded_sides(
    labels: np.ndarray,
    px_per_mm: float,
    starts: list[np.ndarray],
    alongs: list[np.ndarray],
    outwards: list[np.ndarray],
    places: list[np.ndarray],
    dots: list[list[int]],
) -> list[bool]:
    """Per side (its start, unit direction along it and outward, in mm; ``places`` along it, mm from its start):
    whether the band beyond it shows the classes ``dots`` (its note's dots' colours) along most of it (see
    ``_shade_beyond``). All sides in one pass, each point as the side alone would lay it; the shares as
    ``np.mean`` takes them. ``tests/boards/capture/test_fast_paths.py`` compares it with one side at a time."""
    height, width = labels.shape
    depths = np.arange(SHADE_FROM_MM, SHADE_TO_MM, 0.5)
    counts = [len(along) for along in places]
    rows = np.repeat(np.arange(len(counts)), counts)
    start, along, outward = (np.array(values)[rows][:, None, :] for values in (starts, alongs, outwards))
    points = start + np.concatenate(places)[:, None, None] * along + depths[None, :, None] * outward
    xs = np.round(points[..., 0] * px_per_mm).astype(np.int32)
    ys = np.round(points[..., 1] * px_per_mm).astype(np.int32)
    inside = (xs >= 0) & (ys >= 0) & (xs < width) & (ys < height)
    kinds = sorted({tuple(classes) for classes in dots})
    tables = np.zeros((len(kinds), 256), bool)  # per kind of side: which classes are its dots' colours
    for kind, classes in enumerate(kinds):
        tables[kind, list(classes)] = True
    kind_of = np.array([kinds.index(tuple(classes)) for classes in dots])[rows]
    shade = tables[kind_of[:, None], labels[np.where(inside, ys, 0), np.where(inside, xs, 0)]] & inside
    across = (shade.mean(axis=1) >= SHADE_ACROSS).astype(np.intp)  # per place
    ends = np.cumsum(counts)
    along_shares = np.add.reduceat(across, ends - counts)
    return [int(share) / count >= SHADE_ALONG for share, count in zip(along_shares.tolist(), counts, strict=True)]


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
            core = cv2.dilate(blown.view(np.uint8), _disk(UNDER_GLARE_RIM_MM * px_per_mm)).view(bool)
        if np.count_nonzero(core[box] & inside):
            note.doubtful = True
            note.reason = "glare"
            note.confidence = min(note.confidence, 0.45)


def _bare_paper(
    labels: np.ndarray, window: tuple[slice, slice], unsure: tuple[np.ndarray | None, ...]
) -> Callable[[], np.ndarray]:
    """Where a cluster's window shows bare board (``bare_board``) and no highlight (``unsure``) makes that
    uncertain, worked out when first asked: a window whose regions are all notes standing alone never is."""
    found: list[np.ndarray] = []

    def paper() -> np.ndarray:
        if not found:
            bare = bare_board(labels[window])
            for mask in unsure:
                if mask is not None:
                    bare &= ~mask[window]
            found.append(bare)
        return found[0]

    return paper


def _search(
    cluster: Cluster,
    klass: int,
    paper: Callable[[], np.ndarray],
    image: np.ndarray | None,
    labels: np.ndarray,
    gray: np.ndarray | None,
    px_per_mm: float,
    sizes: SizeBook,
    only: set[int] | None = None,
    small: dict[int, list[np.ndarray]] | None = None,
    sold: bool = False,
) -> list[NoteBlob]:
    """The notes of one colour in one cluster (``paper``: its window's bare board, see ``_bare_paper``; ``only``:
    of these regions alone), centres in board mm. ``small[klass]`` collects the pixels (x, y, board px) of its
    regions too small for a note but not for a part of one. ``sold``: sizes sold not seen are guessed too (see
    _regions)."""
    offset = (cluster.window[1].start / px_per_mm, cluster.window[0].start / px_per_mm)
    others = cluster.others[klass] if cluster.others is not None else _others(cluster.masks)[klass]
    seamed = None
    kept = cluster.kept.setdefault(klass, Kept())
    if image is not None:
        window_image, member = image[cluster.window], kept.member  # (its seam_member, once first needed)

        def seamed(corners_px, sizes_mm=None, distinct=False, window_image=window_image, member=member) -> bool:
            if not member:
                member.append(seam_member(labels[cluster.window], klass, px_per_mm))
            return seam_across(corners_px, window_image, member[0], px_per_mm, sizes_mm or sizes.ordered(), distinct)

    window_gray = gray[cluster.window] if gray is not None else None
    window_color = image[cluster.window] if image is not None else None
    blobs = _regions(
        cluster.components[klass],
        cluster.lines,
        paper,
        others,
        px_per_mm,
        sizes,
        window_gray,
        seamed,
        only,
        window_color,
        pieces := [] if small is not None else None,
        cluster.against.get(klass),
        sold,
        kept,
    )
    if pieces:
        origin = np.array([cluster.window[1].start, cluster.window[0].start])
        small.setdefault(klass, []).extend(piece + origin for piece in pieces)
    for blob in blobs:
        blob.center = (blob.center[0] + offset[0], blob.center[1] + offset[1])
    return blobs


UNSEEN_SIZE = ("size", "unresolved")  # why a note is doubtful where a size not yet known may lie


def _sold_shown(
    searched,
    found: list[NoteBlob],
    image: np.ndarray | None,
    labels: np.ndarray,
    gray: np.ndarray | None,
    px_per_mm: float,
    sizes: SizeBook,
) -> list[tuple[float, float]]:
    """The sizes sold that notes of a size not seen show (see _sold_by_own_edges) in the regions ``searched`` with a
    note doubtful for its size or left unresolved (not one partly covered or under a highlight: the notes there are
    of sizes seen) whose outline shows a whole edge of such a size (``guessable``): those regions searched again
    guessing sizes sold from their whole edges (see _sold_from_edge); ``found``: all the notes read first. Only the
    sizes are kept: the regions are then read knowing them, as where a note standing alone shows its size. Not a
    size as long as notes of a size seen in line (``SizeBook.tiles``): two pads overlapping in line show it as well,
    and it is believed only once seen twice on notes standing alone (see learn_sizes)."""
    guessed: list[NoteBlob] = []
    for cluster, paper, klass, blobs in searched:
        doubted = {blob.region for blob in blobs if blob.reason in UNSEEN_SIZE and blob.guessable}
        if doubted:
            guessed += _search(cluster, klass, paper, image, labels, gray, px_per_mm, sizes, doubted, sold=True)
    shown = _sold_by_own_edges(guessed, [sample for note in found for sample in note.free_shadows])
    return [(long, short) for long, short in shown if not sizes.tiles(long, short)]


def _doubted_neighbourhoods(searched, px_per_mm: float) -> list[set[int]]:
    """Per (cluster, colour) searched, the regions with a doubtful note and those touching them (a note's
    doubt is judged against its neighbours: one reaching under it shows which lies on top)."""
    reach = _disk(3.0 * px_per_mm)
    doubted: dict[int, np.ndarray] = {}
    for cluster, *_, klass, blobs in searched:
        regions = {blob.region for blob in blobs if blob.doubtful}
        if regions:
            _, components, _ = cluster.components[klass]
            mask = doubted.setdefault(id(cluster), np.zeros(components.shape, np.uint8))
            mask |= np.isin(components, list(regions)).astype(np.uint8)
    near = {key: cv2.dilate(mask, reach) > 0 for key, mask in doubted.items()}
    again: list[set[int]] = []
    for cluster, *_, klass, _ in searched:
        if id(cluster) not in near:
            again.append(set())
            continue
        _, components, _ = cluster.components[klass]
        again.append({int(index) for index in np.unique(components[near[id(cluster)]]) if index})
    return again


def bare_board(labels: np.ndarray) -> np.ndarray:
    """Where the board shows bare: paper, and white (white paper in full light, white print); no note lies
    there (a note's washed-out part under a highlight is left to the caller)."""
    return (labels == PAPER) | (labels == WHITE)


def _sizes_seen(notes: list[NoteBlob]) -> None:
    """A note doubtful only because no other note on the photo has its size is judged again when another
    note shows that size whole (all four edges seen): that note proves the size as one standing alone would.
    So do two notes that each show both lengths of one size (_shows_size): a note partly covered may measure
    as a smaller one, but two by chance the same size sold is no longer chance."""
    proven = _proven_sizes(notes)
    for note in notes:
        if note.reason != "size" or note.if_size_seen is None:
            continue
        long, short = max(note.size), min(note.size)
        if any(abs(long - a) < SIZE_TOLERANCE_MM and abs(short - b) < SIZE_TOLERANCE_MM for a, b in proven):
            note.reason, note.doubtful = note.if_size_seen, bool(note.if_size_seen)
            if not note.doubtful:
                note.confidence = note.sure_confidence


def _proven_sizes(notes: list[NoteBlob]) -> list[tuple[float, float]]:
    """(long, short) of the sizes the notes prove: each note shown whole (see _whole_of_sold_size), and each
    size two notes show both lengths of (see _shows_size)."""
    proven = [(max(note.size), min(note.size)) for note in notes if note.proves_size and not note.doubtful]
    shown = [(max(note.size), min(note.size), note.center) for note in notes if note.shows_size]
    for index, (long, short, centre) in enumerate(shown):
        # (two notes, not one proposed twice from two regions it was cut into: see detect_notes)
        if any(
            abs(long - a) < SIZE_TOLERANCE_MM
            and abs(short - b) < SIZE_TOLERANCE_MM
            and math.dist(centre, other) >= 0.35 * min(short, b)
            for a, b, other in shown[index + 1 :]
        ):
            proven.append((long, short))
    return proven


def _sold_by_own_edges(notes: list[NoteBlob], light: list[tuple[np.ndarray, float]]) -> list[tuple[float, float]]:
    """(long, short) of the sizes sold that notes laid at a guessed size show, each of their sides their own edge
    (``lined_sides``, see _own_edges_round): the sides that show only as a line on a note of their colour face where
    shadows fall on this photo (_shaded_way), so the line is the note's own shadow and the note lies on top there
    (a note lying on it would cast no shadow onto it from that side). Its lengths are then measured between its own
    edges: the size sold nearest them. ``light``: the notes' sides against open board (see _free_shadows)."""
    proven = []
    for note in notes:
        if note.lined_sides is None or not all(_shaded_way(normal, light) for normal in note.lined_sides):
            continue
        long, short = max(note.size), min(note.size)
        proven.append(min(COMMON_SIZES_MM, key=lambda size: abs(size[0] - long) + abs(size[1] - short)))
    return proven


ON_TOP_MM = 4.0  # a sure note reaching this far under a side shows that the side is the upper note's edge
ON_TOP_SHARE = 0.6  # share of the overlap that must show the upper note's colour
#: a sure note of the same colour must reach this far past a seam: its colour cannot show which note lies on
#: top, so the reach must exceed how far off a sure note's side may lie
ON_TOP_SAME_MM = 12.0


def _lying_on_top(notes: list[NoteBlob], labels: np.ndarray, palette: Palette, px_per_mm: float) -> None:
    """A note not fixed across an axis, one of whose edges there borders another note, is fixed after all when
    that neighbour is sure and reaches under the edge: the edge is then not the neighbour's, so it is this
    note's own, and this note lies on top there. (Against a note of another colour this note's colour shows
    where the neighbour must lie; against one of its own colour the edge is a seam the neighbour runs past.)
    Where the neighbour stops at the edge, either may lie on the other. A note fixed so can fix the next.

    An edge is also the note's own when no shadow lies just inside it although on this photo the notes' edges
    against open board cast clear shadows the way a note lying over this edge would cast its own
    (_unshaded): no note lies on it there."""
    klass = {color: index for index, color in palette.note_colors.items()}
    light = [sample for note in notes for sample in note.free_shadows]
    changed = True
    while changed:
        changed = False
        sure = [note for note in notes if not note.doubtful]
        for note in notes:
            if not note.doubtful or note.reason != "covered" or not note.open_sides:
                continue
            polygon = note.corners().astype(np.float32)
            centre = np.array(note.center)
            reach = (max(note.size) + max(other.size) for other in sure)
            neighbours = [
                other for other, limit in zip(sure, reach) if math.dist(note.center, other.center) < limit * 0.75
            ]
            own_class = klass.get(note.color)
            shaded = note.open_shaded or tuple((1.0,) * len(sides) for sides in note.open_sides)
            if all(
                any(
                    _unshaded(centre + start, centre + end, centre, share, light)
                    or any(
                        _reaches_under(
                            (centre + start, centre + end),
                            centre,
                            polygon,
                            other,
                            labels,
                            own_class,
                            px_per_mm,
                            note.color,
                            klass.get(other.color),
                        )
                        for other in neighbours
                    )
                    for (start, end), share in zip(sides, shares)
                )
                for sides, shares in zip(note.open_sides, shaded)
            ):
                note.doubtful, note.reason, note.confidence = False, "", note.sure_confidence
                changed = True


SHADOW_SEEN = 3  # sides against open board facing one way that tell whether shadows fall that way
UNSHADED = 0.2  # share of a side with a shadow inside it, at most, for no note to lie on it


def _unshaded(start, end, centre, shaded: float, light: list[tuple[np.ndarray, float]]) -> bool:
    """Whether no note lies over this side (start, end; mm): a note there would cast its shadow inward across
    it (its own edge faces inward), and on this photo edges facing that way against open board do cast clear
    shadows (at least SHADOW_SEEN of them, CAST_SIDE of their length on average), yet none shows inside."""
    if shaded > UNSHADED:
        return False
    direction = (end - start) / max(1e-6, float(np.hypot(*(end - start))))
    inward = np.array([-direction[1], direction[0]])
    if inward @ (centre - (start + end) / 2) < 0:
        inward = -inward
    return _shadows_fall(inward, light, CAST_SIDE)


def _shadows_fall(direction: np.ndarray, light: list[tuple[np.ndarray, float]], share: float) -> bool:
    """Whether on this photo notes' edges facing ``direction`` (mm; any length) cast clear shadows across
    them: at least SHADOW_SEEN such edges against open board (``light``: their outward normals and cast
    shares, see _free_shadows), ``share`` of their length on average."""
    unit = direction / max(1e-6, float(np.hypot(*direction)))
    facing = [cast for normal, cast in light if float(normal @ unit) >= 0.9]
    return len(facing) >= SHADOW_SEEN and float(np.mean(facing)) >= share


SHADED_APART = 0.5  # share of their length by which edges facing where shadows fall cast more than those facing back


def _shaded_way(direction: np.ndarray, light: list[tuple[np.ndarray, float]]) -> bool:
    """Whether on this photo shadows fall towards ``direction`` (mm; any length): notes' edges against open board
    facing it cast their shadow along a larger share of their length, by SHADED_APART, than those facing back
    (towards the light, which cast none), at least SHADOW_SEEN of each (``light``: see _free_shadows)."""
    unit = direction / max(1e-6, float(np.hypot(*direction)))
    facing = [cast for normal, cast in light if float(normal @ unit) >= 0.9]
    back = [cast for normal, cast in light if float(normal @ unit) <= -0.9]
    if len(facing) < SHADOW_SEEN or len(back) < SHADOW_SEEN:
        return False
    return float(np.mean(facing)) - float(np.mean(back)) >= SHADED_APART


ALONG_DEG = 4.0  # a neighbour's side this parallel to a note's side ...
ALONG_MM = 2.5  # ... and this close to it runs along it: the note's visible part may end under it
ALONG_SHARE = 0.8  # share of the note's side the neighbour's side must run along


def _under_whole_neighbours(notes: list[NoteBlob], usual: tuple[float, float]) -> None:
    """A sure note one of whose sides runs straight along a side of a note of another colour shown whole is
    only measured up to that side: the neighbour, whole, may just as well lie over it as touch it, and the
    note go on under it (a usual note with its end covered shows a clean rectangle of a smaller size). Its
    length across that side is not seen: as with an end not seen (see _size_unseen), a note of another length
    than the usual note's there is doubtful, for the usual note might lie there, its centre elsewhere."""
    whole = [note for note in notes if note.whole and not note.doubtful]
    for note in notes:
        if note.doubtful:
            continue
        beside = [
            other
            for other in whole
            if other.color != note.color
            and math.dist(note.center, other.center) < (max(note.size) + max(other.size)) * 0.75
        ]
        if not beside:
            continue
        corners = note.corners()
        centre = np.array(note.center)
        long, short = max(usual), min(usual)
        for side in range(4):
            start, end = corners[side], corners[(side + 1) % 4]
            length = float(np.hypot(*(end - start)))
            direction = (end - start) / max(1e-6, length)
            outward = np.array([direction[1], -direction[0]])
            if outward @ ((start + end) / 2 - centre) < 0:
                outward = -outward
            across = note.size[1] if side % 2 == 0 else note.size[0]  # the note's length across this side
            along = note.size[0] if side % 2 == 0 else note.size[1]
            expected = long if abs(along - short) <= abs(along - long) else short  # the usual note turned to fit
            if abs(across - expected) / 2 <= PLACE_MM:
                continue
            if any(_runs_along(start, end, outward, other, length) for other in beside):
                note.doubtful, note.reason = True, "covered"
                note.confidence = min(note.confidence, 0.45)
                break


#: share of their length along which edges facing one way cast shadows on average for a line facing that way
#: that casts none to show that the note does not lie on top there
SHADOWS_MOSTLY = 0.5
GLARE_BEYOND = 0.2  # share of a note's part beyond where its colour ends under a highlight: not seen there
COVER_SHARE = 0.5  # share of a note's part beyond where its colour ends that neighbours stopping there cover
COVER_BACK_MM = 4.0  # ... a neighbour reaching back over the line this far on average (its edge a little off,
#: a few degrees turned) still stops there


def _ends_unexplained(notes: list[NoteBlob], glare: np.ndarray | None = None, px_per_mm: float = 1.0) -> None:
    """A sure note whose own colour ends straight across it, short of a side not seen, at another size's
    length (see _ends_short), is doubtful for its size unless other notes lie over its part beyond that line
    and stop there: their edge then cuts it off, and its end lies under them. Where the notes found beyond
    the line reach on under the note's visible part (the note lies on them there), or none lies there, the line
    is the note's own end as likely as not, the note a smaller one: it is laid ending there, doubtful (a usual
    note ending under its neighbours would lie half the difference, 10-13 mm, further on).

    Where edges facing the line's way cast shadows on this photo (see _shadows_fall), a note ending there
    on top of what lies beyond would cast its shadow across the line: with none there, its end lies under what
    lies beyond, and it stays as it is. So it does where a highlight (``glare``, board px) lies over the part
    beyond the line (GLARE_BEYOND of it): what lies there is not seen, the line may be the highlight's edge."""
    light = [sample for note in notes for sample in note.free_shadows]
    for note in notes:
        if note.doubtful or not note.ends_short:
            continue
        centre = np.array(note.center)
        beside = [
            other
            for other in notes
            if other is not note and math.dist(note.center, other.center) < (max(note.size) + max(other.size)) * 0.75
        ]
        ends = [
            hidden
            for hidden, shown, cast in note.ends_short
            if not _covered_up_to(centre + hidden, centre + shown, beside)
            and not (glare is not None and _share_of(glare, (centre + hidden) * px_per_mm) > GLARE_BEYOND)
            and not (cast <= UNSHADED and _shadows_fall(hidden[0] - hidden[3], light, SHADOWS_MOSTLY))
        ]
        if not ends:
            continue
        note.doubtful, note.reason = True, "size"
        note.confidence = min(note.confidence, 0.45)
        angle = math.radians(note.angle_deg)
        axis = np.array([math.cos(angle), math.sin(angle)])
        size = list(note.size)
        for hidden in ends:
            inward = hidden[3] - hidden[0]
            depth = float(np.hypot(*inward))
            side = hidden[1] - hidden[0]
            across = 1 if abs(float(side @ axis)) > 0.5 * float(np.hypot(*side)) else 0
            size[across] -= depth
            centre = centre + inward / 2
        note.center, note.size = (float(centre[0]), float(centre[1])), (size[0], size[1])


def _covered_up_to(hidden: np.ndarray, shown: np.ndarray, others: list[NoteBlob]) -> bool:
    """Whether ``others`` lying over ``hidden`` (a note's part beyond where its colour ends, mm corners, its
    first two on that line) and stopping at the line cover COVER_SHARE of it."""
    hidden32, shown32 = hidden.astype(np.float32), shown.astype(np.float32)
    area = float(cv2.contourArea(hidden32))
    line = float(np.hypot(*(hidden[1] - hidden[0])))
    if area <= 0.0 or line <= 0.0:
        return False
    covered = 0.0
    for other in others:
        corners = other.corners().astype(np.float32)
        over, _ = cv2.intersectConvexConvex(hidden32, corners)
        if over <= 0.0:
            continue
        back, _ = cv2.intersectConvexConvex(shown32, corners)
        if back <= COVER_BACK_MM * line:
            covered += over
    return covered >= COVER_SHARE * area


def _runs_along(start: np.ndarray, end: np.ndarray, outward: np.ndarray, other: NoteBlob, length: float) -> bool:
    """Whether a side of ``other`` runs along the side (start, end; outward normal) of a note, ``other``
    lying beyond it."""
    if (np.array(other.center) - (start + end) / 2) @ outward <= 0:
        return False
    direction = (end - start) / max(1e-6, length)
    corners = other.corners()
    for index in range(4):
        p, q = corners[index], corners[(index + 1) % 4]
        vector = q - p
        span = float(np.hypot(*vector))
        if span < 1e-6 or abs(float(vector @ direction)) / span < math.cos(math.radians(ALONG_DEG)):
            continue
        if max(abs(float((p - start) @ outward)), abs(float((q - start) @ outward))) > ALONG_MM:
            continue
        low, high = sorted((float((p - start) @ direction), float((q - start) @ direction)))
        if min(high, length) - max(low, 0.0) >= ALONG_SHARE * length:
            return True
    return False


BEYOND_MM = 2.5  # how far outside a side the note seen across it is looked at
BEYOND_SHARE = 0.5  # share of that strip (along the overlap) that must show the neighbour's colour


def _reaches_under(
    side, centre, polygon, other: NoteBlob, labels, own_class, px_per_mm: float, color: str, other_class=None
) -> bool:
    """Whether ``other`` reaches at least ON_TOP_MM (of the note's own ``color``: ON_TOP_SAME_MM) under the
    ``side`` (start, end) of the note ``polygon`` (mm), along a good part of it, where the note's colour shows,
    and is the note seen across the side there (its colour, ``other_class``, just outside it): an edge with a
    third note beyond it may be that note's, whatever the neighbour does under it (a sure note overlapping a
    corner runs past the side next to it without showing anything about that side)."""
    start, end = side
    if own_class is None:
        return False
    area, overlap = cv2.intersectConvexConvex(polygon, other.corners().astype(np.float32))
    if overlap is None or area < ON_TOP_MM * 10.0:
        return False
    points = overlap.reshape(-1, 2).astype(np.float64)
    direction = (end - start) / max(1e-6, float(np.hypot(*(end - start))))
    inward = np.array([-direction[1], direction[0]])
    if inward @ (centre - (start + end) / 2) < 0:
        inward = -inward
    depth = (points - start) @ inward
    along = (points - start) @ direction
    length = float(np.hypot(*(end - start)))
    # the overlap starts at this side (not at another one), reaches under it, and runs along 10 mm of it
    reach = ON_TOP_SAME_MM if other.color == color else ON_TOP_MM
    if depth.min() > 1.5 or depth.max() < reach:
        return False
    low, high = max(0.0, along.min()), min(length, along.max())
    if high - low < 10.0:
        return False
    height, width = labels.shape
    if other_class is not None:
        steps = np.linspace(low, high, max(4, int(high - low)))
        outside = start + steps[:, None] * direction - BEYOND_MM * inward
        xs, ys = np.round(outside * px_per_mm).astype(np.int32).T
        ok = (xs >= 0) & (ys >= 0) & (xs < width) & (ys < height)
        if not ok.any() or np.count_nonzero(labels[ys[ok], xs[ok]] == other_class) < BEYOND_SHARE * len(steps):
            return False
    on, total = pixels_on(labels, points * px_per_mm, own_class)
    return total > 0 and on >= ON_TOP_SHARE * total


OPEN_BOARD_SHARE = 0.15  # a sure note's rectangle may lie this much over bare board (its edges a little off)


def _note_box(
    note: NoteBlob, px_per_mm: float, shape: tuple[int, ...], corners: np.ndarray | None = None
) -> tuple[slice, slice] | None:
    """The pixels of the box around a note's rectangle, clipped to an image of ``shape``; None if outside it.
    ``corners``: its corners in px, when worked out already."""
    corners = note.corners() * px_per_mm if corners is None else corners
    # (four numbers: plain Python is quicker here)
    xs, ys = corners[:, 0].tolist(), corners[:, 1].tolist()
    x0, y0 = max(math.floor(min(xs)), 0), max(math.floor(min(ys)), 0)
    x1, y1 = min(math.ceil(max(xs)) + 1, shape[1]), min(math.ceil(max(ys)) + 1, shape[0])
    return None if x1 <= x0 or y1 <= y0 else (slice(y0, y1), slice(x0, x1))


def _inside_note(
    note: NoteBlob, px_per_mm: float, box: tuple[slice, slice], corners: np.ndarray | None = None
) -> np.ndarray:
    """Which pixels of ``box`` (``_note_box``) lie inside the note's rectangle (``corners`` in px, when worked
    out already)."""
    rows, columns = box
    mask = np.zeros((rows.stop - rows.start, columns.stop - columns.start), np.uint8)
    corners = (note.corners() * px_per_mm if corners is None else corners) - (columns.start, rows.start)
    cv2.fillConvexPoly(mask, np.round(corners).astype(np.int32), 1)
    return mask.view(bool)


def _doubt_open_board(notes: list[NoteBlob], labels: np.ndarray, washed: np.ndarray | None, px_per_mm: float) -> None:
    """A note whose rectangle lies partly over bare board is not where (or not as large as) the reader
    says: doubtful. Judged on the whole board, not only on the surroundings its region was chosen in."""
    for note in notes:
        if note.doubtful:
            continue
        corners = note.corners() * px_per_mm
        box = _note_box(note, px_per_mm, labels.shape, corners)
        if box is None:
            continue
        inside = _inside_note(note, px_per_mm, box, corners)
        bare = bare_board(labels[box])
        if washed is not None:
            bare &= ~washed[box]
        area = max(1, int(np.count_nonzero(inside)))
        if np.count_nonzero(bare & inside) > OPEN_BOARD_SHARE * area:
            note.doubtful = True
            note.reason = "covered"
            note.confidence = min(note.confidence, 0.45)


@dataclass
class Cluster:
    """Touching notes of any colours (with their writing): the part of the board one search looks at."""

    window: tuple[slice, slice]  # rows, columns of the board image
    masks: dict[int, np.ndarray]  # note class → its filled pixels (uint8) within the window
    components: dict[int, Components]
    lines: np.ndarray | None = None  # dark lines and colour steps within the window (where its masks are)
    box: tuple[int, int, int, int] = (0, 0, 0, 0)  # top, left, height, width of its pixels in the board image
    others: dict[int, np.ndarray] | None = None  # note class → the other classes' masks (see _others)
    #: note class → region → whether it lies against notes of other colours, where learn_sizes asked
    against: dict[int, dict[int, bool]] = field(default_factory=dict)
    #: note class → what searching its regions worked out that the sizes seen do not change (see ``Kept``)
    kept: dict[int, Kept] = field(default_factory=dict)


@dataclass
class _RegionKept:
    """One region's maps (``Region``, with the candidates measured on them) and outlines, kept between searches."""

    region: Region
    contours: Sequence[np.ndarray]  # its outer outlines (``cv2.findContours``)
    trimmed: list = field(default_factory=list)  # [``_trimmed_box``'s answer], once asked
    pieces: list = field(default_factory=list)  # [the outlines of its pieces cut along dark lines], once asked
    shapes: list = field(default_factory=list)  # its outlines' polygons and corners (see ``Outline.propose``)
    piece_shapes: list = field(default_factory=list)  # its pieces' (see ``Outline.propose``)


@dataclass
class Kept:
    """What searching the regions of one colour in a cluster works out that the sizes seen do not change: each
    region's maps, outlines and their corners, what its candidates measured (``Region.measured``), the window's
    bare board eroded and the seam members. ``detect_notes`` searches regions a second time once a note proves a
    size (most of a dense board's): the second search takes these up instead of working them out again.
    ``tests/boards/capture/test_fast_paths.py`` compares it with searching afresh."""

    regions: dict[int, _RegionKept] = field(default_factory=dict)
    bare: list[np.ndarray] = field(default_factory=list)  # [``_regions``' eroded bare board], once asked
    member: list[np.ndarray] = field(default_factory=list)  # [``seam_member`` of the colour], once asked


def _clusters(labels: np.ndarray, allowed: np.ndarray, palette: Palette, px_per_mm: float):
    """Where notes are: regions of any note colour (writing on them bridged), each with its per-colour masks."""
    classes = sorted(palette.note_colors)
    is_note = np.zeros(256, bool)
    is_note[classes] = True
    is_wild = np.zeros(256, bool)
    is_wild[[INK, NONE, WHITE, *palette.dot_kinds]] = True
    # (cv2.LUT: a table lookup over the whole board image, several times faster than numpy's indexing)
    notes = (cv2.LUT(labels, is_note.view(np.uint8)).view(bool) & allowed).view(np.uint8)
    wildcard = cv2.LUT(labels, is_wild.view(np.uint8)).view(bool)
    # the blurred rim of coloured writing on a note (blue ink smeared into yellow) can pass for bare board:
    # board-coloured pixels right beside dark ones may be bridged too (an opening of bare board stays)
    dark = ((labels == INK) | (labels == NONE)).view(np.uint8)
    wildcard |= (labels == PAPER) & (cv2.dilate(dark, _disk(WRITING_RIM_MM * px_per_mm)) > 0)
    wildcard &= allowed
    opening = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3))
    closing = _disk(STROKE_CLOSE_MM / 2 * px_per_mm)
    notes = cv2.morphologyEx(notes, cv2.MORPH_OPEN, opening)
    joined = notes | (cv2.morphologyEx(notes, cv2.MORPH_CLOSE, closing) & wildcard)
    count, components, stats, _ = components8(joined)
    min_area = MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm
    margin = int(round(14 * px_per_mm))
    height, width = labels.shape
    hole_px = HOLE_FILL_MM2 * px_per_mm * px_per_mm
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if area < 0.5 * min_area:
            continue
        window = (
            slice(max(0, y - margin), min(height, y + h + margin)),
            slice(max(0, x - margin), min(width, x + w + margin)),
        )
        # every mask lies within the cluster's box, and it is kept within the box and a border of a pixel, where
        # the closing's erosion looks at its dilation up to half the disc's width farther out (beyond the box's
        # pixels and that far, the dilation is empty; a pixel more of margin: the erosion sees those empty pixels
        # instead of the window's border): the masks are worked out near the box (as over the whole window,
        # faster), their holes and parts in the box with a border of a pixel (the window beyond it is empty), and
        # then put in the window
        near = _around(window, (y, x, h, w), closing.shape[0] // 2 + 2)
        box = _around(window, (y, x, h, w), 1)
        inner, placed = _relative(box, near), _relative(box, window)
        member = components[near] == index
        local = labels[near]
        local_wild = wildcard[near] & member
        masks: dict[int, np.ndarray] = {}
        parts: dict[int, Components] = {}
        present = cv2.calcHist([local], [0], member.view(np.uint8), [256], [0, 256]).ravel()  # (bincount, faster)
        shape = (window[0].stop - window[0].start, window[1].stop - window[1].start)
        for klass in classes:
            if present[klass] < 0.5 * min_area:
                continue
            raw = ((local == klass) & member).astype(np.uint8)
            raw = cv2.morphologyEx(raw, cv2.MORPH_OPEN, opening)
            filled = _bridged(raw, closing, local_wild)
            mask = _fill_small_holes(np.ascontiguousarray(filled[inner]), hole_px)
            found, pieces, boxes = components_of(mask)
            masks[klass] = np.zeros(shape, np.uint8)
            masks[klass][placed] = mask
            parts[klass] = (found, np.zeros(shape, np.int32), boxes)
            parts[klass][1][placed] = pieces
            boxes[:, 0] += placed[1].start  # (row 0, the background's, is that of the box)
            boxes[:, 1] += placed[0].start
        if masks:
            yield Cluster(window, masks, parts, box=(int(y), int(x), int(h), int(w)))


def _bridged(raw: np.ndarray, closing: np.ndarray, wild: np.ndarray) -> np.ndarray:
    """``raw | (cv2.morphologyEx(raw, cv2.MORPH_CLOSE, closing) & wild)`` (uint8 0/1 masks, ``closing`` a
    symmetric disc): ``raw`` with what its closing bridges where ``wild``. Closed near ``raw``'s pixels alone, within
    half the disc's width and a pixel of their box: beyond that box the closing is empty (a disc holding such a
    pixel lies off the box on its far side), within it the same as over the whole (its erosion looks half a width
    out, at the dilation of what lies half a width farther). A colour of a cluster of several takes up part of its
    box. ``tests/boards/capture/test_notes_fast.py`` compares it with the plain closing."""
    x, y, w, h = cv2.boundingRect(raw)
    filled = raw.copy()
    if w == 0:
        return filled
    reach = closing.shape[0] // 2 + 1
    part = (
        slice(max(0, y - reach), min(raw.shape[0], y + h + reach)),
        slice(max(0, x - reach), min(raw.shape[1], x + w + reach)),
    )
    filled[part] |= cv2.morphologyEx(raw[part], cv2.MORPH_CLOSE, closing) & wild[part]
    return filled


def _cluster_lines(
    cluster: Cluster, lines: np.ndarray, image: np.ndarray | None, labels: np.ndarray, palette: Palette
) -> np.ndarray:
    """The dark ``lines`` within a cluster's window, with the colour steps between notes of one colour (see
    ``colour_steps``) where its masks are: the lines count only there. The steps are looked for near its box, the
    same there as over the whole window (as far as a 5 × 5 neighbourhood reaches), and left out beyond it."""
    if image is None:
        return lines[cluster.window]
    near = _around(cluster.window, cluster.box, 2)
    steps = np.zeros(lines[cluster.window].shape, bool)
    steps[_relative(near, cluster.window)] = colour_steps(image[near], labels[near], palette)
    return lines[cluster.window] | steps


def _around(window: tuple[slice, slice], box: tuple[int, int, int, int], margin: int) -> tuple[slice, slice]:
    """The rows and columns of ``box`` (top, left, height, width) with ``margin`` around it, within ``window``."""
    top, left, height, width = box
    return (
        slice(max(window[0].start, top - margin), min(window[0].stop, top + height + margin)),
        slice(max(window[1].start, left - margin), min(window[1].stop, left + width + margin)),
    )


def _relative(part: tuple[slice, slice], whole: tuple[slice, slice]) -> tuple[slice, slice]:
    """The rows and columns ``part`` of an image within ``whole`` of it, counted from ``whole``'s start."""
    return tuple(slice(inner.start - outer.start, inner.stop - outer.start) for inner, outer in zip(part, whole))


def _similar_hues(first: str, second: str, limit_deg: float = 40.0) -> bool:
    """Whether two note colours lie close enough in hue for light to shift one into the other."""
    hues = []
    for color_id in (first, second):
        r, g, b = (channel / 255 for channel in hex_to_rgb(note_color(color_id).hex))
        hues.append(colorsys.rgb_to_hsv(r, g, b)[0] * 360)
    difference = abs(hues[0] - hues[1]) % 360
    return min(difference, 360 - difference) < limit_deg


def _one_colour_per_place(notes: list[NoteBlob]) -> list[NoteBlob]:
    """A note whose colour shifts across it (light, a highlight) shows as two notes of two colours at one
    place: a doubtful one mostly inside a sure one, or two that nearly coincide. Keep the better one."""
    order = sorted(notes, key=lambda blob: (blob.doubtful, -blob.confidence, -blob.size[0] * blob.size[1]))
    kept: list[NoteBlob] = []
    for blob in order:
        polygon = blob.corners().astype(np.float32)
        area = max(1e-6, blob.size[0] * blob.size[1])
        duplicate = False
        # by sure notes of a similar hue: a doubtful blob between two of them is their colour-shifted parts
        covered = 0.0
        for other in kept:
            if math.dist(blob.center, other.center) > max(*blob.size, *other.size):
                continue
            shared, _ = cv2.intersectConvexConvex(polygon, other.corners().astype(np.float32))
            union = area + other.size[0] * other.size[1] - shared
            similar = not other.doubtful and _similar_hues(blob.color, other.color)
            covered += shared if similar else 0.0
            # a smaller "note" within a sure one of a similar hue is that note's colour-shifted part
            within = similar and shared >= 0.9 * area and area < other.size[0] * other.size[1]
            if (blob.doubtful and covered >= 0.6 * area) or shared >= 0.8 * union or within:
                duplicate = True
                break
        if not duplicate:
            kept.append(blob)
    return kept


def _in_line(
    size: tuple[float, float], corners_px: np.ndarray, sizes: SizeBook, seamed: Callable[[np.ndarray], bool] | None
) -> bool:
    """Whether a clean rectangle is notes in line (one lying on the other), not one note, whatever sizes
    were seen: as long as notes of a known size in line, with the edge of an upper pad across it."""
    return seamed is not None and sizes.tiles(max(size), min(size)) and seamed(corners_px)


def _regions(
    regions: Components,
    lines: np.ndarray,
    paper: np.ndarray,
    others: np.ndarray,
    px_per_mm: float,
    sizes: SizeBook,
    gray: np.ndarray | None = None,
    seamed: Callable[..., bool] | None = None,
    only: set[int] | None = None,
    color: np.ndarray | None = None,
    small: list[np.ndarray] | None = None,
    against: dict[int, bool] | None = None,
    sold: bool = False,
    kept: Kept | None = None,
) -> list[NoteBlob]:
    """Notes in the regions of one colour (``only``: in these of them). ``seamed(corners_px, sizes_mm=None)``
    (window px) tells whether a rectangle holds the edge of one note lying on another, a note's length of
    ``sizes_mm`` (default: the sizes seen) from an end (see ``seam_across``). ``small`` collects the pixels
    (x, y) of the regions too small for a note but at least half that size (a note mostly under dots). ``paper``:
    the bare board of the window, when first asked (see ``_bare_paper``). ``against``: per region, whether it lies
    against notes of other colours, where known already (see ``learn_sizes``). ``sold``: where the outline alone does
    not explain a region, also guess sizes sold not seen from its whole edges (see _sold_from_edge). ``kept``: what
    an earlier search of these regions worked out that the sizes seen do not change (see ``Kept``), taken up and
    added to."""
    min_area = MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm
    margin = int(round(12 * px_per_mm))
    count, components, stats = regions
    height, width = components.shape
    found: list[NoteBlob] = []
    edge_kernel = _disk(2.4 * px_per_mm)
    deep_kernel = _disk(3.0 * px_per_mm)
    line_kernel = _disk(1.2 * px_per_mm)
    eroded: list[np.ndarray] = kept.bare if kept is not None else []

    def bare() -> np.ndarray:
        if not eroded:
            eroded.append(cv2.erode(paper().view(np.uint8), edge_kernel) > 0)
        return eroded[0]

    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if only is not None and index not in only:
            continue
        if area < min_area:
            if small is not None and area >= 0.5 * min_area:
                piece = components[y : y + h, x : x + w] == index
                small.append(cv2.findNonZero(piece.view(np.uint8)).reshape(-1, 2) + np.array([x, y]))
            continue
        x0, y0 = max(0, x - margin), max(0, y - margin)
        x1, y1 = min(width, x + w + margin), min(height, y + h + margin)
        own = components[y0:y1, x0:x1] == index
        own8 = own.view(np.uint8)
        found_before = len(found)
        guessable = False  # (whether a size sold not seen could be guessed in it: see below)
        known_against = against.get(index) if against is not None else None
        alone = _standing_alone(own8, (x0, y0), px_per_mm, sizes, others[y0:y1, x0:x1], known_against)
        if alone is not None and _in_line(alone.size, alone.corners() * px_per_mm, sizes, seamed):
            alone = None
        if alone is not None:
            alone.region = index
            found.append(alone)
            continue
        state = kept.regions.get(index) if kept is not None else None
        if state is None:
            roi_lines = lines[y0:y1, x0:x1] & own
            lines8 = roi_lines.view(np.uint8)
            border = own8 - cv2.erode(own8, np.ones((3, 3), np.uint8))
            near_edge = cv2.dilate(border | lines8, edge_kernel) > 0
            thick_lines = cv2.dilate(lines8, line_kernel) > 0
            inside = (cv2.erode(own8, deep_kernel) > 0) & ~thick_lines
            roi_paper = (cv2.erode(paper()[y0:y1, x0:x1].view(np.uint8), edge_kernel) > 0) & ~own
            roi_others = others[y0:y1, x0:x1] > 0
            region = Region(np.array([x0, y0], np.float64), own, roi_paper, near_edge, inside, roi_others, thick_lines)
            region.gray = gray[y0:y1, x0:x1] if gray is not None else None
            region.color = color[y0:y1, x0:x1] if color is not None else None
            region.measured = {}
            state = _RegionKept(region, cv2.findContours(own8, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0])
            if kept is not None:
                kept.regions[index] = state
        region, thick_lines = state.region, state.region.lines
        region.bare = bare
        if seamed is not None:
            region.seamed = lambda corners, distinct=False, origin=region.origin: seamed(
                corners + origin, distinct=distinct
            )
            region.usual_mm = max(sizes.usual)

        contours = state.contours
        candidates: list[Candidate] = []
        offset = np.array([x0, y0], np.float64) / px_per_mm
        contour = max(contours, key=cv2.contourArea)
        box = _box_candidate(contour.astype(np.float32) + np.float32([x0, y0]), px_per_mm)
        clean = (
            len(contours) == 1
            and box is not None
            and cv2.contourArea(contour) >= 0.93 * box.size[0] * box.size[1] * px_per_mm * px_per_mm
        )
        if not clean:
            # a rectangle once the dots on its edge are set aside: weighed as one note of a size sold not yet
            # believed (below); of a size known it is still searched (a note partly under another one can
            # show a clean rectangle of a smaller size)
            if not state.trimmed:
                state.trimmed.append(_trimmed_box(own8, px_per_mm, others[y0:y1, x0:x1] > 0))
            trimmed = state.trimmed[0]
            trimmed_box = None
            if trimmed is not None:
                trimmed_box = _box_candidate(trimmed.astype(np.float32) + np.float32([x0, y0]), px_per_mm)
            if trimmed_box is not None:
                long, short = max(trimmed_box.size), min(trimmed_box.size)
                if _common(long, short) and not sizes.known(long, short) and not _longer_than_sold(long, short):
                    box, clean = trimmed_box, True
        single = clean and sizes.known(max(box.size), min(box.size))
        # a clean rectangle of a size sold but not (yet) believed: one larger note, or usual ones in line
        either = clean and not single and _common(max(box.size), min(box.size))
        if clean and _in_line(box.size, box.corners_mm() * px_per_mm, sizes, seamed):
            single = either = False
        segments: list[np.ndarray] = []  # the straight edges of the outlines, for refitting
        outline = Outline(offset, px_per_mm, 0.5 * min_area, segments)
        candidates = outline.propose(contours, sizes, corners=not single, known_only=False, shapes=state.shapes)
        outer = list(segments)  # the region's own outline (not yet the pieces cut along dark lines)
        if box is not None:
            candidates.append(box)
            if not single:
                candidates += _grown(box, sizes)
        candidates = _fitted(candidates, segments, sizes)
        chosen = _choose(candidates, region, px_per_mm)
        if not single and not _explains(chosen, own):
            # the outline alone does not explain the region: cut it along dark lines (the shadow between
            # overlapping notes, a colour step) and propose from the pieces too
            if not state.pieces:
                cut = (own & ~thick_lines).astype(np.uint8)
                state.pieces.append(cv2.findContours(cut, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0])
            pieces = state.pieces[0]
            proposed = outline.propose(pieces, sizes, corners=True, known_only=True, shapes=state.piece_shapes)
            more = _fitted(proposed, segments, sizes)
            more += _new_only(_fitted(_edge_candidates(outer, sizes), segments, sizes), candidates + more)
            if sold:
                more += _sold_guesses(outline.found, sizes, segments, candidates + more)
            else:
                guessable = any(_sold_from_edge(corner, sizes) for corner in outline.found)
            chosen = _choose(candidates + more, region, px_per_mm)
        chosen = _joined_in_line(chosen, region, px_per_mm, sizes)
        # (one note chosen that is shorter than the rectangle leaves the rest of it for a second note laid
        # from the rest: two notes in line as well, with no seam between them)
        split = len(chosen) > 1 or (
            len(chosen) == 1 and box is not None and max(box.size) - max(chosen[0].size) > SIZE_TOLERANCE_MM
        )
        if either and split and region.seamed is not None and not _longer_than_sold(max(box.size), min(box.size)):
            # a clean rectangle of a size sold with no pad's edge across it (see _in_line) is one note of that
            # size, judged as any note, when the notes chosen inside it do not make up its length as notes
            # lying in line would (a curled end or dots on its edge read as a usual note at each end); when they
            # do, still one note if the rectangle is as long as a note sold, as exactly as an outline measures one
            # (pads in line lie so exactly flush at their sides and make that length only by chance; its width may
            # measure short, a lifted or curled edge), but doubtful for its size
            filled = _fill_length(chosen, box)
            long, short = max(box.size), min(box.size)
            if not filled or any(
                abs(long - a) < PIECES_FIT_MM and abs(short - b) < SIZE_TOLERANCE_MM for a, b in COMMON_SIZES_MM
            ):
                _evaluate(box, region, px_per_mm)
                if box.area > 0 and box.paper <= MAY_FIT_PAPER:
                    box.known, box.in_line = False, filled
                    chosen, split = [box], False
        for candidate in chosen:
            # the image's evidence where the outline alone leaves the note doubtful; of a sure note only its
            # sides against open board (where shadows fall on this photo, see _free_shadows) and those its own
            # colour runs on across (see _runs_on)
            free_sides = {side for side in range(4) if candidate.free[side] >= FREE_WHOLE}
            runs_on = _open_on(candidate) if _size_guessed(candidate) else set()
            _seams(candidate, region, px_per_mm, range(4) if _doubt(candidate) else free_sides | runs_on)
        for candidate in chosen:
            size, angle = _normalise_angle(candidate.size, candidate.angle_deg)
            confidence = _confidence(candidate, sizes)
            reason = (
                "size" if either and split else _doubt(candidate) or _size_unseen(candidate, sizes, region, px_per_mm)
            )
            if not reason and (
                candidate.in_line
                or _runs_on(candidate, chosen, region, px_per_mm)
                or _kinked_in_line(candidate, sizes)
                or _stretched(candidate, sizes)
            ):
                reason = "size"
            if_size_seen, open_sides = None, _open_sides(candidate) if reason == "covered" else ()
            if reason == "size" and not candidate.known and not (either and split):
                # judged again as if the size were known (once another note shows it whole, see _sizes_seen)
                candidate.known = True
                if_size_seen = _doubt(candidate) or _size_unseen(candidate, sizes, region, px_per_mm)
                open_sides = _open_sides(candidate) if if_size_seen == "covered" else ()
                candidate.known = False
            found.append(
                NoteBlob(
                    "",
                    (float(candidate.center[0]), float(candidate.center[1])),
                    (float(size[0]), float(size[1])),
                    float(angle),
                    min(confidence, 0.45) if reason else confidence,
                    doubtful=bool(reason),
                    reason=reason,
                    region=index,
                    open_sides=open_sides,
                    open_shaded=_open_shaded(candidate) if open_sides else (),
                    free_shadows=_free_shadows(candidate),
                    sure_confidence=confidence,
                    if_size_seen=if_size_seen,
                    proves_size=not reason and not candidate.known,
                    shows_size=_shows_size(candidate),
                    lined_sides=_own_edges_round(candidate) if candidate.sold_guess and reason == "size" else None,
                    whole=_whole(candidate),
                    # (of a note sure, or one that may turn sure: see _lying_on_top, _sizes_seen)
                    ends_short=(
                        _ends_short(candidate, region, sizes, px_per_mm)
                        if not reason or open_sides or if_size_seen == ""
                        else ()
                    ),
                )
            )
        explained = np.zeros(own.shape, bool)
        for candidate in chosen:
            explained[candidate.window] |= candidate.own
        rest = (own & ~explained).view(np.uint8)
        note_px = TYPICAL_NOTE_MM**2 * px_per_mm**2
        # (an opening only takes pixels away: too little left before it, too little after it)
        if np.count_nonzero(rest) >= 0.35 * note_px:
            rest = cv2.morphologyEx(rest, cv2.MORPH_OPEN, _disk(4 * px_per_mm))
        if rest.sum() >= 0.35 * note_px:
            rest_contours, _ = cv2.findContours(rest, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
            for contour in rest_contours:
                if cv2.contourArea(contour) < 0.35 * TYPICAL_NOTE_MM**2 * px_per_mm**2:
                    continue
                rest_box = _box_candidate(contour.astype(np.float32) + np.float32([x0, y0]), px_per_mm, longer=True)
                if rest_box is None:
                    continue
                in_line = _rest_in_line(rest_box, sizes)
                unresolved = cv2.contourArea(contour) > 1.3 * note_px or in_line
                if unresolved:
                    piece = np.zeros(rest.shape, np.uint8)
                    cv2.drawContours(piece, [contour], 0, 1, -1)
                    pixels = cv2.findNonZero(piece & rest).reshape(-1, 2) + np.array([x0, y0])
                    ends = _ends_in_line(rest_box, pixels / px_per_mm, px_per_mm, sizes)
                    guessed = not ends and in_line
                    if guessed:
                        # their widths not measured at the ends (curled, shaded, covered): usual notes laid
                        # against the two ends, doubtful
                        ends = _usual_at_ends(rest_box, sizes)
                    if ends:
                        # notes in line whose outer ends show: each placed from its end, judged as any other
                        # the upper pad's edge lies where one of them ends, a note's length from an end
                        across = min(rest_box.size)
                        meet = [(max(end.size), across) for end in ends]
                        long_note = _common(max(rest_box.size), across) and not (
                            seamed is not None and seamed(rest_box.corners_mm() * px_per_mm, meet)
                        )
                        for end in ends:
                            _evaluate(end, region, px_per_mm)
                            _seams(end, region, px_per_mm)
                            # (one note of a size sold, no seam across: it may be one longer note)
                            reason = "size" if long_note else _doubt(end) or _size_unseen(end, sizes, region, px_per_mm)
                            reason = "unresolved" if guessed else reason
                            size, angle = _normalise_angle(end.size, end.angle_deg)
                            found.append(
                                NoteBlob(
                                    "",
                                    (float(end.center[0]), float(end.center[1])),
                                    (float(size[0]), float(size[1])),
                                    float(angle),
                                    0.3 if reason else _confidence(end, sizes),
                                    doubtful=bool(reason),
                                    reason=reason,
                                    region=index,
                                )
                            )
                        continue
                guess = rest_box
                reason = "unresolved" if unresolved else "covered"
                if not unresolved:
                    # the rest of a note whose other part lies under its neighbours: the usual size, laid
                    # against the rest's sides that border the board
                    options = [rest_box, *_grown(rest_box, sizes)]
                    for option in options:
                        _evaluate(option, region, px_per_mm)
                    guess = max(
                        (option for option in options if option.area > 0),
                        key=lambda option: option.support - option.contradiction - 2 * option.paper,
                        default=rest_box,
                    )
                    # judged by the rule every chosen note is judged by: sure only where its edges fix it
                    guess.known = sizes.known(max(guess.size), min(guess.size))
                    _seams(guess, region, px_per_mm)
                    reason = (
                        (_doubt(guess) or _size_unseen(guess, sizes, region, px_per_mm)) if guess.area > 0 else reason
                    )
                if_size_seen = None
                if reason == "size" and not unresolved and not guess.known:
                    # judged again as if the size were known (see _sizes_seen)
                    guess.known = True
                    if_size_seen = _doubt(guess) or _size_unseen(guess, sizes, region, px_per_mm)
                    guess.known = False
                size, angle = _normalise_angle(guess.size, guess.angle_deg)
                found.append(
                    NoteBlob(
                        "",
                        (float(guess.center[0]), float(guess.center[1])),
                        (float(size[0]), float(size[1])),
                        float(angle),
                        0.3 if reason else _confidence(guess, sizes),
                        doubtful=bool(reason),
                        reason=reason,
                        region=index,
                        sure_confidence=_confidence(guess, sizes),
                        if_size_seen=if_size_seen,
                        shows_size=not unresolved and _shows_size(guess),
                    )
                )
        for blob in found[found_before:]:
            blob.guessable = guessable
        if small is not None and len(found) == found_before:
            # no note read in it: a note mostly under dots and writing shows as little (see _under_dots)
            small.append(cv2.findNonZero(own8).reshape(-1, 2) + np.array([x0, y0]))
    return found


UNDER_DOTS_SHARE = 0.3  # share of a note-coloured piece's rim on dots for the dots to hide the rest of a note
UNDER_DOTS_RIM_MM = 2.0  # the blurred rim between a note and a dot on it
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
    joined through the same dots are one note. Its extent is not seen: a doubtful ("covered") note where its
    visible pieces lie, unless a note of its colour found already lies there."""
    if not small:
        return []
    is_dot = np.zeros(256, bool)
    is_dot[list(palette.dot_kinds)] = True
    rim_kernel = _disk(UNDER_DOTS_RIM_MM * px_per_mm)
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
            grown = cv2.dilate(own, rim_kernel)
            _, groups, _, _ = components8(dots | own | (grown & cv2.dilate(dots, rim_kernel)))
            member = groups == groups[piece[0, 1] - y0, piece[0, 0] - x0]
            visible = (own > 0) & member
            rim = (grown > 0) & member & ~visible
            if rim.sum() == 0 or (rim & (dots > 0)).sum() < UNDER_DOTS_SHARE * rim.sum():
                continue
            extent = cv2.minAreaRect(cv2.findNonZero(member.view(np.uint8)))[1]
            if min(extent) < MIN_NOTE_SIDE_MM * px_per_mm:
                continue
            (cx, cy), (vw, vh), angle = cv2.minAreaRect(cv2.findNonZero(visible.view(np.uint8)))
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


def _may_lie_under_dots(
    center, size, angle: float, klass: int, notes: list[NoteBlob], labels, palette: Palette, px_per_mm: float
) -> bool:
    """Whether a note (of class ``klass``) laid under dots from a region large enough for a note that the search
    read nothing in (see ``_regions``) may lie there: not much of it shows the bare board or another note's colour
    (where they show, no note lies over them: the region is then a piece of something else, a curled note's
    shaded end, the rims of dots on a note of another colour), nor does it lie over notes of its colour found
    already (a piece of one of them) or over most of a sure note of another colour (the blurred rims of dots on
    that note)."""
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
        if note.color == color or not note.doubtful:
            over = cv2.intersectConvexConvex(laid, note.corners().astype(np.float32))[0]
            if note.color == color:
                same += over
            else:
                other += over
    # (a sure note of another colour is seen whole: no note lies over most of it, what lies there is on it)
    return same <= UNDER_DOTS_OTHERS * area and other <= UNDER_DOTS_ON_SURE * area


def _laid_under_dots(center_px, visible_px, angle: float, member: np.ndarray, px_per_mm: float):
    """Where a note most of which lies under dots most likely is (centre and size, mm, in ``member``'s window):
    the smallest square note sold as large as its visible part, laid over that part and reaching on under the
    dots (``member``: the part with the dots joined to it) rather than over open board."""
    visible_mm = np.array(visible_px, np.float64) / px_per_mm
    side = min(
        (long for long, short in COMMON_SIZES_MM if long == short and long >= visible_mm.max() - NEVER_LONGER_MM),
        default=0.0,
    )
    side = max(side, float(visible_mm.max()))
    theta = math.radians(angle)
    axes = np.array([[math.cos(theta), math.sin(theta)], [-math.sin(theta), math.cos(theta)]])
    centre = np.array(center_px, np.float64) / px_per_mm
    shifts = [(-(side - length) / 2, (side - length) / 2) if length < side else (0.0,) for length in visible_mm]
    best, best_score = centre, -1
    for first in shifts[0]:
        for second in shifts[1]:
            option = centre + first * axes[0] + second * axes[1]
            rect = np.zeros(member.shape, np.uint8)
            cv2.fillPoly(rect, [np.round(rect_corners(option, (side, side), angle) * px_per_mm).astype(np.int32)], 1)
            score = int((rect & member.view(np.uint8)).sum())
            if score > best_score:
                best, best_score = option, score
    return (float(best[0]), float(best[1])), (side, side)


UNDER_GLARE_RIM_MM = 3.0  # the blurred rim between a highlight's white core and the colours showing beside it
UNDER_GLARE_SEEN_MM2 = 150.0  # of a note reaching under the core, at least this much shows beside it
UNDER_GLARE_EDGE_MM = 2.5  # its visible outline lies this near the sides of the note laid over it
UNDER_GLARE_STRAIGHT = 0.6  # share of that outline (away from the core) on the note's sides: straight edges
UNDER_GLARE_OUTLINE_MM = 20.0  # ... and at least this much of it seen
UNDER_GLARE_HIDDEN = 0.85  # share of the laid note on its visible part or the white core (the rest: blur)
UNDER_GLARE_OTHERS = 0.25  # share of it over notes found already, at most


def _under_glare(
    blown: np.ndarray | None,
    notes: list[NoteBlob],
    labels: np.ndarray,
    palette: Palette,
    px_per_mm: float,
    sizes: SizeBook,
) -> list[NoteBlob]:
    """Notes lying (mostly) under a highlight's white core. The core (``blown``) hides whatever lies under it;
    what shows of such a note is a rim of its colour beside the core, with straight edges where it meets the
    board. Pieces of one note colour touching one core (and in no note found already) are laid over by a note
    of a size seen on this board (the usual one unless they reach farther), turned as they are and shifted
    under the core as far as it lets; it is kept when their outline away from the core runs along its sides
    and the rest of it lies under the core. Its extent is not seen: a doubtful ("glare") note. The white core
    alone never makes one."""
    if blown is None or not blown.any():
        return []
    rim_kernel = _disk(UNDER_GLARE_RIM_MM * px_per_mm)
    edge_kernel = _disk(UNDER_GLARE_RIM_MM * px_per_mm / 2)
    height, width = labels.shape
    taken = np.zeros(labels.shape, np.uint8)
    for note in notes:
        cv2.fillPoly(taken, [np.round(note.corners() * px_per_mm).astype(np.int32)], 1)
    squares = sorted(long for long, short in sizes.ordered() if long - short < SIZE_TOLERANCE_MM)
    usual = max(sizes.usual)
    longest = max([usual, *squares])
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
    found: list[NoteBlob] = []
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if area < 0.5 * MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm:
            continue  # (too small to hide what shows of a note: the notes search reads it)
        x0, y0 = max(0, x - reach), max(0, y - reach)
        x1, y1 = min(width, x + w + reach), min(height, y + h + reach)
        core = (cores[y0:y1, x0:x1] == index).view(np.uint8)
        near = cv2.dilate(core, rim_kernel)
        # (all of it, cores lie side by side; and what reads as white beside it, the highlight fading out: broad,
        # not the thin white line the blurred edge between a note and the board may read as)
        white = cv2.morphologyEx((labels[y0:y1, x0:x1] == WHITE).view(np.uint8), cv2.MORPH_OPEN, edge_kernel)
        hidden = cv2.dilate((blown[y0:y1, x0:x1].view(np.uint8) | white), rim_kernel)
        away = hidden == 0  # (the visible outline there is the note's own edge)
        free = taken[y0:y1, x0:x1] == 0
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
            blobs = [_laid_under_glare(visible, hidden, away, taken[y0:y1, x0:x1], usual, squares, px_per_mm)]
            if blobs[0] is None and len(touching) > 1:
                # (no one note explains them all: around a large core they may be the rims of notes apart, each
                # a group of pieces no farther apart than writing across a note cuts them)
                blobs = [
                    _laid_under_glare(group, hidden, away, taken[y0:y1, x0:x1], usual, squares, px_per_mm)
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
    joined = cv2.dilate(visible, _disk(UNDER_GLARE_APART_MM * px_per_mm / 2))
    count, groups = cv2.connectedComponents(joined, connectivity=8)
    least = UNDER_GLARE_SEEN_MM2 * px_per_mm * px_per_mm
    found = []
    for index in range(1, count):
        group = (visible & (groups == index)).view(np.uint8)
        if int(group.sum()) >= least:
            found.append(group)
    return found


def _laid_under_glare(visible, hidden, away, taken, usual: float, squares: list[float], px_per_mm: float):
    """The square note (centre mm in the window, size mm, angle) of a known size laid over ``visible`` (a rim of
    its colour beside a white core; ``hidden``: the cores with their blurred rims) that explains it, or None (see
    ``_under_glare``). Turned as the rim's smallest box is, or else as the longest straight stretch of its outline
    away from the core runs (a thin rim's box is turned as it is cut, not as the note lies)."""
    # (its outer outline: writing on it leaves holes in its colour, edges of nothing)
    contours, _ = cv2.findContours(visible, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    solid = cv2.drawContours(np.zeros_like(visible), contours, -1, 1, cv2.FILLED)
    outline = ((solid - cv2.erode(solid, np.ones((3, 3), np.uint8))) > 0) & away
    if int(outline.sum()) < UNDER_GLARE_OUTLINE_MM * px_per_mm:
        return None
    # (writing on the visible part is the note too)
    member = cv2.morphologyEx(visible, cv2.MORPH_CLOSE, _disk(UNDER_GLARE_RIM_MM * px_per_mm)) | hidden
    points = cv2.findNonZero(visible).reshape(-1, 2).astype(np.float64)
    angles = [cv2.minAreaRect(points.astype(np.float32))[2]]
    edge = _longest_edge_angle(contours, away, px_per_mm)
    if edge is not None and _angle_apart(edge, angles[0]) > UNDER_GLARE_TURN_DEG:
        angles.append(edge)
    for angle in angles:
        laid = _laid_at(points, angle, member, outline, away, taken, usual, squares, px_per_mm)
        if laid is not None:
            return laid
    return None


UNDER_GLARE_TURN_DEG = 2.0  # a straight stretch turned this much from the rim's box is tried as the note's turn
UNDER_GLARE_STRETCH_MM = 12.0  # ... when it runs this long or longer


def _angle_apart(a, b):
    """How far apart two turns of a square are (degrees, 0-45); of numbers or, element by element, arrays."""
    difference = np.abs(np.subtract(a, b)) % 90.0
    return np.minimum(difference, 90.0 - difference)


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


def _laid_at(points, angle: float, member, outline, away, taken, usual: float, squares: list[float], px_per_mm: float):
    """``_laid_under_glare`` for one turn (degrees) of the note: laid over the rim's box turned so (``points``:
    its pixels, x y), or None."""
    theta = math.radians(angle)
    axes = np.array([[math.cos(theta), math.sin(theta)], [-math.sin(theta), math.cos(theta)]])
    along = points @ axes.T
    low, high = along.min(axis=0), along.max(axis=0) + 1.0
    lengths = (high - low) / px_per_mm
    centre = ((low + high) / 2) @ axes / px_per_mm
    extent = float(lengths.max())
    fitting = [side for side in [usual, *squares] if side >= extent - NEVER_LONGER_MM]
    if not fitting:
        return None
    # (a side seen whole tells the size, not one running under the core at an end; else the usual one)
    longest = int(np.argmax(lengths))
    ends = (along[:, longest] < low[longest] + px_per_mm, along[:, longest] >= high[longest] - 1.0 - px_per_mm)
    whole = all(away[points[end, 1].astype(int), points[end, 0].astype(int)].mean() > 0.5 for end in ends)
    spanned = [side for side in fitting if side <= extent + SIZE_TOLERANCE_MM] if whole else []
    side = min(spanned) if spanned else fitting[0]
    shifts = [(-(side - length) / 2, 0.0, (side - length) / 2) if length < side else (0.0,) for length in lengths]
    best, best_score, best_rect = None, -1, None
    for first in shifts[0]:
        for second in shifts[1]:
            option = centre + first * axes[0] + second * axes[1]
            rect = np.zeros(member.shape, np.uint8)
            cv2.fillPoly(rect, [np.round(rect_corners(option, (side, side), angle) * px_per_mm).astype(np.int32)], 1)
            score = int((rect & member).sum())
            if score > best_score:
                best, best_score, best_rect = option, score, rect
    # (its edges, blurred, may read as anything: only inside them it must show its colour or be hidden)
    inner = cv2.erode(best_rect, _disk(UNDER_GLARE_EDGE_MM * px_per_mm))
    area, inner_area = int(best_rect.sum()), int(inner.sum())
    if inner_area == 0 or int((inner & member).sum()) < UNDER_GLARE_HIDDEN * inner_area:
        return None
    if int((best_rect & taken).sum()) > UNDER_GLARE_OTHERS * area:
        return None
    corners = np.round(rect_corners(best, (side, side), angle) * px_per_mm).astype(np.int32)
    sides = np.zeros(member.shape, np.uint8)
    thickness = max(1, int(round(2 * UNDER_GLARE_EDGE_MM * px_per_mm)))
    cv2.polylines(sides, [corners], True, 1, thickness)
    if int((outline & (sides > 0)).sum()) < UNDER_GLARE_STRAIGHT * int(outline.sum()):
        return None
    return (float(best[0]), float(best[1])), (side, side), angle


IN_LINE_CLEAN = 0.9  # share of a rest that two notes in line explain, and of them that the rest fills
END_SLICE_MM = 10.0  # a rest's width at one end is measured over this much of its length


def _rest_in_line(box: Candidate, sizes: SizeBook) -> bool:
    """Whether a rest left over where no note was chosen is no single note but notes in line: as wide as a note
    sold and longer than any note sold that wide (see _longer_than_sold), and than any size seen on the photo
    (a rest narrowed by a cover is as long as its note at most). A rest wider than that is a cluster."""
    long, short = max(box.size), min(box.size)
    longest = max(max(size) for size in sizes.ordered())
    note_wide = any(abs(short - width) < SIZE_TOLERANCE_MM for _, width in COMMON_SIZES_MM)
    return note_wide and _longer_than_sold(long, short) and long > longest + SIZE_TOLERANCE_MM


def _usual_at_ends(box: Candidate, sizes: SizeBook) -> list[Candidate]:
    """Two notes of the usual size laid against the two ends of a rest that is notes in line, centred across
    it; [] when the rest is longer than two of them (three or more in a row)."""
    length, side = sizes.usual
    along_a = box.size[0] >= box.size[1]
    total = max(box.size)
    if total > 2 * length + SIZE_TOLERANCE_MM:
        return []
    angle = math.radians(box.angle_deg)
    axis = np.array([math.cos(angle), math.sin(angle)]) if along_a else np.array([-math.sin(angle), math.cos(angle)])
    size = (length, side) if along_a else (side, length)
    return [
        Candidate(box.center + axis * sign * (total - length) / 2, size, box.angle_deg, measured=0) for sign in (-1, 1)
    ]


def _ends_in_line(box: Candidate, points_mm: np.ndarray, px_per_mm: float, sizes: SizeBook) -> list[Candidate]:
    """A rest left over where no note was chosen (``points_mm``: its pixels, mm), as long as two notes of known
    sizes in line, touching or one lying on the other: the notes laid against its two ends, each as wide as
    the rest is there. Their outer ends are seen, and so is where each lies across; where they meet, which
    lies on top is not. [] when the rest is no such pair (an L, a cluster, three or more in a row)."""
    width, height = box.size
    along_a = width >= height
    angle = math.radians(box.angle_deg)
    u, v = np.array([math.cos(angle), math.sin(angle)]), np.array([-math.sin(angle), math.cos(angle)])
    axis, aside = (u, v) if along_a else (v, u)
    relative = points_mm - box.center
    t, w = relative @ axis, relative @ aside
    low, high = float(t.min()), float(t.max())
    ends = []
    for sign, edge in ((-1, low), (1, high)):
        slice_ = np.abs(t - edge) <= END_SLICE_MM
        across_low, across_high = float(w[slice_].min()), float(w[slice_].max())
        across = across_high - across_low
        fits = [
            (length, side)
            for a, b in sizes.ordered()
            for length, side in ((a, b), (b, a))
            if abs(side - across) < SIZE_TOLERANCE_MM and length + SIZE_TOLERANCE_MM < high - low
        ]
        if not fits:
            return []
        length, side = fits[0]
        middle = edge - sign * length / 2
        centre = box.center + axis * middle + aside * (across_low + across_high) / 2
        size = (length, side) if along_a else (side, length)
        ends.append((Candidate(centre, size, box.angle_deg, measured=0), middle, length, side, across_low))
    (first, m1, l1, s1, a1), (second, m2, l2, s2, a2) = ends
    if m2 - l2 / 2 > m1 + l1 / 2 + SIZE_TOLERANCE_MM:
        return []  # a gap between them: a third note, or more, lies in the middle
    # the two rectangles explain the rest, and the rest fills them
    inside = np.zeros(len(t), bool)
    for middle, length, side, across_low in ((m1, l1, s1, a1), (m2, l2, s2, a2)):
        inside |= (np.abs(t - middle) <= length / 2 + 1.0) & (w >= across_low - 1.0) & (w <= across_low + side + 1.0)
    union = l1 * s1 + l2 * s2 - max(0.0, (m1 + l1 / 2) - (m2 - l2 / 2)) * min(s1, s2)
    if inside.mean() < IN_LINE_CLEAN or len(t) / px_per_mm**2 < IN_LINE_CLEAN * union:
        return []
    return [first, second]


FREE_WHOLE = 0.8  # share of a side against open board for its shadow to tell where shadows fall
#: share of a side that must border open board for the note's place across it to be sure: on a usual note a
#: straight stretch of 11 mm with the note's colour inside and board beyond it, e.g. past the corner of a
#: neighbour lying over the rest of that side, is the note's own edge (a rectangle laid a little off touches
#: open board along a few mm at its corners only)
FREE_SIDE = 0.15
WHOLE_SEEN = 0.92  # share of its rectangle in its own colour for a note to count as wholly in view
CAST_SIDE = 0.75  # share of a side along which the note's shadow shows for the side to be its own edge
EDGED_SIDE = 0.8  # share of a side along an edge for that side to count as the note's own edge seen


def _doubt(candidate: Candidate) -> str:
    """Why a chosen note cannot be vouched for ("" when it can)."""
    if not candidate.known and not _whole_of_sold_size(candidate):
        return "size"  # a size no other note on the photo has
    if _unfixed_axes(candidate) or candidate.seen < 0.4:
        return "covered"  # no edge of it is seen against the board along one axis: it could slide
    return ""


def _open_sides(candidate: Candidate) -> tuple[tuple[tuple[np.ndarray, np.ndarray], ...], ...]:
    """Per axis the note is not fixed across, its sides there that are edges against another note (mm,
    relative to its centre): whether it lies on top there is decided once all notes are known.
    Empty when some such axis has none, or the note could not be vouched for anyway."""
    if not candidate.known or candidate.seen < 0.4:
        return ()
    corners = candidate.corners_mm() - candidate.center
    seen = _sides_seen(candidate)
    result = []
    for axis in _unfixed_axes(candidate):
        sides = tuple((corners[side], corners[(side + 1) % 4]) for side in axis if seen[side] >= EDGED_SIDE)
        if not sides:
            return ()
        result.append(sides)
    return tuple(result)


def _open_shaded(candidate: Candidate) -> tuple[tuple[float, ...], ...]:
    """Aligned with _open_sides: each such side's share with a shadow just inside it."""
    seen = _sides_seen(candidate)
    return tuple(
        tuple(candidate.receives[side] for side in axis if seen[side] >= EDGED_SIDE)
        for axis in _unfixed_axes(candidate)
    )


def _free_shadows(candidate: Candidate) -> tuple[tuple[np.ndarray, float], ...]:
    """(outward normal, cast share) of the sides against open board."""
    corners = candidate.corners_mm()
    centre = corners.mean(axis=0)
    result = []
    for side in range(4):
        if candidate.free[side] < FREE_WHOLE:
            continue
        p, q = corners[side], corners[(side + 1) % 4]
        direction = (q - p) / max(1e-6, float(np.hypot(*(q - p))))
        normal = np.array([-direction[1], direction[0]])
        if normal @ ((p + q) / 2 - centre) < 0:
            normal = -normal
        result.append((normal, candidate.casts[side]))
    return tuple(result)


def _unfixed_axes(candidate: Candidate) -> list[tuple[int, int]]:
    """The axes (pairs of opposite sides) across which nothing fixes the note's place."""
    free, alike = candidate.free, candidate.alike

    def placed(first: int, second: int) -> bool:
        # an edge seen against open board fixes the note across this axis; so do notes of other colours on
        # both sides when the whole note shows (one lying over it would hide part of it), or both its edges
        # across the axis seen, its known size apart
        if max(free[first], free[second]) >= FREE_SIDE:
            return True
        # an edge that casts the note's shadow onto what lies beside it is the note's own edge (the note lies
        # on top there), as sure as one against open board
        edged = _sides_seen(candidate)
        if any(edged[side] >= EDGED_SIDE and candidate.casts[side] >= CAST_SIDE for side in (first, second)):
            return True
        both_seen = min(edged[first], edged[second]) >= EDGED_SIDE
        if candidate.known and both_seen:
            # both edges seen, a known size apart: neither can be a neighbour's lying over the note (the note
            # would reach on under it, longer than its size), whatever else covers part of it
            return True
        if candidate.seen < WHOLE_SEEN:
            return False
        return max(alike[first], alike[second]) < FREE_SIDE or both_seen

    return [axis for axis in ((0, 2), (1, 3)) if not placed(*axis)]


def _sides_seen(candidate: Candidate) -> list[float]:
    """Per side, the share seen as an edge: along the region's border or a dark line, or as a seam in the
    image."""
    return [max(along, seam) for along, seam in zip(candidate.edged, candidate.seam)]


RUNS_ON = 0.5  # share of a side with the note's own colour just outside it for the colour to run on there
SIDE_IN_MM = 3.0  # a neighbour's edge this near a note's rectangle lies on it


GUESSED_SEEN = 0.8  # a note with less of its rectangle in its colour than this shows little of its extent


def _size_guessed(candidate: Candidate) -> bool:
    """Whether a note's size is the usual size guessed, not seen: neither of its lengths measured between
    edges, and a fifth or more of its rectangle not in its colour (dots, writing or another note on it)."""
    return candidate.measured == 0 and candidate.seen < GUESSED_SEEN


def _open_on(candidate: Candidate) -> set[int]:
    """Its sides across which its own colour runs on, not seen as an edge along the region's border or a dark
    line (the seam, if any, still to be measured)."""
    return {side for side in range(4) if candidate.alike[side] >= RUNS_ON and candidate.edged[side] < SEEN_SIDE}


def _runs_on(candidate: Candidate, chosen: list[Candidate], region: Region, px_per_mm: float) -> bool:
    """Whether the pad of a note may run on past one of its sides: its own colour continues across the side
    and no edge shows there (no border, dark line or seam), nor does another note of its colour chosen in the
    region show an edge lying on it (the upper pad's edge where two pads overlap). The side may then be no
    side at all: one longer note, its far end cut off by dots or lying under another note, measures as a
    usual note and a piece (its centre a quarter of its length away). Asked only of a note whose size is
    guessed (see _size_guessed): one with a length measured between edges cannot run on."""
    if not _size_guessed(candidate):
        return False
    seen = _sides_seen(candidate)
    open_sides = [side for side in _open_on(candidate) if seen[side] < SEEN_SIDE]
    if not open_sides:
        return False
    corners = candidate.corners_mm()
    centre = corners.mean(axis=0)
    axes = corners[1] - corners[0], corners[3] - corners[0]
    units = [axis / max(1e-6, float(np.hypot(*axis))) for axis in axes]
    halves = [float(np.hypot(*axis)) / 2 + SIDE_IN_MM for axis in axes]
    for other in chosen:
        if other is candidate:
            continue
        other_corners = other.corners_mm()
        middles = (other_corners + _rolled(other_corners, -1)) / 2
        for side, middle in zip(_sides_seen(other), middles, strict=True):
            if side >= SEEN_SIDE and all(
                abs(float((middle - centre) @ unit)) <= half for unit, half in zip(units, halves, strict=True)
            ):
                return False  # two pads, the seam between them seen (which lies on top is not needed here)
    return not all(_seam_within(candidate, region, px_per_mm, side) for side in open_sides)


def _kinked_in_line(candidate: Candidate, sizes: SizeBook) -> bool:
    """Whether a note longer than the usual one, as long as notes of a known size in line (see ``SizeBook.tiles``),
    has neither long side seen as an edge along most of its length: one longer note's sides run straight, while
    two pads overlapping in line, a little turned or shifted against each other, leave a kink in each long side
    that their rectangle does not follow (the seam between them may be too faint to see)."""
    long, short = max(candidate.size), min(candidate.size)
    if long <= max(sizes.usual) + SIZE_TOLERANCE_MM or not sizes.tiles(long, short):
        return False
    seen = _sides_seen(candidate)
    sides = (0, 2) if candidate.size[0] >= candidate.size[1] else (1, 3)
    return max(seen[side] for side in sides) < EDGED_SIDE


def _stretched(candidate: Candidate, sizes: SizeBook) -> bool:
    """Whether a note of a size taken, not measured between corners, fitted longer than any known length it
    could be (by more than an outline is ever fitted longer than its note, NEVER_LONGER_MM), has its own colour
    running on past a side across that length that is not seen as its own edge: its colour shows more of it than
    a note of that size has, so it may be a longer note whose end is not seen (under another note, or cut off by
    writing), not one of the size it was read as."""
    if candidate.measured:
        return False  # (a length measured between corners is the note's own)
    lengths = [length for size in sizes.ordered() for length in size]
    seen = _sides_seen(candidate)
    for length, sides in ((candidate.size[0], (1, 3)), (candidate.size[1], (0, 2))):
        nearest = min(lengths, key=lambda known: abs(known - length))
        if length - nearest > NEVER_LONGER_MM and any(
            candidate.alike[side] >= RUNS_ON and seen[side] < EDGED_SIDE for side in sides
        ):
            return True
    return False


SEAM_WITHIN_STEP_MM = 3.0  # a seam inside a note, parallel to a side, is looked for this often
SEAM_WITHIN_END_MM = 12.0  # ... up to this near the opposite side


def _seam_within(candidate: Candidate, region: Region, px_per_mm: float, side: int) -> bool:
    """Whether a seam runs across the note parallel to ``side``, between it and the opposite side: another
    pad's edge lying on this one (this note's side then lies under it, unseen)."""
    corners = candidate.corners_mm()
    p, q = corners[side], corners[(side + 1) % 4]
    centre = corners.mean(axis=0)
    middle = (p + q) / 2
    depth = 2 * float(np.hypot(*(middle - centre)))
    inward = (centre - middle) / max(1e-6, depth / 2)
    across = 0 if side in (1, 3) else 1  # the size index the side's position changes
    for shift in np.arange(SEAM_WITHIN_STEP_MM, depth - SEAM_WITHIN_END_MM, SEAM_WITHIN_STEP_MM):
        size = list(candidate.size)
        size[across] -= shift
        moved = Candidate(candidate.center + inward * shift / 2, (size[0], size[1]), candidate.angle_deg, 0)
        moved.polygon = moved.corners_mm() * px_per_mm - region.origin
        _seams(moved, region, px_per_mm, [side])
        if moved.seam[side] >= SEEN_SIDE:
            return True
    return False


def _whole(candidate: Candidate) -> bool:
    """A note in view whole: its rectangle in its own colour and every side seen as an edge."""
    return candidate.seen >= WHOLE_SEEN and min(_sides_seen(candidate)) >= EDGED_SIDE


def _whole_of_sold_size(candidate: Candidate) -> bool:
    """A note of a size no other note on the photo has is still vouched for when it shows whole: all four
    sides seen as edges, its rectangle in its own colour, both lengths measured, and a size that is sold
    (two notes of one colour in line make a rectangle of a size nobody sells)."""
    return (
        candidate.measured == 2
        and candidate.seen >= WHOLE_SEEN
        and min(_sides_seen(candidate)) >= EDGED_SIDE
        and _common(max(candidate.size), min(candidate.size))
    )


def _own_edges_round(candidate: Candidate) -> tuple[np.ndarray, ...] | None:
    """Of a note of a size sold not known on the photo, its rectangle in its own colour, whose every side is its own
    edge: against open board along a straight stretch (FREE_SIDE), casting its shadow onto a note of another colour
    (CAST_SIDE), or seen along half of it (SEEN_SIDE) as a line on a note of its own colour. The last is its own edge
    only where shadows fall that way on this photo: a lit side on a note of its colour shows no line, so a line along
    it is the shadow of a note lying on it. That is known once all notes are read (see _sold_by_own_edges): the
    outward normals (mm) of those sides. None when a side is none of these."""
    if candidate.known or candidate.seen < WHOLE_SEEN or not _common(max(candidate.size), min(candidate.size)):
        return None
    corners = candidate.corners_mm()
    normals = _outward_normals(corners, _rolled(corners, -1), corners.mean(axis=0))
    seen = _sides_seen(candidate)
    lined = []
    for side in range(4):
        if candidate.free[side] >= FREE_SIDE or candidate.casts[side] >= CAST_SIDE:
            continue
        if candidate.alike[side] < RUNS_ON or seen[side] < SEEN_SIDE:
            return None
        lined.append(normals[side])
    return tuple(lined)


def _shows_size(candidate: Candidate) -> bool:
    """A note that shows both its lengths: both measured, its rectangle in its own colour, three of its sides
    seen as edges along at least half their length (the fourth may lie against a note of its colour without a
    seam), a size sold. One such note may be
    a larger one partly covered; two of one size on a photo show that size (see _sizes_seen)."""
    return (
        candidate.measured == 2
        and candidate.seen >= WHOLE_SEEN
        and sorted(_sides_seen(candidate))[1] >= SEEN_SIDE
        and _common(max(candidate.size), min(candidate.size))
    )


PLACE_MM = 10.0  # a sure note's centre is vouched for within this


def _size_unseen(candidate: Candidate, sizes: SizeBook, region: Region | None = None, px_per_mm: float = 1.0) -> str:
    """A note of another size than the usual one whose length along an axis is not seen whole (an end lies
    under another note, or runs through the region without an edge): the usual note might lie there just as
    well, its centre elsewhere. Not where the note is shorter than the usual one, the other end is seen, and
    bare board lies beyond the end not seen (``region``, see _bare_beyond): no note lies under bare board, so the
    usual note does not reach past that end (dots stuck across a small note's edge hide the edge, not a note's
    length). (With both ends not seen the note's place along that axis rests on no edge: it may be laid off.)"""
    width, height = candidate.size
    common_long, common_short = sizes.usual
    # the usual size turned the way that fits this note best
    usual = min(((common_long, common_short), (common_short, common_long)), key=lambda s: abs(s[0] - width))
    for extent, expected, ends in ((width, usual[0], (1, 3)), (height, usual[1], (0, 2))):
        # (the centre would move by half the difference)
        unseen = [side for side in ends if candidate.edged[side] < SEEN_SIDE]
        if (
            abs(extent - expected) / 2 > PLACE_MM
            and unseen
            and not (
                region is not None
                and extent < expected
                and len(unseen) == 1
                and _bare_beyond(candidate, unseen[0], region, px_per_mm)
            )
        ):
            return "size"
    return ""


BARE_STRIP_MM = 10.0  # the strip beyond a note's end looked at for bare board (within a region's ROI margin, 12 mm)
BARE_STRIP_INSET_MM = 5.0  # ... less this at each corner (a neighbour's corner, a dot on the corner)
BARE_STRIP_SHARE = 0.5  # share of the strip (bare board counted from 2.4 mm off any note) that must be bare board


def _bare_beyond(candidate: Candidate, side: int, region: Region, px_per_mm: float) -> bool:
    """Whether bare board (no note, no highlight, see _bare_paper) fills most of a strip just beyond ``side`` of
    the note, as wide as that side: a note reaching past that side would show there."""
    corners = candidate.corners_mm()
    centre = corners.mean(axis=0)
    middle = (corners[side] + corners[(side + 1) % 4]) / 2
    outward = (middle - centre) / max(1e-6, float(np.hypot(*(middle - centre))))
    length = float(np.hypot(*(corners[(side + 1) % 4] - corners[side]))) - 2 * BARE_STRIP_INSET_MM
    if length <= 0:
        return False
    size = (BARE_STRIP_MM, length) if side in (1, 3) else (length, BARE_STRIP_MM)
    strip = Candidate(middle + outward * BARE_STRIP_MM / 2, size, candidate.angle_deg, measured=0)
    # (the strip may reach past the region's ROI: the window's bare board where known)
    bare, origin = (region.bare(), 0.0) if region.bare is not None else (region.paper, region.origin)
    on, total = pixels_on(bare, strip.corners_mm() * px_per_mm - origin)
    return total > 0 and on >= BARE_STRIP_SHARE * total


END_BIN_MM = 3.0  # the note's own colour's end towards a side is measured in strips across the note this wide
END_STRAIGHT_MM = 2.0  # ... and is straight where it ends this near the same line in each strip
END_TURN_DEG = 8.0  # ... a line turned at most this much from the side (the note's rectangle laid a little turned)
END_STRAIGHT = 0.7  # share of the strips (corners left out) that must end there


def _shown_end(candidate: Candidate, side: int, px_per_mm: float) -> tuple[float, float] | None:
    """Where the note's own colour ends towards ``side``: (its length from the opposite side, mm; the share
    of strips across the note in which it ends within END_STRAIGHT_MM of that line). None: nothing to go by."""
    if candidate.own is None or candidate.polygon is None or candidate.window is None:
        return None
    corners = candidate.polygon
    centre = corners.mean(axis=0)
    along = corners[1] - corners[0] if side in (1, 3) else corners[3] - corners[0]
    across = corners[3] - corners[0] if side in (1, 3) else corners[1] - corners[0]
    length, width = float(np.hypot(*along)) / px_per_mm, float(np.hypot(*across)) / px_per_mm
    if length < 1.0 or width < 1.0:
        return None
    unit = along / np.hypot(*along) * (1.0 if side in (1, 2) else -1.0)
    other = across / np.hypot(*across)
    strips = int((width - 2 * MAX_CORNER_GAP_MM) // END_BIN_MM)
    if strips < 3:
        return None
    # lines along the axis, 1 mm apart across (END_BIN_MM of them per strip), sampled every half mm from the
    # opposite side: the own colour's farthest sample on each
    offsets = MAX_CORNER_GAP_MM + 0.5 + np.arange(strips * int(END_BIN_MM))  # mm across, from one side
    depths = np.arange(0.25, length, 0.5)  # mm from the opposite side
    rows, columns = candidate.window
    start = centre - unit * length / 2 * px_per_mm - other * width / 2 * px_per_mm - (columns.start, rows.start)
    points = (
        start[None, None, :]
        + offsets[:, None, None] * px_per_mm * other[None, None, :]
        + depths[None, :, None] * px_per_mm * unit[None, None, :]
    ).astype(np.float32)
    shown = cv2.remap(candidate.own.view(np.uint8), points[..., 0], points[..., 1], cv2.INTER_NEAREST) > 0
    last = np.where(shown.any(axis=1), len(depths) - 1 - np.argmax(shown[:, ::-1], axis=1), -1)
    farthest = np.where(last >= 0, depths[np.maximum(last, 0)], -np.inf).reshape(strips, -1).max(axis=1)
    places = MAX_CORNER_GAP_MM + (np.arange(strips) + 0.5) * END_BIN_MM - width / 2  # across, mm from the middle
    finite = np.isfinite(farthest)
    if np.count_nonzero(finite) < 3:
        return None
    # the line it ends along, fitted to the strips near it (twice: a stroke or dot at the end moves a few)
    slope, middle = 0.0, float(np.median(farthest[finite]))
    for _ in range(2):
        near = finite & (np.abs(farthest - (middle + slope * places)) <= END_STRAIGHT_MM)
        if np.count_nonzero(near) < 3:
            break
        x, y = places[near], farthest[near]
        spread = float(np.sum((x - x.mean()) ** 2))
        slope = float(np.sum((x - x.mean()) * (y - y.mean()))) / spread if spread > 0 else 0.0
        middle = float(y.mean() - slope * x.mean())
    if abs(math.degrees(math.atan(slope))) > END_TURN_DEG:
        return None  # (another note's edge across it at an angle, not an end of this note turned a little off)
    straight = float(np.mean(finite & (np.abs(farthest - (middle + slope * places)) <= END_STRAIGHT_MM)))
    return middle, straight


BEYOND_OTHERS = 0.5  # share of a note's part beyond where its colour ends that must show other notes' colours


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


def _ends_short(
    candidate: Candidate, region: Region, sizes: SizeBook, px_per_mm: float
) -> tuple[tuple[np.ndarray, np.ndarray, float], ...]:
    """Where a note's own colour ends straight across it, short of a side not seen as an edge, at a length
    another size sold would end at (its centre elsewhere): per such side, its rectangle's part beyond that line
    and the part up to it (corners, mm from its centre), and the share of the line along which the note's
    shadow falls beyond it. The note may end at the line, lying on or against what lies beyond, as well as run
    on under it."""
    if candidate.polygon is None:
        return ()
    lengths = {side for size in (*sizes.ordered(), *COMMON_SIZES_MM) for side in size}
    corners = candidate.polygon
    centre = corners.mean(axis=0)
    result = []
    edged = _sides_seen(candidate)  # (the candidate's own; only ``ending`` below is measured anew)
    for side in range(4):
        if edged[side] >= SEEN_SIDE:
            continue
        length = candidate.size[0] if side in (1, 3) else candidate.size[1]
        if candidate.seen > 1.0 - END_STRAIGHT * 2 * PLACE_MM / length:
            continue  # (its colour cannot end that short along most of the note's width)
        end = _shown_end(candidate, side, px_per_mm)
        if end is None:
            continue
        shown, straight = end
        if straight < END_STRAIGHT or not any(
            abs(shown - other) < SIZE_TOLERANCE_MM and (length - shown) / 2 > PLACE_MM for other in lengths
        ):
            continue
        p, q = corners[side], corners[(side + 1) % 4]
        middle = (p + q) / 2
        inward = (centre - middle) / max(1e-6, float(np.hypot(*(centre - middle))))
        back = (length - shown) * px_per_mm * inward
        hidden = np.array([p, q, q + back, p + back])
        if _share_of(region.others, hidden) < BEYOND_OTHERS:
            continue  # (its colour cut off by a stroke of writing, or glare: no other note's colour lies there)
        shown_part = np.array([p + back, q + back, corners[(side + 2) % 4], corners[(side + 3) % 4]])
        # the note as if it ended at the line: whether its shadow falls across the line onto what lies beyond
        size = list(candidate.size)
        size[0 if side in (1, 3) else 1] = shown
        ending = Candidate(candidate.center + back / px_per_mm / 2, (size[0], size[1]), candidate.angle_deg, 0)
        ending.polygon = ending.corners_mm() * px_per_mm - region.origin
        _seams(ending, region, px_per_mm, [side])
        result.append(((hidden - centre) / px_per_mm, (shown_part - centre) / px_per_mm, ending.casts[side]))
    return tuple(result)


def _confidence(candidate: Candidate, sizes: SizeBook) -> float:
    score = 0.35 + 0.35 * candidate.support - 0.5 * candidate.contradiction
    score += 0.1 * candidate.measured + 0.05 * min(candidate.votes, 4)
    score += 0.15 * min(1.0, candidate.seen / 0.8)
    score -= 1.0 * candidate.paper
    return round(float(np.clip(score, 0.0, 1.0)), 3)
