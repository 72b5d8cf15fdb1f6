"""Two pads of one colour overlapping in line, a little turned or shifted against each other, are not one long
note: the outline of their union bends along both long sides the same way (``_bent``), where one longer note's
die-cut sides run straight."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from boards.capture.notes.learning import _standing_alone
from boards.capture.notes.outline import _bent
from boards.capture.notes.sizes import SizeBook

PPM = 1.5


def _pad(mask: np.ndarray, centre: tuple[float, float], size: tuple[float, float], angle: float) -> None:
    corners = cv2.boxPoints(((centre[0] * PPM, centre[1] * PPM), (size[0] * PPM, size[1] * PPM), angle))
    cv2.fillPoly(mask, [np.round(corners).astype(np.int32)], 1)


def _region(pads: list[tuple[tuple[float, float], tuple[float, float], float]]) -> np.ndarray:
    mask = np.zeros((int(140 * PPM), int(200 * PPM)), np.uint8)
    for centre, size, angle in pads:
        _pad(mask, centre, size, angle)
    return mask


def _contour(mask: np.ndarray) -> np.ndarray:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return max(contours, key=cv2.contourArea)


def _sizes() -> SizeBook:
    sizes = SizeBook()
    sizes.add(76.0, 76.0)
    sizes.add(127.0, 76.0)  # a 127 × 76 mm note was seen whole elsewhere on the photo
    return sizes


@pytest.mark.parametrize("turn", [-4.0, -2.5, 3.0, 5.0])
def test_two_pads_in_line_turned_against_each_other_bend(turn):
    # two 76 mm pads, 50 mm apart in line (a rectangle of about 126 × 76 mm), the second turned by ``turn``
    mask = _region([((60, 70), (76, 76), 0.0), ((110, 70), (76, 76), turn)])
    assert _bent(_contour(mask), PPM)
    assert _standing_alone(mask, (0, 0), PPM, _sizes()) is None


@pytest.mark.parametrize("shift", [-2.5, 2.0])
def test_two_pads_in_line_shifted_across_bend(shift):
    mask = _region([((60, 70), (76, 76), 0.0), ((110, 70 + shift), (76, 76), 0.0)])
    assert _bent(_contour(mask), PPM)


@pytest.mark.parametrize("angle", [0.0, 7.0, -15.0, 88.0])
def test_one_long_note_runs_straight(angle):
    mask = _region([((100, 70), (127, 76), angle)])
    assert not _bent(_contour(mask), PPM)
    alone = _standing_alone(mask, (0, 0), PPM, _sizes())
    assert alone is not None and abs(max(alone.size) - 127) < 3


def test_one_long_note_with_bites_in_its_edges_runs_straight():
    # dots of another colour on its edges and writing reaching them take bites out of its outline
    mask = _region([((100, 70), (127, 76), 3.0)])
    for x, y in ((60, 33), (120, 32), (85, 108), (140, 107)):
        cv2.circle(mask, (int(x * PPM), int(y * PPM)), int(6 * PPM), 0, -1)
    assert not _bent(_contour(mask), PPM)


def test_pads_of_different_widths_step_opposite_ways_and_do_not_bend():
    # a wider pad and a narrower one centred in line: the sides step apart, not the same way
    mask = _region([((60, 70), (76, 76), 0.0), ((110, 70), (76, 70), 0.0)])
    assert not _bent(_contour(mask), PPM)


@pytest.mark.parametrize("turn", [-3.0, 4.0])
def test_two_pads_in_line_that_bend_are_read_as_two_notes_even_with_no_seam_seen(turn):
    # the search of one colour's regions (``_regions``), where no seam is found anywhere: two 76 mm pads overlapping
    # by a third, the second turned by ``turn``, come out as two notes at their places, not joined into one long
    # note
    from boards.capture.notes.base import components_of
    from boards.capture.notes.regions import _regions

    first, second = (60.0, 70.0), (110.0, 70.0)
    mask = _region([(first, (76, 76), 0.0), (second, (76, 76), turn)])
    gray = np.full(mask.shape, 170, np.uint8)
    gray[mask > 0] = 120
    nothing = np.zeros(mask.shape, np.uint8)
    sizes = SizeBook()
    sizes.add(76.0, 76.0)
    found = _regions(
        components_of(mask),
        nothing.view(bool),
        lambda: mask == 0,
        nothing,
        PPM,
        sizes,
        gray,
        lambda *args, **kwargs: False,  # (no seam anywhere: the upper pad's edge too faint to see)
    )
    assert len(found) == 2
    # (with no seam seen between them, neither is vouched for by its size)
    assert all(note.doubtful and note.reason == "size" for note in found)
    for centre in (first, second):
        assert any(np.hypot(note.center[0] - centre[0], note.center[1] - centre[1]) < 6.0 for note in found)
