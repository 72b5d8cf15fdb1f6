"""A dot in a cluster of touching or overlapping dots shows little of its own circle as edge: its neighbours of
its colour lie against it and dots of another colour on it. Where neither lies, its circle is still edge, and
much of its disc lies outside the other dots' discs: it is one more dot (``dots._hidden_in_cluster``). A centre
between two dots, with their discs over most of its own, is not."""

from __future__ import annotations

import math

import cv2
import numpy as np

from boards.capture.dots import _hidden_in_cluster, detect_dots
from boards.capture.segment import PAPER
from tests.boards.capture.synthetic import kraft_palette

PPM = 1.5
DOT_MM = 18.0


def _px(value_mm: float) -> int:
    return int(round(value_mm * PPM))


def _disc(labels: np.ndarray, klass: int, x_mm: float, y_mm: float) -> None:
    cv2.circle(labels, (_px(x_mm), _px(y_mm)), _px(DOT_MM / 2), int(klass), -1)


def _scene() -> tuple:
    """Kraft paper with a row of lone dots of both kinds (they set the dots' size): ``palette, red, green,
    labels``."""
    palette = kraft_palette()
    red, green = sorted(palette.dot_kinds)[:2]
    labels = np.full((_px(160), _px(220)), PAPER, np.uint8)
    for index, x in enumerate(range(20, 200, 30)):
        _disc(labels, red if index % 2 else green, x, 20)
    return palette, red, green, labels


def _count(labels: np.ndarray, palette, klass: int, x_mm: float, y_mm: float, within_mm: float) -> int:
    found = detect_dots(labels, np.ones(labels.shape, bool), palette, PPM)
    kind = palette.dot_kinds[klass]
    return sum(
        1 for dot in found if dot.kind == kind and math.hypot(dot.center[0] - x_mm, dot.center[1] - y_mm) < within_mm
    )


MIDDLE = (100.0, 100.0)  # mm: the dot in the middle of a cluster
TOUCHING_MM = 17.5  # centre to centre of two 18 mm dots touching
OVER_MM = 13.0  # centre to centre of a dot lying over the middle one


def _from_middle(angle: float, distance_mm: float) -> tuple[float, float]:
    """The point ``distance_mm`` from the middle dot's centre at ``angle`` (degrees)."""
    return (
        MIDDLE[0] + distance_mm * math.cos(math.radians(angle)),
        MIDDLE[1] + distance_mm * math.sin(math.radians(angle)),
    )


def _middle_dot(neighbours: tuple[float, ...], over: tuple[float, ...]) -> tuple:
    """A red dot in the middle with red dots touching it at the angles ``neighbours`` (degrees) and green dots
    lying over it at the angles ``over``: ``palette, red, green, labels``."""
    palette, red, green, labels = _scene()
    for angle in neighbours:
        _disc(labels, red, *_from_middle(angle, TOUCHING_MM))
    _disc(labels, red, *MIDDLE)
    for angle in over:
        _disc(labels, green, *_from_middle(angle, OVER_MM))
    return palette, red, green, labels


def test_a_dot_hidden_among_its_neighbours_and_under_dots_of_another_colour_is_counted():
    # three red dots touching in a column, two green dots lying over the middle one on either side
    palette, red, green, labels = _middle_dot((-90.0, 90.0), (-30.0, 150.0))
    assert _count(labels, palette, red, *MIDDLE, within_mm=5.0) == 1
    assert _count(labels, palette, red, *MIDDLE, within_mm=30.0) == 3
    assert _count(labels, palette, green, *MIDDLE, within_mm=30.0) == 2


def test_a_dot_with_its_neighbours_all_round_is_counted_by_the_fifth_of_its_circle_that_shows():
    # three red dots touching the middle one all round, two green dots lying over it between them: only two
    # short arcs of its circle are clear of them
    palette, red, _, labels = _middle_dot((-90.0, 30.0, 150.0), (-30.0, 90.0))
    assert _count(labels, palette, red, *MIDDLE, within_mm=5.0) == 1
    assert _count(labels, palette, red, *MIDDLE, within_mm=30.0) == 4


def test_two_overlapping_dots_are_two_not_three():
    palette, red, _, labels = _scene()
    # two dots overlapping by a third of their width: the centre between them has their discs over it
    _disc(labels, red, 90.0, 100.0)
    _disc(labels, red, 102.0, 100.0)
    _disc(labels, red, 96.0, 110.0)  # a third one below, touching both
    assert _count(labels, palette, red, 96.0, 103.0, within_mm=20.0) == 3


def test_a_lump_between_two_touching_dots_is_no_third_dot():
    # two touching dots with the waist between them filled as wide as a dot (the blur with a note of their hue
    # around them): where neither dot's disc lies, a circle midway is edge, but their discs cover most of it
    radius = DOT_MM / 2 * PPM
    own = np.zeros((_px(60), _px(80)), np.uint8)
    left, right = (_px(40) - radius, _px(30)), (_px(40) + radius, _px(30))
    for x, y in (left, right):
        cv2.circle(own, (int(round(x)), y), int(round(radius)), 1, -1)
    cv2.rectangle(
        own,
        (int(round(left[0])), int(round(_px(30) - radius))),
        (int(round(right[0])), int(round(_px(30) + radius))),
        1,
        -1,
    )
    accepted = [(left[0], float(left[1]), 1.0), (right[0], float(right[1]), 1.0)]
    midway = [(float(_px(40)), float(_px(30)))]
    assert not _hidden_in_cluster(own, own, (0, 0), midway, accepted, radius, None)
