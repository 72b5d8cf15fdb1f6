"""Sticky notes in a labelled, rectified board image.

Per note colour the pixels of that class form blobs. Thin dark lines (the
shadow or edge between two touching notes, writing) are cut out first, holes
(writing, dots stuck on a note) are filled, and a blob much longer than one
note is split into notes of the usual size along its long axis.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from boards.capture.segment import Palette

TYPICAL_NOTE_MM = 76.0
MIN_NOTE_SIDE_MM = 25.0
MIN_NOTE_AREA_MM2 = 700.0
SPLIT_FACTOR = 1.3  # a blob longer than this × a note holds more than one


@dataclass
class NoteBlob:
    color: str
    center: tuple[float, float]  # mm
    size: tuple[float, float]  # (width along the rotated x axis, height), mm
    angle_deg: float  # -45..45
    confidence: float

    def corners(self) -> np.ndarray:
        """TL, TR, BR, BL in mm."""
        cx, cy = self.center
        w, h = self.size
        angle = math.radians(self.angle_deg)
        ux, uy = math.cos(angle), math.sin(angle)
        vx, vy = -uy, ux
        return np.array(
            [
                [cx + sx * w / 2 * ux + sy * h / 2 * vx, cy + sx * w / 2 * uy + sy * h / 2 * vy]
                for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))
            ],
            np.float64,
        )


def thin_dark_lines(gray: np.ndarray, px_per_mm: float) -> np.ndarray:
    """Pixels on thin dark lines: the edges and shadows between notes, writing."""
    size = max(3, int(round(2.5 * px_per_mm)) | 1)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (size, size))
    blackhat = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, kernel)
    return blackhat > 14


def class_boundaries(labels: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Where two of ``classes`` meet: keeps touching blobs of different colours apart.

    A pixel of one of ``classes`` with a neighbour of another of ``classes``;
    a blob's edge against paper, ink or anything else is left alone.
    """
    kernel = np.ones((3, 3), np.uint8)
    member = np.isin(labels, classes)
    high = cv2.dilate(np.where(member, labels, 0).astype(np.uint8), kernel)
    low = cv2.erode(np.where(member, labels, 255).astype(np.uint8), kernel)
    return member & ((high != labels) | (low != labels))


def _normalise_box(box: tuple) -> tuple[tuple[float, float], tuple[float, float], float]:
    (cx, cy), (w, h), angle = box
    while angle > 45:
        angle -= 90
        w, h = h, w
    while angle <= -45:
        angle += 90
        w, h = h, w
    return (cx, cy), (w, h), angle


SIZE_TOLERANCE_MM = 6.0


def detect_notes(
    labels: np.ndarray,
    lines: np.ndarray,
    allowed: np.ndarray,
    palette: Palette,
    px_per_mm: float,
    typical_mm: float = TYPICAL_NOTE_MM,
    single_sizes_mm: tuple[tuple[float, float], ...] = (),
) -> list[NoteBlob]:
    """Notes of the palette's colours; a blob matching one of ``single_sizes_mm`` (long, short) is never split."""
    notes: list[NoteBlob] = []
    min_area_px = MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3))
    cut = lines | ~allowed
    note_classes = np.array(sorted(palette.note_colors), np.uint8)
    # all note colours together: a bright orange note's top may look yellow, so
    # the colour is decided per note by majority, after splitting
    mask = np.isin(labels, note_classes) & ~cut
    mask = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, kernel)
    count, components, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if area < min_area_px * 0.5:
            continue
        blob = (components[y : y + h, x : x + w] == index).astype(np.uint8)
        contours, _ = cv2.findContours(blob, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        contour = max(contours, key=cv2.contourArea)
        filled_area = cv2.contourArea(contour)
        if filled_area < min_area_px:
            continue
        # the cut lines ate about a pixel all around: give it back
        contour = contour.astype(np.float32) + np.float32([x, y])
        (cx, cy), (bw, bh), angle = _normalise_box(cv2.minAreaRect(contour))
        bw, bh = bw + 2.0, bh + 2.0
        fill = filled_area / max(1.0, bw * bh)
        for note in _split(contour, (cx, cy), (bw, bh), angle, fill, "", px_per_mm, typical_mm, single_sizes_mm):
            color = _majority_color(labels, note, palette, px_per_mm)
            if color is not None:
                note.color = color
                notes.append(note)
    return notes


def _majority_color(labels: np.ndarray, note: NoteBlob, palette: Palette, px_per_mm: float) -> str | None:
    """The note colour most of the note's pixels have."""
    corners = note.corners() * px_per_mm
    x0, y0 = np.maximum(np.floor(corners.min(axis=0)).astype(int), 0)
    x1, y1 = np.ceil(corners.max(axis=0)).astype(int) + 1
    region = labels[y0:y1, x0:x1]
    if region.size == 0:
        return None
    inside = np.zeros(region.shape, np.uint8)
    cv2.fillConvexPoly(inside, np.round(corners - [x0, y0]).astype(np.int32), 1)
    votes = np.bincount(region[inside > 0], minlength=256)
    classes = sorted(palette.note_colors)
    best = max(classes, key=lambda klass: votes[klass])
    return palette.note_colors[best] if votes[best] > 0 else None


def _split(
    contour: np.ndarray,
    center,
    size,
    angle: float,
    fill: float,
    color: str,
    px_per_mm: float,
    typical_mm: float,
    single_sizes_mm: tuple[tuple[float, float], ...] = (),
) -> list[NoteBlob]:
    w_mm, h_mm = size[0] / px_per_mm, size[1] / px_per_mm
    if min(w_mm, h_mm) < MIN_NOTE_SIDE_MM:
        return []
    limit = SPLIT_FACTOR * typical_mm
    cols = max(1, math.ceil(w_mm / limit - 1e-9))
    rows = max(1, math.ceil(h_mm / limit - 1e-9))
    long, short = max(w_mm, h_mm), min(w_mm, h_mm)
    if fill > 0.9 and any(
        abs(long - a) < SIZE_TOLERANCE_MM and abs(short - b) < SIZE_TOLERANCE_MM for a, b in single_sizes_mm
    ):
        cols = rows = 1  # the size of one (big) note the team uses
    cx, cy = center[0] / px_per_mm, center[1] / px_per_mm
    base_conf = float(np.clip((fill - 0.6) / 0.35, 0.0, 1.0))
    if cols == 1 and rows == 1:
        return [NoteBlob(color, (cx, cy), (w_mm, h_mm), angle, round(0.5 + 0.5 * base_conf, 3))]
    # several notes of about one note's size, spread evenly from end to end
    note_w = min(w_mm, typical_mm) if cols > 1 else w_mm
    note_h = min(h_mm, typical_mm) if rows > 1 else h_mm
    rad = math.radians(angle)
    ux, uy, vx, vy = math.cos(rad), math.sin(rad), -math.sin(rad), math.cos(rad)
    points = contour.reshape(-1, 2) / px_per_mm
    local = np.column_stack(
        [(points[:, 0] - cx) * ux + (points[:, 1] - cy) * uy, (points[:, 0] - cx) * vx + (points[:, 1] - cy) * vy]
    )
    blobs = []
    for col in range(cols):
        for row in range(rows):
            u = -w_mm / 2 + note_w / 2 + (col * (w_mm - note_w) / (cols - 1) if cols > 1 else (w_mm - note_w) / 2)
            v = -h_mm / 2 + note_h / 2 + (row * (h_mm - note_h) / (rows - 1) if rows > 1 else (h_mm - note_h) / 2)
            if cols > 1 and rows == 1:
                # the extent across, measured on the outline within this note's own part
                own = np.abs(local[:, 0] - u) < note_w * 0.35
                if own.sum() >= 2:
                    lo, hi = local[own, 1].min(), local[own, 1].max()
                    if hi - lo > MIN_NOTE_SIDE_MM:
                        v, note_h = (lo + hi) / 2, min(h_mm, hi - lo)
            elif rows > 1 and cols == 1:
                own = np.abs(local[:, 1] - v) < note_h * 0.35
                if own.sum() >= 2:
                    lo, hi = local[own, 0].min(), local[own, 0].max()
                    if hi - lo > MIN_NOTE_SIDE_MM:
                        u, note_w = (lo + hi) / 2, min(w_mm, hi - lo)
            x, y = cx + u * ux + v * vx, cy + u * uy + v * vy
            blobs.append(NoteBlob(color, (x, y), (note_w, note_h), angle, round(0.35 + 0.35 * base_conf, 3)))
    return blobs
