"""Board and session files: JSON with a schema version, validated, written atomically.

A board file looks like ``{"format": "bruinpapier.board", "schema_version": 2,
"board": {...}}``; a session file the same with ``"bruinpapier.session"``.
Loading checks everything before building the model, so a bad file is refused
as a whole with one clear message naming the file, the field and the problem.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

from boards.errors import BoardFileError, FileWriteError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.migrations import CURRENT as CURRENT_SCHEMA_VERSION
from boards.migrations import migrate
from boards.model import Board
from boards.readback import board_poster_layout
from boards.serialize import (
    board_from_dict,
    board_to_dict,
    markers_to_dict,
    session_from_dict,
    session_to_dict,
)
from boards.session import Session
from boards.validation import (
    Problem,
    check_board_semantics,
    check_schema,
    check_session_schema,
    check_session_semantics,
)

SCHEMA_VERSION = CURRENT_SCHEMA_VERSION  # older files are migrated on load (boards.migrations)
BOARD_FORMAT = "bruinpapier.board"
SESSION_FORMAT = "bruinpapier.session"
TRAJECTORY_FORMAT = "bruinpapier.trajectory"
TEMPLATE_FORMAT = "bruinpapier.template"  # a board in the template library: see boards.library
BOARD_SUFFIX = ".bpbord"
SESSION_SUFFIX = ".bpsessie"
MAX_FILE_BYTES = 50 * 1024 * 1024
# What Python's zip reader raises on a damaged or foreign zip: besides BadZipFile, a cut file (EOFError, OSError),
# nonsense in its headers (ValueError), a newer zip version or a compression it cannot unpack
# (NotImplementedError) and an encrypted entry (RuntimeError).
ZIP_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,
)


# --- atomic writes ------------------------------------------------------------------------

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def current_umask() -> int:
    """The process's umask (read by setting it and putting it back; there is no read-only call)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def make_private_folder(folder: Path | str) -> Path:
    """Create ``folder`` (and parents) readable by the user only: 0700 on POSIX.

    On Windows the mode bits mean nothing; files in the user's profile (where the app keeps its data)
    are private through the profile's access rights, so nothing is changed there.
    """
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    if os.name == "posix":
        with contextlib.suppress(OSError):  # a folder we do not own: its owner decides
            if path.stat().st_mode & 0o077:
                path.chmod(PRIVATE_FOLDER_MODE)
    return path


def make_private_file(file: Path | str) -> None:
    """Make an existing file readable by the user only (0600 on POSIX; see :func:`make_private_folder`)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            if Path(file).stat().st_mode & 0o077:
                os.chmod(file, PRIVATE_FILE_MODE)


def atomic_write_bytes(path: Path | str, data: bytes, private: bool = False) -> None:
    """Write to a temporary file next to ``path``, flush it to disk, then replace.

    ``private``: the file is readable by the user only (0600: archive, recovery copies, settings);
    otherwise it gets the mode any new file gets (0666 less the umask), so a PDF or workbook exported
    to a shared folder can be opened by colleagues. A write that fails (disk full, no permission)
    raises :class:`FileWriteError` naming the file; the old file, if any, is left as it was.
    """
    target = Path(path)
    try:
        existing = os.stat(target)
    except OSError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        # Never replace a folder, a device (/dev/null: as root that would break the system) or a pipe.
        if stat.S_ISDIR(existing.st_mode):
            raise FileWriteError(target, OSError(errno.EISDIR, ""))
        raise FileWriteError(
            target,
            None,
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "dit is geen gewoon bestand (maar een apparaat of pijp); kies een andere bestandsnaam"
                )
            ),
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise FileWriteError(target, error) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            if not private and os.name == "posix":
                os.fchmod(stream.fileno(), 0o666 & ~current_umask())
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise FileWriteError(target, error) from None
        raise


def atomic_write_text(path: Path | str, text: str, private: bool = False) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), private=private)


def to_json(data: Any, compact: bool = False) -> str:
    """Indented for files people may open; ``compact`` (no spaces, C encoder, ~10x quicker) for the archive."""
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# --- reading ------------------------------------------------------------------------------

#: Limits checked before a document is validated: nesting depth, items in one list, values in all.
MAX_JSON_DEPTH = 40
MAX_LIST_ITEMS = 10_000
MAX_JSON_VALUES = 2_000_000


class _NotFinite(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NotFinite(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text)
    return value


def parse_json(text: str, file: Path | str | None) -> Any:
    """Parse JSON text, refusing NaN/Infinity, huge numbers and deep nesting with a Dutch message."""
    text = text.removeprefix("\ufeff")
    try:
        document = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as error:
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "dit is geen geldig JSON-bestand (regel {line}, kolom {column}: {detail}); is het afgebroken of "
                    "door een ander programma gemaakt?",
                ),
                line=error.lineno,
                column=error.colno,
                detail=error.msg,
            ),
        ) from None
    except _NotFinite as error:
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "bevat het getal '{value}'; alleen gewone (eindige) getallen kunnen, geen NaN of Infinity"
                ),
                value=str(error),
            ),
        ) from None
    except RecursionError:
        raise _too_deep(file) from None
    except ValueError:  # an integer of thousands of digits
        raise BoardFileError(
            file, "", problem(QT_TRANSLATE_NOOP("errors", "bevat een getal met veel te veel cijfers"))
        ) from None
    check_json_limits(document, file)
    return document


def _too_deep(file: Path | str | None) -> BoardFileError:
    return BoardFileError(
        file,
        "",
        problem(
            QT_TRANSLATE_NOOP(
                "errors", "is te diep genest (meer dan {limit} niveaus); dit is geen Bruinpapier-bestand"
            ),
            limit=MAX_JSON_DEPTH,
        ),
    )


def check_json_limits(document: Any, file: Path | str | None) -> None:
    """Refuse a parsed document that is nested too deep or holds too many items, before validating it
    (the checks after this one would take minutes on 100,000 zones). Only containers are visited one by
    one; plain values are counted with their container (an import reads thousands of files). Where a
    container is, is kept as (parent's place, key) and written out only for a message."""
    stack: list[tuple[Any, int, Any]] = [(document, 0, None)]
    values = 1
    push = stack.append
    pop = stack.pop
    while stack:
        value, depth, where = pop()
        if depth > MAX_JSON_DEPTH:
            raise _too_deep(file)
        kind = type(value)
        if kind is list:
            if len(value) > MAX_LIST_ITEMS:
                raise BoardFileError(
                    file,
                    _place(where),
                    problem(
                        QT_TRANSLATE_NOOP("errors", "bevat te veel items ({count}; hoogstens {limit})"),
                        count=len(value),
                        limit=MAX_LIST_ITEMS,
                    ),
                )
        elif kind is not dict:
            continue
        if value and depth >= MAX_JSON_DEPTH:
            raise _too_deep(file)
        values += len(value)
        if values > MAX_JSON_VALUES:
            raise BoardFileError(
                file,
                "",
                problem(
                    QT_TRANSLATE_NOOP("errors", "bevat te veel gegevens (meer dan {limit} waarden)"),
                    limit=MAX_JSON_VALUES,
                ),
            )
        deeper = depth + 1
        if kind is list:
            for item in value:
                if type(item) is dict or type(item) is list:
                    push((item, deeper, where))
        else:
            for key, item in value.items():
                if type(item) is dict or type(item) is list:
                    push((item, deeper, (where, key)))


def _place(where: Any) -> str:
    """``((None, "board"), "zones")`` → ``board.zones`` (the keys on the way; list items are not named)."""
    keys = []
    while where is not None:
        where, key = where
        keys.append(key)
    return ".".join(reversed(keys))


def check_envelope(
    document: Any, expected_format: str, file: Path | str | None, supported: int = SCHEMA_VERSION
) -> None:
    """The format and version of a parsed file; ``supported``: the newest version this program reads."""
    if not isinstance(document, dict) or "format" not in document:
        raise BoardFileError(
            file,
            "",
            problem(QT_TRANSLATE_NOOP("errors", "dit is geen Bruinpapier-bestand (het veld 'format' ontbreekt)")),
        )
    actual = document.get("format")
    if actual != expected_format:
        if isinstance(actual, str) and actual in FORMAT_NAMES:
            raise BoardFileError(
                file,
                "format",
                problem(
                    QT_TRANSLATE_NOOP("errors", "dit is een {actual}-bestand, geen {expected}-bestand"),
                    actual=_format_name(actual),
                    expected=_format_name(expected_format),
                ),
            )
        raise BoardFileError(
            file,
            "format",
            problem(
                QT_TRANSLATE_NOOP("errors", "dit is geen Bruinpapier-bestand (format is '{actual}')"), actual=actual
            ),
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BoardFileError(
            file, "schema_version", problem(QT_TRANSLATE_NOOP("errors", "ontbreekt of is geen geheel getal"))
        )
    if version > supported:
        raise BoardFileError(
            file,
            "schema_version",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "dit bestand heeft schemaversie {version} en komt uit een nieuwere Bruinpapier; deze versie "
                    "leest t/m versie {supported}. Werk Bruinpapier bij om het te openen.",
                ),
                version=version,
                supported=supported,
            ),
        )
    if version < 1:
        raise BoardFileError(
            file,
            "schema_version",
            problem(QT_TRANSLATE_NOOP("errors", "schemaversie {version} bestaat niet"), version=version),
        )


FORMAT_NAMES = {
    BOARD_FORMAT: QT_TRANSLATE_NOOP("errors", "bord"),
    SESSION_FORMAT: QT_TRANSLATE_NOOP("errors", "sessie"),
    TRAJECTORY_FORMAT: QT_TRANSLATE_NOOP("errors", "traject"),
    TEMPLATE_FORMAT: QT_TRANSLATE_NOOP("errors", "sjabloon"),
}


def _format_name(format_id: str) -> str:
    return FORMAT_NAMES.get(format_id, format_id)


def ensure_markers(board: Board) -> None:
    """A board read without a marker record carries the poster layout of its paper."""
    if board.markers is None:
        board.markers = board_poster_layout(board.paper)


def board_from_document(document: Any, file: Path | str | None = None) -> Board:
    """Validate a parsed board document and build the Board."""
    check_envelope(document, BOARD_FORMAT, file)
    document = migrate(document)
    try:
        check_schema(document, "board")
        check_board_semantics(document["board"])
    except Problem as error:
        raise BoardFileError(file, error.path, error.message) from None
    board = board_from_dict(document["board"])
    ensure_markers(board)
    return board


class BoardSnapshots:
    """The boards met while reading many session files (an import): every file of one school board's
    sessions carries the same board snapshot, so each distinct snapshot is checked and built once.

    A board is known by its exact JSON text (keys in file order, so equal text is an equal board): a board
    that differs in one byte is checked in full like any other. The rest of every file (its results, and
    whether they fit the board) is always checked. The sessions read with one ``BoardSnapshots`` share
    one Board object per snapshot: for sessions that are stored and let go (``session import``), not for
    sessions that are edited. Keeps the ``limit`` most recently met boards.
    """

    def __init__(self, limit: int = 64) -> None:
        self.limit = limit
        self._boards: dict[str, Board] = {}
        self.checked = 0  # boards checked and built in full (the others were known)

    @staticmethod
    def key(document: Any) -> str | None:
        """The exact text of a session document's board (None when there is no board to speak of)."""
        session = document.get("session") if type(document) is dict else None
        board = session.get("board") if type(session) is dict else None
        if type(board) is not dict:
            return None
        return json.dumps(board, ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    def known(self, key: str | None) -> Board | None:
        board = self._boards.pop(key, None) if key is not None else None
        if board is not None:
            self._boards[key] = board  # most recently met last
        return board

    def remember(self, key: str | None, board: Board) -> None:
        if key is None or self.limit <= 0:
            return
        self.checked += 1
        self._boards[key] = board
        while len(self._boards) > self.limit:
            del self._boards[next(iter(self._boards))]


def session_from_document(
    document: Any, file: Path | str | None = None, snapshots: BoardSnapshots | None = None
) -> Session:
    """Validate a parsed session document and build the Session; with ``snapshots`` a board equal to one
    checked before is neither checked nor built again (see :class:`BoardSnapshots`)."""
    check_envelope(document, SESSION_FORMAT, file)
    document = migrate(document)
    key = snapshots.key(document) if snapshots is not None else None
    board = snapshots.known(key) if snapshots is not None else None
    try:
        check_session_schema(document, board_checked=board is not None)
        check_session_semantics(document["session"], board_checked=board is not None)
    except Problem as error:
        raise BoardFileError(file, error.path, error.message) from None
    session = session_from_dict(document["session"], board=board)
    if board is None:
        ensure_markers(session.board)
        if snapshots is not None:
            snapshots.remember(key, session.board)
    return session


TOO_BIG = QT_TRANSLATE_NOOP("errors", "het bestand is te groot ({size} MB; hoogstens {limit} MB)")


def _cannot_read(file: Path, text: str, **params: object) -> BoardFileError:
    return BoardFileError(file, "", problem(text, **params))


def open_user_file(path: Path | str, max_bytes: int = MAX_FILE_BYTES, too_big: str = TOO_BIG) -> BinaryIO:
    """A file the user chose, opened for reading, or a BoardFileError that says what is wrong with it.

    Only regular files are opened: a folder, a pipe (FIFO), a device (``/dev/zero``) or a socket is refused
    without waiting on it, and so is a file larger than ``max_bytes``.
    """
    file = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(file, flags)
    except FileNotFoundError:
        raise _cannot_read(file, QT_TRANSLATE_NOOP("errors", "het bestand bestaat niet")) from None
    except IsADirectoryError:
        raise _cannot_read(file, QT_TRANSLATE_NOOP("errors", "dit is een map, geen bestand")) from None
    except PermissionError:
        if file.is_dir():
            raise _cannot_read(file, QT_TRANSLATE_NOOP("errors", "dit is een map, geen bestand")) from None
        raise _cannot_read(file, QT_TRANSLATE_NOOP("errors", "geen toestemming om het bestand te lezen")) from None
    except (OSError, ValueError) as error:  # a name too long, a loop of links, a NUL in the name
        raise _cannot_read(
            file,
            QT_TRANSLATE_NOOP("errors", "het bestand is niet te openen ({detail})"),
            detail=getattr(error, "strerror", None) or error,
        ) from None
    info = os.fstat(handle)
    if not stat.S_ISREG(info.st_mode):
        os.close(handle)
        if stat.S_ISDIR(info.st_mode):
            raise _cannot_read(file, QT_TRANSLATE_NOOP("errors", "dit is een map, geen bestand"))
        raise _cannot_read(
            file,
            QT_TRANSLATE_NOOP(
                "errors", "dit is geen gewoon bestand (maar een apparaat, pijp of socket); kies een bestand"
            ),
        )
    if info.st_size > max_bytes:
        os.close(handle)
        raise _cannot_read(file, too_big, size=info.st_size // (1024 * 1024), limit=max_bytes // (1024 * 1024))
    return os.fdopen(handle, "rb")


def read_user_file(path: Path | str, max_bytes: int = MAX_FILE_BYTES, too_big: str = TOO_BIG) -> bytes:
    """The bytes of a file the user chose (see :func:`open_user_file`); never more than ``max_bytes`` are
    read, whatever the file claims."""
    file = Path(path)
    with open_user_file(file, max_bytes, too_big) as stream:
        try:
            data = stream.read(max_bytes + 1)
        except OSError as error:
            raise _cannot_read(
                file,
                QT_TRANSLATE_NOOP("errors", "het bestand is niet te lezen ({detail})"),
                detail=error.strerror or error,
            ) from None
    if len(data) > max_bytes:
        raise _cannot_read(file, too_big, size=len(data) // (1024 * 1024), limit=max_bytes // (1024 * 1024))
    return data


def read_text_file(path: Path | str) -> str:
    """A UTF-8 text file the user chose (a byte-order mark, as Windows editors write, is allowed)."""
    data = read_user_file(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BoardFileError(
            Path(path),
            "",
            problem(QT_TRANSLATE_NOOP("errors", "dit is geen tekstbestand (geen UTF-8); kies een Bruinpapier-bestand")),
        ) from None


def loads_board(text: str, file: Path | str | None = None) -> Board:
    return board_from_document(parse_json(text, file), file)


def load_board(path: Path | str) -> Board:
    return loads_board(read_text_file(path), path)


def loads_session(text: str, file: Path | str | None = None, snapshots: BoardSnapshots | None = None) -> Session:
    return session_from_document(parse_json(text, file), file, snapshots)


def load_session(path: Path | str, snapshots: BoardSnapshots | None = None) -> Session:
    return loads_session(read_text_file(path), path, snapshots)


# --- writing ------------------------------------------------------------------------------


def board_document(board: Board) -> dict[str, Any]:
    data = board_to_dict(board)
    data["markers"] = markers_to_dict(board.markers or board_poster_layout(board.paper))
    return {"format": BOARD_FORMAT, "schema_version": SCHEMA_VERSION, "board": data}


def session_document(session: Session) -> dict[str, Any]:
    return {"format": SESSION_FORMAT, "schema_version": SCHEMA_VERSION, "session": session_to_dict(session)}


def dumps_board(board: Board) -> str:
    document = board_document(board)
    validate_document(document, "board")
    return to_json(document)


def dumps_session(session: Session) -> str:
    document = session_document(session)
    validate_document(document, "session")
    return to_json(document)


def validate_document(document: dict[str, Any], kind: str) -> None:
    """Never write a file we would refuse to read back: BoardFileError for a ``board`` or ``session``
    document that loading would refuse."""
    try:
        check_schema(document, kind)
        if kind == "board":
            check_board_semantics(document["board"])
        else:
            check_session_semantics(document["session"])
    except Problem as error:
        raise BoardFileError(None, error.path, error.message) from None


def save_board(board: Board, path: Path | str) -> None:
    atomic_write_text(path, dumps_board(board))


def save_session(session: Session, path: Path | str) -> None:
    atomic_write_text(path, dumps_session(session))
