"""A green note under a highlight on white paper, its colours stretched back (``segment._lift_glare_on_white``):
its body in the green dots' colour, and the part nearest the highlight's core, faded further, the paper's white
from one edge inwards. Its shape had no note's body left (the white bit out of it), so it was taken for green
dots and the note was not found, the zone's green dots counted high (seed 51206, ``combined-1``). Under the
highlight bare board inside the region's own convex outline counts towards its shape."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.segment import WHITE, WHITE_PAPER_BGR, notes_in_dot_colours
from tests.boards.capture.synthetic import green_palette

PPM = 1.5
NOTE = (113, 177, 138)
DOT = (90, 185, 119)


def _scene() -> tuple[np.ndarray, np.ndarray, int, int, object]:
    """A 76 mm note in the dots' green; its middle, from its right edge to 26 mm from its left one, white."""
    palette, note_class, dot_class = green_palette(NOTE, DOT)
    image = np.full((200, 260, 3), WHITE_PAPER_BGR, np.uint8)
    labels = np.full(image.shape[:2], WHITE, np.uint8)
    side = int(round(76 * PPM))
    x, y = 60, 40
    cv2.rectangle(image, (x, y), (x + side, y + side), DOT, -1)
    labels[y : y + side, x : x + side] = dot_class
    faded = (slice(y + 20, y + side - 20), slice(x + int(26 * PPM), x + side))
    image[faded] = WHITE_PAPER_BGR
    labels[faded] = WHITE
    return image, labels, note_class, dot_class, palette


def test_a_note_faded_white_under_a_highlight_keeps_its_body():
    image, labels, note_class, _, palette = _scene()
    unsure = np.zeros(labels.shape, bool)
    unsure[20:180, 40:240] = True  # the highlight's washed-out area
    notes_in_dot_colours(image, labels, palette, PPM, unsure=unsure)
    y0, y1, x0, x1 = 42, 154, 62, 96  # (the part in colour left of the white)
    assert (labels[y0:y1, x0:x1] == note_class).mean() > 0.9


def test_outside_a_highlight_the_white_bite_still_makes_it_no_note():
    image, labels, _, dot_class, palette = _scene()
    notes_in_dot_colours(image, labels, palette, PPM)
    y0, y1, x0, x1 = 42, 154, 62, 96
    assert (labels[y0:y1, x0:x1] == dot_class).all()  # (taken for dots, as before)
