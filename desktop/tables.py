"""Editable tables that behave like a spreadsheet.

- Typing on a cell starts editing it (the typed key replaces the value); Enter or F2 opens the cell
  for editing as it is.
- Enter while editing stores the value and goes one row down (Shift+Enter: one row up); Escape
  leaves the value as it was.
- Tab / Shift+Tab store the value and go to the next / previous cell, row by row; from the last
  (first) cell they leave the table, so the keyboard never gets stuck in it.
- The arrow keys go from cell to cell (Up and Down also while editing; Left and Right then move in
  the text).

Only the cell being edited is ever written: the model behind such a table must say which rows
changed (``dataChanged``, ``rowsInserted`` …) and must not reset while a cell is open.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QWidget,
)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class SpreadsheetDelegate(QStyledItemDelegate):
    """Enter in an open cell stores it and moves one row down (Shift+Enter: up)."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and isinstance(editor, QWidget)
        ):
            view = self.parent()
            if isinstance(view, SpreadsheetKeys):
                up = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                view.step_row(-1 if up else 1)
                return True
        return super().eventFilter(editor, event)


class SpreadsheetKeys:
    """The keys of a spreadsheet for a ``QTableView`` (mixed in before the Qt class)."""

    def setup_spreadsheet(self: QTableView) -> None:  # type: ignore[misc]
        self.setItemDelegate(SpreadsheetDelegate(self))
        self.setEditTriggers(_EDIT_TRIGGERS)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)

    # --- moving ------------------------------------------------------------------------------

    def _edge(self: QTableView, last: bool) -> QModelIndex:  # type: ignore[misc]
        model: QAbstractItemModel = self.model()
        rows, columns = model.rowCount(), model.columnCount()
        if not rows or not columns:
            return QModelIndex()
        return model.index(rows - 1, columns - 1) if last else model.index(0, 0)

    def moveCursor(self, action, modifiers):  # noqa: N802 - the Qt method it overrides
        current = self.currentIndex()
        cursor = QAbstractItemView.CursorAction
        if current.isValid():
            if action == cursor.MoveNext and current == self._edge(last=True):
                return QModelIndex()  # Tab leaves the table instead of wrapping around
            if action == cursor.MovePrevious and current == self._edge(last=False):
                return QModelIndex()
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor, hint):  # noqa: N802 - the Qt method it overrides
        """Tab and Shift+Tab in an open cell: store it and go to the next / previous cell (typing there
        opens it), or out of the table from its last / first cell."""
        hints = QAbstractItemDelegate.EndEditHint
        if hint not in (hints.EditNextItem, hints.EditPreviousItem):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, hints.NoHint)
        forward = hint == hints.EditNextItem
        cursor = QAbstractItemView.CursorAction
        target = self.moveCursor(cursor.MoveNext if forward else cursor.MovePrevious, Qt.KeyboardModifier.NoModifier)
        if target.isValid():
            self.setCurrentIndex(target)
        else:
            self.focusNextPrevChild(forward)

    def step_row(self: QTableView, step: int) -> None:  # type: ignore[misc]
        """Go ``step`` rows down (up when negative) in the same column, as far as the table goes."""
        current = self.currentIndex()
        if not current.isValid():
            return
        row = min(max(current.row() + step, 0), self.model().rowCount() - 1)
        target = self.model().index(row, current.column())
        self.setCurrentIndex(target)
        self.scrollTo(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        current = self.currentIndex()
        opened = (
            not editing
            and event.key() in _ENTER_KEYS
            and current.isValid()
            and self.edit(current, QAbstractItemView.EditTrigger.EditKeyPressed, event)
        )
        if not opened:
            super().keyPressEvent(event)
            return
        editor = self.open_editor()
        if isinstance(editor, QLineEdit):  # go on typing after the value, as in a spreadsheet
            editor.deselect()
            editor.end(False)

    # --- nothing typed is lost -------------------------------------------------------------------

    def open_editor(self: QTableView) -> QWidget | None:  # type: ignore[misc]
        """The editor of the cell being edited, if any."""
        current = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState or not current.isValid():
            return None
        return self.indexWidget(current)

    def commit_pending(self: QTableView) -> None:  # type: ignore[misc]
        """Store what is being typed in the open cell (before saving), keeping the cell open."""
        editor = self.open_editor()
        if editor is not None:
            self.itemDelegate().commitData.emit(editor)


class SpreadsheetTableView(SpreadsheetKeys, QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup_spreadsheet()


class SpreadsheetTableWidget(SpreadsheetKeys, QTableWidget):
    def __init__(self, rows: int = 0, columns: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.setup_spreadsheet()


__all__ = ["SpreadsheetDelegate", "SpreadsheetKeys", "SpreadsheetTableView", "SpreadsheetTableWidget"]
