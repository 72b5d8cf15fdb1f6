"""The archive's database tables (SQLAlchemy 2.x declarative).

A session is stored as its validated JSON document plus a few copied columns
for listing and filtering; photos are rows of their own with the bytes.
The schema is created and upgraded by the Alembic migrations next to this file.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


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
    step: Mapped[str | None] = mapped_column(String(80), nullable=True)
    topic: Mapped[str] = mapped_column(String(300), default="")
    board_id: Mapped[str] = mapped_column(String(80), index=True)
    board_title: Mapped[str] = mapped_column(Text, default="")
    note_count: Mapped[int] = mapped_column(Integer, default=0)
    dot_total: Mapped[int] = mapped_column(Integer, default=0)
    action_count: Mapped[int] = mapped_column(Integer, default=0)
    search_text: Mapped[str] = mapped_column(Text, default="")
    document: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    photos: Mapped[list[PhotoRow]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )


class PhotoRow(Base):
    __tablename__ = "photos"

    session_id: Mapped[str] = mapped_column(String(80), ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(String(130), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)

    session: Mapped[SessionRow] = relationship(back_populates="photos")
