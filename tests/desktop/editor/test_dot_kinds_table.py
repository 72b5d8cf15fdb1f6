"""The dot kinds of a zone in the properties panel: typed like a spreadsheet, each name into its own row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from boards.editing import zone_key
from desktop.document import BoardDocument
from tests.support.qt_messages import qt_warnings


def typed(text: str) -> None:
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)
    QTest.qWait(10)


def test_dot_kind_names_typed_with_tab_enter_and_arrows(qtbot, qtlog, window, procesplaat):
    document = BoardDocument(procesplaat)
    window._set_document(document)
    zone = document.board.zones[3]
    window.editor.scene.select_keys([zone_key(zone.id)])
    panel = window.properties
    panel.add_dot_kind()
    table = panel.dots_table
    table.setFocus()
    table.setCurrentCell(0, 0)
    typed("druk")
    press(Qt.Key.Key_Tab)  # on to the colour of the same row, which is chosen, not typed
    assert (table.currentRow(), table.currentColumn()) == (0, 1)
    press(Qt.Key.Key_Tab)
    assert (table.currentRow(), table.currentColumn()) == (1, 0)
    typed("plezier")
    press(Qt.Key.Key_Return)  # stored, one row down
    assert (table.currentRow(), table.currentColumn()) == (2, 0)
    press(Qt.Key.Key_Return)  # opens the cell with its name; typing goes on after it
    typed(" 3")
    press(Qt.Key.Key_Up)
    assert (table.currentRow(), table.currentColumn()) == (1, 0)
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert (table.currentRow(), table.currentColumn()) == (0, 1)
    assert [dot.label for dot in document.board.zone(zone.id).holds.dots] == ["druk", "plezier", "stip 3 3"]
    assert qt_warnings(qtlog) == []
    for _ in range(3):
        document.undo_stack.undo()
    assert [dot.label for dot in document.board.zone(zone.id).holds.dots] == ["werkdruk", "werkplezier", "stip 3"]
