"""A note whose colour shows only below a line of writing, the rest of it read as dot colour (writing's blurred
fringe on a green note passes for a green dot's darker green): the region below the writing is large enough for a
note, the search reads nothing in it, and its rim is writing, not dots. Writing on a note lies on that note, so
``_under_dots`` looks through it to the dots beyond and lays a doubtful note there, where before the note was
silently missed; beyond writing that runs onto bare board no note is laid."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.under_dots import _under_dots
from boards.capture.segment import INK, PAPER, Palette

PPM = 1.5
GREEN, DOT_GREEN = 13, 41


def _palette() -> Palette:
    return Palette(note_colors={GREEN: "green"}, dot_kinds={DOT_GREEN: "werkplezier"})


def _board(above: int) -> tuple[np.ndarray, np.ndarray]:
    """A 51 mm note at (100, 100) mm on bare board: its lower 15 mm in its own colour (a piece of 765 mm²),
    a 4 mm line of writing across it above that, and above the writing ``above``."""
    labels = np.full((int(200 * PPM), int(200 * PPM)), PAPER, np.uint8)

    def band(top_mm: float, bottom_mm: float, value: int) -> None:
        labels[int(top_mm * PPM) : int(bottom_mm * PPM), int(74.5 * PPM) : int(125.5 * PPM)] = value

    band(74.5, 106.5, above)
    band(106.5, 110.5, INK)
    band(110.5, 125.5, GREEN)
    piece = cv2.findNonZero((labels == GREEN).view(np.uint8)).reshape(-1, 2)
    return labels, piece


def test_a_note_below_writing_with_dot_colour_beyond_is_laid_doubtful():
    labels, piece = _board(above=DOT_GREEN)
    found = _under_dots({GREEN: [piece]}, [], labels, _palette(), PPM)
    assert len(found) == 1
    note = found[0]
    assert note.color == "green" and note.doubtful and note.reason == "covered"
    assert np.hypot(note.center[0] - 100.0, note.center[1] - 100.0) < 10.0
    assert abs(max(note.size) - 51.0) < 5.0


def test_writing_running_onto_bare_board_lays_no_note():
    # the same piece and writing, with bare board beyond it: nothing says a note goes on there
    labels, piece = _board(above=PAPER)
    assert _under_dots({GREEN: [piece]}, [], labels, _palette(), PPM) == []
