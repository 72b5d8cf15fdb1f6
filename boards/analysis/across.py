"""Across sessions: one board over time for a school, one board across schools.

Everything is counted per zone and per *measure*: "briefjes" (notes) and
each dot kind of the board (by label). Zones and measures follow the order of
the board in the most recent session.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Board
from boards.session import Session

NOTES_MEASURE = "briefjes"
LONG_COLUMNS = ["session", "school", "date", "zone_id", "zone_label", "measure", "count"]


def common_board_id(sessions: Sequence[Session]) -> str:
    """The board most of the sessions used (the first one on a tie)."""
    if not sessions:
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "geen sessies om te vergelijken")))
    counts = Counter(session.board.id for session in sessions)
    top = max(counts.values())
    return next(session.board.id for session in sessions if counts[session.board.id] == top)


def sessions_of_board(sessions: Iterable[Session], board_id: str) -> list[Session]:
    return sorted((s for s in sessions if s.board.id == board_id), key=lambda s: (s.date, s.school, s.id))


@dataclass
class Layout:
    """The rows of a comparison: zones in board order, the measures, and each dot kind's measure."""

    zones: list[tuple[str, str]]  # (zone id, label)
    measures: list[str]
    kind_labels: dict[str, str]  # dot kind id → measure (its label)


def board_layout(latest: Board, boards: Iterable[Board], any_notes: bool) -> Layout:
    """Zones and measures in the order of the ``latest`` board; zones and kinds only older versions of
    the board had (``boards``, oldest first) come after. ``any_notes``: a session has notes."""
    boards = list(boards)
    zones = [(zone.id, zone.label or zone.id) for zone in latest.zones]
    kind_labels: dict[str, str] = {}
    for board in boards:
        for kind in board.dot_kinds():
            kind_labels.setdefault(kind.id, kind.label)
    for kind in latest.dot_kinds():
        kind_labels[kind.id] = kind.label
    has_notes = any(zone.holds.notes for zone in latest.zones) or any_notes
    measures = ([NOTES_MEASURE] if has_notes else []) + list(dict.fromkeys(kind_labels.values()))
    known = {zone_id for zone_id, _ in zones}
    for board in boards:  # zones that later versions of the board dropped
        for zone in board.zones:
            if zone.id not in known:
                zones.append((zone.id, zone.label or zone.id))
                known.add(zone.id)
    return Layout(zones, measures, kind_labels)


def _layout(sessions: Sequence[Session]) -> tuple[list[tuple[str, str]], list[str], dict[str, str]]:
    """(zone id, label) pairs and measures in board order, from the latest session; kind id → label."""
    layout = board_layout(sessions[-1].board, (s.board for s in sessions), any(s.results.notes for s in sessions))
    return layout.zones, layout.measures, layout.kind_labels


def long_counts(sessions: Sequence[Session]) -> pd.DataFrame:
    """One row per session × zone × measure, zeros included."""
    if not sessions:
        return pd.DataFrame(columns=LONG_COLUMNS)
    zones, measures, kind_labels = _layout(sessions)
    rows = []
    for session in sessions:
        counts: Counter[tuple[str, str]] = Counter()
        for note in session.results.notes:
            if note.zone_id is not None:
                counts[(note.zone_id, NOTES_MEASURE)] += 1
        for dot in session.results.dots:
            counts[(dot.zone_id, kind_labels.get(dot.kind, dot.kind))] += dot.count
        for zone_id, zone_label in zones:
            for measure in measures:
                rows.append(
                    (session.id, session.school, session.date, zone_id, zone_label, measure, counts[(zone_id, measure)])
                )
    frame = pd.DataFrame.from_records(rows, columns=LONG_COLUMNS)
    frame["count"] = frame["count"].astype("int64")
    order = {zone_id: index for index, (zone_id, _) in enumerate(zones)}
    frame["zone_order"] = frame["zone_id"].map(order)
    frame["measure_order"] = frame["measure"].map({measure: index for index, measure in enumerate(measures)})
    return frame


def _pivot(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    table = frame.pivot_table(
        index=["zone_order", "measure_order", "zone_id", "zone_label", "measure"],
        columns=column,
        values="count",
        aggfunc="sum",
        fill_value=0,
        observed=True,
    )
    table = table.sort_index().reset_index().drop(columns=["zone_order", "measure_order"])
    table.columns.name = None
    return table


@dataclass
class Trend:
    """One board over time: a column per date, and the change first → last."""

    board_id: str
    school: str
    dates: list[str]
    table: pd.DataFrame  # zone_id, zone_label, measure, <date>..., change
    moved: pd.DataFrame  # the rows whose count changed, biggest change first
    board_title: str = ""  # the title of the board in the most recent session


def over_time(sessions: Sequence[Session], board_id: str | None = None, school: str | None = None) -> Trend:
    """The same board at different dates (summed when a date has more sessions)."""
    board_id = board_id or common_board_id(sessions)
    chosen = sessions_of_board(sessions, board_id)
    if school is not None:
        chosen = [session for session in chosen if session.school == school]
    if not chosen:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "geen sessies met bord '{board}' voor school '{school}'"),
                board=board_id,
                school=school or "",
            )
        )
    schools = sorted({session.school for session in chosen})
    frame = long_counts(chosen)
    table = _pivot(frame, "date")
    dates = sorted({session.date for session in chosen})
    table["change"] = table[dates[-1]] - table[dates[0]]
    moved = table[table["change"] != 0].sort_values(
        "change", key=lambda column: column.abs(), ascending=False, kind="stable"
    )
    return Trend(
        board_id,
        school if school is not None else ", ".join(schools),
        dates,
        table,
        moved.reset_index(drop=True),
        chosen[-1].board.title,
    )


@dataclass
class SchoolComparison:
    board_id: str
    schools: list[str]
    table: pd.DataFrame  # zone_id, zone_label, measure, <school>..., total, mean


def across_schools(sessions: Sequence[Session], board_id: str | None = None) -> SchoolComparison:
    """The same board at several schools: each school's most recent session."""
    board_id = board_id or common_board_id(sessions)
    latest: dict[str, Session] = {}
    for session in sessions_of_board(sessions, board_id):
        latest[session.school] = session  # sorted by date: the last one wins
    chosen = [latest[school] for school in sorted(latest)]
    if not chosen:
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "geen sessies met bord '{board}'"), board=board_id)
        )
    table = _pivot(long_counts(chosen), "school")
    schools = sorted(latest)
    table["total"] = table[schools].sum(axis=1)
    table["mean"] = table["total"] / len(schools)
    return SchoolComparison(board_id, schools, table)


def cross_session_summary(sessions: Sequence[Session], board_id: str | None = None) -> pd.DataFrame:
    """Per zone and measure over every session of one board: sessions, total, mean, min, max."""
    board_id = board_id or common_board_id(sessions)
    chosen = sessions_of_board(sessions, board_id)
    frame = long_counts(chosen)
    if frame.empty:
        return pd.DataFrame(columns=["zone_id", "zone_label", "measure", "sessions", "total", "mean", "min", "max"])
    summary = (
        frame.groupby(["zone_order", "measure_order", "zone_id", "zone_label", "measure"], sort=True)["count"]
        .agg(sessions="count", total="sum", mean="mean", min="min", max="max")
        .reset_index()
        .drop(columns=["zone_order", "measure_order"])
    )
    return summary
