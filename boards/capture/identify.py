"""Which board is on a photo: the QR code of the print names it.

A photo can start a session on its own: its QR code carries the board's id and
version (``boards.readback.PrintInfo``). The code is small in a photo of a whole
board, so it is read the way capture reads it: the markers place the photo on a
board of a known paper size, and the QR area of that board is cut out sharp.
``candidates`` are the boards the photo may show (the open board, recent files,
the templates); only their paper sizes and title blocks are used, so a board
printed from an edited copy of a template is found as well. When no candidate
places the photo, the whole photo is searched for the code (slow, and it reads
only large codes).
"""

from __future__ import annotations

from collections.abc import Iterable

import cv2

from boards.capture.imageio import ImageSource, load_image
from boards.capture.markers import decode_qr, detect_markers, fit_homography, qr_search_area, read_qr_on_board
from boards.model import Board
from boards.readback import TILE_MARKER_ID_BASE, PrintInfo, board_poster_layout

IDENTIFY_MAX_PIXELS = 16_000_000  # the code is a few centimetres on a metre-wide board: read it sharp


def read_print_info(source: ImageSource, candidates: Iterable[Board] = ()) -> PrintInfo | None:
    """What the QR code on the photo says, or None when it cannot be read.

    Raises ``NotAnImageError`` (a ``BruinpapierError``) when ``source`` is not a readable image.
    """
    loaded = load_image(source, IDENTIFY_MAX_PIXELS)
    gray = cv2.cvtColor(loaded.image, cv2.COLOR_BGR2GRAY)
    markers = [marker for marker in detect_markers(gray) if marker.id < TILE_MARKER_ID_BASE]
    tried: set[tuple] = set()
    for board in candidates:
        area = qr_search_area(board)
        key = (round(board.width_mm), round(board.height_mm), round(area.x), round(area.y), round(area.width))
        if key in tried:
            continue
        tried.add(key)
        fit = fit_homography(markers, board_poster_layout(board.paper))
        if fit is None:
            continue
        info = read_qr_on_board(loaded.image, fit.homography, area)
        if info is not None:
            return info
    return decode_qr(gray)
