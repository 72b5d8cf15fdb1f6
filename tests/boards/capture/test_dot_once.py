"""One sticker is one dot, however many pieces or candidate circles of its colour show it: of two dots of one colour
closer than stickers ever lie (``ONE_DISC`` radii, as measured), the less sure one is dropped."""

from __future__ import annotations

import numpy as np

import boards.capture.dots as dots_module
from boards.capture.dots import ONE_DISC, _one_per_disc, detect_dots
from tests.boards.capture.synthetic import green_dots_and_note

PPM = 1.5


def test_a_sticker_the_circle_search_finds_twice_is_counted_once(monkeypatch):
    palette, _, labels = green_dots_and_note(PPM)
    search = dots_module._circles

    def twice(regions, *args):
        # as on photos where a sticker's colour runs on into the blurred fringe of the writing under it: a second
        # centre a few mm from the first in the same piece
        found, rest = search(regions, *args)
        if not found:
            return found, rest
        (x, y), _ = found[0]
        return [*found, ((x + 5.0, y + 4.0), 0.7)], rest

    monkeypatch.setattr(dots_module, "_circles", twice)
    dots = detect_dots(labels, np.ones(labels.shape, bool), palette, PPM)
    assert sorted(round(dot.center[0]) for dot in dots) == [20, 45, 70]
    assert all(dot.confidence == 1.0 for dot in dots)


def test_of_two_centres_of_one_disc_the_surer_stays_and_the_order_is_kept():
    radius = 9.0
    found = [((10.0, 10.0), 1.0), ((100.0, 10.0), 0.6), ((100.0 + 0.8 * radius, 10.0), 0.9), ((200.0, 10.0), 1.0)]
    assert _one_per_disc(found, radius) == [found[0], found[2], found[3]]


def test_overlapping_stickers_stay_two_dots():
    radius = 9.0
    # two stickers overlapping by 30 % of their width: centres 1.4 radii apart (blur widens the radius measured, so
    # on a photo they lie closer in its terms: the closest real pair on the benchmark's photos, 0.91 radii apart,
    # benchmarks/capture_dots.py)
    found = [((50.0, 50.0), 1.0), ((50.0 + 0.91 * radius, 50.0), 0.5)]
    assert ONE_DISC < 0.91
    assert _one_per_disc(found, radius) == found
