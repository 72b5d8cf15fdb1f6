"""A note whose size is guessed is not vouched for where its own colour runs on past a side with no edge:
one longer note (a 127 mm note, its far end cut off by dots) would measure as a usual note and a piece."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.candidates import Candidate
from boards.capture.notes.doubt import _runs_on
from boards.capture.notes.measuring import Region

PPM = 1.5
SIDE_PX = int(76 * PPM)
SHAPE = (300, 420)
LEFT, TOP = 60, 60


def _region(gray: np.ndarray) -> Region:
    empty = np.zeros(gray.shape, bool)
    region = Region(np.zeros(2), empty, empty, empty, empty, empty)
    noisy = gray + np.random.default_rng(1).normal(0, 1.5, gray.shape)
    region.gray = cv2.GaussianBlur(noisy.astype(np.float32), (0, 0), 0.7)
    return region


def _guessed(left: float = LEFT, measured: int = 0, seen: float = 0.7) -> Candidate:
    """A 76 mm note with its top-left corner at (left, TOP) px, its own colour running on past its right side
    (side 1), where no edge was seen along the region's border or a dark line; the others seen."""
    centre = np.array([left + SIDE_PX / 2, TOP + SIDE_PX / 2]) / PPM
    candidate = Candidate(centre, (76.0, 76.0), 0.0, measured=measured)
    candidate.polygon = candidate.corners_mm() * PPM
    candidate.seen = seen
    candidate.edged = (1.0, 0.0, 1.0, 1.0)
    candidate.alike = (0.0, 1.0, 0.0, 0.0)
    return candidate


def test_a_usual_note_cut_from_a_longer_pad_runs_on():
    pad = np.full(SHAPE, 160.0)  # one pad, 127 mm long, uniform past the rectangle's right side
    note = _guessed()
    assert _runs_on(note, [note], _region(pad), PPM)


def test_a_length_measured_or_a_note_mostly_in_view_does_not_run_on():
    pad = np.full(SHAPE, 160.0)
    for note in (_guessed(measured=1), _guessed(seen=0.85)):
        assert not _runs_on(note, [note], _region(pad), PPM)


def test_a_seam_inside_the_note_is_another_pads_edge_lying_on_it():
    pad = np.full(SHAPE, 160.0)
    edge = LEFT + SIDE_PX - int(25 * PPM)  # a pad lying over the note's right 25 mm: its edge shades this one
    pad[:, edge : edge + 2] = 138
    note = _guessed()
    assert not _runs_on(note, [note], _region(pad), PPM)


def test_a_neighbour_showing_its_edge_on_the_note_ends_it_there():
    pad = np.full(SHAPE, 160.0)
    note = _guessed()
    neighbour = Candidate(note.center + np.array([60.0, 0.0]), (76.0, 76.0), 0.0, measured=2)
    neighbour.edged = (1.0, 1.0, 1.0, 1.0)  # its left side, 16 mm inside the note, seen as an edge
    assert not _runs_on(note, [note, neighbour], _region(pad), PPM)
    neighbour.edged = (1.0, 1.0, 1.0, 0.0)  # not seen: nothing tells two pads from one
    assert _runs_on(note, [note, neighbour], _region(pad), PPM)


def _beyond(note: Candidate, length: float) -> Candidate:
    """A note of the same colour chosen in the region, ``length`` mm long, lying against the note's right side
    (side 1), its left side not seen as an edge."""
    other = Candidate(note.center + np.array([38.0 + length / 2, 0.0]), (length, 76.0), 0.0, measured=0)
    other.edged = (1.0, 1.0, 1.0, 0.0)
    return other


def test_a_note_in_view_with_a_shorter_piece_of_its_colour_beyond_the_open_side_runs_on():
    # a 127 mm note read as a usual 76 mm note, seen nearly whole, and the rest of it as a 51 mm piece
    pad = np.full(SHAPE, 160.0)
    note = _guessed(seen=0.91)
    assert _runs_on(note, [note, _beyond(note, 51.0)], _region(pad), PPM)


def test_a_note_in_view_with_a_whole_pad_of_its_colour_beside_it_is_not_doubted():
    # two usual pads side by side on a dense board, the seam between them too faint to find: as long as each other
    pad = np.full(SHAPE, 160.0)
    note = _guessed(seen=0.91)
    assert not _runs_on(note, [note, _beyond(note, 76.0)], _region(pad), PPM)
    assert not _runs_on(note, [note], _region(pad), PPM)


def test_a_pad_of_another_size_beside_it_is_not_doubted():
    # a 76 mm and a 63 mm pad side by side: 139 mm together, as long as no note sold
    pad = np.full(SHAPE, 160.0)
    note = _guessed(seen=0.91)
    assert not _runs_on(note, [note, _beyond(note, 63.0)], _region(pad), PPM)
