"""Choosing the notes that explain a region among its candidates (greedy, bounded), joining two chosen in
line into one longer note or not, and reading a rest left over as notes in line.
"""

from __future__ import annotations

import copy
import heapq
import math
from collections.abc import Callable

import cv2
import numpy as np

from boards.capture.notes.base import _rolled
from boards.capture.notes.candidates import EDGE_SUPPORT, Candidate, _box_candidate
from boards.capture.notes.doubt import (
    EDGED_SIDE,
    RUNS_ON,
    SEEN_SIDE,
    _edge_lying_on,
    _open_on,
    _seam_within,
    _sides_seen,
    _the_piece_beyond,
)
from boards.capture.notes.measuring import (
    BOX_BARE,
    MAY_FIT_PAPER,
    Region,
    _evaluate,
    _may_fit,
    _measure_inside,
    _measure_outline,
    _outline_beside,
)
from boards.capture.notes.seams import BOTH, CLIPPED, SEAM_REACH_MM, SEAM_SLACK_MM, UNCLIPPED, _seams
from boards.capture.notes.sizes import (
    COMMON_SIZES_MM,
    NEVER_LONGER_MM,
    SIZE_TOLERANCE_MM,
    TYPICAL_NOTE_MM,
    SizeBook,
    _common,
    _longer_than_sold,
    lengths_as_wide,
)
from boards.capture.segment import components8


def _explains(chosen: list[Candidate], own: np.ndarray) -> bool:
    """Whether the chosen notes cover (nearly) all of the region, each along good edges."""
    if not chosen or any(candidate.support < 0.6 or candidate.contradiction > 0.2 for candidate in chosen):
        return False
    explained = np.zeros(own.shape, bool)
    for candidate in chosen:
        explained[candidate.window] |= candidate.own
    return np.count_nonzero(own & ~explained) < 0.08 * np.count_nonzero(own)


LEAST_GAIN = 0.12  # share of a usual note's area a candidate must add to the notes chosen to be chosen (_choose)


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
            if not _adds_enough(candidate, gain, least):
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
        best.beneath = False  # (a candidate may be kept from an earlier search of the region)
        chosen.append(best)
        explained[best.window] |= best.own
        for candidate in pool:
            if id(candidate) in gains and _overlap(candidate.window, best.window):
                gains[id(candidate)] = (gains[id(candidate)][0], False)
        pool = [c for c in pool if c is not best and not _on_chosen(c, best) and id(c) not in dead]
    return _beneath(chosen, candidates, region, px_per_mm, explained)


BENEATH_HIDDEN = 0.5  # a note beneath those chosen has no more of its outline than this under them
PILE_NOTES = 1.3  # a part of a region left unexplained larger than this many usual notes is a pile of them


def _beneath(
    chosen: list[Candidate], candidates: list[Candidate], region: Region, px_per_mm: float, explained: np.ndarray
) -> list[Candidate]:
    """``chosen`` and, after them, the notes lying beneath them in a pile of pads of one colour: where the notes
    chosen leave a part of the region larger than ``PILE_NOTES`` usual notes unexplained (left so, the reader lays
    one doubtful note over it: see _regions), candidates not viable (``_viable``) because their sides run on
    through their colour, where they run on only under the notes chosen (a lower pad's sides vanish under the
    upper ones). Judged by the part of their outline beside those notes (``_outline_beside``) as ``_viable`` judges a
    whole outline, at most ``BENEATH_HIDDEN`` of it hidden; taken best first (``_score``), each adding as much of
    the pile as ``_choose`` asks, the notes chosen since hiding the next ones' sides too, until no part that large
    is left (the rest of one pad is laid as any rest is). Every candidate not chosen is looked at, measured where
    ``_choose`` did not need to, so that the notes beneath do not depend on how far it measured. ``explained``:
    the region's pixels the notes chosen explain (ROI, bool), taken over and added to."""
    note_area = TYPICAL_NOTE_MM * TYPICAL_NOTE_MM * px_per_mm * px_per_mm
    if not chosen:
        return chosen
    if np.count_nonzero(region.own & ~explained) <= PILE_NOTES * note_area:
        return chosen  # (no pile can be left)
    hidden = np.zeros(region.own.shape, np.uint8)
    for candidate in chosen:
        cv2.fillPoly(hidden, [np.round(candidate.polygon).astype(np.int32)], 1)
    under_chosen = hidden.view(bool)  # (the same pixels, as fillPoly adds to them)
    least = LEAST_GAIN * note_area
    chosen = list(chosen)
    left = []
    for candidate in candidates:
        if any(candidate is c for c in chosen):
            continue
        if candidate.polygon is None:
            _measure_inside(candidate, region, px_per_mm, choosing=True)
        if candidate.own is None or not _may_fit(candidate) or _viable(candidate, region, px_per_mm):
            continue
        left.append(candidate)
    while left:
        _, parts, stats, _ = components8((region.own & ~explained).view(np.uint8))
        piles = np.flatnonzero(stats[1:, cv2.CC_STAT_AREA] > PILE_NOTES * note_area) + 1
        if not len(piles):
            break
        pile = np.isin(parts, piles)
        best, best_score = None, 0.0
        for candidate in left:
            if any(_on_chosen(candidate, c) for c in chosen):
                continue
            adds = candidate.own & ~explained[candidate.window]
            gain = int(np.count_nonzero(adds))
            if not _adds_enough(candidate, gain, least) or 2 * np.count_nonzero(adds & pile[candidate.window]) < gain:
                continue
            support, contradiction, under = _outline_beside(candidate, region, px_per_mm, under_chosen)
            if under > BENEATH_HIDDEN or not _outline_holds(support, contradiction, candidate.votes):
                continue
            if _pads_in_line(candidate, region):
                continue
            score = _score(candidate, gain, support - 1.5 * contradiction - 2 * candidate.paper)
            if score > best_score:
                best, best_score = candidate, score
        if best is None:
            break
        best.beneath = True
        chosen.append(best)
        explained[best.window] |= best.own
        cv2.fillPoly(hidden, [np.round(best.polygon).astype(np.int32)], 1)
        left = [c for c in left if c is not best]
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
    return _outline_holds(candidate.support, candidate.contradiction, candidate.votes) and not _pads_in_line(
        candidate, region
    )


def _pads_in_line(candidate: Candidate, region: Region) -> bool:
    """Whether a rectangle longer than a usual note has the edge of a pad across it: two notes, not one. Where it
    is of no size seen and as wide as no note seen, the edge is sought at the lengths of the notes sold that wide
    (a 63 mm pad beside a 76 mm one on a board of 76 mm notes)."""
    if region.seamed is None or max(candidate.size) <= region.usual_mm + SIZE_TOLERANCE_MM:
        return False
    return region.seamed(candidate.polygon) or (not candidate.known and region.seamed(candidate.polygon, sold=True))


def _adds_enough(candidate: Candidate, gain: int, least: float) -> bool:
    """Whether a candidate adding ``gain`` pixels of its region not yet explained may be chosen: a good part of its
    own area, and at least ``least`` (``LEAST_GAIN`` of a usual note's)."""
    return gain >= max(0.22 * candidate.area, least)


def _on_chosen(candidate: Candidate, chosen: Candidate) -> bool:
    """Whether a candidate lies (nearly) where a note chosen lies: its centre within 0.3 of that note's width."""
    return float(np.hypot(*(candidate.center - chosen.center))) <= 0.3 * min(chosen.size)


def _outline_holds(support: float, contradiction: float, votes: int) -> bool:
    """Whether an outline that follows edges this well (``support``) and runs this much through its colour or
    over bare board (``contradiction``) may be a note's (``votes``: corners found that propose it)."""
    return (contradiction <= 0.3 or (support >= 0.6 and contradiction <= 0.42)) and support >= (
        0.3 if votes else EDGE_SUPPORT
    )


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
    second note; there the reader would otherwise see two notes of the usual size. Not where the rectangle fitted
    round the two (``_fitted_union``) is wider than the wider of them by more than ``JOIN_WIDER_MM``: two pads almost
    in line, the seam between them too faint to tell, neither vouched for by its size."""
    if region.seamed is None or len(chosen) < 2:
        return chosen
    result = list(chosen)
    # (per pair, either way round, worked out once: the rectangle the two make and whether a seam shows across it,
    # see _pair_union; the pair is kept with them, so that its ids stay its own)
    pairs: dict[frozenset[int], tuple[Candidate, Candidate, Candidate | None, bool | None, bool]] = {}
    joined = True
    while joined:
        joined = False
        for first in result:
            for second in result:
                if first is second:
                    continue
                pair = frozenset((id(first), id(second)))
                if pair not in pairs:
                    pairs[pair] = (first, second, *_pair_union(first, second, region, px_per_mm, sizes))
                _, _, union, seen, fitted = pairs[pair]
                if union is None or union.area == 0 or union.polygon is None:
                    continue
                if seen:
                    if fitted:
                        continue  # (two pads a little turned or shifted, the upper one's edge seen: as chosen)
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
                    if not region.seamed(union.polygon, distinct=True, on=BOTH):
                        first.in_line = second.in_line = True
                    continue
                if fitted and min(union.size) - max(min(first.size), min(second.size)) > JOIN_WIDER_MM:
                    # two pads almost in line, a few mm apart across or a few degrees turned: the rectangle round them
                    # is wider than either (one long pad read as two makes one of their width); but as no seam
                    # between them was seen, neither is vouched for by its size
                    first.in_line = second.in_line = True
                    continue
                union.known = sizes.known(max(union.size), min(union.size))
                # (a seam seen on the rectangle laid along one of the two only: one longer note, as most such pairs
                # on the photos measured are, but not vouched for by its size; see _in_line_seam)
                union.in_line = union.in_line or seen is None
                result = [c for c in result if c is not first and c is not second] + [union]
                joined = True
                break
            if joined:
                break
    return result


JOIN_OVERLAP = 0.15  # share of the smaller of two chosen notes of one colour the other covers to be weighed as one
JOIN_HOLDS = 0.97  # share of the two notes' pixels the rectangle fitted around them holds (one clean rectangle) ...
JOIN_FILL = 0.85  # ... which the region fills this much (the rest: notes of other colours over its corners)
JOIN_EDGED = 0.6  # ... its outline this much along the region's edges (a pad's four straight sides)
#: a rectangle fitted round two chosen notes wider than the wider of them by more than this is no long pad (see
#: _joined_in_line): one long pad read as two notes makes one of their width (up to 2.9 mm wider on the photos
#: measured, a long pad's parts measured under blur and a steep view); two pads almost in line, a few mm apart across
#: or a few degrees turned, make a wider one (4.5 mm)
JOIN_WIDER_MM = 3.5


def _fitted_union(
    first: Candidate, second: Candidate, region: Region, px_per_mm: float, sizes: SizeBook
) -> Candidate | None:
    """The rectangle fitted around the region's pixels two chosen notes of the same width explain, when they
    overlap and those pixels are one clean rectangle of a size sold (measured): one long pad whose two ends were
    each read as a note, their angles and places off by more than ``_in_line_union`` allows (a note's part
    measured under blur and a steep view; a corner under another colour turning it). Two pads overlapping at
    different angles or across leave no such rectangle (their union is kinked or stepped); two exactly in line
    are told by the seam the caller looks for. None otherwise."""
    if first.own is None or second.own is None or first.window is None or second.window is None:
        return None
    widths = (min(first.size), min(second.size))
    reach = (max(first.size) + max(second.size)) / 2  # (centres farther apart: the two do not overlap)
    if abs(widths[0] - widths[1]) > SIZE_TOLERANCE_MM or np.hypot(*(second.center - first.center)) >= reach:
        return None
    shape = region.own.shape
    masks = []
    for candidate in (first, second):
        mask = np.zeros(shape, bool)
        mask[candidate.window] = candidate.own
        masks.append(mask)
    both = masks[0] | masks[1]
    if np.count_nonzero(masks[0] & masks[1]) < JOIN_OVERLAP * min(first.own_count, second.own_count):
        return None
    points = cv2.findNonZero(both.view(np.uint8))
    if points is None:
        return None
    union = _box_candidate(points.astype(np.float32) + region.origin.astype(np.float32), px_per_mm)
    if union is None:
        return None
    long, short = max(union.size), min(union.size)
    if (
        any(abs(short - width) > SIZE_TOLERANCE_MM for width in widths)
        or long < max(max(first.size), max(second.size)) + SIZE_TOLERANCE_MM
        or not _common(long, short)
        or _longer_than_sold(long, short)
        or not sizes.tiles(long, short)
    ):
        return None
    union.box, union.measured, union.known = False, 0, False
    _evaluate(union, region, px_per_mm)
    # (one pad shows no bare board inside its rectangle beyond the blur at its edges: two pads, one narrower or lying
    # lower, leave a notch of it)
    if union.area == 0 or union.own is None or union.paper > BOX_BARE or union.seen < JOIN_FILL:
        return None
    if np.count_nonzero(both[union.window] & union.own) < JOIN_HOLDS * np.count_nonzero(both):
        return None
    if union.support < JOIN_EDGED:
        return None
    return union


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
    lengths = lengths_as_wide(sizes.ordered(), short)
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


def _pair_union(
    first: Candidate, second: Candidate, region: Region, px_per_mm: float, sizes: SizeBook
) -> tuple[Candidate | None, bool | None, bool]:
    """The rectangle two chosen notes make together, whether a seam runs across it (True, False, or None when it
    shows one way round only, see _in_line_seam), and whether it is the rectangle fitted around their pixels
    (``_fitted_union``, where they lie in line by no ``_in_line_union``)."""
    union, seen = _in_line_seam(first, second, region, px_per_mm, sizes)
    if union is not None:
        return union, seen, False
    union = _fitted_union(first, second, region, px_per_mm, sizes)
    if union is None or union.area == 0 or union.polygon is None:
        return union, None, True
    return union, bool(region.seamed(union.polygon)), True


def _in_line_seam(
    first: Candidate, second: Candidate, region: Region, px_per_mm: float, sizes: SizeBook
) -> tuple[Candidate | None, bool | None]:
    """The rectangle two chosen notes make in line (``_in_line_union``, laid along ``first``, or along ``second``
    where they lie in line along that one only; None when they make none either way round) and whether the upper
    pad's edge shows across it (``region.seamed``). Laid along the one or the other note, the rectangle differs by a
    fraction of a mm and a degree or so; a faint seam, at the limit of what shows (a curled long note's shade, the
    edge of an upper pad in blur), may be found on the one and not on the other. Then neither the pair nor one
    longer note can be vouched for: None. (Judged either way round on its own, the pair was joined into a note
    vouched for by a size seen whenever one of the two missed the seam.) The offset across is measured across the
    note the rectangle is laid along, so near the limit the pair may be in line along one of the two only."""
    union = _in_line_union(first, second, sizes)
    other = _in_line_union(second, first, sizes)
    if union is None:
        union, other = other, None
    if union is None:
        return None, None
    _evaluate(union, region, px_per_mm)
    if union.area == 0 or union.polygon is None:
        return union, False
    seen = bool(region.seamed(union.polygon, on=CLIPPED))
    laid = [union]
    if other is not None:
        _evaluate(other, region, px_per_mm)
        if other.area > 0 and other.polygon is not None:
            if bool(region.seamed(other.polygon, on=CLIPPED)) != seen:
                return union, None
            laid.append(other)
    if not seen:
        # where evening out the light took the pads' brightest channel past white (the red of yellow pads), the upper
        # pad's edge may show there alone (see ``Region.seamed``): laid either way round
        seen = all(region.seamed(rectangle.polygon, on=UNCLIPPED) for rectangle in laid)
    return union, seen


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


def _in_line(
    size: tuple[float, float], corners_px: np.ndarray, sizes: SizeBook, seamed: Callable[[np.ndarray], bool] | None
) -> bool:
    """Whether a clean rectangle is notes in line (one lying on the other), not one note, whatever sizes
    were seen: as long as notes of a known size in line, with the edge of an upper pad across it. On a rectangle
    longer than the usual note (usual pads in line, or one longer note) also where that edge shows only in a channel
    evening out the light took past white (``seams.BOTH``)."""
    long, short = max(size), min(size)
    if seamed is None or not sizes.tiles(long, short):
        return False
    return seamed(corners_px, on=BOTH if long > max(sizes.usual) + SIZE_TOLERANCE_MM else CLIPPED)


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
    """Two notes of the usual size laid against the two ends of a rest that is notes in line (or of a region as long
    as notes in line, proposed with its other candidates), centred across it; [] when it is longer than two of them
    (three or more in a row)."""
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


#: share of a note's end along an edge (see _sides_seen) up to which no end shows there (writing or a neighbour's
#: shadow crossing it); an end seen along more of it than this, if not as far as SEEN_SIDE, is an edge in part
RUN_ON_EDGED = 0.3
#: mm deep (on average across its width) a pad's own colour shows past a note's end, explained by no other note
#: chosen, for the note to be its near end: more than an edge fitted a little short or a wedge between two notes
#: in line a little turned leaves
RUN_ON_STRIP_MM = 6.0


def _run_on_pads(chosen: list[Candidate], region: Region, px_per_mm: float, sizes: SizeBook) -> list[Candidate]:
    """The notes chosen, each that is the near end of a longer pad laid as that pad (see _run_on_pad)."""
    with_seams = _seamed_copies(region, px_per_mm)
    return [_run_on_pad(candidate, chosen, region, px_per_mm, sizes, with_seams) or candidate for candidate in chosen]


def _pieces_joined(chosen: list[Candidate], region: Region, px_per_mm: float) -> list[Candidate]:
    """The notes chosen, a note and the piece beyond one of its sides joined into one longer note where they are
    its two parts (see doubt._runs_on): its own colour runs on across that side with no edge or seam there and no
    pad's edge lying on it, and the piece beyond makes the two together as long as a note sold as wide
    (``_the_piece_beyond``). A longer note whose far end is cut off (by dots, another note, a highlight or the
    photo's edge) measures so as a usual note and a piece, both in the wrong place; two pads in line show the
    upper one's edge; a line across the note parallel to that side (``_seam_within``) is that edge only where it
    shows across the two together (``Region.seamed``): rows of writing run so too. Its size is a guess still: laid
    doubtful for its size (``run_on``)."""
    result = list(chosen)
    for candidate in chosen:
        if not any(candidate is kept for kept in result) or candidate.measured != 0:
            continue
        for side in _open_on(candidate):
            piece = _the_piece_beyond(candidate, result, side)
            if piece is None or not _sides_run_on(candidate, piece, side) or _edge_lying_on(candidate, result):
                continue
            # (its seam measured on a copy: the notes' own are measured on the sides their doubt asks for)
            seamed = copy.copy(candidate)
            _seams(seamed, region, px_per_mm, (side,))
            if _sides_seen(seamed)[side] >= SEEN_SIDE:
                continue
            joined = _pad_of_parts(candidate, piece, side, region, px_per_mm)
            if joined is not None and _seam_within(candidate, region, px_per_mm, side):
                # a line across the note parallel to that side: the edge of a pad lying on it only where a pad's
                # edge shows across the note the two make (see _in_line); else writing along the side
                joined = None if region.seamed is None or region.seamed(joined.polygon) else joined
            if joined is not None:
                result = [kept for kept in result if kept is not candidate and kept is not piece] + [joined]
                break
    return result


def _sides_run_on(candidate: Candidate, piece: Candidate, side: int) -> bool:
    """Whether the ``piece`` beyond ``side`` of a note lies between the lines its two other sides run along, one of
    its own sides on one of them (within NEVER_LONGER_MM, as exactly as an outline is fitted): a pad's sides are
    straight, while two pads overlapping in line lie a little shifted or turned against each other."""
    corners = candidate.corners_mm()
    across = corners[(side + 1) % 4] - corners[side]
    across /= max(1e-6, float(np.hypot(*across)))
    near = (corners - candidate.center) @ across
    far = (piece.corners_mm() - candidate.center) @ across
    low, high = float(far.min() - near.min()), float(far.max() - near.max())
    return low > -NEVER_LONGER_MM and high < NEVER_LONGER_MM and min(abs(low), abs(high)) < NEVER_LONGER_MM


def _pad_of_parts(
    candidate: Candidate, piece: Candidate, side: int, region: Region, px_per_mm: float
) -> Candidate | None:
    """The note of a size sold, as wide as ``candidate``, laid from its side opposite ``side`` across the
    ``piece`` beyond that side (see _pieces_joined), or None where it would hold more bare board than a note may."""
    corners = candidate.corners_mm()
    outward = (corners[side] + corners[(side + 1) % 4]) / 2 - candidate.center
    reach = float(np.hypot(*outward))
    outward = outward / reach
    width = float(np.hypot(*(corners[(side + 1) % 4] - corners[side])))
    far = float(((piece.corners_mm() - candidate.center) @ outward).max())
    length = reach + far
    longer = [
        long
        for long, short in COMMON_SIZES_MM
        if abs(short - width) < SIZE_TOLERANCE_MM and long >= 2 * reach + SIZE_TOLERANCE_MM
    ]
    long = min(longer, key=lambda long: abs(long - length), default=0.0)
    if abs(long - length) >= SIZE_TOLERANCE_MM:
        return None
    axis = 0 if side % 2 else 1  # (sides 1 and 3 end the a axis, sides 0 and 2 the b axis)
    size = [0.0, 0.0]
    size[axis], size[1 - axis] = long, width
    start = candidate.center - outward * reach
    joined = Candidate(start + outward * long / 2, (size[0], size[1]), candidate.angle_deg, 0)
    _evaluate(joined, region, px_per_mm)
    if joined.area == 0 or joined.paper > MAY_FIT_PAPER:
        return None
    joined.known, joined.run_on = False, True
    _seams(joined, region, px_per_mm, range(4))
    return joined


def _seamed_copies(region: Region, px_per_mm: float) -> Callable[[Candidate], Candidate]:
    """A copy of a note chosen with its seams measured (as _runs_on sees them), made once per note: the notes' own
    seams are measured later, on the sides their doubt asks for."""
    seamed: dict[int, Candidate] = {}

    def with_seams(note: Candidate) -> Candidate:
        if id(note) not in seamed:
            seamed[id(note)] = copy.copy(note)
            _seams(seamed[id(note)], region, px_per_mm)
        return seamed[id(note)]

    return with_seams


def _run_on_pad(
    candidate: Candidate,
    chosen: list[Candidate],
    region: Region,
    px_per_mm: float,
    sizes: SizeBook,
    with_seams: Callable[[Candidate], Candidate] | None = None,
) -> Candidate | None:
    """A note chosen as the near end of a longer pad whose far end lies under other notes: the pad, laid at a
    size sold as wide and longer (a size seen first, else the longest), or None.

    A pad is one sheet of one colour with straight edges all round. Where the note's own colour runs on past one
    end (RUNS_ON just outside it) and nothing shows there as an edge (no border, dark line or seam along more than
    RUN_ON_EDGED of it: a pad's end always shows, by its own edge and shadow or by the edge of the pad lying over
    it, see _seam_within and _edge_lying_on), while its other end is seen as an edge all along, its length was not
    measured but taken: the pad goes on under the notes beyond. Laid longer from its seen end, as long as the
    longer rectangle holds no more bare board than a note may (``MAY_FIT_PAPER``: its far end hidden, not in open
    board) and one of its sides runs on along the border of its colour past the end (a pad's sides are straight;
    a neighbour of its colour beside it, turned or shifted, has its own). Its length is then a guess: the pad is
    doubtful for its size (``run_on``)."""
    if candidate.polygon is None or candidate.area == 0:
        return None
    seen = _sides_seen(candidate)
    for along, ends in ((0, (1, 3)), (1, (0, 2))):
        for open_end, seen_end in (ends, ends[::-1]):
            if candidate.alike[open_end] < RUNS_ON or candidate.edged[open_end] >= RUN_ON_EDGED:
                continue
            if seen[seen_end] < EDGED_SIDE:
                continue
            # (seams measured on copies: the notes' own are measured later, on the sides their doubt asks for)
            ends_seamed = copy.copy(candidate)
            _seams(ends_seamed, region, px_per_mm, (open_end, seen_end))
            seen = _sides_seen(ends_seamed)
            if seen[open_end] >= RUN_ON_EDGED or seen[seen_end] < EDGED_SIDE:
                continue
            with_seams = with_seams or _seamed_copies(region, px_per_mm)
            seamed = [with_seams(other) for other in chosen if other is not candidate]
            if _edge_lying_on(candidate, seamed) or _seam_within(candidate, region, px_per_mm, open_end):
                return None
            others = [other for other in chosen if other is not candidate]
            return _laid_longer(candidate, along, open_end, region, px_per_mm, sizes, others)
    return None


def _laid_longer(
    candidate: Candidate,
    along: int,
    open_end: int,
    region: Region,
    px_per_mm: float,
    sizes: SizeBook,
    others: list[Candidate],
) -> Candidate | None:
    """``candidate`` laid longer along its size index ``along`` past its side ``open_end``, its other end kept, at
    a size sold as wide (see _run_on_pad), or None where no such rectangle keeps off bare board. Not where the
    colour past the end is that of the ``others`` chosen (a note of its colour against that end, in line): the
    pad's own shows there, explained by none of them, RUN_ON_STRIP_MM deep across its width; nor where that colour
    runs on as far past the longer pad's far end (two notes of its colour in line, the second not chosen yet), nor
    where that end lies in open board (RUN_ON_STRIP_MM either side of it: two pads overlapping in line, shorter)."""
    explained = np.zeros(region.own.shape, bool)
    for other in others:
        if other.own is not None and other.window is not None:
            explained[other.window] |= other.own
    length, across = candidate.size[along], candidate.size[1 - along]
    corners = candidate.corners_mm()
    outward = (corners[open_end] + corners[(open_end + 1) % 4]) / 2 - candidate.center
    outward /= max(1e-6, float(np.hypot(*outward)))
    angle = candidate.angle_deg
    fits = []
    for long, short in COMMON_SIZES_MM:
        if abs(short - across) >= SIZE_TOLERANCE_MM or long < length + SIZE_TOLERANCE_MM:
            continue
        size = [0.0, 0.0]
        size[along], size[1 - along] = long, across
        longer = Candidate(candidate.center + outward * (long - length) / 2, (size[0], size[1]), candidate.angle_deg, 1)
        _evaluate(longer, region, px_per_mm)
        if longer.area == 0 or longer.paper > MAY_FIT_PAPER:
            continue
        # the part laid on: a pad's sides run on straight, along the border of its colour where not covered
        size[along] = long - length
        part = Candidate(candidate.center + outward * long / 2, (size[0], size[1]), candidate.angle_deg, 0)
        _evaluate(part, region, px_per_mm)
        if part.area == 0 or part.own is None or part.window is None:
            continue
        if _unexplained_mm2(part, explained, px_per_mm) < RUN_ON_STRIP_MM * across:
            continue
        # ... and where the pad ends, so does its colour, but for the notes chosen over it; its far end is hidden,
        # not open board (two pads overlapping in line make a shorter run of colour)
        size[along] = 2 * RUN_ON_STRIP_MM
        beyond = Candidate(longer.center + outward * (long / 2 + RUN_ON_STRIP_MM), (size[0], size[1]), angle, 0)
        _measure_inside(beyond, region, px_per_mm)
        if beyond.area > 0 and _unexplained_mm2(beyond, explained, px_per_mm) >= RUN_ON_STRIP_MM * across:
            continue
        far_end = Candidate(longer.center + outward * (long / 2 - RUN_ON_STRIP_MM), (size[0], size[1]), angle, 0)
        _measure_inside(far_end, region, px_per_mm)
        if far_end.area == 0 or far_end.paper > MAY_FIT_PAPER:
            continue
        if max(part.edged[side] for side in range(4) if side % 2 != open_end % 2) >= SEEN_SIDE:
            longer.known, longer.run_on = sizes.known(long, short), True
            fits.append(longer)
    return max(fits, key=lambda longer: (longer.known, max(longer.size)), default=None)


def _unexplained_mm2(candidate: Candidate, explained: np.ndarray, px_per_mm: float) -> float:
    """mm² of the region inside a measured rectangle that ``explained`` (ROI px) leaves out."""
    if candidate.own is None or candidate.window is None:
        return 0.0
    return np.count_nonzero(candidate.own & ~explained[candidate.window]) / px_per_mm**2
