"""A small note with dots and writing on it: its region's box is the note itself, of a size seen, but its own
colour fills only about 70 % of it (the dots and the writing are other classes). A region's box had to be 80 %
its colour, and the corners proposed only the usual size, so the note was not read at all (seed 130501,
``combined-3``: a 51 mm green note with three green dots and a line of blue writing on it). A box of a size seen
with no bare board in it now needs half of it in its colour."""

from __future__ import annotations

import numpy as np

from boards.capture.notes.candidates import Candidate
from boards.capture.notes.measuring import BOX_BARE, BOX_SEEN, _may_fit


def _box(seen: float, paper: float, known: bool = True) -> Candidate:
    return Candidate(np.array([0.0, 0.0]), (51.0, 51.0), 0.0, measured=2, box=True, known=known, seen=seen, paper=paper)


def test_a_box_of_a_size_seen_covered_by_dots_and_writing_may_be_the_note():
    assert _may_fit(_box(0.72, 0.0))
    assert _may_fit(_box(BOX_SEEN, BOX_BARE))


def test_a_box_with_bare_board_in_it_must_still_be_mostly_its_colour():
    assert not _may_fit(_box(0.72, 0.05))  # (two notes, or a note and the board beside it)
    assert _may_fit(_box(0.85, 0.05))


def test_too_little_colour_or_a_size_not_seen_is_no_note():
    assert not _may_fit(_box(BOX_SEEN - 0.01, 0.0))
    assert not _may_fit(_box(0.9, 0.0, known=False))


def test_candidates_from_corners_are_judged_as_before():
    corner = Candidate(np.array([0.0, 0.0]), (76.0, 76.0), 0.0, measured=0, seen=0.3, paper=0.0)
    assert _may_fit(corner)
    corner.seen = 0.2
    assert not _may_fit(corner)
