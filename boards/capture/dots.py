"""Dot stickers in a labelled, rectified board image: found per dot colour, counted by area.

Touching dots form one blob; its area divided by one dot's area (the median
of the round, single blobs on the board) gives the count, and k-means on the
blob's pixels places each dot.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from boards.capture.notes import class_boundaries
from boards.capture.segment import Palette

DEFAULT_DOT_MM = 12.0
MIN_DOT_MM = 6.0
MAX_DOT_MM = 24.0


@dataclass
class DotBlob:
    kind: str
    color: str
    center: tuple[float, float]  # mm
    diameter_mm: float
    confidence: float


def detect_dots(labels: np.ndarray, allowed: np.ndarray, palette: Palette, px_per_mm: float) -> list[DotBlob]:
    min_area = math.pi * (MIN_DOT_MM / 2) ** 2 * 0.6 * px_per_mm**2
    found: list[tuple[str, str, np.ndarray, float, float]] = []  # kind, colour, pixel coords, area, circularity
    dot_classes = np.array(sorted(palette.dot_kinds), np.uint8)
    mask = (np.isin(labels, dot_classes) & allowed & ~class_boundaries(labels, dot_classes)).astype(np.uint8)
    count, components, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if area < min_area:
            continue
        blob = (components[y : y + h, x : x + w] == index).astype(np.uint8)
        klass = int(np.bincount(labels[y : y + h, x : x + w][blob > 0]).argmax())
        if klass not in palette.dot_kinds:
            continue
        contours, _ = cv2.findContours(blob, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
        contour = max(contours, key=cv2.contourArea)
        filled = max(float(cv2.contourArea(contour)), float(area))
        perimeter = cv2.arcLength(contour, True)
        circularity = 4 * math.pi * filled / max(1.0, perimeter * perimeter)
        ys, xs = np.nonzero(blob)
        coords = np.column_stack([xs + x, ys + y]).astype(np.float32)
        found.append((palette.dot_kinds[klass], palette.dot_colors[klass], coords, filled, circularity))
    if not found:
        return []
    singles = [
        area
        for _, _, _, area, circ in found
        if circ > 0.72
        and math.pi * (MIN_DOT_MM / 2) ** 2 * px_per_mm**2 <= area <= math.pi * (MAX_DOT_MM / 2) ** 2 * px_per_mm**2
    ]
    single_area = float(np.median(singles)) if singles else math.pi * (DEFAULT_DOT_MM / 2) ** 2 * px_per_mm**2
    diameter_mm = 2 * math.sqrt(single_area / math.pi) / px_per_mm
    dots: list[DotBlob] = []
    for kind, color, coords, area, circularity in found:
        ratio = area / single_area
        if ratio < 0.6 or (ratio < 1.5 and circularity < 0.5):
            continue
        count = max(1, int(round(ratio)))
        confidence = 1.0 - min(1.0, abs(ratio - count) * 1.6)
        if count == 1:
            confidence *= float(np.clip((circularity - 0.4) / 0.4, 0.2, 1.0))
            centres = [coords.mean(axis=0)]
        else:
            peaks = _distance_peaks(coords, math.sqrt(single_area / math.pi))
            if abs(len(peaks) - ratio) <= 1.2:
                count, centres = len(peaks), peaks
                confidence = 0.9 - min(0.6, abs(ratio - count) * 0.5)
            else:
                criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 0.5)
                cv2.setRNGSeed(count)
                _, _, centres = cv2.kmeans(coords, count, None, criteria, 2, cv2.KMEANS_PP_CENTERS)
                confidence *= 0.6
        for centre in centres:
            dots.append(
                DotBlob(
                    kind,
                    color,
                    (float(centre[0]) / px_per_mm, float(centre[1]) / px_per_mm),
                    diameter_mm,
                    round(float(max(0.05, confidence)), 3),
                )
            )
    return dots


def _distance_peaks(coords: np.ndarray, radius_px: float) -> list[np.ndarray]:
    """Centres of touching round dots: the ridge tops of the blob's distance transform."""
    origin = coords.min(axis=0).astype(int) - 2
    size = coords.max(axis=0).astype(int) - origin + 3
    blob = np.zeros((size[1], size[0]), np.uint8)
    blob[coords[:, 1].astype(int) - origin[1], coords[:, 0].astype(int) - origin[0]] = 1
    distance = cv2.distanceTransform(blob, cv2.DIST_L2, 5)
    window = max(3, int(radius_px * 0.8) | 1)
    top = cv2.dilate(distance, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (window, window)))
    ys, xs = np.nonzero((distance >= top - 1e-3) & (distance > 0.55 * radius_px))
    order = np.argsort(-distance[ys, xs])
    peaks: list[np.ndarray] = []
    for index in order:
        point = np.array([xs[index], ys[index]], np.float32)
        if all(np.linalg.norm(point - other) > 1.3 * radius_px for other in peaks):
            peaks.append(point)
    return [peak + origin for peak in peaks]
