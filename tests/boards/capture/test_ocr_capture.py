"""Optional OCR suggestion: a synthetic crop, and notes read from a whole photo."""

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


@pytest.mark.skipif(not ocr_available(), reason="Tesseract is not installed")
def test_capture_with_ocr_suggests_note_texts(board, make_photo):
    """Notes read from a 12 MP photo: the text comes from the full-resolution photo."""
    from boards.capture import CaptureOptions, capture_photos
    from tests.photos.generator import PhotoSpec

    photo = make_photo(
        PhotoSpec(
            seed=31,
            megapixels=12.0,
            max_tilt_deg=10.0,
            notes_per_zone=(0, 1),
            overlap_pairs=0,
            touching_pairs=0,
            dots_per_kind=(0, 1),
            jpeg_quality=92,
        )
    )
    result = capture_photos([photo.jpeg], board, CaptureOptions(ocr=True))
    assert len(result.notes) == len(photo.filled.notes) >= 5
    hits = 0
    for note in result.notes:
        true = min(photo.filled.notes, key=lambda t: (t.x_mm - note.x_mm) ** 2 + (t.y_mm - note.y_mm) ** 2)
        hits += any(word in note.text.lower() for word in true.text.lower().split() if len(word) > 3)
    assert hits >= len(result.notes) // 2, [note.text for note in result.notes]
