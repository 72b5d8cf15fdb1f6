"""Long archive work (summaries of thousands of sessions, imports, exports) in a worker thread.

The window stays responsive: the job reports progress with ``progressed(done, total)`` and ends with
``succeeded(result)`` or ``failed(error)``, delivered in the GUI thread. A running job keeps itself
alive until it ends, even when the page that started it is rebuilt (a language switch).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal

_JOBS: set[BackgroundJob] = set()
_QUIT_HOOKED = False


class BackgroundJob(QThread):
    """Runs ``work(progress)`` once; ``progress(done, total)`` may be called from the work as it goes."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any], parent=None) -> None:
        super().__init__(parent)
        self._work = work

    def start_tracked(self) -> BackgroundJob:
        global _QUIT_HOOKED
        _JOBS.add(self)
        self.finished.connect(self._forget)
        app = QCoreApplication.instance()
        if app is not None and not _QUIT_HOOKED:
            app.aboutToQuit.connect(wait_for_jobs)
            _QUIT_HOOKED = True
        self.start()
        return self

    def _forget(self) -> None:
        _JOBS.discard(self)
        self.deleteLater()

    def run(self) -> None:
        try:
            result = self._work(lambda done, total: self.progressed.emit(int(done), int(total)))
        except Exception as error:  # noqa: BLE001 - reported by the page; never crash the app from a worker
            self.failed.emit(error)
            return
        self.succeeded.emit(result)


def wait_for_jobs(timeout_ms: int = 30_000) -> None:
    """Let running jobs finish (a database transaction is not cut off when the app quits)."""
    for job in list(_JOBS):
        job.wait(timeout_ms)


def running_jobs() -> int:
    return len(_JOBS)
