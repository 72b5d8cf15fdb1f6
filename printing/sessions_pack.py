"""Pre-filled sessions on paper: each board with its carried notes printed in place.

Carried notes that already have a zone are printed on the board as printed
notes (pale, dashed, tagged 'meegenomen'), clearly distinct from what the team
adds. Notes still to be sorted, or to be answered (the problems beside Ideeën
genereren), come on A4 cut-out sheets at real sticky-note size.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boards.paper import Paper
from boards.session import Note, NoteSource, Session
from printing.fonts import BOLD, REGULAR, register_fonts
from printing.notes import NOTE_SIZE_MM, draw_carried_notes
from printing.options import PrintOptions
from printing.render import draw_board_pages, new_canvas, write_pdf_bytes
from printing.space import PosterSpace

A4_WIDTH_MM, A4_HEIGHT_MM = 210.0, 297.0
SHEET_MARGIN_MM = 15.0
HEADING_MM = 22.0
NOTE_GAP_MM = 10.0


def _carried(session: Session) -> tuple[list[Note], list[Note]]:
    carried = [note for note in session.results.notes if note.source is NoteSource.CARRIED]
    return [note for note in carried if note.zone_id], [note for note in carried if not note.zone_id]


def _grid() -> list[tuple[float, float]]:
    """Top-left corners (mm) of the real-size notes on one A4 cut-out sheet."""
    usable_width = A4_WIDTH_MM - 2 * SHEET_MARGIN_MM
    columns = int((usable_width + NOTE_GAP_MM) // (NOTE_SIZE_MM + NOTE_GAP_MM))
    top = SHEET_MARGIN_MM + HEADING_MM
    rows = int((A4_HEIGHT_MM - top - SHEET_MARGIN_MM + NOTE_GAP_MM) // (NOTE_SIZE_MM + NOTE_GAP_MM))
    left = (A4_WIDTH_MM - columns * NOTE_SIZE_MM - (columns - 1) * NOTE_GAP_MM) / 2
    return [
        (left + col * (NOTE_SIZE_MM + NOTE_GAP_MM), top + row * (NOTE_SIZE_MM + NOTE_GAP_MM))
        for row in range(rows)
        for col in range(columns)
    ]


def draw_cutout_pages(canvas: Canvas, session: Session, notes: list[Note]) -> int:
    """A4 sheets with the loose carried notes at real size, to cut out and stick on the board."""
    register_fonts()
    slots = _grid()
    space = PosterSpace(1.0, A4_WIDTH_MM, A4_HEIGHT_MM)
    pages = 0
    for start in range(0, len(notes), len(slots)):
        chunk = notes[start : start + len(slots)]
        canvas.setPageSize((A4_WIDTH_MM * mm, A4_HEIGHT_MM * mm))
        canvas.setFont(BOLD, 13)
        canvas.drawString(
            SHEET_MARGIN_MM * mm,
            (A4_HEIGHT_MM - SHEET_MARGIN_MM - 5) * mm,
            f"{session.board.title}: meegenomen notities",
        )
        canvas.setFont(REGULAR, 9)
        topic = f" · {session.topic}" if session.topic else ""
        canvas.drawString(
            SHEET_MARGIN_MM * mm,
            (A4_HEIGHT_MM - SHEET_MARGIN_MM - 11) * mm,
            f"Uitknippen en op het bord indelen · {session.school}{topic} · sessie {session.code}",
        )
        positioned = [
            replace(
                note,
                x_mm=x + NOTE_SIZE_MM / 2,
                y_mm=y + NOTE_SIZE_MM / 2,
                width_mm=NOTE_SIZE_MM,
                height_mm=NOTE_SIZE_MM,
            )
            for note, (x, y) in zip(chunk, slots)
        ]
        draw_carried_notes(canvas, session.board, space, positioned)
        canvas.showPage()
        pages += 1
    return pages


def render_sessions_pdf(sessions: Iterable[Session], *, tile: Paper | None = None, background: str = "auto") -> bytes:
    """Every session's board with its carried notes, then cut-out sheets of the loose ones."""
    sessions = list(sessions)
    buffer = io.BytesIO()
    title = ", ".join(dict.fromkeys(session.board.title for session in sessions)) or "Bruinpapier"
    canvas = new_canvas(buffer, title, A4_WIDTH_MM, A4_HEIGHT_MM)
    for session in sessions:
        placed, loose = _carried(session)
        options = PrintOptions(
            tile_sheet=tile,
            background=background,
            session_code=session.code,
            school=session.school,
            date=session.date,
            carried_notes=tuple(placed),
        )
        draw_board_pages(canvas, session.board, options)
        if loose:
            draw_cutout_pages(canvas, session, loose)
    canvas.save()
    return buffer.getvalue()


def write_sessions_pdf(
    sessions: Iterable[Session], path: Path | str, *, tile: str | None = None, background: str = "auto"
) -> None:
    from boards.paper import parse_paper

    write_pdf_bytes(
        path, render_sessions_pdf(sessions, tile=parse_paper(tile) if tile else None, background=background)
    )
