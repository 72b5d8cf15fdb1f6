"""The properties panel on a whole selection: look (fill, border, text, named styles), place and size.

Every change goes through the panel's own controls (typing, clicking, picking from a
colour menu) and is one undo step for the whole selection.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from boards.editing import element_key, group_key, zone_key
from boards.geometry import Rect
from boards.model import Board, Holds, TextElement, Zone, ZoneKind
from boards.paper import Paper
from boards.styles import named_style
from desktop.document import BoardDocument
from tests.support.design import styled_board
from tests.support.panel_input import choose, choose_color, type_into
from tests.support.qt_input import move_to, press, release, view_point

COLUMNS = [zone_key("goed"), zone_key("beter"), zone_key("acties")]


@pytest.fixture
def editor(window):
    window._set_document(BoardDocument(styled_board()))
    return window.editor


@pytest.fixture
def panel(window):
    return window.properties


def test_a_fill_for_three_columns_is_one_undo_step(qtbot, editor, panel):
    document, style = editor.document, panel.style_section
    before = {key: document.get(key) for key in COLUMNS}
    editor.scene.select_keys(COLUMNS)
    assert panel._title.text() == "3 onderdelen"
    assert style.fill_button.isVisible() and style.fill_button.text() == "gemengd"
    steps = document.undo_stack.count()
    choose_color(style.fill_button, "#d2e6f5")
    assert [document.get(key).fill for key in COLUMNS] == ["#d2e6f5"] * 3
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Vulling wijzigen"
    assert style.fill_button.text() == "ijsblauw"  # no longer mixed
    document.undo_stack.undo()
    assert {key: document.get(key) for key in COLUMNS} == before
    assert style.fill_button.text() == "gemengd"


def test_mixed_border_width_shows_empty_and_a_typed_width_goes_to_all(qtbot, editor, panel):
    document, style = editor.document, panel.style_section
    editor.scene.select_keys(COLUMNS)
    spin = style.line_width_spin
    assert spin.mixed and spin.text() == "" and spin.lineEdit().placeholderText() == "gemengd"
    type_into(qtbot, spin, "2")
    assert [document.get(key).border.width_mm for key in COLUMNS] == [2.0, 2.0, 2.0]
    assert not spin.mixed and spin.value() == 2.0
    choose(style.dash_combo, "dotted")
    assert {document.get(key).border.dash for key in COLUMNS} == {"dotted"}
    choose_color(style.line_color_button, "#4a2a70")
    assert {document.get(key).border.color for key in COLUMNS} == {"#4a2a70"}
    for _ in range(3):
        document.undo_stack.undo()
    assert document.get(zone_key("goed")).border.width_mm == 1.5
    assert document.get(zone_key("beter")).border.dash == "dashed"


def test_typing_the_number_hidden_behind_mixed_still_applies_it(qtbot, editor, panel):
    """Two parts at 0.7 mm (the usual) and one at 1.5 mm: typing 0,7 sets the third too."""
    document, style = editor.document, panel.style_section
    editor.scene.select_keys(COLUMNS)
    style.line_width_spin.show_value(0.7)  # what a spin box kept behind "gemengd" may be any number
    editor.scene.select_keys(COLUMNS)
    assert style.line_width_spin.mixed
    type_into(qtbot, style.line_width_spin, "0,7")
    assert [document.get(key).border.width_mm for key in COLUMNS] == [0.7, 0.7, 0.7]


def test_text_size_weight_colour_and_alignment_for_zones_headings_and_text_boxes(qtbot, editor, panel):
    document, style = editor.document, panel.style_section
    keys = [zone_key("beter"), group_key("kop"), element_key("noot-goed")]
    editor.scene.select_keys(keys)
    assert style.font_spin.isVisible() and style.text_color_button.isVisible()
    assert style.font_spin.text() == "passend"  # all three fitted to their boxes
    type_into(qtbot, style.font_spin, "24")
    choose_color(style.text_color_button, "#1d3f66")
    choose(style.align_combo, "right")
    assert style.bold_check.checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(style.bold_check, Qt.MouseButton.LeftButton)
    zone, heading, text = (document.get(key) for key in keys)
    assert zone.text_style.size_pt == heading.text_style.size_pt == text.font_size_pt == 24.0
    assert zone.text_style.color == heading.text_style.color == text.color == "#1d3f66"
    assert zone.text_style.align == heading.text_style.align == text.align == "right"
    assert zone.text_style.bold is False and heading.text_style.bold is False and text.bold is False
    assert document.undo_stack.count() >= 4
    # "passend" (0) gives the size back to the box.
    type_into(qtbot, style.font_spin, "0")
    assert document.get(element_key("noot-goed")).font_size_pt is None
    assert style.font_spin.text() == "passend"


def test_a_half_checked_box_becomes_checked_for_all(qtbot, editor, panel):
    document, style = editor.document, panel.style_section
    document.apply("vet uit", {element_key("noot-goed"): TextElement("noot-goed", Rect(50, 100, 80, 16), "x")})
    editor.scene.select_keys([zone_key("goed"), element_key("noot-goed")])
    assert style.bold_check.checkState() == Qt.CheckState.PartiallyChecked
    qtbot.mouseClick(style.bold_check, Qt.MouseButton.LeftButton)
    assert document.get(element_key("noot-goed")).bold is True
    assert style.bold_check.checkState() == Qt.CheckState.Checked


def test_a_named_style_for_the_selection_and_the_style_it_shows(qtbot, editor, panel):
    document, style = editor.document, panel.style_section
    keys = [zone_key("beter"), zone_key("acties"), element_key("noot-goed")]
    editor.scene.select_keys(keys)
    assert style.named_combo.currentIndex() == -1  # own look: no named style
    steps = document.undo_stack.count()
    choose(style.named_combo, "blauw")
    blauw = named_style("blauw")
    assert all(document.get(key).fill == blauw.fill for key in keys)
    assert document.get(zone_key("beter")).text_style.color == "#1d3f66"
    assert document.undo_stack.count() == steps + 1
    assert style.named_combo.currentData() == "blauw"
    assert style.fill_button.text() == "ijsblauw"


def test_shape_lock_and_print_from_the_panel(qtbot, editor, panel):
    document, style = editor.document, panel.style_section
    editor.scene.select_keys([zone_key("beter")])
    choose(style.shape_combo, "ellipse")
    assert document.get(zone_key("beter")).shape.value == "ellipse"
    qtbot.mouseClick(style.locked_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(style.printed_check, Qt.MouseButton.LeftButton)
    zone = document.get(zone_key("beter"))
    assert zone.locked and not zone.printed
    assert document.undo_stack.undoText() == "Niet afdrukken"
    assert not panel.x_spin.isEnabled()  # locked: not to be moved from the panel either


def test_the_fields_follow_a_drag_live(qtbot, editor, panel):
    document, view = editor.document, editor.view
    goed = document.board.zone("goed").rect
    editor.scene.select_keys([zone_key("goed")])
    assert panel.x_spin.value() == goed.x
    start = view_point(view, goed.x + 10, goed.bottom - 10)
    press(view, start)
    for step in range(1, 5):
        move_to(view, view_point(view, goed.x + 10 + step * 5, goed.bottom - 10))
    assert document.board.zone("goed").rect == goed  # nothing written yet …
    assert panel.x_spin.value() == pytest.approx(goed.x + 20, abs=0.01)  # … but the panel shows where it is
    release(view, view_point(view, goed.x + 30, goed.bottom - 10))
    assert document.board.zone("goed").rect.x == pytest.approx(goed.x + 20)
    assert panel.x_spin.value() == pytest.approx(goed.x + 20)


def test_the_size_fields_follow_a_resize_and_a_group_drag_shows_its_box(qtbot, editor, panel):
    from desktop.editor.items import ResizeHandle

    document, view, scene = editor.document, editor.view, editor.scene
    scene.select_keys([zone_key("acties")])
    acties = document.board.zone("acties").rect
    handle = next(item for item in scene.items() if isinstance(item, ResizeHandle) and item.role == "e")
    start = view.mapFromScene(handle.scenePos())
    press(view, start)
    move_to(view, view_point(view, acties.right + 20, acties.center.y))
    assert panel.w_spin.value() == pytest.approx(acties.width + 20, abs=1)
    release(view, view_point(view, acties.right + 20, acties.center.y))
    scene.select_keys(COLUMNS)
    box_x = panel.x_spin.value()
    assert box_x == 40.0 and not panel.w_spin.isEnabled()  # the box round the three columns


def _roll_board() -> Board:
    """A 2000 × 900 mm roll with a 270 mm wide column."""
    return Board(
        id="rol",
        title="Verbeterbord",
        paper=Paper.custom(2000, 900),
        zones=[Zone("kolom", ZoneKind.COLUMN, Rect(100, 100, 270, 600), "Acties", holds=Holds())],
    )


def test_an_impossible_value_is_refused_with_a_message_not_clamped(qtbot, window, panel):
    window._set_document(BoardDocument(_roll_board()))
    document = window.editor.document
    window.editor.scene.select_keys([zone_key("kolom")])
    steps = document.undo_stack.count()
    type_into(qtbot, panel.x_spin, "1780")
    assert document.board.zone("kolom").rect.x == 100  # not moved, and not put at 1730 either
    assert document.undo_stack.count() == steps
    assert panel.placement_message.isVisible()
    message = panel.placement_message.text()
    assert "x = 1780 mm" in message and "1730" in message and "papier" in message
    assert panel.x_spin.value() == 100
    type_into(qtbot, panel.x_spin, "1730")
    assert document.board.zone("kolom").rect.x == 1730
    assert not panel.placement_message.isVisible()
    type_into(qtbot, panel.w_spin, "300")  # 1730 + 300 > 2000
    assert document.board.zone("kolom").rect.width == 270 and panel.placement_message.isVisible()
    window.editor.scene.select_keys([])
    assert not panel.placement_message.isVisible()


def test_a_picture_keeps_its_proportions_and_a_move_takes_contents_along(qtbot, editor, panel):
    document = editor.document
    logo = document.board.element("logo").rect  # 80 × 40
    editor.scene.select_keys([element_key("logo")])
    type_into(qtbot, panel.w_spin, "60")
    assert (document.board.element("logo").rect.width, document.board.element("logo").rect.height) == (60, 30)
    assert document.board.element("logo").rect.x == logo.x
    note = document.board.element("noot-goed").rect
    editor.scene.select_keys([zone_key("goed")])
    type_into(qtbot, panel.y_spin, "70")
    assert document.board.element("noot-goed").rect == note.moved(0, 10)  # the text on the column came along
    document.undo_stack.undo()
    assert document.board.element("noot-goed").rect == note


def test_several_parts_move_together_by_their_box(qtbot, editor, panel):
    document = editor.document
    editor.scene.select_keys([zone_key("rond"), zone_key("cirkel")])
    rond, cirkel = document.board.zone("rond").rect, document.board.zone("cirkel").rect
    steps = document.undo_stack.count()
    type_into(qtbot, panel.x_spin, "50")
    assert document.board.zone("rond").rect == rond.moved(10, 0)
    assert document.board.zone("cirkel").rect == cirkel.moved(10, 0)
    assert document.undo_stack.count() == steps + 1


def test_a_text_size_the_print_cannot_take_is_refused_with_a_message(qtbot, editor, panel):
    document, style = editor.document, panel.style_section
    editor.scene.select_keys([zone_key("beter")])
    steps = document.undo_stack.count()
    type_into(qtbot, style.font_spin, "1")
    assert document.get(zone_key("beter")).text_style.size_pt is None and document.undo_stack.count() == steps
    assert style.message.isVisible() and "2 tot 400 pt" in style.message.text()
    assert style.font_spin.text() == "passend"  # shows the size it still has
    type_into(qtbot, style.font_spin, "12")
    assert document.get(zone_key("beter")).text_style.size_pt == 12 and not style.message.isVisible()
