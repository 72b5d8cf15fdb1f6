"""A page of the main window whose real widget is made when it is first needed (start-up stays fast)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds one widget, set (or replaced) later; the window's undo/redo act on that widget's stack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_content(self, widget: QWidget) -> None:
        if self.content is not None:
            self._layout.removeWidget(self.content)
            self.content.hide()  # gone at once, not shown beside its successor until it is deleted
            self.content.deleteLater()
        self.content = widget
        self._layout.addWidget(widget)

    @property
    def undo_stack(self) -> QUndoStack | None:
        return getattr(self.content, "undo_stack", None)
