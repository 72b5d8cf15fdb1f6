"""A note read at the usual size whose own colour runs on past one end, with no edge there, while its other end is
an edge: the near end of a longer pad (a 127 × 76 mm note) whose far end lies under another note of its colour. It
is laid as that pad, doubtful for its size; not where its end shows as an edge (two pads), nor where its colour ends
in open board a little beyond it."""

from __future__ import annotations

import numpy as np
import pytest

from boards.capture.notes.candidates import Candidate
from boards.capture.notes.choosing import _run_on_pad
from boards.capture.notes.measuring import Region, _evaluate
from boards.capture.notes.sizes import SizeBook
from tests.support.pad_regions import pads_region

PPM = 1.5
SHAPE = (220, 330)  # px: 147 × 220 mm
PAD = ((100.0, 80.0), (127.0, 76.0), 0.0)  # centre, size (mm), angle: a 127 mm pad lying across
UPPER = ((175.0, 75.0), (76.0, 76.0), 12.0)  # a usual pad of its colour lying over its right end, a little turned
NEAR_END = np.array([74.5, 80.0])  # the centre of a 76 mm note at the pad's left end (mm)


def _region(pads: list, lines: list) -> Region:
    """The region of one colour ``pads`` (centre, size, angle) make, a thin dark line along each outline in
    ``lines`` (a pad's edge on another, its shade)."""
    return pads_region(pads, lines, SHAPE, PPM, seed=3)


def _measured(region: Region, centre, size, angle: float, measured: int) -> Candidate:
    candidate = Candidate(np.asarray(centre, np.float64), size, angle, measured=measured)
    _evaluate(candidate, region, PPM)
    return candidate


def test_the_near_end_of_a_longer_pad_under_a_pad_of_its_colour_is_laid_as_that_pad():
    region = _region([PAD, UPPER], [UPPER])
    near = _measured(region, NEAR_END, (76.0, 76.0), 0.0, 1)
    upper = _measured(region, *UPPER, 2)
    assert near.alike[1] >= 0.5 and near.edged[1] < 0.3 and near.edged[3] >= 0.8  # runs on right, left an edge
    pad = _run_on_pad(near, [near, upper], region, PPM, SizeBook())
    assert pad is not None and pad.run_on and not pad.known
    assert np.allclose(sorted(pad.size), (76.0, 127.0)) and np.allclose(pad.center, PAD[0], atol=0.5)


def test_a_note_whose_end_shows_as_an_edge_is_not_laid_longer():
    # two pads in line: the left one's right end lies on the other (its edge and shade a line across the colour)
    left = (tuple(NEAR_END), (76.0, 76.0), 0.0)
    region = _region([PAD, UPPER], [UPPER, left])
    near = _measured(region, *left, 1)
    upper = _measured(region, *UPPER, 2)
    assert _run_on_pad(near, [near, upper], region, PPM, SizeBook()) is None


def test_a_colour_ending_in_open_board_a_little_beyond_the_end_lays_no_longer_pad():
    stub = ((116.5, 80.0), (8.0, 76.0), 0.0)  # 8 mm of its colour past the note's right end, then bare board
    note = (tuple(NEAR_END), (76.0, 76.0), 0.0)
    region = _region([note, stub], [])
    near = _measured(region, *note, 1)
    assert near.alike[1] >= 0.5 and near.edged[1] < 0.3
    assert _run_on_pad(near, [near], region, PPM, SizeBook()) is None


def _in_line(past_mm: float) -> tuple[Region, Candidate]:
    """A usual note at the near end and a second one in line ``past_mm`` beyond it, their seam unseen: the region,
    and the first note measured."""
    first = (tuple(NEAR_END), (76.0, 76.0), 0.0)
    second = ((NEAR_END[0] + past_mm, NEAR_END[1]), (76.0, 76.0), 0.0)
    region = _region([first, second], [])
    return region, _measured(region, *first, 1)


def test_a_note_of_its_colour_touching_its_end_in_line_explains_the_colour_there():
    # two usual notes edge to edge in line: the colour past the first one's right end is the second one's, chosen
    region, near = _in_line(76.0)
    beside = _measured(region, (NEAR_END[0] + 76.0, NEAR_END[1]), (76.0, 76.0), 0.0, 1)
    assert near.alike[1] >= 0.5 and near.edged[1] < 0.3
    assert _run_on_pad(near, [near, beside], region, PPM, SizeBook()) is None


@pytest.mark.parametrize(
    "past_mm",
    [
        # edge to edge, only the first chosen yet (the second is read from the rest after): a 127 mm pad laid from
        # the first would leave the second's colour running on past its far end
        76.0,
        # overlapping by 32 mm (either on top): their colour ends 120 mm from the first one's far end, in open board,
        # where a 127 mm pad would still go on
        44.0,
    ],
)
def test_a_second_note_in_line_not_yet_chosen_is_no_longer_pad(past_mm: float):
    region, near = _in_line(past_mm)
    assert _run_on_pad(near, [near], region, PPM, SizeBook()) is None
