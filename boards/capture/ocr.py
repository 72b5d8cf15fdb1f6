"""Optional text suggestion for a note crop with Tesseract (off by default).

The suggestion is only a starting point the user confirms in the review.
"""

from __future__ import annotations

import functools

import cv2
import numpy as np


@functools.lru_cache(maxsize=1)
def available_languages() -> frozenset[str]:
    try:
        import pytesseract

        return frozenset(pytesseract.get_languages(config=""))
    except Exception:  # noqa: BLE001 - no tesseract binary, or it cannot run
        return frozenset()


def ocr_available() -> bool:
    return bool(available_languages())


def suggest_text(crop: np.ndarray, lang: str = "nld") -> str:
    """Text read from a note crop ("" when Tesseract is missing or reads nothing)."""
    languages = available_languages()
    if not languages or crop is None or crop.size == 0:
        return ""
    import pytesseract

    chosen = lang if lang in languages else ("eng" if "eng" in languages else next(iter(languages)))
    gray = crop if crop.ndim == 2 else cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    if max(gray.shape) < 600:
        factor = 600 / max(gray.shape)
        gray = cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    margin = max(2, int(min(gray.shape) * 0.06))
    gray = gray[margin:-margin, margin:-margin]
    binary = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 15)
    try:
        text = pytesseract.image_to_string(binary, lang=chosen, config="--psm 6")
    except Exception:  # noqa: BLE001 - a failing OCR must never stop the capture
        return ""
    kept = "".join(ch for ch in text if ch.isalnum() or ch.isspace() or ch in "-'.,!?&/")
    return " ".join(kept.split())
