"""The loop with the keyboard alone: every key goes to the widget that has the focus, as a user types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.dialogs import NewBoardDialog
from tests.support.app_pages import settle

CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


def _focus():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifiers)
    if modifiers & ALT:
        qtbot.wait(150)  # a mnemonic "animates" the click: the button is pressed 100 ms later
    settle()


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(_focus(), text)
    settle()


def test_template_to_analysis_and_archive_with_the_keyboard(qtbot, controller, tmp_path, monkeypatch):
    window, workspace = controller.window, controller.workspace_controller
    window.gallery.ensure_templates()
    settle()
    # Start: the search field has the focus; type, ↓ to the first card, Enter.
    assert _focus() is window.gallery.search
    type_text(qtbot, "procesplaat 1")
    press(qtbot, Qt.Key.Key_Down)
    assert _focus() is window.gallery.cards["procesplaat-1"]
    press(qtbot, Qt.Key.Key_Return)
    dialog = window.findChildren(NewBoardDialog)[-1]
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_Return)  # "Bord maken" is the default button
    qtbot.waitUntil(lambda: window.document is not None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.current_page_id() == "editor"

    # A session with this board: typing goes straight into the first zone.
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    editor = workspace.session_page.editor
    assert window.current_page_id() == "session" and _focus() is editor.entry
    first = editor.current_zone.id
    type_text(qtbot, "Te veel toetsen")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2, ALT)  # note colour 2 for the next note
    type_text(qtbot, "Nakijken kost avonden")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_D, CTRL)  # count dots
    type_text(qtbot, "4")
    press(qtbot, Qt.Key.Key_Return)
    session = workspace.session_page.session
    assert [(note.zone_id, note.text) for note in session.results.notes] == [
        (first, "Te veel toetsen"),
        (first, "Nakijken kost avonden"),
    ]
    assert session.results.notes[1].color != session.results.notes[0].color
    assert session.results.dot_count(first, editor.session.board.zone(first).holds.dots[0].id) == 4

    # Save (Ctrl+Alt+S), analyse (Alt+N: A_nalyseren), export Excel (Alt+C: Ex_cel…).
    press(qtbot, Qt.Key.Key_S, CTRL | ALT)
    assert not workspace.session_dirty()
    press(qtbot, Qt.Key.Key_N, ALT)
    assert window.current_page_id() == "analysis"
    target = tmp_path / "analyse.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "")))
    press(qtbot, Qt.Key.Key_C, ALT)
    assert target.exists()

    # The archive (Ctrl+5): the search has the focus, Tab to the list, ↓ and Enter open the session again.
    press(qtbot, Qt.Key.Key_5, CTRL)
    assert window.current_page_id() == "archive"
    browser = workspace.archive_page.browser
    assert _focus() is browser.search  # typing searches the archive
    press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is browser.table
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page_id() == "session"
    assert workspace.session_page.session.id == session.id
