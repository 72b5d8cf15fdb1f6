"""On white paper a highlight's whole patch is unreadable for the dots, but a note in its haze keeps its colour and
its outline against the paper: it is doubtful only where the highlight turned part of it white."""

from __future__ import annotations

import numpy as np

from boards.capture.pipeline import _covers, _hiding_notes
from boards.capture.segment import WHITE_PAPER_BGR, Normalised
from boards.geometry import Rect

PPM = 1.5
REGION = Rect(0, 0, 200, 200)
NOTE = np.array([(40.0, 40.0), (116.0, 40.0), (116.0, 116.0), (40.0, 116.0)])  # a 76 mm note, board mm


def _white_board_with_a_pale_note() -> tuple[Normalised, np.ndarray]:
    size = int(200 * PPM)
    image = np.full((size, size, 3), WHITE_PAPER_BGR, np.uint8)
    image[int(40 * PPM) : int(116 * PPM), int(40 * PPM) : int(116 * PPM)] = (200, 180, 240)  # pale pink, evened out
    patch = np.zeros((size, size), bool)
    patch[int(20 * PPM) : int(150 * PPM), int(20 * PPM) : int(150 * PPM)] = True  # the highlight's patch
    return Normalised(image, WHITE_PAPER_BGR, "white", glare=patch, unreadable=patch), patch


def _doubtful(normalised: Normalised, hidden: np.ndarray) -> bool:
    hiding, share = _hiding_notes(normalised, hidden)
    return hiding is not None and _covers(hiding, NOTE, PPM, REGION, share)


def test_a_note_in_a_highlights_haze_on_white_paper_that_keeps_its_colour_is_vouched_for():
    normalised, patch = _white_board_with_a_pale_note()
    assert not _doubtful(normalised, patch)


def test_a_note_the_highlight_turned_partly_white_on_white_paper_is_doubtful():
    normalised, patch = _white_board_with_a_pale_note()
    # the highlight's core washes a tenth of the note to white
    normalised.image[int(40 * PPM) : int(48 * PPM), int(40 * PPM) : int(116 * PPM)] = 250
    assert _doubtful(normalised, patch)


def test_on_brown_paper_a_quarter_of_a_note_in_the_white_core_makes_it_doubtful():
    normalised, patch = _white_board_with_a_pale_note()
    normalised.paper_kind = "brown"
    core = np.zeros(patch.shape, bool)
    core[int(40 * PPM) : int(60 * PPM), :] = True  # a little over a quarter of the note
    assert _doubtful(normalised, core)
    core[int(55 * PPM) : int(60 * PPM), :] = False  # a fifth
    assert not _doubtful(normalised, core)
