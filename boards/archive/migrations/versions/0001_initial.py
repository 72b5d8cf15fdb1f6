"""Sessions and their photos.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("school", sa.String(300), nullable=False, server_default=""),
        sa.Column("team", sa.String(300), nullable=False, server_default=""),
        sa.Column("date", sa.String(10), nullable=False, server_default=""),
        sa.Column("facilitator", sa.String(300), nullable=False, server_default=""),
        sa.Column("method", sa.String(80), nullable=True),
        sa.Column("step", sa.String(80), nullable=True),
        sa.Column("topic", sa.String(300), nullable=False, server_default=""),
        sa.Column("board_id", sa.String(80), nullable=False),
        sa.Column("board_title", sa.Text(), nullable=False, server_default=""),
        sa.Column("note_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("dot_total", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("action_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("search_text", sa.Text(), nullable=False, server_default=""),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_sessions_school", "sessions", ["school"])
    op.create_index("ix_sessions_date", "sessions", ["date"])
    op.create_index("ix_sessions_method", "sessions", ["method"])
    op.create_index("ix_sessions_board_id", "sessions", ["board_id"])
    op.create_table(
        "photos",
        sa.Column("session_id", sa.String(80), sa.ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("name", sa.String(130), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("photos")
    op.drop_index("ix_sessions_board_id", "sessions")
    op.drop_index("ix_sessions_method", "sessions")
    op.drop_index("ix_sessions_date", "sessions")
    op.drop_index("ix_sessions_school", "sessions")
    op.drop_table("sessions")
