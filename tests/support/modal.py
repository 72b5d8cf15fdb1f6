"""Answer a modal dialog that the code under test opens with ``exec()``, through its real widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_shown(kind: type[QDialog], act: Callable[[QDialog], None], tries: int = 200) -> list[QDialog]:
    """Once a modal dialog of ``kind`` is shown, call ``act(dialog)`` (which should close it).

    Returns a list that gets the dialog, so the test can check that it was shown at all.
    """
    seen: list[QDialog] = []

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
    return seen
