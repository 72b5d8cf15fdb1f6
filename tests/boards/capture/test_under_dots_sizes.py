"""The size a note laid under dots is given (``_laid_under_dots``): the smallest square note sold as large as its
visible part, and where the part is longer than any square note sold (a 127 × 76 mm note with dots over its
edges and writing across it, its pieces joined through the dots), the oblong note sold nearest its length, not a
square of a size no note has."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from boards.capture.notes.under_dots import _laid_under_dots

PPM = 2.0  # px per mm of the window


def _laid(visible_mm: tuple[float, float]) -> tuple[tuple[float, float], tuple[float, float]]:
    """The note laid over a visible part of ``visible_mm`` (along x, y) in the middle of a 300 × 300 mm window
    that is all its part or dots (``member``)."""
    member = np.ones((int(300 * PPM), int(300 * PPM)), bool)
    return _laid_under_dots((150 * PPM, 150 * PPM), (visible_mm[0] * PPM, visible_mm[1] * PPM), 0.0, member, PPM)


@pytest.mark.parametrize(
    ("visible", "size"),
    [
        ((70.0, 40.0), (76.0, 76.0)),  # a square note sold covers it: as before
        ((104.0, 60.0), (104.0, 104.0)),  # ... the 102 mm one, as long as the part
        ((120.0, 74.0), (127.0, 76.0)),  # longer than any square note sold: a 127 × 76 mm note
        ((74.0, 120.0), (76.0, 127.0)),  # ... turned to the part
        ((134.0, 75.0), (127.0, 76.0)),  # the rim of a dot on its end makes the part longer than the note
        ((150.0, 95.0), (152.0, 102.0)),  # too wide for a 127 × 76 mm note
    ],
)
def test_the_size_laid(visible, size):
    _, laid = _laid(visible)
    assert laid == pytest.approx(size)


def test_a_part_wider_than_any_note_sold_keeps_its_own_length():
    _, laid = _laid((170.0, 110.0))
    assert laid == pytest.approx((170.0, 170.0))


def test_the_note_lies_over_the_part():
    # the window's member is only the part itself and the dots beside it at its right: the note reaches on under
    # those, not over the bare board left of the part
    member = np.zeros((int(300 * PPM), int(300 * PPM)), np.uint8)
    cv2.rectangle(member, (int(90 * PPM), int(110 * PPM)), (int(230 * PPM), int(190 * PPM)), 1, -1)
    centre, laid = _laid_under_dots((150 * PPM, 150 * PPM), (120 * PPM, 76 * PPM), 0.0, member.view(bool), PPM)
    assert laid == pytest.approx((127.0, 76.0))
    assert centre[0] == pytest.approx(153.5, abs=0.6)
    assert centre[1] == pytest.approx(150.0, abs=0.6)
