"""Doubt: what fixes a chosen note's place and size (its sides seen as edges, seams, shadows, bare board
beyond; every side its own edge, ``_own_edges_round``), why a note cannot be vouched for (``_doubt``,
``_size_unseen``, ``_ends_short``) and its confidence.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from boards.capture.notes.base import _outward_normals, _rolled, _share_of, note_axes, pixels_on
from boards.capture.notes.candidates import Candidate
from boards.capture.notes.measuring import Region
from boards.capture.notes.outline import MAX_CORNER_GAP_MM
from boards.capture.notes.seams import _seams, _side_seam_shares
from boards.capture.notes.sizes import COMMON_SIZES_MM, NEVER_LONGER_MM, SIZE_TOLERANCE_MM, SizeBook, _common

SEEN_SIDE = 0.5  # a side with less than this share along an edge is not seen: it may lie under another note


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
    if not candidate.known and not (_whole_of_sold_size(candidate) or _lengths_shown(candidate)):
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


def _slides(candidate: Candidate) -> tuple[np.ndarray, ...]:
    """Per axis the note is not fixed across (see _unfixed_axes), the unit vector (mm) along which it could slide:
    across that axis's sides."""
    corners = candidate.corners_mm()
    result = []
    for first, _ in _unfixed_axes(candidate):
        # (sides 0 and 2 run from corner 0 to 1 and 2 to 3: across them is from corner 0 to 3)
        across = corners[3] - corners[0] if first == 0 else corners[1] - corners[0]
        result.append(across / max(1e-6, float(np.hypot(*across))))
    return tuple(result)


def _loose_sides(
    candidate: Candidate, reason: str | None
) -> tuple[tuple[tuple[tuple[np.ndarray, np.ndarray], ...], ...], tuple[np.ndarray, ...]]:
    """Of a note doubtful for lying covered (``reason``), its ``_open_sides`` and ``_slides``; of any other, none."""
    return (_open_sides(candidate), _slides(candidate)) if reason == "covered" else ((), ())


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
        if candidate.known and candidate.spanned[0 if first == 0 else 1]:
            return True  # its own colour shows nearly all of its length across the axis (see _spanned)
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
    guessed (see _size_guessed), or, of one seen nearly whole, where a shorter note of its colour chosen in the
    region lies beyond such a side (see _piece_beyond): one with a length measured between edges cannot run on."""
    if candidate.measured != 0:
        return False
    seen = _sides_seen(candidate)
    open_sides = [side for side in _open_on(candidate) if seen[side] < SEEN_SIDE]
    if not _size_guessed(candidate):
        open_sides = [side for side in open_sides if _piece_beyond(candidate, chosen, side)]
    if not open_sides or _edge_lying_on(candidate, chosen):
        return False  # (an edge lying on it: two pads, the seam between them seen; which lies on top is not needed)
    return not all(_seam_within(candidate, region, px_per_mm, side) for side in open_sides)


def _piece_beyond(candidate: Candidate, chosen: list[Candidate], side: int) -> bool:
    """Whether another note chosen in its region lies just beyond ``side``, shorter across that side than the note,
    and the two together as long as one note of a size sold (``_common``): the rest of one longer note, read as a
    usual note and a piece. Two whole pads side by side make no such length but by chance (a 76 mm and a 63 mm
    pad: 139 mm), and two pads of one size are as long as each other."""
    return _the_piece_beyond(candidate, chosen, side) is not None


def _the_piece_beyond(candidate: Candidate, chosen: list[Candidate], side: int) -> Candidate | None:
    """The note ``_piece_beyond`` finds, or None."""
    corners = candidate.corners_mm()
    centre = corners.mean(axis=0)
    normal = (corners[side] + corners[(side + 1) % 4]) / 2 - centre
    reach = float(np.hypot(*normal))  # (half the note's length across the side)
    if reach < 1e-6:
        return None
    normal = normal / reach
    along = np.array([-normal[1], normal[0]])
    width = float(np.hypot(*(corners[(side + 1) % 4] - corners[side])))
    for other in chosen:
        if other is candidate:
            continue
        other_corners = other.corners_mm()
        offsets = (other_corners - centre) @ normal
        across = float(offsets.max() - offsets.min())  # its length across the side
        beyond = float((other_corners.mean(axis=0) - centre) @ normal)
        sideways = abs(float((other_corners.mean(axis=0) - centre) @ along))
        if (
            reach < beyond <= reach + across / 2 + SIDE_IN_MM
            and sideways <= reach
            and across < 2 * reach - SIZE_TOLERANCE_MM
            and _common(2 * reach + across, width)
        ):
            return other
    return None


def _edge_lying_on(candidate: Candidate, chosen: list[Candidate]) -> bool:
    """Whether another note of its colour ``chosen`` in its region has a side seen as an edge (see _sides_seen)
    lying on it (its middle within the rectangle, or within SIDE_IN_MM of it): the edge of a pad overlapping it."""
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
                return True
    return False


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
    """Whether a note fitted longer than any known length it could be (by more than an outline is ever fitted
    longer than its note, NEVER_LONGER_MM) may be a longer note whose end is not seen (under another note, or cut
    off by writing), not one of the size it was read as: its colour shows more of it than a note of that size
    has. Of a size taken, not measured between corners along both axes: its own colour runs on past a side across
    that length that is not seen as its own edge (no length is measured up to a side its colour runs on past). Of
    a length measured between edges: one of them lies against a note of
    another colour (no open board beyond it, no shadow of its own cast there), whose edge it then is, lying over
    the note's end."""
    lengths = [length for size in sizes.ordered() for length in size]
    seen = _sides_seen(candidate)
    for length, sides in ((candidate.size[0], (1, 3)), (candidate.size[1], (0, 2))):
        nearest = min(lengths, key=lambda known: abs(known - length))
        if length - nearest <= NEVER_LONGER_MM:
            continue
        if candidate.measured and any(_covering_edge(candidate, side) for side in sides):
            return True
        if candidate.measured < 2 and any(
            candidate.alike[side] >= RUNS_ON and seen[side] < EDGED_SIDE for side in sides
        ):
            return True
    return False


#: share of a side along which the note's own shadow may show while another note's edge lies over it there (a
#: blurred shadow of the neighbour's, noise): beyond it the note's own edge shows, casting its shadow
UNCAST_SIDE = 1 - CAST_SIDE


def _covering_edge(candidate: Candidate, side: int) -> bool:
    """Whether a side of a note, seen as an edge, may be the edge of a note of another colour lying over it: no
    open board beyond it, nor its own colour (a pad of its colour beside it: the seams between pads decide
    there, see _runs_on), and hardly any shadow of the note's own cast across it: a neighbour's edge lying over
    the note hides the note's own edge, and its shadow, all along."""
    return candidate.free[side] < FREE_SIDE and candidate.alike[side] < RUNS_ON and candidate.casts[side] < UNCAST_SIDE


SHOWN_SHARE = 0.005  # share of a note's own pixels left out at each end of its extent (specks, a blurred edge)


def _smaller_shown(candidate: Candidate, px_per_mm: float) -> bool:
    """Whether a note of a size guessed (see _size_guessed) shows no more of itself than a smaller note sold:
    its own colour inside it spans, along both its axes, no more than that note's sides (within
    SIZE_TOLERANCE_MM). The note running on under its neighbours and the smaller note ending where its colour
    ends show the same pixels; neither side beyond is seen (a 51 mm orange note over blue and yellow ones, its
    lit top reading a little yellow, was read as a sure 76 mm note 19 mm off). As with a size other than the
    usual one not seen whole (see _size_unseen), its size cannot be vouched for."""
    if not _size_guessed(candidate):
        return False
    spans = _own_spans(candidate, px_per_mm)
    if spans is None:
        return False
    long = max(candidate.size)
    return any(
        a < long - SIZE_TOLERANCE_MM
        and any(spans[0] <= x + SIZE_TOLERANCE_MM and spans[1] <= y + SIZE_TOLERANCE_MM for x, y in ((a, b), (b, a)))
        for a, b in COMMON_SIZES_MM
    )


def _own_spans(candidate: Candidate, px_per_mm: float) -> np.ndarray | None:
    """How far (mm) the note's own colour inside its rectangle spans along its width and its height (SHOWN_SHARE
    of its pixels left out at each end); None when nothing is known of it."""
    extent = _own_extent(candidate, px_per_mm)
    return None if extent is None else extent[1] - extent[0]


def _own_extent(
    candidate: Candidate, px_per_mm: float, others: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray] | None:
    """Where (mm along the note's axes, from its window's top left) the note's own colour inside its rectangle
    starts and ends along its width and its height (SHOWN_SHARE of its pixels left out at each end); None when
    nothing is known of it. ``others`` (bool, the shape of ``own``): pixels left out, where other notes lie."""
    if candidate.own is None:
        return None
    own = candidate.own if others is None else candidate.own & ~others
    rows, columns = np.nonzero(own)
    if len(rows) == 0:
        return None
    points = np.column_stack([columns / px_per_mm, rows / px_per_mm])
    along = points @ note_axes(candidate.angle_deg).T
    low, high = np.quantile(along, [SHOWN_SHARE, 1 - SHOWN_SHARE], axis=0)
    return low, high


def _spanned(
    candidate: Candidate,
    px_per_mm: float,
    usual: tuple[float, float],
    origin: np.ndarray | None = None,
    chosen: list[Candidate] | None = None,
) -> tuple[bool, bool]:
    """Per axis (sides 0 and 2, sides 1 and 3), whether the note's own colour shows where it lies across it,
    whatever lies over its sides: the note covers all of its colour that shows, so a note as long as it is laid
    across the axis (or as the usual note, if that is longer: a usual note may be read short) can lie no further
    from the middle of that colour than half the length its colour does not span; laid there, at most PLACE_MM
    (the sides may be edges of neighbours lying over it, or its own). That colour must be the note's own up to
    both sides: none of it just beyond a side (FREE_SIDE), or the side seen as an edge (a seam: the colour beyond
    it another pad's, whichever lies on top). Where the note laid as it is could lie further off than PLACE_MM,
    it is moved (in place) to the middle of its colour across that axis (``origin``: px of its region's window,
    needed for that, and its ``window``; without them, only what needs no move). Its colour is measured where no
    other note ``chosen`` in its region lies (with ``origin``). (_unfixed_axes asks it of a note of a known size.)"""
    others = None
    if chosen and origin is not None and candidate.own is not None and candidate.window is not None:
        # (the colour of the other notes chosen in its region is theirs, not this note's: a note of its colour lying
        # over part of it may reach further across than it shows)
        others = np.zeros(candidate.own.shape, np.uint8)
        shift = np.array([candidate.window[1].start, candidate.window[0].start], np.float64) + origin
        for other in chosen:
            if other is not candidate:
                corners = np.round(other.corners_mm() * px_per_mm - shift).astype(np.int32)
                cv2.fillConvexPoly(others, corners, 1)
        others = others.view(bool)
    extent = _own_extent(candidate, px_per_mm, others)
    if extent is None:
        return (False, False)
    low, high = extent
    spans = high - low
    seen = _sides_seen(candidate)
    axes = note_axes(candidate.angle_deg)
    result = []
    for first, second in ((0, 2), (1, 3)):
        index = 1 if first == 0 else 0  # (sides 0 and 2 lie across the note's height)
        own = all(candidate.alike[side] < FREE_SIDE or seen[side] >= EDGED_SIDE for side in (first, second))
        longest = max(candidate.size[index], *usual)
        open_length = longest - float(spans[index])
        if own and PLACE_MM < open_length <= 2 * PLACE_MM and origin is not None and candidate.window is not None:
            # laid in the middle of where it may lie: at the middle of its colour across this axis (measured from its
            # window's top left: the window's place along the axis added)
            window = (np.array([candidate.window[1].start, candidate.window[0].start]) + origin) / px_per_mm
            middle = (float(low[index]) + float(high[index])) / 2 + float(window @ axes[index])
            candidate.center = candidate.center + axes[index] * (middle - float(candidate.center @ axes[index]))
            result.append(True)
            continue
        result.append(own and open_length <= PLACE_MM)
    return (result[0], result[1])


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
    polygons = []
    for shift in np.arange(SEAM_WITHIN_STEP_MM, depth - SEAM_WITHIN_END_MM, SEAM_WITHIN_STEP_MM):
        size = list(candidate.size)
        size[across] -= shift
        moved = Candidate(candidate.center + inward * shift / 2, (size[0], size[1]), candidate.angle_deg, 0)
        polygons.append(moved.corners_mm() * px_per_mm - region.origin)
    # (every shift measured at once: as _seams on each moved rectangle, one after another)
    return any(share >= SEEN_SIDE for share in _side_seam_shares(polygons, region, px_per_mm, side))


def _whole(candidate: Candidate) -> bool:
    """A note in view whole: its rectangle in its own colour and every side seen as an edge."""
    return candidate.seen >= WHOLE_SEEN and min(_sides_seen(candidate)) >= EDGED_SIDE


def _measured_sold(candidate: Candidate) -> bool:
    """Both lengths of a note measured, and a size that is sold (two notes of one colour in line make a rectangle of a
    size nobody sells)."""
    return candidate.measured == 2 and _common(max(candidate.size), min(candidate.size))


def _whole_of_sold_size(candidate: Candidate) -> bool:
    """A note of a size no other note on the photo has is still vouched for when it shows whole: all four
    sides seen as edges, its rectangle in its own colour, and both lengths measured, a size sold
    (``_measured_sold``)."""
    return _measured_sold(candidate) and candidate.seen >= WHOLE_SEEN and min(_sides_seen(candidate)) >= EDGED_SIDE


def _lengths_shown(candidate: Candidate) -> bool:
    """Of a note of a size sold (both lengths measured), whether two sides that meet at a corner are each seen
    whole as its own edge (``EDGED_SIDE``): against open board or casting its shadow onto what lies beside it along
    most of it (``CAST_SIDE``); and the two other sides are its own edge somewhere too (``FREE_SIDE``: their corners
    with the first two are the note's, not where a note lying over it ends) and its colour does not run on beyond them
    (``RUNS_ON``: a pad of its colour against it there may be the rest of it). Each length is then measured between
    two corners of the note itself: a larger note partly covered shows longer sides, wherever the cover lies. The
    note is vouched for, but it proves its size to no other note (see ``NoteBlob.proves_size``: proven so, a 51 mm
    size turned a lone 127 × 76 mm note with a curled end into a 76 mm note and a piece)."""
    if not _measured_sold(candidate):
        return False
    seen = _sides_seen(candidate)
    own = [max(free, casts) for free, casts in zip(candidate.free, candidate.casts)]
    return any(
        min(seen[side], seen[(side + 1) % 4]) >= EDGED_SIDE
        and min(own[side], own[(side + 1) % 4]) >= CAST_SIDE
        and min(own[(side + 2) % 4], own[(side + 3) % 4]) >= FREE_SIDE
        and max(candidate.alike[(side + 2) % 4], candidate.alike[(side + 3) % 4]) < RUNS_ON
        for side in range(4)
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
    return _measured_sold(candidate) and candidate.seen >= WHOLE_SEEN and sorted(_sides_seen(candidate))[1] >= SEEN_SIDE


PLACE_MM = 10.0  # a sure note's centre is vouched for within this


def _size_unseen(candidate: Candidate, sizes: SizeBook, region: Region | None = None, px_per_mm: float = 1.0) -> str:
    """A note of another size than the usual one whose length along an axis is not seen whole (an end lies
    under another note, or runs through the region without an edge): the usual note might lie there just as
    well, its centre elsewhere. Not where the note is shorter than the usual one, the other end is seen, and
    bare board lies beyond the end not seen (``region``, see _bare_beyond): no note lies under bare board, so the
    usual note does not reach past that end (dots stuck across a small note's edge hide the edge, not a note's
    length). The usual note would cover all of the band beyond that end as deep as it is longer: bare board
    filling most of the strip just beyond the end, or BARE_BAND_SHARE of that whole band, shows it does not lie
    there (dots of 8-20 mm stuck across the end may fill the strip, not the band; a note of another colour lying
    over the end may cover part of the band, the usual note's colour would show on the bare board past it). (With
    both ends not seen the note's place along that axis rests on no edge: it may be laid off.)

    An end seen as an edge is not seen either where it may be the edge of another note lying over it
    (``_under_another``) and the note is as long as the usual one the other way: the usual note partly covered
    shows just such a smaller rectangle of a size sold (a 76 mm note under another's edge reads as 76 × 51 mm,
    its centre 12 mm off)."""
    width, height = candidate.size
    common_long, common_short = sizes.usual
    # the usual size turned the way that fits this note best
    usual = min(((common_long, common_short), (common_short, common_long)), key=lambda s: abs(s[0] - width))
    for extent, expected, ends, across, other in (
        (width, usual[0], (1, 3), height, usual[1]),
        (height, usual[1], (0, 2), width, usual[0]),
    ):
        # (the centre would move by half the difference)
        usual_across = abs(across - other) <= SIZE_TOLERANCE_MM
        unseen = [
            side
            for side in ends
            if candidate.edged[side] < SEEN_SIDE or (usual_across and _under_another(candidate, side))
        ]
        if (
            abs(extent - expected) / 2 > PLACE_MM
            and unseen
            and not (
                region is not None
                and extent < expected
                and len(unseen) == 1
                and any(
                    _bare_beyond(candidate, unseen[0], region, px_per_mm, depth, share)
                    for depth, share in ((BARE_STRIP_MM, BARE_STRIP_SHARE), (expected - extent, BARE_BAND_SHARE))
                )
            )
        ):
            return "size"
    return ""


#: share of a side against open board for it to be the note's own edge, not another note's lying over it: more than
#: past a neighbour's corner (FREE_SIDE), as where the lit part of a note lying over it is taken for open board
OWN_END_FREE = 0.3


def _under_another(candidate: Candidate, side: int) -> bool:
    """Whether a side of a note may be the edge of another note lying over it: not against open board along
    OWN_END_FREE of it, and the note casts no shadow across it onto what lies beyond (as a note lying on another
    does where shadows fall that way). Beyond it lies another note, of its colour or another; where it lies
    over this one, its edge is all that shows."""
    return candidate.free[side] < OWN_END_FREE and candidate.casts[side] < CAST_SIDE


BARE_STRIP_MM = 10.0  # the strip just beyond a note's end looked at for bare board (within a ROI's 12 mm margin)
BARE_STRIP_INSET_MM = 5.0  # ... less this at each corner (a neighbour's corner, a dot on the corner)
BARE_STRIP_SHARE = 0.5  # share of the strip (bare board counted from 2.4 mm off any note) that must be bare board
#: share of the whole band the usual note would cover beyond a smaller note's unseen end that must be bare board: the
#: usual note would lie under all of it (less BARE_STRIP_INSET_MM at each corner), so bare board there is board the
#: usual note's colour would show on; a note read 12 mm off (its seen end not its own: a 76 mm note read 52 mm) left
#: up to a quarter of that band bare on the design photos (221122 combined-1)
BARE_BAND_SHARE = 0.3


def _bare_beyond(
    candidate: Candidate,
    side: int,
    region: Region,
    px_per_mm: float,
    depth: float = BARE_STRIP_MM,
    share: float = BARE_STRIP_SHARE,
) -> bool:
    """Whether bare board (no note, no highlight, see _bare_paper) fills ``share`` of a strip just beyond ``side``
    of the note, as wide as that side and ``depth`` mm deep: a note reaching that far past that side would show
    there."""
    corners = candidate.corners_mm()
    centre = corners.mean(axis=0)
    middle = (corners[side] + corners[(side + 1) % 4]) / 2
    outward = (middle - centre) / max(1e-6, float(np.hypot(*(middle - centre))))
    length = float(np.hypot(*(corners[(side + 1) % 4] - corners[side]))) - 2 * BARE_STRIP_INSET_MM
    if length <= 0:
        return False
    size = (depth, length) if side in (1, 3) else (length, depth)
    strip = Candidate(middle + outward * depth / 2, size, candidate.angle_deg, measured=0)
    # (the strip may reach past the region's ROI: the window's bare board where known)
    bare, origin = (region.bare(), 0.0) if region.bare is not None else (region.paper, region.origin)
    on, total = pixels_on(bare, strip.corners_mm() * px_per_mm - origin)
    return total > 0 and on >= share * total


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
