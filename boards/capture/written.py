"""The areas a team writes in (a procesplaat's answers and its CONCLUSIE), cut from the photos.

Handwriting on the board itself is no sticky note: capture does not turn it into notes. Instead
each written area (:func:`boards.written.written_zones`) is cut out of the photo that shows it
whole, upright, so the review can show it beside a field to type what it says. What the user
types becomes the area's text in the session. (No OCR here: Tesseract reads handwriting on a
whole-board photo too poorly to be a help; a person reads it in a second.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from boards.capture.rectify import crop_quad
from boards.capture.results import CaptureResult, PhotoCapture
from boards.model import Zone
from boards.written import written_zones

#: Resolution of the cut-out (px per mm): about what a whole-board photo holds.
CROP_PX_PER_MM = 2.5


@dataclass
class WrittenCrop:
    zone_id: str
    label: str  # the area's label on the board, e.g. "CONCLUSIE:"
    image: np.ndarray = field(repr=False)  # BGR, upright
    photo_index: int


def _corners(zone: Zone) -> np.ndarray:
    rect = zone.rect
    return np.array(
        [(rect.x, rect.y), (rect.right, rect.y), (rect.right, rect.bottom), (rect.x, rect.bottom)], np.float64
    )


def shows_whole(photo: PhotoCapture, zone: Zone) -> bool:
    """Whether the photo shows all of the zone (its four corners lie within the photo's outline)."""
    if len(photo.visible_mm) < 3:
        return False
    outline = np.array(photo.visible_mm, np.float32).reshape(-1, 1, 2)
    return all(cv2.pointPolygonTest(outline, (float(x), float(y)), False) >= 0 for x, y in _corners(zone))


def written_crops(result: CaptureResult) -> list[WrittenCrop]:
    """A cut-out of every written area that one of the photos shows whole, in board order."""
    crops = []
    for zone in written_zones(result.board):
        photo = next((photo for photo in result.photos if shows_whole(photo, zone)), None)
        if photo is None:
            continue
        image = crop_quad(photo.image, photo.homography, _corners(zone), CROP_PX_PER_MM)
        crops.append(WrittenCrop(zone.id, zone.label or zone.id, image, photo.index))
    return crops
