"""Autosave to a recovery file every minute; offer to restore it after a crash.

The recovery file is a normal board file (``herstel.bpbord``) plus a small
JSON note with the original path and the time. A clean close removes both.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from boards.errors import BruinpapierError
from boards.fileformat import atomic_write_text, dumps_board, load_board
from boards.model import Board
from desktop.paths import recovery_dir

AUTOSAVE_INTERVAL_MS = 60_000
RECOVERY_FILE = "herstel.bpbord"
RECOVERY_NOTE = "herstel.json"


class RecoveryCopy:
    """A copy of unsaved work in the recovery folder: the document itself plus a small JSON note
    (where it belongs, when it was saved). Writing is atomic; reading raises BruinpapierError
    when the copy is damaged, and a damaged note only loses the note."""

    def __init__(
        self, file_name: str, note_name: str, dumps: Callable[[Any], str], load: Callable[[Path], Any]
    ) -> None:
        self.file_name, self.note_name = file_name, note_name
        self._dumps, self._load = dumps, load

    @property
    def file(self) -> Path:
        return recovery_dir() / self.file_name

    @property
    def note_file(self) -> Path:
        return recovery_dir() / self.note_name

    def write(self, document: Any, note: dict[str, Any]) -> bool:
        """False when the document cannot be written as it is (it stays in memory)."""
        try:
            text = self._dumps(document)
        except BruinpapierError:
            return False
        atomic_write_text(self.file, text)
        note = {**note, "saved_at": datetime.now().isoformat(timespec="seconds")}
        atomic_write_text(self.note_file, json.dumps(note, ensure_ascii=False))
        return True

    def exists(self) -> bool:
        return self.file.exists()

    def clear(self) -> None:
        for file in (self.file, self.note_file):
            with contextlib.suppress(FileNotFoundError):
                file.unlink()

    def read(self) -> tuple[Any, dict[str, Any]]:
        document = self._load(self.file)
        try:
            note = json.loads(self.note_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            note = {}
        return document, note if isinstance(note, dict) else {}


BOARD_COPY = RecoveryCopy(RECOVERY_FILE, RECOVERY_NOTE, dumps_board, load_board)


@dataclass
class Recovered:
    board: Board
    original_path: Path | None
    saved_at: str


def recovery_file() -> Path:
    return BOARD_COPY.file


def write_recovery(board: Board, original_path: Path | None) -> bool:
    """Write the recovery copy; False when the board cannot be written (it is kept in memory)."""
    return BOARD_COPY.write(board, {"path": str(original_path) if original_path else None})


def clear_recovery() -> None:
    BOARD_COPY.clear()


def has_recovery() -> bool:
    return BOARD_COPY.exists()


def read_recovery() -> Recovered:
    """The recovered board; raises BruinpapierError when the copy is damaged."""
    board, note = BOARD_COPY.read()
    path = note.get("path")
    return Recovered(board, Path(path) if isinstance(path, str) and path else None, str(note.get("saved_at", "")))


class Autosaver(QObject):
    """Saves the current document's board to the recovery file while it has unsaved changes."""

    def __init__(self, get_document, parent: QObject | None = None, interval_ms: int = AUTOSAVE_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._get_document = get_document
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()

    def save_now(self) -> bool:
        document = self._get_document()
        if document is None or not document.dirty:
            return False
        return write_recovery(document.board, document.path)
