"""Carried notes: sticky notes from an earlier session, printed in place in their own style."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfgen.canvas import Canvas

from boards.colors import DEFAULT_NOTE_COLOR, note_color
from boards.geometry import Rect
from boards.model import Board
from printing.fonts import ITALIC, REGULAR, draw_string, register_fonts
from printing.space import MIN_FONT_PT, PosterSpace
from printing.style import PRINTED_NOTE_OUTLINE, SOFT_INK, lighten, rgb
from printing.text import draw_fitted, fit_text

NOTE_SIZE_MM = 76.0  # a standard sticky note
FLOW_GAP_MM = 4.0
LABEL_BAND_RATIO = 0.3  # zones keep their top part free for label and question
MIN_FLOW_NOTE_MM = 12.0


def _color(color_id: str):
    try:
        return rgb(note_color(color_id).hex)
    except KeyError:
        return rgb(note_color(DEFAULT_NOTE_COLOR).hex)


def _flow_side(free: Rect, count: int) -> float:
    """The largest note side (≤ a real sticky note) at which ``count`` notes fit the area."""
    side = min(NOTE_SIZE_MM, free.height - 2 * FLOW_GAP_MM, free.width - 2 * FLOW_GAP_MM)
    while side > MIN_FLOW_NOTE_MM:
        per_row = max(1, int((free.width - FLOW_GAP_MM) // (side + FLOW_GAP_MM)))
        rows = -(-count // per_row)
        if rows * (side + FLOW_GAP_MM) + FLOW_GAP_MM <= free.height:
            break
        side -= 1.0
    return max(side, MIN_FLOW_NOTE_MM)


def place_notes(board: Board, notes: Iterable) -> list[tuple[object, Rect]]:
    """Where each note goes (board mm): its own position, else a flow inside its zone."""
    notes = list(notes)
    placed: list[tuple[object, Rect]] = []
    unplaced: dict[str | None, list] = {}
    for note in notes:
        if note.x_mm is not None and note.y_mm is not None:
            width = note.width_mm or NOTE_SIZE_MM
            height = note.height_mm or NOTE_SIZE_MM
            placed.append((note, Rect(note.x_mm - width / 2, note.y_mm - height / 2, width, height)))
        else:
            key = note.zone_id if note.zone_id and board.zone(note.zone_id) else None
            unplaced.setdefault(key, []).append(note)
    for zone_id, group in unplaced.items():
        zone = board.zone(zone_id) if zone_id else None
        if zone is not None:
            top = zone.rect.y + zone.rect.height * LABEL_BAND_RATIO
            free = Rect(zone.rect.x, top, zone.rect.width, zone.rect.bottom - top)
        else:
            free = board.bounds.inset(min(board.width_mm, board.height_mm) * 0.1)
        side = _flow_side(free, len(group))
        per_row = max(1, int((free.width - FLOW_GAP_MM) // (side + FLOW_GAP_MM)))
        for index, note in enumerate(group):
            row, col = divmod(index, per_row)
            x = free.x + FLOW_GAP_MM + col * (side + FLOW_GAP_MM)
            y = free.y + FLOW_GAP_MM + row * (side + FLOW_GAP_MM)
            placed.append((note, Rect(x, y, side, side)))
    order = {id(note): index for index, note in enumerate(notes)}
    placed.sort(key=lambda item: order[id(item[0])])
    return placed


def draw_carried_notes(canvas: Canvas, board: Board, space: PosterSpace, notes: Iterable) -> None:
    """Printed notes: pale note colour, dashed outline, 'meegenomen' tag, fitted text."""
    register_fonts()
    for note, rect in place_notes(board, notes):
        x, y, width, height = space.rect(rect)
        canvas.saveState()
        canvas.setFillColorRGB(*lighten(_color(note.color), 0.35))
        canvas.setStrokeColorRGB(*PRINTED_NOTE_OUTLINE)
        canvas.setLineWidth(space.length(0.5))
        dash = space.length(2.5)
        canvas.setDash(dash, dash * 0.7)
        canvas.rect(x, y, width, height, stroke=1, fill=1)
        canvas.restoreState()
        pad = min(width, height) * 0.07
        tag_size = max(min(height * 0.09, space.font(9)), MIN_FONT_PT)
        canvas.setFillColorRGB(*SOFT_INK)
        draw_string(canvas, x + width - pad, y + pad * 0.6, "meegenomen", ITALIC, tag_size, "right")
        fitted = fit_text(
            note.text,
            REGULAR,
            width - 2 * pad,
            height - 2 * pad - tag_size * 1.3,
            space.font(20),
            min(space.font(7), 6.0),
        )
        draw_fitted(canvas, fitted, x + pad, y + height - pad, width - 2 * pad)
