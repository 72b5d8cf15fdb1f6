"""A photo of one sheet of a tiled print (no QR code in view) is placed on the board."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from boards.capture import capture_photos
from boards.paper import Paper
from boards.tiling import tile_grid

pypdfium2 = pytest.importorskip("pypdfium2")
printing = pytest.importorskip("printing")

PX_PER_MM = 4.0


def _tile_photo(board, row: int, col: int):
    sheet = Paper.a_series("A3", "landscape")
    options = printing.PrintOptions(tile_sheet=sheet)
    pdf = printing.render_board_pdf(board, options)
    grid = tile_grid(board.width_mm, board.height_mm, sheet, options.overlap_mm, options.margin_mm)
    tile = grid.tile(row, col)
    document = pypdfium2.PdfDocument(pdf)
    page_index = len(document) - grid.count + row * grid.cols + col  # the assembly map comes first
    page = document[page_index].render(scale=PX_PER_MM * 25.4 / 72).to_pil().convert("RGB")
    raster = cv2.cvtColor(np.array(page), cv2.COLOR_RGB2BGR)
    # page mm = poster mm - window origin + printer margin; photographed at an angle
    page_to_photo = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [raster.shape[1], 0], [raster.shape[1], raster.shape[0]], [0, raster.shape[0]]]),
        np.float32([[180, 140], [1850, 60], [1950, 1420], [120, 1330]]),
    )
    photo = np.full((1500, 2000, 3), 90, np.uint8)
    cv2.warpPerspective(raster, page_to_photo, (2000, 1500), dst=photo, borderMode=cv2.BORDER_TRANSPARENT)
    board_to_page = np.array(
        [
            [PX_PER_MM, 0, (options.margin_mm - tile.window.x) * PX_PER_MM],
            [0, PX_PER_MM, (options.margin_mm - tile.window.y) * PX_PER_MM],
            [0, 0, 1],
        ]
    )
    return cv2.GaussianBlur(photo, (0, 0), 0.8), page_to_photo @ board_to_page, tile


def test_sheet_of_a_tiled_print_without_qr(board):
    photo, board_to_photo, tile = _tile_photo(board, 0, 1)
    result = capture_photos([photo], board)
    capture = result.photos[0]
    assert capture.markers_found >= 2
    assert any(marker_id >= 500 for marker_id in capture.marker_ids)
    window = tile.visible
    points = np.array(
        [[window.x + 30, window.y + 30], [window.right - 30, window.bottom - 30], [window.center.x, window.center.y]],
        np.float64,
    )
    in_photo = cv2.perspectiveTransform(points.reshape(-1, 1, 2), board_to_photo)
    back = cv2.perspectiveTransform(in_photo, capture.homography).reshape(-1, 2)
    assert np.abs(back - points).max() < 2.0


def test_board_printed_smaller(board):
    """An A0 board printed on A2: the markers sit elsewhere; the usual reductions are tried."""
    paper = Paper.a_series("A2", "landscape")
    options = printing.PrintOptions(paper=paper)
    plan = printing.print_plan(board, options)
    page = pypdfium2.PdfDocument(printing.render_board_pdf(board, options))[0].render(scale=PX_PER_MM * 25.4 / 72)
    raster = cv2.cvtColor(np.array(page.to_pil().convert("RGB")), cv2.COLOR_RGB2BGR)
    page_to_photo = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [raster.shape[1], 0], [raster.shape[1], raster.shape[0]], [0, raster.shape[0]]]),
        np.float32([[150, 180], [1880, 110], [1900, 1400], [90, 1350]]),
    )
    photo = np.full((1500, 2000, 3), 90, np.uint8)
    cv2.warpPerspective(raster, page_to_photo, (2000, 1500), dst=photo, borderMode=cv2.BORDER_TRANSPARENT)
    board_to_page = np.array(
        [
            [plan.scale * PX_PER_MM, 0, plan.offset_x_mm * PX_PER_MM],
            [0, plan.scale * PX_PER_MM, plan.offset_y_mm * PX_PER_MM],
            [0, 0, 1],
        ]
    )
    result = capture_photos([cv2.GaussianBlur(photo, (0, 0), 0.8)], board)
    capture = result.photos[0]
    assert capture.markers_found >= 12
    points = np.array([[100, 100], [600, 420], [1100, 780]], np.float64)
    in_photo = cv2.perspectiveTransform(points.reshape(-1, 1, 2), page_to_photo @ board_to_page)
    back = cv2.perspectiveTransform(in_photo, capture.homography).reshape(-1, 2)
    assert np.abs(back - points).max() < 3.0


def test_a_tiled_prints_qr_code_read_aside_gives_what_reading_it_first_gives(board, monkeypatch):
    """Placed by the guessed way of printing, a sheet's QR code is read on the worker while the board is
    rectified; the board is rectified again only when the code changes the placement."""
    import boards.capture.pipeline as pipeline
    from boards.readback import PrintInfo

    photo, _, _ = _tile_photo(board, 0, 1)
    named = PrintInfo(board.id, board.version, tile_sheet="A3L", overlap_mm=10, margin_mm=5)
    real_seen, real_place = pipeline._seen, pipeline._place

    def read(aside: bool, info: PrintInfo):
        seen = []

        def place(*args, **kwargs):
            kwargs["qr_aside"] = aside
            return real_place(*args, **kwargs)

        with monkeypatch.context() as patch:
            patch.setattr(pipeline, "_seen", lambda *args: seen.append(1) or real_seen(*args))
            patch.setattr(pipeline, "_place", place)
            patch.setattr(pipeline, "read_board_qr", lambda *args: info)
            capture = capture_photos([photo], board).photos[0]
        notes = [(n.color, n.x_mm, n.y_mm, n.width_mm, n.height_mm, n.doubt) for n in capture.notes]
        return (capture.homography.tolist(), capture.print_info, capture.marker_ids, notes), len(seen)

    # the sheets the code names are those guessed (A3 landscape): placed as they were, rectified once; other
    # overlap: fitted to those and rectified again, as reading the code first places it
    for info in (named, PrintInfo(board.id, board.version, tile_sheet="A3L", overlap_mm=25, margin_mm=5)):
        first, _ = read(False, info)
        aside, times = read(True, info)
        assert aside == first and aside[1] == info
        assert times == (1 if info is named else 2)


def test_the_best_fit_is_the_one_fitting_every_layout_picks_without_fitting_those_that_know_too_few(board, monkeypatch):
    """``markers.best_fit`` fits the layouts that know the most markers first and skips those that know fewer
    than the best fit so far uses; it picks what fitting each layout and taking the most markers, then the
    smallest error, then the first, picks."""
    from boards.capture import markers

    photo, _, _ = _tile_photo(board, 0, 1)
    guessed = markers.guessed_layouts(board)
    gray = cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY)
    found = markers.printed_markers(markers.detect_markers(gray), board, guessed=guessed)
    candidates = [(None, markers.default_layout(board)), *guessed]
    fits = [markers.fit_homography(found, layout) for _, layout in candidates]
    ranked = [(len(fit.used_ids), -fit.rms_mm, -number) for number, fit in enumerate(fits) if fit is not None]
    expected = -max(ranked)[2]
    fitted = []
    real = markers.fit_homography
    monkeypatch.setattr(markers, "fit_homography", lambda *args: fitted.append(args[1]) or real(*args))
    info, fit = markers.best_fit(found, candidates)
    assert info is candidates[expected][0] and np.array_equal(fit.homography, fits[expected].homography)
    assert 0 < len(fitted) < len(candidates)  # (the sheets of another way of tiling: not fitted)
    # the same layout twice: the first
    twice = [("first", candidates[expected][1]), ("second", candidates[expected][1])]
    assert markers.best_fit(found, twice)[0] == "first"
