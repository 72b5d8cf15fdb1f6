"""The summary of many archived sessions: counted by the database, never loading every session.

``Archive.summary(selection)`` (``boards.archive.aggregate``) fills an :class:`ArchiveSummary`;
``analyse`` and ``report`` print and draw it, the app shows it. Per board it holds what
:func:`~boards.analysis.across.cross_session_summary` and
:func:`~boards.analysis.across.across_schools` say for loaded sessions (the same numbers,
tested), the procesplaat ranking over all sessions, and the counts per period.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from boards.analysis.across import SchoolComparison
from boards.analysis.measures import Heat, heat_of_counts
from boards.analysis.overview import frame_records
from boards.analysis.procesplaat import ProcessAnalysis
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.model import Board

NO_DATE = "(geen datum)"
#: Period lengths, longest first: ``(name, characters of the JJJJ-MM-DD date)``.
PERIOD_UNITS = (("jaar", 4), ("maand", 7), ("dag", 10))

SCHOOL_COLUMNS = ["school", "sessions", "first_date", "last_date", "notes", "dots", "actions", "open_actions"]
PERIOD_COLUMNS = ["period", "sessions", "schools", "notes", "dots", "actions", "open_actions"]
BOARD_COLUMNS = ["board_id", "board_title", "sessions", "schools", "first_date", "last_date"]


@dataclass
class BoardSummary:
    """Every chosen session of one board."""

    board_id: str
    board_title: str
    board: Board  # the most recent version of the board (heat view, labels)
    sessions: int
    schools: int
    first_date: str
    last_date: str
    zones: pd.DataFrame  # zone_id, zone_label, measure, sessions, total, mean, min, max
    dots: dict[tuple[str, str], int]  # (zone id, dot kind id) → dots over all sessions
    notes: dict[str, int]  # zone id → notes over all sessions
    colors: dict[str, int]  # note colour id → notes over all sessions
    periods: pd.DataFrame  # period, sessions, then per measure the mean per session
    period_zones: pd.DataFrame  # zone_id, zone_label, measure, <period>… (mean per session), change
    processes: ProcessAnalysis | None = None  # a procesplaat: ranking and suggested conclusion over all sessions
    comparison: SchoolComparison | None = None  # each school's most recent session, two or more schools

    @property
    def measures(self) -> list[str]:
        return list(dict.fromkeys(self.zones["measure"]))

    def heat(self, measure_id: str | None = None) -> Heat:
        """The board shaded by one measure over all sessions (``boards.analysis.measures``; never a sum)."""
        return heat_of_counts(self.board, self.dots, self.notes, measure_id)


@dataclass
class ArchiveSummary:
    selection: str  # the filter in words ("bord procesplaat-1, 2019-01-01 t/m 2019-12-31")
    filters: dict[str, str]
    sessions: int
    first_date: str
    last_date: str
    period_unit: str  # "jaar", "maand" or "dag"
    schools: pd.DataFrame  # SCHOOL_COLUMNS, most sessions first
    boards: list[BoardSummary] = field(default_factory=list)  # most sessions first
    board_table: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=BOARD_COLUMNS))
    periods: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PERIOD_COLUMNS))
    colors: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["color", "color_label", "count"]))

    @property
    def actions(self) -> int:
        return int(self.schools["actions"].sum()) if len(self.schools) else 0

    @property
    def open_actions(self) -> int:
        return int(self.schools["open_actions"].sum()) if len(self.schools) else 0

    def board(self, board_id: str) -> BoardSummary | None:
        return next((item for item in self.boards if item.board_id == board_id), None)


def period_unit(dates: list[str]) -> tuple[str, int]:
    """The longest period that still tells the dates apart: years, else months, else days."""
    dated = [date for date in dates if date]
    for name, length in PERIOD_UNITS:
        if len({date[:length] for date in dated}) >= 2:
            return name, length
    return PERIOD_UNITS[0]


def board_summary_to_dict(item: BoardSummary) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "board_id": item.board_id,
        "board_title": item.board_title,
        "sessions": item.sessions,
        "schools": item.schools,
        "first_date": item.first_date,
        "last_date": item.last_date,
        "zones": frame_records(item.zones),
        "periods": frame_records(item.periods),
        "period_zones": frame_records(item.period_zones),
    }
    if item.processes is not None:
        entry["processes"] = {
            "burden_kind": item.processes.kinds.burden.id,
            "positive_kind": item.processes.kinds.positive.id,
            "ranking": frame_records(item.processes.processes),
            "groups": frame_records(item.processes.groups),
            "suggestion": item.processes.suggestion,  # derived from the dots, never a team's words
        }
    if item.comparison is not None:
        entry["schools_compared"] = {
            "schools": item.comparison.schools,
            "zones": frame_records(item.comparison.table),
        }
    return entry


def summary_to_dict(summary: ArchiveSummary) -> dict[str, Any]:
    """A JSON-ready view (English keys) of the summary."""
    return {
        "selection": summary.selection,
        "filters": summary.filters,
        "sessions": summary.sessions,
        "first_date": summary.first_date,
        "last_date": summary.last_date,
        "actions": summary.actions,
        "open_actions": summary.open_actions,
        "period_unit": summary.period_unit,
        "schools": frame_records(summary.schools),
        "periods": frame_records(summary.periods),
        "colors": frame_records(summary.colors),
        "boards": [board_summary_to_dict(item) for item in summary.boards],
    }


#: The column of :func:`schools_by_measure` that adds up the zones not shown one by one.
REST_ZONES = QT_TRANSLATE_NOOP("analysis", "overige vakken ({n})")


def schools_by_measure(comparison: SchoolComparison, measure: str, zones: int = 8) -> pd.DataFrame:
    """One row per school (highest total first): its count of ``measure`` in the ``zones`` busiest zones,
    in the other zones together ("overige vakken (n)"), and in all. A school board's table: which school
    puts its dots where, readable for any number of schools (rows, not columns)."""
    schools = list(comparison.schools)
    rows = comparison.table[(comparison.table["measure"] == measure) & (comparison.table["total"] > 0)]
    top = rows.sort_values("total", ascending=False, kind="stable").head(zones)
    rest = rows.drop(index=top.index)
    frame = pd.DataFrame({"school": schools})
    seen: set[str] = set()
    for _, row in top.iterrows():
        name = str(row["zone_label"]) if row["zone_label"] not in seen else f"{row['zone_label']} ({row['zone_id']})"
        seen.add(name)
        frame[name] = [int(row[school]) for school in schools]
    if len(rest):
        frame[Message("analysis", REST_ZONES, {"n": len(rest)}).render()] = [
            int(rest[school].sum()) for school in schools
        ]
    frame["total"] = [int(rows[school].sum()) for school in schools]
    return frame.sort_values(["total", "school"], ascending=[False, True], kind="stable").reset_index(drop=True)
