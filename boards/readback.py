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

import itertools
import math
from dataclasses import dataclass

from boards.connectors import connector_points
from boards.errors import InvalidArgumentError, problem
from boards.freespace import FreeSpace, Obstacle, Segment
from boards.geometry import Point, Rect
from boards.i18n import QT_TRANSLATE_NOOP
from boards.look import connector_stroke
from boards.model import (
    Board,
    ConnectorElement,
    ImageElement,
    LineElement,
    Marker,
    MarkerLayout,
    SymbolElement,
    TextElement,
)
from boards.paper import Paper, parse_paper
from boards.routing import label_point
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
    """White margin around a marker that detection needs (small markers, sized to fit a gap, need less)."""
    if size_mm < 12.0:
        return max(1.5, size_mm / 4)
    return max(3.0, round(size_mm * 0.2, 1))


def quiet_of(layout: MarkerLayout, marker: Marker) -> float:
    """The white margin printed around ``marker`` (mm of the layout)."""
    if marker.size_mm is not None:
        return quiet_zone_mm(marker.size_mm)
    return layout.quiet_mm if layout.quiet_mm is not None else quiet_zone_mm(layout.size_mm)


def marker_area(layout: MarkerLayout, marker: Marker) -> Rect:
    """A marker with its white margin: what must stay clear of everything else."""
    return layout.rect(marker).inset(-quiet_of(layout, marker))


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


#: Marker sides tried for the extra markers of a tiled print, largest first (capped at the frame's size).
TILE_MARKER_SIZES_MM = (30.0, 25.0, 20.0, 15.0, 12.0, 10.0, 8.0, 6.0)
MIN_MARKER_MM = 6.0  # smaller printed markers are not read reliably from a phone photo
SEAM_CLEARANCE_MM = 4.0  # markers stay this far from a seam: cutting and glueing are never exact
CONTENT_CLEARANCE_MM = 1.0  # and this far from anything the board prints
SEARCH_STEP_MM = 1.0  # rows of candidate marker centres


def tiled_layout(grid: TileGrid, board: Board | None = None, scale: float = 1.0) -> MarkerLayout:
    """The markers of a tiled print (poster mm): never on the board's content, never across a seam.

    The poster's own frame markers stay where the poster has them, except
    those a seam would cut. Then every sheet gets a marker in each quarter of
    the part of it that stays visible after glueing, where there is room:
    in the free frame or a free gap of the board, as large as fits (down to
    ``MIN_MARKER_MM``), nearest the quarter's outer corner. A sheet with no
    free room gets none. Without ``board`` only the frame counts as free.
    """
    if board is not None:
        frame = scaled_poster_layout(board.paper, scale)
        # the board's frame scaled may differ from the paper (a board file's own layout): use the board's
        if scale == 1.0 and board.markers is not None:
            frame = board.markers
    else:
        frame = poster_layout(grid.poster_width_mm, grid.poster_height_mm)
    seams = _seam_areas(grid)
    kept = tuple(
        marker for marker in frame.markers if not any(marker_area(frame, marker).overlaps(seam) for seam in seams)
    )
    base = MarkerLayout(frame.dictionary, frame.size_mm, kept, frame.quiet_mm)
    poster = Rect(0.0, 0.0, grid.poster_width_mm, grid.poster_height_mm)
    obstacles = content_obstacles(board, scale) if board is not None else []
    obstacles.append(frame_qr_rect(frame, grid.poster_width_mm, grid.poster_height_mm).inset(-CONTENT_CLEARANCE_MM))
    if board is None:  # only the frame is known to be free
        inner = poster.inset(frame_width_mm(grid.poster_width_mm, grid.poster_height_mm))
        if inner.width > 0 and inner.height > 0:
            obstacles.append(inner)
    space = FreeSpace(obstacles)
    for marker in kept:
        space.add(marker_area(base, marker))
    sizes = [size for size in TILE_MARKER_SIZES_MM if size <= frame.size_mm + 1e-9] or [frame.size_mm]
    sizes = [size for size in sizes if size >= MIN_MARKER_MM]
    halves = [size / 2 + quiet_zone_mm(size) for size in sizes]
    safe = poster.inset(PRINTER_SAFE_MM)
    added: list[Marker] = []
    placed_rects = [base.rect(marker) for marker in kept]
    next_id = TILE_MARKER_ID_BASE
    for tile in grid.tiles:
        seen = _sheet_area(grid, tile).intersection(safe)
        if seen is None:
            continue
        placed = [rect for rect in placed_rects if rect.overlaps(seen)]
        for quarter, corner in _quarters(seen):
            if any(quarter.contains_rect(rect) for rect in placed):
                continue
            found = space.largest(quarter, halves, corner, SEARCH_STEP_MM)
            if found is None:
                continue
            if next_id >= ARUCO_DICTIONARY_SIZE:
                raise InvalidArgumentError(
                    problem(
                        QT_TRANSLATE_NOOP(
                            "errors", "te veel vellen om allemaal van markers te voorzien; kies een groter vel"
                        )
                    )
                )
            size, spot = sizes[found[0]], found[1]
            marker = Marker(next_id, round(spot.x, 2), round(spot.y, 2), None if size == frame.size_mm else size)
            added.append(marker)
            placed_rects.append(base.rect(marker))
            space.add(marker_area(base, marker))
            next_id += 1
    return MarkerLayout(frame.dictionary, frame.size_mm, kept + tuple(added), frame.quiet_mm)


_LAYOUTS: dict[tuple, MarkerLayout] = {}


def cached_tiled_layout(grid: TileGrid, board: Board | None, scale: float) -> MarkerLayout:
    """``tiled_layout``, remembered per board content and grid (capture asks for the same layouts per photo)."""
    key = (
        grid.sheet,
        grid.poster_width_mm,
        grid.poster_height_mm,
        grid.overlap_mm,
        grid.margin_mm,
        scale,
        None if board is None else _fingerprint(board),
    )
    if key not in _LAYOUTS:
        if len(_LAYOUTS) > 64:
            _LAYOUTS.clear()
        _LAYOUTS[key] = tiled_layout(grid, board, scale)
    return _LAYOUTS[key]


def _fingerprint(board: Board) -> str:
    """Everything about a board that decides where a tiled print's markers go."""
    return repr((board.paper, board.zones, board.groups, board.elements, board.legend, board.header, board.markers))


def _seam_areas(grid: TileGrid) -> list[Rect]:
    """Bands along every seam of the glued poster where no marker may lie."""
    bands = []
    width, height, c = grid.poster_width_mm, grid.poster_height_mm, SEAM_CLEARANCE_MM
    for tile in grid.tiles:
        if tile.col < grid.cols - 1:
            bands.append(Rect(tile.visible.right - c, 0.0, 2 * c, height))
        if tile.row < grid.rows - 1:
            bands.append(Rect(0.0, tile.visible.bottom - c, width, 2 * c))
    return bands


def _sheet_area(grid: TileGrid, tile) -> Rect:
    """The part of a sheet that stays visible after glueing, kept clear of its seams."""
    v = tile.visible
    c = SEAM_CLEARANCE_MM
    left = c if tile.col > 0 else 0.0
    top = c if tile.row > 0 else 0.0
    right = c if tile.col < grid.cols - 1 else 0.0
    bottom = c if tile.row < grid.rows - 1 else 0.0
    return Rect(v.x + left, v.y + top, v.width - left - right, v.height - top - bottom)


def _quarters(area: Rect) -> list[tuple[Rect, Point]]:
    """The four quarters of an area, each with its outer corner."""
    half_w, half_h = area.width / 2, area.height / 2
    return [
        (Rect(area.x, area.y, half_w, half_h), Point(area.x, area.y)),
        (Rect(area.x + half_w, area.y, half_w, half_h), Point(area.right, area.y)),
        (Rect(area.x, area.y + half_h, half_w, half_h), Point(area.x, area.bottom)),
        (Rect(area.x + half_w, area.y + half_h, half_w, half_h), Point(area.right, area.bottom)),
    ]


def content_obstacles(board: Board, scale: float = 1.0) -> list[Obstacle]:
    """Everything the board prints, in poster mm (board mm × ``scale``), grown by a small clearance.

    Zones count whole (label and writing area), as do headings, texts,
    symbols, the legend and the title block; free lines and connectors count
    along their drawn route, with their labels.
    """
    c = CONTENT_CLEARANCE_MM
    rects: list[Rect] = [zone.rect for zone in board.zones]
    rects += [group.rect for group in board.groups if group.rect is not None]
    rects += [
        element.rect for element in board.elements if isinstance(element, (TextElement, SymbolElement, ImageElement))
    ]
    rects += [board.legend.rect] if board.legend is not None else []
    rects += [board.header] if board.header is not None else []
    obstacles: list[Obstacle] = [rect.scaled(scale).inset(-c) for rect in rects]
    for element in board.elements:
        if isinstance(element, LineElement):
            points: tuple[Point, ...] = (element.start, element.end)
            width = element.width_mm
        elif isinstance(element, ConnectorElement):
            route = connector_points(board, element)
            if route is None:
                continue
            points, width = route, connector_stroke(element).width_mm
            if element.label:
                middle = label_point(route)
                # italic 11 pt: about 0.55 em per character, one em high
                em = 11 * 25.4 / 72
                label_w = 0.55 * em * len(element.label)
                rects_label = Rect(middle.x - label_w / 2, middle.y - 1.6 * em, label_w, 1.6 * em)
                obstacles.append(rects_label.scaled(scale).inset(-c))
        else:
            continue
        head = max(width * 6, 4.0) * 0.5  # an arrow head is wider than its line
        half = (max(width / 2, head if getattr(element, "arrow", False) else 0.0)) * scale + c
        for a, b in itertools.pairwise(points):
            obstacles.append(Segment(Point(a.x * scale, a.y * scale), Point(b.x * scale, b.y * scale), half))
    return obstacles


def frame_qr_rect(frame: MarkerLayout, width_mm: float, height_mm: float) -> Rect:
    """Where a board without title block prints its QR code: in the frame, between the two bottom-left markers."""
    size = frame.size_mm
    if not frame.markers:
        return Rect(width_mm / 2 - size * 0.6, height_mm - size * 1.6, size * 1.2, size * 1.2)
    lowest = max(marker.y for marker in frame.markers)
    bottom = sorted((m for m in frame.markers if abs(m.y - lowest) < 1e-6), key=lambda m: m.x)
    x = (bottom[0].x + bottom[1].x) / 2 if len(bottom) >= 2 else width_mm / 2
    y = bottom[0].y
    side = size * 1.2
    return Rect(x - side / 2, y - side / 2, side, side)


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
        round(quiet_zone_mm(layout.size_mm) * scale, 3),
    )


def to_board_mm(layout: MarkerLayout, scale: float) -> MarkerLayout:
    """A layout on a poster printed at ``scale`` expressed in board millimetres."""
    if scale == 1.0:
        return layout
    return MarkerLayout(
        layout.dictionary,
        layout.size_mm / scale,
        tuple(
            Marker(
                marker.id,
                marker.x / scale,
                marker.y / scale,
                None if marker.size_mm is None else marker.size_mm / scale,
            )
            for marker in layout.markers
        ),
        quiet_of(layout, Marker(-1, 0, 0)) / scale,
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

    def layout_in_board_mm(self, board: Board | Paper) -> MarkerLayout:
        """The markers this print carries, in board millimetres.

        A tiled print places its extra markers in the board's free room, so
        that needs the board; given only its paper, the layout holds the
        markers a tiled print puts in the free frame.
        """
        board_paper = board if isinstance(board, Paper) else board.paper
        poster_w, poster_h = board_paper.width_mm * self.scale, board_paper.height_mm * self.scale
        if self.tile_sheet:
            grid = tile_grid(poster_w, poster_h, sheet_from_code(self.tile_sheet), self.overlap_mm, self.margin_mm)
            content = None if isinstance(board, Paper) else board
            return to_board_mm(cached_tiled_layout(grid, content, self.scale), self.scale)
        if isinstance(board, Board) and board.markers is not None:
            return board.markers
        return board_poster_layout(board_paper)  # a poster carries the board's own frame, at any scale


def sheet_code(sheet: Paper) -> str:
    """``A4P`` / ``A3L`` (a tiling sheet) or ``914x3000`` (a roll panel) in the QR payload."""
    if sheet.is_custom:
        return f"{sheet.width_mm:g}x{sheet.height_mm:g}"
    return f"{sheet.format}{'L' if sheet.width_mm > sheet.height_mm else 'P'}"


def sheet_from_code(code: str) -> Paper:
    if "x" in code:
        return parse_paper(code)
    return parse_paper(code[:-1], landscape=code.endswith("L"))


def markers_clear_of(layout: MarkerLayout, rects: list[Rect]) -> list[tuple[int, Rect]]:
    """Markers (with their quiet zone) that overlap any of ``rects``."""
    clashes = []
    for marker in layout.markers:
        area = marker_area(layout, marker)
        for rect in rects:
            if area.overlaps(rect):
                clashes.append((marker.id, rect))
    return clashes
