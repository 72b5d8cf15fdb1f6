"""The action-item table (Nr., Concreet actiepunt, Initiatiefnemer, Tijdpad, Impact, Werkbelasting)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from desktop.results.document import ACTION_FIELDS, ResultsDocument
from desktop.tables import SpreadsheetTableView

Index = QModelIndex | QPersistentModelIndex


class ActionsModel(QAbstractTableModel):
    def __init__(self, document: ResultsDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.headers = [
            self.tr("Nr."),
            self.tr("Concreet actiepunt"),
            self.tr("Initiatiefnemer"),
            self.tr("Tijdpad"),
            self.tr("Impact"),
            self.tr("Werkbelasting"),
        ]
        # Row by row, never a reset for an edit: a reset would close the cell being typed in and send
        # the next key to another row.
        document.actionAboutToBeInserted.connect(lambda row: self.beginInsertRows(QModelIndex(), row, row))
        document.actionInserted.connect(lambda _row: self.endInsertRows())
        document.actionAboutToBeRemoved.connect(lambda row: self.beginRemoveRows(QModelIndex(), row, row))
        document.actionRemoved.connect(lambda _row: self.endRemoveRows())
        document.actionUpdated.connect(self._row_changed)
        document.actionsAboutToBeReplaced.connect(self.beginResetModel)
        document.actionsReplaced.connect(self.endResetModel)

    def _row_changed(self, row: int, fields: list[str]) -> None:
        for column, field in enumerate(ACTION_FIELDS):
            if field in fields:  # only the cells that changed: an open editor in another cell keeps its text
                self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.document.session.results.actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ACTION_FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.document.session.results.actions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(item, ACTION_FIELDS[index.column()])
            return value if role == Qt.ItemDataRole.EditRole or index.column() else str(value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = ACTION_FIELDS[index.column()]
        if field == "nr":
            try:
                value = int(str(value).strip())
            except ValueError:
                return False
            if value < 0:
                return False
        else:
            value = str(value).strip()
        self.document.set_action_field(index.row(), field, value)
        return True


class ActionsTable(QWidget):
    def __init__(self, document: ResultsDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = ActionsModel(document, self)
        self.view = SpreadsheetTableView(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Actiepunt toe&voegen"), self)
        self.remove_button = QPushButton(self.tr("Actiepunt verwij&deren"), self)
        self.add_button.setToolTip(self.tr("Een nieuw actiepunt onderaan de tabel"))
        self.remove_button.setToolTip(self.tr("Het gekozen actiepunt verwijderen"))
        self.view.setAccessibleName(self.tr("Actiepunten"))
        self.view.setToolTip(self.tr("Typ in een cel; Tab en Enter gaan naar de volgende cel"))
        self.add_button.clicked.connect(self.add_action)
        self.remove_button.clicked.connect(self.remove_selected)
        self.button_bar = QWidget(self)
        buttons = QHBoxLayout(self.button_bar)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button_bar)
        layout.addWidget(self.view)

    def detach_buttons(self) -> QWidget:
        """The add and remove buttons, taken out of the table's own layout to be placed elsewhere."""
        self.layout().removeWidget(self.button_bar)
        return self.button_bar

    def add_action(self) -> None:
        self.document.add_action()
        row = self.model.rowCount() - 1
        index = self.model.index(row, 1)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def commit_pending(self) -> None:
        """Store what is still being typed in a cell (before saving)."""
        self.view.commit_pending()

    def remove_selected(self) -> None:
        rows = [index.row() for index in self.view.selectionModel().selectedIndexes()]
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        self.document.remove_actions(rows)
