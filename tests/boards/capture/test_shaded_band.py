"""The curled, shaded lower part of a note of a dot's hue takes the dot's colour as a straight band along the
note: it is no row of dots. Dots in a row along writing, joined by its blurred fringe, still count; so do a row of
dots on the paper or across a note of another hue and a dot on a note of its hue that the colours read in
speckles."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture import CaptureOptions, capture_photos
from boards.capture.dots import detect_dots
from tests.boards.capture.synthetic import Dot, Note, Scene, green_dots_and_note, note_class_of, photograph

PPM = 1.5


def _mm(value: float) -> int:
    return int(round(value * PPM))


def _disc(labels, kind, centre_mm, diameter_mm=12.0):
    cv2.circle(labels, (_mm(centre_mm[0]), _mm(centre_mm[1])), _mm(diameter_mm / 2), int(kind), -1)


def _report(labels, palette):
    """What ``detect_dots`` finds everywhere in ``labels``: its dots and the pieces it leaves unexplained."""
    return detect_dots(labels, np.ones(labels.shape, bool), palette, PPM, report=True)


def _count(labels, palette) -> int:
    return len(_report(labels, palette).dots)


def _assert_no_dot_in_the_shade(palette, green, labels, above: tuple[float, float]) -> None:
    """No dot but the three standing alone; a dot on the note at ``above`` (mm), over the shade, still counts."""
    assert _count(labels, palette) == 3
    _disc(labels, green, above)
    assert _count(labels, palette) == 4


def test_the_shaded_lower_part_of_a_note_of_the_dots_hue_is_no_row_of_dots():
    palette, green, labels = green_dots_and_note(PPM)
    # the green note's lower 14 mm curled and shaded to the dots' green; its upper edge ragged as the shade's
    # edge is
    labels[_mm(122) : _mm(136), _mm(150) : _mm(226)] = green
    for x in range(152, 224, 6):
        labels[_mm(120) : _mm(122), _mm(x) : _mm(x + 3)] = green
    _assert_no_dot_in_the_shade(palette, green, labels, (190, 85))


def test_a_shaded_edge_narrowed_where_the_curl_lifts_less_is_still_a_band():
    palette, green, labels = green_dots_and_note(PPM)
    # the green note's shaded lower edge 11 mm wide, narrowed to 5 mm over 10 mm where its curl lifts less: the
    # smallest dot's disc breaks it there into a 40 mm and a 30 mm length, each alone too short or too small
    # for a band
    labels[_mm(124) : _mm(135), _mm(150) : _mm(226)] = green
    labels[_mm(124) : _mm(130), _mm(190) : _mm(200)] = note_class_of(palette, "green")
    _assert_no_dot_in_the_shade(palette, green, labels, (175, 85))


def test_dots_in_a_row_joined_by_a_strip_of_shade_are_no_band():
    palette, green, labels = green_dots_and_note(PPM)
    # three dots 20 mm apart on the note's lower edge, joined by a 5 mm strip of its shade: together they lie along
    # one line, but the discs that fit are the dots themselves, no lengths of a band
    labels[_mm(128) : _mm(133), _mm(160) : _mm(200)] = green
    for x in (160, 180, 200):
        _disc(labels, green, (x, 130))
    report = _report(labels, palette)
    assert len(report.dots) == 6 and not report.unresolved


def test_dots_along_a_line_of_writing_joined_by_its_fringe_still_count():
    palette, green, labels = green_dots_and_note(PPM)
    # the blurred fringe of a line of writing in the dots' green, with two dots on it
    labels[_mm(99) : _mm(102), _mm(152) : _mm(224)] = green
    _disc(labels, green, (170, 100))
    _disc(labels, green, (205, 100))
    assert _count(labels, palette) == 5


def test_a_straight_fringe_of_writing_the_dots_leave_is_no_dot_they_missed():
    palette, green, labels = green_dots_and_note(PPM)
    # the blurred fringe of a line of writing, 5 mm wide, in the dots' green, with a dot at its start
    labels[_mm(98) : _mm(103), _mm(158) : _mm(222)] = green
    _disc(labels, green, (160, 100))
    report = _report(labels, palette)
    assert len(report.dots) == 4 and not report.unresolved
    # bold writing blurred 8 mm wide, as wide as a band: the dot standing out of it still counts
    labels[_mm(96) : _mm(104), _mm(158) : _mm(222)] = green
    report = _report(labels, palette)
    assert len(report.dots) == 4


def test_a_straight_row_of_dots_touching_on_the_paper_is_dots():
    palette, green, labels = green_dots_and_note(PPM)
    # five dots overlapping each other a little in a straight row on the kraft, away from the note: as long as a
    # band, but with the paper round it, no note's shade nor writing on one
    for x in range(20, 75, 11):
        _disc(labels, green, (x, 100))
    report = _report(labels, palette)
    assert len(report.dots) == 8 and not report.unresolved


def test_a_straight_row_of_dots_across_a_note_of_another_hue_is_dots():
    palette, green, labels = green_dots_and_note(PPM)
    # the same five dots in a row across the edge of a blue note: the note round them is not of their hue, whose
    # shade or the blur of writing on it could take their colour
    labels[_mm(60) : _mm(136), _mm(20) : _mm(96)] = note_class_of(palette, "blue")
    for x in range(30, 85, 11):
        _disc(labels, green, (x, 136))
    report = _report(labels, palette)
    assert len(report.dots) == 8 and not report.unresolved


def test_a_row_of_overlapping_red_dots_across_a_green_note_is_counted(board):
    # five red dots overlapping in a straight row, from a green note onto the kraft: never left out unseen
    red = "#e53935"
    dots = [Dot(red, 182 + i * 7.2, 222 + i * 5.4) for i in range(5)]
    jpeg, _ = photograph(board, Scene(notes=[Note("green", 160, 240, writing=False)], dots=dots))
    found = capture_photos([jpeg], board, CaptureOptions(crops=False)).dots
    assert len([dot for dot in found if dot.kind == "werkdruk" and 150 < dot.x_mm < 240]) == 5


def test_the_same_row_along_a_note_of_its_hue_stays_a_band():
    palette, green, labels = green_dots_and_note(PPM)
    # the same length of the dots' green along the note's lower edge, inside it: the note's shade
    labels[_mm(126) : _mm(136), _mm(152) : _mm(224)] = green
    assert _count(labels, palette) == 3


def test_a_dot_on_a_note_of_its_hue_read_in_speckles_counts():
    palette, green, labels = green_dots_and_note(PPM)
    note = note_class_of(palette, "green")
    # a green dot on the green note that the colours read in speckles: a third of its pixels, at random, the
    # note's green (noise, and a sticker barely darker than the pad); the 3 × 3 opening that clears the specks
    # of the dots' colour elsewhere would take it all
    rng = np.random.default_rng(7)
    _disc(labels, green, (188, 90))
    disc = labels == green
    disc[: _mm(70), :] = False
    labels[disc & (rng.random(labels.shape) < 0.33)] = note
    report = _report(labels, palette)
    on_note = [dot for dot in report.dots if abs(dot.center[0] - 188) < 3 and abs(dot.center[1] - 90) < 3]
    assert len(report.dots) == 4 and len(on_note) == 1
