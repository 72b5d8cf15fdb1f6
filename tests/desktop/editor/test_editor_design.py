"""Designing one's own board in the editor: contents move along, groups, order, turning, pictures, shapes, tables."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from boards.editing import bundle_key, element_key, zone_key
from boards.images import MAX_IMAGE_BYTES
from boards.model import ImageElement, Shape
from desktop.document import BoardDocument
from tests.support.design import png_bytes, styled_board
from tests.support.qt_input import click, drag, view_point

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def editor(window):
    window._set_document(BoardDocument(styled_board()))
    return window.editor


def _press(qtbot, editor, key, modifiers=Qt.KeyboardModifier.NoModifier):
    editor.window().activateWindow()
    qtbot.keyClick(editor.view, key, modifiers)


def test_dragging_a_column_takes_its_text_along_as_one_step(qtbot, editor):
    document, view = editor.document, editor.view
    goed, note = document.board.zone("goed").rect, document.board.element("noot-goed").rect
    drag(view, view_point(view, goed.x + 10, goed.bottom - 10), view_point(view, goed.x + 10, goed.bottom - 5))
    moved = document.board.zone("goed").rect
    assert moved.y > goed.y
    assert document.board.element("noot-goed").rect == note.moved(0, moved.y - goed.y)
    document.undo_stack.undo()
    assert document.board.zone("goed").rect == goed and document.board.element("noot-goed").rect == note


def test_duplicate_copies_the_column_with_its_contents_on_the_grid(qtbot, editor):
    document = editor.document
    editor.scene.select_keys([zone_key("beter")])
    _press(qtbot, editor, Qt.Key.Key_D, CTRL)
    new = [key for key in editor.selected_keys()]
    assert len(new) == 2  # the zone and the star lying on it
    copy = document.board.zone(new[0].split(":")[1])
    assert copy.rect.x - document.board.zone("beter").rect.x == pytest.approx(110)  # beside it, one grid step apart
    assert document.undo_stack.undoText() == "Dupliceren"


def test_ctrl_g_groups_and_ctrl_shift_g_ungroups_without_touching_snapping(qtbot, editor):
    document, scene, view = editor.document, editor.scene, editor.view
    scene.select_keys([zone_key("rond"), zone_key("cirkel")])
    _press(qtbot, editor, Qt.Key.Key_G, CTRL)
    bundle = next(b for b in document.board.bundles if "rond" in b.members)
    scene.clearSelection()
    rond = document.board.zone("rond").rect
    click(view, view_point(view, rond.center.x, rond.center.y))
    assert set(editor.selected_keys()) == {zone_key("rond"), zone_key("cirkel")}
    _press(qtbot, editor, Qt.Key.Key_G, CTRL | SHIFT)
    assert document.board.bundle(bundle.id) is None
    assert editor.actions.snap.isChecked() and scene.snap_enabled  # Ctrl+Shift+G no longer switches it off
    document.undo_stack.undo()
    assert document.board.bundle(bundle.id) is not None


def test_turn_front_back_lock_and_hide(qtbot, editor):
    document, scene = editor.document, editor.scene
    scene.select_keys([element_key("noot-goed")])
    _press(qtbot, editor, Qt.Key.Key_R, CTRL)
    assert document.board.element("noot-goed").rotation == 90
    scene.select_keys([zone_key("goed")])
    editor.bring_to_front()
    assert document.board.zone("goed").z == 1
    assert scene.item_for(zone_key("goed")).zValue() > scene.item_for(element_key("noot-goed")).zValue()
    editor.toggle_lock()
    assert document.board.zone("goed").locked
    before = document.board.zone("goed").rect
    rect = before
    drag(
        editor.view,
        view_point(editor.view, rect.x + 5, rect.bottom - 5),
        view_point(editor.view, rect.x + 60, rect.bottom),
    )
    assert document.board.zone("goed").rect == before  # locked: stays
    editor.toggle_printed()
    assert not document.board.zone("goed").printed
    for _ in range(4):
        document.undo_stack.undo()
    assert document.board.zone("goed").z == 0 and document.board.element("noot-goed").rotation == 0


def test_pasting_a_picture_puts_it_on_the_board(qtbot, editor, messages):
    document = editor.document
    mime = QMimeData()
    mime.setData("image/png", png_bytes(300, 150))
    QGuiApplication.clipboard().setMimeData(mime)
    _press(qtbot, editor, Qt.Key.Key_V, CTRL)
    key = editor.selected_keys()[0]
    picture = document.get(key)
    assert isinstance(picture, ImageElement) and picture.media_type == "image/png"
    assert picture.rect.width / picture.rect.height == pytest.approx(2.0, abs=0.01)
    assert document.undo_stack.undoText() == "Afbeelding invoegen"


def test_a_too_big_picture_is_refused_with_a_message(qtbot, editor, messages, tmp_path):
    big = tmp_path / "poster.png"
    big.write_bytes(png_bytes()[:16] + b"\0" * MAX_IMAGE_BYTES)
    before = len(editor.document.board.elements)
    assert editor.add_image_file(str(big)) is None
    assert len(editor.document.board.elements) == before
    kind, _, text = messages.shown[-1]
    assert kind == "warning" and "poster.png" in text and "te groot" in text


def test_palette_shapes_and_a_table(qtbot, window, editor):
    document = editor.document
    for entry, shape in (("shape:ellipse", Shape.ELLIPSE), ("shape:note", Shape.NOTE)):
        item = window.palette.entry_item(entry)
        rect = window.palette.list.visualItemRect(item)
        qtbot.mouseClick(window.palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert document.get(editor.selected_keys()[0]).shape is shape
    count = len(document.board.zones)
    keys = editor.add_table(2, 3, True, False)
    assert len(document.board.zones) == count + 3 + 6 and len(keys) == 9
    document.undo_stack.undo()
    assert len(document.board.zones) == count


def test_the_unsaved_changes_question_has_dutch_buttons(qtbot, window):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
    )
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert "Opslaan" in texts and "Annuleren" in texts and "Save" not in texts and "Cancel" not in texts


def test_bundles_are_not_drawn(editor):
    assert editor.scene.item_for(bundle_key("set")) is None
