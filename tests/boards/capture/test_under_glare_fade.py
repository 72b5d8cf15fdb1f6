"""A note under the haze of a highlight on white paper (``_under_glare`` with the image): the haze fades its
colour into the paper's over a few centimetres, so only the part away from the highlight shows in colour, and
the paper around it is read as paper under the haze too. Its own edges are where its colour steps to the
paper's; the fade and the writing on it end its colour gently or in strokes, not along its sides."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from boards.capture.notes.base import rect_corners
from boards.capture.notes.sizes import SizeBook
from boards.capture.notes.under_glare import _under_glare
from boards.capture.segment import INK, PAPER, WHITE, build_palette

PPM = 1.5
PAPER_BGR = (236, 236, 236)
PINK_BGR = (175, 120, 240)
CENTRE = (200.0, 150.0)
HIGHLIGHT = (236.0, 186.0)  # (mm) the highlight's middle, beyond the note's lower right corner


def _px(mm: float) -> int:
    return int(round(mm * PPM))


@pytest.fixture(scope="module")
def palette(board):
    return build_palette(board, PAPER_BGR)


def _pink(palette) -> int:
    return next(klass for klass, colour in palette.note_colors.items() if colour == "pink")


def _scene(palette, fade_mm: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Labels, image and the washed part of a white board with a pink 76 mm note turned 4°, two lines of writing
    across it, under a highlight whose haze fades every colour to white from 30 mm round its middle outwards over
    ``fade_mm``, and washes colours out far beyond."""
    height, width = _px(300), _px(420)
    note = np.zeros((height, width), np.uint8)
    corners = rect_corners(CENTRE, (76.0, 76.0), 4.0) * PPM
    cv2.fillPoly(note, [np.round(corners).astype(np.int32)], 1)
    ink = np.zeros((height, width), np.uint8)
    for offset in (-18.0, 8.0):
        start = (_px(CENTRE[0] - 30), _px(CENTRE[1] + offset - 2))
        stop = (_px(CENTRE[0] + 30), _px(CENTRE[1] + offset + 2))
        cv2.line(ink, start, stop, 1, _px(2.0))
    ink &= note
    image = np.empty((height, width, 3), np.float32)
    image[:] = PAPER_BGR
    image[note > 0] = PINK_BGR
    image[ink > 0] = (60, 50, 50)
    ys, xs = np.mgrid[0:height, 0:width] / PPM
    distance = np.hypot(xs - HIGHLIGHT[0], ys - HIGHLIGHT[1])
    faded = np.clip((30.0 + fade_mm - distance) / fade_mm, 0.0, 1.0)[..., None]  # (1: all white)
    image = image * (1.0 - faded) + 250.0 * faded
    image = cv2.GaussianBlur(image, (0, 0), 0.6 * PPM).astype(np.uint8)
    white = faded[..., 0] >= 0.5  # (what the colours read as white)
    labels = np.full((height, width), PAPER, np.uint8)
    labels[(note > 0) & ~white] = _pink(palette)
    labels[(ink > 0) & ~white] = INK
    labels[white] = WHITE
    # (the highlight washes out colours well beyond where they read white: the paper all round the note too)
    washed = distance < 30.0 + fade_mm + 60.0
    return labels, image, washed


def _laid(labels, palette, washed, image):
    """The notes ``_under_glare`` lays under the haze (paper-coloured there) where none was found yet."""
    sizes = SizeBook([[76.0, 76.0, 0.5]], usual=(76.0, 76.0))
    faded = washed & ((labels == PAPER) | (labels == WHITE))
    return _under_glare(faded, [], labels, palette, PPM, sizes, image)


def test_a_note_half_faded_by_the_haze_is_laid_from_its_part_in_colour(palette):
    labels, image, washed = _scene(palette, 28.0)
    assert 0.3 < np.count_nonzero(labels == _pink(palette)) / (76.0 * 76.0 * PPM * PPM) < 0.7
    found = _laid(labels, palette, washed, image)
    assert len(found) == 1
    note = found[0]
    assert note.doubtful and note.reason == "glare" and note.color == "pink"
    assert abs(max(note.size) - 76.0) < 3 and math.dist(note.center, CENTRE) < 8.0


def test_without_the_image_its_edges_under_the_haze_are_not_told_and_nothing_is_laid(palette):
    # the same part in colour judged by the haze's outline alone: its sides border the haze (the paper beside it
    # fades alike), so no outline of its own shows away from the haze
    labels, _, washed = _scene(palette, 28.0)
    assert _laid(labels, palette, washed, None) == []


def test_a_fade_with_no_edge_of_the_note_in_colour_lays_nothing(palette):
    # a patch of the note's colour that fades out on every side (a tinted reflection, no note's edge in it): no
    # step in colour to tell a side by
    labels, image, washed = _scene(palette, 28.0)
    patch = np.zeros(labels.shape, np.uint8)
    cv2.circle(patch, (_px(320), _px(80)), _px(22), 1, -1)
    ys, xs = np.mgrid[0 : labels.shape[0], 0 : labels.shape[1]] / PPM
    weight = np.clip(1.0 - np.hypot(xs - 320, ys - 80) / 40.0, 0.0, 1.0)[..., None]  # (a slow fade, 40 mm)
    image = (image * (1.0 - weight) + np.array(PINK_BGR, np.float32) * weight).astype(np.uint8)
    labels = labels.copy()
    labels[patch > 0] = _pink(palette)
    washed = washed | (np.hypot(xs - 320, ys - 80) < 45.0)
    labels[washed & (patch == 0) & (labels == PAPER)] = WHITE
    laid = _laid(labels, palette, washed, image)
    assert [note for note in laid if math.dist(note.center, (320.0, 80.0)) < 40.0] == []
