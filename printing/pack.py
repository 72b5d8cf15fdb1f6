"""A session pack: every board of one method step in one PDF, plus an A4 hand-out of each.

Order: a cover sheet (A4) with the step's goal, duration, materials and a
table of contents; then each board at its own size (or tiled); then the
hand-outs, so the office printer gets one continuous page range.
"""

from __future__ import annotations

import io
from dataclasses import replace

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boards.methods import Method, MethodStep, get_method
from boards.model import Board
from boards.paper import Orientation, Paper
from boards.templates import load_template
from printing.fonts import BOLD, ITALIC, REGULAR, draw_string, register_fonts
from printing.options import PrintOptions, PrintPlan, best_tile_sheet, print_plan
from printing.render import binary_streams, draw_board_pages, draw_poster_page, new_canvas
from printing.style import INK, SOFT_INK
from printing.text import draw_fitted, fit_text

A4 = Paper.a_series("A4")


def handout_options(board: Board, options: PrintOptions) -> PrintOptions:
    """A4 in the board's orientation, no background ink, one page."""
    orientation = Orientation.LANDSCAPE if board.width_mm > board.height_mm else Orientation.PORTRAIT
    return replace(options, paper=Paper.a_series("A4", orientation), tile_sheet=None, background="none")


def draw_handout(canvas: Canvas, board: Board, options: PrintOptions) -> PrintPlan:
    """The board scaled onto A4 for participants (no read-back markers: not meant to be photographed)."""
    handout = handout_options(board, options)
    plan = print_plan(board, handout)
    draw_poster_page(canvas, board, plan, handout, with_markers=False)
    return plan


def step_boards(method_id: str, step_id: str) -> tuple[Method, MethodStep, list[Board]]:
    method = get_method(method_id)
    step = method.step(step_id)
    return method, step, [load_template(template_id) for template_id in step.boards]


def _contents(boards: list[Board], board_options: list[PrintOptions]) -> list[tuple[str, int]]:
    """(line, first page) for the table of contents; the cover is page 1."""
    lines: list[tuple[str, int]] = []
    page = 2
    plans = [print_plan(board, own) for board, own in zip(boards, board_options)]
    for board, plan in zip(boards, plans):
        what = (
            f"{plan.grid.count} vellen {plan.grid.sheet.label()} + opbouwplan"
            if plan.grid
            else f"poster {plan.paper.label()}"
        )
        lines.append((f"{board.title} — {what}", page))
        page += plan.page_count
    for board in boards:
        lines.append((f"Hand-out {board.title} — A4", page))
        page += 1
    return lines


def draw_cover(
    canvas: Canvas,
    method: Method,
    step: MethodStep,
    boards: list[Board],
    options: PrintOptions,
    board_options: list[PrintOptions],
) -> None:
    register_fonts()
    canvas.setPageSize((A4.width_mm * mm, A4.height_mm * mm))
    margin = 20 * mm
    width = A4.width_mm * mm - 2 * margin
    top = A4.height_mm * mm - margin
    title = fit_text(f"Sessiepakket: {method.title}", BOLD, width, 60, 22, 12)
    top = draw_fitted(canvas, title, margin, top, width) - 4
    sub = fit_text(f"Stap {step.nr}: {step.title}", BOLD, width, 40, 16, 10)
    top = draw_fitted(canvas, sub, margin, top, width, color=SOFT_INK) - 10
    facts = [
        ("Doel", step.goal),
        ("Duur", step.duration),
        ("Wie", step.who),
        ("Materiaal", ", ".join(step.materials)),
        ("School", options.school or method.school),
        ("Datum", options.date),
        ("Sessie", options.session_code),
    ]
    for label, value in facts:
        if not value:
            continue
        canvas.setFillColorRGB(*INK)
        draw_string(canvas, margin, top - 10, f"{label}:", BOLD, 10)
        fitted = fit_text(value, REGULAR, width - 28 * mm, 80, 10, 7)
        top = draw_fitted(canvas, fitted, margin + 28 * mm, top, width - 28 * mm) - 5
    top -= 10
    draw_string(canvas, margin, top - 13, "Inhoud", BOLD, 13)
    top -= 22
    for line, page in _contents(boards, board_options):
        canvas.setFillColorRGB(*INK)
        draw_string(canvas, margin, top - 10, line, REGULAR, 10)
        draw_string(canvas, margin + width, top - 10, f"blz. {page}", REGULAR, 10, "right")
        top -= 15
    canvas.setFillColorRGB(*SOFT_INK)
    draw_string(
        canvas,
        margin,
        margin,
        "Posters op ware grootte laten afdrukken (copyshop) of als tegels op A4/A3; hand-outs op de eigen printer.",
        ITALIC,
        8,
    )
    canvas.showPage()


def render_pack(
    method_id: str, step_id: str, options: PrintOptions | None = None, *, fit_tile_orientation: bool = False
) -> bytes:
    """The session pack as PDF bytes.

    With ``fit_tile_orientation`` every tiled board uses the orientation of
    ``options.tile_sheet`` that needs fewest sheets for that board.
    """
    options = options or PrintOptions()
    method, step, boards = step_boards(method_id, step_id)
    buffer = io.BytesIO()
    board_options = [own_size_options(board, options, fit_tile_orientation) for board in boards]
    with binary_streams():
        return _render_pack(buffer, method, step, boards, options, board_options)


def own_size_options(board: Board, options: PrintOptions, fit_tile_orientation: bool) -> PrintOptions:
    """Options to print one board of the pack at its own size (or tiled)."""
    own = replace(options, paper=None)
    if fit_tile_orientation and options.tile_sheet is not None:
        sheet = best_tile_sheet(
            options.tile_sheet.format, board.width_mm, board.height_mm, options.overlap_mm, options.margin_mm
        )
        own = replace(own, tile_sheet=sheet)
    return own


def _render_pack(
    buffer: io.BytesIO,
    method: Method,
    step: MethodStep,
    boards: list[Board],
    options: PrintOptions,
    board_options: list[PrintOptions],
) -> bytes:
    canvas = new_canvas(buffer, f"{method.title} – stap {step.nr}: {step.title}", A4.width_mm, A4.height_mm)
    draw_cover(canvas, method, step, boards, options, board_options)
    for board, own in zip(boards, board_options):
        key = f"board-{board.id}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(board.title, key, level=0)
        draw_board_pages(canvas, board, own)
    for board in boards:
        key = f"handout-{board.id}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(f"Hand-out {board.title}", key, level=0)
        draw_handout(canvas, board, options)
    canvas.save()
    return buffer.getvalue()
