"""The bewerkingstijd and wachttijd of one VSM process step, typed as a team writes them ("10 min")."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from boards.durations import format_duration, parse_duration
from boards.errors import BruinpapierError
from boards.session import Note
from desktop.i18n import error_text, sentence


class StepTimesDialog(QDialog):
    """Accept only when both fields read as durations (or are empty: not known)."""

    def __init__(self, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tijden van de processtap"))
        layout = QFormLayout(self)
        layout.addRow(QLabel(note.text[:120]))
        self.work = QLineEdit(format_duration(note.work_min))
        self.work.setPlaceholderText(self.tr("bijv. 10 min of 1,5 uur"))
        self.wait = QLineEdit(format_duration(note.wait_min))
        self.wait.setPlaceholderText(self.tr("bijv. 2 dagen"))
        layout.addRow(self.tr("Bewerkingstijd"), self.work)
        layout.addRow(self.tr("Wachttijd vóór deze stap"), self.wait)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addRow(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.work_min: float | None = note.work_min
        self.wait_min: float | None = note.wait_min

    def accept(self) -> None:
        try:
            self.work_min = parse_duration(self.work.text())
            self.wait_min = parse_duration(self.wait.text())
        except BruinpapierError as error:
            self.hint.setText(sentence(error_text(error)))
            return
        super().accept()
