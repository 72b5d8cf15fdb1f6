"""A lump of a dot colour the circles do not explain leaves its zone's count unvouched for when it is crooked (dots
in a cluster that a note of their hue took bites of), not when its thick core is a straight strip (a short shaded
end of a note of the dots' hue)."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.dots import detect_dots
from tests.boards.capture.synthetic import green_dots_and_note

PPM = 1.5


def _mm(value: float) -> int:
    return int(round(value * PPM))


def _report(labels, palette):
    return detect_dots(labels, np.ones(labels.shape, bool), palette, PPM, report=True)


def test_a_crooked_lump_of_the_dots_colour_on_a_note_of_their_hue_is_unresolved():
    palette, green, labels = green_dots_and_note(PPM)
    # a cluster of dots on the note of which the note's colour took the middle: a thick, bent piece, no disc in it
    cv2.ellipse(labels, (_mm(188), _mm(98)), (_mm(11), _mm(11)), 0, 40, 320, int(green), _mm(7))
    report = _report(labels, palette)
    assert len(report.dots) == 3
    assert len(report.unresolved) == 1
    x, y = report.unresolved[0]
    assert 170 < x < 200 and 85 < y < 112


def test_a_short_straight_shaded_end_of_a_note_of_the_dots_hue_is_no_missed_dot():
    palette, green, labels = green_dots_and_note(PPM)
    # a small note's lower end curled into the shade: a strip of the dots' colour, too short for a band
    labels[_mm(130) : _mm(136), _mm(160) : _mm(190)] = green
    report = _report(labels, palette)
    assert len(report.dots) == 3
    assert not report.unresolved
