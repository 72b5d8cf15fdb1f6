"""The review screen as a page of the main window: its keys work there too."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_undo_keys_work_as_a_page_of_the_main_window(qtbot, tmp_path, monkeypatch, board, photo_file):
    from boards.capture import CaptureOptions
    from desktop.app import WindowController, create_app
    from desktop.review import ReviewWidget

    create_app()
    window = WindowController().open_window(check_recovery=False)
    qtbot.addWidget(window)
    review = ReviewWidget(board, options=CaptureOptions(ocr=False))
    window.add_page("review", review, "Foto's")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("review")
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        review.load_photos([photo_file])
    count = len(review.model.notes)
    review.set_current(review.model.notes[1].id)
    review.board_view.setFocus()
    qtbot.keyClick(review.board_view, Qt.Key.Key_Delete)
    assert len(review.model.notes) == count - 1
    qtbot.keyClick(review.board_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(review.model.notes) == count
    qtbot.keyClick(
        review.board_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(review.model.notes) == count - 1
    assert window.active_undo_stack() is review.undo_stack
