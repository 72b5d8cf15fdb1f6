"""The archive's database tables (SQLAlchemy 2.x declarative).

A session is stored as its validated JSON document (the source of truth, read
back whole; in ``session_documents`` with its search text) plus copied columns
for listing and filtering (``sessions``), and its results in
normalised tables beside it — one row per note, per counted (zone, kind) and per
action item — so the summaries over thousands of sessions are counted by the
database (``boards.archive.aggregate``) without reading any document. The
normalised rows are written in the same transaction as the document and go with
it (``ON DELETE CASCADE``). Photos are rows of their own with the bytes.
The schema is created and upgraded by the Alembic migrations next to this file.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, LargeBinary, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: ``session_counts.kind`` of the notes on a zone (a dot kind's id is never empty).
NOTES_KIND = ""
#: ``session_counts`` rows for the whole board have zone ``BOARD_ZONE``: the notes of each colour, as kind
#: ``COLOR_KIND_PREFIX + colour id`` (so a summary counts colours in the same pass as the zones).
BOARD_ZONE = ""
COLOR_KIND_PREFIX = "color:"


class Base(DeclarativeBase):
    pass


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    school: Mapped[str] = mapped_column(String(300), default="", index=True)
    school_key: Mapped[str] = mapped_column(String(300), default="", index=True)  # normalised, for search
    team: Mapped[str] = mapped_column(String(300), default="")
    date: Mapped[str] = mapped_column(String(10), default="", index=True)
    facilitator: Mapped[str] = mapped_column(String(300), default="")
    method: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    step: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    topic: Mapped[str] = mapped_column(String(300), default="")
    board_id: Mapped[str] = mapped_column(String(80), index=True)
    board_title: Mapped[str] = mapped_column(Text, default="")
    layout_key: Mapped[str] = mapped_column(String(64), default="", index=True)  # sha256 of the board snapshot
    note_count: Mapped[int] = mapped_column(Integer, default=0)
    dot_total: Mapped[int] = mapped_column(Integer, default=0)
    action_count: Mapped[int] = mapped_column(Integer, default=0)
    open_action_count: Mapped[int] = mapped_column(Integer, default=0)
    # Empty since revision 0003: the document and its search text live in ``session_documents``, so a row
    # here stays small (SQLite reads past a 75 kB document to reach the columns after it).
    search_text: Mapped[str] = mapped_column(Text, default="")
    document: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    photos: Mapped[list[PhotoRow]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )
    text: Mapped[DocumentRow] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )


class DocumentRow(Base):
    """The session's JSON document (the source of truth, read back whole) and the text its filter searches."""

    __tablename__ = "session_documents"

    session_id: Mapped[str] = mapped_column(String(80), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    document: Mapped[str] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[SessionRow] = relationship(back_populates="text")


class PhotoRow(Base):
    __tablename__ = "photos"

    session_id: Mapped[str] = mapped_column(String(80), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String(130), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)

    session: Mapped[SessionRow] = relationship(back_populates="photos")


def _session_key() -> Column:
    return Column("session_id", String(80), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)


#: Every note, in the session's order (``position``); ``zone_id`` NULL: not placed yet.
notes_table = Table(
    "session_notes",
    Base.metadata,
    _session_key(),
    Column("position", Integer, primary_key=True),
    Column("zone_id", String(80), nullable=True),
    Column("color", String(20), nullable=False),
    Column("source", String(20), nullable=False),
    Column("text", Text, nullable=False),
)

#: What was counted per zone: the notes on it (``kind`` = :data:`NOTES_KIND`) and the dots of each kind;
#: and for the whole board (zone :data:`BOARD_ZONE`) the notes of each colour.
counts_table = Table(
    "session_counts",
    Base.metadata,
    _session_key(),
    Column("zone_id", String(80), primary_key=True),
    Column("kind", String(80), primary_key=True),
    Column("count", Integer, nullable=False),
)

#: Every action item, in the session's order.
actions_table = Table(
    "session_actions",
    Base.metadata,
    _session_key(),
    Column("position", Integer, primary_key=True),
    Column("nr", Integer, nullable=False),
    Column("action", Text, nullable=False),
    Column("owner", Text, nullable=False),
    Column("due", Text, nullable=False),
    Column("impact", Text, nullable=False),
    Column("workload", Text, nullable=False),
    Column("todos", Text, nullable=False),
    Column("done", Boolean, nullable=False),
)

#: PostgreSQL only: which database role may see and change which school's sessions (``school_key``).
#: Read by the row-level security policies (see ``boards.archive.access``).
school_access_table = Table(
    "school_access",
    Base.metadata,
    Column("role_name", String(63), primary_key=True),
    Column("school_key", String(300), primary_key=True),
)

RESULT_TABLES = (notes_table, counts_table, actions_table)
DOCUMENTS = DocumentRow.__table__
