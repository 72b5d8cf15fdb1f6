"""Tidy tables (pandas) of what one or many sessions put on their boards.

One row per note, per dot count, per action item, each with the context a
table needs on its own: session, school, date, method, step, board, zone,
zone label and group. Column names are English identifiers; ``headers``
gives the Dutch column titles for exports.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from boards.colors import NOTE_COLORS
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.model import Board
from boards.session import NOTE_SOURCE_LABELS, Session

SESSION_COLUMNS = ["session", "school", "team", "date", "method", "step", "board_id", "board_title"]
NOTE_COLUMNS = [*SESSION_COLUMNS, "zone_id", "zone_label", "group_label", "color", "color_label", "text", "source"]
DOT_COLUMNS = [*SESSION_COLUMNS, "zone_id", "zone_label", "group_label", "kind", "kind_label", "count"]
ACTION_COLUMNS = [
    *SESSION_COLUMNS,
    "nr",
    "action",
    "owner",
    "due",
    "impact",
    "workload",
    "todos",
    "done",
    "open",
]
SESSION_TABLE_COLUMNS = [*SESSION_COLUMNS, "facilitator", "participants", "notes", "dots", "actions"]

_COLOR_LABELS = {color.id: color.label for color in NOTE_COLORS}
UNPLACED_LABEL = "(niet geplaatst)"


@dataclass(frozen=True)
class ZoneInfo:
    label: str
    group_label: str


def zone_infos(board: Board) -> dict[str, ZoneInfo]:
    """Zone id → display label and the label of its group (empty if none)."""
    groups = {group.id: group.label for group in board.groups}
    return {zone.id: ZoneInfo(zone.label or zone.id, groups.get(zone.group or "", "")) for zone in board.zones}


def kind_labels(board: Board) -> dict[str, str]:
    return {kind.id: kind.label for kind in board.dot_kinds()}


def session_key(session: Session) -> str:
    """The id that ties the rows of one session together across tables."""
    return session.id


def session_label(session: Session) -> str:
    """A short readable name: "De Borgstee · 2019-03-12 · Procesplaat 1"."""
    return session_label_message(session).render()


def session_label_message(session: Session) -> Message:
    """The short name, translatable (only "(geen school)" and "(geen datum)" are words of the app)."""
    no_school = Message("analysis", QT_TRANSLATE_NOOP("analysis", "(geen school)"))
    no_date = Message("analysis", QT_TRANSLATE_NOOP("analysis", "(geen datum)"))
    return Message(
        "analysis",
        "{school} · {date} · {board}",
        {"school": session.school or no_school, "date": session.date or no_date, "board": session.board.title},
    )


def _session_fields(session: Session) -> tuple:
    return (
        session_key(session),
        session.school,
        session.team,
        session.date,
        session.method or session.board.method or "",
        session.step or session.board.step or "",
        session.board.id,
        session.board.title,
    )


def notes_table(sessions: Iterable[Session]) -> pd.DataFrame:
    rows: list[tuple] = []
    for session in sessions:
        head = _session_fields(session)
        infos = zone_infos(session.board)
        for note in session.results.notes:
            info = infos.get(note.zone_id or "")
            if note.zone_id is None:
                zone_label, group_label = UNPLACED_LABEL, ""
            elif info is None:
                zone_label, group_label = note.zone_id, ""
            else:
                zone_label, group_label = info.label, info.group_label
            rows.append(
                (
                    *head,
                    note.zone_id or "",
                    zone_label,
                    group_label,
                    note.color,
                    _COLOR_LABELS.get(note.color, note.color),
                    note.text,
                    NOTE_SOURCE_LABELS.get(note.source, str(note.source)),
                )
            )
    return pd.DataFrame.from_records(rows, columns=NOTE_COLUMNS)


def dots_table(sessions: Iterable[Session]) -> pd.DataFrame:
    rows: list[tuple] = []
    for session in sessions:
        head = _session_fields(session)
        infos = zone_infos(session.board)
        kinds = kind_labels(session.board)
        for dot in session.results.dots:
            info = infos.get(dot.zone_id)
            rows.append(
                (
                    *head,
                    dot.zone_id,
                    info.label if info else dot.zone_id,
                    info.group_label if info else "",
                    dot.kind,
                    kinds.get(dot.kind, dot.kind),
                    int(dot.count),
                )
            )
    frame = pd.DataFrame.from_records(rows, columns=DOT_COLUMNS)
    frame["count"] = frame["count"].astype("int64")
    return frame


def actions_table(sessions: Iterable[Session]) -> pd.DataFrame:
    rows: list[tuple] = []
    for session in sessions:
        head = _session_fields(session)
        for item in session.results.actions:
            rows.append(
                (
                    *head,
                    item.nr,
                    item.action,
                    item.owner,
                    item.due,
                    item.impact,
                    item.workload,
                    item.todos,
                    bool(item.done),
                    not item.done,
                )
            )
    frame = pd.DataFrame.from_records(rows, columns=ACTION_COLUMNS)
    return frame.astype({"done": bool, "open": bool})


def sessions_table(sessions: Iterable[Session]) -> pd.DataFrame:
    rows = [
        (
            *_session_fields(session),
            session.facilitator,
            len(session.participants),
            len(session.results.notes),
            sum(dot.count for dot in session.results.dots),
            len(session.results.actions),
        )
        for session in sessions
    ]
    return pd.DataFrame.from_records(rows, columns=SESSION_TABLE_COLUMNS)
