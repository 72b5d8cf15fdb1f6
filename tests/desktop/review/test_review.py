"""Driving the review screen with real generated photos."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.desktop.review.conftest import save_png


def _load(qtbot, review, path):
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        review.load_photos([path])


def test_loading_a_photo_lists_the_detections(qtbot, review, photo_file, board_photo):
    _load(qtbot, review, photo_file)
    assert review.state == "review"
    assert review.progress.value() == 100 or not review.progress.isVisible()
    truth = board_photo.filled
    assert len(review.model.notes) == len(review.result.notes) >= len(truth.notes) - 1
    assert len(review.model.dots) == len(review.result.dots) >= len(truth.dots) - 2
    assert len(review.note_list.rows) == len(review.model.notes)
    assert review.current_id() == review.model.notes[0].id
    # the straightened photo lies on the board where it belongs
    photo = review.result.photos[0]
    region = photo.rectified_region
    shown = review.board_view.background().sceneBoundingRect()
    expected = (
        (region.x, region.y, region.width, region.height)
        if region
        else (0, 0, review.board.width_mm, review.board.height_mm)
    )
    assert all(abs(a - b) < 1.5 for a, b in zip((shown.x(), shown.y(), shown.width(), shown.height()), expected))
    save_png(qtbot, review, "review.png")


def test_delete_key_removes_a_note_and_undo_brings_it_back(qtbot, review, photo_file):
    _load(qtbot, review, photo_file)
    before = [note.id for note in review.model.notes]
    victim = before[2]
    review.set_current(victim)
    review.board_view.setFocus()
    qtbot.keyClick(review.board_view, Qt.Key.Key_Delete)
    assert victim not in [note.id for note in review.model.notes]
    assert len(review.model.notes) == len(before) - 1
    assert victim not in review.note_list.rows
    assert review.current_id() == before[3]  # the next note becomes current
    qtbot.keyClick(review.board_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [note.id for note in review.model.notes] == before
    assert victim in review.note_list.rows
    qtbot.keyClick(
        review.board_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(review.model.notes) == len(before) - 1


def _drag(qtbot, view, start, end):
    viewport = view.viewport()
    a = view.mapFromScene(QPointF(*start))
    b = view.mapFromScene(QPointF(*end))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for step in range(1, 6):
        point = a + (b - a) * step / 5
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(point),
            QPointF(viewport.mapToGlobal(point)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_dragging_a_note_to_another_zone_changes_its_zone(qtbot, review, photo_file, board):
    _load(qtbot, review, photo_file)
    note = review.model.notes[0]
    target = next(zone for zone in board.zones if zone.id != note.zone_id and zone.holds.notes)
    start = (note.x_mm, note.y_mm)
    end = (target.rect.x + target.rect.width / 2, target.rect.y + target.rect.height / 2)
    review.set_current(note.id)
    _drag(qtbot, review.board_view, start, end)
    moved = review.model.item(note.id)
    assert moved.zone_id == target.id
    assert abs(moved.x_mm - end[0]) < 3 and abs(moved.y_mm - end[1]) < 3
    assert review.undo_stack.count() == 1
    review.undo_stack.undo()
    assert review.model.item(note.id).zone_id != target.id
    assert (review.model.item(note.id).x_mm, review.model.item(note.id).y_mm) == start


def test_typing_a_text_and_enter_moves_to_the_next_note(qtbot, review, photo_file):
    _load(qtbot, review, photo_file)
    first, second = review.model.notes[0].id, review.model.notes[1].id
    field = review.note_list.rows[first].text
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, "te veel overleg")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert review.model.item(first).text == "te veel overleg"
    assert review.model.item(first).confirmed
    assert review.current_id() == second
    assert QApplication.focusWidget() is review.note_list.rows[second].text
    assert review.note_list.rows[second].property("current") is True
    assert review.board_view.selected_ids() == [second]
    review.undo_stack.undo()
    assert review.model.item(first).text == ""
    assert review.note_list.rows[first].text.text() == ""


def test_accept_emits_results_with_dot_counts_per_zone(qtbot, review, photo_file, board_photo, board):
    from boards.session import NoteSource

    _load(qtbot, review, photo_file)
    truth = board_photo.filled.dot_counts()
    found = {(count.zone_id, count.kind): count.count for count in review.result.dot_counts()}
    exact = sum(1 for key, count in truth.items() if found.get(key, 0) == count)
    assert exact >= len(truth) - 1
    # the user adds a werkplezier dot in the first zone and deletes one note
    zone = board.zones[0]
    review.add_dot(zone.rect.x + 30, zone.rect.bottom - 20, kind="werkplezier")
    removed = review.model.notes[-1].id
    review.set_current(removed)
    review.delete_selected()
    review.set_text(review.model.notes[0].id, "planning", confirm=True)
    with qtbot.waitSignal(review.accepted, timeout=2000) as signal:
        qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
    results = signal.args[0]
    expected = dict(found)
    expected[(zone.id, "werkplezier")] = expected.get((zone.id, "werkplezier"), 0) + 1
    assert {(count.zone_id, count.kind): count.count for count in results.dots} == expected
    assert len(results.notes) == len(review.result.notes) - 1
    assert removed not in [note.id for note in results.notes]
    assert all(note.source is NoteSource.PHOTO for note in results.notes)
    assert results.notes[0].text == "planning"
    assert all(note.zone_id is not None and note.x_mm is not None and note.width_mm > 40 for note in results.notes)
    assert results == review.to_results()


def test_nothing_is_emitted_before_accept(qtbot, review, photo_file):
    emitted = []
    review.accepted.connect(emitted.append)
    _load(qtbot, review, photo_file)
    review.delete_selected()
    assert emitted == []


def test_arrow_keys_and_escape_in_the_note_list(qtbot, review, photo_file):
    _load(qtbot, review, photo_file)
    ids = [note.id for note in review.model.notes]
    rows = review.note_list.rows
    rows[ids[0]].text.setFocus()
    qtbot.keyClicks(rows[ids[0]].text, "eerste")
    qtbot.keyClick(rows[ids[0]].text, Qt.Key.Key_Down)
    assert review.current_id() == ids[1] and QApplication.focusWidget() is rows[ids[1]].text
    assert review.model.item(ids[0]).text.endswith("eerste")  # kept when leaving with an arrow
    qtbot.keyClicks(rows[ids[1]].text, "fout")
    qtbot.keyClick(rows[ids[1]].text, Qt.Key.Key_Escape)
    assert rows[ids[1]].text.text() == review.model.item(ids[1]).text
    qtbot.keyClick(rows[ids[1]].text, Qt.Key.Key_Up)
    assert review.current_id() == ids[0]
    # Enter on the board view puts the cursor in the current note's field
    review.set_current(ids[2])
    review.board_view.setFocus()
    qtbot.keyClick(review.board_view, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is rows[ids[2]].text


def test_empty_screen_invites_to_choose_photos(qtbot, review):
    assert review.state == "empty"
    assert "Kies foto's" in review.status_label.text()
    assert not review.accept_button.isEnabled() and not review.progress.isVisible()
    review.accept()
    save_png(qtbot, review, "review-empty.png")


def test_choosing_new_photos_asks_before_dropping_unaccepted_work(qtbot, review, photo_file, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    _load(qtbot, review, photo_file)
    assert review.has_unaccepted_results()
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *args, **kwargs: ([str(photo_file)], "")))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.No),
    )
    notes = list(review.model.notes)
    qtbot.mouseClick(review.open_button, Qt.MouseButton.LeftButton)
    assert asked and "nog niet overgenomen" in asked[0]
    assert review.model.notes == notes and not review.is_running()
    review.accept()
    assert not review.has_unaccepted_results()
    review.delete_selected()
    assert review.has_unaccepted_results()  # an edit after accepting is new work


def test_detections_are_drawn_where_they_are_in_the_photo(qtbot, review, board_photo, board):
    import cv2
    import numpy as np

    from boards.capture import CaptureOptions, capture_photos
    from desktop.review.board_view import ITEM_ID

    result = capture_photos([board_photo.jpeg], board, CaptureOptions())
    review.show_result(result)
    assert review.state == "review" and len(review.model.notes) == len(result.notes)
    photo = result.photos[0]
    drawn = {item.data(ITEM_ID): item for item in review.photo_view.scene().items() if item.data(ITEM_ID)}
    assert len(drawn) == len(result.notes) + len(result.dots)
    for note in result.notes[:5]:
        truth = min(board_photo.filled.notes, key=lambda t: (t.x_mm - note.x_mm) ** 2 + (t.y_mm - note.y_mm) ** 2)
        where = (
            cv2.perspectiveTransform(np.array([[[truth.x_mm, truth.y_mm]]]), board_photo.board_to_photo)[0, 0]
            * photo.scale
        )
        polygon = drawn[note.id].polygon()
        centre = sum((polygon.at(i) for i in range(polygon.size())), QPointF()) / polygon.size()
        assert abs(centre.x() - where[0]) < 6 and abs(centre.y() - where[1]) < 6


def test_the_conclusie_is_typed_over_from_the_photo_and_taken_over(qtbot, review, photo_file):
    from boards.session import NoteSource

    _load(qtbot, review, photo_file)
    panel = review.written_panel
    assert panel.isVisible() and list(panel.edits) == ["antwoorden", "conclusie"]
    assert panel.images["conclusie"].pixmap().width() > 100  # the cut-out of the CONCLUSIE area
    words = "ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK IN DE ADMINISTRATIEVE PROCESSEN ERVAREN"
    qtbot.keyClicks(panel.edits["conclusie"], words)
    save_png(qtbot, review, "review-conclusie.png")
    with qtbot.waitSignal(review.accepted, timeout=2000) as signal:
        qtbot.mouseClick(review.accept_button, Qt.MouseButton.LeftButton)
    typed = [note for note in signal.args[0].notes if note.zone_id == "conclusie" and note.x_mm is None]
    assert [(note.text, note.source) for note in typed] == [(words, NoteSource.PHOTO)]  # not a post-it: no place
    assert not [note for note in signal.args[0].notes if note.zone_id == "antwoorden" and note.x_mm is None]
