"""The "Archief" page: the archive browser, opened when the page is first shown, with "analyse these"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from boards.errors import BruinpapierError

if TYPE_CHECKING:
    from boards.archive import Archive
    from desktop.archive_browser import ArchiveBrowser


class ArchivePage(QWidget):
    """``open_archive`` gives the archive (it may raise BruinpapierError: the page then says why).
    ``session_opened`` asks to enter an archived session's results; ``analyse_requested`` to analyse
    the sessions the browser lists."""

    session_opened = Signal(object)  # boards.session.Session
    analyse_requested = Signal(list)  # list[boards.session.Session]

    def __init__(self, open_archive: Callable[[], Archive], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_archive = open_archive
        self.browser: ArchiveBrowser | None = None
        self.analyse_button = QPushButton(self.tr("Getoonde sessies analyseren"))
        self.analyse_button.clicked.connect(self.analyse_listed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.analyse_button)
        self._layout.addLayout(bottom)

    def ensure_browser(self) -> bool:
        """Open the archive and show its browser (SQLAlchemy loads now, not at start-up); False when it cannot."""
        if self.browser is not None:
            return True
        from desktop.archive_browser import ArchiveBrowser

        try:
            archive = self._open_archive()
        except BruinpapierError as error:
            self.message.setText(error.render())
            return False
        self.browser = ArchiveBrowser(archive, self)
        self.browser.sessionOpened.connect(self.session_opened.emit)
        self._layout.insertWidget(0, self.browser, 1)
        return True

    def refresh(self) -> None:
        """List the archive again (after a session was saved), when the browser is open."""
        if self.browser is not None:
            self.browser.refresh()

    def analyse_listed(self) -> None:
        if not self.ensure_browser():
            return
        assert self.browser is not None
        ids = [row.id for row in self.browser.model.rows]
        if not ids:
            self.message.setText(self.tr("Er zijn geen sessies om te analyseren."))
            return
        archive = self._open_archive()
        self.analyse_requested.emit([archive.get(session_id) for session_id in ids])
