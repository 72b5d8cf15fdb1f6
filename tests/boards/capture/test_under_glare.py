"""A note lying mostly under a highlight's white core: what shows of it is a rim of its colour beside the core,
with the straight edges and corners of a note where it meets the board. It is read as a doubtful ("glare") note
where it lies; a ring of colour around the core with no note's edges, or the white core alone, makes none."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from boards.capture.notes.base import rect_corners
from boards.capture.notes.search import detect_notes
from boards.capture.segment import NOTE_BASE, PAPER, WHITE, build_palette

PPM = 1.5
NOTE_CENTRE = (130.0, 120.0)  # mm
CORE = ((130.0, 112.0), 44.0)  # centre, radius mm: it hides the note but for its four corners


def _px(mm: float) -> int:
    return int(round(mm * PPM))


def _scene(note: bool = True, ring: bool = False):
    labels = np.full((_px(260), _px(280)), PAPER, np.uint8)
    if note:
        corners = rect_corners(NOTE_CENTRE, (76.0, 76.0), 6.0) * PPM
        cv2.fillPoly(labels, [np.round(corners).astype(np.int32)], int(NOTE_BASE))
    (cx, cy), radius = CORE
    if ring:  # a halo of the note's colour round the core: a note's width across, but round, no note's edges
        radius = 31.0
        cv2.circle(labels, (_px(cx), _px(cy)), _px(radius + 7), int(NOTE_BASE), -1)
    blown = np.zeros(labels.shape, np.uint8)
    cv2.circle(blown, (_px(cx), _px(cy)), _px(radius), 1, -1)
    labels[blown > 0] = WHITE
    return labels, blown > 0


@pytest.fixture(scope="module")
def palette(board):
    return build_palette(board, (122, 165, 200))


def _notes(labels, palette, blown, core=True):
    lines = np.zeros(labels.shape, bool)
    allowed = np.ones(labels.shape, bool)
    return detect_notes(labels, lines, allowed, palette, PPM, washed=blown, glare=blown, blown=blown if core else None)


def test_a_note_mostly_under_the_white_core_is_laid_where_its_rim_shows(palette):
    labels, blown = _scene()
    # (what shows of it is too little for the notes search: unless the core may hide the rest, it is lost)
    assert _notes(labels, palette, blown, core=False) == []
    found = _notes(labels, palette, blown)
    assert len(found) == 1
    note = found[0]
    assert note.color == palette.note_colors[NOTE_BASE]
    assert note.doubtful and note.reason == "glare"
    assert np.hypot(note.center[0] - NOTE_CENTRE[0], note.center[1] - NOTE_CENTRE[1]) < 6.0
    assert abs(note.size[0] - 76.0) < 3 and abs(note.angle_deg - 6.0) < 4


def test_a_ring_of_colour_round_the_core_or_the_core_alone_is_no_note(palette):
    labels, blown = _scene(note=False, ring=True)
    found = _notes(labels, palette, blown)
    assert not [note for note in found if note.reason == "glare"]
    assert len(found) == len(_notes(labels, palette, blown, core=False))
    labels, blown = _scene(note=False)
    assert _notes(labels, palette, blown) == []
