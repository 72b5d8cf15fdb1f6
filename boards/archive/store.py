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
import json
import os
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event, func, or_, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.pool import StaticPool

from boards.archive.tables import PhotoRow, SessionRow
from boards.errors import BruinpapierError, InvalidArgumentError, NotFoundError, problem
from boards.fileformat import (
    dumps_session,
    loads_session,
    make_private_file,
    make_private_folder,
)
from boards.i18n import QT_TRANSLATE_NOOP
from boards.photos import MAX_PHOTO_BYTES, check_photo_data, check_photo_name
from boards.session import Photo, Session, new_id
from boards.sessionio.matching import normalise
from boards.userdirs import DATA_DIR_ENV, data_dir, legacy_data_dirs

ARCHIVE_ENV = "BRUINPAPIER_ARCHIVE"
ARCHIVE_FILE_NAME = "archief.sqlite"
# Alembic finds the migrations as package resources ("package:folder"), wherever the package is installed.
MIGRATIONS = f"{__package__}:migrations"
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


def _now() -> datetime:
    return datetime.now(UTC)


def _search_text(session: Session) -> str:
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


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


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
        if "readonly" in lowered or "read-only" in lowered or "permission" in lowered:
            return self._refused(
                QT_TRANSLATE_NOOP(
                    "errors", "geen toestemming om in het archief te schrijven ({detail}); er is niets opgeslagen"
                ),
                detail=detail,
            )
        if isinstance(error, (OperationalError, DBAPIError)) and self.engine.dialect.name == "postgresql":
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
        config = Config()
        config.set_main_option("script_location", MIGRATIONS)
        try:
            with engine.begin() as connection:
                config.attributes["connection"] = connection
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
    def _fill(row: SessionRow, session: Session, document: str) -> None:
        row.school = session.school
        row.school_key = normalise(session.school)
        row.team = session.team
        row.date = session.date
        row.facilitator = session.facilitator
        row.method = session.method
        row.step = session.step
        row.topic = session.topic
        row.board_id = session.board.id
        row.board_title = session.board.title
        row.note_count = len(session.results.notes)
        row.dot_total = sum(dot.count for dot in session.results.dots)
        row.action_count = len(session.results.actions)
        row.search_text = _search_text(session)
        row.document = document
        row.updated_at = _now()

    @_db_operation
    def save(self, session: Session) -> str:
        """Insert or replace ``session`` (by its id); returns the id.

        Photos are managed with ``add_photo`` / ``remove_photo``: a photo stored in
        the archive but missing from ``session.photos`` (a copy loaded before the
        photo was added) is kept and added back to ``session.photos``; a listed
        photo that is not stored is refused. All in one transaction.
        """
        dumps_session(session)  # validate first: never store what we could not read back
        with DbSession(self.engine) as db, db.begin():
            row = db.get(SessionRow, session.id)
            if row is None:
                row = SessionRow(id=session.id, created_at=_now())
                db.add(row)
                stored: dict[str, PhotoRow] = {}
            else:
                stored = {photo.name: photo for photo in row.photos}
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
                    p["name"]: p.get("caption", "") for p in json.loads(row.document)["session"].get("photos", [])
                }
                for name in kept:
                    session.photos.append(Photo(name, captions.get(name, ""), stored[name].sha256))
            self._fill(row, session, dumps_session(session))
        return session.id

    @_db_operation
    def get(self, session_id: str) -> Session:
        with DbSession(self.engine) as db:
            document = self._row(db, session_id).document
        return loads_session(document, f"archief:{session_id}")

    @_db_operation
    def exists(self, session_id: str) -> bool:
        with DbSession(self.engine) as db:
            return db.get(SessionRow, session_id) is not None

    @_db_operation
    def list(
        self,
        school: str | None = None,
        method: str | None = None,
        board: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        text: str | None = None,
    ) -> list[SessionSummary]:
        """Summaries, newest date first. ``school`` and ``text`` match parts, ignoring case and accents."""
        photo_counts = select(PhotoRow.session_id, func.count().label("n")).group_by(PhotoRow.session_id).subquery()
        query = select(SessionRow, func.coalesce(photo_counts.c.n, 0)).outerjoin(
            photo_counts, photo_counts.c.session_id == SessionRow.id
        )
        if school:
            query = query.where(SessionRow.school_key.like(f"%{_like_escape(normalise(school))}%", escape="\\"))
        if method:
            query = query.where(SessionRow.method == method)
        if board:
            query = query.where(SessionRow.board_id == board)
        if date_from:
            query = query.where(SessionRow.date >= date_from)
        if date_to:
            query = query.where(SessionRow.date <= date_to)
        if text:
            for word in normalise(text).split():
                pattern = f"%{_like_escape(word)}%"
                query = query.where(or_(SessionRow.search_text.like(pattern, escape="\\"), SessionRow.id == word))
        query = query.order_by(SessionRow.date.desc(), SessionRow.updated_at.desc(), SessionRow.id)
        with DbSession(self.engine) as db:
            return [
                SessionSummary(
                    id=row.id,
                    school=row.school,
                    team=row.team,
                    date=row.date,
                    facilitator=row.facilitator,
                    method=row.method,
                    step=row.step,
                    topic=row.topic,
                    board_id=row.board_id,
                    board_title=row.board_title,
                    note_count=row.note_count,
                    dot_total=row.dot_total,
                    action_count=row.action_count,
                    photo_count=int(count),
                    updated_at=row.updated_at.isoformat() if row.updated_at else "",
                )
                for row, count in db.execute(query).all()
            ]

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
            session = loads_session(original.document, f"archief:{session_id}")
            copy_ = copy.deepcopy(session)
            copy_.id = new_id()
            document = dumps_session(copy_)
            row = SessionRow(id=copy_.id, created_at=_now())
            self._fill(row, copy_, document)
            db.add(row)
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
            session = loads_session(row.document, f"archief:{session_id}")
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
            self._fill(row, session, dumps_session(session))
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
            session = loads_session(row.document, f"archief:{session_id}")
            session.photos = [p for p in session.photos if p.name != name]
            self._fill(row, session, dumps_session(session))

    def save_with_photos(self, session: Session, photos: dict[str, bytes]) -> str:
        """Store a session and all its photo bytes in one transaction (used by bundle import)."""
        return self.save_many_with_photos([(session, photos)])[0]

    @_db_operation
    def save_many_with_photos(self, items: list[tuple[Session, dict[str, bytes]]]) -> list[str]:
        """Store new sessions with their photo bytes, all in one transaction: all of them or none (a school
        bundle). A session whose id is in the archive already is refused, and with it all the others."""
        documents = []
        for session, photos in items:
            for name, data in photos.items():
                check_photo_name(name)
                if len(data) > MAX_PHOTO_BYTES:
                    raise InvalidArgumentError(
                        problem(QT_TRANSLATE_NOOP("errors", "foto '{name}' is te groot"), name=name)
                    )
                check_photo_data(data, name)
            if {photo.name for photo in session.photos} != set(photos):
                raise InvalidArgumentError(
                    problem(QT_TRANSLATE_NOOP("errors", "de foto's kloppen niet met de lijst in de sessie"))
                )
            documents.append(dumps_session(session))
        with DbSession(self.engine) as db, db.begin():
            for (session, photos), document in zip(items, documents):
                if db.get(SessionRow, session.id) is not None:
                    raise InvalidArgumentError(
                        problem(QT_TRANSLATE_NOOP("errors", "sessie '{id}' staat al in het archief"), id=session.id)
                    )
                row = SessionRow(id=session.id, created_at=_now())
                self._fill(row, session, document)
                db.add(row)
                db.flush()
                for name, data in photos.items():
                    db.add(
                        PhotoRow(
                            session_id=session.id,
                            name=name,
                            sha256=hashlib.sha256(data).hexdigest(),
                            size=len(data),
                            data=data,
                        )
                    )
        return [session.id for session, _photos in items]
