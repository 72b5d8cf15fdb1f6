"""Clusters: touching notes of any colours with their writing bridged, the part of the board one search looks
at, with per colour its filled masks and the dark lines and colour steps within it, and what searching it
works out that a second search takes up (``Kept``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

import cv2
import numpy as np

from boards.capture.notes.base import Components, colour_steps, components_of
from boards.capture.notes.measuring import Region
from boards.capture.notes.sizes import MIN_NOTE_AREA_MM2
from boards.capture.segment import INK, NONE, PAPER, WHITE, Palette, components8, disk

STROKE_CLOSE_MM = 10.0  # writing this wide is bridged (only through dark or unclassified pixels): a line of
# marker letters fills a band about 5 mm high plus the stroke and its blur
WRITING_RIM_MM = 1.5  # how far the blur mixes coloured writing into a note's colour

HOLE_FILL_MM2 = 1500.0  # holes in a note region smaller than this are writing or dots


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
    #: the window of the board image with what evening out the light took past white at the level it would have
    #: (see ``detect_notes``'s ``unclipped``), worked out when first asked; None where nothing there went past white
    unclipped: Callable[[], np.ndarray | None] | None = None


@dataclass
class _RegionKept:
    """One region's maps (``Region``, with the candidates measured on them) and outlines, kept between searches."""

    region: Region
    contours: Sequence[np.ndarray]  # its outer outlines (``cv2.findContours``)
    trimmed: list[np.ndarray | None] = field(default_factory=list)  # [``_trimmed_box``'s answer], once asked
    #: [the outlines of its pieces cut along dark lines], once asked
    pieces: list[Sequence[np.ndarray]] = field(default_factory=list)
    shapes: list[list] = field(default_factory=list)  # its outlines' polygons and corners (see ``Outline.propose``)
    piece_shapes: list[list] = field(default_factory=list)  # its pieces' (see ``Outline.propose``)


@dataclass
class Kept:
    """What searching the regions of one colour in a cluster works out that the sizes seen do not change: each
    region's maps, outlines and their corners, what its candidates measured (``Region.measured``), the window's
    bare board eroded and the seam members. ``detect_notes`` searches regions again where notes piled on notes of
    their colour may show a size sold (see ``_sold_shown``) and once a note proves a size (most of a dense board's):
    each later search takes these up instead of working them out again.
    ``tests/boards/capture/test_fast_paths.py`` compares it with searching afresh."""

    regions: dict[int, _RegionKept] = field(default_factory=dict)
    bare: list[np.ndarray] = field(default_factory=list)  # [``_regions``' eroded bare board], once asked
    member: list[np.ndarray] = field(default_factory=list)  # [``seam_member`` of the colour], once asked


_OPENING = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3))  # (noise of single pixels taken off a colour)


def _clusters(labels: np.ndarray, allowed: np.ndarray, palette: Palette, px_per_mm: float) -> list[Cluster]:
    """Where notes are: regions of any note colour (writing on them bridged), each with its per-colour masks."""
    return [cluster for job in cluster_jobs(labels, allowed, palette, px_per_mm) if (cluster := job()) is not None]


def cluster_jobs(
    labels: np.ndarray, allowed: np.ndarray, palette: Palette, px_per_mm: float
) -> list[Callable[[], Cluster | None]]:
    """``_clusters`` as independent jobs, one per region of any note colour (its ``Cluster``, or None where no colour
    of it is large enough), in the order ``_clusters`` gives them: they only read what this works out over the whole
    board, so they may run on several threads (``detect_notes``)."""
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
    wildcard |= (labels == PAPER) & (cv2.dilate(dark, disk(WRITING_RIM_MM * px_per_mm)) > 0)
    wildcard &= allowed
    closing = disk(STROKE_CLOSE_MM / 2 * px_per_mm)
    notes = cv2.morphologyEx(notes, cv2.MORPH_OPEN, _OPENING)
    joined = notes | (cv2.morphologyEx(notes, cv2.MORPH_CLOSE, closing) & wildcard)
    count, components, stats, _ = components8(joined)
    min_area = MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm
    whole = _Whole(labels, components, wildcard, classes, closing, px_per_mm)
    large = [index for index in range(1, count) if stats[index][4] >= 0.5 * min_area]
    return [partial(_cluster, whole, index, stats[index]) for index in large]


@dataclass(frozen=True)
class _Whole:
    """What ``cluster_jobs`` works out over the whole board and its jobs read."""

    labels: np.ndarray
    components: np.ndarray  # the regions of any note colour (``components8``)
    wildcard: np.ndarray  # where writing on a note may be bridged
    classes: list[int]  # the note classes, in order
    closing: np.ndarray  # the disc that bridges writing
    px_per_mm: float


def _cluster(whole: _Whole, index: int, stat: np.ndarray) -> Cluster | None:
    """The ``Cluster`` of region ``index`` of ``whole.components`` (``stat``: its statistics), or None."""
    labels, components, closing, px_per_mm = whole.labels, whole.components, whole.closing, whole.px_per_mm
    min_area = MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm
    margin = int(round(14 * px_per_mm))
    height, width = labels.shape
    hole_px = HOLE_FILL_MM2 * px_per_mm * px_per_mm
    x, y, w, h, _ = stat
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
    local_wild = whole.wildcard[near] & member
    masks: dict[int, np.ndarray] = {}
    parts: dict[int, Components] = {}
    present = cv2.calcHist([local], [0], member.view(np.uint8), [256], [0, 256]).ravel()  # (bincount, faster)
    shape = (window[0].stop - window[0].start, window[1].stop - window[1].start)
    for klass in whole.classes:
        if present[klass] < 0.5 * min_area:
            continue
        raw = ((local == klass) & member).astype(np.uint8)
        raw = cv2.morphologyEx(raw, cv2.MORPH_OPEN, _OPENING)
        filled = _bridged(raw, closing, local_wild)
        mask = _fill_small_holes(np.ascontiguousarray(filled[inner]), hole_px)
        found, pieces, boxes = components_of(mask)
        masks[klass] = np.zeros(shape, np.uint8)
        masks[klass][placed] = mask
        parts[klass] = (found, np.zeros(shape, np.int32), boxes)
        parts[klass][1][placed] = pieces
        boxes[:, 0] += placed[1].start  # (row 0, the background's, is that of the box)
        boxes[:, 1] += placed[0].start
    return Cluster(window, masks, parts, box=(int(y), int(x), int(h), int(w))) if masks else None


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
