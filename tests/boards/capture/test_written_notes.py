"""Notes under bold marker writing: a band of writing across a note does not cut it in two."""

from __future__ import annotations

import numpy as np

from boards.capture.notes import detect_notes
from boards.capture.segment import INK, NOTE_BASE, PAPER, build_palette
from boards.templates import load_template

PPM = 1.5


def _px(mm: float) -> int:
    return int(round(mm * PPM))


def test_a_band_of_marker_writing_across_a_note_does_not_cut_it_in_two():
    # a line of joined-up loops written with a thick marker: the band the loops fill (letters 6 mm high,
    # the stroke 2.5 mm, blurred) is about 9 mm wide and runs past both edges of the note
    palette = build_palette(load_template("procesplaat-1"), (122, 165, 200))
    labels = np.full((_px(200), _px(200)), PAPER, np.uint8)
    lines = np.zeros(labels.shape, bool)
    labels[_px(40) : _px(116), _px(40) : _px(116)] = NOTE_BASE
    labels[_px(88) : _px(97), _px(35) : _px(121)] = INK
    lines[_px(92), _px(35) : _px(121)] = True
    found = detect_notes(labels, lines, np.ones(labels.shape, bool), palette, PPM)
    assert len(found) == 1, [(blob.center, blob.size) for blob in found]
    (blob,) = found
    assert np.hypot(blob.center[0] - 78, blob.center[1] - 78) < 5
    assert min(blob.size) > 70


def test_coloured_writing_whose_blurred_rim_reads_as_the_board_does_not_cut_a_note_in_two():
    # blue marker on a yellow note, blurred: the ink's rim mixes to a colour nearest the kraft paper's, so
    # each line of writing is a dark core between two bands "of board" from edge to edge
    palette = build_palette(load_template("procesplaat-1"), (122, 165, 200))
    labels = np.full((_px(200), _px(200)), PAPER, np.uint8)
    lines = np.zeros(labels.shape, bool)
    labels[_px(40) : _px(116), _px(40) : _px(116)] = NOTE_BASE
    for top in (58, 78, 98):
        labels[_px(top) : _px(top + 5), _px(38) : _px(118)] = PAPER
        labels[_px(top + 1.5) : _px(top + 3.5), _px(38) : _px(118)] = INK
        lines[_px(top + 2.5), _px(38) : _px(118)] = True
    found = detect_notes(labels, lines, np.ones(labels.shape, bool), palette, PPM)
    assert len(found) == 1, [(blob.center, blob.size) for blob in found]
    (blob,) = found
    assert np.hypot(blob.center[0] - 78, blob.center[1] - 78) < 5
    assert min(blob.size) > 70
    # a note beside bare board with a printed line on it is not joined to the board
    labels[:, _px(130) : _px(131)] = INK
    found = detect_notes(labels, lines, np.ones(labels.shape, bool), palette, PPM)
    assert len(found) == 1 and max(found[0].size) < 82
