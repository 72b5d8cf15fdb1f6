"""A note under the haze of a highlight that lies over a note found already (``_under_glare`` with the image): on
221122 ``glare-3`` an orange note lay over another orange one, a third of it on that one, its far side faded to
the paper's colour by the haze and a dot on it where its colour fades out. The part of it in colour is what the
note found does not claim; where the two overlap the note found claims its colour, so that part is not spoken
against, within the bound on how much of a note laid may lie on notes found. The dot's outline in colour is
no edge of the note, no more than its writing's; nor is the blurred edge of the note found, just beyond the
rectangle fitted to it."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from boards.capture.notes.base import NoteBlob, rect_corners
from boards.capture.notes.sizes import SizeBook
from boards.capture.notes.under_glare import _faded_edges, _under_glare
from boards.capture.segment import INK, PAPER, WHITE, build_palette

PPM = 1.5
PAPER_BGR = (236, 236, 236)
PINK_BGR = (175, 120, 240)
RED_BGR = (50, 57, 192)
FOUND = (160.0, 150.0)  # (mm) the note found already
OVER = (211.0, 158.0)  # the note lying over it, a third of it on that one
HIGHLIGHT = (247.0, 194.0)  # the highlight's middle, beyond its lower right corner
DOTS = ((206.0, 179.0), (216.0, 163.0), (232.0, 153.0))  # dots on it, where its colour fades out


def _px(mm: float) -> int:
    return int(round(mm * PPM))


@pytest.fixture(scope="module")
def palette(board):
    return build_palette(board, PAPER_BGR)


def _class(palette, colour: str) -> int:
    return next(klass for klass, name in palette.note_colors.items() if name == colour)


def _scene(palette, blur_mm: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Labels, image and the washed part of a white board with two pink 76 mm notes, the second over the first,
    writing across both, red dots on the second (``DOTS``), under a highlight whose haze fades every colour to
    white from 30 mm round its middle outwards over 28 mm. ``blur_mm``: the first note's colour reaches this far
    beyond its sides (its blurred edge)."""
    height, width = _px(300), _px(420)
    notes = np.zeros((height, width), np.uint8)
    cv2.fillPoly(notes, [np.round(rect_corners(FOUND, (76.0 + 2 * blur_mm,) * 2, 0.0) * PPM).astype(np.int32)], 1)
    cv2.fillPoly(notes, [np.round(rect_corners(OVER, (76.0, 76.0), 1.0) * PPM).astype(np.int32)], 1)
    ink = np.zeros((height, width), np.uint8)
    for centre in (FOUND, OVER):
        for offset in (-18.0, 8.0):
            start = (_px(centre[0] - 30), _px(centre[1] + offset - 2))
            stop = (_px(centre[0] + 30), _px(centre[1] + offset + 2))
            cv2.line(ink, start, stop, 1, _px(2.0))
    ink &= notes
    spot = np.zeros((height, width), np.uint8)
    for centre in DOTS:
        cv2.circle(spot, (_px(centre[0]), _px(centre[1])), _px(8.0), 1, -1)
    image = np.empty((height, width, 3), np.float32)
    image[:] = PAPER_BGR
    image[notes > 0] = PINK_BGR
    image[ink > 0] = (60, 50, 50)
    image[spot > 0] = RED_BGR
    ys, xs = np.mgrid[0:height, 0:width] / PPM
    distance = np.hypot(xs - HIGHLIGHT[0], ys - HIGHLIGHT[1])
    faded = np.clip((58.0 - distance) / 28.0, 0.0, 1.0)[..., None]  # (1: all white)
    image = image * (1.0 - faded) + 250.0 * faded
    image = cv2.GaussianBlur(image, (0, 0), 0.6 * PPM).astype(np.uint8)
    white = faded[..., 0] >= 0.5  # (what the colours read as white)
    labels = np.full((height, width), PAPER, np.uint8)
    labels[(notes > 0) & ~white] = _class(palette, "pink")
    labels[(ink > 0) & ~white] = INK
    labels[(spot > 0) & ~white] = next(iter(palette.dot_kinds))
    labels[white] = WHITE
    washed = distance < 58.0 + 60.0
    return labels, image, washed


def _laid(labels, palette, washed, image) -> list[NoteBlob]:
    """The notes ``_under_glare`` lays under the haze, the first note found already."""
    sizes = SizeBook([[76.0, 76.0, 0.5]], usual=(76.0, 76.0))
    found = NoteBlob("pink", FOUND, (76.0, 76.0), 0.0, 0.95)
    faded = washed & ((labels == PAPER) | (labels == WHITE))
    return _under_glare(faded, [found], labels, palette, PPM, sizes, image)


def test_a_faded_note_lying_over_one_found_is_laid_from_its_part_in_colour(palette):
    labels, image, washed = _scene(palette)
    pink = labels == _class(palette, "pink")
    inside = np.zeros(labels.shape, np.uint8)
    cv2.fillPoly(inside, [np.round(rect_corners(OVER, (76.0, 76.0), 1.0) * PPM).astype(np.int32)], 1)
    assert 0.3 < np.count_nonzero(pink & (inside > 0)) / (76.0 * 76.0 * PPM * PPM) < 0.8  # (half of it faded out)
    laid = _laid(labels, palette, washed, image)
    assert len(laid) == 1
    note = laid[0]
    assert note.doubtful and note.reason == "glare" and note.color == "pink"
    assert abs(max(note.size) - 76.0) < 3 and math.dist(note.center, OVER) < 8.0


def test_so_is_it_with_the_blurred_edge_of_the_note_found_beside_it(palette):
    # the note found's colour reaches 1 mm beyond the rectangle fitted to it: that rim is no part of the one laid
    labels, image, washed = _scene(palette, blur_mm=1.0)
    laid = _laid(labels, palette, washed, image)
    assert len(laid) == 1 and math.dist(laid[0].center, OVER) < 4.0


def test_the_note_found_alone_lays_nothing(palette):
    # its blurred edge beside the haze is no note of its own
    labels, image, washed = _scene(palette, blur_mm=1.0)
    over = np.zeros(labels.shape, np.uint8)
    cv2.fillPoly(over, [np.round(rect_corners(OVER, (76.0, 76.0), 1.0) * PPM).astype(np.int32)], 1)
    found = np.zeros(labels.shape, np.uint8)
    cv2.fillPoly(found, [np.round(rect_corners(FOUND, (78.0, 78.0), 0.0) * PPM).astype(np.int32)], 1)
    labels = labels.copy()
    labels[(over > 0) & (found == 0) & (labels != WHITE)] = PAPER
    assert _laid(labels, palette, washed, image) == []


def test_a_dots_outline_is_no_edge_of_the_note_under_the_fade(palette):
    # the step in colour round a dot on the note's part in colour is the dot's edge: only the note's sides are its own
    labels, image, _ = _scene(palette)
    pink = (labels == _class(palette, "pink")).view(np.uint8)
    taken = np.zeros(labels.shape, np.uint8)
    cv2.fillPoly(taken, [np.round(rect_corners(FOUND, (76.0, 76.0), 0.0) * PPM).astype(np.int32)], 1)
    dot = next(iter(palette.dot_kinds))
    away = _faded_edges([pink], image, labels, taken, (0, 0), PPM, (INK, dot))
    rim = np.zeros(labels.shape, np.uint8)
    for centre in DOTS:
        cv2.circle(rim, (_px(centre[0]), _px(centre[1])), _px(8.0), 1, 1)
    rim &= (labels != WHITE).view(np.uint8)
    assert np.count_nonzero(rim) > 40 and not away[rim > 0].any()
    # (the note's upper side, away from the note found and the fade, is its own edge)
    side = (_px(158.0 - 38.0), slice(_px(215.0), _px(245.0)))
    assert away[side].mean() > 0.9
