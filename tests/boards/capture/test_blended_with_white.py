"""On white paper a note under a highlight's haze shows, once the light is evened out, as its colour blended with
the paper's white: the classes may weigh that pale colour nearer white, or another pale note colour, than its own.
On the line between the paper's white and the note colour as the photo shows them, nearer the note's end, it is
that note (``notes_blended_with_white``)."""

from __future__ import annotations

import numpy as np
import pytest

from boards.capture.segment import (
    NOTE_BASE,
    WHITE_PAPER_BGR,
    Normalised,
    build_palette,
    classify,
    notes_blended_with_white,
)
from boards.colors import NOTE_COLOR_IDS, hex_to_rgb, note_color
from boards.templates import load_template

PPM = 1.5  # px per mm
YELLOW = NOTE_BASE + NOTE_COLOR_IDS.index("yellow")
PATCH = (slice(30, 330), slice(300, 600))  # the highlight's haze, px


def _bgr(hex_color: str) -> np.ndarray:
    r, g, b = hex_to_rgb(hex_color)
    return np.array([b, g, r], np.float32)


@pytest.fixture(scope="module")
def board():
    return load_template("procesplaat-1")


def _read(board, note_share: float, haze: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """A white board, evened out: a yellow note away from the highlight and one in its haze, blended with the
    paper's white so that ``note_share`` of it is the note's colour. Its labels, before and after."""
    rng = np.random.default_rng(3)
    white, yellow = np.array(WHITE_PAPER_BGR, np.float32), _bgr(note_color("yellow").hex)
    image = np.empty((360, 660, 3), np.float32)
    image[:] = white
    image[60:174, 185:299] = yellow  # (76 mm, in full colour, beside the haze)
    image[120:234, 400:514] = white + note_share * (yellow - white)
    image = np.clip(image + rng.normal(0, 1.5, image.shape), 0, 255).astype(np.uint8)
    patch = np.zeros(image.shape[:2], bool)
    if haze:
        patch[PATCH] = True
    normalised = Normalised(image, WHITE_PAPER_BGR, "white", glare=patch, unreadable=patch)
    palette = build_palette(board, WHITE_PAPER_BGR)
    labels = classify(image, palette)
    before = labels.copy()
    notes_blended_with_white(normalised, labels, palette, PPM)
    return before[120:234, 400:514], labels[120:234, 400:514]


def test_a_yellow_note_blended_with_white_in_the_haze_reads_yellow(board):
    before, after = _read(board, 0.6)
    assert (before == YELLOW).mean() < 0.5  # (the classes alone read it as another colour or white)
    assert (after == YELLOW).mean() > 0.95


def test_more_white_than_note_in_the_blend_stays_as_read(board):
    before, after = _read(board, 0.35)
    assert np.array_equal(before, after)


def test_away_from_a_highlight_a_pale_colour_stays_as_read(board):
    before, after = _read(board, 0.6, haze=False)
    assert np.array_equal(before, after)
