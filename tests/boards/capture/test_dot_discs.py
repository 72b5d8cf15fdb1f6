"""Dots that show as smaller or ragged discs: a dot on a note of a contrasting colour whose rim the blur
mixed with the note's colour, a disc whose edge noise made ragged; and what is not a disc."""

from __future__ import annotations

import math

import cv2
import numpy as np

from boards.capture.dots import detect_dots
from boards.capture.segment import NOTE_BASE, PAPER, build_palette
from boards.templates import load_template
from tests.boards.capture.synthetic import green_palette, kraft_palette, note_class_of

PPM = 1.5


def _labels():
    palette = kraft_palette()
    kind = sorted(palette.dot_kinds)[0]
    return palette, kind, np.full((200, 400), PAPER, np.uint8)


def _disc(labels, kind, centre, diameter_mm):
    cv2.circle(labels, centre, int(round(diameter_mm / 2 * PPM)), int(kind), -1)


def _count(labels, palette) -> int:
    return len(detect_dots(labels, np.ones(labels.shape, bool), palette, PPM))


def test_a_dot_whose_rim_mixed_with_the_note_under_it_still_counts():
    palette, kind, labels = _labels()
    labels[20:180, 200:380] = NOTE_BASE  # a note of a contrasting colour
    for x in (40, 80, 120):  # dots on the board: they set the dots' size
        _disc(labels, kind, (x, 60), 12.0)
    # on the note only the middle of each dot keeps the dot's colour: 8 mm of its 12
    _disc(labels, kind, (250, 100), 8.0)
    _disc(labels, kind, (320, 100), 8.0)
    assert _count(labels, palette) == 5


def test_a_small_ragged_disc_counts_a_stroke_or_a_hook_of_the_dots_colour_does_not():
    palette, kind, labels = _labels()
    for x in (40, 80, 120):
        _disc(labels, kind, (x, 60), 12.0)
    # a dot on a note, its rim mixed away, with a few pixels of noise sticking out: its bounding box fills
    # much less than a disc's
    _disc(labels, kind, (250, 60), 10.0)
    labels[60, 256:260] = kind
    labels[51:54, 250] = kind
    assert _count(labels, palette) == 4
    # a short thick stroke in the dot's colour (a bit of writing): as large as a small dot, but not round
    cv2.line(labels, (200, 140), (225, 140), int(kind), 6)
    # a hook: as wide as high, but with a bay
    cv2.ellipse(labels, (320, 140), (9, 9), 0, 0, 270, int(kind), 4)
    assert _count(labels, palette) == 4


def test_a_darker_spot_on_a_note_of_its_hue_touching_writing_is_still_a_dot():
    from boards.capture.segment import _round_spots

    disc_area = math.pi * (6.0 * PPM) ** 2
    mask = np.zeros((80, 160), np.uint8)
    cv2.circle(mask, (40, 40), 9, 1, -1)
    cv2.line(mask, (49, 42), (110, 44), 1, 2)  # the blurred halo of a line of writing it touches
    spots = _round_spots(mask.astype(bool), disc_area)
    assert spots[40, 40] and spots[40, 32] and spots[32, 40]  # the dot, rim included
    assert not spots[44, 100]  # not the writing
    # a word's halo alone is no dot
    word = np.zeros((80, 160), np.uint8)
    cv2.line(word, (20, 40), (110, 44), 1, 2)
    assert not _round_spots(word.astype(bool), disc_area).any()


def test_a_dot_on_a_note_of_its_hue_joined_to_bold_blurred_writing_is_still_a_dot():
    from boards.capture.segment import WHITE_PAPER_BGR, classify, notes_in_dot_colours

    palette = build_palette(load_template("procesplaat-1"), WHITE_PAPER_BGR)
    # the colours as a dim photo showed them: the green note nearly as dark as the green dots
    note_class = note_class_of(palette, "green")
    dot_class = next(klass for klass, kind in palette.dot_kinds.items() if kind == "werkplezier")
    note, dot = (112, 183, 149), (75, 141, 86)
    palette.colors_bgr[palette.classes.index(note_class)] = note
    palette.colors_bgr[palette.classes.index(dot_class)] = dot
    palette._lut = palette._nearest = None
    image = np.full((240, 320, 3), WHITE_PAPER_BGR, np.uint8)
    cv2.rectangle(image, (40, 40), (40 + 150, 40 + 150), note, -1)
    # a line of bold marker writing, smeared by the blur into a band of ink mixed with the note: as dark as
    # the dot, duller than the note, thicker than a pen's halo; the dot sits on it
    cv2.rectangle(image, (55, 96), (175, 106), (70, 125, 88), -1)
    cv2.circle(image, (110, 100), 9, dot, -1)
    labels = classify(image, palette)
    notes_in_dot_colours(image, labels, palette, PPM)
    assert labels[100, 110] == dot_class
    dots = detect_dots(labels, np.ones(labels.shape, bool), palette, PPM)
    assert [(round(d.center[0] * PPM), round(d.center[1] * PPM)) for d in dots] == [(110, 100)]


def _written_note(image, x, y, side_px, pad, stripes_every=15, stroke_px=6):
    """A note of colour ``pad`` with lines of bold marker writing from edge to edge."""
    cv2.rectangle(image, (x, y), (x + side_px, y + side_px), pad, -1)
    for row in range(y + 10, y + side_px - 4, stripes_every):
        cv2.rectangle(image, (x, row), (x + side_px, row + stroke_px - 1), (30, 30, 30), -1)


def test_dots_on_a_written_note_of_a_distinct_green_stay_dots():
    from boards.capture.segment import WHITE_PAPER_BGR, classify, notes_in_dot_colours

    # a light green note with writing and a row of touching dots on a line of it, in the dots' darker green:
    # the colours tell them apart, the shape of the dots does not
    note, dot = (116, 226, 154), (81, 161, 84)
    palette, note_class, dot_class = green_palette(note, dot)
    image = np.full((220, 220, 3), WHITE_PAPER_BGR, np.uint8)
    _written_note(image, 40, 40, 114, note, stripes_every=22, stroke_px=5)
    for x in (70, 84, 98):
        cv2.circle(image, (x, 118), 9, dot, -1)  # overlapping, on a line of writing
    labels = classify(image, palette)
    notes_in_dot_colours(image, labels, palette, PPM)
    assert all(labels[118, x] == dot_class for x in (70, 84, 98))
    assert labels[60, 140] == note_class
