"""Autosave to a recovery file every minute; offer to restore it after a crash.

The recovery file is a normal board file (``herstel.bpbord``) plus a small
JSON note with the original path and the time. A clean close removes both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from boards.errors import BruinpapierError
from boards.fileformat import atomic_write_text, dumps_board, load_board
from boards.model import Board
from desktop.paths import recovery_dir

AUTOSAVE_INTERVAL_MS = 60_000
RECOVERY_FILE = "herstel.bpbord"
RECOVERY_NOTE = "herstel.json"


@dataclass
class Recovered:
    board: Board
    original_path: Path | None
    saved_at: str


def recovery_file() -> Path:
    return recovery_dir() / RECOVERY_FILE


def note_file() -> Path:
    return recovery_dir() / RECOVERY_NOTE


def write_recovery(board: Board, original_path: Path | None) -> bool:
    """Write the recovery copy; False when the board cannot be written (it is kept in memory)."""
    try:
        text = dumps_board(board)
    except BruinpapierError:
        return False
    atomic_write_text(recovery_file(), text)
    note = {"path": str(original_path) if original_path else None, "saved_at": datetime.now().isoformat(timespec="seconds")}
    atomic_write_text(note_file(), json.dumps(note, ensure_ascii=False))
    return True


def clear_recovery() -> None:
    for file in (recovery_file(), note_file()):
        try:
            file.unlink()
        except FileNotFoundError:
            pass


def has_recovery() -> bool:
    return recovery_file().exists()


def read_recovery() -> Recovered:
    """The recovered board; raises BruinpapierError when the copy is damaged."""
    board = load_board(recovery_file())
    path, saved_at = None, ""
    try:
        note = json.loads(note_file().read_text(encoding="utf-8"))
        path = Path(note["path"]) if note.get("path") else None
        saved_at = str(note.get("saved_at", ""))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return Recovered(board, path, saved_at)


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
