"""The photo review screen: read photos of a board, check and correct what was found, accept.

``ReviewWidget(board)``: ``load_photos(paths)`` runs capture in a worker
thread (progress bar, "Annuleren"); the photo and the rectified board are
shown side by side with every detection drawn over both, coloured by zone;
edits go through ``undo_stack``; "Overnemen" emits ``accepted(Results)``.
When no board is found on a photo, the four-corner mode lets the user click
the board's corners and reads the photo again with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from boards.capture import (
    CaptureCancelled,
    CaptureOptions,
    CaptureResult,
    NoBoardFoundError,
    WrongBoardError,
    load_image,
    ocr_available,
)
from boards.capture.imageio import PHOTO_PATTERNS
from boards.capture.results import DOUBT_TEXTS
from boards.capture.written import written_crops
from boards.colors import DEFAULT_NOTE_COLOR, NOTE_COLORS
from boards.errors import BruinpapierError
from boards.model import Board
from boards.paper import parse_paper
from boards.session import Results
from desktop.accessibility import describe
from desktop.i18n import error_text, paper_label, sentence
from desktop.review.board_view import ReviewBoardView
from desktop.review.graphics import zone_colors
from desktop.review.model import DEFAULT_NOTE_MM, ReviewDot, ReviewModel, ReviewNote, zone_id_at
from desktop.review.note_list import NoteList
from desktop.review.photo_view import ReviewPhotoView
from desktop.review.worker import CaptureThread
from desktop.review.written_panel import WrittenPanel
from desktop.undo import AddItem, RemoveItems, SetFields

PAPER_CHOICES = ("A0", "A1", "A2", "A3", "A4")
ZONE_STOP = "zone:"  # F8 stops at zones too: their ids get this prefix in the walk


class _ColumnScroll(QScrollArea):
    """A column that scrolls up and down only: as narrow as its content allows, as low as a few lines."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content grew wider (written areas shown): the column follows
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 80)


class ReviewWidget(QWidget):
    """Review what capture found on photos of ``board`` and accept it as session results."""

    accepted = Signal(object)  # boards.session.Results
    capture_finished = Signal()  # a run ended (result, error or cancelled)

    def __init__(self, board: Board, parent: QWidget | None = None, options: CaptureOptions | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWidget")
        self.board = board
        self.options = options if options is not None else CaptureOptions(ocr=ocr_available())
        self.colors = zone_colors(board)
        self.model = ReviewModel(board, self)
        self.undo_stack = QUndoStack(self)
        self.result: CaptureResult | None = None
        self.paths: list[str] = []
        self.corners: dict[int, tuple] = {}
        self.corner_photo: int | None = None
        self._corner_scale = 1.0
        self._thread: CaptureThread | None = None
        self._current = ""
        self._zone = ""  # the doubtful zone F8 shows, "" for none
        self._wrong_board = False  # the last run stopped at a QR code naming another board
        self._other_board = False  # read the photos as this board anyway
        self._accepted = False
        self._build()
        self._build_actions()
        self._describe_controls()
        self.model.changed.connect(self._refresh)
        self.undo_button.setEnabled(False)
        self._set_state("empty")
        self._refresh()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Foto's kiezen…"))
        self.open_button.clicked.connect(self.choose_photos)
        top.addWidget(self.open_button)
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        top.addWidget(self.status_label, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(220)
        top.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("A&nnuleren"))
        self.cancel_button.clicked.connect(self.cancel)
        top.addWidget(self.cancel_button)
        layout.addLayout(top)

        self.error_label = QLabel()
        self.error_label.setObjectName("reviewError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            "QLabel#reviewError { background: #fdecea; color: #8c1d18; border: 1px solid #f0b6b0;"
            " border-radius: 5px; padding: 8px; }"
        )
        error_row = QHBoxLayout()
        error_row.addWidget(self.error_label, 1)
        self.force_button = QPushButton(self.tr("&Toch lezen als dit bord"))
        self.force_button.setToolTip(
            self.tr("Lees de foto's als foto's van dit bord, ook al noemt de QR-code een ander bord")
        )
        self.force_button.clicked.connect(self.read_as_this_board)
        self.force_button.setVisible(False)
        error_row.addWidget(self.force_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(error_row)

        self.corner_bar = QFrame()
        self.corner_bar.setObjectName("reviewCorners")
        self.corner_bar.setStyleSheet(
            "QFrame#reviewCorners { background: #fff6e5; border: 1px solid #e8c98f; border-radius: 5px; }"
        )
        corner_layout = QHBoxLayout(self.corner_bar)
        self.corner_hint = QLabel()
        self.corner_hint.setWordWrap(True)
        corner_layout.addWidget(self.corner_hint, 1)
        corner_layout.addWidget(QLabel(self.tr("Papier:")))
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("zoals het bord ({paper})").format(paper=paper_label(self.board.paper)), None)
        landscape = self.board.paper.width_mm > self.board.paper.height_mm
        for name in PAPER_CHOICES:
            paper = parse_paper(name, landscape=landscape)
            self.paper_combo.addItem(paper_label(paper), paper)
        corner_layout.addWidget(self.paper_combo)
        self.corners_undo_button = QPushButton(self.tr("Laatste hoe&k weg"))
        self.corners_undo_button.clicked.connect(lambda: self.photo_view.remove_last_corner())
        corner_layout.addWidget(self.corners_undo_button)
        self.corners_run_button = QPushButton(self.tr("Opnieuw le&zen"))
        self.corners_run_button.setObjectName("primaryButton")
        self.corners_run_button.clicked.connect(self._run_with_corners)
        corner_layout.addWidget(self.corners_run_button)
        layout.addWidget(self.corner_bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        views = QWidget()
        views_layout = QVBoxLayout(views)
        views_layout.setContentsMargins(0, 0, 0, 0)
        photo_row = QHBoxLayout()
        self.photo_combo = QComboBox()
        self.photo_combo.currentIndexChanged.connect(self._photo_chosen)
        photo_row.addWidget(self.photo_combo)
        self.legend_label = QLabel(
            self.tr(
                "Kleur van de rand: de zone. Gestippeld met ?: twijfelachtig. Gearceerd: niet te lezen "
                "(schittering); grijs: niet op de foto."
            )
        )
        self.legend_label.setObjectName("muted")
        photo_row.addWidget(self.legend_label, 1)
        views_layout.addLayout(photo_row)
        side_by_side = QSplitter(Qt.Orientation.Horizontal)
        self.photo_view = ReviewPhotoView()
        self.photo_view.setMinimumSize(240, 200)
        self.photo_view.current_changed.connect(self.set_current)
        self.photo_view.corners_changed.connect(self._corners_changed)
        self.board_view = ReviewBoardView(self.board, self.colors)
        self.board_view.setMinimumSize(240, 200)
        self.board_view.current_changed.connect(self.set_current)
        self.board_view.moved.connect(self._moved)
        self.board_view.add_note_requested.connect(self.add_note)
        self.board_view.add_dot_requested.connect(self.add_dot)
        self.board_view.delete_requested.connect(self.delete_selected)
        self.board_view.edit_requested.connect(self.edit_text)
        side_by_side.addWidget(self.photo_view)
        side_by_side.addWidget(self.board_view)
        side_by_side.setSizes([500, 500])
        views_layout.addWidget(side_by_side, 1)
        splitter.addWidget(views)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_title = QLabel()
        self.notes_title.setObjectName("sectionTitle")
        side_layout.addWidget(self.notes_title)
        self.note_list = NoteList(self.board, self.colors)
        self.note_list.current_changed.connect(self.set_current)
        self.note_list.text_confirmed.connect(lambda note_id, text: self.set_text(note_id, text, confirm=True))
        self.note_list.text_edited.connect(lambda note_id, text: self.set_text(note_id, text))
        self.note_list.setMinimumHeight(200)  # a few notes in sight; the column scrolls on a small screen
        side_layout.addWidget(self.note_list, 1)
        self.written_panel = WrittenPanel()
        side_layout.addWidget(self.written_panel)
        side_layout.addWidget(self._build_panel())
        self.summary_label = QLabel()
        self.summary_label.setObjectName("muted")
        self.summary_label.setWordWrap(True)
        side_layout.addWidget(self.summary_label)
        buttons = QHBoxLayout()
        self.doubt_button = QPushButton(self.tr("&Volgende twijfelgeval"))
        self.doubt_button.setToolTip(
            self.tr("Naar de volgende notitie of stip met een ?, daarna de vakken met een onzekere telling (F8)")
        )
        self.doubt_button.clicked.connect(self.next_doubtful)
        buttons.addWidget(self.doubt_button)
        self.undo_button = QPushButton(self.tr("Ongedaan &maken"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        self.accept_button = QPushButton(self.tr("&Overnemen"))
        self.accept_button.setObjectName("primaryButton")
        self.accept_button.setToolTip(self.tr("Neem de notities en stippen over in de sessie"))
        self.accept_button.clicked.connect(self.accept)
        buttons.addWidget(self.accept_button)
        # The side column scrolls rather than push the window past a small screen (a board's written
        # areas, the selection's properties and the notes can be taller than 700 px together); the
        # buttons stay below it, always in sight.
        side_scroll = _ColumnScroll()
        side_scroll.setObjectName("reviewSide")
        side_scroll.setWidget(side)
        side_column = QWidget()
        column_layout = QVBoxLayout(side_column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(side_scroll, 1)
        column_layout.addLayout(buttons)
        splitter.addWidget(side_column)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1100, 380])
        layout.addWidget(splitter, 1)
        self.keys_label = QLabel(
            self.tr(
                "Dubbelklik op het bord: notitie toevoegen · Shift+dubbelklik: stip · slepen: verplaatsen · "
                "Delete: verwijderen · Enter: tekst bevestigen, volgende notitie · F8: volgende twijfelgeval · "
                "Ctrl+Z / Ctrl+Shift+Z: ongedaan / opnieuw"
            )
        )
        self.keys_label.setObjectName("muted")
        self.keys_label.setWordWrap(True)
        layout.addWidget(self.keys_label)

    def _describe_controls(self) -> None:
        """Tooltips and names for the controls that have no text of their own (screen readers, new users)."""
        for widget, tip, name in (
            (self.open_button, self.tr("Foto's van het ingevulde bord kiezen om te lezen"), ""),
            (self.cancel_button, self.tr("Het lezen van de foto's stoppen"), ""),
            (
                self.paper_combo,
                self.tr("Op welk papier het bord geprint is, als de hoeken met de hand zijn aangewezen"),
                "",
            ),
            (self.corners_undo_button, self.tr("De laatst aangeklikte hoek weghalen"), ""),
            (self.corners_run_button, self.tr("De foto opnieuw lezen met de vier aangeklikte hoeken"), ""),
            (self.photo_combo, self.tr("Welke foto je ziet"), self.tr("Foto")),
            (
                self.photo_view,
                self.tr("De foto, met wat gevonden is; klik een notitie of stip om die te kiezen"),
                self.tr("Foto"),
            ),
            (
                self.board_view,
                self.tr("Het bord met wat gevonden is; dubbelklik voegt een notitie toe"),
                self.tr("Bord"),
            ),
            (self.undo_button, self.tr("De laatste wijziging ongedaan maken (Ctrl+Z)"), ""),
            (self.zone_combo, self.tr("In welke zone de gekozen notitie of stip hoort"), ""),
            (self.color_combo, self.tr("De kleur van de gekozen notitie"), ""),
            (self.kind_combo, self.tr("De soort van de gekozen stip"), ""),
            (self.delete_button, self.tr("De gekozen notitie of stip weghalen (Delete)"), ""),
            (self.new_dot_combo, self.tr("Welke soort stip Shift+dubbelklik toevoegt"), ""),
        ):
            describe(widget, tip, name)
        # long zone labels and messages wrap or shorten: the page fits a small screen
        for combo in (self.zone_combo, self.kind_combo, self.new_dot_combo, self.photo_combo, self.paper_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setMinimumWidth(140)  # an explicit minimum: the long labels no longer set it
        for label in (self.status_label, self.legend_label):
            label.setWordWrap(True)

    def _build_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Geselecteerd"))
        form = QFormLayout(box)
        self.selection_label = QLabel()
        self.selection_label.setWordWrap(True)
        form.addRow(self.selection_label)
        self.zone_combo = QComboBox()
        self.zone_combo.addItem(self.tr("(geen zone)"), None)
        for zone in self.board.zones:
            self.zone_combo.addItem(zone.label, zone.id)
        self.zone_combo.activated.connect(self._zone_chosen)
        form.addRow(self.tr("Zone:"), self.zone_combo)
        self.color_combo = QComboBox()
        for color in NOTE_COLORS:
            self.color_combo.addItem(QCoreApplication.translate("colors", color.label), color.id)
        self.color_combo.activated.connect(self._color_chosen)
        form.addRow(self.tr("Kleur:"), self.color_combo)
        self.kind_combo = QComboBox()
        for kind in self.board.dot_kinds():
            self.kind_combo.addItem(kind.label, kind.id)
        self.kind_combo.activated.connect(self._kind_chosen)
        form.addRow(self.tr("Soort stip:"), self.kind_combo)
        self.delete_button = QPushButton(self.tr("Ve&rwijderen"))
        self.delete_button.clicked.connect(self.delete_selected)
        form.addRow(self.delete_button)
        self.new_dot_combo = QComboBox()
        for kind in self.board.dot_kinds():
            self.new_dot_combo.addItem(kind.label, kind.id)
        form.addRow(self.tr("Nieuwe stip:"), self.new_dot_combo)
        return box

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.delete_action = QAction(self.tr("Verwijderen"), self)
        self.delete_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete_action.triggered.connect(self.delete_selected)
        self.doubt_action = QAction(self.tr("Volgende twijfelgeval"), self)
        self.doubt_action.setShortcut(QKeySequence("F8"))
        self.doubt_action.triggered.connect(self.next_doubtful)
        self._own_shortcuts = {
            action: action.shortcuts()
            for action in (self.undo_action, self.redo_action, self.delete_action, self.doubt_action)
        }
        for action in self._own_shortcuts:
            action.setShortcutContext(context)
            self.addAction(action)

    def _share_window_shortcuts(self) -> None:
        """Inside a window that has its own undo/redo keys (the main window routes them to
        ``page.undo_stack``), leave those keys to the window: two actions on one key would
        block each other."""
        window = self.window()
        taken: set[str] = set()
        if window is not self:
            for action in window.actions():
                if action not in self._own_shortcuts and action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
                    taken.update(sequence.toString() for sequence in action.shortcuts())
        for action, shortcuts in self._own_shortcuts.items():
            action.setShortcuts([sequence for sequence in shortcuts if sequence.toString() not in taken])

    def showEvent(self, event) -> None:
        self._share_window_shortcuts()
        super().showEvent(event)

    # --- states --------------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        """empty | running | review | corners | error"""
        self.state = state
        running = state == "running"
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.open_button.setEnabled(not running)
        self.corner_bar.setVisible(state == "corners")
        self.error_label.setVisible(bool(self.error_label.text()) and state in ("corners", "error", "empty"))
        self.force_button.setVisible(state == "error" and self._wrong_board)
        self.accept_button.setEnabled(state == "review")
        for widget in (self.zone_combo, self.color_combo, self.kind_combo, self.delete_button):
            widget.setEnabled(state == "review")
        if state == "empty" and not self.error_label.text():
            self.status_label.setText(self.tr("Kies foto's van het ingevulde bord om ze te laten lezen."))
        self.photo_combo.setVisible(state == "review" and self.photo_combo.count() > 1)
        self._update_panel()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # --- reading photos ------------------------------------------------------------------
    def choose_photos(self) -> None:
        """Ask for photos of the board (a file dialog) and read them."""
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Foto's van het bord kiezen"),
            "",
            self.tr("Foto's ({patterns});;Alle bestanden (*)").format(patterns=PHOTO_PATTERNS),
        )
        if paths and self._may_drop_review():
            self.load_photos(paths)

    def _may_drop_review(self) -> bool:
        if not self.has_unaccepted_results():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Beoordeling vervangen?"),
            self.tr(
                "Wat je op deze foto's hebt gecontroleerd is nog niet overgenomen en gaat verloren. Toch nieuwe "
                "foto's lezen?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def has_unaccepted_results(self) -> bool:
        """Detections (or edits of them) that have not been taken over with "Overnemen" yet."""
        return self.state == "review" and (not self._accepted or not self.undo_stack.isClean())

    def load_photos(self, paths: Sequence[str | Path]) -> None:
        """Read ``paths`` (one board, one or more photos) in the background; earlier review work is dropped."""
        if isinstance(paths, (str, Path)):
            paths = [paths]
        if not paths:
            return
        self.paths = [str(path) for path in paths]
        self.corners = {}
        self._other_board = False
        self._start()

    def read_as_this_board(self) -> None:
        """Read the same photos again, as photos of this board although their QR code names another."""
        if not self.paths:
            return
        self._other_board = True
        self._start()

    def _start(self) -> None:
        if self._thread is not None:
            self._thread.cancel()
            self._thread = None
        self.photo_view.stop_corners()
        self.corner_photo = None
        self._show_error("")
        self.result = None
        self._accepted = False
        self.undo_stack.clear()
        self.model.clear()
        self._zone = ""
        self.photo_view.set_photo(None)
        self.board_view.set_background(None, 1.0)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("bezig…"))
        self.status_label.setText(self.tr("Foto's lezen…"))
        options = replace(
            self.options,
            corners=dict(self.corners),
            paper=self.paper_combo.currentData() or self.options.paper,
            other_board=self.options.other_board or self._other_board,
        )
        self._wrong_board = False
        thread = CaptureThread(self.paths, self.board, options)
        thread.progressed.connect(self._progressed)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        self._thread = thread
        self._set_state("running")
        thread.start_tracked()

    def is_running(self) -> bool:
        return self._thread is not None

    def cancel(self) -> None:
        """Stop the running read-back; what it found so far is dropped."""
        if self._thread is None:
            return
        self._thread.cancel()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Afbreken…"))

    def _progressed(self, fraction: float, text: str) -> None:
        if self.sender() is not self._thread:
            return
        self.progress.setValue(round(fraction * 100))
        self.progress.setFormat(f"{sentence(text)} – %p%")

    def _succeeded(self, result: CaptureResult) -> None:
        if self.sender() is not self._thread:
            return
        cancelled = self._thread.cancel_requested
        self._thread = None
        if cancelled:
            self._cancelled()
            self.capture_finished.emit()
            return
        self.show_result(result)
        self.capture_finished.emit()

    def show_result(self, result: CaptureResult) -> None:
        """Review ``result`` (from ``capture_photos``); earlier review work is dropped."""
        if self._thread is not None:
            self._thread.cancel()
            self._thread = None
        self.photo_view.stop_corners()
        self.corner_photo = None
        self._show_error("")
        self.undo_stack.clear()
        self._accepted = False
        self.result = result
        self.photo_combo.blockSignals(True)
        self.photo_combo.clear()
        for photo in result.photos:
            self.photo_combo.addItem(Path(photo.name).name, photo.index)
        self.photo_combo.blockSignals(False)
        self._show_photo(0)
        self.model.load(result)
        self.written_panel.show_crops(written_crops(result))
        self._current = ""
        self._zone = ""
        self._set_state("review")
        found = self.tr("{notes} notities en {dots} stippen gevonden op {photos} foto('s).").format(
            notes=len(result.notes), dots=len(result.dots), photos=len(result.photos)
        )
        if result.warnings:
            found += " " + " ".join(sentence(warning) + "." for warning in result.warnings)
        review = len(self._doubt_stops())
        if review:
            found += " " + self.tr("{count} om na te kijken (F8).").format(count=review)
        self.status_label.setText(found)
        if review:
            # the doubtful ones first
            self.next_doubtful()
            self.status_label.setText(found)
        elif self.model.notes:
            self.set_current(self.model.notes[0].id)

    def _failed(self, error: Exception) -> None:
        if self.sender() is not self._thread:
            return
        self._thread = None
        if isinstance(error, CaptureCancelled):
            self._cancelled()
        elif isinstance(error, NoBoardFoundError):
            self._offer_corners(error)
        elif isinstance(error, WrongBoardError):
            self._show_error(sentence(error_text(error)) + ".")
            self.status_label.setText(self.tr("De foto hoort bij een ander bord."))
            self._wrong_board = True
            self._set_state("error")
        elif isinstance(error, BruinpapierError):
            self._show_error(sentence(error_text(error)) + ".")
            self.status_label.setText(self.tr("De foto's konden niet gelezen worden."))
            self._set_state("error")
        else:
            self._show_error(self.tr("Onverwachte fout bij het lezen van de foto's: {error}").format(error=error))
            self.status_label.setText(self.tr("De foto's konden niet gelezen worden."))
            self._set_state("error")
        self.capture_finished.emit()

    def _cancelled(self) -> None:
        self._set_state("error" if self.error_label.text() else "empty")
        self.status_label.setText(self.tr("Het lezen is afgebroken; er is niets overgenomen."))

    # --- four corners --------------------------------------------------------------------
    def _offer_corners(self, error: NoBoardFoundError) -> None:
        index = self.paths.index(error.name) if error.name in self.paths else 0
        self._show_error(
            self.tr(
                "Op '{name}' is geen bord gevonden: de hoekmarkers zijn niet (genoeg) te zien. "
                "Klik hieronder de vier hoeken van het bord aan om de foto toch te lezen."
            ).format(name=Path(error.name).name)
        )
        try:
            loaded = load_image(self.paths[index], self.options.max_pixels)
        except BruinpapierError as load_error:
            self._show_error(sentence(error_text(load_error)) + ".")
            self._set_state("error")
            return
        self.corner_photo = index
        self._corner_scale = loaded.scale
        self.photo_view.set_photo(loaded.image, None, index)
        self.photo_view.start_corners()
        self.status_label.setText(self.tr("Vier-hoekenmodus"))
        self._set_state("corners")
        self._corners_changed([])

    def corner_names(self) -> list[str]:
        return [self.tr("linksboven"), self.tr("rechtsboven"), self.tr("rechtsonder"), self.tr("linksonder")]

    def _corners_changed(self, corners: list) -> None:
        count = len(corners)
        self.corners_run_button.setEnabled(count == 4)
        self.corners_undo_button.setEnabled(count > 0)
        if count < 4:
            self.corner_hint.setText(
                self.tr(
                    "Klik op de hoek <b>{corner}</b> van het bord ({number} van 4). Backspace haalt de laatste hoek "
                    "weg."
                ).format(corner=self.corner_names()[count], number=count + 1)
            )
        else:
            self.corner_hint.setText(self.tr("Alle vier hoeken staan er; de foto wordt opnieuw gelezen."))
            self._run_with_corners()

    def _run_with_corners(self) -> None:
        if self.corner_photo is None or len(self.photo_view.corners) != 4:
            return
        scale = self._corner_scale or 1.0
        self.corners[self.corner_photo] = tuple((x / scale, y / scale) for x, y in self.photo_view.corners)
        self._start()

    # --- showing -------------------------------------------------------------------------
    def _photo_chosen(self, position: int) -> None:
        if position >= 0 and self.result is not None:
            self._show_photo(position)
            self._refresh()

    def _show_photo(self, position: int) -> None:
        if self.result is None or not self.result.photos:
            return
        photo = self.result.photos[position]
        self.photo_view.set_photo(photo.image, photo.homography, position)
        region = getattr(photo, "rectified_region", None)  # the part of the board the rectified image covers
        self.board_view.set_background(
            photo.rectified, photo.px_per_mm, (region.x, region.y) if region is not None else (0.0, 0.0)
        )
        glare = self.tr("schittering: niet te lezen")
        self.board_view.set_unreadable(photo.glare_mm, photo.visible_mm, glare, self.tr("niet op de foto"))
        self.photo_view.set_unreadable(photo.glare_mm, glare)
        if self.photo_combo.currentIndex() != position:
            self.photo_combo.blockSignals(True)
            self.photo_combo.setCurrentIndex(position)
            self.photo_combo.blockSignals(False)

    def _refresh(self) -> None:
        if self._current and self.model.item(self._current) is None:
            self._current = ""
        self.board_view.rebuild(self.model, self._current)
        self.photo_view.rebuild(self.model, self._current, self.colors)
        self.note_list.set_current(self._current)
        self.note_list.sync(self.model)
        notes, dots = len(self.model.notes), len(self.model.dots)
        doubtful = sum(1 for item in (*self.model.notes, *self.model.dots) if item.doubtful)
        self.notes_title.setText(self.tr("Notities ({count})").format(count=notes))
        summary = self.tr("{notes} notities, {dots} stippen, {doubtful} twijfelachtig").format(
            notes=notes, dots=dots, doubtful=doubtful
        )
        zones = len(self.model.doubtful_zones)
        if zones:
            summary += "; " + self.tr("{count} vak(ken) met een onzekere telling").format(count=zones)
        uncounted = len(self.model.uncounted_dots())
        if uncounted:
            summary += "; " + self.tr("{count} stip(pen) tellen niet mee (niet in een zone voor die soort)").format(
                count=uncounted
            )
        self.summary_label.setText(summary)
        self.doubt_button.setEnabled(doubtful > 0 or zones > 0)
        self.board_view.set_doubtful_zones(self.model.doubtful_zones, self._zone)
        self._update_panel()

    def current_id(self) -> str:
        return self._current

    def set_current(self, item_id: str) -> None:
        """Make a detection the current one: highlighted in both views and the list."""
        if self.model.item(item_id) is None:
            item_id = ""
        if item_id:
            self._zone = ""
        if item_id == self._current:
            return
        self._current = item_id
        item = self.model.item(item_id)
        if (
            item is not None
            and item.photo_index is not None
            and self.result is not None
            and item.photo_index != self.photo_view.photo_index
        ):
            self._show_photo(item.photo_index)
        self._refresh()
        self.board_view.set_current(item_id)

    def _doubt_stops(self) -> list[str]:
        """What F8 walks, in order: the doubtful notes and dots, then the zones with a doubtful count."""
        items = [item.id for item in (*self.model.notes, *self.model.dots) if item.doubtful]
        return items + [ZONE_STOP + zone_id for zone_id in self.model.doubtful_zones]

    def next_doubtful(self) -> str:
        """Make the next doubtful detection current (after the current one, wrapping), then each zone
        whose count capture could not vouch for; returns its id (a zone's id for a zone), "" when none."""
        order = [item.id for item in (*self.model.notes, *self.model.dots)]
        order += [ZONE_STOP + zone_id for zone_id in self.model.doubtful_zones]
        here = ZONE_STOP + self._zone if self._zone else self._current
        start = order.index(here) + 1 if here in order else 0
        stops = set(self._doubt_stops())
        for stop in order[start:] + order[:start]:
            if stop not in stops:
                continue
            if stop.startswith(ZONE_STOP):
                return self._show_doubtful_zone(stop[len(ZONE_STOP) :])
            item = self.model.item(stop)
            self.set_current(stop)
            if isinstance(item, ReviewNote):
                self.note_list.focus_text(stop)
            else:
                self.board_view.setFocus()
            return stop
        self.status_label.setText(self.tr("Geen twijfelgevallen meer."))
        return ""

    def _show_doubtful_zone(self, zone_id: str) -> str:
        self._current = ""
        self._zone = zone_id
        self._refresh()
        self.board_view.show_zone(zone_id)
        zone = self.board.zone(zone_id)
        reasons = ", ".join(
            QCoreApplication.translate("capture", DOUBT_TEXTS[code]) for code in self.model.doubtful_zones[zone_id]
        )
        self.status_label.setText(
            self.tr("Vak '{zone}': telling niet zeker ({reasons}). Tel de stippen en post-its hier zelf na.").format(
                zone=zone.label if zone else zone_id, reasons=reasons
            )
        )
        return zone_id

    def edit_text(self, item_id: str) -> None:
        """Make a note current and put the cursor in its text field."""
        self.set_current(item_id)
        if isinstance(self.model.item(item_id), ReviewNote):
            self.note_list.focus_text(item_id)

    def _update_panel(self) -> None:
        item = self.model.item(self._current) if self._current else None
        editing = self.state == "review" and item is not None
        self.delete_button.setEnabled(editing)
        self.zone_combo.setEnabled(editing)
        self.color_combo.setEnabled(editing and isinstance(item, ReviewNote))
        self.kind_combo.setEnabled(editing and isinstance(item, ReviewDot))
        if item is None:
            self.selection_label.setText(self.tr("Niets geselecteerd"))
            return
        confidence = round(item.confidence * 100)
        if isinstance(item, ReviewNote):
            text = self.tr("Notitie, zekerheid {percent} %").format(percent=confidence)
            self.color_combo.setCurrentIndex(max(0, self.color_combo.findData(item.color)))
        else:
            text = self.tr("Stip, zekerheid {percent} %").format(percent=confidence)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(item.kind)))
            if not self.model.counts(item):
                text += " – " + self.tr("telt niet mee: deze plek verzamelt geen stippen van deze soort")
        if item.doubtful:
            text += " – " + self.tr("twijfelachtig, graag controleren")
            doubt = getattr(item, "doubt", "")
            if doubt in DOUBT_TEXTS:
                text += " (" + QCoreApplication.translate("capture", DOUBT_TEXTS[doubt]) + ")"
        self.selection_label.setText(text)
        self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData(item.zone_id)))

    # --- edits ---------------------------------------------------------------------------
    def add_note(self, x_mm: float, y_mm: float, color: str = DEFAULT_NOTE_COLOR) -> str:
        note = ReviewNote(
            color=color,
            zone_id=zone_id_at(self.board, x_mm, y_mm),
            x_mm=x_mm,
            y_mm=y_mm,
            width_mm=DEFAULT_NOTE_MM,
            height_mm=DEFAULT_NOTE_MM,
            confidence=1.0,
            confirmed=True,
        )
        self.undo_stack.push(AddItem(self.model, note, self.tr("Notitie toevoegen")))
        self.set_current(note.id)
        self.note_list.focus_text(note.id)
        return note.id

    def add_dot(self, x_mm: float, y_mm: float, kind: str | None = None) -> str:
        zone_id = zone_id_at(self.board, x_mm, y_mm)
        kind = kind or self.new_dot_combo.currentData()
        zone = self.board.zone(zone_id) if zone_id else None
        if zone is not None and zone.holds.dots and kind not in [k.id for k in zone.holds.dots]:
            kind = zone.holds.dots[0].id
        if kind is None:
            return ""
        color = next((k.color for k in self.board.dot_kinds() if k.id == kind), "#e53935")
        dot = ReviewDot(kind=kind, color=color, zone_id=zone_id, x_mm=x_mm, y_mm=y_mm, confidence=1.0)
        self.undo_stack.push(AddItem(self.model, dot, self.tr("Stip toevoegen")))
        self.set_current(dot.id)
        return dot.id

    def delete_selected(self) -> None:
        if self.state != "review":
            return
        ids = self.board_view.selected_ids() if self.board_view.hasFocus() else []
        if not ids and self._current:
            ids = [self._current]
        ids = [item_id for item_id in ids if self.model.item(item_id) is not None]
        if not ids:
            return
        next_id = self._neighbour_note(ids)
        self.undo_stack.push(RemoveItems(self.model, ids, self.tr("Verwijderen")))
        self.set_current(next_id)

    def _neighbour_note(self, removed: list[str]) -> str:
        ids = [note.id for note in self.model.notes]
        if self._current in ids:
            start = ids.index(self._current)
            for note_id in ids[start + 1 :] + ids[:start][::-1]:
                if note_id not in removed:
                    return note_id
        return ""

    def _moved(self, moves: list) -> None:
        self.undo_stack.beginMacro(self.tr("Verplaatsen"))
        for item_id, x_mm, y_mm in moves:
            self.move_item(item_id, x_mm, y_mm)
        self.undo_stack.endMacro()

    def move_item(self, item_id: str, x_mm: float, y_mm: float) -> None:
        """Move a detection (centre in board mm); its zone follows the new centre."""
        values = {"x_mm": x_mm, "y_mm": y_mm, "zone_id": zone_id_at(self.board, x_mm, y_mm)}
        self.undo_stack.push(SetFields(self.model, item_id, values, self.tr("Verplaatsen")))

    def set_text(self, note_id: str, text: str, confirm: bool = False) -> None:
        note = self.model.item(note_id)
        if not isinstance(note, ReviewNote):
            return
        values: dict = {}
        if text != note.text:
            values["text"] = text
        if confirm and not note.confirmed:
            values["confirmed"] = True
        if values:
            self.undo_stack.push(SetFields(self.model, note_id, values, self.tr("Tekst")))

    def _set_field(self, name: str, value, label: str) -> None:
        item = self.model.item(self._current) if self._current else None
        if item is None or getattr(item, name, None) == value:
            return
        values = {name: value}
        if name == "kind":
            values["color"] = next((k.color for k in self.board.dot_kinds() if k.id == value), item.color)
        self.undo_stack.push(SetFields(self.model, item.id, values, label))

    def _zone_chosen(self, position: int) -> None:
        self._set_field("zone_id", self.zone_combo.itemData(position), self.tr("Zone wijzigen"))

    def _color_chosen(self, position: int) -> None:
        self._set_field("color", self.color_combo.itemData(position), self.tr("Kleur wijzigen"))

    def _kind_chosen(self, position: int) -> None:
        self._set_field("kind", self.kind_combo.itemData(position), self.tr("Soort wijzigen"))

    # --- the outcome ---------------------------------------------------------------------
    def to_results(self) -> Results:
        """The reviewed notes (source: photo) and dot counts per zone and kind."""
        return self.model.to_results()

    def note_crops(self):
        """Crops (BGR numpy) of the notes by note id, to store with the session."""
        return self.model.crops()

    def accept(self) -> None:
        """Take over the reviewed detections: emits ``accepted(Results)``."""
        if self.state != "review":
            return
        pending = self.note_list.pending_texts()
        if pending:
            self.undo_stack.beginMacro(self.tr("Tekst"))
            for note_id, text in pending.items():
                self.set_text(note_id, text)
            self.undo_stack.endMacro()
        results = self.to_results()
        results.notes += self.written_panel.notes()  # the areas typed over: answers, the team's CONCLUSIE
        self.status_label.setText(
            self.tr("Overgenomen: {notes} notities en {dots} stippen.").format(
                notes=len(results.notes), dots=sum(count.count for count in results.dots)
            )
        )
        self._accepted = True
        self.undo_stack.setClean()
        self.accepted.emit(results)

    def take_over_cancelled(self) -> None:
        """The session did not take the results over after all (the user cancelled): they are still to do."""
        self._accepted = False
        self.undo_stack.resetClean()
        self.status_label.setText(self.tr("Niet overgenomen; de resultaten staan hier nog."))

    def closeEvent(self, event) -> None:
        if self._thread is not None:
            self._thread.cancel()
        super().closeEvent(event)
