"""School name as a search key (lower case, no accents), filled in for existing rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from boards.textkeys import normalise

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("school_key", sa.String(300), nullable=False, server_default=""))
    sessions = sa.table(
        "sessions", sa.column("id", sa.String), sa.column("school", sa.String), sa.column("school_key", sa.String)
    )
    connection = op.get_bind()
    for session_id, school in connection.execute(sa.select(sessions.c.id, sessions.c.school)).all():
        connection.execute(
            sessions.update().where(sessions.c.id == session_id).values(school_key=normalise(school or ""))
        )
    op.create_index("ix_sessions_school_key", "sessions", ["school_key"])


def downgrade() -> None:
    op.drop_index("ix_sessions_school_key", "sessions")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("school_key")
