"""The action table behaves like a spreadsheet and writes only into the cell being edited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from boards.session import Session
from boards.templates import load_template
from desktop.results import ResultsEditor
from tests.support.qt_messages import qt_warnings

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def editor(qtbot):
    widget = ResultsEditor(Session(board=load_template("problemen-lokaliseren")))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def typed(text: str) -> None:
    """Type into whatever has the focus, key by key, as a user does (an editor opens on the first key)."""
    for char in text:
        focus = QApplication.focusWidget()
        assert focus is not None
        QTest.keyClicks(focus, char)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, key, modifiers)
    QTest.qWait(10)  # the delegate commits and closes on the next turn of the event loop


def rows(editor) -> list[tuple]:
    return [(a.nr, a.action, a.owner, a.due, a.impact, a.workload) for a in editor.session.results.actions]


def current(editor) -> tuple[int, int]:
    index = editor.actions_table.view.currentIndex()
    return index.row(), index.column()


def test_tab_in_a_new_second_row_stays_in_that_row(qtbot, qtlog, editor):
    """The reported bug: in a new second row, type and press Tab — the cursor jumped to row 1's Nr."""
    table = editor.actions_table
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    typed("Mailafspraken maken")
    press(Qt.Key.Key_Tab)
    typed("Directie")
    press(Qt.Key.Key_Return)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert current(editor) == (1, 1)
    typed("Rapporten digitaal")
    press(Qt.Key.Key_Tab)
    assert current(editor) == (1, 2)
    typed("Kerngroep")
    press(Qt.Key.Key_Tab)
    typed("December")
    press(Qt.Key.Key_Tab)
    assert rows(editor) == [
        (1, "Mailafspraken maken", "Directie", "", "", ""),
        (2, "Rapporten digitaal", "Kerngroep", "December", "", ""),
    ]
    assert qt_warnings(qtlog) == []


def test_tab_shift_tab_enter_and_arrows_fill_every_cell(qtbot, qtlog, editor):
    table = editor.actions_table
    for _ in range(3):
        qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
        press(Qt.Key.Key_Escape)  # the new row's cell opens for typing; leave it empty for now
    view = table.view
    view.setFocus()
    view.setCurrentIndex(table.model.index(0, 1))
    # Row 1 from left to right with Tab; Tab at the end of a row goes on to the next row's Nr.
    for text in ("Mail bundelen", "JdV", "Maart", "Hoog", "L"):
        typed(text)
        press(Qt.Key.Key_Tab)
    assert current(editor) == (1, 0)
    # Enter goes down in the same column, as in a spreadsheet.
    press(Qt.Key.Key_Right)
    typed("Rooster delen")
    press(Qt.Key.Key_Return)
    assert current(editor) == (2, 1)
    typed("Logboek")
    press(Qt.Key.Key_Return)
    assert current(editor) == (2, 1)  # the last row: Enter stays
    # Shift+Tab goes back one cell; the arrows move while editing too.
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Right)
    typed("Team")
    press(Qt.Key.Key_Backtab, SHIFT)
    assert current(editor) == (1, 1)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)
    typed("IB")
    press(Qt.Key.Key_Down)
    assert current(editor) == (2, 2)
    # Enter on a cell opens it with its value; typing goes on after it.
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Return)
    typed(" en wij")
    press(Qt.Key.Key_Return)
    assert current(editor) == (1, 2)
    # Escape leaves a cell as it was.
    typed("weg")
    press(Qt.Key.Key_Escape)
    assert rows(editor) == [
        (1, "Mail bundelen", "JdV en wij", "Maart", "Hoog", "L"),
        (2, "Rooster delen", "Team", "", "", ""),
        (3, "Logboek", "IB", "", "", ""),
    ]
    assert qt_warnings(qtlog) == []


def test_tab_leaves_the_table_at_its_ends_and_numbers_stay_numbers(qtbot, qtlog, editor):
    table = editor.actions_table
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    typed("Een actie")
    press(Qt.Key.Key_Backtab, SHIFT)
    assert current(editor) == (0, 0)
    typed("7")
    press(Qt.Key.Key_Return)
    assert editor.session.results.actions[0].nr == 7
    press(Qt.Key.Key_Backtab, SHIFT)  # before the first cell: out of the table, not around it
    assert QApplication.focusWidget() is not table.view
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(0, 5))
    press(Qt.Key.Key_Tab)  # after the last cell: out of the table
    assert QApplication.focusWidget() is not table.view
    assert rows(editor) == [(7, "Een actie", "", "", "", "")]
    assert qt_warnings(qtlog) == []


def test_undo_and_redo_of_a_cell_redraw_that_cell_only(qtbot, qtlog, editor):
    table = editor.actions_table
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    typed("Eerste")
    press(Qt.Key.Key_Return)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    typed("Tweede")
    press(Qt.Key.Key_Tab)
    typed("Wie")  # the cell editor is open while the earlier edits are undone
    editor.undo_stack.undo()  # "Tweede"
    assert table.view.open_editor() is not None  # the open cell stays open
    press(Qt.Key.Key_Tab)
    assert rows(editor) == [(1, "Eerste", "", "", "", ""), (2, "", "Wie", "", "", "")]
    editor.undo_stack.undo()
    editor.undo_stack.undo()  # the second row goes
    assert rows(editor) == [(1, "Eerste", "", "", "", "")]
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    assert rows(editor) == [(1, "Eerste", "", "", "", ""), (2, "", "Wie", "", "", "")]
    assert table.model.data(table.model.index(1, 2)) == "Wie"
    assert qt_warnings(qtlog) == []


def test_removing_several_rows_is_one_step(qtbot, editor):
    table = editor.actions_table
    for text in ("a", "b", "c"):
        editor.document.add_action(text)
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(0, 1))
    press(Qt.Key.Key_Down, SHIFT)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert [a.action for a in editor.session.results.actions] == ["c"]
    editor.undo_stack.undo()
    assert [a.action for a in editor.session.results.actions] == ["a", "b", "c"]


def test_what_is_being_typed_in_a_cell_is_kept_on_saving(qtbot, editor):
    table = editor.actions_table
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    typed("Nog niet afgesloten")
    editor.commit_pending()  # what "Bewaren" does first
    assert rows(editor) == [(1, "Nog niet afgesloten", "", "", "", "")]
    assert table.view.open_editor() is not None
