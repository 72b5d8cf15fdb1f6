"""Switching the interface language (restoring after a crash: test_recovery.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from boards.errors import BoardFileError
from desktop.dialogs import SettingsDialog
from desktop.document import BoardDocument
from desktop.i18n import error_text, install_language, saved_language

REAL_QUESTION = QMessageBox.question  # taken before the ``messages`` fixture stands in for it


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


@pytest.mark.parametrize(
    ("language", "expected"), [("nl", {"Opslaan", "Verwerpen", "Annuleren"}), ("en", {"Save", "Discard", "Cancel"})]
)
def test_the_unsaved_changes_question_speaks_the_interface_language(
    qtbot, monkeypatch, window, procesplaat, language, expected
):
    """The real message box of closing a changed board: its buttons are in the language of the interface."""
    install_language(language)
    monkeypatch.setattr(QMessageBox, "question", REAL_QUESTION)
    document = BoardDocument(procesplaat)
    window._set_document(document)
    window.editor.add_zone()
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.extend(button.text().replace("&", "") for button in box.buttons())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    try:
        assert window.maybe_save() is False  # cancelled: the board stays open with its change
        assert set(seen) == expected
        assert document.dirty
    finally:
        document.undo_stack.setClean()  # closing the window at the end asks nothing
