"""Start the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from boards.recovery import RecoveryOwner
from boards.workspace import Workspace
from desktop.i18n import install_language, save_language, saved_language
from desktop.main_window import MainWindow
from desktop.paths import APP_NAME, ORGANIZATION, recovery_dir
from desktop.self_test import SelfTest
from desktop.workspace import WorkspaceController
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
    """Keeps the one main window and what is open in it; rebuilds the window when the language changes.

    The workspace (the open session, its trajectory, photos read back) belongs to the app, not to a
    window: every window built gets the session pages (``workspace_controller``) working on it.
    """

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        # One claim on recovery copies for the window and its session; a rebuilt window keeps it.
        self.recovery_owner = RecoveryOwner(recovery_dir)
        self.workspace = Workspace(recovery_dir, self.recovery_owner)
        self.workspace_controller: WorkspaceController | None = None

    def open_window(self, check_recovery: bool = True) -> MainWindow:
        window = MainWindow(check_recovery=check_recovery, recovery_owner=self.recovery_owner)
        self._attach(window)
        return window

    def _attach(self, window: MainWindow, unsaved_session: bool = False) -> None:
        self.window = window
        self.workspace_controller = WorkspaceController(window, self.workspace, unsaved_session)
        window.language_change_requested.connect(self.switch_language)

    def switch_language(self, language: str) -> MainWindow:
        """Save the choice, load the translation and rebuild the window; the open board and session stay."""
        save_language(language)
        install_language(language)
        old = self.window
        assert old is not None and self.workspace_controller is not None
        unsaved_session = self.workspace_controller.session_dirty()
        self.workspace_controller.detach()
        document = old.take_document()
        geometry = old.saveGeometry()
        page = old.current_page_id()
        window = MainWindow(document, check_recovery=False, recovery_owner=self.recovery_owner)
        self._attach(window, unsaved_session)
        window.restoreGeometry(geometry)
        if page and window.page(page) is not None:
            window.show_page(page)
        window.show()
        old.close()
        old.deleteLater()
        return window


def main(argv: Sequence[str] | None = None, self_test: str | None = None) -> int:
    """Run the app. ``argv`` is like ``sys.argv``: the program, then optional board files to open.

    ``self_test`` (``bruinpapier app --self-test [PNG]``) checks an installation (:mod:`desktop.self_test`):
    the start page once the window's layout has settled (a screenshot when a path is given), then the
    Archief page, which opens the archive (created and brought up to date on first use). The app closes
    with 0 – or 1 when the page stayed empty or the archive did not open. No recovery copies are offered
    then, so nothing waits for a click.
    """
    argv = list(argv if argv is not None else sys.argv)
    app = create_app(argv[:1])
    install_language(saved_language())
    controller = WindowController()
    window = controller.open_window(check_recovery=self_test is None)
    for arg in argv[1:]:
        if Path(arg).suffix.lower() in (".bpbord", ".json"):
            window.open_path(arg)
    window.show()
    app._bruinpapier_controller = controller  # type: ignore[attr-defined]
    if self_test is not None:
        test = SelfTest(window, self_test)
        test.finished.connect(app.exit)
        test.start()
    return app.exec()
