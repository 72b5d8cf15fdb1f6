"""What to print and how: the options a user picks and the plan that follows from them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Board, Marker, MarkerLayout
from boards.paper import MAX_CUSTOM_MM, Orientation, Paper
from boards.readback import (
    MIN_MARKER_MM,
    PRINTER_SAFE_MM,
    PrintInfo,
    board_poster_layout,
    cached_tiled_layout,
    scaled_poster_layout,
    sheet_code,
)
from boards.tiling import DEFAULT_LABEL_BAND_MM, DEFAULT_OVERLAP_MM, DEFAULT_PRINTER_MARGIN_MM, TileGrid, tile_grid

BACKGROUNDS = ("auto", "brown", "none")
TILE_FORMATS = ("A4", "A3")
MAX_BLEED_MM = 10.0


@dataclass(frozen=True)
class PrintOptions:
    """How to print a board: on which paper, as one poster or as tiles, with what in the title block."""

    paper: Paper | None = None  # None: the board's own paper (true size)
    tile_sheet: Paper | None = None  # None: one poster page; else an A4/A3 sheet or a roll panel (with orientation)
    overlap_mm: float = DEFAULT_OVERLAP_MM
    margin_mm: float = DEFAULT_PRINTER_MARGIN_MM  # printer's unprintable margin
    background: str = "auto"  # "auto" (brown poster, white tiles) | "brown" | "none"
    bleed_mm: float = 0.0  # posters for a print shop: background past the trim, crop marks, BleedBox
    read_back: bool = True  # read-back markers and QR code (a hand-out has none)
    session_code: str = ""
    school: str = ""
    date: str = ""
    carried_notes: tuple = ()  # tuple[boards.session.Note, ...], printed in place as printed notes


@dataclass(frozen=True)
class PrintPlan:
    """Everything decided before drawing: sizes, scale, tiles, markers, QR payload.

    Poster coordinates are millimetres on the printed poster (board × scale,
    origin top left). On a single poster page the poster sits at
    ``(offset_x_mm, offset_y_mm)`` from the top-left corner of the paper,
    and the paper sits ``bleed_mm`` (plus room for crop marks) inside the page.
    """

    paper: Paper  # the poster's paper
    scale: float  # poster mm per board mm
    poster_width_mm: float
    poster_height_mm: float
    offset_x_mm: float
    offset_y_mm: float
    grid: TileGrid | None
    markers: MarkerLayout  # poster mm
    info: PrintInfo
    frame: MarkerLayout  # the poster's own marker frame (poster mm); its QR spot follows from it
    background: str = "brown"  # resolved: "brown" | "none"
    bleed_mm: float = 0.0

    @property
    def page_count(self) -> int:
        return 1 if self.grid is None else 1 + self.grid.count  # assembly map + tiles

    @property
    def slug_mm(self) -> float:
        """Room around the bled paper for crop marks (0 without bleed)."""
        return self.bleed_mm + CROP_MARK_ROOM_MM if self.bleed_mm > 0 else 0.0

    @property
    def page_width_mm(self) -> float:
        """The poster page (with bleed and crop marks), or a tile sheet."""
        return self.grid.sheet.width_mm if self.grid else self.paper.width_mm + 2 * self.slug_mm

    @property
    def page_height_mm(self) -> float:
        return self.grid.sheet.height_mm if self.grid else self.paper.height_mm + 2 * self.slug_mm

    @property
    def page_size_mm(self) -> tuple[float, float]:
        return (self.page_width_mm, self.page_height_mm)

    @property
    def scaled(self) -> bool:
        return self.scale != 1.0

    def scale_text(self) -> str:
        """``ware grootte`` or ``geschaald naar 70,7 %``: what a user is told before printing."""
        return scale_text(self.scale)

    def markers_on_page(self) -> MarkerLayout:
        """The poster markers in page millimetres (single poster page only)."""
        dx, dy = self.offset_x_mm + self.slug_mm, self.offset_y_mm + self.slug_mm
        return MarkerLayout(
            self.markers.dictionary,
            self.markers.size_mm,
            tuple(Marker(m.id, m.x + dx, m.y + dy, m.size_mm) for m in self.markers.markers),
            self.markers.quiet_mm,
        )


CROP_MARK_ROOM_MM = 10.0  # crop marks sit outside the bleed, in this band


def scale_text(scale: float) -> str:
    if scale == 1.0:
        return "ware grootte"
    return f"geschaald naar {scale * 100:.1f} %".replace(".", ",")


_TILE_RE = re.compile(r"^\s*(A[34])\s*(?:[-_ ]?(P|L|STAAND|LIGGEND|PORTRAIT|LANDSCAPE))?\s*$", re.IGNORECASE)


def parse_tile_sheet(text: str, poster_w: float, poster_h: float, overlap: float, margin: float) -> Paper:
    """``A4``/``A3`` (the orientation that needs fewest sheets) or with ``L``/``P`` forced."""
    match = _TILE_RE.match(text)
    if not match:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "onbekend tegelvel '{value}'; kies A4 of A3 (eventueel A4L/A3L voor liggend, A4P/A3P voor staand)",
                ),
                value=text,
            )
        )
    name, orientation = match.group(1).upper(), (match.group(2) or "").upper()
    if orientation:
        landscape = orientation in ("L", "LIGGEND", "LANDSCAPE")
        return Paper.a_series(name, Orientation.LANDSCAPE if landscape else Orientation.PORTRAIT)
    return best_tile_sheet(name, poster_w, poster_h, overlap, margin)


def tile_orientation_forced(text: str) -> bool:
    """True when a tile sheet like ``A4L`` or ``A3 staand`` names its orientation."""
    match = _TILE_RE.match(text)
    return bool(match and match.group(2))


def check_tile_text(text: str) -> str | None:
    """Check ``A4``/``A3L``/…; returns the orientation it names (``landscape``/``portrait``) or None."""
    match = _TILE_RE.match(text)
    if not match:
        parse_tile_sheet(text, 1000.0, 1000.0, DEFAULT_OVERLAP_MM, DEFAULT_PRINTER_MARGIN_MM)  # raises the message
    word = (match.group(2) or "").upper()
    if not word:
        return None
    return "landscape" if word in ("L", "LIGGEND", "LANDSCAPE") else "portrait"


def panel_sheet(
    poster_w: float, poster_h: float, roll_mm: float, max_length_mm: float | None, margin_mm: float
) -> Paper:
    """A plotter roll as a tiling sheet: the roll's width across the board, as long as the board along it.

    The roll runs along the board's long side; a board wider than the roll
    (less its margins) is split into strips with glue seams, and
    ``max_length_mm`` cuts long strips into panels.
    """
    along = max(poster_w, poster_h) + 2 * margin_mm + DEFAULT_LABEL_BAND_MM
    if max_length_mm is not None:
        along = min(along, max_length_mm)
    along = min(along, MAX_CUSTOM_MM)
    if poster_w >= poster_h:
        return Paper.custom(round(along, 1), roll_mm)
    return Paper.custom(roll_mm, round(along, 1))


def fit_scale_for(board: Board, paper: Paper | None) -> float:
    """The print scale of ``board`` on ``paper`` (1 without a paper)."""
    return 1.0 if paper is None else fit_scale(board, paper)


def best_tile_sheet(
    name: str,
    poster_w: float,
    poster_h: float,
    overlap: float = DEFAULT_OVERLAP_MM,
    margin: float = DEFAULT_PRINTER_MARGIN_MM,
) -> Paper:
    """A4 or A3 in the orientation that needs fewest sheets for this poster (portrait on a tie)."""
    candidates = [Paper.a_series(name, Orientation.PORTRAIT), Paper.a_series(name, Orientation.LANDSCAPE)]
    counts = []
    for sheet in candidates:
        try:
            counts.append((tile_grid(poster_w, poster_h, sheet, overlap, margin).count, sheet))
        except InvalidArgumentError:
            continue
    if not counts:  # let the first one raise its clear message
        tile_grid(poster_w, poster_h, candidates[0], overlap, margin)
    return min(counts, key=lambda item: item[0])[1]


def check_options(options: PrintOptions) -> None:
    if options.background not in BACKGROUNDS:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "onbekende achtergrond '{value}'; kies brown (kraftbruin) of none (geen)"),
                value=options.background,
            )
        )
    sheet = options.tile_sheet
    if sheet is not None and not sheet.is_custom and sheet.format not in TILE_FORMATS:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "tegels kunnen alleen op A4 of A3, niet op {sheet}"),
                sheet=sheet.label(),
            )
        )
    if not (0.0 <= options.bleed_mm <= MAX_BLEED_MM) or options.bleed_mm != options.bleed_mm:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "afloop van {bleed:g} mm kan niet; kies 0 tot {limit:g} mm (drukkerij: 3 mm)"
                ),
                bleed=options.bleed_mm,
                limit=MAX_BLEED_MM,
            )
        )
    if options.bleed_mm > 0 and sheet is not None:
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "afloop en snijtekens zijn voor een poster, niet voor tegels"))
        )


def fit_scale(board: Board, paper: Paper) -> float:
    """The scale that fits ``board`` on ``paper`` (1 on its own paper), keeping the printer's safe edge."""
    scale = min(paper.width_mm / board.width_mm, paper.height_mm / board.height_mm)
    if abs(scale - 1.0) < 1e-9:
        return 1.0
    if scale < 1.0:
        # The scaled marker frame keeps the printer's safe distance from the paper edge too.
        scale = min(
            scale,
            (paper.width_mm - 2 * PRINTER_SAFE_MM) / (board.width_mm - 2 * PRINTER_SAFE_MM),
            (paper.height_mm - 2 * PRINTER_SAFE_MM) / (board.height_mm - 2 * PRINTER_SAFE_MM),
        )
    return scale


def frame_layout(board: Board, scale: float) -> MarkerLayout:
    """The board's own marker frame, scaled with the board (poster mm)."""
    if scale == 1.0:
        return board.markers if board.markers is not None else board_poster_layout(board.paper)
    return scaled_poster_layout(board.paper, scale)


def check_marker_size(layout: MarkerLayout, paper_label: str) -> None:
    """Refuse a print whose read-back markers would come out too small to read."""
    smallest = min((layout.size_of(marker) for marker in layout.markers), default=layout.size_mm)
    if smallest < MIN_MARKER_MM - 1e-9:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "op {paper} worden de leesmarkers {size} mm; kleiner dan {minimum:g} mm leest een foto ze niet. "
                    "Kies groter papier of druk af in tegels (--tile A4).",
                ),
                paper=paper_label,
                size=f"{smallest:.1f}".replace(".", ","),
                minimum=MIN_MARKER_MM,
            )
        )


def print_plan(board: Board, options: PrintOptions | None = None) -> PrintPlan:
    """Decide page size, scale, tiles and markers for printing ``board`` with ``options``."""
    options = options or PrintOptions()
    check_options(options)
    paper = options.paper or board.paper
    scale = fit_scale(board, paper)
    poster_w, poster_h = board.width_mm * scale, board.height_mm * scale
    frame = frame_layout(board, scale)
    grid = None
    if options.tile_sheet is not None:
        grid = tile_grid(poster_w, poster_h, options.tile_sheet, options.overlap_mm, options.margin_mm)
        markers = cached_tiled_layout(grid, board, scale)
        offset_x = offset_y = 0.0
    else:
        markers = frame
        offset_x, offset_y = (paper.width_mm - poster_w) / 2, (paper.height_mm - poster_h) / 2
    if options.read_back:
        check_marker_size(frame, paper.label())
    background = options.background
    if background == "auto":
        background = "none" if grid is not None else "brown"
    info = PrintInfo(
        board_id=board.id,
        version=board.version,
        session=options.session_code,
        scale=scale,
        tile_sheet=sheet_code(options.tile_sheet) if options.tile_sheet is not None else "",
        overlap_mm=options.overlap_mm if options.tile_sheet is not None else 0.0,
        margin_mm=options.margin_mm if options.tile_sheet is not None else 0.0,
    )
    return PrintPlan(
        paper, scale, poster_w, poster_h, offset_x, offset_y, grid, markers, info, frame, background, options.bleed_mm
    )
