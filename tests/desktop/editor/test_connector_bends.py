"""Shaping an arrow with the mouse: drag a bend, pull a new one out of a leg, double-click one away, edit its label."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from boards.connectors import connector_points
from boards.editing import element_key
from boards.geometry import Point
from desktop.document import BoardDocument
from desktop.editor.items import BendHandle, NewBendHandle
from tests.support.design import styled_board
from tests.support.qt_input import double_click, drag, view_point

ARROW = element_key("pijl")  # goed → acties, with right angles and one bend at (200, 255)


@pytest.fixture
def editor(window):
    window._set_document(BoardDocument(styled_board()))
    editor = window.editor
    editor.view.set_zoom(3.0)
    editor.view.centerOn(200, 200)
    editor.scene.route_all()
    return editor


def _handles(editor, kind):
    item = editor.scene.item_for(ARROW)
    return [handle for handle in item.handles() if type(handle) is kind]


def _settle(qtbot):
    qtbot.wait(10)  # handles are rebuilt after the event that changed the arrow


def _at(view, handle) -> QPoint:
    return view.mapFromScene(handle.scenePos())


def test_a_selected_arrow_shows_its_bend_and_where_new_ones_can_be_pulled_out(qtbot, editor):
    editor.scene.select_keys([ARROW])
    [bend] = _handles(editor, BendHandle)
    assert (bend.scenePos().x(), bend.scenePos().y()) == (200, 255)
    assert len(_handles(editor, NewBendHandle)) == 2  # one on each leg: before and after the bend
    editor.scene.select_keys([])
    assert editor.scene.item_for(ARROW).handles() == []


def test_dragging_a_bend_moves_it_on_the_grid_as_one_step(qtbot, editor):
    document, view = editor.document, editor.view
    editor.scene.select_keys([ARROW])
    [bend] = _handles(editor, BendHandle)
    steps = document.undo_stack.count()
    drag(view, _at(view, bend), view_point(view, 231, 269))
    assert document.get(ARROW).waypoints == (Point(230, 270),)  # snapped to the 5 mm grid
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Knik verplaatsen"
    path = connector_points(document.board, document.get(ARROW))
    assert Point(230, 270) in path  # the arrow runs through it, editor and print alike
    _settle(qtbot)
    [bend] = _handles(editor, BendHandle)
    assert (bend.scenePos().x(), bend.scenePos().y()) == (230, 270)
    document.undo_stack.undo()
    assert document.get(ARROW).waypoints == (Point(200, 255),)


def test_pulling_a_new_bend_out_of_a_leg_and_double_clicking_it_away(qtbot, editor):
    document, view = editor.document, editor.view
    editor.scene.select_keys([ARROW])
    _, second = sorted(_handles(editor, NewBendHandle), key=lambda handle: handle.place)
    drag(view, _at(view, second), view_point(view, 320, 250))
    assert document.get(ARROW).waypoints == (Point(200, 255), Point(320, 250))  # after the old bend
    assert document.undo_stack.undoText() == "Knik toevoegen"
    _settle(qtbot)
    assert len(_handles(editor, BendHandle)) == 2 and len(_handles(editor, NewBendHandle)) == 3
    new = next(handle for handle in _handles(editor, BendHandle) if handle.place == 1)
    pos = _at(view, new)
    double_click(view, pos)
    assert document.get(ARROW).waypoints == (Point(200, 255),)
    assert document.undo_stack.undoText() == "Knik weghalen"


def test_a_click_on_a_new_bend_grip_changes_nothing(qtbot, editor):
    document, view = editor.document, editor.view
    editor.scene.select_keys([ARROW])
    steps = document.undo_stack.count()
    [first, _] = _handles(editor, NewBendHandle)
    drag(view, _at(view, first), _at(view, first), steps=1)
    assert document.undo_stack.count() == steps
    assert document.get(ARROW).waypoints == (Point(200, 255),)


def test_bends_and_right_angles_from_the_panel(qtbot, window, editor):
    document, panel = editor.document, window.properties
    editor.scene.select_keys([ARROW])
    assert panel.bends_row.isVisible() and panel.bends_label.text() == "1"
    qtbot.mouseClick(panel.add_bend_button, Qt.MouseButton.LeftButton)
    assert len(document.get(ARROW).waypoints) == 2 and panel.bends_label.text() == "2"
    qtbot.mouseClick(panel.style_section.elbow_check, Qt.MouseButton.LeftButton)
    assert document.get(ARROW).elbow is False
    qtbot.mouseClick(panel.clear_bends_button, Qt.MouseButton.LeftButton)
    assert document.get(ARROW).waypoints == () and not panel.clear_bends_button.isEnabled()
    assert document.undo_stack.undoText() == "Knikken weghalen"


def test_double_click_on_an_arrow_edits_its_label(qtbot, window, editor):
    document, view = editor.document, editor.view
    item = editor.scene.item_for(ARROW)
    points = item.path_points()
    a, b = points[1], points[2]  # a leg of the drawn path, a quarter along (away from its grips)
    pos = view.mapFromScene(QPointF(a.x() + (b.x() - a.x()) / 4, a.y() + (b.y() - a.y()) / 4))
    double_click(view, pos)
    editor_item = editor.scene.inline_editor
    assert editor_item is not None and editor_item.toPlainText() == "daarna"
    window.activateWindow()
    qtbot.keyClicks(view, "en dan")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert document.get(ARROW).label == "en dan"
    # F2 does the same for a selected arrow.
    editor.scene.select_keys([ARROW])
    editor.actions.edit_label.trigger()
    assert editor.scene.inline_editor is not None
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert document.get(ARROW).label == "en dan"
