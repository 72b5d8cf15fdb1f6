"""Candidate notes: the rectangles a region's corners, edges and box propose (in a pile, also a size sold
guessed from a whole edge), squared up to its edges (refit), duplicates merged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from boards.capture.notes.base import _angle_apart, _rolled, note_axes, rect_corners
from boards.capture.notes.outline import Corner, _corners, _simplify
from boards.capture.notes.sizes import COMMON_SIZES_MM, MAX_NOTE_SIDE_MM, MIN_NOTE_SIDE_MM, SIZE_TOLERANCE_MM, SizeBook
from boards.capture.segment import disk, opened_by_disc


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
    #: per axis (sides 0 and 2, sides 1 and 3): its own colour shows where it lies across it (see doubt._spanned)
    spanned: tuple[bool, bool] = (False, False)
    run_on: bool = False  # laid longer than its colour shows, its far end under other notes (see _run_on_pads)
    beneath: bool = False  # chosen beneath notes of its colour, sides hidden under them (see choosing._beneath)

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
    return [guess for guess in fitted if not _made_before(guess, before)]


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


def _made_before(candidate: Candidate, before: list[Candidate]) -> bool:
    """Whether one of ``before`` is the same rectangle as ``candidate`` (see _merge_duplicates)."""
    return any(
        float(np.hypot(*(candidate.center - other.center))) < SAME_CENTRE_MM
        and abs(candidate.size[0] - other.size[0]) < SAME_SIZE_MM
        and abs(candidate.size[1] - other.size[1]) < SAME_SIZE_MM
        for other in before
    )


def _new_only(proposed: list[Candidate], proposed_before: list[Candidate]) -> list[Candidate]:
    """Of ``proposed``, those no earlier proposal already makes (see _merge_duplicates), without a vote: an edge
    alone proposes a note less surely than a corner, and must not add to a corner's votes."""
    result = []
    for candidate in proposed:
        if not _made_before(candidate, proposed_before):
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
            disk(1.5 * px_per_mm),
        )
        if np.count_nonzero(filled & (1 - inside) & beside) > EDGE_BLUR_MM * px_per_mm * max(w, h) * 0.25:
            return None
    # what sticks out: dots, round; a strip of a note lying under this one, peeking out along its edge, is
    # straight and may be thin (only the edge's blur is let go). What is missing: dots over it; an opening
    # lets go of the slivers along its sides (edges blurred, a pixel off, a curled edge's shade)
    for part, sliver_mm in ((filled & (1 - inside), EDGE_BLUR_MM), (inside & (1 - filled), SLIVER_MM)):
        opened = cv2.morphologyEx(part, cv2.MORPH_OPEN, disk(sliver_mm / 2 * px_per_mm))
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
    u, v = note_axes(box.angle_deg)
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


@dataclass
class Outline:
    """Turns a region's outlines into note proposals, collecting their straight edges on the way."""

    offset: np.ndarray  # mm of the ROI's origin
    px_per_mm: float
    min_area_px: float  # smaller pieces are left out
    segments: list[np.ndarray]
    found: list[Corner] = field(default_factory=list)  # the corners proposed from so far

    def propose(
        self, contours, sizes: SizeBook, corners: bool, known_only: bool, shapes: list[list] | None = None
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
