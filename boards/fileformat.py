"""Board and session files: JSON with a schema version, validated, written atomically.

A board file looks like ``{"format": "bruinpapier.board", "schema_version": 2,
"board": {...}}``; a session file the same with ``"bruinpapier.session"``.
Loading checks everything before building the model, so a bad file is refused
as a whole with one clear message naming the file, the field and the problem.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from boards.errors import BoardFileError, problem
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
from boards.validation import Problem, check_board_semantics, check_schema, check_session_semantics

SCHEMA_VERSION = CURRENT_SCHEMA_VERSION  # older files are migrated on load (boards.migrations)
BOARD_FORMAT = "bruinpapier.board"
SESSION_FORMAT = "bruinpapier.session"
TRAJECTORY_FORMAT = "bruinpapier.trajectory"
BOARD_SUFFIX = ".bpbord"
SESSION_SUFFIX = ".bpsessie"
MAX_FILE_BYTES = 50 * 1024 * 1024


# --- atomic writes ------------------------------------------------------------------------


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write to a temporary file next to ``path``, flush it to disk, then replace."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def atomic_write_text(path: Path | str, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --- reading ------------------------------------------------------------------------------


def parse_json(text: str, file: Path | str | None) -> Any:
    try:
        return json.loads(text)
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


def check_envelope(document: Any, expected_format: str, file: Path | str | None) -> None:
    if not isinstance(document, dict) or "format" not in document:
        raise BoardFileError(
            file,
            "",
            problem(QT_TRANSLATE_NOOP("errors", "dit is geen Bruinpapier-bestand (het veld 'format' ontbreekt)")),
        )
    actual = document.get("format")
    if actual != expected_format:
        if actual in FORMAT_NAMES:
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
    if version > SCHEMA_VERSION:
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
                supported=SCHEMA_VERSION,
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


def session_from_document(document: Any, file: Path | str | None = None) -> Session:
    check_envelope(document, SESSION_FORMAT, file)
    document = migrate(document)
    try:
        check_schema(document, "session")
        check_session_semantics(document["session"])
    except Problem as error:
        raise BoardFileError(file, error.path, error.message) from None
    session = session_from_dict(document["session"])
    ensure_markers(session.board)
    return session


TOO_BIG = QT_TRANSLATE_NOOP("errors", "het bestand is te groot ({size} MB; hoogstens {limit} MB)")


def read_user_file(path: Path | str, max_bytes: int = MAX_FILE_BYTES, too_big: str = TOO_BIG) -> bytes:
    """The bytes of a file the user chose, or a BoardFileError that says what is wrong with it."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise BoardFileError(
                file, "", problem(too_big, size=size // (1024 * 1024), limit=max_bytes // (1024 * 1024))
            )
        return file.read_bytes()
    except FileNotFoundError:
        raise BoardFileError(file, "", problem(QT_TRANSLATE_NOOP("errors", "het bestand bestaat niet"))) from None
    except IsADirectoryError:
        raise BoardFileError(file, "", problem(QT_TRANSLATE_NOOP("errors", "dit is een map, geen bestand"))) from None
    except PermissionError:
        raise BoardFileError(
            file, "", problem(QT_TRANSLATE_NOOP("errors", "geen toestemming om het bestand te lezen"))
        ) from None


def read_text_file(path: Path | str) -> str:
    data = read_user_file(path)
    try:
        return data.decode("utf-8")
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


def loads_session(text: str, file: Path | str | None = None) -> Session:
    return session_from_document(parse_json(text, file), file)


def load_session(path: Path | str) -> Session:
    return loads_session(read_text_file(path), path)


# --- writing ------------------------------------------------------------------------------


def board_document(board: Board) -> dict[str, Any]:
    data = board_to_dict(board)
    data["markers"] = markers_to_dict(board.markers or board_poster_layout(board.paper))
    return {"format": BOARD_FORMAT, "schema_version": SCHEMA_VERSION, "board": data}


def session_document(session: Session) -> dict[str, Any]:
    return {"format": SESSION_FORMAT, "schema_version": SCHEMA_VERSION, "session": session_to_dict(session)}


def dumps_board(board: Board) -> str:
    document = board_document(board)
    _validate_before_write(document, "board")
    return to_json(document)


def dumps_session(session: Session) -> str:
    document = session_document(session)
    _validate_before_write(document, "session")
    return to_json(document)


def _validate_before_write(document: dict[str, Any], kind: str) -> None:
    """Never write a file we would refuse to read back."""
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
