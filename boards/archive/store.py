"""The session archive: sessions and their photos in a SQL database.

SQLite by default (one file in the user's data folder), or PostgreSQL for a
shared archive. Every write runs in one transaction; the schema is brought up
to date with Alembic when the archive is opened.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import importlib.resources
import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DataError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.pool import StaticPool

from boards.archive.records import SessionRecord, clear_results, insert_sessions, session_record, write_results
from boards.archive.records import now as _now
from boards.archive.selection import SessionFilter
from boards.archive.tables import DocumentRow, PhotoRow, SessionRow
from boards.errors import BruinpapierError, InvalidArgumentError, NotFoundError, problem
from boards.fileformat import (
    loads_session,
    make_private_file,
    make_private_folder,
)
from boards.i18n import QT_TRANSLATE_NOOP
from boards.photos import MAX_PHOTO_BYTES, check_photo_data, check_photo_name
from boards.session import Photo, Session, new_id
from boards.textkeys import normalise
from boards.userdirs import DATA_DIR_ENV, data_dir, legacy_data_dirs

#: Sessions written per bulk insert when many are stored at once (``Archive.add_many``).
BATCH_SIZE = 250

ARCHIVE_ENV = "BRUINPAPIER_ARCHIVE"
ARCHIVE_FILE_NAME = "archief.sqlite"
# Alembic finds the migrations as package resources ("package:folder"), wherever the package is installed.
MIGRATIONS = f"{__package__}:migrations"
REVISION_FILE = re.compile(r"[0-9]{4}_\w+\.py")
SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_BUSY_TIMEOUT_S = 5.0  # how long a write waits for another program's write to finish


class ArchiveError(BruinpapierError):
    """The archive cannot be opened or written."""


def default_archive_folder() -> Path:
    """The folder of the default archive: the user's data folder (private: 0700).

    An archive an older version kept elsewhere is moved there when the data folder is first used
    (:func:`boards.userdirs.move_legacy_data`); one that could not be moved (in use) is used where it is,
    so no user ever sees an empty archive instead of theirs.
    """
    folder = data_dir()
    if not (folder / ARCHIVE_FILE_NAME).exists() and not os.environ.get(DATA_DIR_ENV):
        for legacy in legacy_data_dirs():
            if (legacy / ARCHIVE_FILE_NAME).is_file():
                return legacy
    return folder


def default_archive_url(setting: str | None = None) -> str:
    """``BRUINPAPIER_ARCHIVE``, else the app's setting, else a SQLite file in the user data folder."""
    from_env = os.environ.get(ARCHIVE_ENV, "").strip()
    if from_env:
        return from_env
    if setting and setting.strip():
        return setting.strip()
    return f"sqlite:///{default_archive_folder() / ARCHIVE_FILE_NAME}"


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _db_operation(method: Callable) -> Callable:
    """Run an archive operation; a lost connection is retried once, any database error becomes an
    ArchiveError in Dutch. Every operation is one transaction, so a failed try has changed nothing."""

    @functools.wraps(method)
    def run(self: Archive, *args, **kwargs):
        for attempt in (1, 2):
            try:
                return method(self, *args, **kwargs)
            except DBAPIError as error:
                if attempt == 1 and self._connection_lost(error):
                    self.engine.dispose()  # drop the broken connections; the retry opens a new one
                    continue
                raise self._problem(error) from None
            except SQLAlchemyError as error:
                raise self._problem(error) from None
        raise AssertionError("unreachable")  # pragma: no cover

    return run


def schema_head() -> str:
    """The newest schema revision this Bruinpapier knows (the migrations' head, asked of Alembic)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return ScriptDirectory.from_config(config).get_current_head() or ""


def newest_revision() -> str:
    """The head without loading Alembic: revisions are numbered, ``versions/NNNN_what.py`` (a test
    checks this against Alembic's own head)."""
    versions = importlib.resources.files(__package__).joinpath("migrations", "versions")
    return max(entry.name[:4] for entry in versions.iterdir() if REVISION_FILE.fullmatch(entry.name))


def _at_newest_revision(connection) -> bool:
    """Whether the archive is at the newest revision (False when it has no version table yet)."""
    if not inspect(connection).has_table("alembic_version"):
        return False
    versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return versions == [newest_revision()]


def display_url(url: str) -> str:
    """The URL without a password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


@dataclass(frozen=True)
class SessionSummary:
    """One line of the archive list."""

    id: str
    school: str
    team: str
    date: str
    facilitator: str
    method: str | None
    step: str | None
    topic: str
    board_id: str
    board_title: str
    note_count: int
    dot_total: int
    action_count: int
    photo_count: int
    updated_at: str  # ISO timestamp, UTC

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def _sqlite_engine(url, **options) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_S}, **options)

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted rows (a session, a photo, a school erased on request) are overwritten with zeros, not
        # left in free pages; set here rather than trusting the SQLite build's default.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    return engine


#: The columns of the archive list (SessionSummary) as stored; then ``updated_at`` and the photos.
LIST_COLUMNS = (
    "id",
    "school",
    "team",
    "date",
    "facilitator",
    "method",
    "step",
    "topic",
    "board_id",
    "board_title",
    "note_count",
    "dot_total",
    "action_count",
)


class Archive:
    """Sessions stored in the database at ``url`` (SQLAlchemy URL)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_archive_url()
        self.engine = self._create_engine(self.url)
        self._upgrade()

    # --- opening -------------------------------------------------------------------------

    def _create_engine(self, url: str) -> Engine:
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise ArchiveError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "'{url}' is geen geldig archiefadres; gebruik bijv. sqlite:///pad/archief.sqlite of postgresql+psycopg://gebruiker@server/database",
                    ),
                    url=url,
                )
            ) from None
        backend = parsed.get_backend_name()
        if backend == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        if backend == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:" and not database.startswith("file:"):
                file = Path(database).expanduser()
                parsed = parsed.set(database=str(file))
                self._prepare_sqlite_file(file)
            options = {"poolclass": StaticPool} if database in ("", ":memory:") else {}
            return _sqlite_engine(parsed, **options)
        if backend != "postgresql":
            raise ArchiveError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "archiefdatabase '{backend}' wordt niet ondersteund; gebruik SQLite of PostgreSQL"
                    ),
                    backend=backend,
                )
            )
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except (ImportError, ArgumentError) as error:
            raise ArchiveError(
                problem(
                    QT_TRANSLATE_NOOP("errors", "kan het archief {url} niet openen: {detail}"),
                    url=display_url(url),
                    detail=error,
                )
            ) from None

    def _prepare_sqlite_file(self, file: Path) -> None:
        """Check an existing archive file before SQLite touches it; create a new one private (0600),
        complete with its tables, so a half-made archive never stays behind."""
        in_default_folder = file.parent == default_archive_folder()
        try:
            if in_default_folder:
                make_private_folder(file.parent)
            else:
                file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise self._cannot_open(error.strerror or str(error)) from None
        try:
            info = file.stat()
        except FileNotFoundError:
            self._create_sqlite_file(file)
            return
        except OSError as error:
            raise self._cannot_open(error.strerror or str(error)) from None
        if not stat.S_ISREG(info.st_mode):
            raise self._refused(QT_TRANSLATE_NOOP("errors", "dit is geen bestand (maar een map of apparaat)"))
        if info.st_size == 0:
            raise self._refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "het bestand is leeg (0 bytes) en dus geen archief; is het afgebroken bij het kopiëren? Zet een "
                    "reservekopie terug, of verwijder het lege bestand om een nieuw archief te beginnen",
                )
            )
        try:
            with open(file, "rb") as stream:
                header = stream.read(len(SQLITE_HEADER))
        except OSError as error:
            raise self._cannot_open(error.strerror or str(error)) from None
        if header != SQLITE_HEADER:
            raise self._refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "dit is geen Bruinpapier-archief (geen SQLite-database); kies het juiste bestand of zet een "
                    "reservekopie terug",
                )
            )
        if in_default_folder:
            make_private_file(file)

    def _create_sqlite_file(self, file: Path) -> None:
        """A new archive is made as a private temporary file next to ``file`` and linked into place
        when its tables are there; when another program made the archive meanwhile, that one is kept."""
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".nieuw", dir=file.parent)
        except OSError as error:
            raise self._cannot_open(error.strerror or str(error)) from None
        os.close(handle)  # mkstemp made it 0600; SQLite keeps the mode and gives its journal the same
        try:
            engine = _sqlite_engine(make_url(f"sqlite:///{temporary}"))
            try:
                self._migrate(engine)
            finally:
                engine.dispose()
            try:
                os.link(temporary, file)
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links: replace unless it appeared meanwhile
                if not file.exists():
                    os.replace(temporary, file)
        finally:
            for leftover in (temporary, f"{temporary}-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)

    def _cannot_open(self, detail: object) -> ArchiveError:
        return ArchiveError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "kan het archief {url} niet openen: {detail}; controleer het adres, of de server draait en "
                    "of u toegang heeft",
                ),
                url=display_url(self.url),
                detail=detail,
            )
        )

    def _refused(self, text: str, **params: object) -> ArchiveError:
        return ArchiveError(
            problem(
                QT_TRANSLATE_NOOP("errors", "archief {url}: {problem}"),
                url=display_url(self.url),
                problem=problem(text, **params),
            )
        )

    def _connection_lost(self, error: DBAPIError) -> bool:
        """A dropped connection (server restarted, network gone): worth one more try. SQLite's errors
        (locked, disk full) are not: its own busy timeout has waited already."""
        return bool(error.connection_invalidated) or (
            self.engine.dialect.name == "postgresql" and isinstance(error, OperationalError)
        )

    def _problem(self, error: SQLAlchemyError) -> ArchiveError:
        """A database error as a Dutch message; the transaction it happened in was rolled back."""
        detail = _first_line(error)
        lowered = detail.lower()
        if "locked" in lowered or "busy" in lowered:
            return self._refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "het archief is bezet: een ander programma (of een tweede Bruinpapier) schrijft erin; probeer "
                    "het zo opnieuw. Er is niets opgeslagen",
                )
            )
        if "disk is full" in lowered or "no space" in lowered or "disk full" in lowered:
            return self._refused(
                QT_TRANSLATE_NOOP(
                    "errors", "de schijf is vol; er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw"
                )
            )
        if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
            return self._refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "het archief is beschadigd ({detail}); zet een reservekopie terug of kies een ander archief",
                ),
                detail=detail,
            )
        if "row-level security" in lowered:
            return self._refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "uw databaserol heeft geen toegang tot de school van deze sessie; er is niets opgeslagen. Vraag "
                    "de beheerder van het archief om toegang ('bruinpapier archive grant ROL SCHOOL')",
                )
            )
        if isinstance(error, ProgrammingError) and ("must " in lowered or "privilege" in lowered):
            return self._refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "geen toestemming voor deze handeling ({detail}); er is niets gewijzigd. Alleen de beheerder "
                    "van het archief mag dit",
                ),
                detail=detail,
            )
        if "readonly" in lowered or "read-only" in lowered or "permission" in lowered:
            return self._refused(
                QT_TRANSLATE_NOOP(
                    "errors", "geen toestemming om in het archief te schrijven ({detail}); er is niets opgeslagen"
                ),
                detail=detail,
            )
        lost = isinstance(error, DBAPIError) and not isinstance(error, (ProgrammingError, IntegrityError, DataError))
        if lost and self.engine.dialect.name == "postgresql":
            return self._refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "de verbinding met de archiefserver is verbroken en een tweede poging lukte ook niet ({detail}); "
                    "er is niets half opgeslagen. Controleer de verbinding en of de server draait, en probeer het "
                    "opnieuw",
                ),
                detail=detail,
            )
        return self._refused(
            QT_TRANSLATE_NOOP("errors", "de database gaf een fout ({detail}); er is niets opgeslagen"), detail=detail
        )

    def _upgrade(self, revision: str = "head") -> None:
        try:
            self._migrate(self.engine, revision)
        except ArchiveError:
            self.engine.dispose()
            raise

    def _migrate(self, engine: Engine, revision: str = "head") -> None:
        try:
            with engine.begin() as connection:
                if revision == "head" and _at_newest_revision(connection):
                    return  # the usual case: no Alembic to load (a quicker command)
                from alembic import command
                from alembic.config import Config
                from alembic.util.exc import CommandError

                config = Config()
                config.set_main_option("script_location", MIGRATIONS)
                config.attributes["connection"] = connection
                try:
                    command.upgrade(config, revision)
                except CommandError as error:
                    raise self._refused(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "het archief komt uit een nieuwere Bruinpapier (schemaversie onbekend: {detail}); werk "
                            "Bruinpapier bij om het te openen. Er is niets gewijzigd",
                        ),
                        detail=_first_line(error),
                    ) from None
        except OperationalError as error:
            if engine.dialect.name == "sqlite":
                raise self._problem(error) from None
            raise self._cannot_open(_first_line(error)) from None
        except ProgrammingError as error:
            if "permission denied" not in _first_line(error).lower():
                raise self._problem(error) from None
            raise self._refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "deze databaserol heeft geen toegang tot het archief ({detail}); vraag de beheerder om toegang "
                    "tot uw scholen ('bruinpapier archive grant ROL SCHOOL')",
                ),
                detail=_first_line(error),
            ) from None
        except SQLAlchemyError as error:
            raise self._problem(error) from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- sessions ------------------------------------------------------------------------

    def _row(self, db: DbSession, session_id: str) -> SessionRow:
        row = db.get(SessionRow, session_id)
        if row is None:
            raise NotFoundError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "sessie '{id}' staat niet in het archief {url}; zie 'bruinpapier session list'"
                    ),
                    id=session_id,
                    url=display_url(self.url),
                )
            )
        return row

    @staticmethod
    def _fill(row: SessionRow, record: SessionRecord) -> None:
        for name, value in record.columns.items():
            setattr(row, name, value)
        if row.text is None:
            row.text = DocumentRow(session_id=row.id)
        row.text.document = record.text["document"]
        row.text.search_text = record.text["search_text"]
        row.updated_at = _now()

    @_db_operation
    def save(self, session: Session) -> str:
        """Insert or replace ``session`` (by its id); returns the id.

        Photos are managed with ``add_photo`` / ``remove_photo``: a photo stored in
        the archive but missing from ``session.photos`` (a copy loaded before the
        photo was added) is kept and added back to ``session.photos``; a listed
        photo that is not stored is refused. All in one transaction.
        """
        record = session_record(session)  # validated first: never store what we could not read back
        with DbSession(self.engine) as db, db.begin():
            row = db.get(SessionRow, session.id)
            if row is None:
                row = SessionRow(id=session.id, created_at=_now())
                db.add(row)
                stored: dict[str, PhotoRow] = {}
            else:
                stored = {photo.name: photo for photo in row.photos}
                clear_results(db.connection(), [session.id])
            listed = {photo.name for photo in session.photos}
            missing = sorted(listed - set(stored))
            if missing:
                raise InvalidArgumentError(
                    problem(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "foto '{name}' hoort bij de sessie maar staat niet in het archief; voeg hem toe met "
                            "add_photo",
                        ),
                        name=missing[0],
                    )
                )
            kept = sorted(set(stored) - listed)
            if kept:
                captions = {
                    p["name"]: p.get("caption", "") for p in json.loads(row.text.document)["session"].get("photos", [])
                }
                for name in kept:
                    session.photos.append(Photo(name, captions.get(name, ""), stored[name].sha256))
                record = session_record(session, check=False)  # only photos the archive holds were added
            self._fill(row, record)
            db.flush()
            write_results(db.connection(), [record])
        return session.id

    @_db_operation
    def get(self, session_id: str) -> Session:
        with DbSession(self.engine) as db:
            document = self._row(db, session_id).text.document
        return loads_session(document, f"archief:{session_id}")

    @_db_operation
    def exists(self, session_id: str) -> bool:
        with DbSession(self.engine) as db:
            return db.get(SessionRow, session_id) is not None

    @_db_operation
    def list(self, selection: SessionFilter | None = None, **filters: str | None) -> list[SessionSummary]:
        """Summaries of the sessions ``selection`` chooses (or a SessionFilter made of ``filters``:
        school, board, method, step, date_from, date_to, text), newest date first."""
        selection = selection if selection is not None else SessionFilter(**filters)
        photo_counts = select(PhotoRow.session_id, func.count().label("n")).group_by(PhotoRow.session_id).subquery()
        columns = [getattr(SessionRow, name) for name in LIST_COLUMNS]  # never the documents: a list stays light
        query = (
            select(*columns, SessionRow.updated_at, func.coalesce(photo_counts.c.n, 0))
            .outerjoin(photo_counts, photo_counts.c.session_id == SessionRow.id)
            .where(*selection.conditions(SessionRow.__table__))
            .order_by(SessionRow.date.desc(), SessionRow.updated_at.desc(), SessionRow.id)
        )
        with DbSession(self.engine) as db:
            return [
                SessionSummary(
                    **dict(zip(LIST_COLUMNS, values)),
                    photo_count=int(count),
                    updated_at=updated.isoformat() if updated else "",
                )
                for *values, updated, count in db.execute(query).all()
            ]

    @_db_operation
    def count(self, selection: SessionFilter | None = None) -> int:
        """How many sessions ``selection`` chooses (all of them without one)."""
        selection = selection or SessionFilter()
        query = select(func.count()).select_from(SessionRow).where(*selection.conditions(SessionRow.__table__))
        with DbSession(self.engine) as db:
            return int(db.execute(query).scalar_one())

    @_db_operation
    def summary(self, selection: SessionFilter | None = None, progress: Callable[[int, int], None] | None = None):
        """The summary of the chosen sessions, counted by the database (see ``boards.archive.aggregate``);
        ``progress(done, steps)`` is called after each step."""
        from boards.archive.aggregate import summarise

        return summarise(self, selection or SessionFilter(), progress)

    @_db_operation
    def schools(self) -> list[str]:
        """Every school name in the archive, sorted (for completion in a filter field)."""
        with DbSession(self.engine) as db:
            names = db.execute(select(SessionRow.school).where(SessionRow.school != "").distinct()).scalars()
            return sorted(set(names), key=normalise)

    @_db_operation
    def boards(self) -> list[tuple[str, str]]:
        """``(board id, title)`` of every board used by an archived session, sorted by title."""
        with DbSession(self.engine) as db:
            pairs = db.execute(select(SessionRow.board_id, SessionRow.board_title).distinct()).all()
        by_id = {board_id: title for board_id, title in pairs}
        return sorted(by_id.items(), key=lambda pair: normalise(pair[1]))

    @_db_operation
    def delete(self, session_id: str) -> None:
        with DbSession(self.engine) as db, db.begin():
            row = self._row(db, session_id)
            for photo in list(row.photos):
                db.delete(photo)
            db.delete(row)

    @_db_operation
    def delete_many(self, session_ids: list[str]) -> tuple[int, int]:
        """Delete sessions and their photos in one transaction (all or nothing); returns (sessions, photos).
        Ids that are not (or no longer) in the archive are skipped."""
        sessions = photos = 0
        with DbSession(self.engine) as db, db.begin():
            for session_id in session_ids:
                row = db.get(SessionRow, session_id)
                if row is None:
                    continue
                for photo in list(row.photos):
                    db.delete(photo)
                    photos += 1
                db.delete(row)
                sessions += 1
        return sessions, photos

    @_db_operation
    def compact(self) -> bool:
        """Rewrite a SQLite archive without its free pages (VACUUM), so deleted rows leave no trace in the
        file; True when done. PostgreSQL keeps deleted rows until its own VACUUM reuses the space (see the
        user guide on privacy), so nothing is done there."""
        if self.engine.dialect.name != "sqlite":
            return False
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM")
        return True

    @_db_operation
    def duplicate(self, session_id: str) -> str:
        """A copy of the session (with its photos) under a new id; returns that id."""
        with DbSession(self.engine) as db, db.begin():
            original = self._row(db, session_id)
            session = loads_session(original.text.document, f"archief:{session_id}")
            copy_ = copy.deepcopy(session)
            copy_.id = new_id()
            insert_sessions(db.connection(), [session_record(copy_, check=False)])  # read back valid
            for photo in original.photos:
                db.add(
                    PhotoRow(
                        session_id=copy_.id, name=photo.name, sha256=photo.sha256, size=photo.size, data=photo.data
                    )
                )
        return copy_.id

    # --- photos --------------------------------------------------------------------------

    @_db_operation
    def add_photo(self, session_id: str, name: str, data: bytes, caption: str = "") -> Photo:
        """Store a photo with the session (replacing one of the same name)."""
        check_photo_name(name)
        if len(data) > MAX_PHOTO_BYTES:
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "foto '{name}' is te groot ({size} MB; hoogstens {limit} MB); verklein hem eerst"
                    ),
                    name=name,
                    size=len(data) // (1024 * 1024),
                    limit=MAX_PHOTO_BYTES // (1024 * 1024),
                )
            )
        check_photo_data(data, name)
        digest = hashlib.sha256(data).hexdigest()
        with DbSession(self.engine) as db, db.begin():
            row = self._row(db, session_id)
            session = loads_session(row.text.document, f"archief:{session_id}")
            photo = next((p for p in session.photos if p.name == name), None)
            if photo is None:
                photo = Photo(name, caption, digest)
                session.photos.append(photo)
            else:
                photo.sha256 = digest
                photo.caption = caption or photo.caption
            stored = db.get(PhotoRow, (session_id, name))
            if stored is None:
                db.add(PhotoRow(session_id=session_id, name=name, sha256=digest, size=len(data), data=data))
            else:
                stored.sha256, stored.size, stored.data = digest, len(data), data
            self._fill(row, session_record(session))  # the results are unchanged: their rows stay
        return photo

    @_db_operation
    def photo(self, session_id: str, name: str) -> bytes:
        with DbSession(self.engine) as db:
            self._row(db, session_id)
            stored = db.get(PhotoRow, (session_id, name))
            if stored is None:
                raise NotFoundError(
                    problem(
                        QT_TRANSLATE_NOOP("errors", "sessie '{id}' heeft geen foto '{name}'"), id=session_id, name=name
                    )
                )
            return bytes(stored.data)

    @_db_operation
    def photos(self, session_id: str) -> dict[str, bytes]:
        with DbSession(self.engine) as db:
            row = self._row(db, session_id)
            return {photo.name: bytes(photo.data) for photo in row.photos}

    @_db_operation
    def remove_photo(self, session_id: str, name: str) -> None:
        with DbSession(self.engine) as db, db.begin():
            row = self._row(db, session_id)
            stored = db.get(PhotoRow, (session_id, name))
            if stored is None:
                raise NotFoundError(
                    problem(
                        QT_TRANSLATE_NOOP("errors", "sessie '{id}' heeft geen foto '{name}'"), id=session_id, name=name
                    )
                )
            db.delete(stored)
            session = loads_session(row.text.document, f"archief:{session_id}")
            session.photos = [p for p in session.photos if p.name != name]
            self._fill(row, session_record(session, check=False))  # one photo fewer; the results' rows stay

    def save_with_photos(self, session: Session, photos: dict[str, bytes]) -> str:
        """Store a new session and all its photo bytes in one transaction (used by bundle import)."""
        return self.add_many([(session, photos)])[0]

    def save_many_with_photos(self, items: list[tuple[Session, dict[str, bytes]]]) -> list[str]:
        """Store new sessions with their photo bytes, all in one transaction: all of them or none (a school
        bundle). A session whose id is in the archive already is refused, and with it all the others."""
        return self.add_many(items)

    def add_many(
        self,
        items: Iterable[Session | tuple[Session, dict[str, bytes]]]
        | Callable[[], Iterable[Session | tuple[Session, dict[str, bytes]]]],
        check: bool = True,
        progress: Callable[[int], None] | None = None,
    ) -> list[str]:
        """Store new sessions (each alone or with its photo bytes) in one transaction: all of them or none.

        Written in batches of bulk inserts, so thousands go in seconds. ``items`` may be a generator that
        reads files as it goes (an error it raises stores nothing), or a function that makes one: then,
        like a list, everything is stored again when the connection was lost (once). A session whose id
        is in the archive already is refused, and with it all the others. ``check=False`` skips
        validating the documents again — only for sessions just read from validated files.
        ``progress(stored)`` after each batch.
        """
        if callable(items) or isinstance(items, (list, tuple)):
            return self._add_many_retried(items if callable(items) else lambda: items, check, progress)
        try:
            return self._add_many(items, check, progress)
        except SQLAlchemyError as error:
            raise self._problem(error) from None

    @_db_operation
    def _add_many_retried(self, source: Callable[[], Iterable], check: bool, progress) -> list[str]:
        return self._add_many(source(), check, progress)

    def _add_many(self, items, check: bool, progress) -> list[str]:
        ids: list[str] = []
        seen: set[str] = set()
        with self.engine.begin() as connection:
            batch: list[tuple[SessionRecord, dict[str, bytes]]] = []
            for item in items:
                session, photos = item if isinstance(item, tuple) else (item, {})
                self._check_photos(session, photos)
                if session.id in seen:
                    raise self._exists(session.id)
                seen.add(session.id)
                batch.append((session_record(session, check), photos))
                if len(batch) >= BATCH_SIZE:
                    ids += self._insert_batch(connection, batch)
                    batch = []
                    if progress is not None:
                        progress(len(ids))
            ids += self._insert_batch(connection, batch)
        if progress is not None:
            progress(len(ids))
        return ids

    @staticmethod
    def _exists(session_id: str) -> InvalidArgumentError:
        return InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "sessie '{id}' staat al in het archief"), id=session_id)
        )

    @staticmethod
    def _check_photos(session: Session, photos: dict[str, bytes]) -> None:
        for name, data in photos.items():
            check_photo_name(name)
            if len(data) > MAX_PHOTO_BYTES:
                raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "foto '{name}' is te groot"), name=name))
            check_photo_data(data, name)
        if {photo.name for photo in session.photos} != set(photos):
            raise InvalidArgumentError(
                problem(QT_TRANSLATE_NOOP("errors", "de foto's kloppen niet met de lijst in de sessie"))
            )

    def _insert_batch(self, connection, batch: list[tuple[SessionRecord, dict[str, bytes]]]) -> list[str]:
        if not batch:
            return []
        ids = [record.id for record, _photos in batch]
        existing = connection.execute(select(SessionRow.id).where(SessionRow.id.in_(ids))).scalars().first()
        if existing is not None:
            raise self._exists(existing)
        insert_sessions(connection, [record for record, _photos in batch])
        photo_rows = [
            {
                "session_id": record.id,
                "name": name,
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
                "data": data,
            }
            for record, photos in batch
            for name, data in photos.items()
        ]
        if photo_rows:
            connection.execute(PhotoRow.__table__.insert(), photo_rows)
        return ids
