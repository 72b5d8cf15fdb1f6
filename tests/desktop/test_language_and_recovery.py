"""Switching the interface language, and restoring a board after a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from boards.errors import BoardFileError
from boards.serialize import board_to_dict
from desktop.dialogs import SettingsDialog
from desktop.document import BoardDocument
from desktop.i18n import error_text, install_language, saved_language
from desktop.main_window import MainWindow
from desktop.recovery import has_recovery, recovery_file


def test_switch_language_to_english_keeps_the_board(qtbot, controller, procesplaat):
    window = controller.window
    assert window.menu("file").title() == "&Bestand"
    document = BoardDocument(procesplaat)
    window._set_document(document)
    window.editor.add_zone()
    window.show_settings()
    dialog = window.findChildren(SettingsDialog)[-1]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    english = controller.window
    qtbot.addWidget(english)
    assert english is not window
    assert english.menu("file").title() == "&File"
    assert english.menu("edit").title() == "&Edit"
    assert english.editor.actions.add_zone.text() == "Add zone"
    assert english.tabs.tabText(0) == "Start" and english.tabs.tabText(1) == "Board"
    assert english.document is document and len(document.board.zones) == 27  # nothing lost
    assert document.undo_stack.canUndo()
    assert saved_language() == "en"
    # The core's messages are translated too.
    error = BoardFileError(
        "x.bpbord", "", __import__("boards.errors", fromlist=["problem"]).problem("het bestand bestaat niet")
    )
    assert error_text(error) == "x.bpbord: the file does not exist"
    install_language("nl")
    assert error_text(error) == "x.bpbord: het bestand bestaat niet"


def test_autosave_and_restore_after_crash(qtbot, window, messages, procesplaat):
    document = BoardDocument(procesplaat)
    window._set_document(document)
    assert not window.autosaver.save_now()  # nothing changed: nothing to save
    window.editor.add_zone()
    assert window.autosaver.save_now()
    assert has_recovery()
    saved = board_to_dict(document.board)
    # "Crash": a new window starts while the recovery file is still there.
    messages.answer = QMessageBox.StandardButton.Yes
    restored = MainWindow()
    qtbot.addWidget(restored)
    qtbot.waitUntil(lambda: restored.document is not None)
    assert any(kind == "question" and "herstellen" in text for kind, _, text in messages.shown)
    assert board_to_dict(restored.document.board) == saved
    assert restored.isWindowModified()
    # Saving clears the recovery file; closing cleanly does too.
    restored.document.undo_stack.setClean()
    restored.document._forced_dirty = False
    restored.close()
    assert not has_recovery()


def test_damaged_recovery_file_is_reported_and_removed(qtbot, messages):
    recovery_file().write_text("kapot", encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(messages.of_kind("critical")))
    assert "herstel.bpbord" in messages.of_kind("critical")[0][2]
    assert not has_recovery()
    assert window.document is None


def test_declining_restore_discards_the_copy(qtbot, window, messages, procesplaat):
    document = BoardDocument(procesplaat)
    window._set_document(document)
    window.editor.add_zone()
    window.autosaver.save_now()
    messages.answer = QMessageBox.StandardButton.No
    other = MainWindow()
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: bool(messages.of_kind("question")))
    assert other.document is None
    assert not has_recovery()


def test_english_translation_is_complete():
    """Every text of the app shell, the editor, the print dialog and the core has English."""
    import xml.etree.ElementTree as ET

    from desktop.i18n import translations_dir

    shell = {
        "MainWindow",
        "EditorPage",
        "BoardScene",
        "BoardDocument",
        "GalleryPage",
        "TemplateCard",
        "NewBoardDialog",
        "PaperChooser",
        "SettingsDialog",
        "PropertiesPanel",
        "Palette",
        "PrintDialog",
        "errors",
        "model",
        "symbols",
        "colors",
    }
    tree = ET.parse(translations_dir() / "bruinpapier_en.ts")
    checked, unfinished = 0, []
    for context in tree.getroot().iter("context"):
        if context.findtext("name") not in shell:
            continue
        for message in context.iter("message"):
            checked += 1
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                unfinished.append(message.findtext("source"))
    assert checked > 300
    assert unfinished == []
    assert (translations_dir() / "bruinpapier_en.qm").stat().st_size > 10_000
