"""Notes under a highlight's white core laid from a corner that shows (``_under_glare``): specks of a note colour
where the core fades into the board are no part of a note's rim."""

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


def _laid(labels, palette, blown, centre):
    lines = np.zeros(labels.shape, bool)
    allowed = np.ones(labels.shape, bool)
    found = detect_notes(labels, lines, allowed, palette, PPM, washed=blown, glare=blown, blown=blown)
    return [n for n in found if n.reason == "glare" and math.dist(n.center, centre) < 12.0]


def test_specks_of_a_note_colour_at_the_cores_fringe_do_not_stretch_a_rim(palette):
    # a 76 mm note turned -8° with only its top left corner beside a core; across the core, where it fades into
    # the board, a few specks read as the note's colour
    labels = _board()
    centre = (200.0, 150.0)
    _note(labels, centre, 76.0, -8.0)
    blown = _core(labels, (212.0, 162.0), (46.0, 46.0))
    for x, y in ((252.0, 185.0), (220.0, 207.0), (176.0, 196.0)):
        speck = rect_corners((x, y), (3.0, 3.0), 0.0) * PPM
        cv2.fillPoly(labels, [np.round(speck).astype(np.int32)], int(NOTE_BASE))
    laid = _laid(labels, palette, blown, centre)
    assert len(laid) == 1
    assert math.dist(laid[0].center, centre) < 6.0
    assert abs(((laid[0].angle_deg + 8.0 + 45.0) % 90.0) - 45.0) < 2.0
