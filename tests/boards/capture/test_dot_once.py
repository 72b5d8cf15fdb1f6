"""One sticker is one dot, however many pieces or candidate circles of its colour show it: of two dots of one colour
closer than stickers ever lie (``ONE_DISC`` radii), the less sure one is dropped."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.dots import ONE_DISC, _one_per_disc, detect_dots
from tests.boards.capture.synthetic import green_dots_and_note

PPM = 1.5


def _mm(value: float) -> int:
    return int(round(value * PPM))


def test_a_dot_with_the_fringe_of_writing_running_off_it_is_counted_once():
    palette, green, labels = green_dots_and_note(PPM)

    cv2.circle(labels, (_mm(180), _mm(100)), _mm(6), int(green), -1)
    # a line of writing under the dot, its blurred fringe in the dot's colour, 6 mm wide, running off to the right
    labels[_mm(104) : _mm(110), _mm(180) : _mm(215)] = green
    dots = detect_dots(labels, np.ones(labels.shape, bool), palette, PPM)
    on_note = [dot for dot in dots if dot.center[0] > 100]
    assert len(on_note) == 1
    assert abs(on_note[0].center[0] - 180) < 3 and abs(on_note[0].center[1] - 100) < 3


def test_of_two_centres_of_one_disc_the_surer_stays_and_the_order_is_kept():
    radius = 9.0
    found = [((10.0, 10.0), 1.0), ((100.0, 10.0), 0.6), ((100.0 + 0.8 * radius, 10.0), 0.9), ((200.0, 10.0), 1.0)]
    assert _one_per_disc(found, radius) == [found[0], found[2], found[3]]


def test_overlapping_stickers_stay_two_dots():
    radius = 9.0
    # two stickers overlapping by 30 % of their width: centres 1.4 radii apart
    found = [((50.0, 50.0), 1.0), ((50.0 + 1.4 * radius, 50.0), 0.5)]
    assert ONE_DISC < 1.4
    assert _one_per_disc(found, radius) == found
