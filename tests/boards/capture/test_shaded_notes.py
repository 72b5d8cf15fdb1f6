"""A note's own shade is that note: the darkened, curled lower part of a note keeps its class."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.segment import PAPER, WHITE_PAPER_BGR, build_palette, classify, shaded_notes
from boards.colors import hex_to_rgb, note_color
from boards.templates import load_template

PPM = 1.5


def _bgr(hex_color: str) -> np.ndarray:
    r, g, b = hex_to_rgb(hex_color)
    return np.array([b, g, r], np.float32)


def _scene():
    """White paper (px at PPM) with a yellow note whose lower half darkens to half its brightness (a curl),
    a dot of the board's first kind in its lower part, and below it two flat yellow notes side by side, the
    left one's cast shadow a 3 mm band along the right one's edge."""
    board = load_template("procesplaat-1")
    palette = build_palette(board, WHITE_PAPER_BGR)
    image = np.zeros((260, 260, 3), np.float32)
    image[:] = WHITE_PAPER_BGR
    yellow = _bgr(note_color("yellow").hex)
    top, bottom = int(20 * PPM), int(96 * PPM)
    rows = np.arange(top, bottom)
    v = (rows - top) / (bottom - top)
    shade = 1 - 0.5 * np.clip((v - 0.5) / 0.5, 0, 1) ** 1.6
    left, right = int(30 * PPM), int(106 * PPM)
    image[top:bottom, left:right] = yellow[None, None, :] * shade[:, None, None]
    low = bottom + int(6 * PPM)
    image[low : low + int(60 * PPM), left : left + int(150 * PPM)] = yellow
    seam = left + int(76 * PPM)
    image[low : low + int(60 * PPM), seam : seam + int(3 * PPM)] = yellow * 0.6
    dot_kind = next(iter(palette.dot_kinds))
    dot_colour = np.array(palette.colors_bgr[palette.classes.index(dot_kind)], np.float32)
    cv2.circle(image, (int(60 * PPM), int(85 * PPM)), int(6 * PPM), dot_colour.tolist(), -1)
    image = np.clip(image, 0, 255).astype(np.uint8)
    labels = classify(image, palette)
    return image, labels, palette, (top, bottom, left, right, low, seam), dot_kind


def test_a_curled_notes_dark_lower_part_is_that_note():
    image, labels, palette, (_, bottom, left, *_), _ = _scene()
    yellow = next(k for k, c in palette.note_colors.items() if c == "yellow")
    # (its last few mm against lighter paper look like a narrow dark band, and may stay out)
    lower = (slice(bottom - int(12 * PPM), bottom - int(4 * PPM)), slice(left + 3, left + int(20 * PPM)))
    assert (labels[lower] == yellow).mean() < 0.5  # the nearest colour there is another one
    shaded_notes(image, labels, palette, PPM)
    assert (labels[lower] == yellow).mean() > 0.95


def test_paper_dots_and_a_cast_shadow_band_keep_their_class():
    image, labels, palette, (top, bottom, left, right, low, seam), dot_kind = _scene()
    yellow = next(k for k, c in palette.note_colors.items() if c == "yellow")
    before = labels.copy()
    shaded_notes(image, labels, palette, PPM)
    outside = np.ones(labels.shape, bool)
    outside[top:bottom, left:right] = False
    assert (labels[outside] == before[outside]).all()
    assert (labels[outside & (before == PAPER)] == PAPER).all()
    dot = (slice(int(82 * PPM), int(88 * PPM)), slice(int(57 * PPM), int(63 * PPM)))
    assert (labels[dot] == dot_kind).all()
    band = (slice(low + int(5 * PPM), low + int(55 * PPM)), slice(seam + 1, seam + int(3 * PPM) - 1))
    assert (labels[band] == before[band]).all() and (before[band] != yellow).all()
