"""Dialog for a new trajectory: which method, which school and team."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from boards.methods import list_methods
from desktop.accessibility import describe, describe_buttons


class NewTrajectoryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw traject"))
        self.method = QComboBox()
        for method in list_methods():
            school = f" ({method.school})" if method.school else ""
            self.method.addItem(f"{method.title}{school}", method.id)
        self.school = QLineEdit()
        self.school.setPlaceholderText(self.tr("bijvoorbeeld OBS Akkrum"))
        self.team = QLineEdit()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.school.textChanged.connect(self._update)
        describe(self.method, self.tr("De methode waarvan het traject de stappen volgt"))
        describe(self.school, self.tr("De school die het traject doet (nodig)"))
        describe(self.team, self.tr("Het team of de groep, als niet de hele school meedoet"))
        describe_buttons(
            self.buttons,
            self.tr("Het traject maken; daarna kies je waar het bestand komt"),
            self.tr("Geen traject maken"),
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Methode"), self.method)
        form.addRow(self.tr("School"), self.school)
        form.addRow(self.tr("Team of groep"), self.team)
        form.addRow(self.buttons)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.school.text().strip()))

    def method_id(self) -> str:
        return str(self.method.currentData())
