"""The palette moves a note colour only to a cluster the photo shows of it (``Palette.adapted``, ``_borrowed``).

Curled yellow notes shade towards their lower edge, warmer and darker. On a board without orange notes the
pixels nearest orange are those shaded edges: k-means moved orange onto them, and then the shaded halves of
the yellow notes read orange. Orange has no cluster of its own there, only the slope of yellow's, so it
keeps its colour; where orange notes are on the board it still moves to them."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from boards.capture.segment import Palette, build_palette, classify, normalise_light, quantised_index
from boards.colors import KRAFT_BROWN, hex_to_rgb, note_color
from boards.templates import load_template
from tests.boards.capture.synthetic import note_class_of

PPM = 1.5  # px per mm
NOTE_MM = 76.0
LIT_YELLOW = (106, 224, 238)  # BGR: a yellow note in this photo's light
SHADED_YELLOW = (84, 168, 190)  # BGR: its curled lower edge, darker and warmer
SHADE_FROM = 0.4  # share of the note's height from its top where the shade begins


def _px(mm: float) -> int:
    return int(round(mm * PPM))


def _bgr(hex_color: str) -> np.ndarray:
    r, g, b = hex_to_rgb(hex_color)
    return np.array([b, g, r], np.float32)


def _curled_yellow(image: np.ndarray, x_mm: float, y_mm: float) -> None:
    """A yellow note, its lower part shading to ``SHADED_YELLOW`` towards its edge."""
    side = _px(NOTE_MM)
    down = np.clip((np.arange(side) / side - SHADE_FROM) / (1 - SHADE_FROM), 0, 1)[:, None, None]
    lit, shaded = np.array(LIT_YELLOW, np.float32), np.array(SHADED_YELLOW, np.float32)
    image[_px(y_mm) : _px(y_mm) + side, _px(x_mm) : _px(x_mm) + side] = lit * (1 - down) + shaded * down


def _scene(orange_notes: int) -> tuple[np.ndarray, np.ndarray, Palette, Palette]:
    """Kraft with twelve curled yellow notes and ``orange_notes`` orange ones, evened out: the image, the yellow
    notes' insides (bool), and the palette as built and as adapted to the photo."""
    rng = np.random.default_rng(7)
    image = np.empty((_px(560), _px(760), 3), np.float32)
    image[:] = _bgr(KRAFT_BROWN)
    yellow = np.zeros(image.shape[:2], bool)
    for column in range(6):
        for row in range(2):
            x, y = 20 + 120 * column, 30 + 200 * row
            _curled_yellow(image, x, y)
            yellow[_px(y) + 3 : _px(y + NOTE_MM) - 3, _px(x) + 3 : _px(x + NOTE_MM) - 3] = True
    for column in range(orange_notes):
        x = 20 + 120 * column
        image[_px(440) : _px(440 + NOTE_MM), _px(x) : _px(x + NOTE_MM)] = _bgr(note_color("orange").hex) * 0.9
    image += rng.normal(0, 3.0, image.shape)
    photo = np.clip(image, 0, 255).astype(np.uint8)
    normalised = normalise_light(photo, np.full(photo.shape[:2], 255, np.uint8), PPM)
    start = build_palette(load_template("ideeen-genereren"), normalised.paper_bgr)
    return (
        normalised.image,
        yellow,
        start,
        start.adapted(normalised.image, PPM, index=quantised_index(normalised.image)),
    )


def _colour(palette: Palette, name: str) -> tuple[int, int, int]:
    return palette.colors_bgr[palette.classes.index(note_class_of(palette, name))]


def test_without_orange_notes_the_shaded_yellow_edges_do_not_pull_orange_to_them():
    image, yellow, start, adapted = _scene(orange_notes=0)
    assert _colour(adapted, "orange") == _colour(start, "orange")
    assert _colour(adapted, "yellow") != _colour(start, "yellow")  # (yellow itself moves to the photo's yellow)
    labels = classify(image, adapted)
    assert (labels[yellow] == note_class_of(adapted, "yellow")).mean() > 0.95
    assert (labels[yellow] == note_class_of(adapted, "orange")).mean() < 0.02


@pytest.mark.parametrize("orange_notes", [2, 6])
def test_orange_notes_on_the_board_still_move_orange_to_their_colour(orange_notes):
    image, _, start, adapted = _scene(orange_notes)
    photo_orange = tuple(int(v) for v in _bgr(note_color("orange").hex) * 0.9)
    moved = np.abs(np.subtract(_colour(adapted, "orange"), photo_orange)).max()
    assert _colour(adapted, "orange") != _colour(start, "orange")
    assert moved < np.abs(np.subtract(_colour(start, "orange"), photo_orange)).max()
    assert cv2.countNonZero((classify(image, adapted) == note_class_of(adapted, "orange")).view(np.uint8)) > 0
