"""OCR suggestions for note crops (Tesseract with the Dutch language pack, installed by .ci/run)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from boards.capture import ocr_available, suggest_text
from resources import resource_path


def _note_crop(text: str) -> np.ndarray:
    """A yellow sticky note with handwriting-sized printed text, as a BGR crop (4 px/mm, 76 mm)."""
    image = Image.new("RGB", (304, 304), (92, 233, 255)[::-1])
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(resource_path("fonts", "DejaVuSans-Bold.ttf")), 30)
    y = 60
    for line in text.split("\n"):
        draw.text((24, y), line, fill=(30, 30, 30), font=font)
        y += 48
    return np.asarray(image)[:, :, ::-1].copy()


def test_tesseract_with_dutch_is_installed() -> None:
    assert ocr_available()


def test_the_suggestion_reads_the_text_of_a_note() -> None:
    suggestion = suggest_text(_note_crop("Rapporten\nschrijven\nkost tijd"), lang="nld")
    assert suggestion.lower().split() == ["rapporten", "schrijven", "kost", "tijd"]


def test_an_empty_note_gives_no_suggestion() -> None:
    assert suggest_text(_note_crop(""), lang="nld") == ""
