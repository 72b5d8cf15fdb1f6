"""Photos without a board, files that are no photo, the four-corner mode and cancelling."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.desktop.review.conftest import save_png


def _load(qtbot, review, paths):
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        review.load_photos(paths)


def _click_photo(qtbot, review, x, y):
    view = review.photo_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(QPointF(x, y)))


def test_noise_photo_says_no_board_and_offers_four_corners(qtbot, review, noise_file):
    _load(qtbot, review, [noise_file])
    assert review.state == "corners"
    assert review.error_label.isVisible()
    assert "geen bord gevonden" in review.error_label.text()
    assert "ruis.png" in review.error_label.text()
    assert review.corner_bar.isVisible()
    assert "linksboven" in review.corner_hint.text() and "1 van 4" in review.corner_hint.text()
    assert not review.accept_button.isEnabled()
    _click_photo(qtbot, review, 100, 100)
    _click_photo(qtbot, review, 700, 120)
    assert "rechtsonder" in review.corner_hint.text()
    review.photo_view.setFocus()
    qtbot.keyClick(review.photo_view, Qt.Key.Key_Backspace)
    assert len(review.photo_view.corners) == 1
    assert "rechtsboven" in review.corner_hint.text()
    save_png(qtbot, review, "review-four-corners.png")
    # Ctrl+wheel zooms in; a click still lands on the photo pixel under the mouse
    view = review.photo_view
    before = view.transform().m11()
    centre = view.viewport().rect().center()
    wheel = QWheelEvent(
        QPointF(centre),
        QPointF(view.viewport().mapToGlobal(centre)),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.transform().m11() > before * 1.2
    target = view.mapToScene(centre)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert abs(view.corners[-1][0] - target.x()) < 2 and abs(view.corners[-1][1] - target.y()) < 2


def test_four_corners_read_a_board_without_markers(qtbot, review, tmp_path, hand_drawn_photo):
    path = tmp_path / "handgetekend.jpg"
    hand_drawn_photo.write(path)
    _load(qtbot, review, [path])
    assert review.state == "corners"
    scale = review._corner_scale
    corners = hand_drawn_photo.board_corners_px(review.board)
    for x, y in corners[:3]:
        _click_photo(qtbot, review, x * scale, y * scale)
    assert review.state == "corners" and not review.is_running()
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        _click_photo(qtbot, review, corners[3][0] * scale, corners[3][1] * scale)
    assert review.state == "review", review.error_label.text()
    assert review.result.photos[0].mode == "corners"
    given = review.corners[0]
    assert all(abs(gx - x) < 3 / scale and abs(gy - y) < 3 / scale for (gx, gy), (x, y) in zip(given, corners))
    truth = hand_drawn_photo.filled
    assert len(review.model.notes) >= 0.8 * len(truth.notes)
    assert not review.error_label.isVisible()
    save_png(qtbot, review, "review-after-corners.png")


def test_a_file_that_is_no_photo_gives_a_clear_message(qtbot, review, tmp_path):
    path = tmp_path / "notities.jpg"
    path.write_text("dit is geen foto")
    _load(qtbot, review, [path])
    assert review.state == "error"
    assert review.error_label.isVisible()
    assert "geen leesbare foto" in review.error_label.text()
    assert not review.corner_bar.isVisible()
    assert review.model.notes == [] and not review.accept_button.isEnabled()


def test_a_damaged_jpeg_is_refused_with_what_to_do(qtbot, review, tmp_path):
    from tests.support.builders import damaged_jpeg

    path = tmp_path / "kapot.jpg"
    path.write_bytes(damaged_jpeg())
    _load(qtbot, review, [path])
    assert review.state == "error" and review.error_label.isVisible()
    text = review.error_label.text()
    assert "kapot.jpg" in text and "is beschadigd" in text and "opnieuw" in text
    assert review.model.notes == [] and not review.accept_button.isEnabled()


def test_cancel_stops_a_run(qtbot, review, photo_file):
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        review.load_photos([photo_file] * 4)
        assert review.progress.isVisible() and review.cancel_button.isVisible()
        qtbot.mouseClick(review.cancel_button, Qt.MouseButton.LeftButton)
        assert not review.cancel_button.isEnabled()
    assert not review.is_running()
    assert review.state != "review"
    assert "afgebroken" in review.status_label.text()
    assert review.model.notes == [] and review.result is None
    assert not review.progress.isVisible()
