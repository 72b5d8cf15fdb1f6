"""What a page shows while nothing is loaded: what the page is for, in one sentence, and the buttons
that get the user going."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A heading, one sentence and a row of buttons (the first one added with ``primary`` stands out)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.text = QLabel(text)
        self.text.setObjectName("emptyStateText")
        self.text.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.hide()
        self._buttons = QGridLayout()  # two buttons a row: the page stays narrow enough for small screens
        self._buttons.setSpacing(8)
        self._buttons.setColumnStretch(2, 1)
        self.buttons: list[QPushButton] = []
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addSpacing(6)
        column.addLayout(self._buttons)
        column.addWidget(self.note)
        holder = QWidget()
        holder.setObjectName("emptyStateBox")
        holder.setMaximumWidth(720)
        holder.setLayout(column)
        row = QHBoxLayout()  # centred by stretches, not an alignment flag: the wrapped text keeps its height
        row.addStretch(1)
        row.addWidget(holder, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 28, 28, 28)
        layout.addLayout(row)
        layout.addStretch(1)

    def add_button(self, text: str, slot: Callable[[], object], tip: str, primary: bool = False) -> QPushButton:
        """A button that calls ``slot``; ``tip`` says what it does (tooltip and accessible description)."""
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        if primary:
            button.setObjectName("primaryButton")
            button.setDefault(True)
        button.clicked.connect(lambda _=False: slot())
        row, column = divmod(len(self.buttons), 2)
        self._buttons.addWidget(button, row, column)
        self.buttons.append(button)
        return button

    def set_note(self, text: str) -> None:
        """A second, quieter line (e.g. why the archive cannot be opened); empty hides it."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
