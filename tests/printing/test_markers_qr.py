"""Read-back: markers detected on the rendered PDF sit where the layout says; the QR decodes."""

from __future__ import annotations

import cv2
import pytest

from boards.paper import Paper
from boards.readback import PrintInfo, board_poster_layout
from printing import PrintOptions, print_plan, render_board_pdf
from tests.support.pdf import detect_markers, render_page

TOLERANCE_MM = 1.0


def _assert_markers_match(found: dict[int, tuple[float, float]], expected: dict[int, tuple[float, float]]) -> None:
    assert set(found) == set(expected), (sorted(found), sorted(expected))
    for marker_id, (x, y) in expected.items():
        fx, fy = found[marker_id]
        assert abs(fx - x) <= TOLERANCE_MM and abs(fy - y) <= TOLERANCE_MM, (marker_id, (fx, fy), (x, y))


def test_a0_poster_markers_match_the_board_record(procesplaat, tmp_path):
    pdf = render_board_pdf(procesplaat, PrintOptions())
    dpi = 50
    found = detect_markers(render_page(pdf, tmp_path, 1, dpi), dpi)
    record = procesplaat.markers or board_poster_layout(procesplaat.paper)
    assert print_plan(procesplaat, PrintOptions()).markers == record
    _assert_markers_match(found, {m.id: (m.x, m.y) for m in record.markers})


@pytest.mark.parametrize("background", ["brown", "none"])
def test_small_board_markers_and_qr(tiny_board, tmp_path, background):
    options = PrintOptions(background=background, session_code="X7K2")
    pdf = render_board_pdf(tiny_board, options)
    dpi = 150
    image = render_page(pdf, tmp_path, 1, dpi)
    plan = print_plan(tiny_board, options)
    _assert_markers_match(detect_markers(image, dpi), {m.id: (m.x, m.y) for m in plan.markers_on_page().markers})
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    info = PrintInfo.decode(text)
    assert (info.board_id, info.version, info.session) == ("proef-a4", 1, "X7K2")


def test_scaled_print_keeps_markers_consistent_with_the_qr_payload(procesplaat, tmp_path):
    options = PrintOptions(paper=Paper.a_series("A2", "landscape"))
    pdf = render_board_pdf(procesplaat, options)
    dpi = 150
    image = render_page(pdf, tmp_path, 1, dpi)
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    info = PrintInfo.decode(text)
    plan = print_plan(procesplaat, options)
    assert info.scale == pytest.approx(plan.scale, abs=1e-5) and plan.scale < 420 / 841  # the printer's safe edge
    # What capture will compute from the QR alone, mapped back onto the page.
    layout = info.layout_in_board_mm(procesplaat.paper)
    expected = {
        m.id: (m.x * info.scale + plan.offset_x_mm, m.y * info.scale + plan.offset_y_mm) for m in layout.markers
    }
    _assert_markers_match(detect_markers(image, dpi), expected)


def test_qr_on_a0_poster_decodes_to_the_payload(procesplaat, tmp_path):
    options = PrintOptions(session_code="AB12")
    image = render_page(render_board_pdf(procesplaat, options), tmp_path, 1, 72)
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    assert text == print_plan(procesplaat, options).info.encode()
    assert PrintInfo.decode(text) == PrintInfo("procesplaat-1", 1, "AB12")


def test_board_without_header_still_carries_a_qr(tiny_board, tmp_path):
    tiny_board.header = None
    image = render_page(render_board_pdf(tiny_board), tmp_path, 1, 150)
    text, _, _ = cv2.QRCodeDetector().detectAndDecode(image)
    assert PrintInfo.decode(text).board_id == "proef-a4"


def test_marker_table_matches_opencv_for_every_id():
    from printing.markers import ARUCO_MODULES, aruco_modules

    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_1000)
    for marker_id in range(1000):
        image = cv2.aruco.generateImageMarker(dictionary, marker_id, ARUCO_MODULES, borderBits=1)
        expected = tuple(tuple(bool(value < 128) for value in row) for row in image)
        assert aruco_modules(marker_id) == expected, marker_id
