"""What capture's detections stand for, without Qt: doubt, counted dots, session results."""

from __future__ import annotations

from dataclasses import dataclass, field

from boards.capture import (
    DOUBTFUL_BELOW,
    DotDetection,
    NoteDetection,
    count_dots,
    dot_is_counted,
    is_doubtful,
    results_from,
)
from boards.geometry import Rect
from boards.model import Board, DotKind, Holds, Zone, ZoneKind
from boards.paper import Paper
from boards.session import DotCount, NoteSource

RED = DotKind("werkdruk", "werkdruk", "#e53935")
GREEN = DotKind("werkplezier", "werkplezier", "#43a047")


def _board() -> Board:
    return Board(
        id="b",
        title="B",
        paper=Paper.a_series("A2"),
        zones=[
            Zone("a", ZoneKind.CELL, Rect(0, 0, 100, 100), "A", holds=Holds(dots=[RED, GREEN])),
            Zone("b", ZoneKind.CELL, Rect(100, 0, 100, 100), "B", holds=Holds(dots=[RED])),
            Zone("c", ZoneKind.CELL, Rect(200, 0, 100, 100), "C"),
        ],
    )


def _dot(kind: str, zone: str | None, confidence: float = 0.9) -> DotDetection:
    return DotDetection(kind, "#000000", zone, 1.0, 1.0, 12.0, confidence, 0)


def _note(text: str, confidence: float = 0.9) -> NoteDetection:
    return NoteDetection("yellow", "a", 50.04, 49.96, 76.01, 75.99, 0.0, [], confidence, 0, text=text)


def test_doubt_begins_below_the_threshold():
    assert DOUBTFUL_BELOW == 0.6
    assert is_doubtful(_note("x", 0.59)) and is_doubtful(_dot("werkdruk", "a", 0.1))
    assert not is_doubtful(_note("x", 0.6)) and not is_doubtful(_dot("werkdruk", "a", 1.0))


def test_only_dots_in_a_zone_that_collects_their_kind_count():
    board = _board()
    assert dot_is_counted(board, _dot("werkdruk", "b"))
    assert not dot_is_counted(board, _dot("werkplezier", "b"))  # b collects only red
    assert not dot_is_counted(board, _dot("werkdruk", "c"))  # c collects no dots
    assert not dot_is_counted(board, _dot("werkdruk", None))  # outside the zones
    assert not dot_is_counted(board, _dot("werkdruk", "weg"))


def test_counts_are_per_zone_and_kind_in_board_order():
    dots = [_dot("werkdruk", "b"), _dot("werkplezier", "a"), _dot("werkdruk", "a"), _dot("werkdruk", "b")]
    dots += [_dot("werkplezier", "b"), _dot("werkdruk", "c"), _dot("werkdruk", None)]
    assert count_dots(_board(), dots) == [
        DotCount("a", "werkdruk", 1),
        DotCount("a", "werkplezier", 1),
        DotCount("b", "werkdruk", 2),
    ]


@dataclass
class _Reviewed:
    """Any note with the fields of a detection will do (the review keeps its own)."""

    text: str
    zone_id: str | None = "b"
    color: str = "pink"
    x_mm: float = 10.06
    y_mm: float = 20.0
    width_mm: float = 76.0
    height_mm: float = 76.0
    confidence: float = 0.12345
    id: str = field(default="n1")


def test_results_from_detections_trim_round_and_mark_photo_notes():
    results = results_from(_board(), [_note("  Te veel mail \n"), _Reviewed("idee")], [_dot("werkdruk", "b")])
    first, second = results.notes
    assert first.text == "Te veel mail"
    assert (first.x_mm, first.y_mm, first.width_mm, first.height_mm) == (50.0, 50.0, 76.0, 76.0)
    assert first.source is NoteSource.PHOTO and first.confidence == 0.9
    assert (second.id, second.text, second.zone_id, second.color) == ("n1", "idee", "b", "pink")
    assert (second.x_mm, second.confidence) == (10.1, 0.123)
    assert results.dots == [DotCount("b", "werkdruk", 1)]
