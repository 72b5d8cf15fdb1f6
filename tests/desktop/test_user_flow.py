"""A facilitator's session with the app, driven with real mouse and key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from boards.editing import zone_key
from boards.fileformat import load_board
from boards.serialize import board_to_dict
from desktop.dialogs import NewBoardDialog
from tests.support.qt_input import double_click, drag, view_point


def _create_procesplaat(qtbot, window) -> None:
    qtbot.waitUntil(lambda: "procesplaat-1" in window.gallery.cards)  # built right after the window is shown
    card = window.gallery.cards["procesplaat-1"]
    qtbot.waitUntil(card.isVisible)
    window.gallery.reveal("procesplaat-1")
    qtbot.wait(20)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    dialog = window.findChildren(NewBoardDialog)[-1]
    assert dialog is not None and dialog.isVisible()
    assert dialog.template.currentData() == "procesplaat-1"
    assert dialog.paper.paper().format == "A0"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.document is not None)


def _press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.keyClick(window.editor.view, key, modifiers)


def test_create_edit_undo_save_reopen(qtbot, window, tmp_path, monkeypatch):
    _create_procesplaat(qtbot, window)
    document = window.document
    assert document.board.title == "Procesplaat 1"
    assert len(document.board.zones) == 26
    assert window.current_page_id() == "editor"
    assert window.isWindowModified()  # a new board is not saved yet
    view = window.editor.view

    # Add a zone from the palette with the mouse.
    item = window.palette.entry_item("zone")
    rect = window.palette.list.visualItemRect(item)
    qtbot.mouseClick(window.palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(document.board.zones) == 27
    new_zone = document.board.zones[-1]
    key = zone_key(new_zone.id)
    assert window.editor.selected_keys() == [key]
    before = new_zone.rect

    # Drag it 80 mm to the right and 40 mm down; the move snaps to the 5 mm grid or to a zone's edge.
    zoom = view.zoom()
    start = view_point(view, before.center.x, before.center.y)
    end = QPoint(start.x() + round(80 * zoom), start.y() + round(40 * zoom))
    drag(view, start, end)
    moved = document.board.zone(new_zone.id).rect
    assert moved.x == pytest.approx(before.x + 80, abs=10)
    assert moved.y == pytest.approx(before.y + 40, abs=10)
    edges = {
        value for zone in document.board.zones if zone.id != new_zone.id for value in (zone.rect.x, zone.rect.right)
    }
    assert (
        moved.x % 5 == pytest.approx(0, abs=0.01)
        or moved.x % 5 == pytest.approx(5, abs=0.01)
        or any(abs(moved.x - edge) < 0.01 or abs(moved.right - edge) < 0.01 for edge in edges)
    )
    assert (moved.width, moved.height) == (before.width, before.height)
    assert document.undo_stack.undoText() == "Verplaatsen"
    assert window.cursor_label.text().startswith("x ") and window.cursor_label.text().endswith(" mm")

    # Double-click to edit the label, type a new one, Enter.
    double_click(view, view_point(view, moved.x + 10, moved.y + 5))
    editor = window.editor.scene.inline_editor
    assert editor is not None
    qtbot.keyClicks(view, "Kantine")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.editor.scene.inline_editor is None
    assert document.board.zone(new_zone.id).label == "Kantine"

    # Undo twice (label, move) and redo once, with the keyboard.
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.board.zone(new_zone.id).label == "Nieuwe zone"
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.board.zone(new_zone.id).rect == before
    item_rect = window.editor.scene.item_for(key).live_rect()
    assert item_rect == before  # the scene follows the model
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert document.board.zone(new_zone.id).rect == moved
    assert window.undo_view.stack() is document.undo_stack
    assert document.undo_stack.count() == 3

    # Save with Ctrl+S (the file dialog answers with a path), then reopen and compare.
    target = tmp_path / "mijn-bord.bpbord"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    _press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.exists()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("mijn-bord.bpbord")
    saved = board_to_dict(document.board)
    assert window.open_path(target)
    reopened = window.document
    assert board_to_dict(reopened.board) == saved
    assert board_to_dict(load_board(target)) == saved
    assert reopened.board.zone(new_zone.id).label == "Nieuwe zone"
    assert str(target.resolve()) in window.recent_files()
    assert window.gallery.recent.count() == 1


def test_bad_file_shows_message_and_keeps_board(qtbot, window, messages, tmp_path):
    _create_procesplaat(qtbot, window)
    document = window.document
    window.editor.add_zone()
    broken = tmp_path / "kapot.bpbord"
    broken.write_text("{ dit is geen json", encoding="utf-8")
    assert not window.open_path(broken)
    assert len(messages.of_kind("critical")) == 1
    _, _title, text = messages.of_kind("critical")[0]
    assert "kapot.bpbord" in text and "geen geldig JSON-bestand" in text
    assert window.document is document  # nothing open is lost
    assert len(document.board.zones) == 27
    assert window.isVisible()

    wrong = tmp_path / "ander.bpbord"
    wrong.write_text('{"format": "bruinpapier.session", "schema_version": 1, "session": {}}', encoding="utf-8")
    assert not window.open_path(wrong)
    assert len(messages.of_kind("critical")) == 2
    assert window.document is document


def test_closing_with_unsaved_changes_asks(qtbot, window, messages):
    from PySide6.QtWidgets import QMessageBox

    _create_procesplaat(qtbot, window)
    messages.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    assert len(messages.of_kind("question")) == 1
    messages.answer = QMessageBox.StandardButton.Discard
    assert window.close()


def test_blank_board_at_chosen_paper(qtbot, window):
    qtbot.mouseClick(window.gallery.new_button, Qt.MouseButton.LeftButton)
    dialog = window.findChildren(NewBoardDialog)[-1]
    dialog.paper.format.setCurrentIndex(dialog.paper.format.findData("A3"))
    dialog.paper.orientation.setCurrentIndex(dialog.paper.orientation.findData("portrait"))
    dialog.title.setText("Ideeënmuur")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    board = window.document.board
    assert (board.paper.format, board.width_mm, board.height_mm) == ("A3", 297.0, 420.0)
    assert board.title == "Ideeënmuur" and board.zones == [] and board.header is not None


def test_main_window_png(qtbot, window, output_dir):
    window.resize(1400, 900)
    qtbot.wait(20)
    window.gallery.load_all_previews()
    qtbot.wait(20)
    window.grab().save(str(output_dir / "start.png"))
    _create_procesplaat(qtbot, window)
    window.editor.scene.select_keys([zone_key("toetsen-afnemen")])
    qtbot.wait(50)
    image = window.grab().toImage()
    path = output_dir / "main_window.png"
    assert image.save(str(path))
    assert path.stat().st_size > 20_000
    # The board is drawn: the middle of the canvas is kraft brown, not the grey desk.
    view = window.editor.view
    center = view.mapTo(window, view.viewport().rect().center())
    color = image.pixelColor(center)
    assert color.red() > color.blue() + 30
