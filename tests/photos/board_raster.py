"""The printed board as a raster: one poster, or a tiled print glued together from A4/A3 sheets.

The raster is the project's own PDF (``printing``) rasterised with pdfium, so a
photo shows exactly what a workshop hangs on the wall. Without ``printing``
(or for a hand-drawn board without markers) OpenCV draws a plain stand-in.

A ``Sheet`` is the physical paper the items are stuck on. Its position is in
*board mm*, the board's own coordinates; for a tiled print every sheet is glued
a little off (``offset``/``rotation``), so a point of the design lands at
``Sheet.place`` of it on the wall.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from boards.colors import KRAFT_BROWN, hex_to_rgb
from boards.geometry import Rect
from boards.model import Board
from boards.readback import PrintInfo, board_poster_layout, quiet_zone_mm

QR_SIZE_MM = 60.0  # as printing does: at most 60 mm, quiet zone included
PAD_MM = 60.0  # room around the board on the canvas: for notes and sheets that stick out
TRIM_MARGIN_MM = 4.0  # a tiled print's last sheets are trimmed this far beyond the poster


def qr_rect_mm(board: Board) -> Rect:
    """Where the OpenCV stand-in carries its QR code: the right end of the title block."""
    header = board.header or Rect(0, 0, board.width_mm, 60)
    size = min(header.height - 8, header.width * 0.3, QR_SIZE_MM)
    return Rect(header.right - 4 - size, header.y + 4, size, size)


def bgr(hex_color: str) -> tuple[int, int, int]:
    r, g, b = hex_to_rgb(hex_color)
    return b, g, r


@dataclass
class Sheet:
    """A piece of paper on the wall: the whole poster, or one sheet of a tiled print."""

    label: str
    region: Rect  # what it shows of the board (board mm), after cutting
    offset_mm: tuple[float, float] = (0.0, 0.0)  # glued this far off
    rotation_deg: float = 0.0  # and turned this much, about the region's centre

    def matrix(self) -> np.ndarray:
        """2×3: board mm of the design → board mm on the wall."""
        cx, cy = self.region.x + self.region.width / 2, self.region.y + self.region.height / 2
        rotation = cv2.getRotationMatrix2D((cx, cy), -self.rotation_deg, 1.0)
        rotation[:, 2] += self.offset_mm
        return rotation

    def place(self, points: np.ndarray) -> np.ndarray:
        points = np.asarray(points, np.float64).reshape(-1, 2)
        return points @ self.matrix()[:, :2].T + self.matrix()[:, 2]


@dataclass
class BoardCanvas:
    """The board on the wall as a raster with room around it; ``alpha`` is 255 where there is paper."""

    image: np.ndarray  # BGR
    alpha: np.ndarray  # uint8
    px_per_mm: float
    sheets: list[Sheet]  # later sheets lie on top

    @property
    def pad_mm(self) -> float:
        return PAD_MM

    def mm_to_px(self) -> np.ndarray:
        """3×3: wall mm → canvas px."""
        k = self.px_per_mm
        return np.array([[k, 0, PAD_MM * k], [0, k, PAD_MM * k], [0, 0, 1.0]])

    def sheet_at(self, x_mm: float, y_mm: float) -> Sheet:
        """The sheet on top at a point of the design (the last one whose region holds it)."""
        for sheet in reversed(self.sheets):
            if sheet.region.contains_point(x_mm, y_mm):
                return sheet
        return self.sheets[0]


def _empty_canvas(board: Board, px_per_mm: float) -> tuple[np.ndarray, np.ndarray]:
    width = int(round((board.width_mm + 2 * PAD_MM) * px_per_mm))
    height = int(round((board.height_mm + 2 * PAD_MM) * px_per_mm))
    return np.zeros((height, width, 3), np.uint8), np.zeros((height, width), np.uint8)


def board_canvas(
    board: Board,
    px_per_mm: float,
    background: str = "brown",
    markers: bool = True,
    tiled: str = "",
    rng: np.random.Generator | None = None,
    seam_error_mm: tuple[float, float] = (1.0, 2.0),
    sheet_rotation_deg: float = 0.3,
) -> BoardCanvas:
    """The printed board on the wall; ``tiled`` ("A4"/"A3"): glued from sheets, each 1–2 mm off."""
    if tiled:
        return _tiled_canvas(
            board, px_per_mm, background, tiled, rng or np.random.default_rng(0), seam_error_mm, sheet_rotation_deg
        )
    image, alpha = _empty_canvas(board, px_per_mm)
    raster = render_board_image(board, px_per_mm, background, markers=markers)
    pad = int(round(PAD_MM * px_per_mm))
    h, w = min(raster.shape[0], image.shape[0] - pad), min(raster.shape[1], image.shape[1] - pad)
    image[pad : pad + h, pad : pad + w] = raster[:h, :w]
    alpha[pad : pad + h, pad : pad + w] = 255
    return BoardCanvas(image, alpha, px_per_mm, [Sheet("poster", board.bounds)])


# --- one poster ---------------------------------------------------------------------------


def render_board_image(
    board: Board, px_per_mm: float, background: str = "brown", print_info: PrintInfo | None = None, markers: bool = True
) -> np.ndarray:
    """The printed board as a BGR raster at ``px_per_mm`` (``background``: "brown" or "none").

    ``markers=False`` stands in for a board drawn by hand: no markers, no QR code.
    """
    if not markers:
        return _render_board_opencv(board, px_per_mm, background, print_info, markers=False)
    try:
        from printing import PrintOptions, render_board_pdf  # type: ignore[attr-defined]
    except ImportError:
        return _render_board_opencv(board, px_per_mm, background, print_info)
    return rasterise_pdf(render_board_pdf(board, PrintOptions(background=background)), px_per_mm)[0]


def rasterise_pdf(pdf: bytes, px_per_mm: float, pages: slice = slice(0, 1)) -> list[np.ndarray]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    result = []
    for index in range(len(document))[pages]:
        bitmap = document[index].render(scale=px_per_mm * 25.4 / 72)
        result.append(cv2.cvtColor(np.array(bitmap.to_pil().convert("RGB")), cv2.COLOR_RGB2BGR))
    return result


def _render_board_opencv(
    board: Board, px_per_mm: float, background: str, print_info: PrintInfo | None, markers: bool = True
) -> np.ndarray:
    width, height = round(board.width_mm * px_per_mm), round(board.height_mm * px_per_mm)
    paper = bgr(KRAFT_BROWN) if background == "brown" else (250, 250, 250)
    image = np.empty((height, width, 3), np.uint8)
    image[:] = paper

    def px(value: float) -> int:
        return int(round(value * px_per_mm))

    line = max(1, px(0.6))
    font = cv2.FONT_HERSHEY_SIMPLEX

    def text(value: str, x: float, y: float, size_mm: float, weight_mm: float) -> None:
        scale = size_mm * px_per_mm / 22
        cv2.putText(image, value, (px(x), px(y)), font, scale, (25, 25, 25), max(1, px(weight_mm)), cv2.LINE_AA)

    for zone in board.zones:
        rect = zone.rect
        if zone.fill:
            cv2.rectangle(image, (px(rect.x), px(rect.y)), (px(rect.right), px(rect.bottom)), bgr(zone.fill), -1)
        cv2.rectangle(image, (px(rect.x), px(rect.y)), (px(rect.right), px(rect.bottom)), (40, 40, 40), line)
        text(zone.label[:40], rect.x + 3, rect.y + 9, 5.0, 0.5)
    for group in board.groups:
        if group.rect is not None:
            text(group.label, group.rect.x + 2, group.rect.bottom - 6, 9.0, 0.8)
    if board.header is not None:
        text(board.title, board.header.x + 5, board.header.y + 25, 14.0, 1.2)
        text(board.question[:90], board.header.x + 5, board.header.y + 50, 7.0, 0.6)
    if board.legend is not None:
        legend = board.legend.rect
        cv2.rectangle(image, (px(legend.x), px(legend.y)), (px(legend.right), px(legend.bottom)), (40, 40, 40), line)
        text(board.legend.title or "Legenda", legend.x + 4, legend.y + 12, 7.0, 0.6)
        for index, kind in enumerate(board.dot_kinds()):
            cy = legend.y + 28 + index * 16
            cv2.circle(image, (px(legend.x + 12), px(cy)), px(5), bgr(kind.color), -1, cv2.LINE_AA)
            text(kind.label, legend.x + 22, cy + 3, 6.0, 0.5)
    if markers:
        _draw_markers(image, board, px_per_mm)
        _draw_qr(image, board, px_per_mm, print_info or PrintInfo(board.id, board.version))
    return image


def _draw_markers(image: np.ndarray, board: Board, px_per_mm: float) -> None:
    layout = board.markers or board_poster_layout(board.paper)
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_1000)
    quiet = quiet_zone_mm(layout.size_mm)
    side = int(round(layout.size_mm * px_per_mm))
    for marker in layout.markers:
        half = layout.size_mm / 2
        x0, y0 = (int(round((marker.x - half - quiet) * px_per_mm)), int(round((marker.y - half - quiet) * px_per_mm)))
        x1, y1 = (int(round((marker.x + half + quiet) * px_per_mm)), int(round((marker.y + half + quiet) * px_per_mm)))
        image[y0:y1, x0:x1] = 255
        tile = cv2.aruco.generateImageMarker(dictionary, marker.id, side)
        mx, my = int(round((marker.x - half) * px_per_mm)), int(round((marker.y - half) * px_per_mm))
        image[my : my + side, mx : mx + side] = tile[:, :, None]


def _draw_qr(image: np.ndarray, board: Board, px_per_mm: float, info: PrintInfo) -> None:
    import segno

    qr = segno.make(info.encode(), error="m", micro=False)
    modules = np.pad(np.array(list(qr.matrix), dtype=np.uint8), 4)
    rect = qr_rect_mm(board)
    side = int(round(rect.width * px_per_mm))
    raster = cv2.resize(np.where(modules > 0, 0, 255).astype(np.uint8), (side, side), interpolation=cv2.INTER_NEAREST)
    x, y = int(round(rect.x * px_per_mm)), int(round(rect.y * px_per_mm))
    image[y : y + side, x : x + side] = raster[:, :, None]


# --- a tiled print --------------------------------------------------------------------------


def _tiled_canvas(
    board: Board,
    px_per_mm: float,
    background: str,
    sheet_name: str,
    rng: np.random.Generator,
    seam_error_mm: tuple[float, float],
    sheet_rotation_deg: float,
) -> BoardCanvas:
    """Print the board tiled, cut the left/top margins of every sheet that has a neighbour there and glue
    the sheets row by row from the top left, each ``seam_error_mm`` off and slightly turned."""
    from printing import PrintOptions, best_tile_sheet, print_plan, render_board_pdf  # type: ignore[attr-defined]

    sheet = best_tile_sheet(sheet_name, board.width_mm, board.height_mm)
    options = PrintOptions(background=background, tile_sheet=sheet)
    plan = print_plan(board, options)
    grid = plan.grid
    assert grid is not None and plan.scale == 1.0
    pages = rasterise_pdf(render_board_pdf(board, options), px_per_mm, slice(1, None))  # page 0: assembly map
    image, alpha = _empty_canvas(board, px_per_mm)
    to_px = np.array([[px_per_mm, 0, PAD_MM * px_per_mm], [0, px_per_mm, PAD_MM * px_per_mm], [0, 0, 1.0]])
    margin = grid.margin_mm
    sheets = []
    for tile, page in zip(grid.tiles, pages, strict=True):
        sides = grid.neighbours(tile)
        cut_left = margin if "left" in sides else 0.0
        cut_top = margin if "up" in sides else 0.0
        # kept part of the sheet, in board mm (sheet mm − margin + window origin)
        x0, y0 = tile.window.x - margin + cut_left, tile.window.y - margin + cut_top
        # the blank paper beyond the poster's right and bottom edge is cut off too
        right = min(x0 + grid.sheet.width_mm - cut_left, board.width_mm + TRIM_MARGIN_MM)
        bottom = min(y0 + grid.sheet.height_mm - cut_top, board.height_mm + TRIM_MARGIN_MM)
        region = Rect(x0, y0, right - x0, bottom - y0)
        length = float(rng.uniform(*seam_error_mm))
        direction = float(rng.uniform(0, 2 * math.pi))
        placed = Sheet(
            tile.label,
            region,
            (length * math.cos(direction), length * math.sin(direction)),
            float(rng.uniform(-sheet_rotation_deg, sheet_rotation_deg)),
        )
        sheets.append(placed)
        crop = page[
            int(round(cut_top * px_per_mm)) : int(round((cut_top + region.height) * px_per_mm)),
            int(round(cut_left * px_per_mm)) : int(round((cut_left + region.width) * px_per_mm)),
        ].astype(np.float32)
        crop *= float(rng.uniform(0.96, 1.03))  # every sheet a little different in the light
        edge = max(1, int(round(0.5 * px_per_mm)))
        if cut_left:
            crop[:, :edge] *= 0.62  # a cut paper edge on top of the sheet below: a thin dark seam
        if cut_top:
            crop[:edge, :] *= 0.62
        mask = np.full(crop.shape[:2], 255, np.uint8)
        # page px → board mm (design) → wall mm → canvas px
        page_to_mm = np.array([[1 / px_per_mm, 0, x0], [0, 1 / px_per_mm, y0], [0, 0, 1.0]])
        wall = np.vstack([placed.matrix(), [0, 0, 1]])
        matrix = (to_px @ wall @ page_to_mm)[:2]
        h, w = crop.shape[:2]
        corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64) @ matrix[:, :2].T + matrix[:, 2]
        bx0, by0 = np.maximum(np.floor(corners.min(axis=0)).astype(int) - 1, 0)
        bx1, by1 = np.minimum(np.ceil(corners.max(axis=0)).astype(int) + 2, (image.shape[1], image.shape[0]))
        matrix[:, 2] -= (bx0, by0)
        size = (int(bx1 - bx0), int(by1 - by0))
        warped = cv2.warpAffine(np.clip(crop, 0, 255).astype(np.uint8), matrix, size, flags=cv2.INTER_LINEAR)
        weight = cv2.warpAffine(mask, matrix, size, flags=cv2.INTER_LINEAR)
        a = (weight.astype(np.float32) / 255)[:, :, None]
        region_px = image[by0:by1, bx0:bx1]
        region_px[:] = (region_px * (1 - a) + warped * a).astype(np.uint8)
        np.maximum(alpha[by0:by1, bx0:bx1], weight, out=alpha[by0:by1, bx0:bx1])
    return BoardCanvas(image, alpha, px_per_mm, sheets)
