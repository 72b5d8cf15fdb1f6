"""A note lit past the sensor's top keeps its colour (``segment._lit_notes``).

More light on part of a note (its lit top, the rim of a highlight) makes the evened image lighter there with the
same hue: every channel grows by one gain until the strongest stops at 255. An orange note's red stops first,
its green and blue grow on, and the colour turns towards yellow; on the second `combined` photo of seed 180505
the lit top of the one 51 mm orange note read yellow, its outline lost its straight top edge, and a sure 76 mm
note was laid over it 19 mm off. The colour with red at the top fits orange at a gain that clips red, and yellow
only at a gain that leaves red well short of 255: it is orange lit."""

from __future__ import annotations

import numpy as np
import pytest

from boards.capture.segment import Palette, classify
from boards.templates import load_template
from tests.boards.capture.synthetic import KRAFT_BGR, note_class_of

YELLOW = (103, 230, 241)  # BGR: the photo's yellow notes, evened (180505 `combined` 2)
ORANGE = (68, 164, 244)  # BGR: its orange note at the peak of its colours
GAINS = np.linspace(1.0, 1.35, 36)  # the light on a note's face, from its own colour to its lit top


def _palette() -> Palette:
    from boards.capture.segment import build_palette

    palette = build_palette(load_template("ideeen-genereren"), KRAFT_BGR)
    for name, colour in (("yellow", YELLOW), ("orange", ORANGE)):
        palette.colors_bgr[palette.classes.index(note_class_of(palette, name))] = colour
    palette._lut = palette._nearest = None
    return palette


def _lit(colour: tuple[int, int, int]) -> np.ndarray:
    """A face of ``colour`` under more and more light (one row per gain, noise of a phone photo), clipped at 255."""
    rng = np.random.default_rng(3)
    face = np.array(colour, np.float64)[None, None, :] * GAINS[:, None, None] * np.ones((1, 40, 1))
    return np.clip(face + rng.normal(0, 2.0, face.shape), 0, 255).astype(np.uint8)


@pytest.mark.parametrize("name, colour", [("orange", ORANGE), ("yellow", YELLOW)])
def test_a_lit_note_keeps_its_colour(name, colour):
    palette = _palette()
    labels = classify(_lit(colour), palette)
    assert (labels == note_class_of(palette, name)).mean() > 0.97


def test_only_colours_clipped_at_the_top_change():
    palette = _palette()
    orange = note_class_of(palette, "orange")
    # red not at the top: the colour is what it is nearest (a yellow a little warm stays yellow)
    warm_yellow = np.array([[[90, 205, 238]]], np.uint8)
    assert classify(warm_yellow, palette)[0, 0] == note_class_of(palette, "yellow")
    # red at the top, green and blue in orange's proportion: orange lit
    assert classify(np.array([[[88, 205, 255]]], np.uint8), palette)[0, 0] == orange
