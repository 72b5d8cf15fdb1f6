"""Reading a photo of the filled board into the open session, from the Sessie menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from boards.merging import Keep
from boards.session import NoteSource
from boards.templates import load_template
from desktop.document import BoardDocument
from desktop.results.merge_dialog import MergeDialog
from desktop.workspace import PHOTO_PAGE, SESSION_PAGE
from tests.support.modal import when_shown


def test_photo_results_are_taken_over_into_the_session_and_stored_with_it(
    controller, qtbot, tmp_path, board_photo, output_dir
) -> None:
    path = tmp_path / "bord.jpg"
    board_photo.write(path)
    window = controller.window
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    workspace = controller.workspace_controller
    workspace.new_action.trigger()
    session = workspace.session_page.session
    truth = board_photo.filled.dot_counts()
    (zone_id, kind), count = next(iter(truth.items()))
    editor = workspace.session_page.editor
    editor.document.set_dot_count(zone_id, kind, count + 4)  # typed before the photo was read
    typed_note = editor.document.add_note(zone_id, "Getypt", "yellow")

    review = workspace.review_photos([str(path)])
    assert window.current_page_id() == PHOTO_PAGE
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        pass
    assert window.active_undo_stack() is review.undo_stack

    # The typed zone differs from the photo: the user is asked; cancelling takes nothing over.
    cancel = when_shown(MergeDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
    assert cancel and window.current_page_id() == PHOTO_PAGE and review.has_unaccepted_results()
    assert session.results.dot_count(zone_id, kind) == count + 4

    def take_the_photo_counts(dialog: MergeDialog) -> None:
        zones = [zone.zone_id for zone, _part in dialog.conflicts]
        assert zone_id in zones
        dialog.grab().save(str(output_dir / "merge-dialog.png"))
        dialog.choose_all(Keep.INCOMING)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    asked = when_shown(MergeDialog, take_the_photo_counts)
    qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
    assert asked and window.current_page_id() == SESSION_PAGE
    assert "overgenomen" in window.statusBar().currentMessage()
    photo_notes = [note for note in session.results.notes if note.source is NoteSource.PHOTO]
    assert len(photo_notes) == len(board_photo.filled.notes)
    assert {(dot.zone_id, dot.kind): dot.count for dot in session.results.dots if dot.count} == truth
    editor.undo_stack.undo()  # taking over is one step
    assert [note.id for note in session.results.notes] == [typed_note.id]
    assert session.results.dot_count(zone_id, kind) == count + 4

    workspace.session_page.editor.undo_stack.redo()
    assert workspace.save_session()
    archive = workspace.archive()
    assert archive.photo(session.id, "bord.jpg") == path.read_bytes()
