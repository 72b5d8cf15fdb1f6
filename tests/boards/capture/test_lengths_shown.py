"""A note of a size no other note on the photo shows (``doubt._doubt``): vouched for when it shows whole
(``_whole_of_sold_size``), or when two of its sides that meet at a corner are each seen whole as its own edge
(``_lengths_shown``): each of its lengths is then measured between two corners of the note itself. Only a note
shown whole proves its size to the others."""

from __future__ import annotations

import numpy as np
import pytest

from boards.capture.notes.candidates import Candidate
from boards.capture.notes.doubt import _doubt, _lengths_shown, _whole_of_sold_size


def _note(
    size: tuple[float, float] = (63.0, 63.0),
    edged: tuple[float, ...] = (0.46, 0.7, 1.0, 1.0),
    free: tuple[float, ...] = (0.07, 0.68, 1.0, 0.78),
    casts: tuple[float, ...] = (0.5, 0.0, 0.0, 0.8),
    seen: float = 0.83,
    alike: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0),
) -> Candidate:
    """A 63 mm note (a size sold, not known on the photo), both lengths measured, as read on a dense board: its
    lower left corner under a note of another colour; sides 2 and 3 whole, one against open board, the other half
    against open board and half casting its shadow onto the note it lies on; sides 0 and 1 seen in part."""
    candidate = Candidate(np.array([100.0, 100.0]), size, 0.0, measured=2, known=False)
    candidate.edged, candidate.free, candidate.casts, candidate.seen = edged, free, casts, seen
    candidate.alike = alike
    return candidate


def test_two_sides_whole_at_a_corner_vouch_for_the_size():
    note = _note()
    assert _lengths_shown(note)
    assert _doubt(note) != "size"
    assert not _whole_of_sold_size(note)  # (not shown whole: it proves its size to no other note)


@pytest.mark.parametrize(
    "changes",
    [
        {"edged": (0.46, 0.7, 1.0, 0.6)},  # the second side not seen whole
        {"free": (0.07, 0.68, 1.0, 0.3), "casts": (0.5, 0.0, 0.0, 0.3)},  # the second side along another note
        {"edged": (1.0, 0.7, 1.0, 0.5)},  # the two sides seen whole do not meet at a corner
        {"free": (0.0, 0.0, 1.0, 0.78), "casts": (0.0, 0.0, 0.0, 0.8)},  # its other sides nowhere its own edge
        {"size": (63.0, 57.0)},  # a size nobody sells
        {"alike": (0.6, 0.0, 0.0, 0.0)},  # its colour runs on beyond another side: a pad of its colour against it
    ],
)
def test_otherwise_its_size_stays_doubtful(changes):
    note = _note(**changes)
    assert not _lengths_shown(note)
    assert _doubt(note) == "size"
