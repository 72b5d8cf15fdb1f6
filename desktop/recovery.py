"""The board's autosave to a recovery file every minute; offer to restore it after a crash.

The recovery file is a normal board file (``herstel.bpbord``) plus a small
JSON note with the original path and the time (``boards.recovery.RecoveryCopy``,
the same as the session's copy). A clean close removes both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from boards.fileformat import dumps_board, load_board
from boards.model import Board
from boards.recovery import RecoveryCopy
from desktop.paths import recovery_dir

AUTOSAVE_INTERVAL_MS = 60_000
RECOVERY_FILE = "herstel.bpbord"
RECOVERY_NOTE = "herstel.json"


BOARD_COPY = RecoveryCopy(recovery_dir, RECOVERY_FILE, RECOVERY_NOTE, dumps_board, load_board)


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
