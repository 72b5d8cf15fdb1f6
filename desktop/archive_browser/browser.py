"""Browsing the session archive: search, filter, open, duplicate, delete, bundles."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from boards.archive import BUNDLE_SUFFIX, Archive, SessionSummary, export_bundle, import_bundles
from boards.archive.school import Erased, SchoolData, erase_school, export_school, find_school
from boards.archive.selection import SessionFilter
from boards.errors import BruinpapierError
from boards.methods import list_methods
from boards.session import Session, is_session_date
from boards.templates import list_templates
from desktop.accessibility import describe
from desktop.feedback import explain, report_saved
from desktop.i18n import error_text

Index = QModelIndex | QPersistentModelIndex


class SummaryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SessionSummary] = []
        self.method_titles = {method.id: method.title for method in list_methods()}
        self.headers = [
            self.tr("Datum"),
            self.tr("School"),
            self.tr("Team"),
            self.tr("Onderwerp"),
            self.tr("Bord"),
            self.tr("Methode"),
            self.tr("Notities"),
            self.tr("Stippen"),
            self.tr("Acties"),
            self.tr("Foto's"),
        ]

    def set_rows(self, rows: list[SessionSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.date,
                row.school,
                row.team,
                row.topic,
                row.board_title,
                self.method_titles.get(row.method or "", row.method or ""),
                row.note_count,
                row.dot_total,
                row.action_count,
                row.photo_count,
            ][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class ArchiveBrowser(QWidget):
    """Lists the sessions of ``archive``; emits ``sessionOpened`` with the loaded Session."""

    sessionOpened = Signal(object)

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.errors: list[str] = []  # shown messages, newest last

        self.school_filter = QLineEdit(self)
        self.school_filter.setPlaceholderText(self.tr("School"))
        self.method_filter = QComboBox(self)
        self.method_filter.addItem(self.tr("Alle methoden"), None)
        self._methods = {method.id: method for method in list_methods()}
        for method in self._methods.values():
            self.method_filter.addItem(method.title, method.id)
        self.step_filter = QComboBox(self)
        self.step_filter.setToolTip(self.tr("Kies eerst een methode, dan een van haar stappen"))
        self._fill_step_choices()
        self.method_filter.currentIndexChanged.connect(lambda _index: self._fill_step_choices())
        self.board_filter = QComboBox(self)
        self.board_filter.addItem(self.tr("Alle borden"), None)
        self._fill_board_choices()
        self.school_completer = QCompleter(self)
        self.school_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.school_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.school_filter.setCompleter(self.school_completer)
        self.date_from = QLineEdit(self)
        self.date_from.setPlaceholderText(self.tr("van JJJJ-MM-DD"))
        self.date_to = QLineEdit(self)
        self.date_to.setPlaceholderText(self.tr("t/m JJJJ-MM-DD"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoeken in notities, acties, onderwerp …"))
        self.search.setClearButtonEnabled(True)
        find = QAction(self.tr("Zoeken"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        for edit in (self.school_filter, self.date_from, self.date_to, self.search):
            edit.textChanged.connect(self.refresh)
        for combo in (self.method_filter, self.step_filter, self.board_filter):
            combo.currentIndexChanged.connect(self.refresh)

        self.model = SummaryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.open_selected())  # Enter or double-click
        describe(self.table, self.tr("Dubbelklik of Enter opent de sessie"), self.tr("Sessies in het archief"))
        self.status = QLabel(self)

        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.duplicate_button = QPushButton(self.tr("&Dupliceren"), self)
        self.delete_button = QPushButton(self.tr("Ve&rwijderen …"), self)
        self.export_button = QPushButton(self.tr("Bundel ex&porteren …"), self)
        self.import_button = QPushButton(self.tr("Bundel i&mporteren …"), self)
        self.open_button.setToolTip(self.tr("De gekozen sessie openen op de pagina Sessie"))
        self.duplicate_button.setToolTip(
            self.tr("Een kopie van de gekozen sessie maken, bijvoorbeeld voor een ander team")
        )
        self.delete_button.setToolTip(self.tr("De gekozen sessie met haar foto's uit het archief verwijderen"))
        self.export_button.setToolTip(self.tr("De gekozen sessie met foto's als één bundelbestand bewaren"))
        self.import_button.setToolTip(self.tr("Een sessiebundel in het archief opnemen"))
        self.privacy_button = QPushButton(self.tr("Pri&vacy …"), self)
        self.privacy_button.setToolTip(self.tr("Privacyverzoek van een school: alles exporteren of alles wissen"))
        privacy_menu = QMenu(self.privacy_button)
        self.export_school_action = privacy_menu.addAction(self.tr("Alles van een school exporteren …"))
        self.erase_school_action = privacy_menu.addAction(self.tr("Alles van een school wissen …"))
        self.export_school_action.triggered.connect(lambda _=False: self.export_school())
        self.erase_school_action.triggered.connect(lambda _=False: self.erase_school())
        self.privacy_button.setMenu(privacy_menu)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.import_button.clicked.connect(self.import_bundle)

        for combo in (self.method_filter, self.board_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.school_filter.setToolTip(self.tr("Alleen sessies van deze school"))
        self.method_filter.setToolTip(self.tr("Alleen sessies van deze methode"))
        self.board_filter.setToolTip(self.tr("Alleen sessies met dit bord"))
        self.date_from.setToolTip(self.tr("Alleen sessies vanaf deze datum (JJJJ-MM-DD)"))
        self.date_to.setToolTip(self.tr("Alleen sessies tot en met deze datum (JJJJ-MM-DD)"))
        self.search.setToolTip(self.tr("Zoeken in notities, actiepunten, onderwerp en opmerkingen (Ctrl+F)"))
        for edit in (self.date_from, self.date_to):
            edit.setMaximumWidth(140)
        for widget, name in (
            (self.school_filter, self.tr("School")),
            (self.method_filter, self.tr("Methode")),
            (self.board_filter, self.tr("Bord")),
            (self.step_filter, self.tr("Stap")),
            (self.date_from, self.tr("Vanaf datum")),
            (self.date_to, self.tr("Tot en met datum")),
            (self.search, self.tr("Zoeken")),
        ):
            widget.setAccessibleName(name)
        filters = QHBoxLayout()
        for widget in (
            self.school_filter,
            self.method_filter,
            self.step_filter,
            self.board_filter,
            self.date_from,
            self.date_to,
        ):
            filters.addWidget(widget)
        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.duplicate_button,
            self.delete_button,
            self.export_button,
            self.import_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.privacy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # --- listing -------------------------------------------------------------------------

    def _date(self, edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        valid = not text or is_session_date(text)
        edit.setStyleSheet("" if valid else "background: #ffcdd2;")
        own = (
            self.tr("Alleen sessies vanaf deze datum (JJJJ-MM-DD)")
            if edit is self.date_from
            else self.tr("Alleen sessies tot en met deze datum (JJJJ-MM-DD)")
        )
        edit.setToolTip(own if valid else self.tr("Schrijf de datum als JJJJ-MM-DD"))
        return text if text and valid else None

    def _fill_board_choices(self) -> None:
        """Templates, plus boards of archived sessions that are not (or no longer) a template."""
        known = {self.board_filter.itemData(i) for i in range(self.board_filter.count())}
        choices = [(board.id, board.title) for board in list_templates()]
        with contextlib.suppress(BruinpapierError):
            choices += self.archive.boards()
        for board_id, title in choices:
            if board_id not in known:
                self.board_filter.addItem(title, board_id)
                known.add(board_id)

    def _fill_step_choices(self) -> None:
        """The steps of the chosen method (none to choose without a method)."""
        method = self._methods.get(self.method_filter.currentData())
        self.step_filter.blockSignals(True)
        self.step_filter.clear()
        self.step_filter.addItem(self.tr("Alle stappen"), None)
        for step in method.steps if method is not None else ():
            self.step_filter.addItem(f"{step.nr}. {step.title}", step.id)
        self.step_filter.setEnabled(method is not None)
        self.step_filter.blockSignals(False)

    def selection(self) -> SessionFilter:
        """The sessions the filters choose — the core's filter, which ``session list``, ``analyse`` and
        ``report`` use too. A date that is not one is left out (and marked)."""
        return SessionFilter(
            school=self.school_filter.text().strip() or None,
            board=self.board_filter.currentData(),
            method=self.method_filter.currentData(),
            step=self.step_filter.currentData(),
            date_from=self._date(self.date_from),
            date_to=self._date(self.date_to),
            text=self.search.text().strip() or None,
        )

    def refresh(self) -> None:
        selected = self.selected_id()
        try:
            rows = self.archive.list(self.selection())
        except BruinpapierError as error:
            self._error(str(error))
            rows = []
        self.model.set_rows(rows)
        with contextlib.suppress(BruinpapierError):
            self.school_completer.setModel(QStringListModel(self.archive.schools(), self.school_completer))
        self.board_filter.blockSignals(True)
        self._fill_board_choices()
        self.board_filter.blockSignals(False)
        self.status.setText(self.tr("{count} sessie(s)").format(count=len(rows)))
        if selected:
            self.select(selected)
        self._update_buttons()

    def selected_id(self) -> str | None:
        """The chosen session: the selected row, else the row the keyboard is on."""
        selection = self.table.selectionModel()
        rows = [index.row() for index in selection.selectedRows()] if selection else []
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = [current.row()]
        return self.model.rows[rows[0]].id if rows and rows[0] < len(self.model.rows) else None

    def select(self, session_id: str) -> bool:
        for row, summary in enumerate(self.model.rows):
            if summary.id == session_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button, self.export_button):
            explain(button, has, self.tr("Kies eerst een sessie in de lijst"))

    # --- actions -------------------------------------------------------------------------

    def open_selected(self) -> Session | None:
        session_id = self.selected_id()
        if session_id is None:
            return None
        try:
            session = self.archive.get(session_id)
        except BruinpapierError as error:
            self._error(str(error))
            return None
        self.sessionOpened.emit(session)
        return session

    def duplicate_selected(self) -> str | None:
        session_id = self.selected_id()
        if session_id is None:
            return None
        try:
            new_id = self.archive.duplicate(session_id)
        except BruinpapierError as error:
            self._error(str(error))
            return None
        self.refresh()
        self.select(new_id)
        return new_id

    def delete_selected(self) -> bool:
        session_id = self.selected_id()
        if session_id is None:
            return False
        summary = next(row for row in self.model.rows if row.id == session_id)
        question = self.tr("Sessie van {school} op {date} ({board}) definitief verwijderen, met de foto's?").format(
            school=summary.school or self.tr("(geen school)"), date=summary.date or "?", board=summary.board_title
        )
        if not self.confirm(question):
            return False
        try:
            self.archive.delete(session_id)
        except BruinpapierError as error:
            self._error(str(error))
            return False
        self.refresh()
        return True

    def export_selected(self) -> Path | None:
        session_id = self.selected_id()
        if session_id is None:
            return None
        path = self.ask_save_path(self.tr("Sessie als bundel exporteren"), f"sessie-{session_id}{BUNDLE_SUFFIX}")
        if path is None:
            return None
        if path.suffix.lower() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        try:
            export_bundle(self.archive, session_id, path)
        except BruinpapierError as error:
            self._error(str(error))
            return None
        self.status.setText(self.tr("Geëxporteerd naar {file}").format(file=str(path)))
        report_saved(self, self.tr("Bundel bewaard: {path}").format(path=path), path)
        return path

    def import_bundle(self) -> str | None:
        path = self.ask_open_path(self.tr("Sessiebundel importeren"))
        if path is None:
            return None
        try:
            new_ids = import_bundles(self.archive, path)  # a session bundle, or a school's with many
        except BruinpapierError as error:
            self._error(str(error))
            return None
        self.refresh()
        self.select(new_ids[0])
        if len(new_ids) > 1:
            self.status.setText(
                self.tr("{count} sessies geïmporteerd uit {file}").format(count=len(new_ids), file=path)
            )
        return new_ids[0]

    # --- privacy requests of a school -----------------------------------------------------

    def _school_data(self, title: str) -> SchoolData | None:
        school = self.ask_school(title)
        if not school:
            return None
        from desktop.paths import recovery_dir

        try:
            return find_school(self.archive, school, recovery_dir())
        except BruinpapierError as error:
            self._error(error_text(error))
            return None

    def export_school(self) -> Path | None:
        """Everything stored about one school in one bundle (sessions with photos), to hand to the school."""
        data = self._school_data(self.tr("Alles van een school exporteren"))
        if data is None:
            return None
        path = self.ask_save_path(
            self.tr("Alles van {school} exporteren").format(school=data.school), "school.bpbundel"
        )
        if path is None:
            return None
        if path.suffix.lower() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        try:
            export_school(self.archive, data, path)
        except BruinpapierError as error:
            self._error(error_text(error))
            return None
        text = self.tr("Alles van {school} geëxporteerd naar {file}: {sessions} sessie(s), {photos} foto('s)").format(
            school=data.school, file=str(path), sessions=len(data.sessions), photos=data.photo_count
        )
        self.status.setText(text)
        report_saved(self, text, path)
        return path

    def erase_school(self) -> Erased | None:
        """Erase everything stored about one school, after a confirmation that lists what goes."""
        data = self._school_data(self.tr("Alles van een school wissen"))
        if data is None:
            return None
        question = self.tr(
            "Alles van {school} definitief wissen?\n\n{sessions} sessie(s) met {photos} foto('s) uit het archief "
            "en {copies} herstelbestand(en). Dit kan niet ongedaan worden gemaakt; exporteer eerst als de school "
            "haar gegevens wil hebben."
        ).format(
            school=data.school,
            sessions=len(data.sessions),
            photos=data.photo_count,
            copies=len(data.recovery_copies),
        )
        if not self.confirm(question, self.tr("Gegevens van een school wissen")):
            return None
        try:
            erased = erase_school(self.archive, data)
        except BruinpapierError as error:
            self._error(error_text(error))
            return None
        self.refresh()
        self.status.setText(
            self.tr(
                "Gewist: {sessions} sessie(s), {photos} foto('s) en {copies} herstelbestand(en) van {school}"
            ).format(
                sessions=erased.sessions,
                photos=erased.photos,
                copies=len(erased.recovery_files),
                school=data.school,
            )
        )
        return erased

    # --- dialogs (separate so that tests and the main window can replace them) ------------

    def ask_school(self, title: str) -> str | None:
        """The school to act on: chosen from the archive's schools (or typed), the school filter first."""
        schools = self.archive.schools()
        typed = self.school_filter.text().strip()
        current = next((index for index, name in enumerate(schools) if name == typed), 0)
        name, accepted = QInputDialog.getItem(
            self, title, self.tr("School (precies zoals in het archief):"), schools, current, True
        )
        return name.strip() if accepted and name.strip() else None

    def confirm(self, question: str, title: str | None = None) -> bool:
        answer = QMessageBox.question(
            self,
            title or self.tr("Verwijderen"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_save_path(self, title: str, suggestion: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, title, suggestion, self.tr("Sessiebundel (*{suffix})").format(suffix=BUNDLE_SUFFIX)
        )
        return Path(name) if name else None

    def ask_open_path(self, title: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Sessiebundel (*{suffix})").format(suffix=BUNDLE_SUFFIX)
        )
        return Path(name) if name else None

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Archief"), message)

    def _error(self, message: str) -> None:
        self.errors.append(message)
        self.status.setText(message)
        self.show_error(message)
