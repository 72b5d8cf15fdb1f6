"""Reading generated phone photos back: markers, homography, notes, dots."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from boards.capture import (
    CaptureCancelled,
    CaptureOptions,
    NoBoardFoundError,
    NotAnImageError,
    capture_photos,
    detect_markers,
    fit_homography,
    load_image,
)
from boards.capture.markers import default_layout
from boards.geometry import Rect
from tests.photos.generator import PhotoSpec
from tests.photos.scoring import score


def _capture(board, photos, **options):
    return capture_photos([photo.jpeg for photo in photos], board, CaptureOptions(**options))


def test_markers_and_homography_within_2_mm(board, brown_photo):
    loaded = load_image(brown_photo.jpeg)
    markers = detect_markers(cv2.cvtColor(loaded.image, cv2.COLOR_BGR2GRAY))
    layout = default_layout(board)
    assert len({m.id for m in markers if m.id in layout.by_id()}) >= 12
    fit = fit_homography(markers, layout)
    assert fit is not None and fit.rms_mm < 1.5
    grid = np.array(
        [[x, y] for x in np.linspace(40, board.width_mm - 40, 7) for y in np.linspace(40, board.height_mm - 40, 5)],
        np.float64,
    )
    in_photo = cv2.perspectiveTransform(grid.reshape(-1, 1, 2), brown_photo.board_to_photo) * loaded.scale
    back = cv2.perspectiveTransform(in_photo, fit.homography).reshape(-1, 2)
    assert np.abs(back - grid).max() < 2.0


def test_wrong_marker_ids_are_voted_out(board, brown_photo):
    loaded = load_image(brown_photo.jpeg)
    markers = detect_markers(cv2.cvtColor(loaded.image, cv2.COLOR_BGR2GRAY))
    # two markers get each other's ids: a misread RANSAC must reject
    bad = list(markers)
    bad[0], bad[1] = type(bad[0])(bad[1].id, bad[0].corners), type(bad[1])(bad[0].id, bad[1].corners)
    fit = fit_homography(bad, default_layout(board))
    assert fit is not None
    assert set(fit.rejected_ids) == {bad[0].id, bad[1].id}
    assert fit.rms_mm < 1.5


def test_notes_and_dots_on_brown_paper(board, brown_photo):
    result = _capture(board, [brown_photo])
    assert result.photos[0].print_info is None or result.photos[0].print_info.board_id == board.id
    found = score(board, brown_photo.filled, result.notes, result.dots)
    assert found.true_notes >= 15
    assert found.recall == 1.0 and found.precision == 1.0, found.misses
    assert found.color_right == found.matched_notes
    assert found.zone_accuracy == 1.0
    assert found.exact_cells == 1.0, found.misses
    note = result.notes[0]
    assert 0.0 <= note.confidence <= 1.0
    assert note.crop is not None and note.crop.shape[0] > 100 and note.crop.shape[1] > 100


def test_notes_and_dots_on_white_paper(board, white_photo):
    result = _capture(board, [white_photo])
    found = score(board, white_photo.filled, result.notes, result.dots)
    assert found.recall == 1.0 and found.precision == 1.0, found.misses
    assert found.color_right == found.matched_notes
    assert found.exact_cells == 1.0, found.misses


def test_touching_and_overlapping_notes(board, crowded_photo):
    truth = crowded_photo.filled
    assert (
        sum(
            1
            for a in truth.notes
            for b in truth.notes
            if a is not b and math.hypot(a.x_mm - b.x_mm, a.y_mm - b.y_mm) < 80
        )
        >= 8
    )
    result = _capture(board, [crowded_photo])
    found = score(board, truth, result.notes, result.dots)
    assert found.recall >= 0.95 and found.precision >= 0.95, found.misses
    assert found.zone_accuracy == 1.0


def test_partial_photo_with_two_markers(board, partial_photo):
    result = _capture(board, [partial_photo])
    assert result.markers_found == 2
    visible = Rect(0.0, 170.0, 330.0, 290.0)
    cells = [zone.id for zone in board.zones if zone.holds.dots and visible.contains_rect(zone.rect, 1.0)]
    assert cells
    found = score(board, partial_photo.filled, result.notes, result.dots, cells=cells)
    assert found.recall == 1.0 and found.precision == 1.0, found.misses
    assert found.exact_cells == 1.0, found.misses
    # what the photo does not show is named, and its zones are doubtful
    assert {"right", "top-right", "bottom-right", "bottom"} <= set(result.unseen_parts)
    assert "left" not in result.unseen_parts
    unseen = set(result.unseen_zones)
    assert "mr-taken-uitvoeren" in unseen and not unseen & set(cells)
    doubtful = result.doubtful_zones
    assert all("outside" in doubtful[zone_id] for zone_id in unseen if board.zone(zone_id).holds.dots)
    assert not set(cells) & set(doubtful)


def test_exif_rotated_photo_is_read_upright(board, make_photo):
    photo = make_photo(PhotoSpec(seed=15, megapixels=2.0, exif_orientation=6, notes_per_zone=(0, 1)))
    loaded = load_image(photo.jpeg)
    assert loaded.original_size == photo.size  # upright: wider than high
    assert loaded.image.shape[1] > loaded.image.shape[0]
    result = capture_photos([photo.jpeg], board)
    # the homography is in upright pixels: the truth's board → photo mapping agrees with it
    corner = cv2.perspectiveTransform(np.array([[[600.0, 400.0]]]), photo.board_to_photo) * loaded.scale
    mapped = cv2.perspectiveTransform(corner, result.photos[0].homography).ravel()
    assert np.hypot(mapped[0] - 600, mapped[1] - 400) < 2.0
    found = score(board, photo.filled, result.notes, result.dots)
    assert found.recall == 1.0 and found.precision == 1.0, found.misses


def test_not_an_image_gives_dutch_error(board, tmp_path):
    path = tmp_path / "boodschappen.jpg"
    path.write_text("melk, brood, kaas")
    with pytest.raises(NotAnImageError, match="geen leesbare foto"):
        capture_photos([path], board)
    with pytest.raises(NotAnImageError, match="niet gevonden"):
        capture_photos([tmp_path / "weg.jpg"], board)


def test_photo_without_board(board):
    rng = np.random.default_rng(3)
    table = cv2.GaussianBlur(rng.integers(0, 255, (900, 1200, 3), dtype=np.uint8), (0, 0), 3)
    with pytest.raises(NoBoardFoundError, match="geen bord gevonden") as error:
        capture_photos([table], board)
    assert error.value.markers_found == 0


def test_four_corner_mode_for_a_hand_drawn_board(board, make_photo):
    photo = make_photo(PhotoSpec(seed=16, megapixels=3.0, markers=False, max_tilt_deg=25.0))
    with pytest.raises(NoBoardFoundError):
        capture_photos([photo.jpeg], board)
    corners = photo.board_corners_px(board)
    result = capture_photos([photo.jpeg], board, CaptureOptions(corners={0: tuple(corners)}))
    assert result.photos[0].mode == "corners" and result.markers_found == 0
    found = score(board, photo.filled, result.notes, result.dots)
    assert found.recall >= 0.97 and found.precision >= 0.97, found.misses
    assert found.exact_cells >= 0.95, found.misses


def test_two_photos_merge_without_double_counting(board, brown_photo, make_photo):
    second = make_photo(PhotoSpec(seed=21, megapixels=3.0, max_tilt_deg=35.0), filled=brown_photo.filled)
    single = _capture(board, [brown_photo])
    merged = _capture(board, [brown_photo, second])
    assert len(merged.photos) == 2
    assert len(merged.notes) == len(brown_photo.filled.notes) == len(single.notes)
    found = score(board, brown_photo.filled, merged.notes, merged.dots)
    assert found.recall == 1.0 and found.precision == 1.0, found.misses
    assert found.exact_cells == 1.0, found.misses
    assert {(c.zone_id, c.kind): c.count for c in merged.dot_counts()} == brown_photo.filled.dot_counts()


def test_progress_and_cancel(board, brown_photo):
    seen = []
    capture_photos(
        [brown_photo.jpeg], board, CaptureOptions(crops=False), progress=lambda f, text: seen.append((f, text))
    )
    assert seen[0][0] == 0.0 and seen[-1][0] == 1.0 and "foto 1 van 1" in seen[0][1]
    fractions = [fraction for fraction, _ in seen]
    assert len(seen) >= 5 and fractions == sorted(fractions)
    with pytest.raises(CaptureCancelled, match="afgebroken"):
        capture_photos([brown_photo.jpeg], board, cancelled=lambda: True)
    # cancelled in the middle of a photo: stops at the next stage
    calls = []

    def cancel_after_three() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(CaptureCancelled):
        capture_photos([brown_photo.jpeg], board, cancelled=cancel_after_three)
    assert len(calls) == 4


def test_results_for_the_session(board, brown_photo):
    result = _capture(board, [brown_photo], crops=False)
    results = result.to_results()
    assert len(results.notes) == len(result.notes)
    assert all(note.source.value == "photo" and note.zone_id for note in results.notes)
    expected = brown_photo.filled.dot_counts()
    for (zone_id, kind), count in expected.items():
        assert results.dot_count(zone_id, kind) == count


def test_larger_note_sizes_are_learnt_from_the_photo(board):
    import numpy as np

    from boards.capture.notes.search import detect_notes
    from boards.capture.segment import NOTE_BASE, PAPER, build_palette

    ppm = 1.5
    palette = build_palette(board, (122, 165, 200))
    labels = np.full((460, 600), PAPER, np.uint8)
    lines = np.zeros(labels.shape, bool)
    allowed = np.ones(labels.shape, bool)
    h, w = int(76 * ppm), int(127 * ppm)
    labels[50 : 50 + h, 100 : 100 + w] = NOTE_BASE  # a yellow 127 × 76 mm note
    # alone it could as well be two usual notes overlapping in line: read as those, both doubtful
    alone = detect_notes(labels, lines, allowed, palette, ppm)
    assert len(alone) == 2 and all(blob.doubtful and blob.reason == "size" for blob in alone)
    # a second one on the photo settles it: notes of that size are in use
    labels[200 : 200 + h, 100 : 100 + w] = NOTE_BASE
    whole = detect_notes(labels, lines, allowed, palette, ppm)
    assert len(whole) == 2 and not any(blob.doubtful for blob in whole)
    assert all(abs(blob.size[0] - 127) < 3 and abs(blob.size[1] - 76) < 3 and blob.color == "yellow" for blob in whole)
    # two usual notes side by side (152 × 76 mm, no such note is sold) are two notes
    labels[:] = PAPER
    labels[340 : 340 + h, 100 : 100 + int(152 * ppm)] = NOTE_BASE + 1
    found = detect_notes(labels, lines, allowed, palette, ppm)
    pink = sorted(note.center[0] for note in found if note.color == "pink")
    assert len(pink) == 2 and abs(pink[0] - (100 / ppm + 38)) < 3 and abs(pink[1] - (100 / ppm + 114)) < 3


def test_qr_code_names_the_board_and_refuses_another(board, make_photo):
    import dataclasses

    from boards.capture import WrongBoardError

    photo = make_photo(PhotoSpec(seed=17, megapixels=3.0, max_tilt_deg=15.0, notes_per_zone=(0, 1)))
    result = _capture(board, [photo], crops=False)
    info = result.photos[0].print_info
    assert info is not None and info.board_id == board.id and info.version == board.version
    assert result.warnings == []
    other = dataclasses.replace(board, id="ander-bord")
    with pytest.raises(WrongBoardError, match=r"foto van bord 'procesplaat-1'.*niet van 'ander-bord'"):
        _capture(other, [photo], crops=False)
    result = _capture(other, [photo], crops=False, other_board=True)
    assert any("hoort bij bord 'procesplaat-1'" in warning for warning in result.warnings)
    assert result.notes


@pytest.mark.parametrize(
    "photographed, asked",
    [("ideeen-genereren", "procesplaat-1"), ("procesplaat-1", "ideeen-genereren")],
)
def test_a_photo_of_a_board_on_other_paper_is_refused_as_another_board(photographed, asked):
    # an A1 board (ideeen-genereren) and an A0 one (procesplaat-1): the markers carry the same ids on every paper,
    # so each photo's markers fit the other board's in whole or in part, and its code lies where the board asked
    # for carries none
    from boards.capture import WrongBoardError
    from boards.templates import load_template
    from tests.photos.generator import generate_photo

    spec = PhotoSpec(seed=23, megapixels=3.0, max_tilt_deg=15.0, notes_per_zone=(0, 1))
    photo = generate_photo(load_template(photographed), spec)
    with pytest.raises(WrongBoardError, match=f"foto van bord '{photographed}'.*niet van '{asked}'"):
        _capture(load_template(asked), [photo], crops=False)
    forced = _capture(load_template(asked), [photo], crops=False, other_board=True)
    assert any(f"hoort bij bord '{photographed}'" in warning for warning in forced.warnings)


def test_no_board_found_says_whether_markers_were_too_few_or_lie_otherwise():
    # one marker cannot place a board; nine that no two of which lie as on the board asked for are most likely
    # another board's (the procesplaat's phone photo read as ideeen-genereren)
    assert "minstens 2 nodig" in str(NoBoardFoundError("foto.jpg", 1))
    message = str(NoBoardFoundError("foto.jpg", 9))
    assert "de 9 herkende markers liggen niet zoals op dit bord" in message and "ander bord" in message
    assert "minstens 2 nodig" not in message
