"""Optional OCR suggestion for a note crop."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from boards.capture import ocr_available, suggest_text


def _note(word: str) -> np.ndarray:
    crop = np.zeros((300, 300, 3), np.uint8)
    crop[:] = (118, 241, 255)  # a yellow note (BGR)
    cv2.putText(crop, word, (25, 165), cv2.FONT_HERSHEY_DUPLEX, 2.0, (40, 30, 20), 4, cv2.LINE_AA)
    return crop


@pytest.mark.skipif(not ocr_available(), reason="Tesseract is not installed")
def test_suggests_the_written_word():
    assert "rooster" in suggest_text(_note("rooster"), "nld").lower()


def test_empty_crop_gives_no_suggestion():
    assert suggest_text(np.zeros((0, 0, 3), np.uint8)) == ""
