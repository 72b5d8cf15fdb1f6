"""Measuring a candidate against its region (``Region``): how much of its inside is the region's, bare paper
or another note, and how much of its outline runs along edges, crosses open paper or a note's inside; what the
rectangles measured, kept by the region for a later search of it (``_measured_before``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

from boards.capture.notes.base import _outward_normals, _rolled
from boards.capture.notes.candidates import Candidate
from boards.capture.notes.sizes import TYPICAL_NOTE_MM


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
    #: whether a rectangle (ROI px corners) holds the edge of one note lying on another (``distinct``: a seam
    #: standing out from all else; ``on``: the image looked on, see ``seams.BOTH``); None: not known
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


def _outline_probed(
    candidate: Candidate, region: Region, px_per_mm: float
) -> tuple[tuple[int, ...], np.ndarray, np.ndarray, np.ndarray]:
    """The candidate's outline sampled every 1.5 mm (all four sides at once): the samples per side, each sample's
    side, the samples (ROI px), and ``Region.bits`` looked up on the outline, 2 mm inside it, 3 mm outside it
    and, where dark lines are, to both sides of it along the sides' normals (see _crossed), one row each."""
    corners = candidate.polygon
    ends = _rolled(corners, -1)
    deltas = ends - corners
    lengths = tuple(max(2, int(length / (1.5 * px_per_mm))) for length in np.hypot(deltas[:, 0], deltas[:, 1]).tolist())
    side, t = _outline_steps(lengths)
    exact = corners[side] + t[:, None] * deltas[side]
    centre = corners.sum(axis=0) / len(corners)  # (corners.mean(axis=0), to the bit, without its overhead)
    middles = (corners + ends) / 2
    outward = middles - centre
    outward /= np.maximum(1e-6, np.hypot(outward[:, 0], outward[:, 1]))[:, None]
    probes = [exact, exact - (outward * 2.0 * px_per_mm)[side], exact + (outward * 3.0 * px_per_mm)[side]]
    if region.lines is not None:
        probes += _crossing_probes(exact, _outward_normals(corners, ends, centre)[side], px_per_mm)
    bits = region.bits()
    looked = _probe(bits, np.round(np.concatenate(probes)).astype(int)).reshape(len(probes), -1)
    return lengths, side, exact, looked


def _edge_hits(region: Region, looked: np.ndarray) -> np.ndarray:
    """Per outline sample (``_outline_probed``'s lookups): whether it lies on an edge of the region, not on a
    stroke of writing that crosses the side (it shows on both sides of it)."""
    hit = (looked[0] & NEAR) > 0
    if region.lines is not None:
        hit &= ~_crossing(looked[3], looked[4])
    return hit


def _contradicting(looked: np.ndarray) -> np.ndarray:
    """Per outline sample: whether it lies deep inside the region or on bare board, far from any edge."""
    on = looked[0]
    return ((on & (DEEP | BARE)) > 0) & ((on & NEAR) == 0)


def _outline_measured(candidate: Candidate, region: Region, px_per_mm: float) -> int:
    """``_measure_outline`` itself: how many of ``_OUTLINE_FIELDS`` it set."""
    candidate.outlined = True
    lengths, side, _, looked = _outline_probed(candidate, region, px_per_mm)
    total = max(1, sum(lengths))
    on, inner, outer = looked[0], looked[1], looked[2]
    if not (on & SEEN).any():
        return 1
    hit = _edge_hits(region, looked)
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
    candidate.contradiction = float(_contradicting(looked).sum()) / total
    return len(_OUTLINE_FIELDS)


def _outline_beside(
    candidate: Candidate, region: Region, px_per_mm: float, hidden: np.ndarray
) -> tuple[float, float, float]:
    """The candidate's outline measured as ``_measure_outline`` does on the part of it not lying in ``hidden``
    (ROI px: the notes chosen over it): its ``support`` and ``contradiction`` there, and the share of the outline
    hidden."""
    lengths, _, exact, looked = _outline_probed(candidate, region, px_per_mm)
    height, width = hidden.shape
    points = np.round(exact).astype(int)
    inside = (points[:, 0] >= 0) & (points[:, 0] < width) & (points[:, 1] >= 0) & (points[:, 1] < height)
    under = np.zeros(len(points), bool)
    under[inside] = hidden[points[inside, 1], points[inside, 0]]
    shown = max(1, int(np.count_nonzero(~under)))
    support = float(np.count_nonzero(_edge_hits(region, looked) & ~under)) / shown
    contradiction = float(np.count_nonzero(_contradicting(looked) & ~under)) / shown
    return support, contradiction, float(np.count_nonzero(under)) / max(1, sum(lengths))


CROSS_MM = 3.5  # a dark line this far inside and outside a side at once crosses it


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


MAY_FIT_PAPER = 0.12  # a candidate with more of bare paper inside is no note (see _may_fit)
#: a region's box of a size seen with no more bare paper inside than this (blur at its edges) ...
BOX_BARE = 0.02
BOX_SEEN = 0.5  # ... holds the note when its colour fills this much of it (the rest: the dots and writing on it)


def _may_fit(candidate: Candidate) -> bool:
    """What rules a candidate out before its outline is looked at: bare paper inside, too little of the
    region inside, a region's box of a size not seen on the photo. A region's box of a size seen, no bare
    board in it, is the note itself however much of it the dots and writing on it cover (a 51 mm note with
    dots and a line of writing on it showed 72 % of its colour)."""
    if candidate.box and candidate.known and candidate.paper <= BOX_BARE:
        least = BOX_SEEN
    else:
        least = 0.8 if candidate.box or not candidate.known else 0.25
    return candidate.paper <= MAY_FIT_PAPER and (candidate.known or not candidate.box) and candidate.seen >= least
