"""Adding detections with the mouse, re-assigning them from the side panel, OCR text in the list."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from boards.capture import CaptureResult, DotDetection, NoteDetection


def _load(qtbot, review, paths):
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        review.load_photos(paths)


def _double_click(qtbot, view, x, y, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, pos=view.mapFromScene(QPointF(x, y)))


def _free_spot(review, zone, taken=()):
    """A point in ``zone`` away from every detection and from ``taken`` points (None if there is none)."""
    for fx in np.linspace(0.15, 0.85, 8):
        for fy in np.linspace(0.3, 0.85, 6):
            x, y = zone.rect.x + fx * zone.rect.width, zone.rect.y + fy * zone.rect.height
            items = [(item.x_mm, item.y_mm) for item in (*review.model.notes, *review.model.dots)] + list(taken)
            if all(abs(ix - x) > 45 or abs(iy - y) > 45 for ix, iy in items):
                return x, y
    return None


def _room_for_two(review, zone) -> bool:
    first = _free_spot(review, zone)
    return first is not None and _free_spot(review, zone, [first]) is not None


def test_double_click_adds_a_note_and_shift_double_click_a_dot(qtbot, review, photo_file, board):
    _load(qtbot, review, photo_file)
    notes, dots = len(review.model.notes), len(review.model.dots)
    # a cell with room for a note (the generated photo fills cells at random)
    zone = next(zone for zone in board.zones[7:] if zone.holds.dots and _room_for_two(review, zone))
    x, y = _free_spot(review, zone)
    _double_click(qtbot, review.board_view, x, y)
    assert len(review.model.notes) == notes + 1
    added = review.model.item(review.current_id())
    assert added.zone_id == zone.id and added.width_mm == 76.0 and added.height_mm == 76.0
    assert QApplication.focusWidget() is review.note_list.rows[added.id].text  # type the text right away
    qtbot.keyClicks(QApplication.focusWidget(), "nieuw")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert added.text == "nieuw"

    review.new_dot_combo.setCurrentIndex(review.new_dot_combo.findData("werkplezier"))
    x, y = _free_spot(review, zone)
    _double_click(qtbot, review.board_view, x, y, Qt.KeyboardModifier.ShiftModifier)
    assert len(review.model.dots) == dots + 1
    dot = review.model.item(review.current_id())
    assert dot.kind == "werkplezier" and dot.zone_id == zone.id
    review.undo_stack.undo()
    assert len(review.model.dots) == dots


def test_side_panel_reassigns_zone_colour_and_kind(qtbot, review, photo_file, board):
    _load(qtbot, review, photo_file)
    note = review.model.notes[0]
    review.set_current(note.id)
    other = next(zone for zone in board.zones if zone.id != note.zone_id)
    review.zone_combo.setCurrentIndex(review.zone_combo.findData(other.id))
    review.zone_combo.activated.emit(review.zone_combo.currentIndex())
    assert note.zone_id == other.id
    new_color = "blue" if note.color != "blue" else "green"
    review.color_combo.setCurrentIndex(review.color_combo.findData(new_color))
    review.color_combo.activated.emit(review.color_combo.currentIndex())
    assert note.color == new_color
    assert review.note_list.rows[note.id].caption.text().startswith("1. " + other.label)

    dot = review.model.dots[0]
    review.set_current(dot.id)
    assert review.kind_combo.isEnabled() and not review.color_combo.isEnabled()
    kind = "werkplezier" if dot.kind != "werkplezier" else "werkdruk"
    review.kind_combo.setCurrentIndex(review.kind_combo.findData(kind))
    review.kind_combo.activated.emit(review.kind_combo.currentIndex())
    assert dot.kind == kind
    assert dot.color == next(k.color for k in board.dot_kinds() if k.id == kind)
    for _ in range(3):
        review.undo_stack.undo()
    assert note.zone_id != other.id and note.color != new_color and dot.kind != kind


def test_ocr_suggestions_prefill_the_text_fields_and_doubtful_ones_are_marked(qtbot, review, board):
    zone = board.zones[0]
    crop = np.full((120, 120, 3), (118, 241, 255), np.uint8)
    notes = [
        NoteDetection("yellow", zone.id, 100.0, 230.0, 76.0, 76.0, 0.0, [], 0.95, 0, crop=crop, text="werkdruk"),
        NoteDetection("pink", zone.id, 200.0, 230.0, 76.0, 76.0, 5.0, [], 0.4, 0, crop=None, text=""),
    ]
    dots = [DotDetection("werkdruk", "#e53935", zone.id, 150.0, 270.0, 12.0, 0.5, 0)]
    review.model.load(CaptureResult(board=board, photos=[], notes=notes, dots=dots))
    review.state = "review"
    rows = review.note_list.rows
    assert rows[notes[0].id].text.text() == "werkdruk"
    assert not rows[notes[0].id].crop.pixmap().isNull()
    assert rows[notes[1].id].caption.text().endswith("?")
    item = review.board_view.item_for(notes[1].id)
    assert item.pen().style() == Qt.PenStyle.DashLine
    assert review.board_view.item_for(notes[0].id).pen().style() == Qt.PenStyle.SolidLine
    assert review.board_view.item_for(dots[0].id).pen().style() == Qt.PenStyle.DashLine
    assert "2 twijfelachtig" in review.summary_label.text()
    # F8 walks the doubtful ones: the pink note (its text field gets the cursor), then the dot
    review.show()
    qtbot.waitExposed(review)
    review.set_current(notes[0].id)
    assert review.next_doubtful() == notes[1].id
    assert QApplication.focusWidget() is rows[notes[1].id].text
    assert review.next_doubtful() == dots[0].id
    assert review.next_doubtful() == notes[1].id
    # confirming the text takes away the doubt
    review.set_text(notes[1].id, "", confirm=True)
    assert review.board_view.item_for(notes[1].id).pen().style() == Qt.PenStyle.SolidLine


def test_two_photos_of_one_board_are_merged_and_both_can_be_shown(qtbot, review, photo_file, board_photo):
    _load(qtbot, review, [photo_file, photo_file])
    assert review.state == "review"
    assert review.photo_combo.count() == 2 and review.photo_combo.isVisible()
    assert len(review.model.notes) == len(review.result.photos[0].notes)
    review.photo_combo.setCurrentIndex(1)
    assert review.photo_view.photo_index == 1


def test_note_texts_are_read_note_by_note_with_progress(qtbot, board, photo_file, monkeypatch):
    from boards.capture import CaptureOptions
    from desktop.review import ReviewWidget, worker

    seen = []

    def fake_ocr(crop, lang):
        seen.append(crop.shape)
        return f"tekst {len(seen)}"

    monkeypatch.setattr(worker, "suggest_text", fake_ocr)
    review = ReviewWidget(board, options=CaptureOptions(ocr=True))
    qtbot.addWidget(review)
    steps = []
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        review.load_photos([photo_file])
        review._thread.progressed.connect(lambda fraction, text: steps.append((fraction, text)))
    assert review.state == "review"
    assert len(seen) == len(review.model.notes) > 5
    assert [note.text for note in review.model.notes] == [f"tekst {n}" for n in range(1, len(seen) + 1)]
    assert review.note_list.rows[review.model.notes[0].id].text.text() == "tekst 1"
    fractions = [fraction for fraction, _ in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("notitie 3 van" in text for _, text in steps)


def test_cancel_while_reading_note_texts_stops_at_once(qtbot, board, photo_file, monkeypatch):
    import time

    from boards.capture import CaptureOptions
    from desktop.review import ReviewWidget, worker

    calls = []

    def slow_ocr(crop, lang):
        calls.append(1)
        time.sleep(0.1)
        return "tekst"

    monkeypatch.setattr(worker, "suggest_text", slow_ocr)
    review = ReviewWidget(board, options=CaptureOptions(ocr=True))
    qtbot.addWidget(review)
    review.show()
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        review.load_photos([photo_file])
        qtbot.waitUntil(lambda: "notitie 2 van" in review.progress.format(), timeout=60_000)
        assert 35 <= review.progress.value() < 100
        review.cancel()
    assert "afgebroken" in review.status_label.text()
    assert review.model.notes == [] and review.result is None
    assert 2 <= len(calls) <= 4


def test_a_dot_dragged_out_of_the_zones_no_longer_counts_and_says_so(qtbot, review, photo_file, board):
    _load(qtbot, review, [photo_file])
    dot = review.model.dots[0]
    before = {(c.zone_id, c.kind): c.count for c in review.to_results().dots}
    review.set_current(dot.id)
    review.move_item(dot.id, 20.0, 20.0)  # the frame of the board, outside every zone
    assert dot.zone_id is None
    assert "telt niet mee" in review.selection_label.text()
    assert "1 stip(pen) tellen niet mee" in review.summary_label.text()
    after = {(c.zone_id, c.kind): c.count for c in review.to_results().dots}
    key = next(k for k in before if before[k] != after.get(k, 0))
    assert before[key] - after.get(key, 0) == 1
    review.undo_stack.undo()
    assert "tellen niet mee" not in review.summary_label.text()
