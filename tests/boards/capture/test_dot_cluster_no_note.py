"""A cluster of large dots (18 mm, five of them overlapping) on a note of another colour, joined by the note's
writing, fills a square of 30 mm: it is no note in the dots' colour (a note's body is larger than that), and its
dots keep their colour."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.dots import detect_dots
from boards.capture.segment import classify, notes_in_dot_colours
from tests.boards.capture.synthetic import KRAFT_BGR, kraft_palette, note_class_of

PPM = 1.5
DOT_R = int(round(9 * PPM))  # 18 mm dots
WRITING = (160, 60, 40)  # blue ballpoint


def _colour(palette, klass: int) -> tuple[int, int, int]:
    return tuple(int(v) for v in palette.colors_bgr[palette.classes.index(klass)])


def _scene():
    palette = kraft_palette()
    red = next(klass for klass, kind in palette.dot_kinds.items() if kind == "werkdruk")
    image = np.full((260, 440, 3), KRAFT_BGR, np.uint8)
    # a pink note (76 mm) with four lines of writing across it
    x0, y0, side = 40, 40, int(round(76 * PPM))
    image[y0 : y0 + side, x0 : x0 + side] = _colour(palette, note_class_of(palette, "pink"))
    for row in range(4):
        y = y0 + 20 + row * 24
        for x in range(x0 + 8, x0 + side - 10, 6):
            cv2.line(image, (x, y - 3), (x + 3, y + 3), WRITING, 2)
            cv2.line(image, (x + 3, y + 3), (x + 6, y - 3), WRITING, 2)
    cluster = [(92, 82), (122, 82), (92, 112), (122, 112), (107, 97)]  # five dots overlapping on its writing
    standing = [(300, 60), (360, 60), (330, 160)]  # dots on the board: they set the dots' size
    for centre in cluster + standing:
        cv2.circle(image, centre, DOT_R, _colour(palette, red), -1)
    return palette, red, image, cluster, standing


def test_a_cluster_of_large_dots_on_a_written_note_stays_dots():
    palette, red, image, cluster, standing = _scene()
    labels = classify(image, palette)
    notes_in_dot_colours(image, labels, palette, PPM)
    middle = np.zeros(labels.shape, np.uint8)
    for x, y in cluster:
        cv2.circle(middle, (x, y), DOT_R - 3, 1, -1)
    assert (labels[middle > 0] == red).mean() > 0.9
    found = [dot for dot in detect_dots(labels, np.ones(labels.shape, bool), palette, PPM) if dot.kind == "werkdruk"]
    assert len(found) >= len(standing) + 4
