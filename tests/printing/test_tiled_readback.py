"""A glued tiled print reads back: the whole board as well as a poster, and the partial photos the docs promise.

The sheets of a real tiled PDF are rendered, cut along their seams and glued
onto one board image, each sheet off by up to 1.5 mm and turned a little, as
hands glue; then the board is photographed at an angle. The same happens to
the poster, for comparison.
"""

from __future__ import annotations

import cv2
import numpy as np
import pypdfium2
import pytest

from boards.capture import capture_photos
from boards.capture.errors import NoBoardFoundError
from boards.paper import Paper
from printing import PrintOptions, print_plan, render_board_pdf

PX_PER_MM = 3.0


def _page_image(document, index: int) -> np.ndarray:
    page = document[index].render(scale=PX_PER_MM * 25.4 / 72).to_pil().convert("RGB")
    return cv2.cvtColor(np.array(page), cv2.COLOR_RGB2BGR)


def glued_board(board, options: PrintOptions, seed: int = 3) -> np.ndarray:
    """The sheets' visible parts glued into one board image (board mm × PX_PER_MM), with small glueing errors."""
    plan = print_plan(board, options)
    grid = plan.grid
    rng = np.random.default_rng(seed)
    document = pypdfium2.PdfDocument(render_board_pdf(board, options, plan))
    size = (round(plan.poster_width_mm * PX_PER_MM), round(plan.poster_height_mm * PX_PER_MM))
    canvas = np.full((size[1], size[0], 3), 255, np.uint8)
    for index, tile in enumerate(grid.tiles, start=1):
        sheet = _page_image(document, index)
        v, w = tile.visible, tile.window
        x0 = round((grid.margin_mm + v.x - w.x) * PX_PER_MM)
        y0 = round((grid.margin_mm + v.y - w.y) * PX_PER_MM)
        part = sheet[y0 : y0 + round(v.height * PX_PER_MM), x0 : x0 + round(v.width * PX_PER_MM)]
        dx, dy = rng.uniform(-1.5, 1.5, 2) * PX_PER_MM
        angle = rng.uniform(-0.15, 0.15)
        centre = (part.shape[1] / 2, part.shape[0] / 2)
        move = cv2.getRotationMatrix2D(centre, angle, 1.0)
        move[:, 2] += (v.x * PX_PER_MM + dx, v.y * PX_PER_MM + dy)
        mask = np.full(part.shape[:2], 255, np.uint8)
        warped = cv2.warpAffine(part, move, size, borderValue=(255, 255, 255))
        where = cv2.warpAffine(mask, move, size) > 127
        canvas[where] = warped[where]
    return canvas


def photograph(image: np.ndarray, crop: tuple[float, float, float, float] = (0, 0, 1, 1)):
    """A phone-like photo (tilted, blurred) of the part ``crop`` (fractions x0, y0, x1, y1) of ``image``,
    with the homography board mm → photo px it was taken with."""
    h, w = image.shape[:2]
    x0, y0, x1, y1 = (round(c * s) for c, s in zip(crop, (w, h, w, h)))
    part = image[y0:y1, x0:x1]
    ph, pw = part.shape[:2]
    out_w = 2400
    out_h = round(out_w * ph / pw * 0.9)
    corners = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    target = np.float32([[90, 60], [out_w - 40, 20], [out_w - 110, out_h - 30], [50, out_h - 80]])
    part_to_photo = cv2.getPerspectiveTransform(corners, target)
    photo = cv2.warpPerspective(part, part_to_photo, (out_w, out_h), borderValue=(70, 80, 90))
    board_to_part = np.array([[PX_PER_MM, 0, -x0], [0, PX_PER_MM, -y0], [0, 0, 1]], np.float64)
    return cv2.GaussianBlur(photo, (0, 0), 0.7), part_to_photo @ board_to_part


def placement_error_mm(capture, board_to_photo: np.ndarray, points_mm: np.ndarray) -> float:
    """How far the capture puts board points from where they are (mm; glueing errors included)."""
    in_photo = cv2.perspectiveTransform(points_mm.reshape(-1, 1, 2), board_to_photo) * capture.scale  # working px
    back = cv2.perspectiveTransform(in_photo, capture.homography).reshape(-1, 2)
    return float(np.abs(back - points_mm).max())


@pytest.fixture(scope="module")
def glued(board):
    return glued_board(board, PrintOptions(tile_sheet=Paper.a_series("A4", "landscape")))


def test_whole_glued_board_reads_back_like_a_poster(board, glued):
    points = np.array(
        [[60, 60], [board.width_mm - 60, 60], [board.width_mm / 2, board.height_mm / 2], [60, board.height_mm - 60]],
        np.float64,
    )
    photo, board_to_photo = photograph(glued)
    tiled = capture_photos([photo], board).photos[0]
    poster_image = _page_image(pypdfium2.PdfDocument(render_board_pdf(board, PrintOptions())), 0)
    poster_photo, poster_to_photo = photograph(poster_image)
    poster = capture_photos([poster_photo], board).photos[0]
    assert tiled.print_info is not None and tiled.print_info.tile_sheet == "A4L"
    assert tiled.markers_found >= poster.markers_found  # the poster's frame, and the sheets' own markers
    assert placement_error_mm(poster, poster_to_photo, points) < 2.0
    assert placement_error_mm(tiled, board_to_photo, points) < 3.0  # sheets glued up to 1.5 mm off


@pytest.mark.parametrize(
    ("crop", "within_mm"),
    [
        ((0.0, 0.0, 0.55, 1.0), 3.0),  # the left half, with its frame
        ((0.45, 0.0, 1.0, 0.55), 4.0),  # the top-right quarter, with the QR code
        ((0.0, 0.5, 0.5, 1.0), 12.0),  # the bottom-left quarter: markers along two edges only, no QR code
    ],
)
def test_partial_photos_with_part_of_the_frame_read_back(board, glued, crop, within_mm):
    photo, board_to_photo = photograph(glued, crop)
    capture = capture_photos([photo], board).photos[0]
    assert capture.markers_found >= 3
    x0, y0, x1, y1 = (
        crop[0] * board.width_mm,
        crop[1] * board.height_mm,
        crop[2] * board.width_mm,
        crop[3] * board.height_mm,
    )
    inner = np.array([[x0 + 40, y0 + 40], [x1 - 40, y0 + 40], [(x0 + x1) / 2, (y0 + y1) / 2], [x0 + 40, y1 - 40]])
    assert placement_error_mm(capture, board_to_photo, inner.astype(np.float64)) < within_mm


def test_a_photo_of_the_middle_only_says_so(board, glued):
    """The middle of a dense board has no free room for markers: the photo is refused with a clear word."""
    photo, _ = photograph(glued, (0.38, 0.38, 0.62, 0.62))
    with pytest.raises(NoBoardFoundError, match="geen bord gevonden"):
        capture_photos([photo], board)
