"""The import preview: every row of a CSV/Excel file with its check, to fix or skip before applying."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boards.sessionio import ImportPreview, RowKind
from boards.sessionio.preview import ROW_STATUS_LABELS

COLUMN_ROW, COLUMN_KIND, COLUMN_ZONE, COLUMN_CONTENT, COLUMN_STATUS, COLUMN_SKIP = range(6)


class ImportPreviewDialog(QDialog):
    """Shows ``preview``; the user picks zones for unknown ones or skips rows. Accept = apply."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Resultaten importeren: controle"))
        self.resize(900, 500)
        self.summary = QLabel(self)
        self.table = QTableWidget(len(preview.rows), 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rij"),
                self.tr("Soort"),
                self.tr("Zone"),
                self.tr("Inhoud"),
                self.tr("Controle"),
                self.tr("Overslaan"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(COLUMN_CONTENT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(COLUMN_STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.skip_bad_button = QPushButton(self.tr("Foute rijen overslaan"), self)
        self.skip_bad_button.clicked.connect(self.skip_bad)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Toevoegen aan de sessie"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_bad_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.zone_boxes: dict[int, QComboBox] = {}
        self._filling = False
        self._fill()

    def _fill(self) -> None:
        self._filling = True
        for index, row in enumerate(self.preview.rows):
            self._set(index, COLUMN_ROW, row.where)
            self._set(index, COLUMN_KIND, row.kind.value if row.kind else row.values.get("soort", ""))
            content = (
                row.text
                if row.kind is not RowKind.DOT
                else f"{row.values.get('stipsoort', '')} × {row.values.get('aantal', '')}"
            )
            self._set(index, COLUMN_CONTENT, content)
            if row.kind in (RowKind.NOTE, RowKind.DOT):
                box = self.zone_boxes.get(index)
                if box is None:
                    box = QComboBox(self.table)
                    box.addItem(self.tr("(kies een zone)"), None)
                    for zone in self.preview.board.zones:
                        box.addItem(zone.label or zone.id, zone.id)
                    box.currentIndexChanged.connect(lambda _i, r=index: self._zone_chosen(r))
                    self.table.setCellWidget(index, COLUMN_ZONE, box)
                    self.zone_boxes[index] = box
                box.blockSignals(True)
                box.setCurrentIndex(max(0, box.findData(row.zone_id)) if row.zone_id else 0)
                box.blockSignals(False)
            status = QCoreApplication.translate("sessionio", ROW_STATUS_LABELS[row.status])
            reason = row.reason.render(QCoreApplication.translate) if row.reason else ""
            item = self._set(index, COLUMN_STATUS, f"{status}: {reason}" if reason else status)
            color = QColor("#c8e6c9") if row.ok else (QColor("#eeeeee") if row.skipped else QColor("#ffcdd2"))
            item.setBackground(QBrush(color))
            skip = QTableWidgetItem()
            skip.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            skip.setCheckState(Qt.CheckState.Checked if row.skipped else Qt.CheckState.Unchecked)
            self.table.setItem(index, COLUMN_SKIP, skip)
        counts = self.preview.counts()
        self.summary.setText(
            self.tr(
                "{notes} notities, {dots} stiprijen, {actions} actiepunten in orde; {problems} fout, {skipped} "
                "overgeslagen"
            ).format(**counts)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.preview.ready)
        self._filling = False

    def _set(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, column, item)
        return item

    def _zone_chosen(self, index: int) -> None:
        zone_id = self.zone_boxes[index].currentData()
        if zone_id:
            self.preview.set_zone(index, zone_id)
            self._fill()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COLUMN_SKIP:
            return
        self.preview.skip(item.row(), item.checkState() == Qt.CheckState.Checked)
        self._fill()

    def set_zone(self, index: int, zone_id: str) -> None:
        box = self.zone_boxes[index]
        box.setCurrentIndex(box.findData(zone_id))

    def skip_bad(self) -> None:
        self.preview.skip_bad()
        self._fill()
