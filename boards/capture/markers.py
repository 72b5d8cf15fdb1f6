"""Finding the board in a photo: ArUco markers, the QR code and the homography to board mm.

Markers are detected on a downscaled copy (fast) and their corners refined on
the working image. All four corners of every marker go into a RANSAC
homography, so two markers (eight points) place the board, and a few wrong
ids or misreads are voted out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import cv2
import numpy as np

from boards.errors import BruinpapierError
from boards.geometry import Rect
from boards.model import Board, MarkerLayout
from boards.readback import TILE_MARKER_ID_BASE, PrintInfo, board_poster_layout
from boards.tiling import DEFAULT_OVERLAP_MM, DEFAULT_PRINTER_MARGIN_MM

DETECT_MAX_SIDE = 2048  # px; markers are found on a copy at most this long


@dataclass(frozen=True)
class DetectedMarker:
    id: int
    corners: np.ndarray  # 4×2 float32, working image px, ArUco order TL, TR, BR, BL


@dataclass
class MarkerFit:
    homography: np.ndarray  # 3×3, working image px → board mm
    used_ids: list[int]  # markers that agree with the fit
    rejected_ids: list[int]  # detected ids of the layout that do not
    rms_mm: float  # corner reprojection error of the used markers
    layout: MarkerLayout = field(repr=False, default=None)  # type: ignore[assignment]
    source: np.ndarray | None = field(repr=False, default=None)  # the used markers' corners, photo px
    target: np.ndarray | None = field(repr=False, default=None)  # the same corners on the board, mm


def _detector(window_min: int, window_max: int) -> cv2.aruco.ArucoDetector:
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_1000)
    parameters = cv2.aruco.DetectorParameters()
    parameters.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_NONE
    parameters.adaptiveThreshWinSizeMin = window_min
    parameters.adaptiveThreshWinSizeMax = window_max
    parameters.adaptiveThreshWinSizeStep = 10
    return cv2.aruco.ArucoDetector(dictionary, parameters)


_DETECTORS: list[cv2.aruco.ArucoDetector] = []
ENOUGH_MARKERS = 4  # a quick single-threshold pass finding this many is trusted


def detect_markers(gray: np.ndarray, max_side: int = DETECT_MAX_SIDE) -> list[DetectedMarker]:
    """ArUco DICT_4X4_1000 markers, corners refined to sub-pixel on ``gray``.

    A quick pass with one threshold window runs first; only when it finds
    fewer than ENOUGH_MARKERS, or only markers along one line, does the
    thorough three-window pass run: markers in one row (the rest of the
    board's edge blurred, tilted away or covered) fix the board along that
    row but not across it, so a board placed by them alone can lie centimetres
    off away from the row.
    """
    if not _DETECTORS:
        _DETECTORS.extend([_detector(9, 9), _detector(3, 23)])
    scale = min(1.0, max_side / max(gray.shape[:2]))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    corners, ids = (), None
    for detector in _DETECTORS:
        found_corners, found_ids, _ = detector.detectMarkers(small)
        if found_ids is not None and (ids is None or len(found_ids) > len(ids)):
            corners, ids = found_corners, found_ids
        if ids is not None and len(ids) >= ENOUGH_MARKERS and not along_one_line(corners):
            break
    if ids is None or len(ids) == 0:
        return []
    points = (np.concatenate(corners).reshape(-1, 2) / scale).astype(np.float32)
    window = max(2, int(round(1.5 / scale)))
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 0.05)
    refined = cv2.cornerSubPix(gray, points.reshape(-1, 1, 2).copy(), (window, window), (-1, -1), criteria).reshape(
        -1, 2
    )
    # keep a refinement only when it stays close (a corner in clutter can run away)
    moved = np.linalg.norm(refined - points, axis=1) > 1.5 / scale
    refined[moved] = points[moved]
    return [
        DetectedMarker(int(marker_id), refined[index * 4 : (index + 1) * 4])
        for index, marker_id in enumerate(ids.ravel())
    ]


def along_one_line(corners) -> bool:
    """Whether the markers' centres lie along one line: within two marker sides of the line through them.

    A straight row of markers stays straight in a photo (a homography keeps lines), so a row of markers
    along one edge of the board shows as centres spread along one direction only."""
    quads = np.asarray(corners, np.float64).reshape(-1, 4, 2)
    if len(quads) < 3:
        return True
    centres = quads.mean(axis=1)
    side = float(np.median(np.linalg.norm(np.diff(quads, axis=1, append=quads[:, :1]), axis=2)))
    spread = centres - centres.mean(axis=0)
    across = np.linalg.svd(spread, full_matrices=False)[2][1]  # the direction across the best line
    offsets = spread @ across
    return float(offsets.max() - offsets.min()) < 2.0 * side


#: ``guessed_layouts``: each guessed way of printing with its markers in board mm
GuessedLayouts = list[tuple[PrintInfo, MarkerLayout]]


def default_layout(board: Board) -> MarkerLayout:
    return board.markers or board_poster_layout(board.paper)


def printed_ids(board: Board, info: PrintInfo | None = None, guessed: GuessedLayouts | None = None) -> set[int]:
    """Every marker id a print of ``board`` carries: its poster frame, and the tiled prints capture knows
    (the one the QR code names, or else the usual ones it guesses; ``guessed``: ``guessed_layouts(board)``
    when the caller has them already)."""
    ids = {marker.id for marker in default_layout(board).markers}
    if info is not None:
        layouts = [info.layout_in_board_mm(board)]
    else:
        layouts = [layout for _, layout in (guessed if guessed is not None else guessed_layouts(board))]
    for layout in layouts:
        ids |= {marker.id for marker in layout.markers}
    return ids


def printed_markers(
    markers: list[DetectedMarker],
    board: Board,
    info: PrintInfo | None = None,
    guessed: GuessedLayouts | None = None,
) -> list[DetectedMarker]:
    """The detected markers the board printed: a shape in the board's text that happens to read as a
    marker id the print does not carry (a bold "B" reads as 660) is left out."""
    ids = printed_ids(board, info, guessed)
    if info is not None:
        ids |= printed_ids(board, None, guessed)
    return [marker for marker in markers if marker.id in ids]


def has_tile_markers(markers: list[DetectedMarker]) -> bool:
    """Tile markers only make sense with the sheet information of the QR code (or a good guess)."""
    return any(marker.id >= TILE_MARKER_ID_BASE for marker in markers)


TILE_SHEET_GUESSES = ("A4P", "A4L", "A3P", "A3L")


def guessed_print_infos(board: Board) -> list[PrintInfo]:
    """How a board is usually printed when not as one poster — tiled on A4/A3 with the default
    overlap and margin — for photos without the QR code in view. (A poster shrunk to another
    paper carries the board's own marker frame, scaled: the board's layout already explains it.)"""
    return [info for info, _ in guessed_layouts(board)]


def guessed_layouts(board: Board) -> GuessedLayouts:
    """``guessed_print_infos`` with the layout of each (worked out once: a photo needs them several times)."""
    guesses = []
    for code in TILE_SHEET_GUESSES:
        info = PrintInfo(
            board.id, board.version, tile_sheet=code, overlap_mm=DEFAULT_OVERLAP_MM, margin_mm=DEFAULT_PRINTER_MARGIN_MM
        )
        try:
            layout = info.layout_in_board_mm(board)
        except BruinpapierError:
            continue
        guesses.append((info, layout))
    return guesses


def best_fit(
    markers: list[DetectedMarker], candidates: list[tuple[PrintInfo | None, MarkerLayout]]
) -> tuple[PrintInfo | None, MarkerFit] | None:
    """The layout that explains the most markers (then the smallest error; then the first).

    A fit uses at most the markers its layout knows: the layouts that know the most go first, and one that
    knows fewer than the best fit so far uses is not fitted at all (a fit, with RANSAC, takes its longest where
    most markers are not the layout's: a tiled print's sheets against another way of tiling)."""
    known = [len({marker.id for marker in markers} & layout.by_id().keys()) for _, layout in candidates]
    best = None
    for number in sorted(range(len(candidates)), key=lambda number: -known[number]):
        if best is not None and known[number] < best[0][0]:
            break  # (nor any after it: they know as few or fewer)
        info, layout = candidates[number]
        fit = fit_homography(markers, layout)
        if fit is None:
            continue
        key = (len(fit.used_ids), -fit.rms_mm, -number)
        if best is None or key > best[0]:
            best = (key, info, fit)
    return (best[1], best[2]) if best is not None else None


def fit_homography(markers: list[DetectedMarker], layout: MarkerLayout) -> MarkerFit | None:
    """Photo px → board mm from the markers the layout knows; None with fewer than two agreeing markers."""
    known = layout.by_id()
    usable = [marker for marker in markers if marker.id in known]
    if len({marker.id for marker in usable}) < 2:
        return None
    source = np.concatenate([marker.corners for marker in usable]).astype(np.float64)
    target = np.array(
        [[corner.x, corner.y] for marker in usable for corner in layout.corners(known[marker.id])], np.float64
    )
    threshold = max(2.0, 0.12 * layout.size_mm)
    homography, mask = cv2.findHomography(source, target, cv2.RANSAC, threshold, maxIters=2000, confidence=0.999)
    if homography is None:
        return None
    inliers = mask.ravel().reshape(-1, 4).sum(axis=1) >= 3
    good = [marker for marker, ok in zip(usable, inliers) if ok]
    if len({marker.id for marker in good}) < 2:
        return None
    good_source = np.concatenate([marker.corners for marker in good]).astype(np.float64)
    good_target = np.array([[c.x, c.y] for marker in good for c in layout.corners(known[marker.id])], np.float64)
    refit, _ = cv2.findHomography(good_source, good_target, 0)
    if refit is not None:
        homography = refit
    projected = cv2.perspectiveTransform(good_source.reshape(-1, 1, 2), homography).reshape(-1, 2)
    rms = float(np.sqrt(np.mean(np.sum((projected - good_target) ** 2, axis=1))))
    if not _plausible(homography):
        return None
    return MarkerFit(
        homography=homography,
        used_ids=sorted({marker.id for marker in good}),
        rejected_ids=sorted({marker.id for marker in usable} - {marker.id for marker in good}),
        rms_mm=rms,
        layout=layout,
        source=good_source,
        target=good_target,
    )


PLACEMENT_DRAWS = 32  # refits with the markers' corners moved by their scatter (``placement_spread``)
MIN_CORNER_SCATTER_PX = 0.5  # a marker corner is never placed better than this


def placement_refits(fit: MarkerFit) -> list[np.ndarray]:
    """``placement_spread``'s refits of the board (photo px → board mm) to the used markers' corners moved by
    their own scatter about ``fit`` (at least half a pixel), a fixed set of them; none at all when one fails
    (or the fit keeps no corners). They depend on the fit alone: the pipeline makes them on its worker while
    the board is rectified."""
    if fit.source is None or fit.target is None:
        return []
    back = cv2.perspectiveTransform(fit.target.reshape(-1, 1, 2), np.linalg.inv(fit.homography)).reshape(-1, 2)
    scatter = max(MIN_CORNER_SCATTER_PX, float(np.sqrt(np.mean(np.sum((back - fit.source) ** 2, axis=1)))))
    draws = np.random.default_rng(0).normal(0.0, scatter, (PLACEMENT_DRAWS, *fit.source.shape))
    refits = []
    for moved in fit.source + draws:
        homography, _ = cv2.findHomography(moved, fit.target, 0)
        if homography is None:
            return []
        refits.append(homography)
    return refits


def placement_spread(fit: MarkerFit, points_mm: np.ndarray, refits: list[np.ndarray] | None = None) -> np.ndarray:
    """How far each board point (mm, N×2) may lie from where ``fit`` puts it, in mm (root mean square).

    The used markers' corners are moved by their own scatter about the fit (at least half a pixel) and the
    board refitted, a fixed set of times: where the markers surround a point that barely moves it; markers
    along one line, or a few far away, swing what lies off them like a lever. ``refits``:
    ``placement_refits(fit)`` when made already."""
    points_mm = np.asarray(points_mm, np.float64).reshape(-1, 2)
    if fit.source is None or fit.target is None or not len(points_mm):
        return np.zeros(len(points_mm))
    refits = placement_refits(fit) if refits is None else refits
    if not refits:  # (a refit failed)
        return np.full(len(points_mm), np.inf)
    in_photo = cv2.perspectiveTransform(points_mm.reshape(-1, 1, 2), np.linalg.inv(fit.homography))
    squared = np.zeros(len(points_mm))
    for homography in refits:
        placed = cv2.perspectiveTransform(in_photo, homography).reshape(-1, 2)
        squared += np.sum((placed - points_mm) ** 2, axis=1)
    return np.sqrt(squared / PLACEMENT_DRAWS)


def _plausible(homography: np.ndarray) -> bool:
    return bool(np.all(np.isfinite(homography))) and abs(np.linalg.det(homography[:2, :2])) > 1e-12


def corners_homography(points: list[tuple[float, float]], width_mm: float, height_mm: float) -> np.ndarray:
    """Photo px → board mm from four photo points: top-left, top-right, bottom-right, bottom-left."""
    source = np.array(points, np.float32).reshape(4, 2)
    target = np.array([[0, 0], [width_mm, 0], [width_mm, height_mm], [0, height_mm]], np.float32)
    return cv2.getPerspectiveTransform(source, target)


# --- QR code ------------------------------------------------------------------------------


def qr_search_area(board: Board) -> Rect:
    """Where a printed board carries its QR code: the right end of its title block (or the top-right corner)."""
    if board.header is not None:
        header = board.header
        width = min(header.width, max(90.0, header.height + 30.0))
        return Rect(header.right - width, header.y, width, header.height).inset(-6.0)
    return Rect(max(0.0, board.width_mm - 150.0), 0.0, min(150.0, board.width_mm), min(board.height_mm, 120.0))


SAME_SHAPE = 0.01  # boards whose width-to-height ratios differ by less than this share fit the same markers
SAME_AREA = 0.8  # a code area overlapping an area already searched by this share of its own is not searched again


@lru_cache(maxsize=1)
def known_templates() -> tuple[Board, ...]:
    """The templates, loaded once: only when a photo's code is not where the board it is read as carries it."""
    from boards.templates import list_templates  # (boards.templates is not needed to read a photo otherwise)

    return tuple(list_templates())


def other_qr_areas(board: Board) -> tuple[Rect, ...]:
    """Where the code lies, in this board's mm, on a photo of another board that the markers fit as this one: the
    templates of the same shape (the A sizes share theirs, so a photo of an A1 board fits an A0 board's markers,
    every mm scaled), each one's code area scaled to this board, those already covered left out."""
    return _other_qr_areas(board.width_mm, board.height_mm, qr_search_area(board))


@lru_cache(maxsize=16)
def _other_qr_areas(width: float, height: float, own: Rect) -> tuple[Rect, ...]:
    areas = [own]
    for other in known_templates():
        if abs(other.width_mm / other.height_mm - width / height) > SAME_SHAPE * width / height:
            continue
        scaled = qr_search_area(other).scaled(width / other.width_mm, height / other.height_mm)
        if all(_shared(scaled, seen) < SAME_AREA * scaled.area for seen in areas):
            areas.append(scaled)
    return tuple(areas[1:])


def _shared(a: Rect, b: Rect) -> float:
    """The area (mm²) two rectangles share."""
    common = a.intersection(b)
    return 0.0 if common is None else common.area


def read_board_qr(image: np.ndarray, homography: np.ndarray, board: Board) -> PrintInfo | None:
    """The code of a photo placed as ``board``: where ``board`` carries it, else where another board that fits the
    same markers does (so a photo of that board is told from this one, not read as it)."""
    for attempt in QR_ATTEMPTS:
        # (the cheap read in every area before a sharper one in any: a photo of an older print of the board, or of
        # another board, reads at once where its code lies; the other areas, which load the templates, only asked
        # for when the board's own area does not read)
        info = read_qr_on_board(image, homography, qr_search_area(board), (attempt,))
        for area in other_qr_areas(board) if info is None else ():
            info = read_qr_on_board(image, homography, area, (attempt,))
            if info is not None:
                break
        if info is not None:
            return info
    return None


QR_ATTEMPTS = ((4.0, False), (6.5, True))  # (px per mm, binarise): cheap first


def read_qr_on_board(
    image: np.ndarray, homography: np.ndarray, area: Rect, attempts: tuple[tuple[float, bool], ...] = QR_ATTEMPTS
) -> PrintInfo | None:
    """Decode the QR code in ``area`` (board mm) of a placed photo.

    The code is small in a photo of a whole board, so the area is cut out
    sharper and sharper (bicubic, ``attempts``) until it reads; most photos read at once.
    """
    for px_per_mm, binarise in attempts:
        shift = np.array([[px_per_mm, 0, -area.x * px_per_mm], [0, px_per_mm, -area.y * px_per_mm], [0, 0, 1]])
        size = (max(1, int(area.width * px_per_mm)), max(1, int(area.height * px_per_mm)))
        crop = cv2.warpPerspective(image, shift @ homography, size, flags=cv2.INTER_CUBIC, borderValue=(255, 255, 255))
        gray = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
        if binarise:
            _, gray = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        info = decode_qr(gray)
        if info is not None:
            return info
    return None


def decode_qr(image: np.ndarray) -> PrintInfo | None:
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(gray)
    if not text:
        return None
    try:
        return PrintInfo.decode(text)
    except ValueError:
        return None
