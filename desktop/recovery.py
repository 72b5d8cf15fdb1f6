"""The board's recovery copy, written seconds after a change; offered back after a crash.

Each window has its own copy (``<id>-bord.bpbord`` plus a note, see ``boards.recovery``): the
:class:`Autosaver` writes it :data:`AUTOSAVE_DELAY_MS` after the first change that is not in it yet, so
``kill -9`` loses at most those seconds. A clean close removes the copy; a window that starts offers the
copies of windows that are gone, never those of a window still open (in this app or another one).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from boards.errors import BruinpapierError
from boards.fileformat import BOARD_SUFFIX, dumps_board, load_board
from boards.model import Board
from boards.recovery import CrashedCopy, RecoveryCopy, RecoveryOwner
from desktop.i18n import error_text

#: How long after a change the copy is written: a burst of edits is one write, and a crash loses at most this.
AUTOSAVE_DELAY_MS = 2_000
BOARD_KIND = "bord"


@dataclass
class Recovered:
    board: Board
    original_path: Path | None
    saved_at: str


def board_copy(owner: RecoveryOwner) -> RecoveryCopy:
    """The window's own board copy."""
    return owner.copy(BOARD_KIND, BOARD_SUFFIX, dumps_board, load_board)


def claim_crashed_board(owner: RecoveryOwner) -> CrashedCopy | None:
    """A board copy of a window that is gone, held while the user decides (see ``RecoveryOwner``)."""
    return owner.claim_crashed(BOARD_KIND, BOARD_SUFFIX, dumps_board, load_board)


def write_recovery(copy: RecoveryCopy, board: Board, original_path: Path | None) -> bool:
    """Write the recovery copy; False when the board cannot be written (it is kept in memory)."""
    return copy.write(board, {"path": str(original_path) if original_path else None})


def read_recovery(crashed: CrashedCopy) -> Recovered:
    """The recovered board; raises BruinpapierError when the copy is damaged."""
    board, note = crashed.read()
    path = note.get("path")
    return Recovered(board, Path(path) if isinstance(path, str) and path else None, str(note.get("saved_at", "")))


class Autosaver(QObject):
    """Writes a document to its recovery copy a moment after it changes, while it has unsaved changes.

    ``schedule()`` (connected to the document's changes) starts a single-shot timer unless it runs
    already: a burst of edits is one write, at most ``delay_ms`` after the first.
    ``write`` is the function that writes the copy; it returns False when there was nothing to write.
    ``failed`` carries the message when the copy could not be written (a full disk), for the status bar.
    """

    failed = Signal(str)

    def __init__(self, write, parent: QObject | None = None, delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._write = write
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)
        self.last_problem: BruinpapierError | None = None

    def schedule(self, *_args: object) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def save_now(self) -> bool:
        """Write now; False when there is nothing to write or it could not be written (disk full:
        ``last_problem`` says why, and the next change tries again)."""
        self.timer.stop()
        try:
            written = bool(self._write())
        except BruinpapierError as error:
            self.last_problem = error
            self.failed.emit(error_text(error))
            return False
        self.last_problem = None
        return written
