"""A note of another size than the usual one lying mostly under a highlight's white core (``_under_glare``): what
shows of it beside the core reaches farther than a usual note would, so it is laid at a size seen on the photo
that spans it, oblong ones either way round; not at a size no note on the photo shows."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from boards.capture.notes.base import rect_corners
from boards.capture.notes.sizes import SizeBook
from boards.capture.notes.under_glare import _under_glare
from boards.capture.segment import NOTE_BASE, PAPER, WHITE, build_palette

PPM = 1.5
CENTRE = (160.0, 130.0)  # mm
CORE_RADIUS = 50.0  # mm, round the note's centre: its two ends show beside it


def _px(mm: float) -> int:
    return int(round(mm * PPM))


@pytest.fixture(scope="module")
def palette(board):
    return build_palette(board, (122, 165, 200))


def _scene(size: tuple[float, float], angle: float) -> tuple[np.ndarray, np.ndarray]:
    labels = np.full((_px(260), _px(320)), PAPER, np.uint8)
    corners = rect_corners(CENTRE, size, angle) * PPM
    cv2.fillPoly(labels, [np.round(corners).astype(np.int32)], int(NOTE_BASE))
    blown = np.zeros(labels.shape, np.uint8)
    cv2.circle(blown, (_px(CENTRE[0]), _px(CENTRE[1])), _px(CORE_RADIUS), 1, -1)
    labels[blown > 0] = WHITE
    return labels, blown > 0


def _book(*sizes: tuple[float, float]) -> SizeBook:
    return SizeBook([[76.0, 76.0, 0.5], *([long, short, 1.0] for long, short in sizes)], usual=(76.0, 76.0))


@pytest.mark.parametrize(("size", "angle"), [((127.0, 76.0), 5.0), ((76.0, 127.0), -4.0)])
def test_a_long_note_under_the_core_is_laid_at_the_long_size_seen(palette, size, angle):
    labels, blown = _scene(size, angle)
    found = _under_glare(blown, [], labels, palette, PPM, _book((127.0, 76.0)))
    assert len(found) == 1
    note = found[0]
    assert note.doubtful and note.reason == "glare"
    assert sorted(note.size) == pytest.approx([76.0, 127.0])
    assert math.dist(note.center, CENTRE) < 6.0
    # (its long side lies as the note's does)
    long_axis = note.angle_deg if note.size[0] > note.size[1] else note.angle_deg + 90.0
    true_axis = angle if size[0] > size[1] else angle + 90.0
    assert abs((long_axis - true_axis + 90.0) % 180.0 - 90.0) < 4.0


def test_a_size_no_note_on_the_photo_shows_is_not_laid(palette):
    # only the usual size seen: each end is read as the rim of a usual note of its own (see _piece_groups)
    labels, blown = _scene((127.0, 76.0), 5.0)
    found = _under_glare(blown, [], labels, palette, PPM, _book())
    assert found and all(max(note.size) == pytest.approx(76.0) for note in found)
