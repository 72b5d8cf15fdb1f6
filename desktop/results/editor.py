"""Typed entry of a session's results on the board itself.

Keyboard: type a note and press Enter (the next note goes into the same zone);
Tab / Shift+Tab go to the next / previous zone; Alt+1 … Alt+5 pick the note
colour (and recolour the selected note); + / − change the dot count of the
current zone and dot kind (when the entry is empty), PageUp / PageDown pick the
dot kind; Ctrl+D switches to count mode, where a number + Enter sets the count
and moves on to the next kind and zone. Everything goes through the QUndoStack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QRegularExpressionValidator, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from boards.colors import NOTE_COLORS
from boards.merging import MergePlan, MergeSummary, plan_merge
from boards.model import Zone
from boards.session import Results, Session
from desktop.accessibility import describe
from desktop.results.actions_table import ActionsTable
from desktop.results.board_view import BoardResultsView
from desktop.results.document import ResultsDocument
from desktop.results.merge_dialog import FILE, PHOTO, MergeDialog
from desktop.results.session_form import SessionDetailsForm
from desktop.splitters import remember_splitter, restore_splitter

NOTES_MODE = "notes"
TABLES_HEIGHT = 150  # px: the action points and session details below the board, at first
DOTS_MODE = "dots"


class ResultsEditor(QWidget):
    """Editor for the results of ``session``; pass a shared ``undo_stack`` to join the app's undo."""

    currentZoneChanged = Signal(str)

    def __init__(self, session: Session, undo_stack: QUndoStack | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = ResultsDocument(session, undo_stack, self)
        self.undo_stack = self.document.undo_stack
        self.session = session
        self.zones: list[Zone] = [z for z in session.board.zones if z.holds.notes or z.holds.dots]
        self.zone_index = 0
        self.kind_index = 0
        self.color = NOTE_COLORS[0].id
        self.mode = NOTES_MODE

        self.view = BoardResultsView(self.document, self)
        self.view.zoneClicked.connect(self.set_current_zone)
        describe(
            self.view,
            self.tr("Het bord met de notities en stippen; klik op een zone om daar te typen"),
            self.tr("Bord met resultaten"),
        )

        self.zone_label = QLabel(self)
        self.mode_button = QPushButton(self.tr("&Tellen (Ctrl+D)"), self)
        self.mode_button.setCheckable(True)
        self.mode_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mode_button.toggled.connect(lambda on: self.set_mode(DOTS_MODE if on else NOTES_MODE))
        self.mode_button.setToolTip(self.tr("Wisselen tussen notities typen en stippen tellen (Ctrl+D)"))
        self.entry = QLineEdit(self)
        self.entry.installEventFilter(self)
        describe(
            self.entry,
            self.tr("Typ een notitie en Enter; Tab: volgende zone; in telmodus een aantal stippen"),
            self.tr("Notitie of aantal"),
        )
        self.color_buttons: list[QToolButton] = []
        colors = QHBoxLayout()
        for number, color in enumerate(NOTE_COLORS, start=1):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            name = QCoreApplication.translate("colors", color.label)
            button.setToolTip(self.tr("Notitiekleur {name} (Alt+{number})").format(name=name, number=number))
            button.setAccessibleName(self.tr("Notitiekleur {name}").format(name=name))
            button.setStyleSheet(
                f"QToolButton {{ background: {color.hex}; min-width: 18px; }}"
                f"QToolButton:checked {{ border: 2px solid #1565c0; }}"
            )
            button.clicked.connect(lambda _checked=False, c=color.id: self.set_color(c))
            colors.addWidget(button)
            self.color_buttons.append(button)

        self.dot_panel = QWidget(self)
        self.dot_layout = QHBoxLayout(self.dot_panel)
        self.dot_layout.setContentsMargins(0, 0, 0, 0)
        self.dot_labels: list[QLabel] = []

        top = QHBoxLayout()
        top.addWidget(self.zone_label)
        top.addWidget(self.entry, 1)
        top.addLayout(colors)
        top.addWidget(self.mode_button)
        self.import_button = QPushButton(self.tr("Imp&orteren …"), self)
        self.import_button.setToolTip(self.tr("Resultaten uit een CSV- of Excel-bestand toevoegen"))
        self.import_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.import_button.clicked.connect(lambda: self.import_results())
        top.addWidget(self.import_button)
        self.actions_table = ActionsTable(self.document, self)
        self.details = SessionDetailsForm(self.document, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.actions_table, self.tr("Actiepunten"))
        details_scroll = QScrollArea(self)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setWidget(self.details)
        self.tabs.addTab(details_scroll, self.tr("Sessiegegevens"))
        # the action table's buttons beside the tabs (shown with its tab): one row less below the board
        buttons = self.actions_table.detach_buttons()
        self.tabs.setCornerWidget(buttons, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda index: buttons.setVisible(index == 0))
        # the tables scroll: their height does not push the window past a small screen
        policy = self.tabs.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.tabs.setSizePolicy(policy)
        # The board gets most of the height; the tables below can be made smaller or folded away
        # (drag the handle down), and the splitter keeps where the user put it.
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("resultsSplitter")
        splitter.addWidget(self.view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, True)
        self.view.setMinimumHeight(160)
        self.tabs.setMinimumHeight(0)
        # At first (until the user drags the handle) the tables show just their tabs, the action table's
        # buttons and header, and its rows (up to TABLES_HEIGHT): the board gets the room. A click on a
        # tab, adding an action point or moving the focus into the tables opens them.
        splitter.setSizes([3000, self.compact_tables_height()])
        restore_splitter(splitter)
        splitter.splitterMoved.connect(lambda *_: remember_splitter(splitter))
        self.tabs.tabBarClicked.connect(lambda _index: self.open_tables())
        self.actions_table.add_button.clicked.connect(self.open_tables)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        # The row below the entry: the current zone's dot counters; the page puts its buttons at its end.
        self.dot_row = QHBoxLayout()
        self.dot_row.addWidget(self.dot_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.dot_row)
        layout.addWidget(splitter, 1)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        toggle = QAction(self.tr("Tellen of typen"), self)
        toggle.setShortcut(QKeySequence("Ctrl+D"))
        toggle.triggered.connect(self.mode_button.toggle)
        choose = QAction(self.tr("Gekozen notities aan/uit"), self)
        choose.setShortcut(QKeySequence("Ctrl+K"))
        choose.triggered.connect(self.toggle_chosen)
        # Alt+1 … Alt+5: the note colours (Ctrl+1 … is the window's page switching).
        self.color_actions = []
        for number, color in enumerate(NOTE_COLORS, start=1):
            pick = QAction(
                self.tr("Notitiekleur {name}").format(name=QCoreApplication.translate("colors", color.label)), self
            )
            pick.setShortcut(QKeySequence(f"Alt+{number}"))
            pick.triggered.connect(lambda _=False, c=color.id: self.set_color(c))
            self.color_actions.append(pick)
        for action in (self.undo_action, self.redo_action, toggle, choose, *self.color_actions):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.document.dotsChanged.connect(lambda *_: self._refresh_dot_panel())
        self.document.notesChanged.connect(self._refresh_zone_label)
        self.set_color(self.color)
        if self.zones:
            self.set_current_zone(self.zones[0].id)
        self.setFocusProxy(self.entry)

    # --- the tables below the board ----------------------------------------------------------

    def compact_tables_height(self) -> int:
        """The tables folded to a header: the tabs (the action table's buttons beside them), its column
        titles and the rows it has, up to ``TABLES_HEIGHT``."""
        table = self.actions_table
        rows = table.model.rowCount() * table.view.verticalHeader().defaultSectionSize()
        folded = (
            max(self.tabs.tabBar().sizeHint().height(), table.button_bar.sizeHint().height())
            + table.view.horizontalHeader().sizeHint().height()
            + 2 * table.view.frameWidth()
            + 4
        )
        return min(folded + rows, max(folded, TABLES_HEIGHT))

    def open_tables(self) -> None:
        """Give the tables room to work in (no smaller than at first), when they are folded smaller."""
        sizes = self.splitter.sizes()
        if sizes[1] < TABLES_HEIGHT and sum(sizes) > TABLES_HEIGHT:
            self.splitter.setSizes([sum(sizes) - TABLES_HEIGHT, TABLES_HEIGHT])

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.tabs.isAncestorOf(new):
            self.open_tables()  # Tab or a mnemonic into the action points or the session's details

    def add_trailing(self, widget: QWidget) -> None:
        """Put ``widget`` at the end of the dot counters' row (the page's buttons: one row less)."""
        self.dot_row.addWidget(widget, 1)

    # --- state ---------------------------------------------------------------------------

    @property
    def current_zone(self) -> Zone | None:
        return self.zones[self.zone_index] if self.zones else None

    @property
    def current_kind(self) -> str | None:
        zone = self.current_zone
        if zone is None or not zone.holds.dots:
            return None
        return zone.holds.dots[min(self.kind_index, len(zone.holds.dots) - 1)].id

    def set_current_zone(self, zone_id: str) -> None:
        for index, zone in enumerate(self.zones):
            if zone.id == zone_id:
                if index != self.zone_index:
                    self.kind_index = 0
                self.zone_index = index
                break
        else:
            return
        self.view.set_current_zone(zone_id)
        self._refresh_zone_label()
        self._rebuild_dot_panel()
        self.entry.setFocus()
        self.currentZoneChanged.emit(zone_id)

    def next_zone(self, step: int = 1) -> None:
        """The next zone; counting dots, the next zone that collects dots (a board's text areas are skipped)."""
        if not self.zones:
            return
        self.kind_index = 0
        skip_textual = self.mode == DOTS_MODE and any(zone.holds.dots for zone in self.zones)
        index = self.zone_index
        for _ in range(len(self.zones)):
            index = (index + step) % len(self.zones)
            if not skip_textual or self.zones[index].holds.dots:
                break
        self.set_current_zone(self.zones[index].id)

    def set_kind_index(self, index: int) -> None:
        zone = self.current_zone
        if zone is None or not zone.holds.dots:
            return
        self.kind_index = max(0, min(index, len(zone.holds.dots) - 1))
        self._refresh_dot_panel()

    def set_color(self, color_id: str) -> None:
        self.color = color_id
        for button, color in zip(self.color_buttons, NOTE_COLORS):
            button.setChecked(color.id == color_id)
        for note_id in self.view.selected_note_ids():
            self.document.set_note_color(note_id, color_id)
        self._refresh_zone_label()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_button.blockSignals(True)
        self.mode_button.setChecked(mode == DOTS_MODE)
        self.mode_button.blockSignals(False)
        self.entry.clear()
        if mode == DOTS_MODE:
            self.entry.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), self.entry))
            self.entry.setPlaceholderText(self.tr("aantal stippen, Enter = volgende"))
        else:
            self.entry.setValidator(None)
            self.entry.setPlaceholderText(self.tr("notitie typen, Enter = toevoegen, Tab = volgende zone"))
        self._refresh_dot_panel()

    # --- entry ---------------------------------------------------------------------------

    def commit_entry(self) -> None:
        """What Enter does: add the typed note, or set the typed count and move on."""
        zone = self.current_zone
        text = self.entry.text().strip()
        if zone is None:
            return
        if self.mode == DOTS_MODE:
            if text and self.current_kind is not None:
                self.document.set_dot_count(zone.id, self.current_kind, int(text))
            self.entry.clear()
            if zone.holds.dots and self.kind_index < len(zone.holds.dots) - 1:
                self.set_kind_index(self.kind_index + 1)
            else:
                self.next_zone()
            return
        if not text:
            return
        if not zone.holds.notes:
            self.zone_label.setText(self.tr("In {zone} horen geen notities").format(zone=zone.label or zone.id))
            return
        self.document.add_note(zone.id, text, self.color)
        self.entry.clear()

    def toggle_chosen(self) -> None:
        """Choose the selected notes (or un-choose them when all are chosen already), as one step each."""
        notes = [note for note in map(self.document.note, self.view.selected_note_ids()) if note is not None]
        chosen = not all(note.chosen for note in notes)
        for note in notes:
            self.document.set_note_chosen(note.id, chosen)

    def change_dots(self, delta: int) -> None:
        zone, kind = self.current_zone, self.current_kind
        if zone is not None and kind is not None:
            self.document.add_dots(zone.id, kind, delta)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers()
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if not self.entry.text() and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        ):
            (self.undo_stack.undo if event.matches(QKeySequence.StandardKey.Undo) else self.undo_stack.redo)()
            return True
        if ctrl and key == Qt.Key.Key_D:  # QLineEdit would take Ctrl+D (delete) before the shortcut
            self.set_mode(NOTES_MODE if self.mode == DOTS_MODE else DOTS_MODE)
            return True
        if key == Qt.Key.Key_Tab and not ctrl:
            self.next_zone(1)
            return True
        if key == Qt.Key.Key_Backtab:
            self.next_zone(-1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit_entry()
            return True
        if ctrl and key == Qt.Key.Key_K:
            self.toggle_chosen()
            return True
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal) and (
            self.mode == DOTS_MODE or not self.entry.text()
        ):
            self.change_dots(-1 if key == Qt.Key.Key_Minus else 1)
            return True
        if key == Qt.Key.Key_PageDown:
            self.set_kind_index(self.kind_index + 1)
            return True
        if key == Qt.Key.Key_PageUp:
            self.set_kind_index(self.kind_index - 1)
            return True
        if key == Qt.Key.Key_Delete and not self.entry.text():
            for note_id in self.view.selected_note_ids():
                self.document.remove_note(note_id)
            return True
        return False

    def commit_pending(self) -> None:
        """Store what is still being typed in the session's details and the action table (before saving)."""
        self.details.commit_pending()
        self.actions_table.commit_pending()

    # --- import ---------------------------------------------------------------------------

    def import_results(self, path: str | None = None) -> bool:
        """Import a CSV/Excel file through the preview dialog; one undo step. False if cancelled."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from boards.errors import BruinpapierError
        from boards.sessionio import preview_import
        from desktop.results.import_dialog import ImportPreviewDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Resultaten importeren"), "", self.tr("Tabellen (*.csv *.xlsx)")
            )
            if not path:
                return False
        try:
            preview = preview_import(path, self.session.board, self.session)
        except BruinpapierError as error:
            QMessageBox.warning(self, self.tr("Importeren"), error.render(QCoreApplication.translate))
            return False
        dialog = self.make_import_dialog(preview)
        if dialog.exec() != ImportPreviewDialog.DialogCode.Accepted:
            return False
        plan = preview.plan(self.session)
        if plan.has_conflicts and not self.ask_merge(plan, FILE):
            return False
        self.document.apply_import(preview, plan)
        return True

    def make_import_dialog(self, preview):
        from desktop.results.import_dialog import ImportPreviewDialog

        return ImportPreviewDialog(preview, self)

    # --- taking results over -----------------------------------------------------------------

    def take_over(self, incoming: Results, source: str = PHOTO) -> MergeSummary | None:
        """Put results read from photos into the session as one undo step. Where the session holds
        something else already, the user chooses per zone (the default keeps it). None when cancelled."""
        plan = plan_merge(self.session.board, self.session.results, incoming, whole_zones=source == PHOTO)
        if plan.has_conflicts and not self.ask_merge(plan, source):
            return None
        self.document.replace_results(plan.merged(), self.tr("Resultaten van foto overnemen"))
        return plan.summary()

    def ask_merge(self, plan: MergePlan, source: str) -> bool:
        """Show where the session and the incoming results differ; the choices are kept on ``plan``."""
        return self.make_merge_dialog(plan, source).exec() == MergeDialog.DialogCode.Accepted

    def make_merge_dialog(self, plan: MergePlan, source: str) -> MergeDialog:
        return MergeDialog(plan, source, self)

    # --- labels and the dot panel --------------------------------------------------------

    def _refresh_zone_label(self) -> None:
        zone = self.current_zone
        if zone is None:
            self.zone_label.setText(self.tr("Geen zones"))
            return
        count = len(self.session.results.notes_in(zone.id))
        self.zone_label.setText(self.tr("{zone} ({count} notities)").format(zone=zone.label or zone.id, count=count))

    def _rebuild_dot_panel(self) -> None:
        while self.dot_layout.count():
            widget = self.dot_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone at once, not drawn over the new row until it is deleted
                widget.deleteLater()
        self.dot_labels = []
        zone = self.current_zone
        if zone is None:
            return
        for kind in zone.holds.dots:
            # Tool buttons: the app's push-button padding would leave no room for the sign.
            minus = QToolButton(self.dot_panel)
            plus = QToolButton(self.dot_panel)
            minus.setText("−")
            plus.setText("+")
            for button in (minus, plus):
                button.setObjectName("dotButton")
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setFixedSize(28, 26)
            minus.setToolTip(self.tr("Eén stip {kind} minder (−)").format(kind=kind.label))
            plus.setToolTip(self.tr("Eén stip {kind} meer (+)").format(kind=kind.label))
            minus.setAccessibleName(self.tr("Stip {kind} minder").format(kind=kind.label))
            plus.setAccessibleName(self.tr("Stip {kind} meer").format(kind=kind.label))
            minus.clicked.connect(lambda _c=False, z=zone.id, k=kind.id: self.document.add_dots(z, k, -1))
            plus.clicked.connect(lambda _c=False, z=zone.id, k=kind.id: self.document.add_dots(z, k, 1))
            label = QLabel(self.dot_panel)
            label.setProperty("kind", kind.id)
            label.setStyleSheet(f"color: {QColor(kind.color).darker(120).name()};")
            self.dot_layout.addWidget(minus)
            self.dot_layout.addWidget(label)
            self.dot_layout.addWidget(plus)
            self.dot_labels.append(label)
        self.dot_layout.addStretch(1)
        self._refresh_dot_panel()

    def _refresh_dot_panel(self) -> None:
        zone = self.current_zone
        if zone is None:
            return
        for index, (kind, label) in enumerate(zip(zone.holds.dots, self.dot_labels)):
            count = self.document.dot_count(zone.id, kind.id)
            marker = "▶ " if index == self.kind_index and zone.holds.dots else ""
            label.setText(f"{marker}● {kind.label}: {count}")
        self._refresh_zone_label()
