"""Board → PDF bytes: one poster page at 1:1 (or scaled), or a tiled print."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boards.fileformat import atomic_write_bytes
from boards.model import Board
from printing.draw_board import draw_background, draw_poster
from printing.options import PrintOptions, PrintPlan, print_plan


def new_canvas(buffer: io.BytesIO, title: str, width_mm: float, height_mm: float) -> Canvas:
    canvas = Canvas(buffer, pagesize=(width_mm * mm, height_mm * mm), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Bruinpapier")
    canvas.setAuthor("Bruinpapier")
    return canvas


def draw_poster_page(canvas: Canvas, board: Board, plan: PrintPlan, options: PrintOptions,
                     with_markers: bool = True) -> None:
    """One page of the poster's paper with the board centred on it (1:1 when the paper matches)."""
    canvas.setPageSize((plan.paper.width_mm * mm, plan.paper.height_mm * mm))
    draw_background(canvas, plan.paper.width_mm * mm, plan.paper.height_mm * mm, options.background)
    canvas.saveState()
    bottom = plan.paper.height_mm - plan.offset_y_mm - plan.poster_height_mm
    canvas.translate(plan.offset_x_mm * mm, bottom * mm)
    draw_poster(canvas, board, plan, options, with_markers=with_markers, with_background=False)
    canvas.restoreState()
    canvas.showPage()


def render_board_pdf(board: Board, options: PrintOptions | None = None) -> bytes:
    """The board as PDF bytes: a poster page, or an assembly map plus tiles."""
    options = options or PrintOptions()
    plan = print_plan(board, options)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, board.title, plan.page_width_mm, plan.page_height_mm)
    if plan.grid is None:
        draw_poster_page(canvas, board, plan, options)
    else:
        from printing.tiled import draw_tiled

        draw_tiled(canvas, board, plan, options)
    canvas.save()
    return buffer.getvalue()


def write_board_pdf(board: Board, options: PrintOptions | None, path: Path | str) -> None:
    """Render and write atomically (a half-written PDF never replaces a good one)."""
    atomic_write_bytes(path, render_board_pdf(board, options))
