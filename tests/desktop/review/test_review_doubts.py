"""The review screen shows what capture is unsure of: F8 walks the doubtful items and zones, the
unreadable parts of the photo are marked, a photo of another board is refused and can be read anyway."""

from __future__ import annotations

import dataclasses

from boards.colors import DOT_GREEN, DOT_RED
from tests.boards.capture.synthetic import Dot, Note, Scene, photograph
from tests.desktop.review.conftest import save_png


def _load(qtbot, review, paths):
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        review.load_photos(paths)


def test_f8_walks_doubtful_items_then_zones_and_the_highlight_is_shown(qtbot, review, board, tmp_path):
    scene = Scene(
        notes=[
            Note("yellow", 150, 232),
            # a pink note both of whose sides lie under other notes: its place is doubtful
            Note("pink", 380, 232),
            Note("orange", 330, 232, 4.0),
            Note("blue", 430, 232, -4.0),
        ],
        dots=[Dot(DOT_GREEN, 800, 370), Dot(DOT_GREEN, 830, 395), Dot(DOT_RED, 790, 405)],
        highlight=(815.0, 382.0, 80.0),
    )
    jpeg, _ = photograph(board, scene)
    path = tmp_path / "schittering.jpg"
    path.write_bytes(jpeg)
    _load(qtbot, review, [path])
    result = review.result
    assert result.photos[0].glare_mm, "the highlight is found"
    doubtful_zones = review.model.doubtful_zones
    assert "groepsplannen-maken" in doubtful_zones
    doubtful_items = [item.id for item in (*review.model.notes, *review.model.dots) if item.doubtful]
    assert doubtful_items, "the covered pink note is doubtful"
    # the review starts at the first doubtful item; F8 walks the items, then the zones, then wraps
    assert review.current_id() == doubtful_items[0]
    walked = [review.current_id()]
    for _ in range(len(doubtful_items) - 1 + len(doubtful_zones)):
        walked.append(review.next_doubtful())
    assert walked == doubtful_items + list(doubtful_zones)
    assert review.current_id() == "" and "groepsplannen-maken" in walked
    assert "Groepsplannen maken" in review.status_label.text() and "schittering" in review.status_label.text()
    assert review.next_doubtful() == doubtful_items[0]
    # the unreadable area on the photo and on the board; the zone framed
    assert review.photo_view.unreadable_items()
    assert "groepsplannen-maken" in review.board_view.doubtful_zone_marks()
    assert "vak(ken) met een onzekere telling" in review.summary_label.text()
    review.set_current(doubtful_items[0])
    assert "grotendeels bedekt" in review.selection_label.text() or "twijfelachtig" in review.selection_label.text()
    save_png(qtbot, review, "review-doubts.png")


def test_what_the_photo_does_not_show_is_greyed_on_the_board(qtbot, review, partial_photo, tmp_path):
    path = tmp_path / "deel.jpg"
    partial_photo.write(path)
    _load(qtbot, review, [path])
    assert review.state == "review"
    assert "mr-taken-uitvoeren" in review.model.doubtful_zones
    unseen = [item for item in review.board_view._unreadable if hasattr(item, "path")]
    assert unseen and unseen[0].path().boundingRect().right() > 1000
    save_png(qtbot, review, "review-partial.png")


def test_a_photo_of_another_board_is_refused_and_can_be_read_anyway(qtbot, board, make_photo, tmp_path):
    from boards.capture import CaptureOptions
    from desktop.review import ReviewWidget
    from tests.photos.generator import PhotoSpec

    other = dataclasses.replace(board, id="ander-bord")
    review = ReviewWidget(other, options=CaptureOptions(ocr=False))
    review.resize(1500, 900)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    photo = make_photo(PhotoSpec(seed=17, megapixels=3.0, max_tilt_deg=15.0, notes_per_zone=(0, 1)))
    path = tmp_path / "bord.jpg"
    photo.write(path)
    _load(qtbot, review, [path])
    assert review.state == "error"
    assert "bord 'procesplaat-1'" in review.error_label.text() and review.force_button.isVisible()
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        review.force_button.click()
    assert review.state == "review" and review.model.notes
    assert not review.force_button.isVisible()
    assert "procesplaat-1" in review.status_label.text()


def test_a_photo_of_another_board_whose_code_cannot_be_read_is_refused_and_can_be_read_anyway(qtbot, tmp_path):
    from boards.capture import CaptureOptions
    from boards.templates import load_template
    from desktop.review import ReviewWidget
    from tests.boards.capture.test_board_check import unreadable_code_photo

    review = ReviewWidget(load_template("procesplaat-1"), options=CaptureOptions(ocr=False))
    review.resize(1500, 900)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    path = tmp_path / "ideeen.jpg"
    path.write_bytes(unreadable_code_photo("ideeen-genereren"))
    _load(qtbot, review, [path])
    assert review.state == "error"
    assert "lijkt geen foto van bord 'procesplaat-1'" in review.error_label.text() and review.force_button.isVisible()
    with qtbot.waitSignal(review.capture_finished, timeout=90_000):
        review.force_button.click()
    assert review.state == "review" and not review.force_button.isVisible()
    assert "lijkt geen foto van bord 'procesplaat-1'" in review.status_label.text()
