"""Editing operations in the board editor, each checked on the model and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from boards.editing import element_key, zone_key
from boards.geometry import Rect
from boards.model import ConnectorElement, SymbolElement, VsmSymbol, Zone, ZoneKind
from boards.paper import Paper
from boards.serialize import board_to_dict
from desktop.document import BoardDocument
from desktop.editor.items import ResizeHandle
from tests.support.panel_input import choose, type_into
from tests.support.qt_input import click, drag, view_point

ALT = Qt.KeyboardModifier.AltModifier  # drag freely, off the grid


@pytest.fixture
def editor(window, procesplaat):
    document = BoardDocument(procesplaat)
    window._set_document(document)
    return window.editor


def _keys(editor, *zone_ids):
    return [zone_key(zone_id) for zone_id in zone_ids]


def test_resize_with_handle_snaps_to_neighbour_edge(qtbot, editor):
    document = editor.document
    scene, view = editor.scene, editor.view
    zone = document.board.zone("toetsen-afnemen")
    scene.select_keys([zone_key(zone.id)])
    handles = [item for item in scene.items() if isinstance(item, ResizeHandle)]
    assert sorted(handle.role for handle in handles) == sorted(["nw", "n", "ne", "e", "se", "s", "sw", "w"])
    east = next(handle for handle in handles if handle.role == "e")
    start = view.mapFromScene(east.scenePos())
    neighbour = document.board.zone("resultaten-nabespreken")
    # Drag the east edge to 1 mm short of the neighbour's right edge: it snaps onto it.
    end = QPoint(start.x() + round((neighbour.rect.right - 1 - zone.rect.right) * view.zoom()), start.y())
    drag(view, start, end)
    new = document.board.zone(zone.id).rect
    assert new.right == pytest.approx(neighbour.rect.right, abs=0.05)
    assert (new.x, new.y, new.height) == (zone.rect.x, zone.rect.y, zone.rect.height)
    document.undo_stack.undo()
    assert document.board.zone(zone.id).rect == zone.rect


def test_rubber_band_multi_select_align_and_distribute(qtbot, editor):
    document = editor.document
    view = editor.view
    first, third = document.board.zones[0].rect, document.board.zones[2].rect
    # Rubber band from empty space just above the first row to the middle of the third cell.
    drag(view, view_point(view, first.x - 2, first.y - 2), view_point(view, third.center.x, third.center.y))
    selected = set(editor.selected_keys())
    assert {zone_key(document.board.zones[i].id) for i in range(3)} <= selected
    editor.scene.select_keys([zone_key(document.board.zones[i].id) for i in range(3)])
    # Move the middle one down a little, then align tops again.
    middle = document.board.zones[1]
    editor.scene.set_rects({zone_key(middle.id): middle.rect.moved(0, 7)}, "test")
    editor.actions.align["top"].trigger()
    tops = {document.board.zones[i].rect.y for i in range(3)}
    assert tops == {first.y}
    editor.scene.set_rects({zone_key(middle.id): document.board.zones[1].rect.moved(30, 0)}, "test")
    editor.actions.distribute_h.trigger()
    rects = [document.board.zones[i].rect for i in range(3)]
    assert rects[1].x - rects[0].right == pytest.approx(rects[2].x - rects[1].right)
    assert rects[0].x == first.x and rects[2].x == third.x


def test_copy_paste_duplicate_and_delete_with_connectors(qtbot, window, editor):
    document = editor.document
    board = document.board
    a, b = board.zones[0].id, board.zones[1].id
    editor.scene.select_keys(_keys(editor, a, b))
    connector_key = editor.connect_selected()
    assert isinstance(document.get(connector_key), ConnectorElement)
    editor.scene.select_keys(_keys(editor, a, b))
    editor.actions.copy.trigger()
    count = len(board.zones)
    pasted = editor.paste()
    assert len(document.board.zones) == count + 2
    assert any(key.startswith("element:") for key in pasted)  # the arrow between them came along
    new_connector = next(document.get(key) for key in pasted if key.startswith("element:"))
    assert {new_connector.source, new_connector.target} <= {
        document.get(key).id for key in pasted if key.startswith("zone:")
    }
    copies = {document.get(key).rect for key in pasted if key.startswith("zone:")}
    assert copies == {board.zone(a).rect.moved(10, 10), board.zone(b).rect.moved(10, 10)}

    window.activateWindow()
    editor.scene.select_keys([zone_key(a)])
    qtbot.keyClick(editor.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(document.board.zones) == count + 3

    editor.scene.select_keys([zone_key(a)])
    editor.actions.delete.trigger()
    assert document.board.zone(a) is None
    assert document.get(connector_key) is None  # its arrow went with it
    document.undo_stack.undo()
    assert document.board.zone(a) is not None and document.get(connector_key) is not None
    assert [zone.id for zone in document.board.zones][:2] == [a, b]  # same place in the list


def test_connector_follows_moving_zone(qtbot, editor):
    document = editor.document
    board = document.board
    a, b = board.zones[0], board.zones[6]
    editor.scene.select_keys(_keys(editor, a.id, b.id))
    key = editor.connect_selected()
    item = editor.scene.item_for(key)
    line_before = item.endpoints()
    view = editor.view
    drag(
        view,
        view_point(view, b.rect.center.x, b.rect.center.y),
        view_point(view, b.rect.center.x + 30, b.rect.center.y + 15),
    )
    line_after = item.endpoints()
    assert (item.value.source, item.value.target) == (a.id, b.id)  # from the first selected to the last
    assert line_after.p2() != line_before.p2()
    moved = document.board.zone(b.id).rect
    assert moved.contains_point(line_after.p2().x(), line_after.p2().y())


def test_symbols_text_and_group_from_palette(qtbot, window, editor):
    document = editor.document
    item = window.palette.entry_item(VsmSymbol.WACHT.value)
    qtbot.mouseClick(
        window.palette.list.viewport(), Qt.MouseButton.LeftButton, pos=window.palette.list.visualItemRect(item).center()
    )
    symbol = document.board.elements[-1]
    assert isinstance(symbol, SymbolElement) and symbol.symbol is VsmSymbol.WACHT
    editor.add_text()
    editor.add_group()
    text_key = element_key(document.board.elements[-1].id)
    editor.scene.select_keys([text_key])
    window.activateWindow()
    qtbot.keyClick(editor.view, Qt.Key.Key_F2)
    qtbot.keyClicks(editor.view, "Wachttijd")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert document.get(text_key).text == "Wachttijd"
    # Everything still saves as a valid board file.
    from boards.fileformat import dumps_board, loads_board

    assert board_to_dict(loads_board(dumps_board(document.board))) == board_to_dict(document.board)


def test_properties_panel_edits_are_undoable(qtbot, window, editor):
    document = editor.document
    zone = document.board.zones[3]
    editor.scene.select_keys([zone_key(zone.id)])
    panel = window.properties
    panel.label_edit.setText("Portfolio bijhouden")
    panel.label_edit.editingFinished.emit()
    panel.w_spin.setValue(150.0)
    panel.w_spin.setValue(160.0)  # consecutive spin-box edits merge into one command
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(ZoneKind.COLUMN.value))
    panel.kind_combo.activated.emit(panel.kind_combo.currentIndex())
    panel.add_dot_kind()
    panel.choose_dot_color(2, QColor("#123456"))
    changed = document.board.zone(zone.id)
    assert changed.label == "Portfolio bijhouden"
    assert changed.rect.width == 160.0
    assert changed.kind is ZoneKind.COLUMN
    assert [dot.color for dot in changed.holds.dots][-1] == "#123456"
    assert panel.dots_table.rowCount() == 3
    for _ in range(5):
        document.undo_stack.undo()
    assert document.board.zone(zone.id) == zone


def test_change_paper_scales_content_and_undoes(qtbot, window, editor):
    document = editor.document
    before = board_to_dict(document.board)
    editor.scene.clearSelection()
    panel = window.properties
    panel.paper_format.setCurrentIndex(panel.paper_format.findData("A1"))
    panel.apply_paper()
    board = document.board
    assert board.paper == Paper.a_series("A1", "landscape")
    assert board.zones[0].rect.right <= board.width_mm
    assert board.zones[0].rect.width == pytest.approx(before["zones"][0]["rect"]["width"] * 841 / 1189, abs=0.1)
    assert editor.scene.sceneRect().width() == pytest.approx(841 + 80)
    document.undo_stack.undo()
    assert board_to_dict(document.board) == before


def test_keyboard_zoom_and_nudge(qtbot, window, editor):
    view = editor.view
    window.activateWindow()
    fit = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fit * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < fit
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fit, rel=0.01)
    document = editor.document
    zone = document.board.zones[0]
    click(view, view_point(view, zone.rect.center.x, zone.rect.center.y))
    assert editor.selected_keys() == [zone_key(zone.id)]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert document.board.zone(zone.id).rect == zone.rect.moved(10, 1)
    assert document.undo_stack.count() == 1 or document.undo_stack.count() == 2


def test_zone_add_with_shortcut_and_delete_key(qtbot, window, editor):
    window.activateWindow()
    document = editor.document
    count = len(document.board.zones)
    qtbot.keyClick(editor.view, Qt.Key.Key_Z)
    assert len(document.board.zones) == count + 1
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert len(document.board.zones) == count
    assert window.isWindowModified()
    assert window.windowTitle().startswith("Procesplaat 1") or "Procesplaat" in window.windowTitle()


def test_board_rect_outside_paper_is_clamped_on_drag(qtbot, editor):
    document = editor.document
    view = editor.view
    view.zoom_to_fit()
    zone = document.board.zones[4]  # the right-most cell of the first row
    drag(
        view,
        view_point(view, zone.rect.center.x, zone.rect.center.y),
        view_point(view, zone.rect.center.x + 400, zone.rect.center.y),
    )
    moved = document.board.zone(zone.id).rect
    assert moved.right <= document.board.width_mm + 1e-6
    assert Rect(0, 0, document.board.width_mm, document.board.height_mm).contains_rect(moved)


def test_double_click_below_label_edits_the_question(qtbot, editor):
    document = editor.document
    zone = document.board.zones[0]
    view = editor.view
    view.set_zoom(3.0)
    view.centerOn(zone.rect.center.x, zone.rect.center.y)
    from tests.support.qt_input import double_click

    double_click(view, view_point(view, zone.rect.x + 20, zone.rect.y + zone.rect.height * 0.6))
    inline = editor.scene.inline_editor
    assert inline is not None and inline.field == "question"
    qtbot.keyClicks(view, "Wat kost hier tijd?")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert document.board.zone(zone.id).question == "Wat kost hier tijd?"
    assert document.board.zone(zone.id).label == zone.label
    document.undo_stack.undo()
    assert document.board.zone(zone.id).question == zone.question


def test_escape_cancels_inline_edit(qtbot, editor):
    document = editor.document
    zone = document.board.zones[1]
    editor.scene.select_keys([zone_key(zone.id)])
    editor.actions.edit_label.trigger()
    qtbot.keyClicks(editor.view, "weg ermee")
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert editor.scene.inline_editor is None
    assert document.board.zone(zone.id).label == zone.label
    assert document.undo_stack.count() == 0


def test_drop_a_symbol_from_the_palette_onto_the_board(qtbot, window, editor):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from desktop.editor.palette import PALETTE_MIME

    item = window.palette.entry_item(VsmSymbol.PROBLEEM.value)
    mime = window.palette.list.mimeData([item])
    assert mime.hasFormat(PALETTE_MIME)
    view = editor.view
    target = view_point(view, 600, 420)
    enter = QDragEnterEvent(
        target, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(target), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view.viewport(), drop)
    symbol = editor.document.board.elements[-1]
    assert isinstance(symbol, SymbolElement) and symbol.symbol is VsmSymbol.PROBLEEM
    assert symbol.rect.center.x == pytest.approx(600, abs=6) and symbol.rect.center.y == pytest.approx(420, abs=6)


def test_text_and_arrow_style_in_the_properties_panel(qtbot, window, editor):
    document = editor.document
    style = window.properties.style_section
    panel = window.properties
    text_key = editor.add_text()
    assert style.text_style.isVisible() and not style.line_style.isVisible()
    qtbot.mouseClick(style.bold_check, Qt.MouseButton.LeftButton)
    choose(style.align_combo, "center")
    type_into(qtbot, style.font_spin, "36")
    text = document.get(text_key)
    assert (text.bold, text.align, text.font_size_pt) == (True, "center", 36.0)
    board = document.board
    editor.scene.select_keys(_keys(editor, board.zones[0].id, board.zones[1].id))
    arrow_key = editor.connect_selected()
    editor.scene.select_keys([arrow_key])
    assert style.line_style.isVisible() and not panel.position_row.isVisible()
    qtbot.mouseClick(style.dashed_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(style.arrow_check, Qt.MouseButton.LeftButton)
    panel.label_edit.setText("daarna")
    panel.label_edit.editingFinished.emit()
    arrow = document.get(arrow_key)
    assert (arrow.dashed, arrow.arrow, arrow.label) == (True, False, "daarna")
    editor.scene.select_keys(["legend"])
    panel.label_edit.setText("Betekenis")
    panel.label_edit.editingFinished.emit()
    assert document.board.legend.title == "Betekenis"


def test_board_shortcuts_only_act_on_the_shown_board(qtbot, window, editor):
    document = editor.document
    zone = document.board.zones[0]
    editor.scene.select_keys([zone_key(zone.id)])
    window.show_page("gallery")
    assert not editor.actions.delete.isEnabled() and not editor.actions.add_zone.isEnabled()
    qtbot.keyClick(window.gallery, Qt.Key.Key_Delete)
    qtbot.keyClick(window.gallery, Qt.Key.Key_Z)
    assert document.board.zone(zone.id) is not None
    assert len(document.board.zones) == 26
    window.show_page("editor")
    assert editor.actions.delete.isEnabled() and editor.actions.add_zone.isEnabled()


def test_clicking_elsewhere_commits_the_inline_edit(qtbot, editor):
    from tests.support.qt_input import double_click

    document = editor.document
    view = editor.view
    first, other = document.board.zones[0], document.board.zones[12]
    double_click(view, view_point(view, first.rect.x + 10, first.rect.y + 4))
    assert editor.scene.inline_editor is not None
    qtbot.keyClicks(view, "Lesgeven")
    click(view, view_point(view, other.rect.center.x, other.rect.center.y))
    qtbot.wait(10)
    assert editor.scene.inline_editor is None
    assert document.board.zone(first.id).label == "Lesgeven"
    assert editor.selected_keys() == [zone_key(other.id)]


def test_snapping_shows_guides_while_dragging(qtbot, editor):
    from PySide6.QtCore import QEvent

    from tests.support.qt_input import _send

    document = editor.document
    view = editor.view
    zone, neighbour = document.board.zones[0], document.board.zones[1]
    start = view_point(view, zone.rect.center.x, zone.rect.center.y)
    # Drag down by 60 mm: the left and right edges stay on the column's edges.
    end = view_point(view, zone.rect.center.x, zone.rect.center.y + 61)
    left = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseButtonPress, start, left, left)
    _send(view, QEvent.Type.MouseMove, end, Qt.MouseButton.NoButton, left)
    xs, _ys = editor.scene.snap_guides()
    assert zone.rect.x in xs
    _send(view, QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)
    assert editor.scene.snap_guides() == ([], [])
    assert neighbour.rect == document.board.zones[1].rect


def test_select_all_with_the_shortcut(qtbot, window, editor):
    window.activateWindow()
    qtbot.keyClick(editor.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(editor.selected_keys()) == set(editor.document.keys())


def test_nested_zones_come_along_and_leave_a_zone_they_are_moved_out_of(qtbot, window, editor):
    document, view = editor.document, editor.view
    outer = document.board.zones[0]  # 213.4 × 110.4 mm at (45, 176)
    inner = Zone("binnen", ZoneKind.CELL, Rect(outer.rect.x + 100, outer.rect.y + 40, 100, 60), "B", parent=outer.id)
    core = Zone("kern", ZoneKind.CELL, Rect(inner.rect.x + 50, inner.rect.y + 20, 30, 30), "K", parent="binnen")
    document.apply("Nesten", {zone_key("binnen"): inner, zone_key("kern"): core})
    view.set_zoom(1.0)
    view.centerOn(outer.rect.center.x, outer.rect.center.y)
    steps = document.undo_stack.count()
    start = view_point(view, outer.rect.x + 20, outer.rect.bottom - 10)
    drag(view, start, QPoint(start.x(), start.y() + 40), modifiers=ALT)
    dy = document.board.zone(outer.id).rect.y - outer.rect.y
    assert dy > 5 and document.undo_stack.count() == steps + 1
    assert document.board.zone("binnen").rect == inner.rect.moved(0, dy)
    assert document.board.zone("kern").rect == core.rect.moved(0, dy)  # nested in a nested zone: along too
    assert (document.board.zone("binnen").parent, document.board.zone("kern").parent) == (outer.id, "binnen")

    editor.scene.select_keys([zone_key("binnen")])
    panel = window.properties
    before, old_x = document.board.zone("kern").rect, document.board.zone("binnen").rect.x
    panel.x_spin.setValue(700.0)  # out of its parent through the properties panel
    assert document.board.zone("binnen").parent is None
    # What lies on it comes along, as when it is dragged: "kern" stays nested in "binnen".
    assert document.board.zone("kern").parent == "binnen"
    assert document.board.zone("kern").rect == before.moved(700.0 - old_x, 0)
    document.undo_stack.undo()
    assert (document.board.zone("binnen").parent, document.board.zone("kern").parent) == (outer.id, "binnen")


def test_an_arrow_between_two_moving_zones_moves_with_them_and_lands_on_its_points(qtbot, editor):
    """Both ends move: the arrow is shifted as drawn during the drag (its cached picture moves), its ends
    stay on the zones as they are on screen, and after the drop it lies on the board's points again."""
    from boards.connectors import connector_points
    from tests.support.qt_input import move_to, press, release

    document = editor.document
    a, b = document.board.zones[0], document.board.zones[6]
    editor.scene.select_keys(_keys(editor, a.id, b.id))
    key = editor.connect_selected()
    editor.scene.select_keys(_keys(editor, a.id, b.id))
    item = editor.scene.item_for(key)
    view = editor.view
    start = view_point(view, a.rect.x + a.rect.width * 0.9, a.rect.y + a.rect.height * 0.9)
    press(view, start)
    for step in (1, 2, 3):
        move_to(view, start + QPoint(25 * step, 12 * step))
    assert not item.pos().isNull()  # shifted, not drawn again
    live_a, live_b = editor.scene.live_rect(a.id), editor.scene.live_rect(b.id)
    ends = item.endpoints()
    for point, rect in ((ends.p1(), live_a), (ends.p2(), live_b)):
        assert rect.inset(-0.5).contains_point(point.x(), point.y())
    release(view, start + QPoint(75, 36))
    assert item.pos().isNull()
    moved_a, moved_b = document.board.zone(a.id).rect, document.board.zone(b.id).rect
    assert (moved_a.x, moved_a.y) != (a.rect.x, a.rect.y)
    editor.scene.route_all()
    points = connector_points(document.board, document.get(key))
    drawn = [value for p in item.path_points() for value in (p.x(), p.y())]
    assert drawn == pytest.approx([value for p in points for value in (p.x, p.y)])
    assert moved_a.inset(-0.01).contains_point(points[0].x, points[0].y)
    assert moved_b.inset(-0.01).contains_point(points[-1].x, points[-1].y)
