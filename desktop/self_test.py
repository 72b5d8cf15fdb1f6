"""``bruinpapier app --self-test [PNG]``: check an installation by starting the app as a user would.

The window opens and the start page is filled with the templates; once the window is on screen and
its layout has settled, one line says what was shown (with a path: a screenshot of the window is
saved there first). Then the Archief page is shown, which opens the archive, and a second line says
how many sessions it lists. ``finished`` carries the exit code: 0, or 1 when the start page stayed
empty, the window never showed or the archive did not open.

Every step runs in a turn of the app's own event loop, as in normal use: the layout requests the
window posts and the widgets it replaces (``deleteLater``) are handled between two turns, which
``processEvents`` inside one step would not do (a widget waiting for deletion still paints).
"""

from __future__ import annotations

from PySide6.QtCore import QDeadlineTimer, QObject, QTimer, Signal
from PySide6.QtGui import QImage

from boards import app_version
from desktop.i18n import current_language
from desktop.main_window import MainWindow
from desktop.workspace import ARCHIVE_PAGE

#: Turns of the event loop the window gets to look the same in two grabs in a row.
SETTLE_TURNS = 200
#: How long the window may take to appear on screen (a slow remote desktop), in milliseconds.
EXPOSE_TIMEOUT_MS = 60_000


class SelfTest(QObject):
    finished = Signal(int)

    def __init__(self, window: MainWindow, screenshot: str = "") -> None:
        super().__init__(window)
        self.window = window
        self.screenshot = screenshot
        self.turns = 0  # event-loop turns since the window was exposed
        self._last: QImage | None = None
        self.cards = 0  # template cards on the start page when it was shown
        self.image_ok = False
        self._exposed_by = QDeadlineTimer(EXPOSE_TIMEOUT_MS)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    def start(self) -> None:
        self._timer.start()

    def _turn(self) -> None:
        """One turn of the event loop: wait for the window, then until two grabs in a row are the same."""
        handle = self.window.windowHandle()
        if handle is None or not handle.isExposed():
            if self._exposed_by.hasExpired():
                self._timer.stop()
                print(f"Venster niet getoond binnen {EXPOSE_TIMEOUT_MS // 1000} s", flush=True)
                self.finished.emit(1)
            else:
                self._timer.setInterval(10)  # poll, not spin, until the window system shows it
            return
        self._timer.setInterval(0)
        self.window.gallery.ensure_templates()
        self.turns += 1
        image = self.window.grab().toImage()
        settled = image == self._last
        self._last = image
        if settled or self.turns >= SETTLE_TURNS:
            self._timer.stop()
            self._shown(image, settled)

    def _shown(self, image: QImage, settled: bool) -> None:
        if self.screenshot:
            image.save(self.screenshot)
        self.cards = len(self.window.gallery.cards)
        unsettled = "" if settled else f" (na {self.turns} rondes nog niet stil)"
        print(
            f"Bruinpapier {app_version()} gestart: venster {image.width()}×{image.height()}, "
            f"{self.cards} sjablonen op de startpagina, taal {current_language()}{unsettled}",
            flush=True,
        )
        self.image_ok = not image.isNull()
        self.window.show_page(ARCHIVE_PAGE)  # as a click on its tab: the archive opens
        QTimer.singleShot(0, self._archive_shown)

    def _archive_shown(self) -> None:
        archive_page = self.window.page(ARCHIVE_PAGE)
        browser = getattr(archive_page, "browser", None)
        if browser is not None:
            count = len(browser.model.rows)
            print(f"Archief geopend: {count} {'sessie' if count == 1 else 'sessies'}", flush=True)
        else:
            message = archive_page.message.text() if archive_page is not None else "geen archiefpagina"
            print(f"Archief niet geopend: {message}", flush=True)
        self.window.close()
        self.finished.emit(0 if self.cards and self.image_ok and browser is not None else 1)
