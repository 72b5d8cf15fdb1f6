"""The whole read-back: photos in, notes and dots in board millimetres out."""

from __future__ import annotations

import contextlib
import math
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache, partial

import cv2
import numpy as np

from boards.capture.boardcheck import PrintAgreement, border_samples, print_agreement
from boards.capture.dots import detect_dots
from boards.capture.errors import CaptureCancelled, NoBoardFoundError, UnlikeBoardError, WrongBoardError
from boards.capture.identify import code_of_another_paper
from boards.capture.imageio import ImageSource, load_image, source_name
from boards.capture.markers import (
    DetectedMarker,
    MarkerFit,
    best_fit,
    corners_homography,
    decode_qr,
    default_layout,
    detect_markers,
    fit_homography,
    guessed_layouts,
    has_tile_markers,
    placement_refits,
    placement_spread,
    printed_markers,
    read_board_qr,
)
from boards.capture.notes import detect_notes, pixels_on, smoothed_gray, thin_dark_lines
from boards.capture.ocr import suggest_text
from boards.capture.printed import PrintedParts, printed_parts
from boards.capture.rectify import crop_quad, rect_slices, rectify, visible_mask, visible_outline_mm
from boards.capture.results import (
    BOARD_PARTS,
    DOUBTFUL_BELOW,
    CancelCheck,
    CaptureOptions,
    CaptureResult,
    DotDetection,
    NoteDetection,
    PhotoCapture,
    ProgressCallback,
)
from boards.capture.segment import (
    BLOWN,
    Palette,
    build_palette,
    channel_min,
    classify,
    give_shade,
    haze_hues,
    light_grid,
    normalise_light,
    notes_in_dot_colours,
    notes_in_haze,
    outside_shadow_bands,
    quantised_index,
    seen_cells,
    shade_table,
    shaded_parts,
    unclipped,
    washed_dots,
    written_regions_aside,
)
from boards.geometry import Rect
from boards.model import Board, SymbolElement, TextElement
from boards.readback import TILE_MARKER_ID_BASE, PrintInfo, frame_width_mm

_PALETTES: dict[tuple, Palette] = {}


def _palette(board: Board, paper_bgr: tuple[int, int, int]) -> Palette:
    key = (tuple(z.fill for z in board.zones), tuple((k.id, k.color) for k in board.dot_kinds()), paper_bgr)
    if key not in _PALETTES:
        _PALETTES[key] = build_palette(board, paper_bgr)
    return _PALETTES[key]


REGION_MARGIN_MM = 20.0  # analysed around the zones: notes may stick out a little


def analysis_region(board: Board) -> Rect:
    """The part of the board that can hold notes and dots: its zones, plus a margin, inside the marker frame."""
    zones = [zone.rect for zone in board.zones]
    frame = frame_width_mm(board.width_mm, board.height_mm)
    inner = board.bounds.inset(frame)
    if not zones or inner.width <= 0 or inner.height <= 0:
        return board.bounds
    area = zones[0]
    for rect in zones[1:]:
        area = area.union(rect)
    area = area.inset(-REGION_MARGIN_MM).intersection(inner)
    return area or board.bounds


def _allowed_masks(board: Board, valid: np.ndarray, px_per_mm: float, region: Rect) -> tuple[np.ndarray, np.ndarray]:
    """Where notes (and, within zones, dots) may be: the seen board minus frame, title block, legend, headings."""
    notes = valid > 0
    shape = notes.shape
    origin = (region.x, region.y)
    frame = frame_width_mm(board.width_mm, board.height_mm)
    blocked = np.zeros(shape, bool)
    rects = [Rect(0, 0, board.width_mm, frame), Rect(0, board.height_mm - frame, board.width_mm, frame)]
    rects += [Rect(0, 0, frame, board.height_mm), Rect(board.width_mm - frame, 0, frame, board.height_mm)]
    rects += [board.header] if board.header else []
    rects += [board.legend.rect] if board.legend else []
    rects += [group.rect for group in board.groups if group.rect is not None]
    rects += [element.rect for element in board.elements if isinstance(element, (TextElement, SymbolElement))]
    for rect in rects:
        if rect is not None:
            blocked[rect_slices(rect, px_per_mm, shape, origin)] = True
    notes &= ~blocked
    in_zones = np.zeros(shape, bool)
    for zone in board.zones:
        if zone.holds.dots:
            in_zones[rect_slices(zone.rect, px_per_mm, shape, origin)] = True
    return notes, notes & in_zones


@dataclass
class Placement:
    """Where a photo lies on the board."""

    homography: np.ndarray  # working px → board mm
    mode: str  # "markers" | "corners"
    used_ids: list[int]
    rejected_ids: list[int]
    rms_mm: float
    info: PrintInfo | None
    layout: object | None = None  # the MarkerLayout the markers were fitted to
    #: set while the QR code is still being read (on its own thread): the placement once it is read, which may
    #: be refitted to the way of printing it names (raises WrongBoardError as ``_place`` would have)
    settle: Callable[[], Placement] | None = None
    fit: MarkerFit | None = None  # the markers' fit that placed it (None: by the user's corners)
    #: ``_place``'s ``first`` made on the worker for this placement, while its QR code is read (None: not asked)
    ahead: Future | None = None

    @classmethod
    def by_markers(cls, fit: MarkerFit, info: PrintInfo | None) -> Placement:
        """The placement by the markers' ``fit``, of the print ``info`` names (None: not known yet)."""
        return cls(fit.homography, "markers", fit.used_ids, fit.rejected_ids, fit.rms_mm, info, fit.layout, fit=fit)


EXPLAINED_SHARE = 0.6  # a fit that places this share of the markers found (by id) explains the photo


def _place(
    board: Board,
    loaded_image: np.ndarray,
    scale: float,
    name: str,
    index: int,
    options: CaptureOptions,
    warnings: list[str],
    qr_aside: bool = False,
    first: Callable[[np.ndarray], object] | None = None,
) -> Placement:
    """Homography working px → board mm, by markers or the user's four corners.

    ``qr_aside``: once the markers place the photo (as the 1:1 poster, or as the way of printing that explains
    them best), the QR code is read on a thread of its own (``_qr_reader``) and the placement returned at once,
    with ``settle`` to call once the caller needs the code's answer (a placement it changes is rectified again).
    ``first``: made from the homography on the worker while the QR code is read aside (``Placement.ahead``).

    The layouts of the usual tiled prints (``guessed_layouts``) are worked out only where a marker carries a tile
    marker's id or the poster layout does not explain the markers: every other id they carry is the poster
    frame's. (The first photo a process reads would spend longer on them than on all the rest of its placing.)"""
    corners = options.corners.get(index)
    if corners is not None:
        paper = options.paper or board.paper
        points = [(x * scale, y * scale) for x, y in corners]
        homography = corners_homography(points, paper.width_mm, paper.height_mm)
        homography = np.diag([board.width_mm / paper.width_mm, board.height_mm / paper.height_mm, 1.0]) @ homography
        return Placement(homography, "corners", [], [], 0.0, None)
    gray = cv2.cvtColor(loaded_image, cv2.COLOR_BGR2GRAY)
    detected = detect_markers(gray)
    guessed = cache(partial(guessed_layouts, board))  # (the usual tiled prints: once per photo, when first asked)

    def printed(info: PrintInfo | None = None) -> list[DetectedMarker]:
        """``printed_markers``: the guessed tiled prints add only tile markers' ids."""
        return printed_markers(detected, board, info, guessed() if has_tile_markers(detected) else [])

    markers = printed()
    layout = default_layout(board)
    poster_markers = [marker for marker in markers if marker.id < TILE_MARKER_ID_BASE]
    fit = fit_homography(poster_markers, layout)
    info = None

    def refit(fit: MarkerFit | None, info: PrintInfo) -> MarkerFit | None:
        """The fit to the markers of the print ``info`` names, where that is not the 1:1 poster."""
        if abs(info.scale - 1.0) > 1e-6 or info.tile_sheet:
            return fit_homography(printed(info), info.layout_in_board_mm(board)) or fit
        return fit

    # the 1:1 poster layout explains the markers: read the QR code where it puts it; otherwise first find
    # the way of printing that does (the QR code is read once, with that)
    def explains(fit: MarkerFit | None) -> bool:
        """Whether ``fit`` places most of the markers found (the others wrongly read, or of another print)."""
        return fit is not None and len(fit.used_ids) >= EXPLAINED_SHARE * len({m.id for m in markers})

    explained = not has_tile_markers(markers) and explains(fit)

    def read(fit: MarkerFit) -> PrintInfo | None:
        """The QR code where ``fit`` puts it; where ``fit`` leaves most markers unexplained, also where a board of
        another paper whose markers explain more of them carries it (a photo of that board)."""
        info = read_board_qr(loaded_image, fit.homography, board)
        if info is None and not explains(fit):
            info = code_of_another_paper(loaded_image, detected, board, len(fit.used_ids))
        return info

    def aside(fit: MarkerFit) -> Placement:
        """The placement by ``fit`` at once, its QR code read on its own thread meanwhile (``Placement.settle``)."""
        ahead = _worker().submit(first, fit.homography) if first is not None else None
        job = _qr_reader().submit(read, fit)
        placed = Placement.by_markers(fit, None)
        placed.ahead = ahead

        def settle() -> Placement:
            info = job.result()
            return _checked(refit(fit, info) if info is not None else fit, info, board, name, options, warnings)

        placed.settle = settle
        return placed

    if explained and options.read_qr:
        if qr_aside:
            return aside(fit)
        info = read(fit)
    if info is not None:
        fit = refit(fit, info)
    elif not explained:
        # no QR code read and the 1:1 poster layout does not explain the markers: a sheet of a
        # tiled print, or a board printed smaller; try the usual ways of printing it
        candidates = [(None, layout), *guessed()]
        found = best_fit(markers, candidates)
        if found is None:
            info = decode_qr(gray)  # slow, last resort: the QR code anywhere in the photo
            if info is not None:
                found = (
                    info,
                    fit_homography(printed(info), info.layout_in_board_mm(board)),
                )
        if found is not None and found[1] is not None and (fit is None or len(found[1].used_ids) > len(fit.used_ids)):
            fit = found[1]
        if info is None and options.read_qr and fit is not None:
            if qr_aside:
                # (a tiled print: its code names the sheets, and the fit to them is the same fit as a rule)
                return aside(fit)
            info = read(fit)
            if info is not None:
                fit = refit(fit, info)
    if fit is None:
        known = {m.id for m in markers if m.id < TILE_MARKER_ID_BASE and m.id in layout.by_id()} | {
            m.id for m in markers if m.id >= TILE_MARKER_ID_BASE
        }
        raise NoBoardFoundError(name, len(known))
    return _checked(fit, info, board, name, options, warnings)


def _checked(
    fit: MarkerFit, info: PrintInfo | None, board: Board, name: str, options: CaptureOptions, warnings: list[str]
) -> Placement:
    """The placement by ``fit``, once the QR code (``info``) is known: refused when it names another board."""
    if info is not None and info.board_id != board.id:
        if not options.other_board:
            raise WrongBoardError(name, info.board_id, board.id)
        warnings.append(f"{name}: de QR-code hoort bij bord '{info.board_id}', niet bij '{board.id}'")
    elif info is not None and info.version != board.version:
        warnings.append(f"{name}: geprint van versie {info.version} van het bord; dit is versie {board.version}")
    return Placement.by_markers(fit, info)


def _check_board(
    agreement: PrintAgreement, board: Board, name: str, mode: str, options: CaptureOptions, warnings: list[str]
) -> None:
    """A photo whose QR code was not read, checked against ``board``'s printed zone borders (``agreement``): refused
    when it clearly shows another board (``UnlikeBoardError``; read with a warning when ``options.other_board``,
    or when placed by the user's corners, which may lie a little off), read with a warning when unsure."""
    if agreement.printed == 0:
        return  # (a board without printed borders to check)
    verdict = agreement.verdict()
    if verdict == "other":
        if not options.other_board and mode == "markers":
            raise UnlikeBoardError(name, board.id, agreement.share)
        after = "toch gelezen als dit bord" if options.other_board else "kijk na of het juiste bord gekozen is"
        warnings.append(
            f"{name}: lijkt geen foto van bord '{board.id}' (de QR-code is niet gelezen en de randen van de vakken "
            f"staan niet waar ze op dit bord staan); {after}"
        )
    elif verdict == "unsure" and agreement.share is None:
        warnings.append(
            f"{name}: de QR-code is niet gelezen en er is te weinig van de randen van de vakken te zien om na te gaan "
            f"of dit bord '{board.id}' is; kijk na of het juiste bord gekozen is"
        )
    elif verdict == "unsure":
        warnings.append(
            f"{name}: de QR-code is niet gelezen en de randen van de vakken van bord '{board.id}' zijn maar deels te "
            "zien op de foto; kijk na of het juiste bord gekozen is"
        )


OCR_PX_PER_MM = 5.0


def _full_resolution(source: ImageSource, loaded, homography: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The photo at full resolution (for reading text), with its homography; the working image if that is it."""
    if loaded.scale >= 0.999 or isinstance(source, np.ndarray):
        return loaded.image, homography
    full = load_image(source, max_pixels=10**9, name=loaded.name)
    factor = full.image.shape[1] / loaded.image.shape[1]
    return full.image, homography @ np.diag([1 / factor, 1 / factor, 1.0])


_WORKERS: list[ThreadPoolExecutor] = []


def _thread(held: list[ThreadPoolExecutor], name: str) -> ThreadPoolExecutor:
    """The thread ``held`` keeps (made when first needed, kept for the photos after)."""
    if not held:
        held.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix=name))
    return held[0]


def _worker() -> ThreadPoolExecutor:
    """One thread beside the caller's for work within a photo."""
    return _thread(_WORKERS, "capture")


_QR_READERS: list[ThreadPoolExecutor] = []


def _qr_reader() -> ThreadPoolExecutor:
    """A thread of its own for the QR code's read, which takes several times longer where no code reads (every
    area cut sharper in vain) and is wanted only once the colours are settled: the worker's jobs, which the caller
    waits for sooner, do not queue behind it."""
    return _thread(_QR_READERS, "capture-qr")


class _Shared:
    """Independent jobs (``jobs``: without arguments) run on this thread and, alongside, on the worker: each one by
    whichever thread is free first; their results in the jobs' order."""

    def __init__(self, jobs: Sequence[Callable[[], object]]) -> None:
        self._jobs = jobs
        self._results: list = [None] * len(jobs)
        self._next = 0
        self._lock = threading.Lock()
        self._helper: Future | None = None

    def _take(self) -> int | None:
        with self._lock:
            if self._next >= len(self._jobs):
                return None
            self._next += 1
            return self._next - 1

    def _work(self) -> None:
        while (job := self._take()) is not None:
            self._results[job] = self._jobs[job]()

    def help_on(self, worker: ThreadPoolExecutor) -> None:
        """The ``worker`` takes jobs too, once it is free."""
        self._helper = worker.submit(self._work)

    def run(self) -> list:
        """Runs the jobs left on this thread, then waits for the one the worker is running (if any): the results."""
        self._work()
        if self._helper is not None and not self._helper.cancel():  # (a helper not started yet never starts)
            self._helper.result()
        return self._results


def _on_both(jobs: Sequence[Callable[[], object]]) -> list:
    """Independent ``jobs`` run on this thread and on the worker once it is free (``_Shared``): their results."""
    if len(jobs) < 2:
        return [job() for job in jobs]
    shared = _Shared(jobs)
    shared.help_on(_worker())
    return shared.run()


def _analysed_area(board: Board, ppm: float, whole: bool) -> tuple[Rect, tuple[int, int], tuple[slice, slice] | None]:
    """The rectangle of the board analysed (board mm), its size in pixels (height, width), and, when the whole
    board is rectified (``whole``: kept for the review), where it lies in that image (else None)."""
    # whole pixels of the board image either way, so that the photo is read alike with the whole board kept or
    # not (a rectangle starting between two pixels was sampled half a pixel apart). Not byte for byte: warping
    # the part alone rounds a few pixels otherwise (``benchmarks/capture_cli_vs_app.py``: on 23 saved photos the
    # same notes, dot counts and doubtful zones, 4 of them a note's centre or size up to 0.31 mm apart)
    region = analysis_region(board)
    height, width = max(1, int(round(board.height_mm * ppm))), max(1, int(round(board.width_mm * ppm)))
    x0, y0 = int(math.floor(region.x * ppm)), int(math.floor(region.y * ppm))
    x1, y1 = int(math.ceil(region.right * ppm)), int(math.ceil(region.bottom * ppm))
    part = (slice(y0, y1), slice(x0, x1))
    rows, columns = len(range(height)[part[0]]), len(range(width)[part[1]])  # (what slicing the board image gives)
    return Rect(x0 / ppm, y0 / ppm, columns / ppm, rows / ppm), (rows, columns), part if whole else None


def _printed(board: Board, ppm: float, whole: bool) -> PrintedParts:
    """What the print put on the analysed part of the board (``printed_parts``), with its light grid: it
    depends on the board only, so the worker makes it while the photo is decoded and placed."""
    region, shape, _ = _analysed_area(board, ppm, whole)
    printed = printed_parts(board, shape, ppm, (region.x, region.y))
    printed.on_grid(light_grid(shape, ppm)[1])
    border_samples(board, region, ppm, shape)  # (where the borders are checked, should the QR code not be read)
    return printed


def _visible(homography: np.ndarray, board: Board, options: CaptureOptions, image_size: tuple[int, int]):
    """The photo's outline on the board (mm), the seen pixels of the analysed rectangle, and which cells of the
    light grid are seen (``normalise_light``'s ``small_valid``): they depend on the homography alone, so the worker
    makes them while the board is rectified. ``image_size``: the photo's (width, height)."""
    ppm = options.px_per_mm
    region, shape, _ = _analysed_area(board, ppm, options.keep_rectified)
    outline = visible_outline_mm(homography, image_size)
    valid = visible_mask(outline, shape, ppm, origin=(region.x, region.y))
    return outline, valid, seen_cells(valid, ppm)


def _seen(
    image: np.ndarray,
    homography: np.ndarray,
    board: Board,
    options: CaptureOptions,
    printed: PrintedParts | None = None,
    visible: Future | None = None,
):
    """The board as the photo shows it: the rectified board (whole, for the review; or None), the
    rectangle of it analysed (board mm), the photo's outline, the seen pixels and what the print put
    there (of that rectangle; ``printed``: ``_printed``, when made already), and its light evened out.
    ``visible``: ``_visible`` for this homography, made on the worker."""
    ppm = options.px_per_mm
    region, _, part = _analysed_area(board, ppm, options.keep_rectified)
    board_image = None
    if part is not None:
        # the whole board for the review; the analysis works on the zones' part of it (a view, no copy)
        board_image = rectify(image, homography, board.width_mm, board.height_mm, ppm)
        rectified = board_image[part]
    else:
        rectified = rectify(image, homography, region.width, region.height, ppm, (region.x, region.y))
    origin = (region.x, region.y)
    outline, valid, cells = visible.result() if visible is not None else (None, None, None)
    if valid is None or valid.shape != rectified.shape[:2]:
        outline = visible_outline_mm(homography, (image.shape[1], image.shape[0]))
        valid = visible_mask(outline, rectified.shape[:2], ppm, origin=origin)
        cells = None
    if printed is None or printed.covered.shape != valid.shape:
        printed = printed_parts(board, valid.shape, ppm, origin)  # what the print put there: fills, pictures
    normalised = normalise_light(rectified, valid, ppm, printed, cells, _on_both)
    return board_image, region, outline, valid, printed, normalised


def _lines_and_allowed(image: np.ndarray, board: Board, valid: np.ndarray, ppm: float, region: Rect, printed):
    """The light-evened board image in gray, its thin dark lines, where notes and dots may lie (the seen
    board minus frame, title block, legend, headings and the print's pictures), where no shadow band lies
    (``shaded_notes``), and the gray image the notes' seams are measured on."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    lines = thin_dark_lines(gray, ppm)
    allowed_notes, allowed_dots = _allowed_masks(board, valid, ppm, region)
    allowed_notes &= ~printed.pictures
    allowed_dots &= ~printed.pictures
    return gray, lines, allowed_notes, allowed_dots, outside_shadow_bands(gray, ppm), smoothed_gray(gray)


def _labelled(seen: tuple, board: Board, ppm: float) -> tuple:
    """The colour classes of the board ``_seen`` shows (``_coloured``), settled: notes in dot colours, washed-out
    dots, notes in a highlight's haze and the shade of curled notes; with the palette, the gray image, its thin
    dark lines, where notes and dots may lie and the smoothed gray image."""
    _, _, _, _, _, normalised = seen
    aside, haze_job, colours, palette, labels = _coloured(seen, board, ppm)
    # (the masks of the second dot colour's notes in dot colours, which settling the first cannot change, and
    # the shade of curled notes: its parts depend on the colours only, the worker makes them after ``aside``)
    ahead = written_regions_aside(labels, palette, ppm, _worker().submit)
    shades = _worker().submit(lambda: shaded_parts(colours, shade_table(palette), aside.result()[4]))
    notes_in_dot_colours(normalised.image, labels, palette, ppm, ahead, _on_both, normalised.unreadable)
    washed_dots(normalised.image, labels, palette, ppm)
    notes_in_haze(normalised, labels, palette, ppm, haze_job.result())
    gray, lines, allowed_notes, allowed_dots, _, smooth = aside.result()
    give_shade(labels, shades.result(), ppm)  # (shaded_notes, its parts given)
    return palette, labels, gray, lines, allowed_notes, allowed_dots, smooth


def _coloured(seen: tuple, board: Board, ppm: float) -> tuple:
    """The colour classes of the board ``_seen`` shows (its quantised colours, the palette adapted to them, the
    labels), with what does not depend on them handed to the worker first (``_lines_and_allowed`` and
    ``haze_hues``, as futures)."""
    _, region, _, valid, printed, normalised = seen
    aside = _worker().submit(_lines_and_allowed, normalised.image, board, valid, ppm, region, printed)
    haze_job = _worker().submit(haze_hues, normalised, ppm)
    colours = quantised_index(normalised.image)
    palette = _palette(board, normalised.paper_bgr).adapted(normalised.image, ppm, index=colours)
    labels = classify(normalised.image, palette, colours)  # (builds the palette's table before the worker reads it)
    return aside, haze_job, colours, palette, labels


def analyse_photo(
    source: ImageSource,
    board: Board,
    options: CaptureOptions | None = None,
    index: int = 0,
    warnings: list[str] | None = None,
    step: Callable[[float, str], None] | None = None,
) -> PhotoCapture:
    """One photo: place it on the board, find its notes and dots.

    ``step(fraction, text)`` hears about each stage (and may raise to stop between stages).
    """
    with _prompt_handover():
        return _analyse_photo(source, board, options, index, warnings, step)


#: the interpreter's switch interval (s) while a photo is read; Python's default is 5 ms. The caller's thread
#: makes many short OpenCV calls, each letting go of the GIL; while the worker runs Python (the dots' circles,
#: the crops), each return then waited up to the interval for the GIL (``benchmarks/capture_vs.py``, 65 photos,
#: two cores: a photo read in 1 % less wall time on a quiet machine, 7 % less at a load average of 10)
SWITCH_INTERVAL_S = 0.0005
_SWITCH_LOCK = threading.Lock()
#: (switch interval, OpenCV's threads) before the first photo read now, once per photo read now
_switch_users: list[tuple[float, int]] = []


def opencv_threads() -> int:
    """OpenCV's threads while a photo is read: the cores the reader's own two threads (the caller's and the
    worker) leave free, at least one. OpenCV's default (a thread per core) made its parallel steps wait for a
    core both threads held: on two cores, with one thread, the whole read's CPU (all threads) went down 15 % and
    its wall time 3 % (``benchmarks/capture_vs.py``, 65 photos, quiet machine)."""
    return max(1, (os.cpu_count() or 2) - 2)


@contextlib.contextmanager
def _prompt_handover() -> Iterator[None]:
    """The GIL handed over promptly (``SWITCH_INTERVAL_S``) and OpenCV on ``opencv_threads()`` while a photo
    is read, both as they were after (also when photos are read on several threads at once)."""
    with _SWITCH_LOCK:
        _switch_users.append(_switch_users[0] if _switch_users else (sys.getswitchinterval(), cv2.getNumThreads()))
        sys.setswitchinterval(min(_switch_users[0][0], SWITCH_INTERVAL_S))
        cv2.setNumThreads(opencv_threads())
    try:
        yield
    finally:
        with _SWITCH_LOCK:
            interval, threads = _switch_users.pop()
            if not _switch_users:
                sys.setswitchinterval(interval)
                cv2.setNumThreads(threads)


def _refits(placement: Placement) -> Future | None:
    """``placement_refits`` of the placement's fit, made on the worker (None: placed by the user's corners)."""
    return _worker().submit(placement_refits, placement.fit) if placement.fit is not None else None


def _analyse_photo(
    source: ImageSource,
    board: Board,
    options: CaptureOptions | None,
    index: int,
    warnings: list[str] | None,
    step: Callable[[float, str], None] | None,
) -> PhotoCapture:
    options = options or CaptureOptions()
    warnings = warnings if warnings is not None else []
    step = step or (lambda fraction, text: None)
    started = time.perf_counter()
    step(0.0, "foto laden")
    print_job = _worker().submit(_printed, board, options.px_per_mm, options.keep_rectified)
    loaded = load_image(source, options.max_pixels, source_name(source, index))
    image = loaded.image
    step(0.15, "markers zoeken")
    placement = _place(
        board,
        image,
        loaded.scale,
        loaded.name,
        index,
        options,
        warnings,
        qr_aside=True,
        first=partial(_visible, board=board, options=options, image_size=(image.shape[1], image.shape[0])),
    )
    # how loosely the markers place the board depends on their fit alone: the worker works it out while the board
    # is rectified here, mostly in OpenCV, rather than beside the notes search's Python
    refits = _refits(placement)
    step(0.4, "bord rechttrekken")
    ppm = options.px_per_mm
    seen = _seen(image, placement.homography, board, options, print_job.result(), placement.ahead)
    # (the colours are classed and settled while the QR code is read on a thread of its own: a placement it
    # changes, which is rare, is rectified and classed again)
    labelled = _labelled(seen, board, ppm)
    if placement.settle is not None:
        # the QR code, read meanwhile: a print it names with other markers is placed again
        settled = placement.settle()
        if not np.array_equal(settled.homography, placement.homography):
            seen = _seen(image, settled.homography, board, options, print_job.result())
            labelled = _labelled(seen, board, ppm)
        if settled.fit is not placement.fit:
            refits = _refits(settled)
        placement = settled
    homography = placement.homography
    board_image, region, outline, valid, _, normalised = seen
    palette, labels, gray, lines, allowed_notes, allowed_dots, smooth = labelled
    agreement = None
    if placement.info is None:
        # no QR code says which board this is: its printed zone borders do (refused here when clearly another's)
        usable = valid > 0
        if normalised.glare is not None:
            usable &= ~normalised.glare
        agreement = print_agreement(board, region, ppm, gray, labels, usable)
        _check_board(agreement, board, loaded.name, placement.mode, options, warnings)
    step(0.6, "post-its en stippen zoeken")
    # the dots are counted alongside the notes (on a second core: OpenCV and numpy let go of the GIL); both
    # only read the labels
    dots_job = _worker().submit(
        detect_dots, labels, allowed_dots, palette, ppm, report=True, gray=gray, image=normalised.image
    )
    photo = PhotoCapture(
        index=index,
        name=loaded.name,
        image=image,
        scale=loaded.scale,
        homography=homography,
        mode=placement.mode,
        markers_found=len(placement.used_ids),
        marker_ids=placement.used_ids,
        rejected_marker_ids=placement.rejected_ids,
        rms_mm=placement.rms_mm,
        print_info=placement.info,
        visible_mm=[(float(x), float(y)) for x, y in outline],
        px_per_mm=ppm,
        rectified=board_image,
        rectified_region=board.bounds if board_image is not None else None,
    )
    # (what the photo shows of the board whatever its notes, judged on the worker once the dots are counted)
    board_job = _worker().submit(
        _judge_board, photo.visible_mm, board, normalised, region, ppm, placement, placement.used_ids
    )
    ocr_source: tuple[np.ndarray, np.ndarray] | None = None
    blobs = detect_notes(
        labels,
        lines,
        allowed_notes,
        palette,
        ppm,
        single_sizes_mm=options.large_note_sizes_mm,
        washed=normalised.unreadable,
        image=normalised.image,
        glare=normalised.glare,
        smooth=smooth,
        blown=normalised.blown,
        followed=normalised.followed,
        share=_on_both,  # (the worker helps once the dots are counted and the board judged)
        unclipped=partial(unclipped, normalised),
    )
    for blob in blobs:
        blob.center = (blob.center[0] + region.x, blob.center[1] + region.y)
    outlines = [blob.corners() for blob in blobs]
    shared = None
    if options.crops and not options.ocr:
        # the notes' crops, cut on both threads: the worker starts once the dots are counted, this thread once it
        # has judged the photo (or at once while the worker still counts the dots)
        shared = _Shared([partial(crop_quad, image, homography, c, options.crop_px_per_mm) for c in outlines])
        shared.help_on(_worker())
        if not dots_job.done():
            shared.run()
    note_zones = board.zones_at(blob.center for blob in blobs)
    for blob, corners, zone in zip(blobs, outlines, note_zones, strict=True):
        crop = None
        if options.ocr:
            crop = crop_quad(image, homography, corners, options.crop_px_per_mm)
        note = NoteDetection(
            color=blob.color,
            zone_id=zone.id if zone is not None else None,
            x_mm=float(blob.center[0]),
            y_mm=float(blob.center[1]),
            width_mm=float(blob.size[0]),
            height_mm=float(blob.size[1]),
            angle_deg=float(blob.angle_deg),
            outline_mm=[(float(x), float(y)) for x, y in corners],
            confidence=float(blob.confidence),
            photo_index=index,
            crop=crop if options.crops else None,
            doubt=blob.reason,
        )
        if blob.reason == "unresolved" and note.zone_id is not None:
            _doubt_zone(photo, note.zone_id, "unresolved")
        if options.ocr and crop is not None:
            step(0.6 + 0.3 * len(photo.notes) / max(1, len(blobs)), "tekst lezen")
            if ocr_source is None:
                ocr_source = _full_resolution(source, loaded, homography)
            full_image, full_homography = ocr_source
            sharp = crop_quad(full_image, full_homography, corners, OCR_PX_PER_MM) if full_image is not image else crop
            note.text = suggest_text(sharp, options.ocr_lang)
        photo.notes.append(note)
    step(0.9, "stippen tellen")
    found_dots = dots_job.result()
    for zone in board.zones_at((x + region.x, y + region.y) for x, y in found_dots.unresolved):
        if zone is not None:
            _doubt_zone(photo, zone.id, "dots")
    for blob in found_dots.dots:
        blob.center = (blob.center[0] + region.x, blob.center[1] + region.y)
    dot_zones = board.zones_at(blob.center for blob in found_dots.dots)
    for blob, zone in zip(found_dots.dots, dot_zones, strict=True):
        photo.dots.append(
            DotDetection(
                kind=blob.kind,
                color=blob.color,
                zone_id=zone.id if zone is not None else None,
                x_mm=float(blob.center[0]),
                y_mm=float(blob.center[1]),
                diameter_mm=float(blob.diameter_mm),
                confidence=float(blob.confidence),
                photo_index=index,
            )
        )
    shown = None if board_job.cancel() else board_job.result()  # (not started yet: judged here)
    _judge(photo, board, normalised, region, ppm, placement, None if refits is None else refits.result(), shown)
    if shared is not None:
        for note, crop in zip(photo.notes, shared.run(), strict=True):
            note.crop = crop
    photo.print_agreement = agreement
    photo.seconds = time.perf_counter() - started
    return photo


GLARE_ZONE_MM2 = 120.0  # this much highlight hiding what lies under it in a zone (about a dot): its counts doubtful


def _doubt_zone(photo: PhotoCapture, zone_id: str, reason: str) -> None:
    reasons = photo.doubtful_zones.setdefault(zone_id, [])
    if reason not in reasons:
        reasons.append(reason)


@dataclass
class _Seen:
    """What a photo shows and cannot vouch for whatever notes it has (``_judge_board``): the zones and parts of
    the board outside it, the markers it should show and does not, the highlights' outlines (board mm) and the
    zones one hides, where a highlight may hide what a note is (and the share of a note that must lie there)."""

    unseen_zones: list[str]
    unseen_parts: list[str]
    missing_marker_ids: list[int]
    glare_mm: list[list[tuple[float, float]]]
    glare_zones: list[str]
    hiding: np.ndarray | None
    share: float


def _judge_board(visible_mm, board: Board, normalised, region: Rect, ppm: float, placement: Placement, marker_ids):
    """The part of ``_judge`` that does not depend on the notes and dots found: the worker makes it while the notes
    are sought. ``visible_mm``: the photo's outline on the board; ``marker_ids``: the markers it used."""
    seen = _seen_in(visible_mm)
    unseen_zones = [
        zone.id
        for zone, corners in zip(board.zones, _zone_corners(board), strict=True)
        if not all(seen(x, y) for x, y in corners)
    ]
    area = analysis_region(board).inset(REGION_MARGIN_MM)
    unseen_parts = [
        code for code, fx, fy in BOARD_PARTS if not seen(area.x + fx * area.width, area.y + fy * area.height, 0.0)
    ]
    missing = []
    if placement.mode == "markers" and placement.layout is not None:
        for marker_id, marker in placement.layout.by_id().items():
            corners = placement.layout.corners(marker)
            if marker_id not in marker_ids and all(seen(c.x, c.y, 0.0) for c in corners):
                missing.append(marker_id)
    unreadable = normalised.unreadable
    # (what the highlight only pales is read as anywhere else: its notes and dots still show)
    hidden = unreadable if normalised.blown is None else normalised.blown
    hiding, share = _hiding_notes(normalised, hidden)
    glare_mm, glare_zones = [], []
    if unreadable is not None and unreadable.any():
        mask = unreadable.astype(np.uint8)
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            if cv2.contourArea(contour) < GLARE_ZONE_MM2 * ppm * ppm:
                continue
            points = contour.reshape(-1, 2).astype(np.float64) / ppm + (region.x, region.y)
            glare_mm.append([(float(x), float(y)) for x, y in points])
        for zone in board.zones:
            part = hidden[rect_slices(zone.rect, ppm, hidden.shape, (region.x, region.y))]
            if part.size and part.sum() >= GLARE_ZONE_MM2 * ppm * ppm:
                glare_zones.append(zone.id)
    return _Seen(unseen_zones, unseen_parts, missing, glare_mm, glare_zones, hiding, share)


def _seen_in(visible_mm) -> Callable[..., bool]:
    """Whether a board point (x, y mm) lies at least ``margin`` mm (2 by default) inside the photo's outline
    ``visible_mm``."""
    visible = np.array(visible_mm, np.float32).reshape(-1, 1, 2)

    def seen(x: float, y: float, margin: float = 2.0) -> bool:
        return cv2.pointPolygonTest(visible, (float(x), float(y)), True) >= margin

    return seen


def _zone_corners(board: Board) -> list[tuple[tuple[float, float], ...]]:
    return [((r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom)) for r in (z.rect for z in board.zones)]


def _judge(
    photo: PhotoCapture,
    board: Board,
    normalised,
    region: Rect,
    ppm: float,
    placement: Placement,
    refits: list[np.ndarray] | None = None,
    shown: _Seen | None = None,
) -> None:
    """What this photo cannot vouch for: zones under a highlight or outside the photo, notes there (``refits``:
    ``placement_refits`` of its placement's fit, when made already; ``shown``: ``_judge_board``, when made
    already)."""
    if shown is None:
        shown = _judge_board(photo.visible_mm, board, normalised, region, ppm, placement, photo.marker_ids)
    seen = _seen_in(photo.visible_mm)
    zone_corners = _zone_corners(board)
    photo.unseen_zones.extend(shown.unseen_zones)
    photo.unseen_parts.extend(shown.unseen_parts)
    photo.missing_marker_ids.extend(shown.missing_marker_ids)
    # (the zones and the notes in one go: each point's spread is its own, the markers' refits are made once)
    loose = _loosely_placed(placement, [*zone_corners, *(note.outline_mm for note in photo.notes)], refits)
    loose_zones, loose_notes = loose[: len(zone_corners)], loose[len(zone_corners) :]
    for zone, zone_loose in zip(board.zones, loose_zones, strict=True):
        if zone_loose and zone.id not in photo.unseen_zones:  # (what the photo does not show is doubtful as such)
            _doubt_zone(photo, zone.id, "placement")
    photo.glare_mm.extend(shown.glare_mm)
    for zone_id in shown.glare_zones:
        _doubt_zone(photo, zone_id, "glare")
    hiding, share = shown.hiding, shown.share
    for note, loose in zip(photo.notes, loose_notes, strict=True):
        if not note.doubt:
            outline = np.array(note.outline_mm)
            if not all(seen(x, y, -3.0) for x, y in outline):
                note.doubt = "outside"
            elif hiding is not None and _covers(hiding, outline, ppm, region, share):
                note.doubt = "glare"
            elif loose:
                note.doubt = "placement"
        # one rule for doubt: below DOUBTFUL_BELOW, with a reason; sure notes above it
        note.confidence = min(note.confidence, SURE_BELOW) if note.doubt else max(note.confidence, DOUBTFUL_BELOW)
    for dot in photo.dots:
        doubtful_zone = dot.zone_id is not None and dot.zone_id in photo.doubtful_zones
        dot.confidence = min(dot.confidence, SURE_BELOW) if doubtful_zone else max(dot.confidence, DOUBTFUL_BELOW)


SURE_BELOW = DOUBTFUL_BELOW * 0.75  # confidence of what capture marks doubtful

#: a place on the board this unsure (root mean square, mm) is not vouched for: twice it is the 15 mm within
#: which a note counts as found
PLACEMENT_SPREAD_MM = 7.5


def _loosely_placed(
    placement: Placement, shapes: Sequence[Sequence[tuple[float, float]]], refits: list[np.ndarray] | None = None
) -> list[bool]:
    """For each shape (its corners in board mm): whether any corner is placed more loosely than
    PLACEMENT_SPREAD_MM by the markers that placed the photo (``placement_spread``, with its ``refits``)."""
    if placement.mode != "markers" or placement.fit is None or not shapes:
        return [False] * len(shapes)
    points = np.concatenate([np.asarray(shape, np.float64) for shape in shapes])
    spread = placement_spread(placement.fit, points, refits)
    loose = spread > PLACEMENT_SPREAD_MM
    ends = np.cumsum([len(shape) for shape in shapes])
    return [bool(part.any()) for part in np.split(loose, ends[:-1])]


#: on white paper, a note this much of which the highlight turned white is not vouched for
WHITE_CORE_SHARE = 0.05


def _hiding_notes(normalised, hidden: np.ndarray | None) -> tuple[np.ndarray | None, float]:
    """Where a highlight may hide what a note is, and the share of a note that must lie there for it to be doubtful.

    On brown paper: a quarter of it in the highlight's white core (``hidden``). On white paper the highlight's
    whole patch counts for the zones (the dots in its haze fade into the white paper), but a note there keeps its
    colour and its outline against the paper: only where the highlight turned part of it white (it reads as
    white once the light is evened out) is the note not vouched for."""
    if hidden is None or normalised.paper_kind != "white":
        return hidden, 0.25
    return hidden & (channel_min(normalised.image) >= BLOWN), WHITE_CORE_SHARE


def _covers(mask: np.ndarray, outline_mm: np.ndarray, ppm: float, region: Rect, share: float = 0.25) -> bool:
    """Whether ``share`` (by default a quarter) or more of the quad lies in ``mask``."""
    on, area = pixels_on(mask, (outline_mm - (region.x, region.y)) * ppm)
    return area > 0 and on >= share * area


def _merge(per_photo: list[list], limit: Callable[[object, object], float | None]) -> list:
    """Detections of several photos, one per physical item.

    Photo by photo, each detection is paired with at most one item kept so
    far (closest pairs first, only within ``limit(a, b)`` mm; None: never the
    same item); a pair keeps the more confident detection. Detections of one
    photo are never merged with each other.
    """
    kept: list = []
    for detections in per_photo:
        pairs = []
        for i, old in enumerate(kept):
            for j, new in enumerate(detections):
                allowed = limit(old, new)
                if allowed is not None:
                    distance = math.hypot(old.x_mm - new.x_mm, old.y_mm - new.y_mm)
                    if distance < allowed:
                        pairs.append((distance, i, j))
        used_old, used_new = set(), set()
        for _, i, j in sorted(pairs):
            if i in used_old or j in used_new:
                continue
            used_old.add(i)
            used_new.add(j)
            if detections[j].confidence > kept[i].confidence:
                kept[i] = detections[j]
        kept += [new for j, new in enumerate(detections) if j not in used_new]
    return kept


def merge_notes(photos: Sequence[PhotoCapture], factor: float = 0.45) -> list[NoteDetection]:
    """One note per physical note: detections from different photos at the same place are one."""

    def limit(a: NoteDetection, b: NoteDetection) -> float | None:
        return factor * min(a.width_mm, a.height_mm, b.width_mm, b.height_mm) if a.color == b.color else None

    merged = _merge([photo.notes for photo in photos], limit)
    return sorted(merged, key=lambda note: (note.y_mm, note.x_mm))


def merge_dots(photos: Sequence[PhotoCapture]) -> list[DotDetection]:
    """One dot per physical dot (same kind, less than 0.6 of a diameter apart in different photos)."""

    def limit(a: DotDetection, b: DotDetection) -> float | None:
        return 0.6 * max(a.diameter_mm, b.diameter_mm) if a.kind == b.kind else None

    merged = _merge([photo.dots for photo in photos], limit)
    return sorted(merged, key=lambda dot: (dot.y_mm, dot.x_mm))


def capture_photos(
    sources: Sequence[ImageSource],
    board: Board,
    options: CaptureOptions | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> CaptureResult:
    """Read one or more photos of ``board`` back into notes and dots (merged, without double counting).

    ``progress(fraction, text)`` is called before each photo; ``cancelled()``
    returning True stops with CaptureCancelled. Errors of a single photo
    (not an image, no board) are raised as they are.
    """
    options = options or CaptureOptions()
    warnings: list[str] = []
    photos: list[PhotoCapture] = []
    total = max(1, len(sources))
    for index, source in enumerate(sources):
        if cancelled is not None and cancelled():
            raise CaptureCancelled()

        def step(fraction: float, text: str, index: int = index) -> None:
            if cancelled is not None and cancelled():
                raise CaptureCancelled()
            if progress is not None:
                progress((index + fraction) / total, f"foto {index + 1} van {total}: {text}")

        photos.append(analyse_photo(source, board, options, index, warnings, step))
    if cancelled is not None and cancelled():
        raise CaptureCancelled()
    if progress is not None:
        progress(1.0, "klaar")
    return CaptureResult(
        board=board,
        photos=photos,
        notes=merge_notes(photos, options.merge_distance_factor),
        dots=merge_dots(photos),
        warnings=warnings,
    )
