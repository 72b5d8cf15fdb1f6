"""Drawing free lines, dragging their ends, and group headings that carry their zones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from boards.editing import element_key, group_key, zone_key
from boards.geometry import Point, Rect
from boards.model import ConnectorElement, LineElement, TextElement
from desktop.document import BoardDocument
from desktop.editor.items import LineEndHandle, ResizeHandle
from tests.support.panel_input import type_into
from tests.support.qt_input import click, drag, view_point

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def editor(window, procesplaat):
    window._set_document(BoardDocument(procesplaat))
    window.activateWindow()
    editor = window.editor
    editor.view.set_zoom(4.0)  # a quarter millimetre per pixel
    editor.view.centerOn(150, 600)
    return editor


def _lines(source) -> list[LineElement]:
    board = getattr(source, "board", source)
    return [element for element in board.elements if isinstance(element, LineElement)]


def test_draw_a_line_with_the_shortcut_snapped_to_the_grid_and_undo(qtbot, window, editor):
    document, view = editor.document, editor.view
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert editor.actions.draw_line.isChecked() and editor.scene.line_mode
    steps = document.undo_stack.count()
    drag(view, view_point(view, 101.2, 598.7), view_point(view, 158.9, 631.6))
    [line] = _lines(document)
    assert (line.start, line.end) == (Point(100, 600), Point(160, 630))
    assert document.undo_stack.count() == steps + 1
    assert editor.selected_keys() == [element_key(line.id)]
    assert editor.scene.line_mode  # keep drawing until Escape
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not editor.scene.line_mode and not editor.actions.draw_line.isChecked()
    drag(view, view_point(view, 110, 615), view_point(view, 140, 625))  # now it moves the zone there
    assert len(_lines(document)) == 1
    assert document.undo_stack.text(document.undo_stack.count() - 1) != "Lijn tekenen"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert _lines(document) == []
    document.undo_stack.redo()
    assert _lines(document) == [line]


def test_shift_draws_straight_alt_draws_free_and_short_lines_are_not_made(qtbot, window, editor):
    document, view = editor.document, editor.view
    assert editor.actions.draw_line in window._menus["insert"].actions()
    assert editor.actions.draw_line.shortcut().toString() == "L"
    editor.actions.draw_line.trigger()
    assert editor.scene.line_mode
    drag(view, view_point(view, 100, 600), view_point(view, 161, 612), modifiers=SHIFT)
    assert (_lines(document)[-1].start, _lines(document)[-1].end) == (Point(100, 600), Point(160, 600))
    drag(view, view_point(view, 100, 620), view_point(view, 130, 652), modifiers=SHIFT)  # near 45°
    line = _lines(document)[-1]
    assert (line.start, line.end) == (Point(100, 620), Point(130, 650))
    start, end = view_point(view, 101.3, 640.6), view_point(view, 143.7, 671.2)
    drag(view, start, end, modifiers=ALT)
    line = _lines(document)[-1]
    expected_start, expected_end = view.mapToScene(start), view.mapToScene(end)
    assert line.start.x == pytest.approx(expected_start.x(), abs=0.01)
    assert line.end.y == pytest.approx(expected_end.y(), abs=0.01)
    assert line.start.x % 5 != pytest.approx(0, abs=0.01)  # not on the grid
    count, steps = len(document.board.elements), document.undo_stack.count()
    drag(view, view_point(view, 120, 700), view_point(view, 121, 700.5), modifiers=ALT)  # about 1 mm
    click(view, view_point(view, 130, 700))
    assert len(document.board.elements) == count and document.undo_stack.count() == steps
    assert "te kort" in window.statusBar().currentMessage()


def test_palette_line_entry_starts_line_mode(qtbot, window, editor):
    item = window.palette.entry_item("line")
    qtbot.mouseClick(
        window.palette.list.viewport(), Qt.MouseButton.LeftButton, pos=window.palette.list.visualItemRect(item).center()
    )
    assert editor.scene.line_mode and editor.actions.draw_line.isChecked()
    editor.actions.draw_line.trigger()
    assert not editor.scene.line_mode
    key = editor.add_from_palette(
        "line", view.mapToScene(view.viewport().rect().center()) if (view := editor.view) else None
    )
    line = editor.document.get(key)
    assert isinstance(line, LineElement) and line.start.y == line.end.y and line.end.x > line.start.x


def test_drag_the_ends_of_a_selected_line(qtbot, editor):
    document, view, scene = editor.document, editor.view, editor.scene
    document.apply("Lijn", {element_key("lijn"): LineElement("lijn", Point(100, 600), Point(160, 600))})
    scene.select_keys([element_key("lijn")])
    handles = {item.role: item for item in scene.items() if isinstance(item, LineEndHandle)}
    assert set(handles) == {"start", "end"}
    assert not [item for item in scene.items() if isinstance(item, ResizeHandle)]
    steps = document.undo_stack.count()
    end = view.mapFromScene(handles["end"].scenePos())
    drag(view, end, view_point(view, 181.4, 621.2))
    line = document.get(element_key("lijn"))
    assert (line.start, line.end) == (Point(100, 600), Point(180, 620))
    start = view.mapFromScene(handles["start"].scenePos())
    assert handles["end"].scenePos().x() == pytest.approx(180, abs=0.01)
    drag(view, start, view_point(view, 120, 640), modifiers=SHIFT)  # Shift: level with the other end
    line = document.get(element_key("lijn"))
    assert (line.start, line.end) == (Point(120, 620), Point(180, 620))
    assert document.undo_stack.count() == steps + 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.get(element_key("lijn")) == LineElement("lijn", Point(100, 600), Point(160, 600))
    # Dragging the whole line still moves both ends.
    drag(view, view_point(view, 130, 600), view_point(view, 130, 610))
    line = document.get(element_key("lijn"))
    assert (line.start, line.end) == (Point(100, 610), Point(160, 610))


def test_line_width_dashed_and_arrow_in_the_properties_panel(qtbot, window, editor):
    document, panel = editor.document, window.properties.style_section
    document.apply("Lijn", {element_key("lijn"): LineElement("lijn", Point(100, 600), Point(160, 600))})
    editor.scene.select_keys([element_key("lijn")])
    assert panel.line_width_spin.isVisible() and panel.line_style.isVisible()
    assert not panel.elbow_check.isVisible()  # right angles are for arrows between parts
    assert panel.line_width_spin.value() == pytest.approx(0.5)
    type_into(qtbot, panel.line_width_spin, "1,5")
    qtbot.mouseClick(panel.dashed_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.arrow_check, Qt.MouseButton.LeftButton)
    line = document.get(element_key("lijn"))
    assert (line.width_mm, line.dashed, line.arrow) == (1.5, True, True)
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.get(element_key("lijn")) == LineElement("lijn", Point(100, 600), Point(160, 600))
    assert panel.line_width_spin.value() == pytest.approx(0.5)
    editor.scene.select_keys([zone_key(document.board.zones[0].id)])
    assert not panel.line_style.isVisible()  # a zone has a border, not an arrow head
    assert panel.line_width_spin.value() == pytest.approx(0.7)  # its border, as printed


def test_a_drawn_line_saves_loads_and_prints(qtbot, window, editor, tmp_path):
    import pypdfium2 as pdfium

    from desktop.print_dialog import PrintDialog

    document, view = editor.document, editor.view
    editor.actions.draw_line.trigger()
    drag(view, view_point(view, 100, 600), view_point(view, 200, 650))
    editor.scene.select_keys([element_key(_lines(document)[0].id)])
    qtbot.mouseClick(window.properties.style_section.dashed_check, Qt.MouseButton.LeftButton)
    [line] = _lines(document)
    path = tmp_path / "met-lijn.bpbord"
    document.save(path)
    assert _lines(BoardDocument.open(path)) == [line]
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    [dialog] = window.findChildren(PrintDialog)
    assert _lines(dialog.board) == [line]
    target = tmp_path / "met-lijn.pdf"
    assert dialog.export_pdf(target) == target
    pdf = pdfium.PdfDocument(target.read_bytes())
    assert len(pdf) >= 1
    pdf.close()
    dialog.close()


def test_dragging_a_group_heading_carries_its_zones_in_one_step(qtbot, editor):
    document, view, scene = editor.document, editor.view, editor.scene
    board = document.board
    primair = [zone for zone in board.zones if zone.group == "primair"]
    others = {zone.id: zone.rect for zone in board.zones if zone.group != "primair"}
    first = primair[0]
    document.apply("Tekst", {element_key("noot"): TextElement("noot", Rect(60, 110, 40, 20), "noot")})
    document.apply("Pijl", {element_key("pijl"): ConnectorElement("pijl", "noot", first.id)})
    heading = board.group("primair").rect
    view.set_zoom(1.0)
    view.centerOn(heading.x + 50, heading.y)
    steps = document.undo_stack.count()
    start = view_point(view, heading.x + 50, heading.y + heading.height / 2)
    drag(view, start, QPoint(start.x(), start.y() + 10), modifiers=ALT)  # 10 mm down, off the grid
    new_heading = document.board.group("primair").rect
    dy = new_heading.y - heading.y
    assert dy == pytest.approx(10, abs=0.5)
    assert new_heading.x == heading.x
    assert document.undo_stack.count() == steps + 1
    for zone in primair:
        assert document.board.zone(zone.id).rect == Rect(
            zone.rect.x, zone.rect.y + dy, zone.rect.width, zone.rect.height
        )
    assert {zone.id: zone.rect for zone in document.board.zones if zone.group != "primair"} == others
    assert document.get(element_key("noot")).rect == Rect(60, 110, 40, 20)
    arrow = scene.item_for(element_key("pijl")).endpoints()
    moved = document.board.zone(first.id).rect
    assert moved.contains_point(arrow.p2().x(), arrow.p2().y())  # the arrow stays on its zone
    document.undo_stack.undo()
    assert document.board.group("primair").rect == heading
    assert [document.board.zone(zone.id).rect for zone in primair] == [zone.rect for zone in primair]


def test_resizing_a_group_heading_leaves_its_zones(qtbot, editor):
    document, view, scene = editor.document, editor.view, editor.scene
    before = {zone.id: zone.rect for zone in document.board.zones}
    heading = document.board.group("primair").rect
    view.set_zoom(1.0)
    view.centerOn(heading.right - 50, heading.y)
    scene.select_keys([group_key("primair")])
    south = next(item for item in scene.items() if isinstance(item, ResizeHandle) and item.role == "s")
    east = next(item for item in scene.items() if isinstance(item, ResizeHandle) and item.role == "e")
    start = view.mapFromScene(east.scenePos())
    drag(view, start, QPoint(start.x() - 40, start.y()))
    assert document.board.group("primair").rect.width < heading.width
    assert south is not None
    assert {zone.id: zone.rect for zone in document.board.zones} == before
