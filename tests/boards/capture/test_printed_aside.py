"""What the print put on the board is worked out on the worker before the photo is placed
(``pipeline._printed``): the same parts, of the same part of the board, as ``_seen`` measures them."""

from __future__ import annotations

import cv2
import numpy as np

import boards.capture.pipeline as pipeline
from boards.capture.printed import printed_parts
from boards.capture.rectify import rectify
from boards.capture.segment import light_grid
from tests.boards.capture.test_styled_board import styled_board


def test_the_analysed_area_is_the_part_of_the_board_rectify_gives(board):
    homography = np.diag([0.5, 0.5, 1.0])  # (a photo at 2 px per mm)
    photo = np.zeros((int(board.height_mm * 2), int(board.width_mm * 2), 3), np.uint8)
    for ppm in (1.5, 1.3):
        region = pipeline.analysis_region(board)
        # the whole board rectified for the review, the analysed part a view of it
        area, shape, part = pipeline._analysed_area(board, ppm, whole=True)
        whole = rectify(photo, homography, board.width_mm, board.height_mm, ppm)
        assert whole[part].shape[:2] == shape
        assert (area.x, area.y) == (part[1].start / ppm, part[0].start / ppm)
        assert (area.width, area.height) == (shape[1] / ppm, shape[0] / ppm)
        assert area.x <= region.x and area.right >= region.right  # (the zones' area, on whole pixels)
        # only the analysed part rectified: the same pixels of the board
        alone, alone_shape, part = pipeline._analysed_area(board, ppm, whole=False)
        assert part is None and (alone, alone_shape) == (area, shape)
        assert rectify(photo, homography, area.width, area.height, ppm, (area.x, area.y)).shape[:2] == shape


def test_the_printed_parts_made_aside_are_those_of_the_analysed_area():
    board = styled_board()  # (coloured fills and pictures)
    area, shape, _ = pipeline._analysed_area(board, 1.5, whole=True)
    aside = pipeline._printed(board, 1.5, True)
    plain = printed_parts(board, shape, 1.5, (area.x, area.y))
    assert np.array_equal(aside.covered, plain.covered) and np.array_equal(aside.pictures, plain.pictures)
    assert [fill.color for fill in aside.fills] == [fill.color for fill in plain.fills] and len(plain.fills) >= 3
    assert plain.pictures.any()
    # the light grid worked out with them: the cells as evening out the light measures them
    _, size = light_grid(shape, 1.5)
    bare, fills = aside.on_grid(size)
    assert np.array_equal(bare, cv2.resize(plain.covered.astype(np.uint8), size, interpolation=cv2.INTER_AREA) == 0)
    for fill, cells in zip(plain.fills, fills, strict=True):
        assert np.array_equal(cells, cv2.resize(fill.mask.astype(np.uint8), size, interpolation=cv2.INTER_AREA) == 1)
    assert aside.bare_cells(size) is bare  # (looked up, not worked out again)
