"""A rest left over beside the chosen notes that is longer than any note sold is notes in line, not one note."""

from __future__ import annotations

import math

import numpy as np

from boards.capture.notes.candidates import Candidate
from boards.capture.notes.choosing import _rest_in_line, _usual_at_ends
from boards.capture.notes.sizes import SizeBook


def _rest(long: float, short: float, angle_deg: float = 0.0) -> Candidate:
    return Candidate(np.array([300.0, 200.0]), (long, short), angle_deg, measured=0)


def _sizes(*more: tuple[float, float]) -> SizeBook:
    sizes = SizeBook()
    for long, short in more:
        sizes.add(long, short)
    return sizes


def test_a_rest_as_wide_as_a_note_and_longer_than_any_sold_that_wide_is_notes_in_line():
    # a usual note and a 63 mm one overlapping in line, both curled: their shaded lower edges narrow the rest
    assert _rest_in_line(_rest(134.2, 68.5), _sizes((63.0, 63.0)))
    assert _rest_in_line(_rest(68.5, 134.2), _sizes((63.0, 63.0)))  # (either axis)


def test_a_rest_of_a_note_sold_or_partly_covered_or_of_a_cluster_is_not():
    sizes = _sizes((63.0, 63.0))
    assert not _rest_in_line(_rest(125.0, 76.0), sizes)  # one 127 × 76 mm note
    # a note's part narrowed by a cover: no longer than the sizes on the photo, however narrow
    assert not _rest_in_line(_rest(65.6, 57.4), sizes)
    assert not _rest_in_line(_rest(79.1, 57.4), sizes)
    # wider than any note: notes lying beside each other diagonally, not in line
    assert not _rest_in_line(_rest(125.6, 95.4), sizes)


def test_usual_notes_are_laid_against_the_two_ends_of_a_rest_in_line():
    rest = _rest(134.0, 68.0, angle_deg=30.0)
    first, second = _usual_at_ends(rest, SizeBook())
    axis = np.array([math.cos(math.radians(30.0)), math.sin(math.radians(30.0))])
    for end, sign in ((first, -1), (second, 1)):
        assert end.size == (76.0, 76.0)
        offset = end.center - rest.center
        assert abs(float(offset @ axis) - sign * (134.0 - 76.0) / 2) < 1e-6
        assert abs(float(offset @ np.array([-axis[1], axis[0]]))) < 1e-6  # centred across
    tall = _usual_at_ends(_rest(68.0, 134.0, angle_deg=30.0), SizeBook())
    across = np.array([-math.sin(math.radians(30.0)), math.cos(math.radians(30.0))])
    assert abs(float((tall[1].center - rest.center) @ across) - 29.0) < 1e-6


def test_no_two_notes_are_laid_in_a_rest_longer_than_two_of_them():
    assert _usual_at_ends(_rest(170.0, 70.0), SizeBook()) == []
