"""Capture in a worker thread: progress and cancel without blocking the window.

Reading note texts (OCR) is the slow part, so the thread does it itself, note
by note after the capture: the progress bar moves and "Annuleren" works
between notes, not only between photos.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from boards.capture import CaptureCancelled, CaptureOptions, CaptureResult, capture_photos, suggest_text
from boards.model import Board

CAPTURE_SHARE_WITH_OCR = 0.35  # of the progress bar, when the note texts are read as well
_THREADS: set[CaptureThread] = set()  # running threads outlive a closed widget until they finish
_QUIT_HOOKED = False


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

    def start_tracked(self) -> None:
        """Start, and keep a reference until the run ends (and stop it when the app quits)."""
        global _QUIT_HOOKED
        _THREADS.add(self)
        self.finished.connect(self._forget)
        app = QCoreApplication.instance()
        if app is not None and not _QUIT_HOOKED:
            app.aboutToQuit.connect(stop_all_threads)
            _QUIT_HOOKED = True
        self.start()

    def _forget(self) -> None:
        _THREADS.discard(self)
        self.deleteLater()

    def run(self) -> None:
        try:
            result = self._capture()
        except Exception as error:  # noqa: BLE001 - reported in the widget; never crash the app from a worker
            self.failed.emit(error)
            return
        self.succeeded.emit(result)

    def _capture(self) -> CaptureResult:
        ocr = self.options.ocr
        share = CAPTURE_SHARE_WITH_OCR if ocr else 1.0
        options = replace(self.options, ocr=False, crops=True)
        result = capture_photos(
            self.paths,
            self.board,
            options,
            progress=lambda fraction, text: self.progressed.emit(fraction * share, text),
            cancelled=self._cancel.is_set,
        )
        if ocr:
            total = len(result.notes)
            for number, note in enumerate(result.notes, start=1):
                if self._cancel.is_set():
                    raise CaptureCancelled()
                self.progressed.emit(
                    share + (1 - share) * (number - 1) / max(1, total),
                    self.tr("tekst van notitie {number} van {total} lezen").format(number=number, total=total),
                )
                if note.crop is not None and not note.text:
                    note.text = suggest_text(note.crop, self.options.ocr_lang)
            self.progressed.emit(1.0, self.tr("klaar"))
        return result


def stop_all_threads(timeout_ms: int = 30_000) -> None:
    """Cancel every running read-back and wait for it (the app is quitting)."""
    for thread in list(_THREADS):
        thread.cancel()
    for thread in list(_THREADS):
        thread.wait(timeout_ms)
