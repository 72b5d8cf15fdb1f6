"""Splitting a poster over A4/A3 sheets: which part of the poster each sheet shows.

All sizes are millimetres on the printed poster (the board times the print
scale). A sheet's printable area is the sheet minus the printer's unprintable
margin; below that a narrow band is kept for the tile label and neighbour
hints, and the rest is the window onto the poster. Neighbouring windows
overlap by ``overlap_mm``: the right (and bottom) strip of a sheet is glued
under the next sheet, whose left (and top) margin is cut off along the cut
marks.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from boards.errors import InvalidArgumentError, problem
from boards.geometry import Rect
from boards.i18n import QT_TRANSLATE_NOOP
from boards.paper import Paper

DEFAULT_OVERLAP_MM = 10.0
DEFAULT_PRINTER_MARGIN_MM = 5.0
DEFAULT_LABEL_BAND_MM = 7.0
MAX_TILES = 120


@dataclass(frozen=True)
class Tile:
    row: int
    col: int
    window: Rect  # the part of the poster printed on this sheet (poster mm)
    visible: Rect  # the part still visible after glueing (window minus strips glued under neighbours)

    @property
    def label(self) -> str:
        return tile_label(self.row, self.col)


@dataclass(frozen=True)
class TileGrid:
    sheet: Paper
    poster_width_mm: float
    poster_height_mm: float
    overlap_mm: float
    margin_mm: float
    label_band_mm: float
    rows: int
    cols: int
    tiles: tuple[Tile, ...]

    @property
    def window_width_mm(self) -> float:
        return self.sheet.width_mm - 2 * self.margin_mm

    @property
    def window_height_mm(self) -> float:
        return self.sheet.height_mm - 2 * self.margin_mm - self.label_band_mm

    @property
    def count(self) -> int:
        return len(self.tiles)

    def tile(self, row: int, col: int) -> Tile:
        return self.tiles[row * self.cols + col]

    def neighbours(self, tile: Tile) -> dict[str, str]:
        """Labels of the neighbouring sheets by side: ``{"up": "A3", "left": "B2", ...}``."""
        result: dict[str, str] = {}
        for side, (dr, dc) in {"up": (-1, 0), "down": (1, 0), "left": (0, -1), "right": (0, 1)}.items():
            row, col = tile.row + dr, tile.col + dc
            if 0 <= row < self.rows and 0 <= col < self.cols:
                result[side] = tile_label(row, col)
        return result


def tile_label(row: int, col: int) -> str:
    """Row letter(s) and column number: (1, 2) → ``B3``; row 26 → ``AA``."""
    letters = ""
    index = row
    while True:
        letters = string.ascii_uppercase[index % 26] + letters
        index = index // 26 - 1
        if index < 0:
            break
    return f"{letters}{col + 1}"


def _count(length: float, window: float, overlap: float) -> int:
    if length <= window:
        return 1
    return math.ceil((length - overlap) / (window - overlap) - 1e-9)


def tile_grid(
    poster_width_mm: float,
    poster_height_mm: float,
    sheet: Paper,
    overlap_mm: float = DEFAULT_OVERLAP_MM,
    margin_mm: float = DEFAULT_PRINTER_MARGIN_MM,
    label_band_mm: float = DEFAULT_LABEL_BAND_MM,
) -> TileGrid:
    """Lay sheets over a poster, row by row from the top-left corner."""
    window_w = sheet.width_mm - 2 * margin_mm
    window_h = sheet.height_mm - 2 * margin_mm - label_band_mm
    if margin_mm < 0 or window_w < 50 or window_h < 50:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "de printermarge van {margin:g} mm laat te weinig ruimte over op {sheet}"),
                margin=margin_mm,
                sheet=sheet.label(),
            )
        )
    if overlap_mm < 0:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "de overlap moet 0 mm of meer zijn, niet {overlap:g} mm"),
                overlap=overlap_mm,
            )
        )
    if overlap_mm >= min(window_w, window_h) / 2:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "een overlap van {overlap:g} mm is te groot voor {sheet}: het bedrukbare deel is {width:g} × "
                    "{height:g} mm; kies hoogstens {limit:g} mm",
                ),
                overlap=overlap_mm,
                sheet=sheet.label(),
                width=window_w,
                height=window_h,
                limit=math.floor(min(window_w, window_h) / 2) - 1,
            )
        )
    cols = _count(poster_width_mm, window_w, overlap_mm)
    rows = _count(poster_height_mm, window_h, overlap_mm)
    if rows * cols > MAX_TILES:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "dat worden {count} vellen ({rows} × {cols}); meer dan {limit} is niet te plakken. Kies een "
                    "groter vel of druk als poster af.",
                ),
                count=rows * cols,
                rows=rows,
                cols=cols,
                limit=MAX_TILES,
            )
        )
    step_x, step_y = window_w - overlap_mm, window_h - overlap_mm
    tiles = []
    for row in range(rows):
        for col in range(cols):
            x, y = col * step_x, row * step_y
            window = Rect(x, y, min(window_w, poster_width_mm - x), min(window_h, poster_height_mm - y))
            visible_w = window.width - (overlap_mm if col < cols - 1 else 0.0)
            visible_h = window.height - (overlap_mm if row < rows - 1 else 0.0)
            tiles.append(Tile(row, col, window, Rect(x, y, visible_w, visible_h)))
    return TileGrid(
        sheet=sheet,
        poster_width_mm=poster_width_mm,
        poster_height_mm=poster_height_mm,
        overlap_mm=overlap_mm,
        margin_mm=margin_mm,
        label_band_mm=label_band_mm,
        rows=rows,
        cols=cols,
        tiles=tuple(tiles),
    )
