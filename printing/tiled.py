"""A poster over A4/A3 sheets: an assembly map, then one page per tile.

The poster is drawn once as a reusable PDF form (XObject); every tile page
shows it through a clipping window, so the file stays about as small as the
single poster instead of holding one copy per sheet.
"""

from __future__ import annotations

from typing import Protocol

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boards.colors import KRAFT_BROWN
from boards.model import Board
from boards.tiling import Tile, TileGrid
from printing.fonts import BOLD, ITALIC, REGULAR, draw_string, register_fonts, string_width
from printing.options import PrintOptions, PrintPlan, scale_text
from printing.pages import begin_page, end_page
from printing.style import INK, SOFT_INK, rgb
from printing.text import draw_fitted, fit_text

CUT_LINE_MM = 0.25
SIDE_WORDS = {"up": "boven", "down": "onder", "left": "links", "right": "rechts"}
#: Sheet texts use PDF's built-in Helvetica (nothing to embed: a tiled PDF stays small) when
#: the text fits its character set; other texts fall back to the embedded DejaVu.
PLAIN_FONTS = {REGULAR: "Helvetica", BOLD: "Helvetica-Bold", ITALIC: "Helvetica-Oblique"}


def plain(text: str, font: str) -> str:
    """The built-in font for ``text`` when it can show it, else the embedded one."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return font
    return PLAIN_FONTS.get(font, font)


def draw_scissors(canvas: Canvas, x: float, y: float, size: float = 9) -> None:
    """A small pair of scissors (two rings, two crossed blades) pointing right, ``size`` points long."""
    ring = size * 0.16
    canvas.saveState()
    canvas.setLineWidth(size * 0.07)
    canvas.setStrokeColorRGB(*INK)
    for dy in (size * 0.22, -size * 0.22):
        canvas.circle(x + ring, y + size * 0.35 + dy, ring, stroke=1, fill=0)
        canvas.line(x + 2 * ring, y + size * 0.35 + dy * 0.6, x + size, y + size * 0.35 - dy * 0.25)
    canvas.restoreState()


_form_counter = 0


def define_poster_form(canvas: Canvas, board: Board, plan: PrintPlan, options: PrintOptions) -> str:
    """Draw the poster once into a named form and return its name."""
    global _form_counter
    _form_counter += 1
    name = f"bpPoster{_form_counter}"
    from printing.draw_board import draw_poster  # only a board's tiles need the board drawing

    canvas.beginForm(name, 0, 0, plan.poster_width_mm * mm, plan.poster_height_mm * mm)
    draw_poster(canvas, board, plan, options, with_markers=options.read_back)
    canvas.endForm()
    return name


class TiledJob(Protocol):
    """What tiling needs to know of a poster: its size, its scale, the sheets, the background."""

    grid: TileGrid | None
    poster_width_mm: float
    poster_height_mm: float
    scale: float
    background: str


def draw_tiled(canvas: Canvas, board: Board, plan: PrintPlan, options: PrintOptions) -> None:
    """Assembly map plus one page per tile (the canvas may already hold other pages)."""
    register_fonts()
    draw_tiles(canvas, board.title, plan, define_poster_form(canvas, board, plan, options))


def draw_tiles(canvas: Canvas, title: str, job: TiledJob, form: str) -> None:
    """Assembly map plus one page per tile for a poster drawn as the form ``form``."""
    assert job.grid is not None
    decorations = define_decoration_forms(canvas, job.grid, job.background)
    draw_assembly_map(canvas, title, job, form)
    for index, tile in enumerate(job.grid.tiles, start=1):
        draw_tile_page(canvas, title, job, form, decorations[decoration_key(job.grid, tile)], tile, index)


DecorationKey = tuple[tuple[str, ...], float, float]


def decoration_key(grid: TileGrid, tile: Tile) -> DecorationKey:
    """Sheets with the same neighbour sides and window size share their cut and glue marks."""
    return (tuple(sorted(grid.neighbours(tile))), round(tile.window.width, 3), round(tile.window.height, 3))


def define_decoration_forms(canvas: Canvas, grid: TileGrid, background: str) -> dict[DecorationKey, str]:
    """Cut lines, glue strips and corner marks, one form per distinct kind of sheet."""
    global _form_counter
    forms: dict[DecorationKey, str] = {}
    sheet_w, sheet_h = grid.sheet.width_mm * mm, grid.sheet.height_mm * mm
    margin = grid.margin_mm * mm
    for tile in grid.tiles:
        key = decoration_key(grid, tile)
        if key in forms:
            continue
        _form_counter += 1
        name = f"bpSheet{_form_counter}"
        sides, width_mm, height_mm = key
        canvas.beginForm(name, 0, 0, sheet_w, sheet_h)
        left, top, width, height = margin, sheet_h - margin, width_mm * mm, height_mm * mm
        draw_glue_strips(canvas, grid, sides, left, top, width, height, background)
        draw_cut_lines(canvas, sides, left, top, width, height)
        canvas.endForm()
        forms[key] = name
    return forms


def _sheet_name(grid: TileGrid) -> str:
    return grid.sheet.label()


def draw_assembly_map(canvas: Canvas, title: str, plan: TiledJob, form: str) -> None:
    grid = plan.grid
    assert grid is not None
    # The map sheet is turned like the poster, so the thumbnail is as large as it can be.
    short, long = sorted((grid.sheet.width_mm * mm, grid.sheet.height_mm * mm))
    landscape = plan.poster_width_mm > plan.poster_height_mm
    sheet_w, sheet_h = (long, short) if landscape else (short, long)
    page_unit = begin_page(canvas, sheet_w / mm, sheet_h / mm)
    margin = grid.margin_mm * mm + 5 * mm
    width = sheet_w - 2 * margin
    top = sheet_h - margin
    heading_text = f"Opbouwplan: {title}"
    heading = fit_text(heading_text, plain(heading_text, BOLD), width, 40, 20, 10)
    top = draw_fitted(canvas, heading, margin, top, width, color=INK) - 4
    intro = (
        f"{grid.count} vellen {_sheet_name(grid)} ({grid.rows} rijen × {grid.cols} kolommen), "
        f"overlap {grid.overlap_mm:g} mm. Samen een poster van "
        f"{plan.poster_width_mm:.0f} × {plan.poster_height_mm:.0f} mm" + f" ({scale_text(plan.scale)})."
    )
    last = "4. Werk rij voor rij van linksboven naar rechtsonder."
    if getattr(plan, "markers", None) is not None:
        last += " De markers en de QR-code moeten onbedekt blijven."
    steps = (
        "1. Leg de vellen neer zoals hieronder: rij A bovenaan, kolom 1 links.",
        "2. Knip bij elk vel de rand af langs de stippellijn met de schaar (links en boven).",
        "3. Leg het vel over de lijmstrook (tot de stippellijn) van het vel links of boven en plak het vast.",
        last,
    )
    for paragraph in (intro, *steps):
        fitted = fit_text(paragraph, plain(paragraph, REGULAR), width, 40, 10, 7)
        top = draw_fitted(canvas, fitted, margin, top, width, color=INK) - 3
    top -= 6
    # Thumbnail of the poster with the tile grid on top.
    area_w, area_h = width, top - margin
    k = min(area_w / (plan.poster_width_mm * mm), area_h / (plan.poster_height_mm * mm))
    thumb_w, thumb_h = plan.poster_width_mm * mm * k, plan.poster_height_mm * mm * k
    x0, y0 = margin + (area_w - thumb_w) / 2, top - thumb_h
    canvas.saveState()
    canvas.translate(x0, y0)
    canvas.scale(k, k)
    canvas.doForm(form)
    canvas.restoreState()
    unit = mm * k
    label_size = max(6.0, min(28.0, grid.window_height_mm * unit * 0.3))
    for tile in grid.tiles:
        v = tile.visible
        x, y = x0 + v.x * unit, y0 + thumb_h - v.bottom * unit
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFillAlpha(0.45)
        canvas.rect(x, y, v.width * unit, v.height * unit, stroke=0, fill=1)
        canvas.setFillAlpha(1)
        canvas.setStrokeColorRGB(0.75, 0.1, 0.1)
        canvas.setLineWidth(1)
        canvas.rect(x, y, v.width * unit, v.height * unit, stroke=1, fill=0)
        size = min(label_size, v.width * unit * 0.4, v.height * unit * 0.6)
        canvas.setFillColorRGB(0.6, 0.05, 0.05)
        draw_string(
            canvas,
            x + v.width * unit / 2,
            y + v.height * unit / 2 - size * 0.35,
            tile.label,
            plain(tile.label, BOLD),
            size,
            "center",
        )
    end_page(canvas, page_unit)


def draw_tile_page(
    canvas: Canvas, title: str, plan: TiledJob, form: str, decoration: str, tile: Tile, number: int
) -> None:
    grid = plan.grid
    assert grid is not None
    sheet_h = grid.sheet.height_mm * mm
    page_unit = begin_page(canvas, grid.sheet.width_mm, grid.sheet.height_mm)
    margin = grid.margin_mm * mm
    win = tile.window
    left, top = margin, sheet_h - margin
    width, height = win.width * mm, win.height * mm
    # The poster through the window.
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(left, top - height, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.translate(left - win.x * mm, top + win.y * mm - plan.poster_height_mm * mm)
    canvas.doForm(form)
    canvas.restoreState()
    neighbours = grid.neighbours(tile)
    canvas.doForm(decoration)
    draw_label_band(canvas, title, grid, tile, number, neighbours, left, top - grid.window_height_mm * mm)
    end_page(canvas, page_unit)


GLUE_TEXT = {
    "right": "lijmstrook · het vel rechts komt hierover",
    "down": "lijmstrook · het vel eronder komt hierover",
}


def draw_glue_strips(
    canvas: Canvas,
    grid: TileGrid,
    neighbours: tuple[str, ...],
    left: float,
    top: float,
    width: float,
    height: float,
    background: str = "none",
) -> None:
    """Empty the strips that disappear under the right and lower sheets and say so.

    The next sheet shows that part of the board, so the strip carries no
    board (no toner, and the glue text crosses no label): only the
    background colour when the print has one, a dashed edge and the text.
    """
    overlap = grid.overlap_mm * mm
    if overlap <= 0:
        return
    size = min(8.0, overlap * 0.6)
    canvas.saveState()
    strips = {
        "right": (left + width - overlap, top - height, overlap, height),
        "down": (left, top - height, width, overlap),
    }
    for side in ("right", "down"):
        if side in neighbours:
            x, y, w, h = strips[side]
            if background == "brown":
                canvas.setFillColorRGB(*rgb(KRAFT_BROWN))
            else:
                canvas.setFillColorRGB(1, 1, 1)
            canvas.rect(x, y, w, h, stroke=0, fill=1)
    for side in ("right", "down"):
        if side not in neighbours:
            continue
        x, y, w, h = strips[side]
        canvas.setStrokeColorRGB(*INK)
        canvas.setLineWidth(CUT_LINE_MM * mm)
        canvas.setDash(2 * mm, 1.5 * mm)
        if side == "right":
            canvas.line(x, y, x, y + h)
        else:
            canvas.line(x, y + h, x + w, y + h)
        canvas.setDash()
        text = GLUE_TEXT[side]
        canvas.setFillColorRGB(*INK)
        if side == "right":
            canvas.saveState()
            canvas.translate(x + w / 2 + size * 0.35, y + h / 2)
            canvas.rotate(90)
            draw_string(canvas, 0, 0, text, plain(text, BOLD), size, "center")
            canvas.restoreState()
        else:
            draw_string(canvas, x + w / 2, y + h / 2 - size * 0.35, text, plain(text, BOLD), size, "center")
    canvas.restoreState()


def draw_cut_lines(
    canvas: Canvas, neighbours: tuple[str, ...], left: float, top: float, width: float, height: float
) -> None:
    """Dashed scissors lines along the edges cut off before glueing (left and top); a hairline frame elsewhere."""
    canvas.saveState()
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(CUT_LINE_MM * mm)
    edges = {
        "left": (left, top - height, left, top),
        "up": (left, top, left + width, top),
    }
    for side, (x1, y1, x2, y2) in edges.items():
        if side not in neighbours:
            continue
        canvas.setDash(1.2 * mm, 1.2 * mm)
        canvas.line(x1, y1, x2, y2)
        canvas.setDash()
        canvas.setFillColorRGB(*INK)
        if side == "left":
            for y in (top - 8 * mm, top - height + 4 * mm):
                canvas.saveState()
                canvas.translate(x1 + 1.2 * mm, y)
                canvas.rotate(-90)
                draw_scissors(canvas, 0, 0)
                canvas.restoreState()
        else:
            for x in (left + 4 * mm, left + width - 8 * mm):
                draw_scissors(canvas, x, y1 - 3.5 * mm)
    # Corner marks where the sheet's window ends.
    tick = 4 * mm
    canvas.setLineWidth(CUT_LINE_MM * mm)
    for cx, cy, dx, dy in (
        (left, top, 1, -1),
        (left + width, top, -1, -1),
        (left, top - height, 1, 1),
        (left + width, top - height, -1, 1),
    ):
        canvas.line(cx, cy, cx + dx * tick, cy)
        canvas.line(cx, cy, cx, cy + dy * tick)
    canvas.restoreState()


def draw_label_band(
    canvas: Canvas,
    title: str,
    grid: TileGrid,
    tile: Tile,
    number: int,
    neighbours: dict[str, str],
    left: float,
    band_top: float,
) -> None:
    """Below the window: the tile label, its place, its neighbours and what to do."""
    band_h = grid.label_band_mm * mm
    base = band_top - band_h * 0.72
    size = min(14.0, band_h * 0.75)
    canvas.setFillColorRGB(*INK)
    label_font = plain(tile.label, BOLD)
    draw_string(canvas, left, base, tile.label, label_font, size)
    x = left + string_width(tile.label, label_font, size) + 3 * mm
    small = min(8.0, band_h * 0.45)
    around = ", ".join(
        f"{SIDE_WORDS[side]} {neighbours[side]}" for side in ("up", "left", "right", "down") if side in neighbours
    )
    info = f"vel {number}/{grid.count} · rij {tile.label.rstrip('0123456789')}, kolom {tile.col + 1}"
    if around:
        info += f" · buren: {around}"
    info_font = plain(info, REGULAR)
    draw_string(canvas, x, base, info, info_font, small)
    cut = [SIDE_WORDS[s] for s in ("left", "up") if s in neighbours]
    hint = f"knip {' en '.join(cut)} af" if cut else "eerste vel: niets afknippen"
    right = grid.sheet.width_mm * mm - grid.margin_mm * mm
    canvas.setFillColorRGB(*SOFT_INK)
    room = right - (x + string_width(info, info_font, small) + 6 * mm)
    text = f"{title} · {hint}"
    if string_width(text, plain(text, ITALIC), small) > room:
        text = hint
    if string_width(text, plain(text, ITALIC), small) <= room:
        draw_string(canvas, right, base, text, plain(text, ITALIC), small, "right")
