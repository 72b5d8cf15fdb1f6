"""Capture ignores marker ids the board did not print: a bold "B" in a title can read as ArUco 660."""

from __future__ import annotations

import cv2
import numpy as np
import pypdfium2
import pytest

from boards.capture import capture_photos
from boards.capture.markers import DetectedMarker, printed_ids, printed_markers
from boards.readback import PrintInfo

printing = pytest.importorskip("printing")

PX_PER_MM = 2.0


def _marker(marker_id: int) -> DetectedMarker:
    return DetectedMarker(marker_id, np.zeros((4, 2), np.float32))


def test_ids_no_print_of_the_board_carries_are_left_out(board):
    ids = printed_ids(board)
    assert 0 in ids and 660 not in ids
    kept = printed_markers([_marker(0), _marker(1), _marker(660), _marker(999)], board)
    assert [marker.id for marker in kept] == [0, 1]
    # once the QR code names a tiled print, its own markers count
    info = PrintInfo(board.id, board.version, tile_sheet="A4L", overlap_mm=10, margin_mm=5)
    tiled = {marker.id for marker in info.layout_in_board_mm(board).markers}
    assert tiled <= printed_ids(board, info)


def test_a_stray_660_in_the_photo_changes_nothing(board):
    poster = pypdfium2.PdfDocument(printing.render_board_pdf(board, printing.PrintOptions()))[0]
    image = cv2.cvtColor(
        np.array(poster.render(scale=PX_PER_MM * 25.4 / 72).to_pil().convert("RGB")), cv2.COLOR_RGB2BGR
    )
    # what a bold letter that happens to look like ArUco 660 does: a marker in the title
    stray = cv2.aruco.generateImageMarker(cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_1000), 660, 60)
    padded = cv2.copyMakeBorder(stray, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=255)
    x, y = int(300 * PX_PER_MM), int(60 * PX_PER_MM)
    image[y : y + padded.shape[0], x : x + padded.shape[1]] = cv2.cvtColor(padded, cv2.COLOR_GRAY2BGR)
    clean = capture_photos([image.copy()], board).photos[0]
    assert 660 not in clean.marker_ids and 660 not in clean.rejected_marker_ids
    assert clean.print_info is not None and clean.print_info.tile_sheet == ""
    detected = cv2.aruco.ArucoDetector(cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_1000)).detectMarkers(image)
    assert 660 in detected[1].ravel()  # the stray is there to be seen, and capture leaves it out
