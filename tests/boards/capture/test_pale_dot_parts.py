"""A dot sticker's lighter parts (lit more than the rest, or blurred with the light note it lies on) can take the
paler colour of the note of its hue: a piece of the two colours too small for a note, and mostly the dot's colour,
is a dot with its pale parts, not a dot with a hole or a bite out of it."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.dots import detect_dots
from tests.boards.capture.synthetic import green_dots_and_note

PPM = 1.5


def _mm(value: float) -> int:
    return int(round(value * PPM))


def _green(labels: np.ndarray, palette) -> list:
    return [dot for dot in detect_dots(labels, np.ones(labels.shape, bool), palette, PPM) if dot.kind == "werkplezier"]


def _near(dots: list, x_mm: float, y_mm: float) -> list:
    return [dot for dot in dots if abs(dot.center[0] - x_mm) < 4 and abs(dot.center[1] - y_mm) < 4]


def test_a_dot_with_a_pale_patch_of_the_note_colour_is_counted():
    palette, green, labels = green_dots_and_note(PPM)
    note = int(labels[_mm(98), _mm(188)])
    cv2.circle(labels, (_mm(60), _mm(110)), _mm(6), green, -1)
    # its upper left part, lit more, took the note's paler green: a patch reaching its centre and its rim
    cv2.circle(labels, (_mm(57), _mm(107)), _mm(4), note, -1)
    assert len(_near(_green(labels, palette), 60, 110)) == 1


def test_a_piece_of_a_note_with_a_speck_of_the_dot_colour_is_no_dot():
    palette, green, labels = green_dots_and_note(PPM)
    note = int(labels[_mm(98), _mm(188)])
    # a dot-sized piece of a green note that writing closes in (a letter's loop), a speck of dot green in it
    cv2.circle(labels, (_mm(100), _mm(130)), _mm(6), note, -1)
    cv2.circle(labels, (_mm(102), _mm(130)), _mm(2), green, -1)
    assert not _near(_green(labels, palette), 100, 130)


def test_a_dot_on_a_note_of_its_hue_keeps_its_size():
    palette, green, labels = green_dots_and_note(PPM)
    cv2.circle(labels, (_mm(188), _mm(98)), _mm(6), green, -1)
    found = _near(_green(labels, palette), 188, 98)
    assert len(found) == 1 and abs(found[0].diameter_mm - 12.0) < 1.5
