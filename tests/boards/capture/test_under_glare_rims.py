"""Notes under a highlight's white core, laid from their rim (``_under_glare``): a thin rim whose box is turned
as the core cuts it, not as the note lies, and whose seen side runs on under the core; rims of two notes apart
around one core; a rim outlined by the thin white line a blurred edge reads as. And a note partly told from its
hue alone under the haze that reaches the core is doubtful (``followed``)."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from boards.capture.notes.base import rect_corners
from boards.capture.notes.search import detect_notes
from boards.capture.segment import NOTE_BASE, PAPER, WHITE, build_palette

PPM = 1.5


def _px(mm: float) -> int:
    return int(round(mm * PPM))


@pytest.fixture(scope="module")
def palette(board):
    return build_palette(board, (122, 165, 200))


def _board():
    return np.full((_px(300), _px(420)), PAPER, np.uint8)


def _note(labels, centre, side, angle, klass=NOTE_BASE):
    corners = rect_corners(centre, (side, side), angle) * PPM
    cv2.fillPoly(labels, [np.round(corners).astype(np.int32)], int(klass))


def _core(labels, centre, axes, angle=0.0):
    blown = np.zeros(labels.shape, np.uint8)
    cv2.ellipse(blown, (_px(centre[0]), _px(centre[1])), (_px(axes[0]), _px(axes[1])), angle, 0, 360, 1, -1)
    labels[blown > 0] = WHITE
    return blown > 0


def _notes(labels, palette, blown, followed=None):
    lines = np.zeros(labels.shape, bool)
    allowed = np.ones(labels.shape, bool)
    return detect_notes(labels, lines, allowed, palette, PPM, washed=blown, glare=blown, blown=blown, followed=followed)


def _near(notes, centre, reason="glare", within=8.0):
    return [n for n in notes if n.reason == reason and math.dist(n.center, centre) < within]


def test_a_thin_rim_cut_aslant_by_the_core_is_laid_as_the_note_lies(palette):
    # a 76 mm note turned 7°, all but a wedge along its top edge under a core cut across it aslant; a whole 51 mm
    # note elsewhere makes 51 mm a size seen on the board, shorter than the wedge's side running under the core
    labels = _board()
    centre = (200.0, 150.0)
    _note(labels, centre, 76.0, 7.0)
    _note(labels, (60.0, 240.0), 51.0, 0.0, NOTE_BASE + 3)
    blown = _core(labels, (200.0, 182.0), (100.0, 60.0), -8.0)
    found = _notes(labels, palette, blown)
    laid = _near(found, centre)
    assert len(laid) == 1
    assert laid[0].doubtful and abs(max(laid[0].size) - 76.0) < 3


def test_rims_of_two_notes_apart_around_one_core_are_laid_each(palette):
    labels = _board()
    left, right = (140.0, 150.0), (268.0, 150.0)
    _note(labels, left, 76.0, 3.0)
    _note(labels, right, 76.0, -4.0)
    # (a wide core hides all of both but their outer sides: together they reach farther than any note)
    blown = _core(labels, (204.0, 150.0), (96.0, 200.0))
    found = _notes(labels, palette, blown)
    assert len(_near(found, left)) == 1 and len(_near(found, right)) == 1


def test_a_thin_white_line_along_a_rim_is_no_haze(palette):
    labels = _board()
    centre = (200.0, 150.0)
    _note(labels, centre, 76.0, 0.0)
    # the blurred edge between the note and the board reads white for a pixel
    outline = rect_corners(centre, (77.5, 77.5), 0.0) * PPM
    cv2.polylines(labels, [np.round(outline).astype(np.int32)], True, int(WHITE), 1)
    blown = _core(labels, (212.0, 162.0), (44.0, 44.0))
    assert len(_near(_notes(labels, palette, blown), centre)) == 1


def test_a_note_told_by_its_hue_under_the_haze_up_to_the_core_is_doubtful(palette):
    labels = _board()
    centre = (160.0, 150.0)
    _note(labels, centre, 76.0, 0.0)
    blown = np.zeros(labels.shape, bool)
    blown[_px(100) : _px(200), _px(200) : _px(260)] = True  # a core beside the note's right side
    labels[blown] = WHITE
    followed = np.zeros(labels.shape, bool)
    followed[_px(120) : _px(180), _px(180) : _px(198)] = True  # its part beside the core, told by hue alone
    sure = _notes(labels, palette, blown)
    assert [n.doubtful for n in sure if math.dist(n.center, centre) < 8] == [False]
    told = [n for n in _notes(labels, palette, blown, followed) if math.dist(n.center, centre) < 8]
    assert len(told) == 1 and told[0].doubtful and told[0].reason == "glare"
