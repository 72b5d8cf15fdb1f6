"""The table/grid tool: how many rows and columns, with a header row and column or not."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from boards.editing.tables import MAX_CELLS_PER_SIDE


class TableDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tabel of raster invoegen"))
        self.rows = QSpinBox()
        self.columns = QSpinBox()
        for spin, value in ((self.rows, 3), (self.columns, 3)):
            spin.setRange(1, MAX_CELLS_PER_SIDE)
            spin.setValue(value)
        self.header_row = QCheckBox(self.tr("Kopregel (kolomnamen)"))
        self.header_row.setChecked(True)
        self.header_column = QCheckBox(self.tr("Kopkolom (rijnamen)"))
        form = QFormLayout()
        form.addRow(self.tr("Rijen"), self.rows)
        form.addRow(self.tr("Kolommen"), self.columns)
        form.addRow("", self.header_row)
        form.addRow("", self.header_column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Invoegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[int, int, bool, bool]:
        return self.rows.value(), self.columns.value(), self.header_row.isChecked(), self.header_column.isChecked()
