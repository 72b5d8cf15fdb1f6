"""The "Sessie" page: who, when and what of one session, and its results entered on the board.

The page edits a ``boards.session.Session`` in place. Where it came from decides
where "Bewaren" puts it: the archive (new sessions, sessions opened from the
archive) or the trajectory it belongs to.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator, QUndoStack
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from boards.session import Session
from desktop.results import ResultsEditor

DATE_PATTERN = QRegularExpression(r"^(\d{4}-\d{2}-\d{2})?$")


class SessionPage(QWidget):
    """Session details and the results editor; ``save_requested`` asks the workspace to store it."""

    save_requested = Signal()
    export_requested = Signal()
    analyse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.editor: ResultsEditor | None = None
        self.where = QLabel()
        self.where.setObjectName("sessionWhere")
        self.school = QLineEdit()
        self.team = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("JJJJ-MM-DD"))
        self.date.setValidator(QRegularExpressionValidator(DATE_PATTERN, self.date))
        self.facilitator = QLineEdit()
        self.topic = QLineEdit()
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("initialen of schuilnamen, gescheiden door komma's"))
        self._fields: dict[str, QLineEdit] = {"school": self.school, "team": self.team, "date": self.date,
                                              "facilitator": self.facilitator, "topic": self.topic}
        for name, edit in self._fields.items():
            edit.editingFinished.connect(lambda name=name, edit=edit: self._store(name, edit.text()))
        self.participants.editingFinished.connect(self._store_participants)

        self.save_button = QPushButton(self.tr("Bewaren"))
        self.save_button.setToolTip(self.tr("Sessie bewaren (Ctrl+Alt+S)"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.export_button = QPushButton(self.tr("Exporteren…"))
        self.export_button.clicked.connect(self.export_requested.emit)
        self.analyse_button = QPushButton(self.tr("Analyseren"))
        self.analyse_button.clicked.connect(self.analyse_requested.emit)

        form = QFormLayout()
        row = QHBoxLayout()
        for label, edit in ((self.tr("School"), self.school), (self.tr("Team"), self.team),
                            (self.tr("Datum"), self.date), (self.tr("Begeleider"), self.facilitator)):
            row.addWidget(QLabel(label))
            row.addWidget(edit, 1)
        form.addRow(row)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Onderwerp")))
        second.addWidget(self.topic, 2)
        second.addWidget(QLabel(self.tr("Deelnemers")))
        second.addWidget(self.participants, 2)
        form.addRow(second)
        buttons = QHBoxLayout()
        buttons.addWidget(self.where, 1)
        for button in (self.save_button, self.export_button, self.analyse_button):
            buttons.addWidget(button)

        self.empty = QLabel(self.tr("Nog geen sessie. Kies in het menu Sessie \"Nieuwe sessie met dit bord\", "
                                    "open er een uit het archief of start er een vanuit een traject."))
        self.empty.setWordWrap(True)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addLayout(self.body, 1)
        self.body.addWidget(self.empty)
        self._set_enabled(False)

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The main window's undo and redo act on this while the page is shown."""
        return self.editor.undo_stack if self.editor is not None else None

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self._fields.values(), self.participants, self.save_button, self.export_button,
                       self.analyse_button):
            widget.setEnabled(enabled)

    def set_session(self, session: Session | None, where: str = "") -> None:
        if self.editor is not None:
            self.body.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.session = session
        self.where.setText(where)
        self.empty.setVisible(session is None)
        self._set_enabled(session is not None)
        if session is None:
            return
        for name, edit in self._fields.items():
            edit.setText(str(getattr(session, name) or ""))
        self.participants.setText(", ".join(session.participants))
        self.editor = ResultsEditor(session, parent=self)
        for action in (self.editor.undo_action, self.editor.redo_action):
            self.editor.removeAction(action)  # the window's own undo/redo route here (one shortcut, no clash)
        self.body.addWidget(self.editor, 1)
        self.editor.setFocus()

    def commit_fields(self) -> None:
        """Store what is typed in the fields (also when the user did not leave the field)."""
        for name, edit in self._fields.items():
            self._store(name, edit.text())
        self._store_participants()

    def _store(self, name: str, value: str) -> None:
        if self.session is None:
            return
        if name == "date" and not DATE_PATTERN.match(value.strip()).hasMatch():
            return  # an unfinished date keeps the last complete one
        setattr(self.session, name, value.strip())

    def _store_participants(self) -> None:
        if self.session is not None:
            self.session.participants = [part.strip() for part in self.participants.text().split(",") if part.strip()]

