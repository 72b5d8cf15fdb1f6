"""Driving the review screen with real generated photos."""

from __future__ import annotations

from tests.review.conftest import save_png


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
    save_png(qtbot, review, "review.png")
