"""The "Sessie" page: one session's results entered on the board, its details, and where it is kept.

The page edits a ``boards.session.Session`` in place. Where it came from decides
where "Bewaren" puts it: the archive (new sessions, sessions opened from the
archive) or the trajectory it belongs to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from boards.session import Session
from desktop.empty_state import EmptyState
from desktop.feedback import explain

if TYPE_CHECKING:
    from desktop.results import ResultsEditor


class SessionPage(QWidget):
    """Session details and the results editor; ``save_requested`` asks for it to be stored."""

    save_requested = Signal()
    export_requested = Signal()
    analyse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.editor: ResultsEditor | None = None
        self.where = QLabel()
        self.where.setObjectName("sessionWhere")
        self.where.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Bew&aren"))
        self.save_button.setToolTip(self.tr("Sessie bewaren in het archief of het traject (Ctrl+Alt+S)"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.export_button = QPushButton(self.tr("Ex&porteren…"))
        self.export_button.setToolTip(self.tr("De resultaten als Excel, CSV, JSON of sessiebestand bewaren"))
        self.export_button.clicked.connect(self.export_requested.emit)
        self.analyse_button = QPushButton(self.tr("A&nalyseren"))
        self.analyse_button.setToolTip(self.tr("Tellingen, conclusies en grafieken van deze sessie"))
        self.analyse_button.clicked.connect(self.analyse_requested.emit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.where, 1)
        for button in (self.save_button, self.export_button, self.analyse_button):
            buttons.addWidget(button)

        self.empty = EmptyState(
            self.tr("Sessie"),
            self.tr(
                "Hier zet je na de workshop de resultaten van het bord in de app: notities, stippen en "
                "actiepunten typen, importeren of van een foto overnemen."
            ),
        )
        # The buttons sit at the end of the editor's row of dot counters (one row less above the board);
        # without a session they are hidden.
        self.header = QWidget(self)
        self.header.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        self.body.addWidget(self.empty)
        self._set_enabled(False)

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The main window's undo and redo act on this while the page is shown."""
        return self.editor.undo_stack if self.editor is not None else None

    def _set_enabled(self, enabled: bool) -> None:
        self.header.setVisible(enabled)
        for widget in (self.save_button, self.export_button, self.analyse_button):
            explain(widget, enabled, self.tr("Er is nog geen sessie open"))

    def set_session(self, session: Session | None, where: str = "") -> None:
        if self.editor is not None:
            self.setFocusProxy(None)
            self.header.hide()
            self.header.setParent(self)  # kept: the editor and its row go
            self.body.removeWidget(self.editor)
            self.editor.hide()  # gone at once, not drawn under the next session's editor until it is deleted
            self.editor.deleteLater()
            self.editor = None
        self.session = session
        self.where.setText(where)
        self.empty.setVisible(session is None)
        self._set_enabled(session is not None)
        if session is None:
            return
        from desktop.results import ResultsEditor  # pandas (import) loads on first use, not at start-up

        self.editor = ResultsEditor(session, parent=self)
        for action in (self.editor.undo_action, self.editor.redo_action):
            self.editor.removeAction(action)  # the window's own undo/redo route here (one shortcut, no clash)
        self.editor.add_trailing(self.header)
        self.header.show()
        self.body.addWidget(self.editor, 1)
        self.setFocusProxy(self.editor)  # on this page, typing goes into the results
        self.editor.setFocus()

    def has_unsaved_results(self) -> bool:
        """Results entered (or details changed) since the session was opened or last saved."""
        return self.editor is not None and not self.editor.undo_stack.isClean()

    def mark_saved(self) -> None:
        if self.editor is not None:
            self.editor.undo_stack.setClean()

    def mark_unsaved(self) -> None:
        """The session holds results that are not stored anywhere yet (restored after a crash, or
        carried over into a rebuilt window) although nothing was done on this page."""
        if self.editor is not None:
            self.editor.undo_stack.resetClean()

    def commit_fields(self) -> None:
        """Store what is still being typed in the session's details and tables (before saving or exporting)."""
        if self.editor is not None:
            self.editor.commit_pending()
