"""The procesplaat's written areas (the answers and the CONCLUSIE) cut from the photo, to type over."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture import CaptureOptions, capture_photos
from boards.capture.written import CROP_PX_PER_MM, written_crops


def test_the_written_areas_are_cut_out_upright(board, brown_photo, partial_photo):
    result = capture_photos([brown_photo.jpeg], board, CaptureOptions())
    crops = {crop.zone_id: crop for crop in written_crops(result)}
    assert list(crops) == ["antwoorden", "conclusie"]
    conclusion = crops["conclusie"]
    zone = board.zone("conclusie")
    assert conclusion.label == "CONCLUSIE:"
    height, width = conclusion.image.shape[:2]
    assert (width, height) == (round(zone.rect.width * CROP_PX_PER_MM), round(zone.rect.height * CROP_PX_PER_MM))
    # The printed label "CONCLUSIE:" sits in the top left of the area: ink there, paper below it.
    gray = cv2.cvtColor(conclusion.image, cv2.COLOR_BGR2GRAY)
    label_band = gray[: int(12 * CROP_PX_PER_MM), : int(60 * CROP_PX_PER_MM)]
    assert label_band.min() < np.median(gray) - 60

    # A photo of the left column only shows neither area whole: nothing to cut.
    partial = capture_photos([partial_photo.jpeg], board, CaptureOptions())
    assert written_crops(partial) == []
