"""Board → PDF bytes: one poster page at 1:1 (or scaled), or a tiled print."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boards.geometry import Rect
from boards.model import Board
from printing.draw_board import draw_background, draw_poster
from printing.options import PrintOptions, PrintPlan, print_plan
from printing.pages import begin_page, binary_streams, draw_crop_marks, end_page, new_canvas, write_pdf_bytes
from printing.tiled import draw_tiled


def draw_poster_page(
    canvas: Canvas, board: Board, plan: PrintPlan, options: PrintOptions, with_markers: bool = True
) -> None:
    """One page of the poster's paper with the board centred on it (1:1 when the paper matches).

    The TrimBox is the board; with bleed the background runs ``bleed_mm``
    past it (the BleedBox) and crop marks stand in the band outside.
    """
    page_w, page_h = plan.page_width_mm, plan.page_height_mm
    unit = begin_page(canvas, page_w, page_h)
    slug, bleed = plan.slug_mm, plan.bleed_mm
    paper_w, paper_h = plan.paper.width_mm, plan.paper.height_mm
    draw_background(
        canvas,
        (paper_w + 2 * bleed) * mm,
        (paper_h + 2 * bleed) * mm,
        plan.background,
        (slug - bleed) * mm,
        (slug - bleed) * mm,
    )
    canvas.saveState()
    bottom = slug + paper_h - plan.offset_y_mm - plan.poster_height_mm
    canvas.translate((slug + plan.offset_x_mm) * mm, bottom * mm)
    draw_poster(canvas, board, plan, options, with_markers=with_markers and options.read_back, with_background=False)
    canvas.restoreState()
    trim = Rect(slug + plan.offset_x_mm, bottom, plan.poster_width_mm, plan.poster_height_mm)
    boxes = {"trim": trim}
    if bleed > 0:
        boxes["bleed"] = Rect(slug - bleed, slug - bleed, paper_w + 2 * bleed, paper_h + 2 * bleed)
        draw_crop_marks(canvas, Rect(slug, slug, paper_w, paper_h), bleed)
    end_page(canvas, unit, boxes)


def draw_board_pages(canvas: Canvas, board: Board, options: PrintOptions, plan: PrintPlan | None = None) -> PrintPlan:
    """Append the board's pages to ``canvas``: a poster page, or an assembly map plus tiles."""
    plan = plan or print_plan(board, options)
    if plan.grid is None:
        draw_poster_page(canvas, board, plan, options)
    else:
        draw_tiled(canvas, board, plan, options)
    return plan


def render_board_pdf(board: Board, options: PrintOptions | None = None, plan: PrintPlan | None = None) -> bytes:
    """The board as PDF bytes: a poster page, or an assembly map plus tiles (``plan``: already made for it)."""
    options = options or PrintOptions()
    plan = plan or print_plan(board, options)
    buffer = io.BytesIO()
    with binary_streams():
        canvas = new_canvas(buffer, board.title, plan.page_width_mm, plan.page_height_mm)
        draw_board_pages(canvas, board, options, plan)
        canvas.save()
    return buffer.getvalue()


def write_board_pdf(board: Board, options: PrintOptions | None, path: Path | str) -> None:
    """Render and write atomically (a half-written PDF never replaces a good one)."""
    write_pdf_bytes(path, render_board_pdf(board, options))


__all__ = ["draw_board_pages", "draw_poster_page", "render_board_pdf", "write_board_pdf", "write_pdf_bytes"]
