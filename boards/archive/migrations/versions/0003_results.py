"""Normalised results beside each session document: notes, counts per zone and kind, action items;
the board's layout key and the open action items on the session row; the documents and their search
text move to ``session_documents`` (the ``sessions`` row stays small: SQLite reads past a long value to
reach the columns after it). Existing sessions are filled in from their documents.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BATCH = 200


def _session_key() -> sa.Column:
    return sa.Column("session_id", sa.String(80), sa.ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("layout_key", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("open_action_count", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_sessions_layout_key", "sessions", ["layout_key"])
    op.create_index("ix_sessions_step", "sessions", ["step"])
    op.create_table(
        "session_documents",
        _session_key(),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False, server_default=""),
    )
    # Moved, then emptied in place (dropping the columns would make SQLite copy the table, and with
    # foreign keys on, dropping the old copy would delete its photos).
    op.execute(
        "INSERT INTO session_documents (session_id, document, search_text) SELECT id, document, search_text "
        "FROM sessions"
    )
    op.execute("UPDATE sessions SET document = '', search_text = ''")
    notes = op.create_table(
        "session_notes",
        _session_key(),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("zone_id", sa.String(80), nullable=True),
        sa.Column("color", sa.String(20), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    counts = op.create_table(
        "session_counts",
        _session_key(),
        sa.Column("zone_id", sa.String(80), primary_key=True),
        sa.Column("kind", sa.String(80), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    actions = op.create_table(
        "session_actions",
        _session_key(),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("nr", sa.Integer(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("due", sa.Text(), nullable=False),
        sa.Column("impact", sa.Text(), nullable=False),
        sa.Column("workload", sa.Text(), nullable=False),
        sa.Column("todos", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
    )
    _backfill(notes, counts, actions)


def _backfill(notes: sa.Table, counts: sa.Table, actions: sa.Table) -> None:
    """Every stored session's rows, from its document, a batch at a time (the migration's transaction)."""
    from boards.archive.records import session_record
    from boards.fileformat import loads_session

    sessions = sa.table(
        "sessions",
        sa.column("id", sa.String),
        sa.column("layout_key", sa.String),
        sa.column("open_action_count", sa.Integer),
    )
    documents = sa.table("session_documents", sa.column("session_id", sa.String), sa.column("document", sa.Text))
    connection = op.get_bind()
    ids = connection.execute(sa.select(sessions.c.id).order_by(sessions.c.id)).scalars().all()
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        rows = connection.execute(
            sa.select(documents.c.session_id, documents.c.document).where(documents.c.session_id.in_(chunk))
        )
        records = [session_record(loads_session(document, f"archief:{sid}"), check=False) for sid, document in rows]
        for record in records:
            connection.execute(
                sessions.update()
                .where(sessions.c.id == record.id)
                .values(
                    layout_key=record.columns["layout_key"],
                    open_action_count=record.columns["open_action_count"],
                )
            )
        for table, attribute in ((notes, "notes"), (counts, "counts"), (actions, "actions")):
            names = set(table.c.keys())
            batch = [
                {key: value for key, value in row.items() if key in names}
                for record in records
                for row in getattr(record, attribute)
            ]
            if batch:
                connection.execute(table.insert(), batch)


def downgrade() -> None:
    op.execute(
        "UPDATE sessions SET document = (SELECT d.document FROM session_documents d WHERE d.session_id = sessions.id), "
        "search_text = (SELECT d.search_text FROM session_documents d WHERE d.session_id = sessions.id)"
    )
    op.drop_table("session_documents")
    op.drop_table("session_actions")
    op.drop_table("session_counts")
    op.drop_table("session_notes")
    op.drop_index("ix_sessions_step", "sessions")
    op.drop_index("ix_sessions_layout_key", "sessions")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("open_action_count")
        batch.drop_column("layout_key")
