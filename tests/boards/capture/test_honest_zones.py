"""Where the reader used to be silently wrong in a zone it called sure: a note in the dots' colour cut
into strips by its writing (each strip taken for dots), and a highlight on white paper that clipped
what lay under it to white (nothing faint left to find it by)."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.dots import detect_dots
from boards.capture.segment import WHITE_PAPER_BGR, classify, normalise_light, notes_in_dot_colours
from tests.boards.capture.synthetic import green_palette

PPM = 1.5
NOTE_PX = int(round(76 * PPM))
DOT_R = int(round(6 * PPM))
WRITING = (45, 40, 35)


def _written_note(image: np.ndarray, x: int, y: int, colour: tuple[int, int, int]) -> None:
    """A 76 mm note with four lines of marker writing across it, the first and last reaching past its edges."""
    cv2.rectangle(image, (x, y), (x + NOTE_PX, y + NOTE_PX), colour, -1)
    for row, (start, end) in enumerate(((-6, NOTE_PX + 6), (8, NOTE_PX - 8), (8, NOTE_PX - 20), (-4, NOTE_PX + 4))):
        yy = y + 18 + row * 26
        for xx in range(x + start, x + end, 6):  # a wavy line of handwriting, 2-3 mm thick
            cv2.line(image, (xx, yy - 3), (xx + 3, yy + 3), WRITING, 3)
            cv2.line(image, (xx + 3, yy + 3), (xx + 6, yy - 3), WRITING, 3)


def _green_dots(labels, palette) -> list[tuple[int, int]]:
    found = detect_dots(labels, np.ones(labels.shape, bool), palette, PPM)
    return sorted((round(d.center[0] * PPM), round(d.center[1] * PPM)) for d in found if d.kind == "werkplezier")


def _near(found: list[tuple[int, int]], expected: list[tuple[int, int]]) -> bool:
    return len(found) == len(expected) and all(
        any(abs(fx - ex) <= 3 and abs(fy - ey) <= 3 for fx, fy in found) for ex, ey in expected
    )


def test_a_note_in_the_dots_colour_cut_by_its_writing_is_no_row_of_dots():
    # the palette keeps note green and dot green apart, but this photo shows the note in the dots' own green
    dot = (90, 185, 119)
    palette, note_class, dot_class = green_palette((113, 177, 138), dot)
    image = np.full((240, 420, 3), WHITE_PAPER_BGR, np.uint8)
    _written_note(image, 60, 60, dot)
    standing = [(330, 60), (370, 60), (330, 160)]  # green dots on the board: they set the dots' size
    for centre in standing:
        cv2.circle(image, centre, DOT_R, dot, -1)
    on_note = (100, 195)  # a green dot stuck on the note, darker than it
    cv2.circle(image, on_note, DOT_R, (60, 150, 80), -1)
    labels = classify(image, palette)
    assert (labels[60 : 60 + NOTE_PX, 60 : 60 + NOTE_PX] == dot_class).mean() > 0.5  # the colour says: dots
    notes_in_dot_colours(image, labels, palette, PPM)
    assert labels[70, 120] == note_class
    assert _near(_green_dots(labels, palette), [*standing, on_note])


def test_a_written_note_of_the_dots_hue_keeps_the_cluster_touching_its_edge():
    # colours a dim photo mixes up: the note nearly as dark as the dots
    note, dot = (112, 183, 149), (75, 141, 86)
    palette, note_class, _ = green_palette(note, dot)
    image = np.full((260, 420, 3), WHITE_PAPER_BGR, np.uint8)
    _written_note(image, 40, 40, (95, 165, 120))  # between the two, as the blur and the light left it
    standing = [(330, 60), (370, 60)]
    cluster = [(40 + NOTE_PX + DOT_R - 2, 120), (40 + NOTE_PX + 3 * DOT_R - 4, 114), (40 + NOTE_PX + 2 * DOT_R, 136)]
    for centre in standing + cluster:  # three touching dots stuck against the note's right edge
        cv2.circle(image, centre, DOT_R, dot, -1)
    labels = classify(image, palette)
    notes_in_dot_colours(image, labels, palette, PPM)
    assert labels[70, 100] == note_class
    found = _green_dots(labels, palette)
    assert not [(x, y) for x, y in found if 40 < x < 40 + NOTE_PX - 10]  # nothing on the note
    assert len(found) == 5


def _white_board() -> tuple[np.ndarray, np.ndarray]:
    """White paper as a photo shows it a little below full white, with a green and a red dot."""
    image = np.full((420, 600, 3), (226, 228, 230), np.uint8)
    for x in range(60, 560, 80):
        cv2.circle(image, (x, 380), DOT_R, (70, 160, 80), -1)
        cv2.circle(image, (x, 40), DOT_R, (60, 60, 200), -1)
    return image, np.full(image.shape[:2], 255, np.uint8)


def test_a_highlight_that_clipped_the_white_paper_and_all_on_it_is_unreadable():
    image, valid = _white_board()
    cv2.circle(image, (300, 210), int(45 * PPM), (255, 255, 255), -1)  # nothing under it shows any more
    normalised = normalise_light(image, valid, PPM)
    assert normalised.unreadable is not None and normalised.unreadable[210, 300]
    assert not normalised.unreadable[380, 60]


def test_clipped_paper_with_notes_in_full_colour_on_it_is_read_as_usual():
    image, valid = _white_board()
    cv2.circle(image, (300, 210), int(45 * PPM), (255, 255, 255), -1)
    # only the paper clipped: the notes under the light keep their colour, so the dots there would too
    cv2.rectangle(image, (250, 160), (250 + 50, 160 + 50), (60, 60, 200), -1)
    cv2.rectangle(image, (310, 220), (310 + 50, 220 + 50), (200, 120, 50), -1)
    normalised = normalise_light(image, valid, PPM)
    assert normalised.unreadable is None or not normalised.unreadable[210, 300]


def test_a_photo_clipped_all_over_says_nothing_of_a_highlight():
    image, valid = _white_board()
    image[image.min(axis=2) > 200] = 255  # overexposed: all the paper clipped
    normalised = normalise_light(image, valid, PPM)
    assert normalised.unreadable is None or not normalised.unreadable[210, 300]


def test_writing_blurred_to_the_dots_colour_is_no_dot_a_flat_disc_is():
    # a 3 MP photo: dark writing on a green note blurs to the green of the dots, as thick as a dot is wide
    dot = (75, 150, 90)
    palette, _, dot_class = green_palette((120, 200, 150), dot)
    image = np.full((200, 360, 3), WHITE_PAPER_BGR, np.uint8)
    cv2.rectangle(image, (20, 20), (20 + NOTE_PX, 20 + NOTE_PX), (120, 200, 150), -1)
    word = np.zeros(image.shape[:2], np.uint8)
    for xx in range(40, 110, 8):  # "mmm": strokes up and down, then blurred
        cv2.line(word, (xx, 66), (xx + 4, 84), 255, 3)
        cv2.line(word, (xx + 4, 84), (xx + 8, 66), 255, 3)
    image[word > 0] = (30, 40, 30)
    image = cv2.GaussianBlur(image, (0, 0), 2.5)
    labels = classify(image, palette)
    labels[cv2.GaussianBlur(word, (0, 0), 2.5) > 40] = dot_class  # the word's blur, as the colour took it: dots
    discs = [(230, 60), (280, 60), (250, 140)]
    for centre in discs:
        cv2.circle(labels, centre, DOT_R, int(dot_class), -1)
        cv2.circle(image, centre, DOT_R, dot, -1)
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    found = detect_dots(labels, np.ones(labels.shape, bool), palette, PPM, gray=gray)
    assert _near(sorted((round(d.center[0] * PPM), round(d.center[1] * PPM)) for d in found), discs)
    # without the image's brightness, the word's blur passes for a dot
    assert len(detect_dots(labels, np.ones(labels.shape, bool), palette, PPM)) > len(discs)


def test_three_dots_of_a_notes_hue_on_its_writing_stay_three_dots():
    # colours a dim photo mixes up: the note nearly as dark as the dots; three dots in a clump on a line of
    # writing make no round spot, but they keep the dots' full colour where writing mixed into the note is dull
    note, dot = (112, 183, 149), (75, 141, 86)
    palette, note_class, _ = green_palette(note, dot)
    image = np.full((240, 360, 3), WHITE_PAPER_BGR, np.uint8)
    _written_note(image, 40, 40, note)
    standing = [(300, 60), (300, 120)]
    clump = [(90, 75), (106, 72), (98, 88)]  # on the first line of writing
    for centre in standing + clump:
        cv2.circle(image, centre, DOT_R, dot, -1)
    labels = classify(image, palette)
    notes_in_dot_colours(image, labels, palette, PPM)
    assert labels[140, 120] == note_class
    found = _green_dots(labels, palette)
    assert len([(x, y) for x, y in found if x < 200]) == 3


def test_a_note_in_the_dots_colour_with_dots_of_another_kind_biting_its_edge_is_still_a_note():
    # as above, and a row of red dots stuck over its lower edge and its right edge: they hide part of the
    # note's outline, so the note's colour and its writing alone no longer fill a rectangle
    dot = (90, 185, 119)
    palette, note_class, dot_class = green_palette((113, 177, 138), dot)
    red = next(klass for klass, kind in palette.dot_kinds.items() if kind == "werkdruk")
    red_bgr = tuple(int(c) for c in palette.colors_bgr[palette.classes.index(red)])
    image = np.full((260, 420, 3), WHITE_PAPER_BGR, np.uint8)
    _written_note(image, 60, 60, dot)
    standing = [(330, 60), (370, 60), (330, 160)]
    for centre in standing:
        cv2.circle(image, centre, DOT_R, dot, -1)
    big = int(round(10 * PPM))  # 20 mm dots
    for centre in ((60 + 60, 60 + NOTE_PX - 4), (60 + 84, 60 + NOTE_PX - 8), (60 + 106, 60 + NOTE_PX - 2)):
        cv2.circle(image, centre, big, red_bgr, -1)
    for centre in ((60 + NOTE_PX, 60 + 30), (60 + NOTE_PX - 4, 60 + 56)):
        cv2.circle(image, centre, big, red_bgr, -1)
    labels = classify(image, palette)
    assert (labels[60 : 60 + NOTE_PX, 60 : 60 + NOTE_PX] == dot_class).mean() > 0.4  # the colour says: dots
    notes_in_dot_colours(image, labels, palette, PPM)
    assert labels[70, 80] == note_class and labels[150, 90] == note_class
    assert _near(_green_dots(labels, palette), standing)
