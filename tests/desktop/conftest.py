"""Fixtures for driving the desktop app: isolated settings, recorded message boxes, a main window."""

from __future__ import annotations

from pathlib import Path

import pytest

OUTPUT_DIR = Path(__file__).resolve().parents[2] / "out" / "desktop"


class MessageRecorder:
    """Stands in for QMessageBox's static functions; ``answer`` is what question() returns."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = None

    def of_kind(self, kind: str) -> list[tuple[str, str, str]]:
        return [entry for entry in self.shown if entry[0] == kind]


@pytest.fixture
def messages(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    recorder = MessageRecorder()
    recorder.answer = QMessageBox.StandardButton.Discard

    def record(kind):
        def show(parent, title, text, *args, **kwargs):
            recorder.shown.append((kind, title, text))
            if kind == "question":
                return recorder.answer
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return recorder


@pytest.fixture
def controller(qtbot, messages):
    from desktop.app import WindowController, create_app
    from desktop.i18n import install_language

    create_app()
    install_language("nl")
    controller = WindowController()
    window = controller.open_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield controller
    for document_window in {controller.window}:
        if document_window is not None and document_window.document is not None:
            document_window.document.undo_stack.setClean()
    install_language("nl")


@pytest.fixture
def window(controller):
    return controller.window


@pytest.fixture
def output_dir() -> Path:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    return OUTPUT_DIR
