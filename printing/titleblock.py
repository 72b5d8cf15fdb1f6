"""The title block in ``board.header``: title, question, method and step, school, date, session, QR."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from boards.geometry import Rect
from boards.methods import method_and_step
from boards.model import Board
from printing.fonts import BOLD, ITALIC, REGULAR, draw_string, register_fonts, string_width
from printing.markers import draw_qr
from printing.space import PosterSpace
from printing.style import INK, SOFT_INK, THIN_LINE_MM
from printing.text import draw_fitted, fit_text

PADDING_MM = 4.0


def method_line(board: Board) -> str:
    """``Design Thinking en Lean · stap 1: Procesplaten`` (empty when the board has no method)."""
    method, step = method_and_step(board.method, board.step)
    if method is None:
        return board.method or ""
    if step is None:
        return method.title
    return f"{method.title} · stap {step.nr}: {step.title}"


def qr_side_mm(header: Rect) -> float:
    """Side of the QR square in the header (board mm)."""
    return min(header.height - 2 * PADDING_MM, header.width * 0.3, 60.0)


def draw_title_block(
    canvas: Canvas,
    board: Board,
    space: PosterSpace,
    header: Rect,
    school: str,
    date: str,
    session_code: str,
    qr_payload: str | None,
) -> None:
    register_fonts()
    pad = space.length(PADDING_MM)
    x, y, width, height = space.rect(header)
    top = y + height
    qr_side = space.length(qr_side_mm(header)) if qr_payload else 0.0
    if qr_payload:
        draw_qr(canvas, qr_payload, x + width - pad - qr_side, top - pad - qr_side, qr_side)
        width -= qr_side + pad
    # Right column: the fields to fill in (by hand when empty).
    fields_w = min(width * 0.34, space.length(220))
    text_w = width - fields_w - 3 * pad
    inner_h = height - 2 * pad

    title = fit_text(board.title, BOLD, text_w, inner_h * 0.42, space.font(64), space.font(14, 8))
    cursor = draw_fitted(canvas, title, x + pad, top - pad, text_w, color=INK)
    line = method_line(board)
    if line:
        fitted = fit_text(line, REGULAR, text_w, inner_h * 0.2, space.font(26), space.font(9, 6))
        cursor = draw_fitted(canvas, fitted, x + pad, cursor - pad * 0.3, text_w, color=SOFT_INK)
    if board.question:
        remaining = cursor - (y + pad)
        fitted = fit_text(
            board.question, ITALIC, text_w, max(remaining - pad * 0.3, 0), space.font(44), space.font(9, 6)
        )
        draw_fitted(canvas, fitted, x + pad, cursor - pad * 0.3, text_w, color=INK)

    fields = (("School", school), ("Datum", date), ("Sessie", session_code))
    fx = x + width - fields_w - pad
    row_h = inner_h / len(fields)
    size = min(space.font(22), row_h * 0.5)
    canvas.setLineWidth(space.length(THIN_LINE_MM))
    canvas.setStrokeColorRGB(*SOFT_INK)
    for index, (name, value) in enumerate(fields):
        baseline = top - pad - index * row_h - row_h * 0.7
        canvas.setFillColorRGB(*INK)
        draw_string(canvas, fx, baseline, f"{name}:", BOLD, size)
        value_x = fx + string_width("Sessie: ", BOLD, size)
        if value:
            fitted = fit_text(value, REGULAR, fx + fields_w - value_x, size * 1.2, size, min(size, 6))
            draw_string(canvas, value_x, baseline, fitted.lines[0] if fitted.lines else value, REGULAR, fitted.size)
        else:  # a line to write on
            canvas.line(value_x, baseline - size * 0.15, fx + fields_w, baseline - size * 0.15)
