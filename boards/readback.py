"""Read-back markers and the QR payload: how a photo finds its way to the board.

A printed board carries ArUco markers (OpenCV's predefined dictionary
``DICT_4X4_1000``) at known millimetre positions and a QR code naming the
board, its version, the session and how it was printed. Printing draws what
this module lays out; capture detects the markers and uses the same layout to
map a photo onto board millimetres.

Poster markers sit in a frame along the border (ids 0..499) that templates
keep free. A tiled print adds markers near the corners of every sheet's
visible part (ids from 500), so a photo of any single sheet holds at least
two markers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from boards.errors import InvalidArgumentError, problem
from boards.geometry import Rect
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Marker, MarkerLayout
from boards.paper import Paper, parse_paper
from boards.tiling import TileGrid, tile_grid

ARUCO_DICTIONARY = "DICT_4X4_1000"
ARUCO_DICTIONARY_SIZE = 1000
TILE_MARKER_ID_BASE = 500
PRINTER_SAFE_MM = 5.0  # distance kept from the paper edge


def marker_size_mm(width_mm: float, height_mm: float) -> float:
    """Marker side for a printed sheet: bigger boards are photographed from further away."""
    short = min(width_mm, height_mm)
    for limit, size in ((300, 12.0), (430, 15.0), (600, 20.0), (850, 25.0)):
        if short <= limit:
            return size
    return 30.0


def quiet_zone_mm(size_mm: float) -> float:
    """White margin around a marker that detection needs."""
    return max(3.0, round(size_mm * 0.2, 1))


def frame_width_mm(width_mm: float, height_mm: float) -> float:
    """Width of the border frame that holds the poster markers; keep zones out of it."""
    size = marker_size_mm(width_mm, height_mm)
    return PRINTER_SAFE_MM + 2 * quiet_zone_mm(size) + size


def _edge_positions(start: float, end: float, max_gap: float) -> list[float]:
    """Evenly spaced positions from start to end (inclusive) at most max_gap apart."""
    gaps = max(1, math.ceil((end - start) / max_gap - 1e-9))
    return [start + (end - start) * index / gaps for index in range(gaps + 1)]


def poster_layout(width_mm: float, height_mm: float) -> MarkerLayout:
    """Markers along the border of a poster, clockwise from the top-left corner."""
    size = marker_size_mm(width_mm, height_mm)
    centre = PRINTER_SAFE_MM + quiet_zone_mm(size) + size / 2
    max_gap = max(150.0, 8 * size)
    left, right, top, bottom = centre, width_mm - centre, centre, height_mm - centre
    points: list[tuple[float, float]] = []
    points += [(x, top) for x in _edge_positions(left, right, max_gap)]
    points += [(right, y) for y in _edge_positions(top, bottom, max_gap)[1:]]
    points += [(x, bottom) for x in reversed(_edge_positions(left, right, max_gap)[:-1])]
    points += [(left, y) for y in reversed(_edge_positions(top, bottom, max_gap)[1:-1])]
    markers = tuple(Marker(index, round(x, 2), round(y, 2)) for index, (x, y) in enumerate(points))
    return MarkerLayout(ARUCO_DICTIONARY, size, markers)


def board_poster_layout(paper: Paper) -> MarkerLayout:
    return poster_layout(paper.width_mm, paper.height_mm)


def tiled_layout(grid: TileGrid) -> MarkerLayout:
    """Poster markers plus markers near the corners of every sheet's visible part.

    Positions are on the printed poster (mm); a corner that already has a
    marker close by reuses it. A narrow last strip gets its markers in the
    middle of the strip.
    """
    poster = poster_layout(grid.poster_width_mm, grid.poster_height_mm)
    size = poster.size_mm
    quiet = quiet_zone_mm(size)
    inset = quiet + size / 2 + 2.0
    crowded = size + 2 * quiet  # closer than this, two markers would touch
    markers = list(poster.markers)
    next_id = TILE_MARKER_ID_BASE
    for tile in grid.tiles:
        cell = tile.visible
        for x in _corner_positions(cell.x, cell.right, inset, crowded):
            for y in _corner_positions(cell.y, cell.bottom, inset, crowded):
                if any(math.hypot(existing.x - x, existing.y - y) < crowded for existing in markers):
                    continue
                if next_id >= ARUCO_DICTIONARY_SIZE:
                    raise InvalidArgumentError(
                        problem(
                            QT_TRANSLATE_NOOP(
                                "errors", "te veel vellen om allemaal van markers te voorzien; kies een groter vel"
                            )
                        )
                    )
                markers.append(Marker(next_id, round(x, 2), round(y, 2)))
                next_id += 1
    return MarkerLayout(ARUCO_DICTIONARY, size, tuple(markers))


def _corner_positions(start: float, end: float, inset: float, crowded: float) -> list[float]:
    """Marker centres along one side of a sheet: both ends, or the middle of a narrow strip."""
    if end - start >= 2 * inset + crowded:
        return [start + inset, end - inset]
    if end - start >= crowded:
        return [(start + end) / 2]
    return []


def scaled_poster_layout(board_paper: Paper, scale: float) -> MarkerLayout:
    """The markers of a poster printed at ``scale``: the board's own frame, scaled with the board.

    Scaling the whole frame (not laying markers out anew for the smaller paper)
    keeps every marker and its quiet zone inside the scaled frame, clear of the
    board's content.
    """
    layout = board_poster_layout(board_paper)
    if scale == 1.0:
        return layout
    return MarkerLayout(
        layout.dictionary,
        round(layout.size_mm * scale, 3),
        tuple(Marker(marker.id, round(marker.x * scale, 3), round(marker.y * scale, 3)) for marker in layout.markers),
    )


def to_board_mm(layout: MarkerLayout, scale: float) -> MarkerLayout:
    """A layout on a poster printed at ``scale`` expressed in board millimetres."""
    if scale == 1.0:
        return layout
    return MarkerLayout(
        layout.dictionary,
        layout.size_mm / scale,
        tuple(Marker(marker.id, marker.x / scale, marker.y / scale) for marker in layout.markers),
    )


# --- QR payload ---------------------------------------------------------------------------

QR_PREFIX = "BP1"


@dataclass(frozen=True)
class PrintInfo:
    """What the QR code of a printed board says."""

    board_id: str
    version: int
    session: str = ""
    scale: float = 1.0  # printed size / board size
    tile_sheet: str = ""  # "" for a poster, else e.g. "A4P" or "A3L"
    overlap_mm: float = 0.0
    margin_mm: float = 0.0

    def encode(self) -> str:
        fields = [QR_PREFIX, f"b={self.board_id}", f"v={self.version}"]
        if self.session:
            fields.append(f"s={self.session}")
        if abs(self.scale - 1.0) > 1e-6:
            fields.append(f"k={self.scale:.6f}")
        if self.tile_sheet:
            fields.append(f"t={self.tile_sheet}:{self.overlap_mm:g}:{self.margin_mm:g}")
        return ";".join(fields)

    @classmethod
    def decode(cls, text: str) -> PrintInfo:
        parts = text.strip().split(";")
        if not parts or parts[0] != QR_PREFIX:
            raise ValueError(f"not a Bruinpapier QR code: {text!r}")
        values = dict(part.split("=", 1) for part in parts[1:] if "=" in part)
        if "b" not in values or "v" not in values:
            raise ValueError(f"QR code misses board id or version: {text!r}")
        tile_sheet, overlap, margin = "", 0.0, 0.0
        if "t" in values:
            tile_sheet, overlap_text, margin_text = values["t"].split(":")
            overlap, margin = float(overlap_text), float(margin_text)
        return cls(
            board_id=values["b"],
            version=int(values["v"]),
            session=values.get("s", ""),
            scale=float(values.get("k", "1")),
            tile_sheet=tile_sheet,
            overlap_mm=overlap,
            margin_mm=margin,
        )

    def layout_in_board_mm(self, board_paper: Paper) -> MarkerLayout:
        """The markers this print carries, in board millimetres."""
        poster_w, poster_h = board_paper.width_mm * self.scale, board_paper.height_mm * self.scale
        if self.tile_sheet:
            grid = tile_grid(poster_w, poster_h, sheet_from_code(self.tile_sheet), self.overlap_mm, self.margin_mm)
            return to_board_mm(tiled_layout(grid), self.scale)
        return board_poster_layout(board_paper)  # a poster carries the board's own frame, at any scale


def sheet_code(sheet: Paper) -> str:
    """``A4P`` / ``A3L``: a tiling sheet in the QR payload."""
    return f"{sheet.format}{'L' if sheet.width_mm > sheet.height_mm else 'P'}"


def sheet_from_code(code: str) -> Paper:
    return parse_paper(code[:-1], landscape=code.endswith("L"))


def markers_clear_of(layout: MarkerLayout, rects: list[Rect]) -> list[tuple[int, Rect]]:
    """Markers (with their quiet zone) that overlap any of ``rects``."""
    quiet = quiet_zone_mm(layout.size_mm)
    clashes = []
    for marker in layout.markers:
        area = layout.rect(marker).inset(-quiet)
        for rect in rects:
            if area.overlaps(rect):
                clashes.append((marker.id, rect))
    return clashes
