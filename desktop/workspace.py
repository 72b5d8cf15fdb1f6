"""Sessions, archive, analysis and trajectories in the main window.

``install(window)`` runs for every main window (``register_extension``): it adds
the pages "Sessie", "Archief", "Analyse" and "Trajecten" and the menu "Sessie".
What is open (the current session, the open trajectory) lives in one
``Workspace`` that outlives a window, so switching the language keeps it.
"""

from __future__ import annotations

import copy
import datetime
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from boards.errors import BruinpapierError
from boards.fileformat import SESSION_SUFFIX, load_session
from boards.session import Session
from desktop.main_window import MainWindow, register_extension
from desktop.recovery import AUTOSAVE_INTERVAL_MS
from desktop.session_page import SessionPage
from desktop.session_recovery import (
    clear_session_recovery,
    has_session_recovery,
    read_session_recovery,
    write_session_recovery,
)

SESSION_PAGE, PHOTO_PAGE, ARCHIVE_PAGE, ANALYSIS_PAGE, TRAJECTORY_PAGE = (
    "session",
    "photos",
    "archive",
    "analysis",
    "trajectory",
)
PHOTO_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")


class Workspace:
    """What is open besides the board: the current session and where it belongs."""

    def __init__(self) -> None:
        self.session: Session | None = None
        self.origin = "archive"  # "archive" or "trajectory"
        self.trajectory_path: Path | None = None
        self.archive = None  # boards.archive.Archive, opened on first use
        self.archive_url: str | None = None
        self.pending_photos: dict[str, bytes] = {}  # photos read back, stored with the session on saving
        self.controller: WorkspaceController | None = None  # of the newest window

    def open_archive(self, setting: str | None):
        from boards.archive import Archive, default_archive_url

        url = default_archive_url(setting)
        if self.archive is None or url != self.archive_url:
            self.archive = Archive(url)
            self.archive_url = url
        return self.archive


WORKSPACE = Workspace()


class LazyPage(QWidget):
    """A page whose real widget is made when it is first needed."""

    def __init__(self) -> None:
        super().__init__()
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_content(self, widget: QWidget) -> None:
        if self.content is not None:
            self._layout.removeWidget(self.content)
            self.content.deleteLater()
        self.content = widget
        self._layout.addWidget(widget)

    @property
    def undo_stack(self):
        return getattr(self.content, "undo_stack", None)


class ArchivePage(QWidget):
    """The archive browser, opened on first show (start-up stays fast), with 'analyse these'."""

    def __init__(self, controller: WorkspaceController) -> None:
        super().__init__()
        self.controller = controller
        self.browser = None
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
        if self.browser is not None:
            return True
        from desktop.archive_browser import ArchiveBrowser

        try:
            archive = self.controller.archive()
        except BruinpapierError as error:
            self.message.setText(error.render())
            return False
        self.browser = ArchiveBrowser(archive, self)
        self.browser.sessionOpened.connect(lambda session: self.controller.open_session(session, "archive"))
        self._layout.insertWidget(0, self.browser, 1)
        return True

    def analyse_listed(self) -> None:
        if not self.ensure_browser():
            return
        ids = [row.id for row in self.browser.model.rows]
        if not ids:
            self.message.setText(self.tr("Er zijn geen sessies om te analyseren."))
            return
        archive = self.controller.archive()
        self.controller.analyse([archive.get(session_id) for session_id in ids])


class WorkspaceController(QObject):
    def __init__(self, window: MainWindow, workspace: Workspace = WORKSPACE) -> None:
        super().__init__(window)
        from desktop.trajectory_view import TrajectoryView

        self.window = window
        self.workspace = workspace
        self.session_page = SessionPage()
        self.photo_page = LazyPage()
        self.archive_page = ArchivePage(self)
        self.analysis_page = LazyPage()
        self.trajectory_view = TrajectoryView()
        window.add_page(SESSION_PAGE, self.session_page, QCoreApplication.translate("Workspace", "Sessie"))
        window.add_page(PHOTO_PAGE, self.photo_page, QCoreApplication.translate("Workspace", "Foto's"))
        window.add_page(ARCHIVE_PAGE, self.archive_page, QCoreApplication.translate("Workspace", "Archief"))
        window.add_page(ANALYSIS_PAGE, self.analysis_page, QCoreApplication.translate("Workspace", "Analyse"))
        window.add_page(TRAJECTORY_PAGE, self.trajectory_view, QCoreApplication.translate("Workspace", "Trajecten"))
        window.page_changed.connect(self._page_shown)
        self.session_page.save_requested.connect(self.save_session)
        self.session_page.export_requested.connect(self.export_session)
        self.session_page.analyse_requested.connect(self.analyse_session)
        self.trajectory_view.session_opened.connect(lambda session: self.open_session(session, "trajectory"))
        self._build_menu()
        self.autosave_timer = QTimer(window)
        self.autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        window.installEventFilter(self)
        if workspace.session is None and has_session_recovery():
            QTimer.singleShot(0, self.offer_recovery)
        if workspace.trajectory_path is not None:
            self.trajectory_view.load(workspace.trajectory_path)
        previous = workspace.controller
        was_dirty = previous is not None and _alive(previous) and previous.session_dirty()
        workspace.controller = self  # an older window (before a language switch) hands over
        if workspace.session is not None:
            self.session_page.set_session(workspace.session, self._where(workspace.origin))
            if was_dirty:
                self.session_page.editor.undo_stack.resetClean()

    def _build_menu(self) -> None:
        window = self.window
        menu = window.add_menu("session", QCoreApplication.translate("Workspace", "Sessie"))

        def action(text: str, slot, shortcut: str | None = None) -> QAction:
            item = QAction(text, window)
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(lambda _=False: slot())
            window.add_action("session", item)
            return item

        self.new_action = action(
            QCoreApplication.translate("Workspace", "Nieuwe sessie met dit bord"), self.new_session, "Ctrl+Shift+N"
        )
        self.open_action = action(
            QCoreApplication.translate("Workspace", "Sessiebestand openen…"), self.open_session_file
        )
        self.save_action = action(
            QCoreApplication.translate("Workspace", "Sessie bewaren"), self.save_session, "Ctrl+Alt+S"
        )
        menu.addSeparator()
        self.photos_action = action(
            QCoreApplication.translate("Workspace", "Foto's van het bord teruglezen…"),
            self.review_photos,
            "Ctrl+Shift+F",
        )
        self.import_action = action(
            QCoreApplication.translate("Workspace", "Resultaten importeren (CSV/Excel)…"),
            self.import_results,
            "Ctrl+Shift+I",
        )
        self.export_action = action(
            QCoreApplication.translate("Workspace", "Sessie exporteren…"), self.export_session, "Ctrl+Shift+E"
        )
        self.analyse_action = action(QCoreApplication.translate("Workspace", "Sessie analyseren"), self.analyse_session)
        menu.addSeparator()
        action(QCoreApplication.translate("Workspace", "Archief"), lambda: window.show_page(ARCHIVE_PAGE))
        action(QCoreApplication.translate("Workspace", "Trajecten"), lambda: window.show_page(TRAJECTORY_PAGE))
        self.window.document_changed.connect(lambda document: self.new_action.setEnabled(document is not None))
        self.new_action.setEnabled(window.document is not None)

    # --- state ------------------------------------------------------------------------------

    def archive(self):
        return self.workspace.open_archive(self.window.settings.value("archive/url", "", str) or None)

    def _where(self, origin: str) -> str:
        if origin == "trajectory" and self.trajectory_view.trajectory is not None:
            return QCoreApplication.translate(
                "Workspace", "Hoort bij het traject {title} van {school}; wordt ook in het archief bewaard"
            ).format(title=self.trajectory_view.trajectory.title, school=self.trajectory_view.trajectory.school)
        return QCoreApplication.translate("Workspace", "Wordt bewaard in het archief")

    @property
    def analysis_view(self):
        if self.analysis_page.content is None:
            from desktop.analysis_view import AnalysisView

            self.analysis_page.set_content(AnalysisView())
        return self.analysis_page.content

    def _page_shown(self, page_id: str) -> None:
        if page_id == ANALYSIS_PAGE:
            self.analysis_view  # noqa: B018 - builds the page
        if page_id == ARCHIVE_PAGE:
            self.archive_page.ensure_browser()
        if page_id == TRAJECTORY_PAGE and self.trajectory_view.path is not None:
            self.workspace.trajectory_path = self.trajectory_view.path

    def open_session(self, session: Session, origin: str) -> None:
        if session is not self.workspace.session:
            self.workspace.pending_photos.clear()
        self.workspace.session, self.workspace.origin = session, origin
        if origin == "trajectory":
            self.workspace.trajectory_path = self.trajectory_view.path
        self.session_page.set_session(session, self._where(origin))
        self.window.show_page(SESSION_PAGE)
        self.window._bind_undo()  # the page's undo stack is a new one

    # --- nothing lost: autosave, the question on closing, restoring after a crash -------------

    def session_dirty(self) -> bool:
        editor = self.session_page.editor
        return editor is not None and not editor.undo_stack.isClean()

    def autosave(self) -> bool:
        if not self.session_dirty():
            return False
        return write_session_recovery(self.session_page.session, self.workspace.origin, self.workspace.trajectory_path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and self.workspace.controller is self
            and self.session_dirty()
        ) and not self.maybe_save_session():
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def maybe_save_session(self) -> bool:
        """Ask what to do with a session that has unsaved results; False when the user cancels."""
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("Workspace", "Sessie niet bewaard"),
            QCoreApplication.translate("Workspace", "De resultaten van deze sessie zijn nog niet bewaard. Nu bewaren?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save and not self.save_session():
            return False
        clear_session_recovery()
        return True

    def offer_recovery(self) -> bool:
        if not has_session_recovery() or self.workspace.session is not None:
            return False
        try:
            recovered = read_session_recovery()
        except BruinpapierError as error:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("Workspace", "Herstelbestand beschadigd"), error.render()
            )
            clear_session_recovery()
            return False
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("Workspace", "Sessie herstellen?"),
            QCoreApplication.translate(
                "Workspace",
                "Er is een automatisch bewaarde sessie van {school} ({board}, {time}) "
                "die nog niet bewaard was. Wil je die herstellen?",
            ).format(
                school=recovered.session.school or "?", board=recovered.session.board.title, time=recovered.saved_at
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            clear_session_recovery()
            return False
        origin = recovered.origin
        if origin == "trajectory" and not (
            recovered.trajectory_path and self.trajectory_view.load(recovered.trajectory_path)
        ):
            origin = "archive"
        self.open_session(recovered.session, origin)
        self.session_page.editor.undo_stack.resetClean()  # unsaved until the user saves it
        return True

    # --- actions ----------------------------------------------------------------------------

    def new_session(self) -> Session | None:
        document = self.window.document
        if document is None:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("Workspace", "Nieuwe sessie"),
                QCoreApplication.translate("Workspace", "Open of maak eerst een bord."),
            )
            return None
        board = copy.deepcopy(document.board)
        session = Session(board=board, method=board.method, step=board.step, date=datetime.date.today().isoformat())
        self.open_session(session, "archive")
        return session

    def open_session_file(self, path: str | None = None) -> Session | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("Workspace", "Sessie openen"),
                "",
                QCoreApplication.translate("Workspace", "Bruinpapier-sessie (*{suffix})").format(suffix=SESSION_SUFFIX),
            )
            if not path:
                return None
        try:
            session = load_session(path)
        except BruinpapierError as error:
            QMessageBox.warning(self.window, QCoreApplication.translate("Workspace", "Sessie openen"), error.render())
            return None
        self.open_session(session, "archive")
        return session

    def save_session(self) -> bool:
        session = self.session_page.session
        if session is None:
            return False
        self.session_page.commit_fields()
        try:
            saved = True
            if self.workspace.origin == "trajectory" and self.trajectory_view.trajectory is not None:
                from boards.trajectory import record_session

                record_session(self.trajectory_view.trajectory, session)
                saved = self.trajectory_view.save()
                self.trajectory_view.refresh(select=session.id)
            # Every session is archived (a trajectory's too: same id, so saving again updates it).
            archive = self.archive()
            archive.save(session)
            for name, data in self.workspace.pending_photos.items():
                archive.add_photo(session.id, name, data, QCoreApplication.translate("Workspace", "teruggelezen"))
            self.workspace.pending_photos.clear()
            if self.archive_page.browser is not None:
                self.archive_page.browser.refresh()
        except BruinpapierError as error:
            QMessageBox.warning(self.window, QCoreApplication.translate("Workspace", "Sessie bewaren"), error.render())
            return False
        if saved:
            self.session_page.editor.undo_stack.setClean()
            clear_session_recovery()
            self.window.statusBar().showMessage(QCoreApplication.translate("Workspace", "Sessie bewaard"), 4000)
        return saved

    # --- photos ---------------------------------------------------------------------------------

    def review_photos(self, paths: list[str] | None = None):
        """Open the review screen for the current session's board and read photos (asked for when not given)."""
        session = self.session_page.session
        if session is None:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("Workspace", "Foto's teruglezen"),
                QCoreApplication.translate(
                    "Workspace", "Start of open eerst een sessie; de foto's worden gelezen op het bord van die sessie."
                ),
            )
            return None
        from desktop.review import ReviewWidget  # OpenCV: imported when first needed

        review = self.photo_page.content
        if review is None or review.board is not session.board:
            if (
                review is not None
                and review.has_unaccepted_results()
                and QMessageBox.question(
                    self.window,
                    QCoreApplication.translate("Workspace", "Foto's teruglezen"),
                    QCoreApplication.translate("Workspace", "De vorige foto's zijn nog niet overgenomen. Weggooien?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                != QMessageBox.StandardButton.Yes
            ):
                self.window.show_page(PHOTO_PAGE)
                return review
            review = ReviewWidget(session.board)
            for item in (review.undo_action, review.redo_action):
                review.removeAction(item)  # the window's undo/redo route to this page's stack
            review.accepted.connect(self.take_over_photo_results)
            self.photo_page.set_content(review)
        self.window.show_page(PHOTO_PAGE)
        self.window._bind_undo()
        if paths:
            review.load_photos(paths)
        elif paths is None:
            review._choose_photos()
        return review

    def take_over_photo_results(self, results) -> None:
        """Accepted on the review screen: notes are added, dot counts set, as one undoable step."""
        session, editor = self.session_page.session, self.session_page.editor
        if session is None or editor is None:
            return
        merged = copy.deepcopy(session.results)
        merged.notes += results.notes
        for dot in results.dots:
            merged.set_dot_count(dot.zone_id, dot.kind, dot.count)
        editor.document.replace_results(
            merged, QCoreApplication.translate("Workspace", "Resultaten van foto overnemen")
        )
        review = self.photo_page.content
        for path in getattr(review, "paths", []):
            try:
                data = Path(path).read_bytes()
            except OSError:
                continue
            name = PHOTO_NAME_CHARS.sub("-", Path(path).name).strip("-.") or "foto.jpg"
            self.workspace.pending_photos[name] = data
        self.window.show_page(SESSION_PAGE)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Workspace", "{notes} notities en {dots} stiptellingen overgenomen").format(
                notes=len(results.notes), dots=len(results.dots)
            ),
            6000,
        )

    def import_results(self) -> bool:
        if self.session_page.editor is None:
            return False
        return self.session_page.editor.import_results()

    def export_session(self, path: str | None = None) -> bool:
        session = self.session_page.session
        if session is None:
            return False
        self.session_page.commit_fields()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                QCoreApplication.translate("Workspace", "Sessie exporteren"),
                "sessie.xlsx",
                QCoreApplication.translate(
                    "Workspace", "Excel (*.xlsx);;CSV (*.csv);;JSON (*.json);;Bruinpapier-sessie (*{suffix})"
                ).format(suffix=SESSION_SUFFIX),
            )
            if not path:
                return False
        from boards.sessionio import export_session  # pandas: imported when first needed

        try:
            export_session(session, path)
        except BruinpapierError as error:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("Workspace", "Sessie exporteren"), error.render()
            )
            return False
        return True

    def analyse_session(self) -> None:
        """The analysis of the session on the Sessie page."""
        if self.session_page.session is not None:
            self.analyse([self.session_page.session])

    def analyse(self, sessions: list[Session]) -> None:
        self.session_page.commit_fields()
        self.analysis_view.set_sessions(sessions)
        self.window.show_page(ANALYSIS_PAGE)


def _alive(controller: WorkspaceController) -> bool:
    from shiboken6 import isValid

    return isValid(controller) and isValid(controller.session_page)


def install(window: MainWindow) -> None:
    window.workspace = WorkspaceController(window)  # type: ignore[attr-defined]


register_extension(install)
