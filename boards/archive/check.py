"""Testing an archive address before using it ("Verbinding testen" in the settings).

Connects, reads the schema version and counts the sessions this connection may see — and changes
nothing: no file is made, no table created, no migration run (that happens when the archive is
first used). Failing is an ArchiveError in Dutch that says what to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from boards.archive.store import ArchiveError, display_url, newest_revision
from boards.errors import problem
from boards.i18n import QT_TRANSLATE_NOOP

CONNECT_TIMEOUT_S = 8


@dataclass(frozen=True)
class ArchiveCheck:
    url: str  # without the password
    backend: str  # "sqlite" or "postgresql"
    exists: bool  # False: an empty database or a file not made yet; Bruinpapier sets it up on first use
    sessions: int  # the sessions this connection sees (a facilitator's role: those of its schools)
    newer: bool  # made by a newer Bruinpapier: this one cannot open it


def _refused(url: str, detail: object) -> ArchiveError:
    return ArchiveError(
        problem(
            QT_TRANSLATE_NOOP(
                "errors",
                "geen verbinding met het archief {url}: {detail}; controleer het adres, de gebruikersnaam en het "
                "wachtwoord, en of de server bereikbaar is",
            ),
            url=display_url(url),
            detail=detail,
        )
    )


def check_archive(url: str) -> ArchiveCheck:
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        raise ArchiveError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "'{url}' is geen geldig archiefadres; gebruik bijv. sqlite:///pad/archief.sqlite of "
                    "postgresql+psycopg://gebruiker@server/database",
                ),
                url=url,
            )
        ) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not Path(database).expanduser().exists():
            folder = Path(database).expanduser().parent
            if not folder.exists() and not folder.parent.exists():
                raise _refused(url, f"de map {folder} bestaat niet")
            return ArchiveCheck(display_url(url), backend, False, 0, False)
        options = {}
    elif backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        options = {"connect_args": {"connect_timeout": CONNECT_TIMEOUT_S}}
    else:
        raise ArchiveError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "archiefdatabase '{backend}' wordt niet ondersteund; gebruik SQLite of PostgreSQL"
                ),
                backend=backend,
            )
        )
    try:
        engine = create_engine(parsed, **options)
    except (ImportError, ArgumentError) as error:
        raise _refused(url, error) from None
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return ArchiveCheck(display_url(url), backend, False, 0, False)
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            newer = any(version > newest_revision() for version in versions)
            sessions = 0 if newer else int(connection.execute(text("SELECT count(*) FROM sessions")).scalar_one())
            return ArchiveCheck(display_url(url), backend, True, sessions, newer)
    except SQLAlchemyError as error:
        detail = str(getattr(error, "orig", None) or error).strip().splitlines()
        raise _refused(url, detail[0] if detail else type(error).__name__) from None
    finally:
        engine.dispose()
