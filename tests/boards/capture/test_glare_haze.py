"""A note under a highlight's haze, next to its white core: evening out the light divides by the little diffuse
light left there and turns the note white; the photo, blended with white, still shows the note's hue
(``notes_in_haze``). A note of nearly the paper's hue told so over paper and reaching the core is doubtful."""

from __future__ import annotations

import numpy as np
import pytest

from boards.capture.segment import (
    NOTE_BASE,
    PAPER,
    WHITE,
    build_palette,
    classify,
    haze_hues,
    normalise_light,
    notes_in_haze,
)
from boards.colors import KRAFT_BROWN, NOTE_COLOR_IDS, hex_to_rgb, note_color
from boards.templates import load_template

PPM = 1.5  # px per mm
CORE = (200.0, 150.0)  # the highlight's centre, mm
RADIUS = 45.0  # mm
LIGHT = 0.55  # the diffuse light: a dim corner of the photo (vignetting), where a highlight outshines it most


def _bgr(hex_color: str) -> np.ndarray:
    r, g, b = hex_to_rgb(hex_color)
    return np.array([b, g, r], np.float32)


def _px(mm: float) -> int:
    return int(round(mm * PPM))


def _shine(image: np.ndarray) -> np.ndarray:
    """A highlight as the phone photos show one: the photo blended with white, to pure white over the core."""
    ys, xs = np.mgrid[0 : image.shape[0], 0 : image.shape[1]].astype(np.float32)
    d2 = ((xs / PPM - CORE[0]) ** 2 + (ys / PPM - CORE[1]) ** 2) / RADIUS**2
    strength = 1.2 * np.exp(-d2 * 0.7) + 0.25 * np.exp(-d2 * 0.1)
    white = np.minimum(strength, 1.0)[:, :, None]
    return image * (1 - white) + 255 * white + 60 * np.clip(strength - 1, 0, None)[:, :, None]


@pytest.fixture(scope="module")
def board():
    return load_template("procesplaat-1")


def _read(board, colour: str, left_mm: float):
    """A photo of kraft with a 76 mm note of ``colour`` from ``left_mm`` (its left part under the haze beside
    the core): evened out, classified, and the palette."""
    rng = np.random.default_rng(5)
    image = np.empty((_px(300), _px(420), 3), np.float32)
    image[:] = _bgr(KRAFT_BROWN) * LIGHT
    top = _px(CORE[1] - 38)
    image[top : top + _px(76), _px(left_mm) : _px(left_mm + 76)] = _bgr(note_color(colour).hex) * LIGHT
    image += rng.normal(0, 2.0, image.shape)
    photo = np.clip(_shine(image), 0, 255).astype(np.uint8)
    normalised = normalise_light(photo, np.full(photo.shape[:2], 255, np.uint8), PPM)
    palette = build_palette(board, normalised.paper_bgr).adapted(normalised.image, PPM)
    return normalised, classify(normalised.image, palette), palette


def _klass(palette, colour: str) -> int:
    return NOTE_BASE + NOTE_COLOR_IDS.index(colour)


@pytest.mark.parametrize("colour", ["blue", "green"])
def test_a_note_evened_out_to_white_beside_the_core_shows_its_hue_again(board, colour):
    normalised, labels, palette = _read(board, colour, CORE[0] + 22)
    klass = _klass(palette, colour)
    # the note's part nearest the core, still its hue in the photo (outside the core's blown white)
    band = np.s_[_px(CORE[1] - 30) : _px(CORE[1] + 30), _px(CORE[0] + 48) : _px(CORE[0] + 62)]
    assert normalised.blown is not None
    before = labels[band].copy()
    assert (before == WHITE).mean() > 0.3  # (evening out the light turned it white)
    notes_in_haze(normalised, labels, palette, PPM)
    assert (labels[band] == klass).mean() > 0.8
    # that part no longer counts as the white core, and paper around stays paper
    assert not normalised.blown[band][labels[band] == klass].any()
    paper = np.s_[_px(CORE[1] + 60) : _px(CORE[1] + 80), _px(CORE[0] - 20) : _px(CORE[0] + 20)]
    assert (labels[paper] == PAPER).mean() > 0.95


def test_the_hues_under_the_haze_worked_out_aside_follow_the_note_as_when_worked_out_in_place(board):
    """The pipeline works out what the photo shows under the haze on its worker before the classes are settled
    (``haze_hues``): they depend on the photo alone, and the note is followed alike."""
    normalised, labels, palette = _read(board, "blue", CORE[0] + 22)
    shown = haze_hues(normalised, PPM)
    assert shown is not None and shown.told.any()
    blown = normalised.blown.copy()
    aside = labels.copy()
    notes_in_haze(normalised, aside, palette, PPM, shown)
    normalised.blown, normalised.followed = blown, None
    notes_in_haze(normalised, labels, palette, PPM)
    assert (aside != classify(normalised.image, palette)).sum() > 100
    assert np.array_equal(aside, labels)
    no_haze = type(normalised)(normalised.image, normalised.paper_bgr, normalised.paper_kind)
    assert haze_hues(no_haze, PPM) is None
