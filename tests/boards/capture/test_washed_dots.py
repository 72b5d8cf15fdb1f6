"""Dots that light washed out to a note's pale colour (under a highlight's halo, overexposed) are still dots:
no note is a disc of a dot's size standing alone on the board."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.dots import detect_dots
from boards.capture.segment import WHITE_PAPER_BGR, build_palette, classify, washed_dots
from boards.templates import load_template

PPM = 1.5


def _bgr(lab: tuple[int, int, int]) -> tuple[int, int, int]:
    return tuple(int(v) for v in cv2.cvtColor(np.array([[lab]], np.uint8), cv2.COLOR_LAB2BGR)[0, 0])


def _scene():
    palette = build_palette(load_template("procesplaat-1"), WHITE_PAPER_BGR)
    image = np.full((240, 480, 3), WHITE_PAPER_BGR, np.uint8)
    radius = int(round(6 * PPM))
    green, red = _bgr((150, 82, 166)), _bgr((132, 193, 171))  # the dots as printed (werkplezier, werkdruk)
    for x in (40, 80, 120):  # dots in full colour: they set the dots' size
        cv2.circle(image, (x, 40), radius, green, -1)
        cv2.circle(image, (x, 80), radius, red, -1)
    # the same dots washed out, as a photo showed them beside a highlight: a light green, a light red
    cv2.circle(image, (60, 160), radius, _bgr((191, 106, 143)), -1)
    cv2.circle(image, (120, 160), radius, _bgr((183, 149, 140)), -1)
    # a green note (76 mm) with a dot-sized round piece of it that writing closes in (a letter's loop)
    note = _bgr((206, 101, 165))
    cv2.rectangle(image, (250, 40), (250 + 114, 40 + 114), note, -1)
    cv2.circle(image, (300, 90), radius + 3, (40, 40, 40), 4)
    return image, palette


def _counts(labels, palette) -> dict[str, int]:
    counts: dict[str, int] = {}
    for dot in detect_dots(labels, np.ones(labels.shape, bool), palette, PPM):
        counts[dot.kind] = counts.get(dot.kind, 0) + 1
    return counts


def test_a_washed_out_dot_alone_on_the_board_counts_as_a_dot_of_its_hue():
    image, palette = _scene()
    labels = classify(image, palette)
    # colour alone calls the washed dots note colours
    assert _counts(labels, palette) == {"werkplezier": 3, "werkdruk": 3}
    washed_dots(image, labels, palette, PPM)
    assert _counts(labels, palette) == {"werkplezier": 4, "werkdruk": 4}


def test_a_note_and_a_piece_of_a_note_between_its_writing_stay_notes():
    image, palette = _scene()
    labels = classify(image, palette)
    note = labels[40:155, 250:365].copy()
    washed_dots(image, labels, palette, PPM)
    assert np.array_equal(labels[40:155, 250:365], note)


def test_a_washed_out_dot_that_kept_its_colour_in_a_part_counts_as_one_dot():
    image, palette = _scene()
    radius = int(round(6 * PPM))
    # a green dot washed out but for its right edge (lit unevenly): a light green disc with a cap of the dot's green
    disc = np.zeros(image.shape[:2], np.uint8)
    cv2.circle(disc, (180, 160), radius, 1, -1)
    columns = np.arange(image.shape[1])[None, :].repeat(image.shape[0], axis=0)
    image[(disc > 0) & (columns < 184)] = _bgr((191, 106, 143))
    image[(disc > 0) & (columns >= 184)] = _bgr((150, 82, 166))
    labels = classify(image, palette)
    washed_dots(image, labels, palette, PPM)
    assert _counts(labels, palette) == {"werkplezier": 5, "werkdruk": 4}


def test_a_washed_out_dot_with_a_ragged_rim_counts_as_a_dot():
    # the blur and the light leave a washed dot's rim partly the paper's colour: ragged, it fills its bounding box
    # less than a clean disc does (on a photo: 0.66 of it for a 15 mm dot)
    image, palette = _scene()
    radius = int(round(6 * PPM))
    centre = (180, 160)
    cv2.circle(image, centre, radius, _bgr((191, 106, 143)), -1)
    # (bites out of its rim, as the paper's colour)
    for angle in (0, 70, 150, 220, 290):
        bite = (
            int(round(centre[0] + radius * np.cos(np.radians(angle)))),
            int(round(centre[1] + radius * np.sin(np.radians(angle)))),
        )
        cv2.circle(image, bite, 2, WHITE_PAPER_BGR, -1)
    labels = classify(image, palette)
    ys, xs = np.nonzero(labels[160 - 12 : 160 + 13, 180 - 12 : 180 + 13] == labels[160, 180])
    area, box = len(xs), (np.ptp(xs) + 1) * (np.ptp(ys) + 1)
    assert 0.62 <= area / box < 0.68  # (a disc, ragged)
    washed_dots(image, labels, palette, PPM)
    assert _counts(labels, palette) == {"werkplezier": 5, "werkdruk": 4}
