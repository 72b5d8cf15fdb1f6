"""The notes search itself (``detect_notes``): clusters found, sizes learnt, every cluster's colours searched
(and searched again once the notes prove more sizes, or once notes lying on notes of their colour show a
size sold by their own edges), then the notes judged against each other.
"""

from __future__ import annotations

import colorsys
import math
import threading
from collections.abc import Callable
from functools import cache, partial

import cv2
import numpy as np

from boards.capture.notes.base import NoteBlob, _others, bare_board, smoothed_gray
from boards.capture.notes.clusters import Cluster, Kept, _cluster_lines, cluster_jobs
from boards.capture.notes.layers import (
    _centred_on_shown,
    _doubt_open_board,
    _ends_unexplained,
    _lying_on_top,
    _shade_beyond,
    _shaded_way,
    _under_whole_neighbours,
)
from boards.capture.notes.learning import learn_sizes
from boards.capture.notes.regions import _regions
from boards.capture.notes.seams import CLIPPED, UNCLIPPED, seam_across, seam_member
from boards.capture.notes.sizes import (
    COMMON_SIZES_MM,
    SIZE_TOLERANCE_MM,
    TYPICAL_NOTE_MM,
    SizeBook,
    _proven_sizes,
    _sizes_seen,
    sold_as_wide,
)
from boards.capture.notes.under_dots import _may_lie_under_dots, _under_dots
from boards.capture.notes.under_glare import _doubt_followed, _under_glare
from boards.capture.segment import PAPER, WHITE, Palette, Share, _of_classes, _one_after_another, disk
from boards.colors import hex_to_rgb, note_color


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
    share: Share | None = None,
    unclipped: Callable[[tuple[slice, slice]], np.ndarray] | None = None,
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

    ``unclipped(window)``: ``image`` over a window with the channels evening out the light took past white at the
    level they would have (``segment.unclipped``): two bright pads of one colour in line (the red of yellow notes)
    may differ there alone, by a few levels that ``image`` loses; where ``image`` shows no seam between them, one
    standing out from all else on the pads is looked for on it (see ``seams.BOTH``).

    ``share`` runs independent jobs and gives their results in order (see ``segment.Share``; default: one after
    another): the clusters and the searches of their colours, each of which reads only what the others do not
    write, so the notes are the same whichever thread runs which.
    """
    share = share or _one_after_another
    sizes = SizeBook([[typical_mm, typical_mm, 0.5]], usual=(typical_mm, typical_mm))
    for long, short in single_sizes_mm:
        sizes.add(max(long, short), min(long, short), 0.5)
    jobs = cluster_jobs(labels, allowed, palette, px_per_mm)
    made = share([partial(_ready, job, lines, image, labels, palette, unclipped) for job in jobs])
    clusters = [cluster for cluster in made if cluster is not None]
    gray = smooth
    if image is not None and gray is None:
        gray = smoothed_gray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
    for cluster in clusters:  # (in order: what a cluster's notes teach about sizes counts for the next)
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
    # (every colour of every cluster searched on its own, with its own pieces too small for a note, gathered in order)
    each = [(cluster, _bare_paper(labels, cluster.window, (washed, glare))) for cluster in clusters]
    each = [(cluster, paper, klass) for cluster, paper in each for klass in cluster.masks]
    small: dict[int, list[np.ndarray]] = {}  # note class → regions too small for a note (board px, see _under_dots)
    searched: list[tuple[Cluster, Callable[[], np.ndarray], int, list[NoteBlob]]] = []
    first = share([partial(_search_alone, *args, image, labels, gray, px_per_mm, sizes) for args in each])
    for (cluster, paper, klass), (blobs, pieces) in zip(each, first, strict=True):
        for note_class, regions in pieces.items():
            small.setdefault(note_class, []).extend(regions)
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
    for long, short in _sold_shown(searched, found_first, image, labels, gray, px_per_mm, sizes, share):
        sizes.add(long, short, exact=False)
    if len(sizes.sizes) > known:
        again = _doubted_neighbourhoods(searched, px_per_mm)
        indices = [index for index in range(len(searched)) if again[index]]
        jobs = [
            partial(_search, cluster, klass, paper, image, labels, gray, px_per_mm, sizes, again[index])
            for index in indices
            for cluster, paper, klass, _ in (searched[index],)
        ]
        for index, found_again in zip(indices, share(jobs), strict=True):
            cluster, paper, klass, blobs = searched[index]
            kept = [blob for blob in blobs if blob.region not in again[index]]
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
    notes = _smothered_kept(notes, labels, palette, px_per_mm)
    notes += _under_glare(blown, notes, labels, palette, px_per_mm, sizes)
    if washed is not None and image is not None:
        # (and under the haze where the highlight fades a note's colour to the paper's: laid from the part of it
        # still in colour, its own edges told by the step in colour to the paper, see _under_glare)
        faded = washed & _of_classes(labels, (PAPER, WHITE)).view(bool)
        if blown is not None:
            faded &= ~blown
        notes += _under_glare(faded, notes, labels, palette, px_per_mm, sizes, image)
    notes = _one_colour_per_place(notes)
    _sizes_seen(notes)
    _lying_on_top(notes, labels, palette, px_per_mm)
    _under_whole_neighbours(notes, sizes.usual)
    _doubt_open_board(notes, labels, washed, px_per_mm)
    _doubt_followed(notes, followed, blown, px_per_mm)
    _ends_unexplained(notes, glare, px_per_mm)  # (last: a note doubtful already is not laid anew)
    _shade_beyond(notes, labels, palette, px_per_mm, max(sizes.usual))
    _centred_on_shown(notes, labels, palette, px_per_mm, image)  # (after all: no other note is judged against it)
    return notes


def _ready(
    job: Callable[[], Cluster | None],
    lines: np.ndarray,
    image: np.ndarray | None,
    labels: np.ndarray,
    palette: Palette,
    unclipped: Callable[[tuple[slice, slice]], np.ndarray] | None = None,
) -> Cluster | None:
    """The cluster of one of ``cluster_jobs``, with its dark lines and colour steps, the other colours' masks and
    its window of ``unclipped`` when first asked (see ``detect_notes``)."""
    cluster = job()
    if cluster is not None:
        cluster.lines = _cluster_lines(cluster, lines, image, labels, palette)
        cluster.others = _others(cluster.masks)
        if image is not None and unclipped is not None:
            cluster.unclipped = cache(partial(_past_white, unclipped, cluster.window))
    return cluster


def _white_within(image: np.ndarray, corners_px: np.ndarray) -> bool:
    """Whether a channel of ``image`` is white (255) anywhere in the box around a rectangle (``corners_px``), where
    ``seam_across`` samples it."""
    height, width = image.shape[:2]
    x0, y0 = np.maximum(np.floor(corners_px.min(axis=0)).astype(int), 0)
    x1, y1 = np.ceil(corners_px.max(axis=0)).astype(int) + 1
    part = image[y0 : min(y1, height), x0 : min(x1, width)]
    return part.size > 0 and int(part.max()) == 255


def _past_white(
    unclipped: Callable[[tuple[slice, slice]], np.ndarray], window: tuple[slice, slice]
) -> np.ndarray | None:
    """``unclipped(window)``, or None where nothing in it went past white (the image itself)."""
    bright = unclipped(window)
    return bright if int(bright.max(initial=0)) > 255 else None


def _search_alone(cluster: Cluster, paper: Callable[[], np.ndarray], klass: int, *args) -> tuple[list, dict]:
    """``_search`` of one colour of a cluster (``args``: the rest of its arguments), with the regions too small for a
    note it leaves (``small``) of its own: the notes, and those regions by note class."""
    small: dict[int, list[np.ndarray]] = {}
    return _search(cluster, klass, paper, *args, small=small), small


def _bare_paper(
    labels: np.ndarray, window: tuple[slice, slice], unsure: tuple[np.ndarray | None, ...]
) -> Callable[[], np.ndarray]:
    """Where a cluster's window shows bare board (``bare_board``) and no highlight (``unsure``) makes that
    uncertain, worked out when first asked: a window whose regions are all notes standing alone never is. (The
    colours of a cluster may be searched on two threads at once: the first to ask works it out.)"""
    found: list[np.ndarray] = []
    lock = threading.Lock()

    def paper() -> np.ndarray:
        with lock:
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

        def seamed(
            corners_px, sizes_mm=None, distinct=False, on=CLIPPED, sold=False, window_image=window_image, member=member
        ):
            lengths = sizes_mm or sizes.ordered()
            if sold:
                # (as wide as no size seen: at the lengths of the notes sold that wide)
                sides = np.hypot(*(np.roll(corners_px, -1, axis=0) - corners_px).T)
                lengths = sold_as_wide(float(min(sides[0], sides[1])) / px_per_mm, lengths)
                if not lengths:
                    return False
            if not member:
                member.append(seam_member(labels[cluster.window], klass, px_per_mm))
            if on != UNCLIPPED and seam_across(corners_px, window_image, member[0], px_per_mm, lengths, distinct):
                return True
            # where evening out the light took a channel past white (the red of yellow pads), an upper pad's edge may
            # show there alone: a seam standing out from all else on the pads
            if on == CLIPPED or cluster.unclipped is None or not _white_within(window_image, corners_px):
                return False  # (nothing there went past white: the same image, where no seam was seen)
            bright = cluster.unclipped()
            return bright is not None and seam_across(corners_px, bright, member[0], px_per_mm, lengths, True)

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
    share: Share,
) -> list[tuple[float, float]]:
    """The sizes sold that notes of a size not seen show (see _sold_by_own_edges) in the regions ``searched`` with a
    note doubtful for its size, left unresolved or read beneath others (see choosing._beneath; not one partly covered
    or under a highlight: the notes there are of sizes seen) whose outline shows a whole edge of such a size
    (``guessable``): those regions searched again guessing sizes sold from their whole edges (see _sold_from_edge);
    ``found``: all the notes read first. Only the sizes are kept: the regions are then read knowing them, as where a
    note standing alone shows its size. Not a size as long as notes of a size seen in line (``SizeBook.tiles``): two
    pads overlapping in line show it as well, and it is believed only once seen twice on notes standing alone (see
    learn_sizes)."""
    jobs = []
    for cluster, paper, klass, blobs in searched:
        doubted = {blob.region for blob in blobs if (blob.reason in UNSEEN_SIZE or blob.beneath) and blob.guessable}
        if doubted:
            arguments = (cluster, klass, paper, image, labels, gray, px_per_mm, sizes, doubted)
            jobs.append(partial(_search, *arguments, sold=True))
    guessed = [blob for blobs in share(jobs) for blob in blobs]
    shown = _sold_by_own_edges(guessed, [sample for note in found for sample in note.free_shadows])
    return [(long, short) for long, short in shown if not sizes.tiles(long, short)]


def _doubted_neighbourhoods(searched, px_per_mm: float) -> list[set[int]]:
    """Per (cluster, colour) searched, the regions with a doubtful note or one read beneath others (its size not
    shown: see choosing._beneath) and those touching them (a note's doubt is judged against its neighbours: one
    reaching under it shows which lies on top)."""
    reach = disk(3.0 * px_per_mm)
    doubted: dict[int, np.ndarray] = {}
    for cluster, *_, klass, blobs in searched:
        regions = {blob.region for blob in blobs if blob.doubtful or blob.beneath}
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


def _smothered_kept(notes: list[NoteBlob], labels: np.ndarray, palette: Palette, px_per_mm: float) -> list[NoteBlob]:
    """The notes, less those read from a region nothing else explained (``NoteBlob.smothered``) where no note may lie
    (see _may_lie_under_dots), a note of another colour counted there sure or not (a highlight's haze turns the edge
    of an orange note yellow): a piece of a note found already, of a curled note's shaded end or of a highlight's
    washed rim, not a small note of its own."""
    classes = {name: klass for klass, name in palette.note_colors.items()}
    return [
        note
        for note in notes
        if not note.smothered
        or _may_lie_under_dots(
            note.center,
            note.size,
            note.angle_deg,
            classes[note.color],
            [other for other in notes if other is not note],
            labels,
            palette,
            px_per_mm,
            doubtful_too=True,
        )
    ]


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
