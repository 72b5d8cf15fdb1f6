"""A print pack: the boards of a method step (or any boards), one PDF per paper size, with a cover.

Each printer gets a file it can print from start to end: the A4 file holds
the cover page (what to print where), A4 tiles when the boards are tiled on
A4, and an A4 hand-out of every board; every other paper (A0, A1, a roll of
900 × 2000 mm, A3 tiles) gets a file of its own.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from boards.methods import Method, MethodStep, get_method
from boards.model import Board
from boards.paper import Orientation, Paper
from boards.templates import load_template
from printing.fonts import BOLD, ITALIC, REGULAR, draw_string, register_fonts
from printing.options import PrintOptions, PrintPlan, best_tile_sheet, print_plan
from printing.pages import begin_page, end_page
from printing.render import binary_streams, draw_board_pages, draw_poster_page, new_canvas
from printing.style import INK, SOFT_INK
from printing.text import draw_fitted, fit_text

A4 = Paper.a_series("A4")
HANDOUT_KEY = "A4"


def handout_options(board: Board, options: PrintOptions) -> PrintOptions:
    """A4 in the board's orientation, no background ink, one page."""
    orientation = Orientation.LANDSCAPE if board.width_mm > board.height_mm else Orientation.PORTRAIT
    return replace(
        options,
        paper=Paper.a_series("A4", orientation),
        tile_sheet=None,
        background="none",
        bleed_mm=0,
        read_back=False,
    )


def draw_handout(canvas: Canvas, board: Board, options: PrintOptions) -> PrintPlan:
    """The board scaled onto A4 for participants (no read-back markers: not meant to be photographed)."""
    handout = handout_options(board, options)
    plan = print_plan(board, handout)
    draw_poster_page(canvas, board, plan, handout)
    return plan


def step_boards(method_id: str, step_id: str) -> tuple[Method, MethodStep, list[Board]]:
    method = get_method(method_id)
    step = method.step(step_id)
    return method, step, [load_template(template_id) for template_id in step.boards]


def paper_key(paper: Paper) -> str:
    """Which file a page goes to: ``A0`` (either orientation) or ``900x2000`` for a roll."""
    if paper.is_custom:
        short, long = sorted((paper.width_mm, paper.height_mm))
        return f"{short:g}x{long:g}"
    return paper.format


def printer_hint(key: str) -> str:
    """Where a paper size is printed, in the words of the cover page."""
    if key == "A4":
        return "eigen printer (A4)"
    if key == "A3":
        return "printer die A3 aankan"
    return f"copyshop of plotter ({key.replace('x', ' × ')} mm)" if "x" in key else f"copyshop of plotter ({key})"


@dataclass
class PackPart:
    """One board in the pack: how it is printed and in which file."""

    board: Board
    options: PrintOptions
    plan: PrintPlan

    @property
    def key(self) -> str:
        return paper_key(self.plan.grid.sheet if self.plan.grid else self.plan.paper)

    def what(self) -> str:
        if self.plan.grid:
            return f"{self.plan.grid.count} vellen {self.plan.grid.sheet.label()} + opbouwplan"
        return f"poster {self.plan.paper.label()}, {self.plan.scale_text()}"


@dataclass
class Pack:
    """The files of a pack: paper key → PDF bytes, the A4 file (cover, hand-outs) first."""

    title: str
    files: dict[str, bytes] = field(default_factory=dict)
    parts: list[PackPart] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def own_size_options(board: Board, options: PrintOptions, fit_tile_orientation: bool) -> PrintOptions:
    """Options to print one board of the pack: its own size (or ``options.paper``), or tiled."""
    own = options
    if options.paper is not None:
        orientation = Orientation.LANDSCAPE if board.width_mm > board.height_mm else Orientation.PORTRAIT
        own = replace(own, paper=options.paper.rotated(orientation))
    if fit_tile_orientation and options.tile_sheet is not None:
        scale_paper = own.paper or board.paper
        scale = min(scale_paper.width_mm / board.width_mm, scale_paper.height_mm / board.height_mm)
        sheet = best_tile_sheet(
            options.tile_sheet.format,
            board.width_mm * scale,
            board.height_mm * scale,
            options.overlap_mm,
            options.margin_mm,
        )
        own = replace(own, tile_sheet=sheet)
    return own


def resolve_pack(items: list[str]) -> tuple[str, Method | None, MethodStep | None, list[Board]]:
    """``METHODE STAP`` or board ids / board files: the pack's title, its method step and its boards."""
    from boards.errors import NotFoundError
    from boards.templates import resolve_board, template_ids

    if len(items) == 2:
        try:
            method = get_method(items[0])
        except NotFoundError:
            method = None
            if items[0] not in template_ids() and not items[0].lower().endswith((".json", ".bpbord")):
                raise
        if method is not None:
            step = method.step(items[1])
            return f"{method.title} – stap {step.nr}: {step.title}", method, step, list(map(load_template, step.boards))
    boards = [resolve_board(item) for item in items]
    return "Afdrukpakket: " + ", ".join(board.title for board in boards), None, None, boards


def render_pack_files(
    boards: list[Board],
    options: PrintOptions | None = None,
    *,
    title: str = "Afdrukpakket",
    method: Method | None = None,
    step: MethodStep | None = None,
    fit_tile_orientation: bool = False,
    file_name: Callable[[str], str] | None = None,
) -> Pack:
    """The pack as one PDF per paper size; ``file_name(paper key)`` is the name the cover gives each file."""
    options = options or PrintOptions()
    parts = []
    for board in boards:
        own = own_size_options(board, options, fit_tile_orientation)
        parts.append(PackPart(board, own, print_plan(board, own)))
    keys = [HANDOUT_KEY, *sorted({part.key for part in parts} - {HANDOUT_KEY}, key=_key_order)]
    names = {key: (file_name or (lambda key: f"{key}.pdf"))(key) for key in keys}
    pack = Pack(title, parts=parts, names=names)
    with binary_streams():
        for key in keys:
            buffer = io.BytesIO()
            canvas = new_canvas(buffer, f"{title} ({key})", A4.width_mm, A4.height_mm)
            if key == HANDOUT_KEY:
                draw_cover(canvas, pack, names, options, method, step)
            for part in parts:
                if part.key != key:
                    continue
                name = f"board-{part.board.id}"
                canvas.bookmarkPage(name)
                canvas.addOutlineEntry(part.board.title, name, level=0)
                draw_board_pages(canvas, part.board, part.options, part.plan)
            if key == HANDOUT_KEY:
                for board in boards:
                    name = f"handout-{board.id}"
                    canvas.bookmarkPage(name)
                    canvas.addOutlineEntry(f"Hand-out {board.title}", name, level=0)
                    draw_handout(canvas, board, options)
            canvas.save()
            pack.files[key] = buffer.getvalue()
    return pack


def _key_order(key: str) -> tuple[int, str]:
    """A0 … A3, then rolls."""
    return (0, key) if key.startswith("A") else (1, key)


def render_pack(
    method_id: str, step_id: str, options: PrintOptions | None = None, *, fit_tile_orientation: bool = False
) -> Pack:
    """The pack of one method step."""
    method, step, boards = step_boards(method_id, step_id)
    return render_pack_files(
        boards,
        options,
        title=f"{method.title} – stap {step.nr}: {step.title}",
        method=method,
        step=step,
        fit_tile_orientation=fit_tile_orientation,
    )


def _pages_in(key: str, pack: Pack) -> list[tuple[str, int]]:
    """(line, first page) of one file's contents; in the A4 file the cover is page 1."""
    lines: list[tuple[str, int]] = []
    page = 2 if key == HANDOUT_KEY else 1
    for part in pack.parts:
        if part.key == key:
            lines.append((f"{part.board.title} — {part.what()}", page))
            page += part.plan.page_count
    if key == HANDOUT_KEY:
        for part in pack.parts:
            lines.append((f"Hand-out {part.board.title} — A4", page))
            page += 1
    return lines


def draw_cover(
    canvas: Canvas,
    pack: Pack,
    names: dict[str, str],
    options: PrintOptions,
    method: Method | None,
    step: MethodStep | None,
) -> None:
    """The first page of the A4 file: what the pack is, which file goes to which printer, what is in each."""
    register_fonts()
    unit = begin_page(canvas, A4.width_mm, A4.height_mm)
    margin = 20 * mm
    width = A4.width_mm * mm - 2 * margin
    top = A4.height_mm * mm - margin
    heading = fit_text(f"Sessiepakket: {method.title}" if method else pack.title, BOLD, width, 60, 22, 12)
    top = draw_fitted(canvas, heading, margin, top, width) - 4
    if step is not None:
        sub = fit_text(f"Stap {step.nr}: {step.title}", BOLD, width, 40, 16, 10)
        top = draw_fitted(canvas, sub, margin, top, width, color=SOFT_INK) - 10
    facts = [
        ("Doel", step.goal if step else ""),
        ("Duur", step.duration if step else ""),
        ("Wie", step.who if step else ""),
        ("Materiaal", ", ".join(step.materials) if step else ""),
        ("School", options.school or (method.school if method else "")),
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
    top -= 8
    canvas.setFillColorRGB(*INK)
    draw_string(canvas, margin, top - 13, "Wat druk je waar af", BOLD, 13)
    top -= 22
    keys = [HANDOUT_KEY] + [key for key in names if key != HANDOUT_KEY]
    for key in keys:
        if key not in names:
            continue
        canvas.setFillColorRGB(*INK)
        draw_string(canvas, margin, top - 10, names[key], BOLD, 10)
        draw_string(canvas, margin + width, top - 10, printer_hint(key), ITALIC, 10, "right")
        top -= 14
        for line, page in _pages_in(key, pack):
            fitted = fit_text(line, REGULAR, width - 30 * mm, 26, 9, 7)
            draw_fitted(canvas, fitted, margin + 6 * mm, top, width - 30 * mm)
            draw_string(canvas, margin + width, top - 9, f"blz. {page}", REGULAR, 9, "right")
            top -= max(12, fitted.height + 3)
        top -= 6
    canvas.setFillColorRGB(*SOFT_INK)
    note = (
        "Druk posters af op ware grootte (of zoals aangegeven geschaald); tegels en hand-outs op de eigen printer, "
        "zonder 'passend maken' in het printvenster, anders kloppen de maten niet."
    )
    fitted = fit_text(note, ITALIC, width, 40, 8, 7)
    draw_fitted(canvas, fitted, margin, margin + fitted.height, width, color=SOFT_INK)
    end_page(canvas, unit)
