"""A small note smothered by dots and writing: lines of marker reaching its edges and dots biting into them
leave a region of its colour large enough for a note, but no rectangle the search can read. It is no silent
miss: it is read as a doubtful ("covered") note where it lies, as a note mostly under dots is. Such a region
lying over bare board, over another note's colour or over a note of its colour found already is a piece of
something else, and no note."""

from __future__ import annotations

import numpy as np
import pytest

from boards.capture import CaptureOptions, capture_photos, is_doubtful
from boards.capture.notes.base import NoteBlob
from boards.capture.notes.under_dots import _may_lie_under_dots
from boards.capture.segment import PAPER
from boards.colors import DOT_GREEN, DOT_RED
from tests.boards.capture.synthetic import Dot, Note, Scene, Stroke, kraft_palette, near, note_class_of, photograph

NOTE = Note("yellow", 345.0, 405.0, -4.0, size_mm=(51.0, 51.0))  # the only 51 mm note: its size is never seen
ON_IT = [  # dots biting into its right side, its top and its lower left corner
    Dot(DOT_RED, 362, 398),
    Dot(DOT_RED, 366, 410),
    Dot(DOT_RED, 358, 420),
    Dot(DOT_GREEN, 338, 384),
    Dot(DOT_RED, 330, 418),
]
ALONE = [Dot(DOT_GREEN, 600, 400), Dot(DOT_RED, 650, 400), Dot(DOT_RED, 560, 520), Dot(DOT_GREEN, 620, 560)]
WRITING = [Stroke((318, 398), (372, 394)), Stroke((318, 412), (372, 408))]  # thick marker across, edge to edge


@pytest.fixture(scope="module")
def result(board):
    jpeg, _ = photograph(board, Scene(notes=[NOTE], dots=ON_IT + ALONE, strokes=WRITING))
    return capture_photos([jpeg], board, CaptureOptions(crops=False, keep_rectified=False))


def test_a_note_smothered_by_dots_and_writing_is_found_doubtful(result):
    found = near(result.notes, NOTE.x_mm, NOTE.y_mm, 10.0)
    assert [note.color for note in found] == ["yellow"]
    assert is_doubtful(found[0])
    assert found[0].doubt == "covered"
    assert max(found[0].width_mm, found[0].height_mm) == pytest.approx(51.0, abs=4.0)
    assert len(result.notes) == 1


PPM = 2.0


@pytest.fixture(scope="module")
def palette():
    return kraft_palette()


def _classes(palette):
    yellow = note_class_of(palette, "yellow")
    pink = note_class_of(palette, "pink")
    dot = next(iter(palette.dot_kinds))
    return yellow, pink, dot


def _labels(fill: int, under: int | None = None) -> np.ndarray:
    """A board of ``fill`` with the square (51 mm at (100, 100) mm) of ``under`` when given."""
    labels = np.full((int(200 * PPM), int(200 * PPM)), fill, np.uint8)
    if under is not None:
        labels[int(75 * PPM) : int(125 * PPM), int(75 * PPM) : int(125 * PPM)] = under
    return labels


def test_a_note_laid_over_its_colour_and_dots_may_lie_there(palette):
    yellow, _, dot = _classes(palette)
    labels = _labels(PAPER, yellow)
    labels[int(90 * PPM) : int(110 * PPM), int(100 * PPM) : int(125 * PPM)] = dot  # dots over its right half
    assert _may_lie_under_dots((100.0, 100.0), (51.0, 51.0), 0.0, yellow, [], labels, palette, PPM)


@pytest.mark.parametrize("what", ["bare board", "another note"])
def test_a_note_laid_where_something_else_shows_may_not(palette, what):
    yellow, pink, _ = _classes(palette)
    labels = _labels(PAPER) if what == "bare board" else _labels(PAPER, pink)
    assert not _may_lie_under_dots((100.0, 100.0), (51.0, 51.0), 0.0, yellow, [], labels, palette, PPM)


def test_a_note_laid_over_a_note_of_its_colour_found_already_may_not(palette):
    yellow, _, _ = _classes(palette)
    labels = _labels(PAPER, yellow)
    found = NoteBlob("yellow", (110.0, 100.0), (51.0, 51.0), 0.0, 0.9)
    assert not _may_lie_under_dots((100.0, 100.0), (51.0, 51.0), 0.0, yellow, [found], labels, palette, PPM)


@pytest.mark.parametrize("sure", [True, False])
def test_a_note_laid_over_most_of_a_sure_note_of_another_colour_may_not(palette, sure):
    """Dots on a pink note read whole: the blurred rims of the dots, in a note colour, are no note lying on it."""
    yellow, _, dot = _classes(palette)
    labels = _labels(PAPER, dot)
    pink = NoteBlob("pink", (100.0, 100.0), (76.0, 76.0), 0.0, 0.9 if sure else 0.3, doubtful=not sure)
    lies = _may_lie_under_dots((100.0, 100.0), (51.0, 51.0), 0.0, yellow, [pink], labels, palette, PPM)
    assert lies is not sure
