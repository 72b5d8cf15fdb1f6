"""Who sees what in a shared PostgreSQL archive: row-level security per school, enforced by the database.

Every facilitator connects with a database role of their own. The migrations (0004) turn on
row-level security on every table that holds session data and create two group roles:

- ``bruinpapier_begeleider``: may read and write the archive's tables, but the policies let it
  see, change and delete only the sessions (and their photos, notes, counts and action items)
  of the schools granted to it in ``school_access``; a session of another school cannot be
  written either.
- ``bruinpapier_bestuur`` (a member of the first): the school board, sees every school.

``bruinpapier archive grant ROLE SCHOOL`` / ``revoke`` / ``roles`` manage them (run by the
archive's owner, who — like a superuser — is not bound by the policies). Raw SQL with a
facilitator's role gets no more than the app does. The roles are the server's (shared by its
databases); the grants per school are the archive's. SQLite archives are single-user: none of
this applies there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from boards.errors import InvalidArgumentError, NotFoundError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.textkeys import normalise

FACILITATOR_ROLE = "bruinpapier_begeleider"
BOARD_ROLE = "bruinpapier_bestuur"
SESSION_TABLE = "sessions"
#: Tables whose rows belong to one session (``session_id``): visible when that session is.
SESSION_CHILD_TABLES = ("photos", "session_documents", "session_notes", "session_counts", "session_actions")
ACCESS_TABLE = "school_access"
POLICY = "bruinpapier_per_school"

_IS_MEMBER = "pg_has_role(current_user, r.oid, 'MEMBER')"
SEES_EVERYTHING = f"EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = '{BOARD_ROLE}' AND {_IS_MEMBER})"
GRANTED_SCHOOLS = (
    f"SELECT a.school_key FROM {ACCESS_TABLE} a JOIN pg_roles r ON r.rolname = a.role_name WHERE {_IS_MEMBER}"
)
SCHOOL_VISIBLE = f"({SEES_EVERYTHING} OR school_key IN ({GRANTED_SCHOOLS}))"
SESSION_VISIBLE = f"(session_id IN (SELECT s.id FROM {SESSION_TABLE} s))"  # the sessions policy applies inside
OWN_GRANTS = f"({SEES_EVERYTHING} OR role_name IN (SELECT r.rolname FROM pg_roles r WHERE {_IS_MEMBER}))"


def policy_statements() -> list[str]:
    """Row-level security on every table of session data (what migration 0004 runs)."""
    statements = [
        f"ALTER TABLE {SESSION_TABLE} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY {POLICY} ON {SESSION_TABLE} USING {SCHOOL_VISIBLE} WITH CHECK {SCHOOL_VISIBLE}",
    ]
    for table in SESSION_CHILD_TABLES:
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY {POLICY} ON {table} USING {SESSION_VISIBLE} WITH CHECK {SESSION_VISIBLE}",
        ]
    statements += [
        f"ALTER TABLE {ACCESS_TABLE} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY {POLICY} ON {ACCESS_TABLE} FOR SELECT USING {OWN_GRANTS}",
    ]
    return statements


def role_statements() -> list[str]:
    """The two group roles and their privileges, made when the connected role may (CREATEROLE or
    superuser; otherwise left for ``archive grant`` run by someone who may). Safe to run again."""
    tables = ", ".join((SESSION_TABLE, *SESSION_CHILD_TABLES))
    return [
        f"""
        DO $$
        BEGIN
            IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{FACILITATOR_ROLE}') THEN
                    CREATE ROLE {FACILITATOR_ROLE} NOLOGIN;
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{BOARD_ROLE}') THEN
                    CREATE ROLE {BOARD_ROLE} NOLOGIN;
                END IF;
                GRANT {FACILITATOR_ROLE} TO {BOARD_ROLE};
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{FACILITATOR_ROLE}') THEN
                EXECUTE 'GRANT USAGE ON SCHEMA ' || quote_ident(current_schema()) || ' TO {FACILITATOR_ROLE}';
                GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {FACILITATOR_ROLE};
                GRANT SELECT ON {ACCESS_TABLE}, alembic_version TO {FACILITATOR_ROLE};
            END IF;
        END
        $$
        """
    ]


# --- managing access (the archive's owner) ------------------------------------------------------


@dataclass
class RoleAccess:
    role: str
    board: bool  # a member of the board role: every school
    schools: list[str] = field(default_factory=list)  # school names (as in the archive) granted

    def to_dict(self) -> dict[str, object]:
        return {"role": self.role, "board": self.board, "schools": self.schools}


def _shared_only(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "toegang per school geldt alleen voor een gedeeld PostgreSQL-archief; een SQLite-archief is "
                    "van één gebruiker (wie het bestand kan lezen, ziet alles)",
                )
            )
        )


def _quoted(connection: Connection, role: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(role)


def _existing_role(connection: Connection, role: str) -> str:
    found = connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname = :role"), {"role": role}).scalar()
    if found is None:
        raise NotFoundError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "databaserol '{role}' bestaat niet op de server; maak hem eerst aan, bijvoorbeeld met "
                    "CREATE ROLE \"{role}\" LOGIN PASSWORD '…'",
                ),
                role=role,
            )
        )
    return found


def _group_roles(connection: Connection) -> None:
    for statement in role_statements():
        connection.exec_driver_sql(statement)
    missing = [
        name
        for name in (FACILITATOR_ROLE, BOARD_ROLE)
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}).scalar() is None
    ]
    if missing:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "de groepsrollen {roles} bestaan nog niet en deze verbinding mag geen rollen maken; voer dit uit "
                    "als de beheerder van de server (CREATEROLE)",
                ),
                roles=", ".join(missing),
            )
        )


def grant_school(connection: Connection, role: str, school: str) -> str:
    """Let ``role`` see and change the sessions of ``school`` (matched as the archive's filter does:
    case, accents and spaces ignored); returns the school's key."""
    _shared_only(connection)
    key = normalise(school)
    if not key:
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "geef de naam van de school op")))
    role = _existing_role(connection, role)
    _group_roles(connection)
    connection.exec_driver_sql(f"GRANT {FACILITATOR_ROLE} TO {_quoted(connection, role)}")
    connection.execute(
        text(
            f"INSERT INTO {ACCESS_TABLE} (role_name, school_key) VALUES (:role, :key) "
            "ON CONFLICT (role_name, school_key) DO NOTHING"
        ),
        {"role": role, "key": key},
    )
    return key


def revoke_school(connection: Connection, role: str, school: str) -> bool:
    """Take ``school`` from ``role``; False when it did not have it."""
    _shared_only(connection)
    result = connection.execute(
        text(f"DELETE FROM {ACCESS_TABLE} WHERE role_name = :role AND school_key = :key"),
        {"role": role, "key": normalise(school)},
    )
    return bool(result.rowcount)


def grant_board(connection: Connection, role: str) -> None:
    """Make ``role`` a school board role: it sees every school."""
    _shared_only(connection)
    role = _existing_role(connection, role)
    _group_roles(connection)
    connection.exec_driver_sql(f"GRANT {BOARD_ROLE} TO {_quoted(connection, role)}")


def revoke_board(connection: Connection, role: str) -> None:
    _shared_only(connection)
    role = _existing_role(connection, role)
    connection.exec_driver_sql(f"REVOKE {BOARD_ROLE} FROM {_quoted(connection, role)}")


def _sees_every_role(connection: Connection) -> bool:
    """Whether the connected role may see everyone's access: a superuser, the archive's owner (or a member
    of the owning role) or the school board's role. A facilitator sees only their own."""
    return bool(
        connection.execute(
            text(
                "SELECT r.rolsuper OR pg_has_role(current_user, t.tableowner, 'MEMBER') "
                f"OR {SEES_EVERYTHING} "
                "FROM pg_roles r, pg_tables t "
                "WHERE r.rolname = current_user AND t.tablename = :sessions AND t.schemaname = current_schema()"
            ).bindparams(sessions=SESSION_TABLE)
        ).scalar()
    )


def list_access(connection: Connection) -> list[RoleAccess]:
    """Every role with access: board roles and the roles granted schools (names as the sessions have them).
    A facilitator's role gets only its own entry (the database shows it only its own grants, and the other
    roles' names are none of its business)."""
    _shared_only(connection)
    members = connection.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members am "
            "JOIN pg_roles m ON m.oid = am.member JOIN pg_roles g ON g.oid = am.roleid "
            "WHERE g.rolname IN (:facilitator, :board) AND m.rolname NOT IN (:facilitator, :board)"
        ),
        {"facilitator": FACILITATOR_ROLE, "board": BOARD_ROLE},
    ).all()
    grants = connection.execute(text(f"SELECT role_name, school_key FROM {ACCESS_TABLE}")).all()
    names: dict[str, str] = {}
    for name, key in connection.execute(text(f"SELECT DISTINCT school, school_key FROM {SESSION_TABLE}")):
        names.setdefault(key, name)
    found: dict[str, RoleAccess] = {}
    for member, group in members:
        entry = found.setdefault(member, RoleAccess(member, False))
        entry.board = entry.board or group == BOARD_ROLE
    for role, key in grants:
        found.setdefault(role, RoleAccess(role, False)).schools.append(names.get(key, key))
    for entry in found.values():
        entry.schools.sort(key=normalise)
    if not _sees_every_role(connection):
        current = connection.execute(text("SELECT current_user")).scalar()
        found = {role: entry for role, entry in found.items() if role == current}
    return sorted(found.values(), key=lambda entry: entry.role)
