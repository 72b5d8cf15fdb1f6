"""Markers found along one line do not place a board by themselves (the thorough detection pass runs)."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.imageio import load_image
from boards.capture.markers import along_one_line, default_layout, detect_markers, fit_homography, printed_markers
from tests.support.photo_fixtures import benchmark_photo


def _square(x: float, y: float, side: float = 30.0, turn: float = 0.0) -> np.ndarray:
    c, s = np.cos(turn), np.sin(turn)
    offsets = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float64) * side / 2
    return (offsets @ np.array([[c, s], [-s, c]]) + [x, y]).astype(np.float32)


def test_a_row_of_markers_lies_along_one_line_and_an_edge_and_a_side_do_not():
    row = [_square(100 + 200 * i, 80 + 6 * i, turn=0.1) for i in range(6)]  # a row, a little slanted
    assert along_one_line(row)
    assert along_one_line(row[:2])  # two markers always lie on one line
    corner = [*row, _square(60, 300), _square(50, 520)]  # the row and two down the left side
    assert not along_one_line(corner)


def test_a_photo_whose_quick_pass_sees_only_the_top_row_is_placed_by_the_markers_down_its_side():
    # the first photo of `benchmarks/capture.py --seed 160911 --conditions combined` (12 MP, 35–45° off-axis,
    # motion blur): one threshold window finds the six markers of the top row only; the board placed by them
    # alone lay up to 41 mm off at the bottom, every note there silently in the wrong place
    board, photo = benchmark_photo("combined", 0, 160911)
    loaded = load_image(photo.jpeg)
    detected = detect_markers(cv2.cvtColor(loaded.image, cv2.COLOR_BGR2GRAY))
    layout = default_layout(board)
    fit = fit_homography(printed_markers(detected, board), layout)
    assert fit is not None
    xs, ys = np.meshgrid(np.linspace(0, board.width_mm, 9), np.linspace(0, board.height_mm, 7))
    board_points = np.stack([xs.ravel(), ys.ravel()], axis=1)
    in_photo = cv2.perspectiveTransform(board_points.reshape(-1, 1, 2), photo.board_to_photo) * loaded.scale
    placed = cv2.perspectiveTransform(in_photo, fit.homography).reshape(-1, 2)
    assert np.hypot(*(placed - board_points).T).max() < 8.0


def test_a_board_placed_by_one_row_of_markers_vouches_only_for_what_lies_near_that_row(monkeypatch):
    import boards.capture.pipeline as pipeline
    from boards.capture import CaptureOptions, capture_photos

    board, photo = benchmark_photo("tidy", 0, 120101)
    layout = default_layout(board)
    top = min(marker.y for marker in layout.markers)
    top_row = {marker.id for marker in layout.markers if marker.y < top + 5}
    assert len(top_row) >= 4
    found = pipeline.detect_markers
    # the rest of the board's edge unreadable (as in a steep, blurred photo): only the top row is found
    monkeypatch.setattr(pipeline, "detect_markers", lambda gray: [m for m in found(gray) if m.id in top_row])
    result = capture_photos([photo.jpeg], board, CaptureOptions(crops=False, keep_rectified=False))
    (captured,) = result.photos
    assert set(captured.marker_ids) <= top_row
    placement = [zone.id for zone in board.zones if "placement" in captured.doubtful_zones.get(zone.id, [])]
    lowest = max(zone.rect.bottom for zone in board.zones)
    assert placement and all(zone.id in placement for zone in board.zones if zone.rect.bottom == lowest)
    assert any(note.doubt == "placement" for note in captured.notes)

    monkeypatch.setattr(pipeline, "detect_markers", found)  # all markers: nothing doubtful for its placement
    result = capture_photos([photo.jpeg], board, CaptureOptions(crops=False, keep_rectified=False))
    assert not any("placement" in reasons for reasons in result.photos[0].doubtful_zones.values())
    assert not any(note.doubt == "placement" for note in result.photos[0].notes)


def test_the_spread_of_a_placement_grows_away_from_a_row_of_markers():
    from boards.capture.markers import MarkerFit, placement_spread

    side, row = 30.0, [(100.0 + 200 * i, 20.0) for i in range(6)]
    target = np.concatenate([_square(x, y, side) for x, y in row]).astype(np.float64)
    homography = np.diag([0.5, 0.5, 1.0])  # 2 px per mm
    source = cv2.perspectiveTransform(target.reshape(-1, 1, 2), np.linalg.inv(homography)).reshape(-1, 2)
    fit = MarkerFit(homography, [], [], 0.0, None, source, target)  # type: ignore[arg-type]
    near, far = placement_spread(fit, np.array([[600.0, 40.0], [600.0, 800.0]]))
    assert near < 1.0 and far > 10 * near and far > 5.0
    surrounded = np.concatenate([target, *[_square(x, 820.0, side) for x, _ in row]]).astype(np.float64)
    fit = MarkerFit(
        homography,
        [],
        [],
        0.0,
        None,
        cv2.perspectiveTransform(surrounded.reshape(-1, 1, 2), np.linalg.inv(homography)).reshape(-1, 2),
        surrounded,
    )  # type: ignore[arg-type]
    assert placement_spread(fit, np.array([[600.0, 800.0]]))[0] < 1.0
