"""The whole read-back: photos in, notes and dots in board millimetres out."""

from __future__ import annotations

import math
import time
from typing import Sequence

import cv2
import numpy as np

from boards.capture.dots import detect_dots
from boards.capture.errors import CaptureCancelled, NoBoardFoundError
from boards.capture.imageio import ImageSource, load_image, source_name
from boards.capture.markers import (
    corners_homography,
    decode_qr,
    default_layout,
    detect_markers,
    fit_homography,
    needs_print_info,
    qr_search_area,
    read_qr_on_board,
)
from boards.capture.notes import detect_notes, thin_dark_lines
from boards.capture.ocr import suggest_text
from boards.capture.rectify import crop_quad, rect_slices, rectify, visible_mask, visible_outline_mm
from boards.capture.results import (
    CancelCheck,
    CaptureOptions,
    CaptureResult,
    DotDetection,
    NoteDetection,
    PhotoCapture,
    ProgressCallback,
)
from boards.capture.segment import Palette, build_palette, classify, normalise_light
from boards.geometry import Rect
from boards.model import Board, SymbolElement, TextElement
from boards.readback import frame_width_mm

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


def _zone_id(board: Board, x: float, y: float) -> str | None:
    zone = board.zone_at(x, y)
    return zone.id if zone is not None else None


def _place(board: Board, loaded_image: np.ndarray, scale: float, name: str, index: int, options: CaptureOptions, warnings: list[str]):
    """Homography working px → board mm, by markers or the user's four corners."""
    corners = options.corners.get(index)
    if corners is not None:
        paper = options.paper or board.paper
        points = [(x * scale, y * scale) for x, y in corners]
        homography = corners_homography(points, paper.width_mm, paper.height_mm)
        homography = np.diag([board.width_mm / paper.width_mm, board.height_mm / paper.height_mm, 1.0]) @ homography
        return homography, "corners", [], [], 0.0, None
    gray = cv2.cvtColor(loaded_image, cv2.COLOR_BGR2GRAY)
    markers = detect_markers(gray)
    layout = default_layout(board)
    info = None
    fit = None if needs_print_info(markers) else fit_homography(markers, layout)
    if fit is None and markers:
        info = decode_qr(gray)  # slow path: a tiled or scaled print needs its QR code first
        if info is not None:
            fit = fit_homography(markers, info.layout_in_board_mm(board.paper))
    if fit is None:
        known = default_layout(board).by_id()
        raise NoBoardFoundError(name, len({m.id for m in markers if m.id in known}))
    if options.read_qr and info is None:
        info = read_qr_on_board(loaded_image, fit.homography, qr_search_area(board))
        if info is not None and (abs(info.scale - 1.0) > 1e-6 or info.tile_sheet):
            refit = fit_homography(markers, info.layout_in_board_mm(board.paper))
            if refit is not None:
                fit = refit
    if info is not None and info.board_id != board.id:
        warnings.append(f"{name}: de QR-code hoort bij bord '{info.board_id}', niet bij '{board.id}'")
    elif info is not None and info.version != board.version:
        warnings.append(f"{name}: geprint van versie {info.version} van het bord; dit is versie {board.version}")
    return fit.homography, "markers", fit.used_ids, fit.rejected_ids, fit.rms_mm, info


def analyse_photo(source: ImageSource, board: Board, options: CaptureOptions | None = None, index: int = 0, warnings: list[str] | None = None) -> PhotoCapture:
    """One photo: place it on the board, find its notes and dots."""
    options = options or CaptureOptions()
    warnings = warnings if warnings is not None else []
    started = time.perf_counter()
    loaded = load_image(source, options.max_pixels, source_name(source, index))
    image = loaded.image
    homography, mode, used, rejected, rms, info = _place(board, image, loaded.scale, loaded.name, index, options, warnings)
    ppm = options.px_per_mm
    region = analysis_region(board)
    origin = (region.x, region.y)
    rectified = rectify(image, homography, region.width, region.height, ppm, origin)
    outline = visible_outline_mm(homography, (image.shape[1], image.shape[0]))
    valid = visible_mask(outline, rectified.shape[:2], ppm, origin=origin)
    normalised = normalise_light(rectified, valid, ppm)
    palette = _palette(board, normalised.paper_bgr)
    labels = classify(normalised.image, palette)
    lines = thin_dark_lines(cv2.cvtColor(normalised.image, cv2.COLOR_BGR2GRAY), ppm)
    allowed_notes, allowed_dots = _allowed_masks(board, valid, ppm, region)
    photo = PhotoCapture(
        index=index, name=loaded.name, image=image, scale=loaded.scale, homography=homography, mode=mode,
        markers_found=len(used), marker_ids=used, rejected_marker_ids=rejected, rms_mm=rms, print_info=info,
        visible_mm=[(float(x), float(y)) for x, y in outline], px_per_mm=ppm,
        rectified=rectified if options.keep_rectified else None, rectified_region=region,
    )
    for blob in detect_notes(labels, lines, allowed_notes, palette, ppm):
        blob.center = (blob.center[0] + region.x, blob.center[1] + region.y)
        corners = blob.corners()
        crop = crop_quad(image, homography, corners, options.crop_px_per_mm) if options.crops or options.ocr else None
        note = NoteDetection(
            color=blob.color, zone_id=_zone_id(board, *blob.center), x_mm=float(blob.center[0]), y_mm=float(blob.center[1]),
            width_mm=float(blob.size[0]), height_mm=float(blob.size[1]), angle_deg=float(blob.angle_deg),
            outline_mm=[(float(x), float(y)) for x, y in corners], confidence=float(blob.confidence), photo_index=index,
            crop=crop if options.crops else None,
        )
        if options.ocr and crop is not None:
            note.text = suggest_text(crop, options.ocr_lang)
        photo.notes.append(note)
    for blob in detect_dots(labels, allowed_dots, palette, ppm):
        blob.center = (blob.center[0] + region.x, blob.center[1] + region.y)
        photo.dots.append(
            DotDetection(
                kind=blob.kind, color=blob.color, zone_id=_zone_id(board, *blob.center), x_mm=float(blob.center[0]), y_mm=float(blob.center[1]),
                diameter_mm=float(blob.diameter_mm), confidence=float(blob.confidence), photo_index=index,
            )
        )
    photo.seconds = time.perf_counter() - started
    return photo


def merge_notes(photos: Sequence[PhotoCapture], factor: float = 0.45) -> list[NoteDetection]:
    """One note per physical note: detections from different photos at the same place are one."""
    kept: list[NoteDetection] = []
    candidates = sorted((note for photo in photos for note in photo.notes), key=lambda note: -note.confidence)
    for note in candidates:
        limit = factor * min(note.width_mm, note.height_mm)
        if any(
            other.photo_index != note.photo_index and other.color == note.color
            and math.hypot(other.x_mm - note.x_mm, other.y_mm - note.y_mm) < min(limit, factor * min(other.width_mm, other.height_mm))
            for other in kept
        ):
            continue
        kept.append(note)
    return sorted(kept, key=lambda note: (note.y_mm, note.x_mm))


def merge_dots(photos: Sequence[PhotoCapture]) -> list[DotDetection]:
    kept: list[DotDetection] = []
    candidates = sorted((dot for photo in photos for dot in photo.dots), key=lambda dot: -dot.confidence)
    for dot in candidates:
        if any(
            other.photo_index != dot.photo_index and other.kind == dot.kind
            and math.hypot(other.x_mm - dot.x_mm, other.y_mm - dot.y_mm) < 0.6 * max(dot.diameter_mm, other.diameter_mm)
            for other in kept
        ):
            continue
        kept.append(dot)
    return sorted(kept, key=lambda dot: (dot.y_mm, dot.x_mm))


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
        if progress is not None:
            progress(index / total, f"foto {index + 1} van {total} lezen")
        photos.append(analyse_photo(source, board, options, index, warnings))
    if cancelled is not None and cancelled():
        raise CaptureCancelled()
    if progress is not None:
        progress(1.0, "klaar")
    return CaptureResult(board=board, photos=photos, notes=merge_notes(photos, options.merge_distance_factor), dots=merge_dots(photos), warnings=warnings)
