"""A note more than half covered by a cluster of dots stuck on it: what shows of it is too small for a note,
but it is no silent miss — it is read as a doubtful ("covered") note where it lies."""

from __future__ import annotations

import pytest

from boards.capture import CaptureOptions, capture_photos, is_doubtful
from boards.colors import DOT_GREEN, DOT_RED
from tests.boards.capture.synthetic import Dot, Note, Scene, near, photograph

NOTE = Note("pink", 345.0, 405.0, -9.0, size_mm=(51.0, 51.0), writing=False)
COVER = [  # dots of 19 mm stuck over most of the note: what shows of it is an L smaller than any note
    Dot(DOT_RED, 330, 392, 19.0),
    Dot(DOT_RED, 333, 410, 19.0),
    Dot(DOT_GREEN, 349, 404, 19.0),
    Dot(DOT_RED, 340, 425, 19.0),
    Dot(DOT_GREEN, 362, 405, 19.0),
]
ALONE = [  # a cluster of dots on bare board in another zone, and dots standing alone (they set the dots' size)
    Dot(DOT_RED, 560, 520, 19.0),
    Dot(DOT_RED, 578, 520, 19.0),
    Dot(DOT_GREEN, 569, 536, 19.0),
    Dot(DOT_GREEN, 600, 400, 19.0),
    Dot(DOT_RED, 650, 400, 19.0),
]


@pytest.fixture(scope="module")
def result(board):
    jpeg, _ = photograph(board, Scene(notes=[NOTE], dots=COVER + ALONE))
    return capture_photos([jpeg], board, CaptureOptions(crops=False, keep_rectified=False))


def test_a_note_mostly_under_dots_is_found_doubtful(result):
    found = near(result.notes, NOTE.x_mm, NOTE.y_mm, 10.0)
    assert [note.color for note in found] == ["pink"]
    assert is_doubtful(found[0])
    assert found[0].doubt == "covered"


def test_dots_on_bare_board_are_no_note(result):
    assert len(result.notes) == 1
