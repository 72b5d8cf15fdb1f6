"""Sessions, archive, analysis and trajectories in the main window.

``WorkspaceController(window, workspace)`` adds the pages "Sessie", "Foto's",
"Archief", "Analyse" and "Trajecten" and the menu "Sessie" to a main window and
wires them to the app's ``boards.workspace.Workspace``: what is open (the session,
the trajectory it belongs to, photos read back), saving it, its recovery copy.
The workspace outlives the window: the app's ``WindowController`` owns it and
hands it to the window it builds after a language switch.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from boards.errors import BruinpapierError
from boards.fileformat import SESSION_SUFFIX, load_session
from boards.model import Board
from boards.session import Session
from boards.workspace import Workspace
from boards.workspace import new_session as session_with_board
from desktop.analysis_page import AnalysisPage
from desktop.archive_page import ArchivePage
from desktop.background import BackgroundJob
from desktop.feedback import explain, report_saved
from desktop.i18n import error_text
from desktop.main_window import MainWindow
from desktop.photo_page import PhotoPage
from desktop.recovery import Autosaver
from desktop.session_page import SessionPage

if TYPE_CHECKING:
    from boards.archive import Archive
    from boards.trajectory import Trajectory
    from desktop.analysis_view import AnalysisView
    from desktop.review import ReviewWidget

SESSION_PAGE, PHOTO_PAGE, ARCHIVE_PAGE, ANALYSIS_PAGE, TRAJECTORY_PAGE = (
    "session",
    "photos",
    "archive",
    "analysis",
    "trajectory",
)


class WorkspaceController(QObject):
    """The session pages and the menu "Sessie" of one main window.

    ``unsaved``: the open session has results that the window before this one had not saved yet.
    """

    def __init__(self, window: MainWindow, workspace: Workspace, unsaved: bool = False) -> None:
        super().__init__(window)
        from desktop.trajectory_view import TrajectoryView

        self.window = window
        self.workspace = workspace
        self.session_page = SessionPage()
        self.photo_page = PhotoPage()
        self.archive_page = ArchivePage(self.archive)
        self.analysis_page = AnalysisPage()
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
        self.photo_page.accepted.connect(self.take_over_photo_results)
        self.archive_page.session_opened.connect(self.open_session)
        self.archive_page.analyse_requested.connect(self.analyse)
        self.archive_page.summary_ready.connect(self.show_summary)
        window.archive_url_changed.connect(self._archive_changed)
        self.trajectory_view.session_opened.connect(self.open_trajectory_session)
        self.trajectory_view.board_in_editor = lambda: window.document.board if window.document is not None else None
        self._build_menu()
        self._build_empty_states()
        self.autosaver = Autosaver(self.autosave, self)
        self.autosaver.failed.connect(
            lambda message: window.statusBar().showMessage(
                QCoreApplication.translate("Workspace", "Geen herstelkopie van de sessie bewaard: {reason}").format(
                    reason=message
                ),
                10000,
            )
        )
        window.installEventFilter(self)
        if workspace.shown_trajectory_file is not None:
            self.trajectory_view.load(workspace.shown_trajectory_file)
        if workspace.analysed:
            self.analysis_page.show_sessions(workspace.analysed)
        if workspace.session is not None:
            self._show_session(workspace.session)
            if unsaved:
                self.session_page.mark_unsaved()
        else:
            QTimer.singleShot(0, self.offer_recovery)

    def _build_menu(self) -> None:
        window = self.window
        menu = window.add_menu("session", QCoreApplication.translate("Workspace", "S&essie"))

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
        self.window.document_changed.connect(self._document_changed)
        self._document_changed(window.document)

    def _build_empty_states(self) -> None:
        """What the Sessie, Foto's and Analyse pages offer while nothing is loaded."""
        translate = QCoreApplication.translate
        empty = self.session_page.empty
        self.new_session_button = empty.add_button(
            translate("Workspace", "&Nieuwe sessie met dit bord"),
            self.new_session,
            translate("Workspace", "Een sessie starten met het bord dat op de pagina Bord open is"),
            primary=True,
        )
        empty.add_button(
            translate("Workspace", "&Uit het archief…"),
            lambda: self.window.show_page(ARCHIVE_PAGE),
            translate("Workspace", "Een bewaarde sessie kiezen op de pagina Archief"),
        )
        empty.add_button(
            translate("Workspace", "Van een &foto…"),
            self.photos_without_session,
            translate("Workspace", "Een foto van het ingevulde bord kiezen; de QR-code zegt welk bord het is"),
        )
        empty.add_button(
            translate("Workspace", "Sessiebestand &openen…"),
            self.open_session_file,
            translate("Workspace", "Een sessie openen die als bestand (.bpsessie) is bewaard"),
        )
        self.photo_page.empty.add_button(
            translate("Workspace", "&Foto's kiezen…"),
            self.review_photos,
            translate("Workspace", "Foto's van het ingevulde bord kiezen om terug te lezen"),
            primary=True,
        )
        analysis = self.analysis_page.empty
        self.analyse_session_button = analysis.add_button(
            translate("Workspace", "&Open sessie analyseren"),
            self.analyse_session,
            translate("Workspace", "De sessie van de pagina Sessie analyseren"),
            primary=True,
        )
        analysis.add_button(
            translate("Workspace", "Sessies &kiezen in het archief"),
            lambda: self.window.show_page(ARCHIVE_PAGE),
            translate("Workspace", 'Zoek sessies op de pagina Archief en kies "Getoonde sessies analyseren"'),
        )
        self._session_changed()
        self._document_changed(self.window.document)

    def _document_changed(self, document: object) -> None:
        reason = QCoreApplication.translate("Workspace", "Open of maak eerst een bord op de pagina Bord")
        explain(self.new_action, document is not None, reason)
        if hasattr(self, "new_session_button"):
            explain(self.new_session_button, document is not None, reason)

    def _session_changed(self) -> None:
        """Controls that need an open session say so while there is none."""
        has = self.session_page.session is not None
        explain(
            self.analyse_session_button,
            has,
            QCoreApplication.translate("Workspace", "Er is geen sessie open op de pagina Sessie"),
        )

    # --- state ------------------------------------------------------------------------------

    def archive(self) -> Archive:
        return self.workspace.archive(self.window.settings.value("archive/url", "", str) or None)

    @property
    def analysis_view(self) -> AnalysisView:
        return self.analysis_page.view

    def _where(self) -> str:
        trajectory = self.workspace.trajectory
        if trajectory is not None:
            return QCoreApplication.translate(
                "Workspace", "Hoort bij het traject {title} van {school}; wordt ook in het archief bewaard"
            ).format(title=trajectory.title, school=trajectory.school)
        return QCoreApplication.translate("Workspace", "Wordt bewaard in het archief")

    def _page_shown(self, page_id: str) -> None:
        if page_id == ANALYSIS_PAGE:
            self.analysis_page.ensure_content()
        if page_id == ARCHIVE_PAGE:
            self.archive_page.ensure_browser()
        if page_id == TRAJECTORY_PAGE and self.trajectory_view.path is not None:
            self.workspace.shown_trajectory_file = self.trajectory_view.path

    def open_session(
        self, session: Session, trajectory: Trajectory | None = None, trajectory_file: Path | None = None
    ) -> None:
        """Enter ``session``'s results on the Sessie page; it belongs to ``trajectory`` when given, else the archive."""
        self.workspace.open(session, trajectory, trajectory_file)
        self._show_session(session)
        self.window.show_page(SESSION_PAGE)
        self.window.follow_active_undo_stack()  # the page's undo stack is a new one

    def _show_session(self, session: Session) -> None:
        """Put ``session`` on the Sessie page; every change to it is autosaved a moment later."""
        self.session_page.set_session(session, self._where())
        self._session_changed()
        editor = self.session_page.editor
        if editor is not None:
            editor.undo_stack.indexChanged.connect(self.autosaver.schedule)
            editor.undo_stack.cleanChanged.connect(self.autosaver.schedule)

    def _no_session(self) -> None:
        """A session command without a session: show the Sessie page, which offers the ways to start one."""
        self.window.show_page(SESSION_PAGE)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Workspace", "Er is nog geen sessie open; start er hier een."), 8000
        )

    def open_trajectory_session(self, session: Session) -> None:
        """Enter the results of a session of the trajectory shown on the Trajecten page."""
        self.open_session(session, self.trajectory_view.trajectory, self.trajectory_view.path)

    # --- nothing lost: autosave, the question on closing, restoring after a crash -------------

    def session_dirty(self) -> bool:
        return self.session_page.has_unsaved_results()

    def autosave(self) -> bool:
        if not self.session_dirty():
            return False
        return self.workspace.write_recovery()

    def detach(self) -> None:
        """The window is being replaced by a new one (language switch) that takes the session over:
        stop autosaving and asking about unsaved results on closing."""
        self.autosaver.stop()
        self.window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window and event.type() == QEvent.Type.Close and self.session_dirty()
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
        self.workspace.clear_recovery()
        return True

    def offer_recovery(self) -> bool:
        """Offer the session of a window that is gone (a crash) back; True when it was restored.

        Copies of windows still open are never offered; a damaged copy is set aside (renamed, not
        deleted) with a message saying where; after a declined or damaged one the next is offered.
        """
        if self.workspace.session is not None:
            return False
        crashed = self.workspace.claim_crashed()
        if crashed is None:
            return False
        try:
            recovered = self.workspace.read_recovery(crashed)
        except BruinpapierError as error:
            aside = crashed.set_aside()
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Workspace", "Herstelbestand beschadigd"),
                QCoreApplication.translate(
                    "Workspace", "{error}\n\nHet is niet verwijderd maar apart gezet als {path}."
                ).format(error=error_text(error), path=aside),
            )
            QTimer.singleShot(0, self.offer_recovery)
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
            crashed.discard()
            QTimer.singleShot(0, self.offer_recovery)
            return False
        if recovered.trajectory_file is not None and self.trajectory_view.load(recovered.trajectory_file):
            self.open_trajectory_session(recovered.session)
        else:
            self.open_session(recovered.session)
        self.session_page.mark_unsaved()  # unsaved until the user saves it
        self.autosaver.save_now()  # this window's own copy first, then the crashed window's goes
        crashed.discard()
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
        session = session_with_board(document.board)
        self.open_session(session)
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
        self.open_session(session)
        return session

    def save_session(self) -> bool:
        """Store the session where it belongs (``Workspace.save``); True when it is stored everywhere."""
        session = self.session_page.session
        if session is None:
            self._no_session()
            return False
        self.session_page.commit_fields()
        view = self.trajectory_view
        shown = view.trajectory if view.path is not None and view.path == self.workspace.trajectory_file else None
        try:
            outcome = self.workspace.save(
                self.archive(), shown, QCoreApplication.translate("Workspace", "teruggelezen")
            )
        except BruinpapierError as error:
            QMessageBox.warning(self.window, QCoreApplication.translate("Workspace", "Sessie bewaren"), error.render())
            return False
        problem = outcome.trajectory_problem
        if problem is not None:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("TrajectoryView", "Traject bewaren"),
                problem.render() if isinstance(problem, BruinpapierError) else str(problem),
            )
        if shown is not None:
            view.refresh(select=session.id)
        self.archive_page.refresh()
        if outcome.complete:
            self.session_page.mark_saved()
            self._report_session_saved()
        return outcome.complete

    def _report_session_saved(self) -> None:
        """Say where the session went: the trajectory file and the archive (a folder when it is a file)."""
        from boards.archive import display_url  # SQLAlchemy: loaded with the archive already

        archive = self.archive()
        url = archive.engine.url
        archive_file = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
        where = str(archive_file) if archive_file is not None else display_url(archive.url)
        trajectory_file = self.workspace.trajectory_file
        if trajectory_file is not None:
            text = QCoreApplication.translate(
                "Workspace", "Sessie bewaard in het traject {file} en het archief"
            ).format(file=trajectory_file)
            report_saved(self.window, text, trajectory_file)
        elif archive_file is not None:
            text = QCoreApplication.translate("Workspace", "Sessie bewaard in het archief {where}").format(where=where)
            report_saved(self.window, text, archive_file)
        else:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Workspace", "Sessie bewaard in het archief {where}").format(where=where),
                8000,
            )

    # --- photos ---------------------------------------------------------------------------------

    def review_photos(self, paths: list[str] | None = None) -> ReviewWidget | None:
        """Open the review screen for the current session's board and read photos (asked for when not given)."""
        session = self.session_page.session
        if session is None:
            return self.photos_without_session(paths)
        review = self.photo_page.review_board(session.board)
        self.window.show_page(PHOTO_PAGE)
        self.window.follow_active_undo_stack()
        if review is None:  # the earlier photos' results are kept
            return self.photo_page.review
        if paths:
            review.load_photos(paths)
        elif paths is None:
            review.choose_photos()
        return review

    def photos_without_session(self, paths: list[str] | None = None) -> ReviewWidget | None:
        """Start a session from photos alone: the QR code on the first photo names the board (asked
        for when it cannot be read), a new session with that board opens, and the photos are read."""
        if paths is None:
            paths = self.ask_photos()
            if not paths:
                return None
        board = self.board_on_photo(paths[0])
        if board is None:
            return None
        self.open_session(session_with_board(board))
        return self.review_photos(paths)

    def ask_photos(self) -> list[str]:
        from boards.capture.imageio import PHOTO_PATTERNS  # OpenCV: loaded when first needed

        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            QCoreApplication.translate("Workspace", "Foto's van het bord kiezen"),
            "",
            QCoreApplication.translate("Workspace", "Foto's ({patterns});;Alle bestanden (*)").format(
                patterns=PHOTO_PATTERNS
            ),
        )
        return list(paths)

    def board_candidates(self) -> list[tuple[str, Board]]:
        """Boards a photo may show, each with how it is offered: the open board, recent board files, the
        templates (a board printed from one keeps the template's id unless its title was changed)."""
        from boards.fileformat import load_board
        from boards.templates import list_templates

        translate = QCoreApplication.translate
        candidates: list[tuple[str, Board]] = []
        document = self.window.document
        if document is not None:
            candidates.append(
                (
                    translate("Workspace", "{title} (open op de pagina Bord)").format(title=document.board.title),
                    document.board,
                )
            )
        for path in self.window.recent_files():
            try:
                board = load_board(path)
            except (BruinpapierError, OSError):
                continue
            candidates.append(
                (translate("Workspace", "{title} ({file})").format(title=board.title, file=Path(path).name), board)
            )
        for board in list_templates():
            candidates.append((translate("Workspace", "{title} (sjabloon)").format(title=board.title), board))
        return candidates

    def board_on_photo(self, path: str) -> Board | None:
        """The board the photo at ``path`` shows: named by its QR code, else chosen by the user."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from boards.capture.identify import read_print_info  # OpenCV: loaded when first needed

        translate = QCoreApplication.translate
        candidates = self.board_candidates()
        self.window.statusBar().showMessage(translate("Workspace", "QR-code op de foto lezen…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = read_print_info(path, [board for _, board in candidates])
        except BruinpapierError as error:
            QMessageBox.warning(self.window, translate("Workspace", "Foto's teruglezen"), error.render())
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.window.statusBar().clearMessage()
        if info is not None:
            for _, board in candidates:
                if board.id == info.board_id:
                    self.window.statusBar().showMessage(
                        translate("Workspace", "De QR-code noemt het bord '{title}'.").format(title=board.title), 8000
                    )
                    return board
            reason = translate(
                "Workspace", "De QR-code noemt het bord '{board}', maar dat bord is hier niet bekend. Welk bord is het?"
            ).format(board=info.board_id)
        else:
            reason = translate("Workspace", "De QR-code op de foto is niet te lezen. Welk bord staat op de foto?")
        index = self.ask_board([label for label, _ in candidates], reason)
        return candidates[index][1] if index is not None else None

    def ask_board(self, labels: list[str], question: str) -> int | None:
        """Which of ``labels`` the user picks (None: cancelled)."""
        from PySide6.QtWidgets import QInputDialog

        label, ok = QInputDialog.getItem(
            self.window, QCoreApplication.translate("Workspace", "Welk bord?"), question, labels, 0, False
        )
        return labels.index(label) if ok and label in labels else None

    def take_over_photo_results(self, results) -> bool:
        """Accepted on the review screen: the photo's notes and dot counts go into the session as one
        undoable step; where the session holds something else already the user chooses per zone (the
        default keeps what was typed). The photos are stored with the session when it is saved.
        False when the user cancelled: the review keeps its results."""
        session, editor = self.session_page.session, self.session_page.editor
        if session is None or editor is None:
            return False
        summary = editor.take_over(results)
        if summary is None:
            if self.photo_page.review is not None:
                self.photo_page.review.take_over_cancelled()
            return False
        for path in self.photo_page.photo_paths():
            try:
                self.workspace.keep_photo(path)
            except BruinpapierError as error:
                QMessageBox.warning(
                    self.window, QCoreApplication.translate("Workspace", "Foto's teruglezen"), error.render()
                )
        self.window.show_page(SESSION_PAGE)
        message = QCoreApplication.translate(
            "Workspace", "{notes} notities en {dots} stiptellingen van de foto overgenomen"
        ).format(notes=summary.notes_taken, dots=summary.dots_taken)
        if summary.kept:
            message += QCoreApplication.translate("Workspace", "; {kept} keer bleef wat al getypt was").format(
                kept=summary.kept
            )
        self.window.statusBar().showMessage(message, 8000)
        return True

    def import_results(self) -> bool:
        if self.session_page.editor is None:
            self._no_session()
            return False
        return self.session_page.editor.import_results()

    def export_session(self, path: str | None = None) -> bool:
        session = self.session_page.session
        if session is None:
            self._no_session()
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
        report_saved(
            self.window, QCoreApplication.translate("Workspace", "Sessie geëxporteerd: {path}").format(path=path), path
        )
        return True

    def analyse_session(self) -> None:
        """The analysis of the session on the Sessie page."""
        if self.session_page.session is None:
            self._no_session()
            return
        self.analyse([self.session_page.session])

    def analyse(self, sessions: list[Session]) -> None:
        self.session_page.commit_fields()
        self.workspace.analysed = list(sessions)
        self.analysis_page.show_sessions(sessions)
        self.window.show_page(ANALYSIS_PAGE)

    def _archive_changed(self, _url: str) -> None:
        """Another archive was chosen: the Archief page lists it from now on (opened when shown)."""
        self.archive_page.close_browser()
        if self.window.current_page_id() == ARCHIVE_PAGE:
            self.archive_page.ensure_browser()

    def show_summary(self, summary) -> None:
        """The summary of the archive page's listed sessions, on the Analyse page."""
        view = self.analysis_page.show_summary(summary)
        view.per_session_requested.connect(lambda: self.analyse_summarised(view))
        self.window.show_page(ANALYSIS_PAGE)

    def analyse_summarised(self, view) -> BackgroundJob:
        """The summarised sessions one by one: loaded and analysed in a worker thread."""
        from boards.analysis import analyse

        archive, selection = self.archive(), self.archive_page.summary_selection

        def work(progress):
            summaries = list(reversed(archive.list(selection)))  # oldest first, as the analysis lists them
            sessions = []
            for index, summary in enumerate(summaries, start=1):
                sessions.append(archive.get(summary.id))
                progress(index, len(summaries) + 1)
            return analyse(sessions)

        view.per_session_button.setEnabled(False)
        view.status.setText(QCoreApplication.translate("Workspace", "De sessies worden geladen en geanalyseerd …"))
        job = BackgroundJob(work)

        def done(analysis) -> None:
            self.analysis_page.show_analysis(analysis)
            self.window.show_page(ANALYSIS_PAGE)

        def failed(error) -> None:
            view.per_session_button.setEnabled(True)
            text = error_text(error) if isinstance(error, BruinpapierError) else str(error)
            message = QCoreApplication.translate("Workspace", "Analyseren lukte niet: {reason}")
            view.status.setText(message.format(reason=text))

        job.succeeded.connect(done)
        job.failed.connect(failed)
        return job.start_tracked()
