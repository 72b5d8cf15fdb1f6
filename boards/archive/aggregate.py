"""The summary of many sessions, counted by the database (SQLAlchemy Core; SQLite and PostgreSQL alike).

Every count comes from ``GROUP BY`` queries over the ``sessions`` row and the normalised
``session_counts`` / ``session_notes`` rows of the chosen sessions; the only documents read
are one per version of each board, for its zone labels and dot kinds. The numbers are those
of :mod:`boards.analysis.across` on the loaded sessions (tests compare them on both
databases); sums, counts, minima and maxima are integers in both, means are worked out
here from sum and count so both databases give the same float.
"""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pandas as pd
from sqlalchemy import ColumnElement, case, func, select

from boards.analysis.across import NOTES_MEASURE, Layout, SchoolComparison, board_layout
from boards.analysis.procesplaat import analyse_process_counts, is_process_board
from boards.analysis.summary import (
    BOARD_COLUMNS,
    NO_DATE,
    PERIOD_COLUMNS,
    SCHOOL_COLUMNS,
    ArchiveSummary,
    BoardSummary,
    period_unit,
)
from boards.archive.selection import SessionFilter
from boards.archive.tables import BOARD_ZONE, COLOR_KIND_PREFIX, DOCUMENTS, NOTES_KIND, SessionRow, counts_table
from boards.colors import NOTE_COLORS
from boards.fileformat import loads_session
from boards.model import Board
from boards.session import Session, new_id

if TYPE_CHECKING:
    from boards.archive.store import Archive

S = SessionRow.__table__
C = counts_table
#: Ids per ``IN (…)`` list, well below what SQLite and PostgreSQL take.
ID_CHUNK = 900
ZONE_COLUMNS = ["zone_id", "zone_label", "measure", "sessions", "total", "mean", "min", "max"]
_COLOR_LABELS = {color.id: color.label for color in NOTE_COLORS}
_COLOR_ORDER = {color.id: index for index, color in enumerate(NOTE_COLORS)}


def _chunks(ids: Sequence[str]) -> list[Sequence[str]]:
    return [ids[start : start + ID_CHUNK] for start in range(0, len(ids), ID_CHUNK)] or [[]]


class _Counter:
    """The queries of one summary, on one connection (one consistent snapshot on PostgreSQL)."""

    def __init__(self, connection, selection: SessionFilter) -> None:
        self.connection = connection
        self.selection = selection

    def where(self, board_id: str | None = None) -> list[ColumnElement[bool]]:
        found = self.selection.conditions(S)
        if board_id is not None:
            found.append(S.c.board_id == board_id)
        return found

    # --- the whole selection (the sessions rows only) ------------------------------------

    def schools(self) -> pd.DataFrame:
        query = (
            select(
                S.c.school,
                func.count(),
                func.min(S.c.date),
                func.max(S.c.date),
                func.sum(S.c.note_count),
                func.sum(S.c.dot_total),
                func.sum(S.c.action_count),
                func.sum(S.c.open_action_count),
            )
            .where(*self.where())
            .group_by(S.c.school)
        )
        rows = [
            (school, int(count), first, last, *(int(number) for number in sums))
            for school, count, first, last, *sums in self.connection.execute(query)
        ]
        frame = pd.DataFrame(rows, columns=SCHOOL_COLUMNS)
        frame = frame.sort_values(["sessions", "school"], ascending=[False, True], kind="stable")
        return _int_columns(frame.reset_index(drop=True), [*SCHOOL_COLUMNS[4:], "sessions"])

    def boards(self) -> pd.DataFrame:
        query = (
            select(
                S.c.board_id,
                func.max(S.c.board_title),
                func.count(),
                func.count(S.c.school.distinct()),
                func.min(S.c.date),
                func.max(S.c.date),
            )
            .where(*self.where())
            .group_by(S.c.board_id)
        )
        frame = pd.DataFrame([tuple(row) for row in self.connection.execute(query)], columns=BOARD_COLUMNS)
        frame = frame.sort_values(["sessions", "board_id"], ascending=[False, True], kind="stable")
        return _int_columns(frame.reset_index(drop=True), ["sessions", "schools"])

    def dates(self) -> list[str]:
        query = select(S.c.date).where(*self.where()).distinct()
        return sorted(self.connection.execute(query).scalars())

    def periods(self, length: int) -> pd.DataFrame:
        period = func.substr(S.c.date, 1, length)
        query = (
            select(
                period,
                func.count(),
                func.count(S.c.school.distinct()),
                func.sum(S.c.note_count),
                func.sum(S.c.dot_total),
                func.sum(S.c.action_count),
                func.sum(S.c.open_action_count),
            )
            .where(*self.where())
            .group_by(period)
            .order_by(period)
        )
        rows = [(period or NO_DATE, *map(int, rest)) for period, *rest in self.connection.execute(query)]
        return pd.DataFrame(rows, columns=PERIOD_COLUMNS).astype({c: "int64" for c in PERIOD_COLUMNS[1:]})

    # --- one board ----------------------------------------------------------------------------

    def board_sessions(self, board_id: str) -> list[tuple[str, str, str, str]]:
        """(date, school, id, layout key) of the board's chosen sessions, in the order the in-memory
        comparisons use (date, school, id)."""
        query = select(S.c.date, S.c.school, S.c.id, S.c.layout_key).where(*self.where(board_id))
        return sorted(tuple(row) for row in self.connection.execute(query))

    def layout(self, rows: list[tuple[str, str, str, str]], boards: dict[str, Board], any_notes: bool) -> Layout:
        """The layout of these sessions (``rows`` in order), as ``board_layout`` makes it of the loaded ones."""
        keys = list(dict.fromkeys(key for *_rest, key in rows))  # first use first
        return board_layout(boards[rows[-1][3]], [boards[key] for key in keys], any_notes)

    def any_notes(self, board_id: str | None = None, ids: Sequence[str] | None = None) -> bool:
        """Whether any of the board's chosen sessions (or of ``ids``) has notes, placed or not."""
        if ids is None:
            query = select(S.c.id).where(*self.where(board_id), S.c.note_count > 0).limit(1)
            return self.connection.execute(query).first() is not None
        for chunk in _chunks(ids):
            query = select(S.c.id).where(S.c.id.in_(chunk), S.c.note_count > 0).limit(1)
            if self.connection.execute(query).first() is not None:
                return True
        return False

    def load_boards(self, rows: list[tuple[str, str, str, str]]) -> dict[str, Board]:
        """One board per layout key: the snapshot of one of the sessions that used it."""
        some_session = {key: session_id for _date, _school, session_id, key in rows}
        boards: dict[str, Board] = {}
        for key, session_id in some_session.items():
            query = select(DOCUMENTS.c.document).where(DOCUMENTS.c.session_id == session_id)
            document = self.connection.execute(query).scalar_one()
            boards[key] = loads_session(document, f"archief:{session_id}").board
        return boards

    def board_counts(self, board_id: str, length: int) -> dict[tuple[str, str, str], tuple[int, int, int, int]]:
        """(period, zone id, kind) → (sessions with a count, sum, min, max) over the board's chosen sessions:
        the one pass over ``session_counts`` a board's summary makes (zones, periods, colours)."""
        period = func.substr(S.c.date, 1, length)
        query = (
            select(period, C.c.zone_id, C.c.kind, *_stats(C.c.count))
            .select_from(C.join(S, S.c.id == C.c.session_id))
            .where(*self.where(board_id))
            .group_by(period, C.c.zone_id, C.c.kind)
        )
        return {
            (p or NO_DATE, zone, kind): tuple(int(n) for n in numbers)  # type: ignore[misc]
            for p, zone, kind, *numbers in self.connection.execute(query)
        }

    def zone_stats(
        self, board_id: str, layout: Layout, counts: dict[tuple[str, str, str], tuple[int, int, int, int]]
    ) -> dict[tuple[str, str], tuple[int, ...]]:
        """(zone id, measure) → (sessions with a count, sum, min, max) over the board's chosen sessions, from
        ``board_counts`` — or, when two dot kinds share a label (one measure), summed per session first."""
        measure_of = {NOTES_KIND: NOTES_MEASURE, **layout.kind_labels}
        if len(set(measure_of.values())) == len(measure_of):
            stats: dict[tuple[str, str], list[int]] = {}
            for (_period, zone_id, kind), (present, total, low, high) in counts.items():
                if kind not in measure_of:
                    continue
                entry = stats.setdefault((zone_id, measure_of[kind]), [0, 0, low, high])
                entry[0] += present
                entry[1] += total
                entry[2] = min(entry[2], low)
                entry[3] = max(entry[3], high)
            return {key: tuple(value) for key, value in stats.items()}
        measure = case(*((C.c.kind == kind, label) for kind, label in measure_of.items()), else_=C.c.kind)
        inner = (
            select(C.c.session_id, C.c.zone_id, measure.label("measure"), func.sum(C.c.count).label("n"))
            .select_from(C.join(S, S.c.id == C.c.session_id))
            .where(*self.where(board_id))
            .group_by(C.c.session_id, C.c.zone_id, measure)
            .subquery()
        )
        query = select(inner.c.zone_id, inner.c.measure, *_stats(inner.c.n)).group_by(inner.c.zone_id, inner.c.measure)
        return {(zone, name): tuple(int(n) for n in numbers) for zone, name, *numbers in self.connection.execute(query)}

    def period_sessions(self, board_id: str, length: int) -> dict[str, int]:
        period = func.substr(S.c.date, 1, length)
        query = select(period, func.count()).where(*self.where(board_id)).group_by(period)
        return {p or NO_DATE: int(n) for p, n in self.connection.execute(query)}

    def counts_of(self, ids: Sequence[str]) -> dict[str, Counter[tuple[str, str]]]:
        """Session id → (zone id, kind) → count, for a few sessions (each school's latest)."""
        found: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        for chunk in _chunks(ids):
            query = select(C.c.session_id, C.c.zone_id, C.c.kind, C.c.count).where(C.c.session_id.in_(chunk))
            for session_id, zone_id, kind, count in self.connection.execute(query):
                found[session_id][(zone_id, kind)] += int(count)
        return found


def _stats(column) -> tuple:
    """Sessions with a count, and the sum, minimum and maximum of it."""
    return func.count(), func.sum(column), func.min(column), func.max(column)


def _int_columns(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    return frame.astype({column: "int64" for column in columns})


def _zones_frame(layout: Layout, sessions: int, stats: dict[tuple[str, str], tuple[int, ...]]) -> pd.DataFrame:
    rows = []
    for zone_id, zone_label in layout.zones:
        for measure in layout.measures:
            present, total, low, high = stats.get((zone_id, measure), (0, 0, 0, 0))
            rows.append(
                (
                    zone_id,
                    zone_label,
                    measure,
                    sessions,
                    total,
                    total / sessions,
                    low if present == sessions else 0,
                    high if present else 0,
                )
            )
    frame = pd.DataFrame(rows, columns=ZONE_COLUMNS)
    return frame.astype({"sessions": "int64", "total": "int64", "mean": "float64", "min": "int64", "max": "int64"})


def _comparison(counter: _Counter, board_id: str, rows, boards: dict[str, Board]) -> SchoolComparison | None:
    """Each school's most recent session of the board, side by side (as ``across_schools``)."""
    latest: dict[str, tuple[str, str, str, str]] = {}
    for row in rows:  # in (date, school, id) order: the last one wins
        latest[row[1]] = row
    if len(latest) < 2:
        return None
    schools = sorted(latest)
    chosen_rows = [latest[school] for school in schools]  # across_schools's order: by school
    ids = [row[2] for row in chosen_rows]
    layout = counter.layout(chosen_rows, boards, counter.any_notes(ids=ids))
    counts = counter.counts_of(ids)
    measure_of = {NOTES_KIND: NOTES_MEASURE, **layout.kind_labels}
    per_school = {school: Counter() for school in schools}
    for school in schools:
        for (zone_id, kind), count in counts.get(latest[school][2], Counter()).items():
            if kind in measure_of:
                per_school[school][(zone_id, measure_of[kind])] += count
    table_rows = []
    for zone_id, zone_label in layout.zones:
        for measure in layout.measures:
            table_rows.append(
                (zone_id, zone_label, measure, *(per_school[school][(zone_id, measure)] for school in schools))
            )
    table = pd.DataFrame(table_rows, columns=["zone_id", "zone_label", "measure", *schools])
    table = table.astype({school: "int64" for school in schools})
    total = table[schools].sum(axis=1)
    table = pd.concat([table, pd.DataFrame({"total": total, "mean": total / len(schools)})], axis=1)
    return SchoolComparison(board_id, schools, table)


def _periods(
    layout: Layout,
    sessions: dict[str, int],
    counts: dict[tuple[str, str, str], int],
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per period the mean count per session of each measure; per zone and measure the mean per period."""
    periods = sorted(sessions, key=lambda period: (period == NO_DATE, period))
    measure_of = {NOTES_KIND: NOTES_MEASURE, **layout.kind_labels}
    sums: Counter[tuple[str, str, str]] = Counter()
    for (period, zone_id, kind), count in counts.items():
        if kind in measure_of:
            sums[(period, zone_id, measure_of[kind])] += count
    known = {zone_id for zone_id, _label in layout.zones}
    totals: Counter[tuple[str, str]] = Counter()
    for (period, zone_id, measure), count in sums.items():
        if zone_id in known:
            totals[(period, measure)] += count
    summary = pd.DataFrame(
        [
            (period, sessions[period], *(totals[(period, measure)] / sessions[period] for measure in layout.measures))
            for period in periods
        ],
        columns=["period", "sessions", *layout.measures],
    ).astype({"sessions": "int64"})
    rows = []
    for zone_id, zone_label in layout.zones:
        for measure in layout.measures:
            means = [sums[(period, zone_id, measure)] / sessions[period] for period in periods]
            rows.append((zone_id, zone_label, measure, *means, means[-1] - means[0] if means else 0.0))
    detail = pd.DataFrame(rows, columns=["zone_id", "zone_label", "measure", *periods, "change"])
    return summary, detail


def _board_summary(counter: _Counter, board_id: str, title: str, length: int) -> BoardSummary | None:
    rows = counter.board_sessions(board_id)
    if not rows:
        return None
    boards = counter.load_boards(rows)
    layout = counter.layout(rows, boards, counter.any_notes(board_id))
    counts = counter.board_counts(board_id, length)
    stats = counter.zone_stats(board_id, layout, counts)
    by_period = {key: total for key, (_present, total, _low, _high) in counts.items()}
    kind_totals: Counter[tuple[str, str]] = Counter()
    for (_period, zone_id, kind), count in by_period.items():
        kind_totals[(zone_id, kind)] += count
    latest = boards[rows[-1][3]]
    periods, period_zones = _periods(layout, counter.period_sessions(board_id, length), by_period)
    dates = [row[0] for row in rows if row[0]]
    return BoardSummary(
        board_id=board_id,
        board_title=title,
        board=latest,
        sessions=len(rows),
        schools=len({row[1] for row in rows}),
        first_date=min(dates, default=""),
        last_date=max(dates, default=""),
        zones=_zones_frame(layout, len(rows), stats),
        dots={(zone, kind): count for (zone, kind), count in kind_totals.items() if zone != BOARD_ZONE and kind},
        notes={zone_id: count for (zone_id, kind), count in kind_totals.items() if kind == NOTES_KIND},
        colors={
            kind.removeprefix(COLOR_KIND_PREFIX): count
            for (zone_id, kind), count in kind_totals.items()
            if zone_id == BOARD_ZONE and kind.startswith(COLOR_KIND_PREFIX)
        },
        periods=periods,
        period_zones=period_zones,
        processes=analyse_process_counts(latest, kind_totals) if is_process_board(latest) else None,
        comparison=_comparison(counter, board_id, rows, boards),
    )


def summarise(
    archive: Archive, selection: SessionFilter, progress: Callable[[int, int], None] | None = None
) -> ArchiveSummary:
    """Everything :class:`ArchiveSummary` holds about the sessions ``selection`` chooses."""
    with archive.engine.connect() as connection:
        counter = _Counter(connection, selection)
        board_table = counter.boards()
        steps = 3 + len(board_table)
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done, steps)

        dates = counter.dates()
        unit, length = period_unit(dates)
        summary = ArchiveSummary(
            selection=selection.describe(),
            filters=selection.to_dict(),
            sessions=int(board_table["sessions"].sum()) if len(board_table) else 0,
            first_date=min((d for d in dates if d), default=""),
            last_date=max((d for d in dates if d), default=""),
            period_unit=unit,
            schools=counter.schools(),
            board_table=board_table,
        )
        step()
        summary.periods = counter.periods(length)
        step()
        colors: Counter[str] = Counter()
        for board_id, title in zip(board_table["board_id"], board_table["board_title"]):
            item = _board_summary(counter, board_id, title, length)
            if item is not None:
                summary.boards.append(item)
                colors.update(item.colors)
            step()
        summary.colors = _colors_frame(colors)
        step()
    return summary


def _colors_frame(counts: Counter[str]) -> pd.DataFrame:
    ordered = sorted(counts, key=lambda color: (_COLOR_ORDER.get(color, len(_COLOR_ORDER)), color))
    return pd.DataFrame(
        [(color, _COLOR_LABELS.get(color, color), int(counts[color])) for color in ordered],
        columns=["color", "color_label", "count"],
    ).astype({"count": "int64"})


def summarise_sessions(sessions: Sequence[Session], selection: str = "de opgegeven sessies") -> ArchiveSummary:
    """The same summary of sessions given as files: counted by a database in memory (one code path)."""
    from boards.archive.store import Archive

    with Archive("sqlite://") as scratch:
        copies = []
        for session in sessions:
            twin = copy.copy(session)
            twin.id = new_id()  # a file given twice still counts twice, as in the analysis per session
            copies.append(twin)
        scratch.add_many(copies)
        summary = summarise(scratch, SessionFilter())
    summary.selection = selection
    return summary
