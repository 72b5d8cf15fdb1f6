"""Notes under bold marker writing: a band of writing across a note does not cut it in two."""

from __future__ import annotations

import numpy as np

from boards.capture.notes.search import detect_notes
from boards.capture.segment import INK, NOTE_BASE, PAPER
from tests.boards.capture.synthetic import kraft_palette

PPM = 1.5


def _px(mm: float) -> int:
    return int(round(mm * PPM))


def test_a_band_of_marker_writing_across_a_note_does_not_cut_it_in_two():
    # a line of joined-up loops written with a thick marker: the band the loops fill (letters 6 mm high,
    # the stroke 2.5 mm, blurred) is about 9 mm wide and runs past both edges of the note
    palette = kraft_palette()
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
    palette = kraft_palette()
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


def _disc(labels, centre_mm, diameter_mm, klass):
    import cv2

    cv2.circle(labels, (_px(centre_mm[0]), _px(centre_mm[1])), _px(diameter_mm / 2), int(klass), -1)


def test_a_rectangle_with_dots_biting_its_edges_is_trimmed_to_its_rectangle_two_notes_are_not():
    import cv2

    from boards.capture.notes.candidates import _trimmed_box

    own = np.zeros((_px(200), _px(220)), np.uint8)
    own[_px(40) : _px(116), _px(40) : _px(167)] = 1  # 127 x 76 mm
    for centre in ((60, 40), (100, 116), (167, 80), (40, 40)):  # dots over its edges and a corner
        _disc(own, centre, 16, 0)
    _disc(own, (172, 50), 14, 1)  # one stuck to its edge, joined to it
    corners = _trimmed_box(own, PPM)
    assert corners is not None
    (_, _), (w, h), _ = cv2.minAreaRect(corners.astype(np.float32))
    assert abs(max(w, h) / PPM - 127) < 3 and abs(min(w, h) / PPM - 76) < 3
    # two notes of one colour overlapping, the second 51 mm along and 8 mm across: not one rectangle
    pair = np.zeros((_px(200), _px(220)), np.uint8)
    pair[_px(40) : _px(116), _px(40) : _px(116)] = 1
    pair[_px(48) : _px(124), _px(91) : _px(167)] = 1
    assert _trimmed_box(pair, PPM) is None


def test_usual_notes_in_line_make_up_the_length_of_the_rectangle_they_form_pieces_of_one_note_do_not():
    from boards.capture.notes.candidates import Candidate
    from boards.capture.notes.choosing import _fill_length

    box = Candidate(np.array([103.5, 78.0]), (127.0, 76.0), 0.0, measured=2, box=True)
    # two 76 mm notes overlapping by 25 mm: their outer ends are the rectangle's ends
    pair = [
        Candidate(np.array([78.0, 78.0]), (76.0, 76.0), 0.0, measured=2, known=True),
        Candidate(np.array([129.0, 78.0]), (76.0, 76.0), 0.0, measured=2, known=True),
    ]
    assert _fill_length(pair, box)
    # a usual note read at each end of one long note, the curled end read short: they fall 7 mm short
    short = [pair[0], Candidate(np.array([122.0, 76.5]), (76.0, 73.0), 0.0, measured=2, known=True)]
    assert not _fill_length(short, box)
    # the same turned upright (the box's long side along its height)
    upright = Candidate(np.array([78.0, 103.5]), (76.0, 127.0), 0.0, measured=2, box=True)
    turned = [Candidate(np.array([78.0, c.center[0]]), c.size, 0.0, measured=2, known=True) for c in pair]
    assert _fill_length(turned, upright)


def test_a_strip_of_a_note_peeking_out_from_under_another_is_not_trimmed_away():
    from boards.capture.notes.candidates import _trimmed_box

    own = np.zeros((_px(160), _px(160)), np.uint8)
    own[_px(40) : _px(116), _px(40) : _px(86)] = 1  # what a note under another one shows: 46 x 76 mm
    own[_px(113) : _px(118), _px(86) : _px(116)] = 1  # and a strip of it below the upper note's edge
    others = np.zeros(own.shape, bool)
    others[_px(30) : _px(113), _px(86) : _px(150)] = True  # the upper note, of another colour
    assert _trimmed_box(own, PPM, others) is None
    assert _trimmed_box(own, PPM) is None  # the strip is straight, no dot


def test_an_opening_by_a_disc_by_distance_transforms_is_the_opening_by_a_disc():
    import cv2

    from boards.capture.segment import opened_by_disc

    rng = np.random.default_rng(3)
    mask = np.zeros((200, 240), np.uint8)
    cv2.rectangle(mask, (40, 40), (160, 120), 1, -1)
    for _ in range(12):
        x, y = (int(v) for v in rng.integers(30, 170, 2))
        cv2.circle(mask, (x, y), int(rng.integers(5, 16)), int(rng.integers(0, 2)), -1)
    size = 33
    plain = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
    fast = opened_by_disc(mask, size / 2)
    # (the discs' rims are drawn a little differently by the two: a pixel here or there along the outline)
    assert np.count_nonzero(plain != fast) < 0.02 * np.count_nonzero(plain)
    assert np.count_nonzero(fast) > 0.9 * np.count_nonzero(plain)
