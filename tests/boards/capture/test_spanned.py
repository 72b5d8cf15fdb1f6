"""A note whose ends across one axis both lie under other notes (``_spanned``): its place across that axis rests
on its colour alone. It covers all of that colour, so laid in the middle of it, it is off by no more than half the
length the colour does not span. Where that half is within what a sure note is vouched for (``PLACE_MM``), the
axis is fixed and the note laid in that middle; a note laid flush with one end of its colour may be off by the
whole of that length."""

from __future__ import annotations

import numpy as np
import pytest

from boards.capture.notes.candidates import Candidate
from boards.capture.notes.doubt import PLACE_MM, _spanned

PPM = 2.0
USUAL = (76.0, 76.0)


def _candidate(centre_x: float, colour_from: float, colour_to: float, alike: float = 0.0) -> Candidate:
    """A 76 mm note (its centre at ``centre_x``, y = 100 mm; ROI origin at 0) whose own colour shows from x =
    ``colour_from`` to ``colour_to`` mm over its whole height; ``alike``: share of its colour just beyond its
    left and right sides (0: notes of other colours lie over them)."""
    candidate = Candidate(np.array([centre_x, 100.0]), (76.0, 76.0), 0.0, measured=0)
    x0, x1 = int(round((centre_x - 38) * PPM)), int(round((centre_x + 38) * PPM))
    y0, y1 = int(round(62 * PPM)), int(round(138 * PPM))
    own = np.zeros((y1 - y0, x1 - x0), bool)
    own[:, int(round(colour_from * PPM)) - x0 : int(round(colour_to * PPM)) - x0] = True
    candidate.own, candidate.window = own, (slice(y0, y1), slice(x0, x1))
    # sides 0 and 2 (top and bottom) against open board, seen; 1 and 3 (right, left) under other notes, not seen
    candidate.edged = (1.0, 0.0, 1.0, 0.0)
    candidate.alike = (0.0, alike, 0.0, alike)
    return candidate


def test_a_note_with_16_mm_of_it_hidden_is_laid_in_the_middle_of_its_colour():
    # laid flush with the colour's left end (as the outline found it), 16 mm of its length not in its colour
    candidate = _candidate(300.0, 262.0, 322.0)
    assert _spanned(candidate, PPM, USUAL, np.zeros(2))[1]
    assert candidate.center[0] == pytest.approx(292.0, abs=0.6)  # the middle of 262..322
    assert candidate.center[1] == pytest.approx(100.0, abs=1e-6)


def test_with_a_short_span_hidden_it_stays_where_it_was_laid():
    candidate = _candidate(300.0, 262.0, 330.0)  # 8 mm not in its colour: off by 8 mm at most, laid as it is
    assert _spanned(candidate, PPM, USUAL, np.zeros(2))[1]
    assert candidate.center[0] == pytest.approx(300.0)


@pytest.mark.parametrize(
    ("colour_to", "alike"),
    [
        (262.0 + 76.0 - 2 * PLACE_MM - 2.0, 0.0),  # 22 mm not in its colour: off by 11 mm even in the middle
        (322.0, 1.0),  # its colour runs on beyond its sides: the colour there may be another pad's
    ],
)
def test_the_axis_stays_open(colour_to, alike):
    candidate = _candidate(300.0, 262.0, colour_to, alike)
    assert not _spanned(candidate, PPM, USUAL, np.zeros(2))[1]
    assert candidate.center[0] == pytest.approx(300.0)


def test_without_its_window_the_note_is_not_moved():
    candidate = _candidate(300.0, 262.0, 322.0)
    assert not _spanned(candidate, PPM, USUAL)[1]
    assert candidate.center[0] == pytest.approx(300.0)


def test_the_colour_of_another_note_of_its_colour_does_not_span_it():
    # its own colour shows from x = 276 to 336 mm (its left 14 mm under a note of another colour); a smaller note of
    # its colour lying over its lower part, chosen too, reaches from x = 250 to 313 mm: the colour inside the
    # rectangle spans 74 of its 76 mm, yet only 60 mm are this note's (seed 61206 `dense-1`: a sure note 16 mm off)
    candidate = _candidate(300.0, 276.0, 336.0)
    x0 = candidate.window[1].start
    lower = slice(int(round((112 - 62) * PPM)), None)
    candidate.own[lower, : int(round(313 * PPM)) - x0] = True  # (the lower note's colour)
    assert _spanned(candidate, PPM, USUAL, np.zeros(2))[1]  # (what the colour alone says: laid as it is)
    assert candidate.center[0] == pytest.approx(300.0)
    lower_note = Candidate(np.array([281.5, 137.0]), (63.0, 50.0), 0.0, measured=0)
    assert _spanned(candidate, PPM, USUAL, np.zeros(2), [candidate, lower_note])[1]
    assert candidate.center[0] == pytest.approx(306.0, abs=0.6)  # laid in the middle of its own colour
