"""The "Archief" page: the archive browser, opened when the page is first shown, with "analyse these".

"Getoonde sessies analyseren" summarises exactly the sessions the browser's filter chooses, counted
by the database in a worker thread (``Archive.summary``): the window stays responsive and a progress
bar moves, also for ten thousand sessions of a hundred schools.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from boards.errors import BruinpapierError
from desktop.background import BackgroundJob
from desktop.feedback import explain
from desktop.i18n import error_text

if TYPE_CHECKING:
    from boards.archive import Archive
    from desktop.archive_browser import ArchiveBrowser


class ArchivePage(QWidget):
    """``open_archive`` gives the archive (it may raise BruinpapierError: the page then says why).
    ``session_opened`` asks to enter an archived session's results; ``summary_ready`` gives the summary
    of the sessions the browser lists; ``analyse_requested`` asks to analyse loaded sessions one by one."""

    session_opened = Signal(object)  # boards.session.Session
    analyse_requested = Signal(list)  # list[boards.session.Session]
    summary_ready = Signal(object)  # boards.analysis.summary.ArchiveSummary

    def __init__(self, open_archive: Callable[[], Archive], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_archive = open_archive
        self.browser: ArchiveBrowser | None = None
        self.analyse_button = QPushButton(self.tr("Getoonde sessies anal&yseren"))
        self.analyse_button.setToolTip(self.tr("De sessies in de lijst samen analyseren: tellingen, verloop, scholen"))
        self.analyse_button.clicked.connect(self.analyse_listed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.intro = QLabel(
            self.tr(
                "Alle bewaarde sessies: zoek en open ze, maak een kopie of een bundel, of kies welke je samen "
                "analyseert."
            )
        )
        self.intro.setObjectName("muted")
        self.intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Voortgang van het tellen"))
        self.progress.setToolTip(self.tr("Hoeveel van de getoonde sessies al geteld zijn"))
        self.progress.hide()
        self.job: BackgroundJob | None = None
        self.summary_selection = None  # the SessionFilter of the last summary
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.intro)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.progress)
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
        self.browser.model.modelReset.connect(self._update_message)
        self._layout.insertWidget(1, self.browser, 1)
        self.setFocusProxy(self.browser.search)  # on this page, typing searches the archive
        self._update_message()
        return True

    def refresh(self) -> None:
        """List the archive again (after a session was saved), when the browser is open."""
        if self.browser is not None:
            self.browser.refresh()

    def _update_message(self) -> None:
        """An empty list says why and what to do; the analyse button says why it cannot analyse (while
        the listed sessions are being counted, the count's own message and reason stay)."""
        assert self.browser is not None
        if self.job is not None:
            return
        empty = not self.browser.model.rows
        self.message.setText(
            self.tr("Nog geen sessies gevonden. Een sessie komt hier zodra je haar bewaart op de pagina Sessie.")
            if empty
            else ""
        )
        explain(self.analyse_button, not empty, self.tr("Er staan geen sessies in de lijst"))

    def close_browser(self) -> None:
        """Forget the browser (another archive was chosen in the settings): made again when shown."""
        if self.browser is not None:
            self._layout.removeWidget(self.browser)
            self.browser.deleteLater()
            self.browser = None
        self.message.clear()

    def analyse_listed(self) -> BackgroundJob | None:
        """Summarise the listed sessions in a worker thread; ``summary_ready`` when done."""
        if not self.ensure_browser():
            return None
        assert self.browser is not None
        if not self.browser.model.rows:
            self.message.setText(self.tr("Er zijn geen sessies om te analyseren."))
            return None
        if self.job is not None:
            return self.job  # still counting the previous choice
        archive, selection = self.browser.archive, self.browser.selection()
        self.summary_selection = selection
        explain(self.analyse_button, False, self.tr("De getoonde sessies worden nu geteld"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("{count} sessies worden geteld …").format(count=len(self.browser.model.rows)))
        job = BackgroundJob(lambda progress: archive.summary(selection, progress))
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._summarised)
        job.failed.connect(self._failed)
        self.job = job.start_tracked()
        return job

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.job = None
        self.progress.hide()
        if self.browser is not None:
            self._update_message()
        else:
            explain(self.analyse_button, True)

    def _summarised(self, summary) -> None:
        self._finished()
        self.message.setText(self.tr("Samenvatting van {count} sessies klaar.").format(count=summary.sessions))
        self.summary_ready.emit(summary)

    def _failed(self, error: Exception) -> None:
        self._finished()
        text = error_text(error) if isinstance(error, BruinpapierError) else str(error)
        self.message.setText(self.tr("Analyseren lukte niet: {reason}").format(reason=text))
