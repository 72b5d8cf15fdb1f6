"""Running the read-back in a worker thread, with progress and cancellation."""

from __future__ import annotations

import threading
from typing import Sequence

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from boards.capture import CaptureCancelled, CaptureOptions, capture_photos
from boards.errors import BruinpapierError
from boards.model import Board


class CaptureWorker(QObject):
    """Reads photos back off the GUI thread; ``finished(result)``, ``failed(error)`` or ``cancelled()``."""

    progress = Signal(int, str)  # percent, Dutch status text
    finished = Signal(object)  # boards.capture.CaptureResult
    failed = Signal(object)  # a BruinpapierError with a Dutch message
    cancelled = Signal()

    def __init__(self, sources: Sequence, board: Board, options: CaptureOptions | None = None) -> None:
        super().__init__()
        self.sources = list(sources)
        self.board = board
        self.options = options or CaptureOptions()
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            result = capture_photos(
                self.sources, self.board, self.options,
                progress=lambda fraction, text: self.progress.emit(int(round(fraction * 100)), text),
                cancelled=self._stop.is_set,
            )
        except CaptureCancelled:
            self.cancelled.emit()
            return
        except BruinpapierError as error:
            self.failed.emit(error)
            return
        self.finished.emit(result)


def start_worker(worker: CaptureWorker) -> QThread:
    """Move ``worker`` to a new thread and start it; the thread ends when the worker is done."""
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.finished, worker.failed, worker.cancelled):
        # direct: quit() is thread-safe, and the GUI thread may be blocked in wait()
        signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread
