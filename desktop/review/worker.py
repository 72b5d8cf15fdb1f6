"""Capture in a worker thread: progress and cancel without blocking the window."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from boards.capture import CaptureOptions, capture_photos
from boards.model import Board


class CaptureThread(QThread):
    """Runs ``capture_photos`` once; ``succeeded(CaptureResult)`` or ``failed(Exception)`` at the end."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, paths: Sequence[str | Path], board: Board, options: CaptureOptions, parent=None) -> None:
        super().__init__(parent)
        self.paths = [str(path) for path in paths]
        self.board = board
        self.options = options
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = capture_photos(
                self.paths, self.board, self.options,
                progress=lambda fraction, text: self.progressed.emit(fraction, text),
                cancelled=self._cancel.is_set,
            )
        except Exception as error:  # reported in the widget; never crash the app from a worker
            self.failed.emit(error)
            return
        self.succeeded.emit(result)
