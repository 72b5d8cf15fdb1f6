"""Typed entry on the board, driven by keys and clicks (pytest-qt)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from boards.session import Session
from boards.templates import load_template
from desktop.results import ResultsEditor
from desktop.results.editor import DOTS_MODE


@pytest.fixture
def editor(qtbot):
    session = Session(board=load_template("problemen-lokaliseren"))
    widget = ResultsEditor(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.entry.setFocus()
    return widget


def type_line(qtbot, widget, text):
    QTest.keyClicks(widget.entry, text)
    QTest.keyClick(widget.entry, Qt.Key.Key_Return)


def notes(widget):
    return [(n.zone_id, n.text, n.color) for n in widget.session.results.notes]


def test_enter_adds_notes_in_the_same_zone_and_tab_moves_on(qtbot, editor):
    assert editor.current_zone.id == "voorbereiding"
    type_line(qtbot, editor, "Niet horen van instructie")
    type_line(qtbot, editor, "Niet kunnen uitvoeren")
    QTest.keyClick(editor.entry, Qt.Key.Key_Tab)
    assert editor.current_zone.id == "uitvoering"
    QTest.keyClick(editor.entry, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # roze
    type_line(qtbot, editor, "Storen leerling")
    QTest.keyClick(editor.entry, Qt.Key.Key_Tab)
    type_line(qtbot, editor, "Hoe administreren")
    QTest.keyClick(editor.entry, Qt.Key.Key_Backtab)
    assert editor.current_zone.id == "uitvoering"
    assert notes(editor) == [
        ("voorbereiding", "Niet horen van instructie", "yellow"),
        ("voorbereiding", "Niet kunnen uitvoeren", "yellow"),
        ("uitvoering", "Storen leerling", "pink"),
        ("evaluatie-reflectie", "Hoe administreren", "pink"),
    ]
    assert editor.entry.text() == ""
    assert len(editor.view.note_items) == 4
    assert "1 notities" in editor.zone_label.text()  # uitvoering


def test_everything_is_undoable(qtbot, editor):
    type_line(qtbot, editor, "Een")
    type_line(qtbot, editor, "Twee")
    assert editor.undo_stack.count() == 2
    QTest.keyClick(editor.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n[1] for n in notes(editor)] == ["Een"]
    QTest.keyClick(editor.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [n[1] for n in notes(editor)] == ["Een", "Twee"]
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert notes(editor) == [] and editor.view.note_items == {}


def test_clicking_a_zone_selects_it(qtbot, editor):
    item = editor.view.zone_items["evaluatie-reflectie"]
    point = editor.view.mapFromScene(item.rect().center())
    QTest.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert editor.current_zone.id == "evaluatie-reflectie"
    type_line(qtbot, editor, "Hoe administreren")
    assert notes(editor) == [("evaluatie-reflectie", "Hoe administreren", "yellow")]


def test_drag_a_note_to_another_zone(qtbot, editor):
    type_line(qtbot, editor, "Verkeerd geplaatst")
    note_id = editor.session.results.notes[0].id
    item = editor.view.note_items[note_id]
    viewport = editor.view.viewport()
    start = editor.view.mapFromScene(item.sceneBoundingRect().center())
    end = editor.view.mapFromScene(editor.view.zone_items["uitvoering"].rect().center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    for fraction in (0.25, 0.5, 0.75, 1.0):
        point = QPointF(start + (end - start) * fraction)
        move = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            point,
            viewport.mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: editor.session.results.notes[0].zone_id == "uitvoering", timeout=2000)
    assert editor.undo_stack.undoText() == "Notitie verplaatsen"
    editor.undo_stack.undo()
    assert editor.session.results.notes[0].zone_id == "voorbereiding"


def test_recolour_the_selected_note(qtbot, editor):
    type_line(qtbot, editor, "Groen maken")
    note_id = editor.session.results.notes[0].id
    editor.view.note_items[note_id].setSelected(True)
    QTest.keyClick(editor.entry, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert editor.session.results.notes[0].color == "green"
    QTest.keyClick(editor.entry, Qt.Key.Key_Delete)
    assert editor.session.results.notes == []


def test_action_table(qtbot, editor):
    table = editor.actions_table
    assert [table.model.headerData(i, Qt.Orientation.Horizontal) for i in range(6)] == [
        "Nr.",
        "Concreet actiepunt",
        "Initiatiefnemer",
        "Tijdpad",
        "Impact",
        "Werkbelasting",
    ]
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QLineEdit

    editors = table.view.viewport().findChildren(QLineEdit)
    assert len(editors) == 1  # the new row's "Concreet actiepunt" cell is open for typing
    editor_widget = editors[0]
    QTest.keyClicks(editor_widget, "Lastige lessen noteren in een handleiding")
    QTest.keyClick(editor_widget, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: editor.session.results.actions[0].action != "", timeout=2000)
    model = table.model
    assert model.setData(model.index(0, 2), "Directie")
    assert model.setData(model.index(0, 3), "December")
    assert model.setData(model.index(0, 4), "Hoog")
    assert model.setData(model.index(0, 5), "L")
    assert not model.setData(model.index(0, 0), "een")
    action = editor.session.results.actions[0]
    assert (action.nr, action.action, action.owner, action.due, action.impact, action.workload) == (
        1,
        "Lastige lessen noteren in een handleiding",
        "Directie",
        "December",
        "Hoog",
        "L",
    )
    editor.undo_stack.undo()
    assert action.workload == ""
    table.view.selectRow(0)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert editor.session.results.actions == []
    editor.undo_stack.undo()
    assert editor.session.results.actions == [action]


PROCESPLAAT_COUNTS = [
    (3, 1),
    (5, 0),
    (0, 2),
    (1, 4),
    (2, 2),
    (7, 0),
    (4, 1),
    (0, 0),
    (6, 1),
    (3, 3),
    (9, 0),
    (2, 5),
    (1, 1),
    (0, 6),
    (4, 0),
    (8, 2),
    (2, 0),
    (0, 3),
    (5, 5),
    (1, 0),
    (3, 2),
    (0, 1),
    (2, 7),
    (12, 0),
]


def test_procesplaat_dot_counts_by_keyboard_only(qtbot):
    session = Session(board=load_template("procesplaat-1"))
    editor = ResultsEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.entry.setFocus()
    assert len(editor.zones) == 26  # 24 processes, the answers and the CONCLUSIE
    QTest.keyClick(editor.entry, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert editor.mode == DOTS_MODE
    started = time.monotonic()
    for werkdruk, werkplezier in PROCESPLAAT_COUNTS:
        for count in (werkdruk, werkplezier):
            if count:
                QTest.keyClicks(editor.entry, str(count))
            QTest.keyClick(editor.entry, Qt.Key.Key_Return)  # sets the count, moves to the next kind / zone
    elapsed = time.monotonic() - started
    assert editor.current_zone.id == editor.zones[0].id  # wrapped round after the 24th zone
    for zone, (werkdruk, werkplezier) in zip(editor.zones, PROCESPLAAT_COUNTS):
        assert session.results.dot_count(zone.id, "werkdruk") == werkdruk, zone.id
        assert session.results.dot_count(zone.id, "werkplezier") == werkplezier, zone.id
    # + and − on the current counter; a burst of + is one undo step
    for _ in range(3):
        QTest.keyClick(editor.entry, Qt.Key.Key_Plus)
    QTest.keyClick(editor.entry, Qt.Key.Key_Minus)
    assert session.results.dot_count(editor.zones[0].id, "werkdruk") == 5
    QTest.keyClick(editor.entry, Qt.Key.Key_PageDown)
    QTest.keyClick(editor.entry, Qt.Key.Key_Plus)
    assert session.results.dot_count(editor.zones[0].id, "werkplezier") == 2
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert session.results.dot_count(editor.zones[0].id, "werkdruk") == 3
    assert "werkdruk: 3" in editor.view.zone_items[editor.zones[0].id].dots_text()
    assert elapsed < 60  # the widget itself never slows entry down


def test_plus_minus_buttons_and_keys_in_note_mode(qtbot):
    session = Session(board=load_template("procesplaat-1"))
    editor = ResultsEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    editor.entry.setFocus()
    zone = editor.current_zone.id
    QTest.keyClick(editor.entry, Qt.Key.Key_Plus)
    QTest.keyClick(editor.entry, Qt.Key.Key_Plus)
    assert session.results.dot_count(zone, "werkdruk") == 2
    QTest.keyClicks(editor.entry, "a-b")  # with text, - is just typed
    assert editor.entry.text() == "a-b"
    assert session.results.dot_count(zone, "werkdruk") == 2
    from PySide6.QtWidgets import QToolButton

    plus_buttons = [b for b in editor.dot_panel.findChildren(QToolButton) if b.text() == "+"]
    qtbot.mouseClick(plus_buttons[1], Qt.MouseButton.LeftButton)
    assert session.results.dot_count(zone, "werkplezier") == 1
