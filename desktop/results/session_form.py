"""The session's details (school, team, date, facilitator, topic, participants, remarks), undoable."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from boards.errors import InvalidArgumentError
from boards.session import ALL_QUESTIONS, MAX_DOT_COUNT, check_session_date
from desktop.i18n import error_text, sentence
from desktop.results.document import ResultsDocument

MAX_PARTICIPANT = 60


def parse_participants(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


def looks_like_full_name(participant: str) -> bool:
    """ "Jan de Vries" rather than "JdV" or "Tijger": more than one word, each starting with a capital."""
    words = participant.split()
    return len(words) >= 2 and sum(word[:1].isupper() for word in words) >= 2


class _RemarksEdit(QPlainTextEdit):
    focusLost = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class SessionDetailsForm(QWidget):
    def __init__(self, document: ResultsDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edits: dict[str, QLineEdit] = {}
        layout = QFormLayout(self)
        for field, label, placeholder in (
            ("school", self.tr("School"), self.tr("bijv. OBS Akkrum")),
            ("team", self.tr("Team of groep"), self.tr("bijv. bovenbouw")),
            ("date", self.tr("Datum"), self.tr("JJJJ-MM-DD")),
            ("facilitator", self.tr("Begeleider"), ""),
            ("topic", self.tr("Onderwerp"), self.tr("bijv. speciale aandacht leerlingen")),
            ("code", self.tr("Sessiecode"), ""),
        ):
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholder)
            edit.setMaxLength(10 if field == "date" else (40 if field == "code" else 300))
            edit.editingFinished.connect(lambda f=field: self._commit(f))
            layout.addRow(label, edit)
            self.edits[field] = edit
        self.participants = QLineEdit(self)
        self.participants.setPlaceholderText(self.tr("initialen of schuilnamen, gescheiden door komma's"))
        self.participants.editingFinished.connect(self._commit_participants)
        layout.addRow(self.tr("Deelnemers"), self.participants)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addRow("", self.hint)
        self.respondents = QSpinBox(self)
        self.respondents.setRange(0, MAX_DOT_COUNT)
        self.respondents.setSpecialValueText(self.tr("(niet ingevuld)"))
        self.respondents.setToolTip(
            self.tr(
                "Hoeveel mensen de vragenlijst invulden. Bij een vraag met meer antwoorden per persoon is het "
                "percentage per antwoord een deel van de respondenten."
            )
        )
        self.respondents.editingFinished.connect(self._commit_respondents)
        if document.session.board.is_questionnaire:
            layout.addRow(self.tr("Respondenten"), self.respondents)
        else:
            self.respondents.hide()
        self.remarks = _RemarksEdit(self)
        self.remarks.setPlaceholderText(self.tr("Vrije opmerkingen"))
        self.remarks.focusLost.connect(self.commit_remarks)
        layout.addRow(self.tr("Opmerkingen"), self.remarks)
        document.detailsChanged.connect(lambda _field: self.load())
        self.load()

    def load(self) -> None:
        session = self.document.session
        for field, edit in self.edits.items():
            if edit.text() != getattr(session, field):
                edit.setText(getattr(session, field))
        self.participants.setText(", ".join(session.participants))
        self.respondents.setValue(session.results.respondents.get(ALL_QUESTIONS) or 0)
        if self.remarks.toPlainText() != session.remarks:
            self.remarks.setPlainText(session.remarks)

    def _commit(self, field: str) -> None:
        text = self.edits[field].text().strip()
        if field == "date":
            try:
                check_session_date(text)
            except InvalidArgumentError as error:
                self.hint.setText(sentence(error_text(error)))
                return
        self.hint.clear()
        self.document.set_session_field(field, text)

    def _commit_participants(self) -> None:
        names = parse_participants(self.participants.text())
        too_long = [name for name in names if len(name) > MAX_PARTICIPANT]
        if too_long:
            self.hint.setText(
                self.tr("'{name}' is te lang; gebruik initialen of een schuilnaam").format(name=too_long[0][:20] + "…")
            )
            return
        full = [name for name in names if looks_like_full_name(name)]
        self.hint.setText(
            self.tr("'{name}' lijkt een volledige naam; initialen of een schuilnaam zijn genoeg").format(name=full[0])
            if full
            else ""
        )
        self.document.set_session_field("participants", names)

    def _commit_respondents(self) -> None:
        value = self.respondents.value()
        self.document.set_respondents(ALL_QUESTIONS, value or None)

    def commit_pending(self) -> None:
        """Store every field as typed, also the one the user has not left yet (before saving)."""
        typed = {field: edit.text() for field, edit in self.edits.items()}
        participants, remarks = self.participants.text(), self.remarks.toPlainText()
        respondents = self.respondents.value()
        for field, text in typed.items():  # each commit reloads the form, so restore what was typed first
            self.edits[field].setText(text)
            self._commit(field)
        self.participants.setText(participants)
        self._commit_participants()
        self.remarks.setPlainText(remarks)
        self.commit_remarks()
        if self.document.session.board.is_questionnaire:
            self.respondents.setValue(respondents)
            self._commit_respondents()

    def commit_remarks(self) -> None:
        self.document.set_session_field("remarks", self.remarks.toPlainText())
