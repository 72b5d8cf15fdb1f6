"""A longer note whose far end is cut off (by dots, another note, a highlight, the photo's edge) is read as a usual
note and a piece beyond it, both in the wrong place. Where the note's own colour runs on across the side between
them with no edge or seam there, and the two together are as long as a note sold as wide, they are joined into
that note, doubtful for its size; not where the side shows as an edge or seam (two pads in line), nor where the
piece is a whole usual pad (two pads of one size side by side)."""

from __future__ import annotations

import numpy as np

from boards.capture.notes.candidates import Candidate
from boards.capture.notes.choosing import _pieces_joined
from boards.capture.notes.measuring import Region, _evaluate
from tests.support.pad_regions import pads_region

PPM = 1.5
SHAPE = (220, 330)  # px: 147 × 220 mm
PAD = ((100.0, 80.0), (127.0, 76.0), 0.0)  # centre, size (mm), angle: a 127 mm pad lying across
NEAR = ((74.5, 80.0), (76.0, 76.0), 0.0)  # read as a usual note at its left end
PIECE = ((138.0, 67.0), (51.0, 50.0), 0.0)  # ... and the rest of it as a piece, its lower part cut off


def _region(pads: list, lines: list) -> Region:
    """The region of one colour ``pads`` (centre, size, angle) make, a thin dark line along each outline in
    ``lines`` (a pad's edge on another, its shade)."""
    return pads_region(pads, lines, SHAPE, PPM, seed=5)


def _measured(region: Region, centre, size, angle: float) -> Candidate:
    candidate = Candidate(np.asarray(centre, np.float64), size, angle, measured=0)
    _evaluate(candidate, region, PPM)
    return candidate


def test_a_usual_note_and_the_piece_beyond_it_are_one_longer_note():
    region = _region([PAD], [])
    near, piece = _measured(region, *NEAR), _measured(region, *PIECE)
    assert near.alike[1] >= 0.5 and near.edged[1] < 0.3  # its colour runs on past its right side, no edge there
    joined = _pieces_joined([near, piece], region, PPM)
    assert len(joined) == 1
    pad = joined[0]
    assert pad.run_on and not pad.known  # doubtful for its size
    assert np.allclose(sorted(pad.size), (76.0, 127.0)) and np.allclose(pad.center, PAD[0], atol=0.5)


def test_two_pads_in_line_showing_the_edge_between_them_stay_two():
    near_pad = NEAR
    rest = ((138.0, 80.0), (51.0, 76.0), 0.0)
    region = _region([near_pad, rest], [near_pad])  # the left pad's right end lies on the other: its edge shows
    near, piece = _measured(region, *NEAR), _measured(region, *PIECE)
    joined = _pieces_joined([near, piece], region, PPM)
    assert len(joined) == 2


def test_a_whole_usual_pad_beside_it_is_no_piece():
    pads = [NEAR, ((150.5, 80.0), (76.0, 76.0), 0.0)]  # two usual pads side by side, no seam found between them
    region = _region(pads, [])
    near, other = _measured(region, *pads[0]), _measured(region, *pads[1])
    assert len(_pieces_joined([near, other], region, PPM)) == 2


def test_a_length_measured_between_edges_is_not_joined():
    region = _region([PAD], [])
    near, piece = _measured(region, *NEAR), _measured(region, *PIECE)
    near.measured = 1
    assert len(_pieces_joined([near, piece], region, PPM)) == 2


def test_two_pads_overlapping_in_line_a_little_shifted_stay_two():
    # the right pad 4 mm lower than the left one lying over it, the left one's edge too faint to see
    rest = ((138.0, 84.0), (51.0, 76.0), 0.0)
    region = _region([NEAR, rest], [])
    near, piece = _measured(region, *NEAR), _measured(region, (138.0, 84.0), (51.0, 76.0), 0.0)
    assert near.alike[1] >= 0.5 and near.edged[1] < 0.3
    assert len(_pieces_joined([near, piece], region, PPM)) == 2
    # the same piece in line with the note: one longer note
    region = _region([PAD], [])
    near, piece = _measured(region, *NEAR), _measured(region, (138.0, 80.0), (51.0, 76.0), 0.0)
    assert len(_pieces_joined([near, piece], region, PPM)) == 1
