"""Recovery copies in the app: one per window, written seconds after a change, offered back only after a
crash, never another window's live work; a damaged copy is set aside, not deleted (issue: two windows
shared one recovery file; autosave ran once a minute)."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QMessageBox

from boards.recovery import recovery_files
from boards.serialize import board_to_dict
from desktop.document import BoardDocument
from desktop.main_window import MainWindow
from desktop.paths import recovery_dir
from desktop.recovery import AUTOSAVE_DELAY_MS
from tests.support.builders import simulate_crash


def _copies() -> list[str]:
    return sorted(path.name for path in recovery_dir().glob("*-bord.bpbord"))


def _edited_window(qtbot, procesplaat) -> MainWindow:
    window = MainWindow(check_recovery=False)
    qtbot.addWidget(window)
    window._set_document(BoardDocument(copy.deepcopy(procesplaat)))
    window.editor.add_zone()
    return window


def test_a_change_is_in_the_recovery_copy_within_seconds(qtbot, window, procesplaat):
    window._set_document(BoardDocument(procesplaat))
    assert not window.autosaver.save_now()  # nothing changed: nothing to save
    assert AUTOSAVE_DELAY_MS <= 3000
    window.editor.add_zone()
    qtbot.waitUntil(lambda: window.board_copy.exists(), timeout=AUTOSAVE_DELAY_MS + 2000)
    assert _copies() == [f"{window.recovery_owner.id}-bord.bpbord"]
    assert (recovery_dir().stat().st_mode & 0o777) == 0o700
    assert (window.board_copy.file.stat().st_mode & 0o777) == 0o600


def test_restore_after_crash_then_clean_close_removes_the_copy(qtbot, messages, procesplaat):
    crashed = _edited_window(qtbot, procesplaat)
    assert crashed.autosaver.save_now()
    saved = board_to_dict(crashed.document.board)
    crashed.document.undo_stack.setClean()  # the crashed window asks nothing any more
    simulate_crash(crashed.recovery_owner)
    messages.answer = QMessageBox.StandardButton.Yes
    restored = MainWindow()
    qtbot.addWidget(restored)
    qtbot.waitUntil(lambda: restored.document is not None)
    assert any(kind == "question" and "herstellen" in text for kind, _, text in messages.shown)
    assert board_to_dict(restored.document.board) == saved
    assert restored.isWindowModified()
    # The restoring window holds the work in its own copy; the crashed window's copy is gone.
    assert _copies() == [f"{restored.recovery_owner.id}-bord.bpbord"]
    restored.document.undo_stack.setClean()
    restored.document._forced_dirty = False
    restored.close()
    assert _copies() == []


def test_a_second_window_never_offers_or_removes_the_first_ones_live_work(qtbot, messages, procesplaat):
    first = _edited_window(qtbot, procesplaat)
    assert first.autosaver.save_now()
    messages.answer = QMessageBox.StandardButton.No  # were it asked, "No" would discard
    second = MainWindow()
    qtbot.addWidget(second)
    qtbot.wait(50)
    assert messages.of_kind("question") == [] and second.document is None
    # Both edited: both copies kept, each its own.
    second._set_document(BoardDocument(copy.deepcopy(procesplaat)))
    second.editor.add_zone()
    second.editor.add_zone()
    assert second.autosaver.save_now()
    assert sorted(_copies()) == sorted(
        [f"{first.recovery_owner.id}-bord.bpbord", f"{second.recovery_owner.id}-bord.bpbord"]
    )
    # Closing one cleanly leaves the other's copy alone.
    second.document.undo_stack.setClean()
    second.close()
    assert _copies() == [f"{first.recovery_owner.id}-bord.bpbord"]
    assert len(first.board_copy.read()[0].zones) == len(first.document.board.zones) == len(procesplaat.zones) + 1
    first.document.undo_stack.setClean()


def test_declining_restore_discards_only_the_crashed_copy(qtbot, messages, procesplaat):
    crashed = _edited_window(qtbot, procesplaat)
    crashed.autosaver.save_now()
    crashed.document.undo_stack.setClean()
    simulate_crash(crashed.recovery_owner)
    messages.answer = QMessageBox.StandardButton.No
    other = MainWindow()
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: bool(messages.of_kind("question")))
    assert other.document is None
    assert _copies() == []


def test_a_damaged_copy_is_reported_and_set_aside_not_deleted(qtbot, messages):
    # A copy as an older Bruinpapier named it (one shared file), damaged.
    (recovery_dir() / "herstel.bpbord").write_text("kapot", encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(messages.of_kind("critical")))
    text = messages.of_kind("critical")[0][2]
    assert "apart gezet" in text
    kept = [path for path in recovery_files(recovery_dir()) if ".beschadigd-" in path.name]
    assert kept and kept[0].read_text(encoding="utf-8") == "kapot" and str(kept[0]) in text
    assert _copies() == [] and window.document is None
    # Not offered again at the next start.
    again = MainWindow()
    qtbot.addWidget(again)
    qtbot.wait(50)
    assert len(messages.of_kind("critical")) == 1


def test_settings_are_private_after_every_save():
    import os
    import stat
    from pathlib import Path

    from desktop.paths import app_settings

    settings = app_settings()
    for value in ("sqlite:////geheim/archief.sqlite", "tweede"):
        settings.setValue("archive/url", value)
        settings.sync()
        file = Path(settings.fileName())
        assert stat.S_IMODE(os.stat(file).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(file.parent).st_mode) == 0o700


def test_a_copy_that_cannot_be_written_is_said_in_the_status_bar(qtbot, window, procesplaat, monkeypatch):
    import errno

    from boards.errors import FileWriteError

    def full_disk(*_args, **_kwargs):
        raise FileWriteError(window.board_copy.file, OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(window.board_copy, "write", full_disk)
    window._set_document(BoardDocument(copy.deepcopy(procesplaat)))
    window.editor.add_zone()
    assert not window.autosaver.save_now()
    assert "Geen herstelkopie bewaard" in window.statusBar().currentMessage()
    assert "de schijf is vol" in window.statusBar().currentMessage()
    window.document.undo_stack.setClean()
