"""Reading a photo of the filled board into the open session, from the Sessie menu."""

from __future__ import annotations

from PySide6.QtCore import Qt

from boards.session import NoteSource
from boards.templates import load_template
from desktop.document import BoardDocument
from desktop.workspace import PHOTO_PAGE, SESSION_PAGE


def test_photo_results_are_taken_over_into_the_session_and_stored_with_it(
    controller, qtbot, tmp_path, board_photo
) -> None:
    path = tmp_path / "bord.jpg"
    board_photo.write(path)
    window = controller.window
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    workspace = controller.workspace_controller
    workspace.new_action.trigger()
    session = workspace.session_page.session

    review = workspace.review_photos([str(path)])
    assert window.current_page_id() == PHOTO_PAGE
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        pass
    assert window.active_undo_stack() is review.undo_stack
    truth = board_photo.filled.dot_counts()
    qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)

    assert window.current_page_id() == SESSION_PAGE
    photo_notes = [note for note in session.results.notes if note.source is NoteSource.PHOTO]
    assert len(photo_notes) == len(board_photo.filled.notes)
    assert {(dot.zone_id, dot.kind): dot.count for dot in session.results.dots if dot.count} == truth
    workspace.session_page.editor.undo_stack.undo()  # taking over is one step
    assert session.results.notes == []

    workspace.session_page.editor.undo_stack.redo()
    assert workspace.save_session()
    archive = workspace.archive()
    assert archive.photo(session.id, "bord.jpg") == path.read_bytes()
