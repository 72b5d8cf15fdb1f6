"""Start the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

import desktop.workspace  # noqa: F401  (adds sessions, archive, analysis and trajectories to every window)
from desktop.i18n import install_language, save_language, saved_language
from desktop.main_window import MainWindow
from desktop.paths import APP_NAME, ORGANIZATION
from resources import resource_path


def _load_fonts() -> None:
    for font in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def create_app(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv or sys.argv[:1]))
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    _load_fonts()
    return app  # type: ignore[return-value]


class WindowController:
    """Keeps the one main window; rebuilds it when the language changes."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None

    def open_window(self, check_recovery: bool = True) -> MainWindow:
        window = MainWindow(check_recovery=check_recovery)
        self._attach(window)
        return window

    def _attach(self, window: MainWindow) -> None:
        self.window = window
        window.language_change_requested.connect(self.switch_language)

    def switch_language(self, language: str) -> MainWindow:
        """Save the choice, load the translation and rebuild the window; the open board stays."""
        save_language(language)
        install_language(language)
        old = self.window
        assert old is not None
        document = old.take_document()
        geometry = old.saveGeometry()
        page = old.current_page_id()
        window = MainWindow(document, check_recovery=False)
        window.restoreGeometry(geometry)
        if page and window.page(page) is not None:
            window.show_page(page)
        self._attach(window)
        window.show()
        old.close()
        old.deleteLater()
        return window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app. ``argv`` is like ``sys.argv``: the program, then optional board files to open."""
    argv = list(argv if argv is not None else sys.argv)
    app = create_app(argv[:1])
    install_language(saved_language())
    controller = WindowController()
    window = controller.open_window()
    for arg in argv[1:]:
        if Path(arg).suffix.lower() in (".bpbord", ".json"):
            window.open_path(arg)
    window.show()
    app._bruinpapier_controller = controller  # type: ignore[attr-defined]
    return app.exec()
