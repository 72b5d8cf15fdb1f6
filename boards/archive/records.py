"""What the archive stores for one session: its document, the copied columns and the normalised rows.

One function, :func:`session_record`, turns a Session into everything its rows hold, so
saving one session, importing thousands and the migration that back-fills an older
archive all store the same thing; :func:`write_results` and :func:`insert_sessions`
write them with bulk inserts (SQLAlchemy Core) inside the caller's transaction.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert

from boards.archive.tables import (
    BOARD_ZONE,
    COLOR_KIND_PREFIX,
    DOCUMENTS,
    NOTES_KIND,
    RESULT_TABLES,
    SessionRow,
    actions_table,
    counts_table,
    notes_table,
)
from boards.fileformat import session_document, to_json, validate_document
from boards.model import Board
from boards.session import Session
from boards.textkeys import normalise

SESSIONS = SessionRow.__table__


@dataclass
class SessionRecord:
    """The rows of one session, ready to insert."""

    columns: dict[str, Any]  # the ``sessions`` row without created_at/updated_at
    text: dict[str, Any]  # the ``session_documents`` row: the document and its search text
    notes: list[dict[str, Any]] = field(default_factory=list)
    counts: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.columns["id"]


def search_text(session: Session) -> str:
    """What the archive's text filter searches: details, participants, notes and action items."""
    parts = [
        session.school,
        session.team,
        session.facilitator,
        session.topic,
        session.remarks,
        session.code,
        session.board.title,
        session.board.id,
        session.method or "",
        session.step or "",
        *session.participants,
        *(note.text for note in session.results.notes),
        *(f"{a.action} {a.owner} {a.due}" for a in session.results.actions),
    ]
    return normalise(" \n ".join(part for part in parts if part))


def layout_signature(board: Board) -> str:
    """What the summaries take from a board, as a key: its id, title, zones (id, label, group, the dot
    kinds each collects) and groups. Sessions with the same key share one layout, so a summary reads one
    document per key; moving a zone or editing a text gives no new key (quicker than hashing the board)."""
    parts = [board.id, board.title]
    parts += [f"g {group.id} {group.label}" for group in board.groups]
    for zone in board.zones:
        kinds = ";".join(f"{kind.id}={kind.label}={kind.color}" for kind in zone.holds.dots)
        parts.append(f"z {zone.id} {zone.label} {zone.group or ''} {int(zone.holds.notes)} {kinds}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def session_record(session: Session, check: bool = True) -> SessionRecord:
    """The document (compact JSON, validated unless ``check`` is False — only for a session just read
    from a validated file and changed in nothing but its id) and every row of ``session``."""
    document = session_document(session)
    if check:
        validate_document(document, "session")
    layout_key = layout_signature(session.board)
    results = session.results
    sid = session.id
    dots: Counter[tuple[str, str]] = Counter()
    for dot in results.dots:
        dots[(dot.zone_id, dot.kind)] += dot.count
    placed = Counter(note.zone_id for note in results.notes if note.zone_id is not None)
    columns = {
        "id": sid,
        "school": session.school,
        "school_key": normalise(session.school),
        "team": session.team,
        "date": session.date,
        "facilitator": session.facilitator,
        "method": session.method,
        "step": session.step,
        "topic": session.topic,
        "board_id": session.board.id,
        "board_title": session.board.title,
        "layout_key": layout_key,
        "note_count": len(results.notes),
        "dot_total": sum(dot.count for dot in results.dots),
        "action_count": len(results.actions),
        "open_action_count": sum(1 for action in results.actions if not action.done),
    }
    return SessionRecord(
        columns,
        text={"session_id": sid, "document": to_json(document, compact=True), "search_text": search_text(session)},
        notes=[
            {
                "session_id": sid,
                "position": index,
                "zone_id": note.zone_id,
                "color": note.color,
                "source": getattr(note.source, "value", str(note.source)),
                "text": note.text,
            }
            for index, note in enumerate(results.notes)
        ],
        counts=[
            {"session_id": sid, "zone_id": zone_id, "kind": NOTES_KIND, "count": count}
            for zone_id, count in placed.items()
        ]
        + [
            {"session_id": sid, "zone_id": zone_id, "kind": kind, "count": count}
            for (zone_id, kind), count in dots.items()
        ]
        + [
            {"session_id": sid, "zone_id": BOARD_ZONE, "kind": COLOR_KIND_PREFIX + color, "count": count}
            for color, count in Counter(note.color for note in results.notes).items()
        ],
        actions=[
            {
                "session_id": sid,
                "position": index,
                "nr": action.nr,
                "action": action.action,
                "owner": action.owner,
                "due": action.due,
                "impact": action.impact,
                "workload": action.workload,
                "todos": action.todos,
                "done": bool(action.done),
            }
            for index, action in enumerate(results.actions)
        ],
    )


def now() -> datetime:
    return datetime.now(UTC)


def clear_results(connection: Connection, session_ids: Sequence[str]) -> None:
    """Remove the normalised rows of these sessions (before writing them again)."""
    for table in RESULT_TABLES:
        connection.execute(delete(table).where(table.c.session_id.in_(list(session_ids))))


def _bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One ``executemany``. On SQLite straight to the driver (five times quicker than through SQLAlchemy's
    per-row parameter handling; these columns are plain numbers, texts and booleans); on PostgreSQL
    SQLAlchemy's multi-row INSERT."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), rows)
        return
    quote = connection.dialect.identifier_preparer.quote
    names = list(table.c.keys())
    statement = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    connection.exec_driver_sql(statement, [tuple(row[name] for name in names) for row in rows])


def write_results(connection: Connection, records: Sequence[SessionRecord]) -> None:
    """Insert the normalised rows of ``records`` (whose ``sessions`` rows exist), a few statements in all."""
    for table, rows in (
        (notes_table, [row for record in records for row in record.notes]),
        (counts_table, [row for record in records for row in record.counts]),
        (actions_table, [row for record in records for row in record.actions]),
    ):
        _bulk_insert(connection, table, rows)


def insert_sessions(connection: Connection, records: Sequence[SessionRecord]) -> None:
    """Insert new sessions with their normalised rows (bulk inserts; the caller's transaction)."""
    if not records:
        return
    stamp = now()
    connection.execute(
        insert(SESSIONS),
        [
            {**record.columns, "document": "", "search_text": "", "created_at": stamp, "updated_at": stamp}
            for record in records
        ],
    )
    _bulk_insert(connection, DOCUMENTS, [record.text for record in records])
    write_results(connection, records)
