"""A curled green note's lifted end is shaded, and the shade can take the green dots' colour: the note's colour
then ends at a line of writing across it, short of its end, and the note read there is too short. A sure note
shorter than the usual size with a band of its dots' colour beyond a side, all along it, is doubtful for its size
and laid reaching across the band to the usual size; dots of that colour beside a note leave most of the side
free, and a note of the usual size ends where it ends."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from boards.capture.notes.base import NoteBlob, rect_corners
from boards.capture.notes.layers import _shade_beyond
from boards.capture.segment import PAPER, dot_note_pairs
from tests.boards.capture.synthetic import kraft_palette, note_class_of

PPM = 2.0


@pytest.fixture(scope="module")
def palette():
    return kraft_palette()


def _classes(palette):
    green = note_class_of(palette, "green")
    dot = next(dot for dot, note, *_ in dot_note_pairs(palette) if note == green)
    return green, dot


def _board(palette, note_size, band: bool = True, dots: bool = False):
    """A green note of ``note_size`` (upright, centred at 100, 100 mm) as the labels show it, and below it a band of
    the green dots' colour 20 mm deep (``band``) or three green dots in a row (``dots``)."""
    green, dot = _classes(palette)
    labels = np.full((int(250 * PPM), int(250 * PPM)), PAPER, np.uint8)
    corners = np.round(rect_corners((100.0, 100.0), note_size, 0.0) * PPM).astype(np.int32)
    cv2.fillConvexPoly(labels, corners, int(green))
    bottom = 100.0 + note_size[1] / 2
    if band:
        labels[int(bottom * PPM) : int((bottom + 20) * PPM), int(62 * PPM) : int(138 * PPM)] = dot
    if dots:
        for x in (80.0, 100.0, 120.0):
            cv2.circle(labels, (int(x * PPM), int((bottom + 7) * PPM)), int(6 * PPM), int(dot), -1)
    return labels


def test_a_short_note_with_its_shade_beyond_it_is_doubtful_and_laid_to_the_usual_size(palette):
    labels = _board(palette, (76.0, 49.0))
    note = NoteBlob("green", (100.0, 100.0), (76.0, 49.0), 0.0, 0.9)
    _shade_beyond([note], labels, palette, PPM)
    assert note.doubtful and note.reason == "size"
    assert note.size == pytest.approx((76.0, 76.0))
    assert note.center == pytest.approx((100.0, 113.5))


def test_dots_beside_a_note_leave_it_sure(palette):
    labels = _board(palette, (76.0, 49.0), band=False, dots=True)
    note = NoteBlob("green", (100.0, 100.0), (76.0, 49.0), 0.0, 0.9)
    _shade_beyond([note], labels, palette, PPM)
    assert not note.doubtful
    assert note.size == (76.0, 49.0)


def test_a_note_of_the_usual_size_ends_where_it_ends(palette):
    labels = _board(palette, (76.0, 76.0))
    note = NoteBlob("green", (100.0, 100.0), (76.0, 76.0), 0.0, 0.9)
    _shade_beyond([note], labels, palette, PPM)
    assert not note.doubtful
    assert note.center == (100.0, 100.0)
