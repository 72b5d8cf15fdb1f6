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
from boards.capture.markers import (
    DetectedMarker,
    decode_qr,
    detect_markers,
    fit_homography,
    known_templates,
    qr_search_area,
    read_qr_on_board,
)
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
    return _code_where_placed(loaded.image, markers, candidates) or decode_qr(gray)


def _code_where_placed(image, markers: list[DetectedMarker], candidates: Iterable[Board], least: int = 2):
    """The code read where the first of ``candidates`` whose paper's markers place the photo (on ``least`` markers
    or more) carries it, or None."""
    tried: set[tuple] = set()
    for board in candidates:
        area = qr_search_area(board)
        key = (round(board.width_mm), round(board.height_mm), round(area.x), round(area.y), round(area.width))
        if key in tried:
            continue
        tried.add(key)
        fit = fit_homography(markers, board_poster_layout(board.paper))
        if fit is None or len(fit.used_ids) < least:
            continue
        info = read_qr_on_board(image, fit.homography, area)
        if info is not None:
            return info
    return None


def code_of_another_paper(image, markers: list[DetectedMarker], board: Board, used: int) -> PrintInfo | None:
    """The code of a template printed on another paper than ``board`` whose markers place the photo on more of its
    markers than ``board``'s do (``used``): a photo of another board that ``board``'s markers fit only in part
    (their ids are the same on every paper, their places are not), or None."""
    own = (round(board.paper.width_mm), round(board.paper.height_mm))
    others = [t for t in known_templates() if (round(t.paper.width_mm), round(t.paper.height_mm)) != own]
    info = _code_where_placed(image, [m for m in markers if m.id < TILE_MARKER_ID_BASE], others, used + 1)
    return info if info is not None and info.board_id != board.id else None
