"""Seams: where the image shows a note's edge on a note of its own colour, along a candidate's sides
(``_seams``: seam or shadow) and across a rectangle that may be notes in line (``seam_across``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

import cv2
import numpy as np

from boards.capture.notes.base import _rolled
from boards.capture.notes.candidates import Candidate
from boards.capture.notes.measuring import (
    _SEAM_FIELDS,
    _SEAMS,
    Region,
    _keep_measured,
    _measured_before,
    _take_measured,
)
from boards.capture.notes.sizes import lengths_as_wide
from boards.capture.segment import channel_norm, disk


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


def _seams(candidate: Candidate, region: Region, px_per_mm: float, sides: Collection[int] = range(4)) -> None:
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


def _seams_measured(candidate: Candidate, region: Region, px_per_mm: float, sides: Collection[int]) -> None:
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


def _side_seam_shares(polygons: list[np.ndarray], region: Region, px_per_mm: float, side: int) -> list[float]:
    """Per rectangle (its corners in px of the region, as ``Candidate.polygon``): the seam share of one ``side``,
    as ``_seams(candidate, region, px_per_mm, [side])`` gives it in ``candidate.seam[side]``, all rectangles in one
    ``cv2.remap`` and one median (each sample and each piece's numbers are its own, whatever else is looked up or
    taken with it). The colours, which decide only casts and received shadows, are not looked at.
    ``tests/boards/capture/test_outline_batched.py`` compares it with ``_seams`` one rectangle at a time."""
    shares = [0.0] * len(polygons)
    if region.gray is None or not polygons:
        return shares
    gray = region.gray
    height, width = gray.shape
    offsets, near, below, beyond, _, _ = _seam_offsets(px_per_mm)
    margin = 6.0 * px_per_mm
    # the side of every rectangle at once (the arithmetic of _seams_measured, element by element)
    corners = np.stack(polygons)
    centre = corners.mean(axis=1)
    starts, ends = corners[:, side], corners[:, (side + 1) % 4]
    deltas = ends - starts
    lengths = np.hypot(deltas[:, 0], deltas[:, 1])
    directions = deltas / np.maximum(1e-6, lengths)[:, None]
    normals = np.column_stack([-directions[:, 1], directions[:, 0]])
    middles = (starts + ends) / 2 - centre
    normals[normals[:, 0] * middles[:, 0] + normals[:, 1] * middles[:, 1] < 0] *= -1
    # the rectangles whose side has as many samples together (in practice all): their samples in one array
    all_steps = [int((length - 2 * margin) / (1.5 * px_per_mm)) for length in lengths.tolist()]
    for steps in sorted(set(all_steps)):
        if steps < 6:
            continue
        these = [index for index, their in enumerate(all_steps) if their == steps]
        along = (margin + (np.arange(steps) + 0.5)[None, :] * (lengths[these] - 2 * margin)[:, None] / steps)[..., None]
        xs = starts[these, 0, None, None] + along * directions[these, 0, None, None]
        xs = (xs + offsets[None, None, :] * normals[these, 0, None, None]).astype(np.float32)
        ys = starts[these, 1, None, None] + along * directions[these, 1, None, None]
        ys = (ys + offsets[None, None, :] * normals[these, 1, None, None]).astype(np.float32)
        count = max(1, int(round(steps * 1.5 / SEAM_CHUNK_MM)))
        size = steps // count
        inside = (xs >= 0) & (ys >= 0) & (xs <= width - 1) & (ys <= height - 1)
        whole = inside[:, : count * size].reshape((len(these), count, size * len(offsets))).all(axis=2)
        if not whole.any():
            continue
        profiles = cv2.remap(gray, xs.reshape(-1, len(offsets)), ys.reshape(-1, len(offsets)), cv2.INTER_LINEAR)
        pieces = profiles.reshape((len(these), steps, len(offsets)))[:, : count * size]
        profile = _median(pieces.reshape((len(these), count, size, len(offsets)))[whole], 1)
        step = np.abs(profile[:, 2:] - profile[:, :-2])
        dip = np.minimum(profile[:, :-2], profile[:, 2:]) - profile[:, 1:-1]
        at = np.maximum(step, dip)[:, near].max(axis=1)
        around = np.maximum(np.ptp(profile[:, below], axis=1), np.ptp(profile[:, beyond], axis=1))
        seamed = ((at >= SEAM_LEVELS) & (at >= 2.0 * around)).tolist()
        first = 0
        for index, kept in zip(these, whole.sum(axis=1).tolist()):
            if kept:
                shares[index] = sum(seamed[first : first + kept]) / kept
                first += kept
    return shares


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


#: which image ``Region.seamed`` looks for a seam on: the light-evened one (``CLIPPED``), the one with what evening out
#: the light took past white at the level it would have (``UNCLIPPED``, ``Cluster.unclipped``: there only a seam
#: standing out from all else on the pads counts), or either (``BOTH``)
CLIPPED, UNCLIPPED, BOTH = "clipped", "unclipped", "both"
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
    return cv2.erode((labels == klass).view(np.uint8), disk(1.0 * px_per_mm)).view(bool)


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
    else on the pads, not one that lines of writing parallel to it match. The colour change counts where two
    lines side by side show it (an edge lies within reach of both). Where a seam may lie but the note's
    colour shows on none of the lines there (a lower pad curled and shaded into another class), it cannot be
    measured: True, as a pad's edge may lie there unseen (the rectangle is not vouched for as one note). Where
    none is found so, the lines are also measured in SEAM_PARTS parts across (see _step_in_part): a step twice as
    large along one part alone is an edge too (one pad curled and shaded, the other flat: it shows in the shade)."""
    p0, p1, p3 = corners_px[0], corners_px[1], corners_px[3]
    along, across = p1 - p0, p3 - p0
    if np.hypot(*across) > np.hypot(*along):
        along, across = across, along
    long_px, short_px = float(np.hypot(*along)), float(np.hypot(*across))
    if long_px < 1 or short_px < 1:
        return False
    unit = along / long_px
    long_mm, short_mm = long_px / px_per_mm, short_px / px_per_mm
    lengths = lengths_as_wide(sizes_mm, short_mm)
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
    # (and the lines between the two, only what a step where a seam may lie is weighed against: see below)
    beside = ~at_seam & ~elsewhere & (near <= SEAM_SLACK_MM + 2 * SEAM_REACH_MM + 1.0)
    # every line any measure below looks at, sampled once: a line (samples across the rectangle) at each position,
    # and beside it at -reach and +reach; (the factor in the dtype a single position's scalar would give it)
    every = at_seam | elsewhere | beside
    along_px = (positions[every] * px_per_mm).astype(np.result_type(8.0 * px_per_mm, unit))
    shifted = np.stack([shift * unit for shift in (-reach, 0.0, reach)])
    # x and y apart, each shift × line × sample (numpy's arithmetic along a last axis of two pays a loop per point)
    xs, ys = (
        np.round(
            (p0[k] + along_px[:, None] * unit[k] + s[None, :] * across[k])[None] + shifted[:, k, None, None]
        ).astype(int)
        for k in (0, 1)
    )
    # (as unsigned, a negative coordinate lies beyond the image too)
    inside_every = ((xs.view(np.uint64) < width) & (ys.view(np.uint64) < height)).all(axis=0)
    xs, ys = np.where(inside_every, xs, 0), np.where(inside_every, ys, 0)
    # (looked up by flat index: several times faster than numpy's indexing by rows and columns)
    on_member = member.ravel().take(ys * width + xs)
    # (the line itself may be dark enough to be no longer the note's colour)
    both_every = inside_every & on_member[0] & on_member[2]
    on_line_every = inside_every & on_member[1]
    pixels_every = _pixels(image, xs, ys).astype(np.int16)  # (before, on and after each line)
    # a line of writing along the line hides the line itself over a band several mm wide, and beside it its blurred
    # rim darkens one side: no pad's edge (whose shadow line is a mm or two wide). The bands are found among all the
    # lines sampled, not only those of a set measured: one lying across the end of a set's lines has its rim inside
    # them all the same
    placed_every = positions[every]
    hidden_every = np.count_nonzero(on_line_every, axis=1) < (1.0 - SEAM_BAND_HIDES) * len(s)
    next_to = np.diff(placed_every, prepend=placed_every[0] - 1.0) <= 1.0  # (a run breaks where positions skip)
    band_at = placed_every[_long_runs((hidden_every & next_to)[None, :], SEAM_BAND_MM)[0]]

    def line_measures(rows: np.ndarray) -> tuple[np.ndarray, ...]:
        """Per line of ``rows`` (bool, of every line sampled), what the measures below take from it alone: how many
        samples count, whether only in pieces, the shadow line's steady median, the step's median per channel and
        its steady median, and the colour change either way."""
        both = both_every[rows]
        shows = np.count_nonzero(both, axis=1)
        # measured where half the line shows the note's colour on both sides. Bold writing may hide more of a
        # seam; lines of writing cross it, and between them the seam shows in pieces of straight line several
        # mm long. Then only such pieces are measured (a line laid along a line of writing shows the pad only
        # in specks between its strokes)
        used, count, written = both, shows, np.zeros(len(both), bool)
        hidden = np.flatnonzero((shows < 0.5 * len(s)) & (shows >= SEAM_SHOWS * len(s)))
        if len(hidden):
            spacing_mm = 0.8 * short_mm / max(1, len(s) - 1)
            pieces = _long_runs(both[hidden], max(2, int(round(SEAM_PIECE_MM / spacing_mm))))
            in_pieces = np.count_nonzero(pieces, axis=1)
            starts = np.count_nonzero(pieces[:, 1:] & ~pieces[:, :-1], axis=1) + pieces[:, 0]
            shown = (in_pieces >= SEAM_SHOWS * len(s)) & (starts >= 2)
            written[hidden[shown]] = True
            used = both.copy()
            used[hidden[shown]] = pieces[shown]
            count = shows.copy()
            count[hidden[shown]] = in_pieces[shown]
        before, middle, after = pixels_every[:, rows]
        step, dip = after - before, ((before + after) >> 1) - middle  # (>> 1: // 2, faster)
        # the colour step across the line, or the shadow line along it (the upper pad's edge casts one on the
        # lower pad), whichever is stronger
        shadow = _steady_medians(dip, used, count)
        step_medians = _median_differences(step, used, count)
        steps = _steady_medians(step, used, count, step_medians)
        # the edge may show as a shadow line along part of it and as a step along the rest (the lower pad curls
        # away under part of it, a dot hides the line between): how much the colour changes across the line,
        # either way, where half the line shows the note's colour on both sides (not in pieces)
        # (channel_norm: np.linalg.norm's numbers along the channels, faster)
        change = np.maximum(channel_norm(step.astype(np.float32)), channel_norm(np.maximum(dip, 0).astype(np.float32)))
        return count, written, shadow, step_medians, steps, _chosen_medians(change, both, shows)

    # (each line measured once, when first needed: the lines where a seam may lie are weighed again with those beside
    # them, and measured again in parts)
    lines_measured = _ByLine(len(placed_every), line_measures)

    def measured(lines: np.ndarray, among: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """At the positions of ``lines`` (bool): the step measured, the colour change either way (the median over
        the line), and where enough of the note shows for them to count. Where the seam is sought, ``among``: the
        lines (``lines`` among them) whose gradual shading and strokes' rims take a step there away (the lines
        elsewhere across the rectangle lie more than 8 mm away, beyond the reach of both: left out); else None.
        (Each line is measured on its own; only the lines of writing along them and the strokes' rims reach from
        line to line, and those are told within ``lines``, as when each set was measured alone.)"""
        if not lines.any():
            return np.zeros(0), np.zeros(0), np.zeros(0, bool)
        count, written, shadow, _, steps, changes = lines_measured(lines[every])
        placed = positions[lines]
        if among is not None:
            near_count, _, near_shadow, near_medians, _, _ = lines_measured(among[every])
            placed_near, own = positions[among], lines[among]
            # a pad's edge steps the colour at one line, the pads flat on either side of it; light falling off across
            # a pad, or its curl, shades it as much a few mm further on: there the step is no edge. Only where the
            # seam is sought: elsewhere that shading is part of what a seam must stand out from
            graded = _graded(placed_near, near_medians, near_count >= 0.5 * len(s))[own]
            steps = np.where(graded, 0.0, steps)
            changes = np.where(graded, np.nan, changes)
            # a marker stroke across the line is far darker than a pad's shadow, and its blurred rim, beside it, dips
            # as a shadow would: no pad's edge (there too, only where the seam is sought)
            strokes = placed_near[(near_shadow > SEAM_SHADOW_MAX) & (near_count > 0)]
            if len(strokes):
                rim = np.abs(placed[:, None] - strokes[None, :]).min(axis=1) <= STROKE_RIM_MM
                shadow = np.where(rim, np.inf, shadow)
        values = np.maximum(steps, np.where(shadow <= SEAM_SHADOW_MAX, shadow, 0.0))
        # (the median of a few pieces varies more: there only a clear edge or shadow counts)
        values = np.where(written & (values < SEAM_PIECES_STEP), 0.0, values)
        medians = changes
        if len(band_at):
            # (beside a line of writing along the line, see above: neither measure tells a pad's edge there)
            beside = np.abs(placed[:, None] - band_at[None, :]).min(axis=1) <= SEAM_REACH_MM + SEAM_NEAR_MM
            values = np.where(beside, 0.0, values)
            medians = np.where(beside, np.nan, medians)
        # (a marker stroke along the line is far darker than a pad's shadow; its blurred rim lies beside it)
        strokes = placed[medians > SEAM_SHADOW_MAX]
        if len(strokes):
            far = np.abs(placed[:, None] - strokes[None, :]).min(axis=1) > STROKE_RIM_MM
            medians = np.where(far, medians, np.nan)
        medians = np.where(written, np.nan, medians)
        return values, medians, (count >= 0.5 * len(s)) | written  # (else not measured there)

    def answer(among: np.ndarray) -> bool:
        """The answer from the lines where a seam may lie, weighed against ``among`` (see ``measured``), and those
        elsewhere across the rectangle."""
        seam_values, seam_changes, seam_seen = measured(at_seam, among)
        # where a seam may lie first: a step too weak there is no seam, whatever the grain elsewhere. Where the note's
        # colour shows on no line there, the seam cannot be measured: an upper pad's edge may lie there unseen
        if not seam_seen.any():
            return True
        strongest = float(seam_values[seam_seen].max())
        peaks = seam_changes[seam_seen]
        peaks = peaks[~np.isnan(peaks)]
        if strongest < SEAM_STEP and (not len(peaks) or float(peaks.max()) < SEAM_STEP):
            return False  # (neither measure below can then reach its bar, whatever the grain elsewhere)
        other_values, other_changes, other_seen = measured(elsewhere)
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
        bar = max(SEAM_CHANGE_OVER * floor, floor + SEAM_STEP)
        # a pad's edge changes the colour across every line laid within reach of it on either side: two lines 1 mm
        # apart at least; a change on one line alone, the lines beside it unchanged or not measured, is the rim of a
        # stroke of writing reaching one side of it
        over = seam_seen & (seam_changes >= bar)
        return _on_two_lines(over, positions[at_seam])

    # where a seam may lie, and elsewhere across the rectangle (most rectangles need both: their lines measured in
    # one go, and those elsewhere weighed only once a step where a seam may lie could be a seam). A step
    # where a seam may lie is weighed against the lines beside it (see _graded: light changing gradually across a
    # seam's place is no edge); those between the two sets are weighed only when a seam was found without them,
    # as they can only take one away (a step graded, a stroke's rim), never show one
    lines_measured((at_seam | elsewhere)[every])
    if answer(at_seam) and (not beside.any() or answer(at_seam | beside)):
        return True

    # a step along one part of the line only: one pad curled and shaded, the other flat, their edge shows in the
    # shade alone
    def part_measures(rows: np.ndarray) -> tuple[np.ndarray, ...]:
        before, _, after = pixels_every[:, rows]
        found = _step_in_part(after - before, both_every[rows], on_line_every[rows])
        return found.steps, found.medians, found.shown, found.hidden

    parts = _ByLine(len(placed_every), part_measures)
    # (where a seam may lie first: each line is measured alone, and without a step there large enough on two lines
    # side by side the lines beside them and elsewhere cannot make one)
    if not _PartSteps(*parts(at_seam[every])).may_hold(positions[at_seam]):
        return False
    return _PartSteps(*parts(np.ones(len(placed_every), bool))).judged(placed_every, at_seam[every], elsewhere[every])


SEAM_PARTS = 3  # a line across a rectangle is also measured in this many parts, one after another across it
SEAM_PART_STEP = 2 * SEAM_STEP  # levels of a step along one such part alone that is a pad's edge


@dataclass
class _PartSteps:
    """Per line and part of it (see _step_in_part): its steady median step (0 where none or not measured)."""

    steps: np.ndarray  # lines × parts
    medians: np.ndarray  # lines × parts × channels
    shown: np.ndarray  # lines × parts, bool: half the part shows the note's colour on both sides
    hidden: np.ndarray  # lines × parts, bool: the line itself hidden along the part (writing along it)

    def may_hold(self, placed: np.ndarray) -> bool:
        """Whether lines 1 mm apart step by SEAM_PART_STEP or more in one part, where shown: what ``judged`` asks
        at least (it only takes steps away: graded, beside writing, below the grain's bar)."""
        return _on_two_lines(self.shown & (self.steps >= SEAM_PART_STEP), placed)

    def judged(self, placed: np.ndarray, at_seam: np.ndarray, elsewhere: np.ndarray) -> bool:
        """Whether, in one part, lines 1 mm apart where a seam may lie step by SEAM_PART_STEP or more, each not
        graded (see _graded), not beside a line of writing along the line, and SEAM_OVER_GRAIN times the median
        step of that part elsewhere across the rectangle. (The median also where seam_across is asked for a seam
        that stands out from all else, ``distinct``: lines beside writing along them are left out already, and
        weighed against the largest step elsewhere, measured, the part found no more seams on the design photos
        and left two pads in line doubtful more often.)"""
        for part in range(self.steps.shape[1]):
            graded = _graded(placed, self.medians[:, part], self.shown[:, part])
            values = np.where(graded | ~self.shown[:, part], 0.0, self.steps[:, part])
            written = placed[self.hidden[:, part]]
            if len(written):
                beside = np.abs(placed[:, None] - written[None, :]).min(axis=1) <= SEAM_REACH_MM + SEAM_NEAR_MM
                values = np.where(beside, 0.0, values)
            grain_lines = elsewhere & self.shown[:, part]
            grain = float(np.median(self.steps[grain_lines, part])) if grain_lines.any() else 0.0
            if _on_two_lines(at_seam & (values >= max(SEAM_PART_STEP, SEAM_OVER_GRAIN * grain)), placed):
                return True
        return False


def _on_two_lines(over: np.ndarray, placed: np.ndarray) -> bool:
    """Whether two lines 1 mm apart (``placed``: their positions, mm, in order) are both ``over`` (per line, or per
    line and part: then in one part): a pad's edge shows on every line within reach of it, a stroke's rim on one."""
    side_by_side = np.diff(placed) <= 1.0
    if over.ndim > 1:
        side_by_side = side_by_side[:, None]
    return bool((over[:-1] & over[1:] & side_by_side).any())


class _ByLine:
    """Numbers measured on each line of a rectangle alone (``measure``: given the lines, bool, arrays with a row per
    line), each line measured once, when first asked for: ``seam_across`` weighs the lines where a seam may lie
    again with the lines beside them, and measures them in parts before the others."""

    def __init__(self, lines: int, measure: Callable[[np.ndarray], tuple[np.ndarray, ...]]) -> None:
        self.measure = measure
        self.known = np.zeros(lines, bool)
        self.values: list[np.ndarray] = []

    def __call__(self, rows: np.ndarray) -> tuple[np.ndarray, ...]:
        """The numbers of the lines of ``rows`` (bool), in order."""
        todo = rows & ~self.known
        if todo.any():
            found = self.measure(todo)
            if not self.values:
                self.values = [np.zeros((len(self.known), *value.shape[1:]), value.dtype) for value in found]
            for whole, value in zip(self.values, found):
                whole[todo] = value
            self.known |= todo
        return tuple(whole[rows] for whole in self.values)


def _step_in_part(step: np.ndarray, both: np.ndarray, on_line: np.ndarray) -> _PartSteps:
    """Per line and SEAM_PARTS parts of it one after another across the rectangle: the median colour step
    (``step``, int16: line × sample × channel, after the line less before it) over the samples where both sides show
    the note's colour (``both``), if it steps the same way along most of them (see _steady_medians); and where the
    line itself shows the note's colour (``on_line``) too little along the part (a line of writing along it)."""
    lines, samples, channels = step.shape
    bounds = np.linspace(0, samples, SEAM_PARTS + 1).round().astype(int)
    # all parts at once, side by side, each as long as the longest (the samples added to a shorter one not chosen)
    widths = np.diff(bounds)
    longest = int(widths.max())
    within = np.arange(longest)[None, :] < widths[:, None]  # parts × samples
    taken = np.minimum(bounds[:-1, None] + np.arange(longest)[None, :], samples - 1)
    used = both[:, taken] & within
    count = np.count_nonzero(used, axis=2)
    # (a line of writing along the line hides it there; its blurred rim beside it steps as an edge would)
    hidden = np.count_nonzero(on_line[:, taken] & within, axis=2) < (1.0 - SEAM_BAND_HIDES) * widths
    shown = count >= 0.5 * widths
    # (per line and part, as if each were a line of its own)
    parts = (lines * SEAM_PARTS, longest)
    step, used, counted = step[:, taken].reshape(*parts, channels), used.reshape(parts), np.maximum(count, 1).ravel()
    medians = _median_differences(step, used, counted)
    steps = np.where(count > 0, _steady_medians(step, used, counted, medians).reshape(lines, SEAM_PARTS), 0.0)
    return _PartSteps(steps, medians.reshape(lines, SEAM_PARTS, channels), shown, hidden)


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


SEAM_GRADED = 0.5  # share of a step, the same way, measured beside it (the adjacent reach) that makes it a shading


def _graded(placed: np.ndarray, medians: np.ndarray, shown: np.ndarray) -> np.ndarray:
    """Per line at ``placed`` (mm along the rectangle, ascending; its median colour step ``medians``, line ×
    channel, measured where ``shown``) stepping at least SEAM_STEP: whether the line just before or after it (the
    steps either side that share its ends, a reach of SEAM_REACH_MM beyond them) steps the same way by SEAM_GRADED
    of its step or more. The colour then changes gradually across the line (light, a curl), not at it as at a
    pad's edge. (Smaller steps are the pad's grain: never graded, they stay the measure a seam is weighed against.)"""
    size = np.linalg.norm(medians, axis=1)
    # (where writing hides the line just beside it, the nearest one measured a mm closer or further; all six at once)
    shifts = np.array([side * (2 * SEAM_REACH_MM + more) for side in (-1, 1) for more in (0.0, -1.0, 1.0)])
    wanted = placed[None, :] + shifts[:, None]  # shifts × lines
    at = np.clip(np.searchsorted(placed, wanted), 0, max(0, len(placed) - 1))
    there = (np.abs(placed[at] - wanted) < 1e-6) & shown[at] & shown
    with np.errstate(invalid="ignore", divide="ignore"):
        along = np.einsum("slc,lc->sl", medians[at], medians) / size
    return (there & (size >= SEAM_STEP) & (along >= SEAM_GRADED * size)).any(axis=0)


_INT32_LEAST, _INT16_MOST = np.int32(np.iinfo(np.int32).min), np.int32(np.iinfo(np.int16).max)


def _median_differences(difference: np.ndarray, chosen: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Per line (first axis of ``difference``, int16: line × sample × channel), the median of its ``chosen`` samples
    (``count`` of them) per channel (line × channel)."""
    lines, samples, channels = difference.shape
    # per channel, the median of the chosen samples (the others sorted to the end, as the largest int16), as
    # ``np.median`` does: the middle one, or the mean of the middle two. (The samples of a channel side by side, as
    # int32: numpy sorts those several times faster than int16 along a middle axis; the same numbers in order)
    ordered = difference.transpose(0, 2, 1).astype(np.int32, order="C")
    # (the chosen ones kept, the others raised to the largest int16, in one pass)
    np.maximum(ordered, np.where(chosen, _INT32_LEAST, _INT16_MOST)[:, None, :], out=ordered)
    ordered.sort(axis=2)
    ordered = ordered.reshape(-1)
    starts = np.arange(0, lines * channels * samples, samples).reshape(lines, channels)
    low = ordered.take(starts + ((np.maximum(count, 1) - 1) // 2)[:, None]).astype(np.float64)
    high = ordered.take(starts + (count // 2)[:, None]).astype(np.float64)
    return np.where((count % 2 == 1)[:, None], low, (low + high) / 2)


def _steady_medians(
    difference: np.ndarray, chosen: np.ndarray, count: np.ndarray, median: np.ndarray | None = None
) -> np.ndarray:
    """Per line (first axis of ``difference``, int16: line × sample × channel), over its ``chosen`` samples
    (``count`` of them, at least one where it matters): the size of their median colour difference if it
    steps the same way along most of them (a pad's edge runs the same way all along; a stroke of writing
    beside the line only here and there), else 0. ``median``: their ``_median_differences``, where known."""
    _, _, channels = difference.shape
    if median is None:
        median = _median_differences(difference, chosen, count)
    size = median[:, 0]
    for channel in range(1, channels):
        size = np.hypot(size, median[:, channel])
    with np.errstate(invalid="ignore", divide="ignore"):
        direction = median / size[:, None]
        projected = np.einsum("lsc,lc->ls", difference.astype(np.float64), direction)
        steady = np.count_nonzero(chosen & (projected > 0.5 * size[:, None]), axis=1) / count
    return np.where((size != 0) & (steady >= SEAM_STEADY), size, 0.0)
