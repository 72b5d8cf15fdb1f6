"""The capture review screen, driven as a user would."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from boards.capture import CaptureOptions, capture_photos
from desktop.review import ReviewWidget
from tests.photos.generator import PhotoSpec


def _widget(qtbot, board):
    widget = ReviewWidget(board)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    return widget


def test_review_edit_and_accept(qtbot, board, brown_photo):
    result = capture_photos([brown_photo.jpeg], board)
    widget = _widget(qtbot, board)
    widget.set_result(result)
    assert widget.note_list.count() == len(result.notes) == len(brown_photo.filled.notes)
    assert "post-its en" in widget.status.text()

    # keyboard-first: type, Enter, and the next note is current
    widget.note_list.setCurrentRow(0)
    first = widget.current_note()
    qtbot.keyClicks(widget.text_edit, "Meer overleg")
    qtbot.keyClick(widget.text_edit, Qt.Key.Key_Return)
    assert widget.note_list.currentRow() == 1
    assert first.text == "Meer overleg" and first.id in widget.confirmed

    # re-assign the second note to another zone with the combo
    second = widget.current_note()
    target = next(zone for zone in board.zones if zone.id != second.zone_id)
    widget.zone_combo.setCurrentIndex(widget.zone_combo.findData(target.id))
    widget.zone_combo.activated.emit(widget.zone_combo.currentIndex())
    assert second.zone_id == target.id

    # move a dot into another cell: it takes that cell
    dot = widget.dots[0]
    other = next(zone for zone in board.zones if zone.id != dot.zone_id and zone.holds.dots)
    widget.move_detection(dot.id, other.rect.center.x, other.rect.center.y)
    assert dot.zone_id == other.id

    # delete one note, add a dot
    count = len(widget.notes)
    widget.note_list.setCurrentRow(2)
    doomed = widget.current_note().id
    widget.delete_selected()
    assert len(widget.notes) == count - 1 and all(note.id != doomed for note in widget.notes)
    cell = board.zones[0]
    before = sum(1 for d in widget.dots if d.zone_id == cell.id and d.kind == "werkdruk")
    added = widget.add_dot("werkdruk", cell.rect.center.x, cell.rect.center.y)
    assert added.zone_id == cell.id

    with qtbot.waitSignal(widget.accepted) as signal:
        widget.accept_button.click()
    results = signal.args[0]
    assert len(results.notes) == count - 1
    assert any(note.text == "Meer overleg" and note.zone_id == first.zone_id for note in results.notes)
    assert next(note for note in results.notes if note.id == second.id).zone_id == target.id
    assert results.dot_count(cell.id, "werkdruk") == before + 1
    assert results.dot_count(other.id, dot.kind) == sum(1 for d in widget.dots if d.zone_id == other.id and d.kind == dot.kind)


def test_review_runs_capture_in_a_thread(qtbot, board, brown_photo):
    widget = _widget(qtbot, board)
    with qtbot.waitSignal(widget.capture_finished, timeout=60000):
        widget.start([brown_photo.jpeg], CaptureOptions())
    widget.wait()
    assert widget.progress.isHidden() and widget.cancel_button.isHidden()
    assert widget.note_list.count() == len(brown_photo.filled.notes)


def test_review_cancel(qtbot, board, brown_photo):
    widget = _widget(qtbot, board)
    widget.start([brown_photo.jpeg] * 3, CaptureOptions())
    widget.cancel()
    widget.wait()
    qtbot.waitUntil(lambda: widget.progress.isHidden(), timeout=60000)
    assert "Afgebroken" in widget.status.text()
    assert widget.result is None and widget.note_list.count() == 0


def test_no_board_offers_four_corners(qtbot, board, make_photo):
    photo = make_photo(PhotoSpec(seed=16, megapixels=3.0, markers=False, max_tilt_deg=25.0))
    widget = _widget(qtbot, board)
    with qtbot.waitSignal(widget.capture_failed, timeout=60000) as failed:
        widget.start([photo.jpeg])
    widget.wait()
    assert "geen bord gevonden" in failed.args[0]
    assert widget.pages.currentIndex() == 1
    assert "linksboven" in widget.corner_help.text()
    picker = widget.corner_picker
    with qtbot.waitSignal(widget.capture_finished, timeout=60000):
        for x, y in photo.board_corners_px(board):
            picker.add_point(x * picker.scale_to_original, y * picker.scale_to_original)
    widget.wait()
    assert widget.pages.currentIndex() == 0
    assert widget.result.photos[0].mode == "corners"
    assert abs(len(widget.notes) - len(photo.filled.notes)) <= 1


def test_corner_picker_undo(qtbot):
    from desktop.review import CornerPicker

    picker = CornerPicker()
    qtbot.addWidget(picker)
    picker.set_photo(np.full((300, 400, 3), 200, np.uint8), 0.5)
    picker.add_point(10, 10)
    picker.add_point(390, 12)
    picker.undo()
    assert picker.points == [(10, 10)]
    with qtbot.waitSignal(picker.corners_chosen) as chosen:
        for point in [(390, 12), (385, 290), (12, 288)]:
            picker.add_point(*point)
    assert chosen.args[0][1] == (780.0, 24.0)  # back in original photo pixels


def test_review_of_two_photos_switches_photo(qtbot, board, brown_photo, make_photo):
    second = make_photo(PhotoSpec(seed=21, megapixels=3.0, max_tilt_deg=35.0), filled=brown_photo.filled)
    result = capture_photos([brown_photo.jpeg, second.jpeg], board)
    widget = _widget(qtbot, board)
    widget.set_result(result)
    assert widget.photo_combo.isVisibleTo(widget) and widget.photo_combo.count() == 2
    assert widget.note_list.count() == len(brown_photo.filled.notes)
    widget.show_photo(1)
    assert widget._photo_index == 1
    pixmap = next(item for item in widget.photo_view.scene().items() if item.type() == 7)  # QGraphicsPixmapItem
    assert pixmap.pixmap().width() == result.photos[1].image.shape[1]


def _mouse(view, kind, scene_point, buttons):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    local = QPointF(view.mapFromScene(scene_point))
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, local, QPointF(view.viewport().mapToGlobal(local.toPoint())), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def test_dragging_a_note_on_the_board_moves_it_to_another_zone(qtbot, board, brown_photo):
    from PySide6.QtCore import QEvent, QPointF

    result = capture_photos([brown_photo.jpeg], board, CaptureOptions(crops=False))
    widget = _widget(qtbot, board)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_result(result)
    note = widget.notes[0]
    target = next(zone for zone in board.zones if zone.id != note.zone_id and zone.holds.notes)
    view = widget.board_view
    start = QPointF(note.x_mm, note.y_mm)
    end = QPointF(target.rect.center.x, target.rect.center.y)
    _mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 11):
        point = start + (end - start) * (step / 10)
        _mouse(view, QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    qtbot.waitUntil(lambda: widget._note(note.id).zone_id == target.id, timeout=3000)
    moved = widget._note(note.id)
    slack = 8 / view.transform().m11()  # a few screen pixels (Qt's drag threshold), in mm
    assert abs(moved.x_mm - target.rect.center.x) < slack and abs(moved.y_mm - target.rect.center.y) < slack
    assert widget.note_list.currentItem().text().endswith(target.label)
