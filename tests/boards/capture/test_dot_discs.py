"""Dots that show as smaller or ragged discs: a dot on a note of a contrasting colour whose rim the blur
mixed with the note's colour, a disc whose edge noise made ragged; and what is not a disc."""

from __future__ import annotations

import math

import cv2
import numpy as np

from boards.capture.dots import detect_dots
from boards.capture.segment import NOTE_BASE, PAPER, build_palette
from boards.templates import load_template

PPM = 1.5


def _labels():
    palette = build_palette(load_template("procesplaat-1"), (122, 165, 200))
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
    note_class = next(klass for klass, color in palette.note_colors.items() if color == "green")
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


def _green_palette(note, dot):
    from boards.capture.segment import WHITE_PAPER_BGR

    palette = build_palette(load_template("procesplaat-1"), WHITE_PAPER_BGR)
    note_class = next(klass for klass, color in palette.note_colors.items() if color == "green")
    dot_class = next(klass for klass, kind in palette.dot_kinds.items() if kind == "werkplezier")
    palette.colors_bgr[palette.classes.index(note_class)] = note
    palette.colors_bgr[palette.classes.index(dot_class)] = dot
    palette._lut = palette._nearest = None
    return palette, note_class, dot_class


def _written_note(image, x, y, side_px, pad, stripes_every=15, stroke_px=6):
    """A note of colour ``pad`` with lines of bold marker writing from edge to edge."""
    cv2.rectangle(image, (x, y), (x + side_px, y + side_px), pad, -1)
    for row in range(y + 10, y + side_px - 4, stripes_every):
        cv2.rectangle(image, (x, row), (x + side_px, row + stroke_px - 1), (30, 30, 30), -1)


def test_a_written_note_whose_pad_reads_as_the_dots_colour_is_a_note_not_dots():
    from boards.capture.segment import WHITE_PAPER_BGR, classify, notes_in_dot_colours

    # colours as a photo showed them: the references apart (more than a dot and a note usually are alike),
    # but this note's pad, darker than the others, nearer the dots' colour than its own
    note, dot = (113, 177, 138), (90, 185, 119)
    palette, note_class, dot_class = _green_palette(note, dot)
    image = np.full((260, 420, 3), WHITE_PAPER_BGR, np.uint8)
    _written_note(image, 40, 40, 114, (92, 184, 120))  # 76 mm: the writing cuts it in stripes of 6 mm
    _written_note(image, 240, 40, 76, (92, 184, 120))  # 51 mm
    cv2.circle(image, (120, 214), 9, dot, -1)  # a dot on the board, against the note's lower edge
    for x in (300, 340):
        cv2.circle(image, (x, 200), 9, dot, -1)  # dots on the board
    labels = classify(image, palette)
    assert (labels[40:154, 40:154] == dot_class).mean() > 0.3  # colour alone calls the notes dots
    notes_in_dot_colours(image, labels, palette, PPM)
    for window in ((slice(40, 154), slice(40, 154)), (slice(40, 116), slice(240, 316))):
        assert not (labels[window] == dot_class).any()
        assert (labels[window] == note_class).mean() > 0.5
    dots = detect_dots(labels, np.ones(labels.shape, bool), palette, PPM)
    assert sorted((round(d.center[0] * PPM), round(d.center[1] * PPM)) for d in dots) == [
        (120, 214),
        (300, 200),
        (340, 200),
    ]


def test_dots_on_a_written_note_of_a_distinct_green_stay_dots():
    from boards.capture.segment import WHITE_PAPER_BGR, classify, notes_in_dot_colours

    # a light green note with writing and a row of touching dots on a line of it, in the dots' darker green:
    # the colours tell them apart, the shape of the dots does not
    note, dot = (116, 226, 154), (81, 161, 84)
    palette, note_class, dot_class = _green_palette(note, dot)
    image = np.full((220, 220, 3), WHITE_PAPER_BGR, np.uint8)
    _written_note(image, 40, 40, 114, note, stripes_every=22, stroke_px=5)
    for x in (70, 84, 98):
        cv2.circle(image, (x, 118), 9, dot, -1)  # overlapping, on a line of writing
    labels = classify(image, palette)
    notes_in_dot_colours(image, labels, palette, PPM)
    assert all(labels[118, x] == dot_class for x in (70, 84, 98))
    assert labels[60, 140] == note_class


def test_a_notes_body_leaves_out_the_dots_stuck_to_its_edge():
    from boards.capture.segment import _note_body

    blob = np.zeros((200, 200), np.uint8)
    cv2.rectangle(blob, (40, 40), (40 + 76, 40 + 76), 1, -1)  # a 51 mm note
    for centre in ((40 + 76 + 7, 60), (70, 40 + 76 + 8), (40 + 76 + 6, 40 + 76 + 6)):
        cv2.circle(blob, centre, 9, 1, -1)  # dots against its edges and on its corner
    min_area = 1500.0 * PPM * PPM
    body, _ = _note_body(blob, PPM, min_area)
    assert body is not None
    assert body[78, 78] and body[42, 42] and body[114, 114]
    assert not body[60, 130] and not body[130, 70]
    # a cluster of dots is no note
    cluster = np.zeros((200, 200), np.uint8)
    for centre in ((60, 60), (78, 60), (96, 60), (69, 76), (87, 76), (60, 92), (78, 92), (96, 92)):
        cv2.circle(cluster, centre, 9, 1, -1)
    assert _note_body(cluster, PPM, min_area)[0] is None


def test_patches_of_a_note_in_the_dots_colour_are_stripes_or_large_dots_and_rims_are_not():
    from boards.capture.segment import _note_patches

    disc_area = math.pi * (6.0 * PPM) ** 2
    dotted = np.zeros((160, 200), np.uint8)
    cv2.rectangle(dotted, (10, 10), (10 + 110, 10 + 12), 1, -1)  # a stripe between two lines of writing
    for x in (30, 48, 66):
        cv2.circle(dotted, (x, 80), 9, 1, -1)  # three touching dots in a row
    cv2.rectangle(dotted, (10, 120), (130, 122), 1, -1)  # the thin rim of a line of writing
    patches = _note_patches(dotted.astype(bool), disc_area, PPM)
    assert patches[16, 60] and not patches[80, 48] and not patches[121, 60]


def test_the_blurred_rims_of_writing_and_of_a_notes_edge_are_no_note_of_the_dots_colour():
    from boards.capture.segment import classify, notes_in_dot_colours

    # a yellow note whose edge and two lines of writing blur to a rim of the green dots' colour: together,
    # with the writing bridged, they outline a rectangle, but that rectangle shows yellow, not green (the
    # green note and dot colours alike enough to be settled by shape alone)
    note, dot = (110, 180, 135), (98, 184, 124)
    palette, note_class, _ = _green_palette(note, dot)
    image = np.full((220, 220, 3), (122, 165, 200), np.uint8)
    cv2.rectangle(image, (40, 40), (154, 154), (98, 216, 235), -1)
    cv2.rectangle(image, (40, 40), (154, 154), dot, 3)
    for row in (80, 120):
        cv2.rectangle(image, (44, row - 4), (150, row + 4), dot, -1)
        cv2.rectangle(image, (44, row - 1), (150, row + 1), (30, 30, 30), -1)
    labels = classify(image, palette)
    before = labels.copy()
    notes_in_dot_colours(image, labels, palette, PPM)
    assert not ((labels == note_class) & (before != note_class)).any()
