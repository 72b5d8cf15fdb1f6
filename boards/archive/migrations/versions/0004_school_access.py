"""Who sees what on a shared PostgreSQL archive: per-school row-level security, its grants table and the
facilitator and school-board group roles (see boards.archive.access). SQLite is left as it is.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from boards.archive.access import policy_statements, role_statements

    op.create_table(
        "school_access",
        sa.Column("role_name", sa.String(63), primary_key=True),
        sa.Column("school_key", sa.String(300), primary_key=True),
    )
    for statement in policy_statements() + role_statements():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    from boards.archive.access import ACCESS_TABLE, POLICY, SESSION_CHILD_TABLES, SESSION_TABLE

    for table in (SESSION_TABLE, *SESSION_CHILD_TABLES):
        op.execute(f"DROP POLICY IF EXISTS {POLICY} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.drop_table(ACCESS_TABLE)
