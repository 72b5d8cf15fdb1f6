"""Board → PDF bytes: one poster page at 1:1 (or scaled), or a tiled print."""

from __future__ import annotations

import errno
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boards.errors import InvalidArgumentError, problem
from boards.fileformat import atomic_write_bytes
from boards.geometry import Rect
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Board
from printing.draw_board import draw_background, draw_poster
from printing.fonts import REGULAR, register_fonts
from printing.options import PrintOptions, PrintPlan, print_plan
from printing.pages import add_output_intent, begin_page, draw_crop_marks, end_page
from printing.tiled import draw_tiled


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write PDF streams as plain deflate, not ASCII85 on top (ReportLab's default): 20 % smaller."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def new_canvas(buffer: io.BytesIO, title: str, width_mm: float, height_mm: float) -> Canvas:
    register_fonts()
    canvas = Canvas(
        buffer, pagesize=(width_mm * mm, height_mm * mm), pageCompression=1, initialFontName=REGULAR, initialFontSize=10
    )
    canvas.setTitle(title)
    canvas.setCreator("Bruinpapier")
    canvas.setAuthor("Bruinpapier")
    add_output_intent(canvas)
    return canvas


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


def write_pdf_bytes(path: Path | str, data: bytes) -> None:
    """Atomic write with a Dutch message when the folder cannot be written."""
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        reason = _OS_REASONS.get(error.errno or 0, QT_TRANSLATE_NOOP("errors", "schrijven mislukt"))
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "kan '{path}' niet schrijven: {reason}"), path=str(path), reason=reason)
        ) from None


_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("errors", "de map bestaat niet"),
    errno.EACCES: QT_TRANSLATE_NOOP("errors", "geen schrijfrechten"),
    errno.EPERM: QT_TRANSLATE_NOOP("errors", "geen schrijfrechten"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("errors", "de schijf is vol"),
    errno.EROFS: QT_TRANSLATE_NOOP("errors", "alleen-lezen schijf"),
    errno.EISDIR: QT_TRANSLATE_NOOP("errors", "dat is een map"),
}
