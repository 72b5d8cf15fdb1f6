"""``print`` and ``pack``: boards to PDF as true-size posters, tiles or a session pack."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.paper import parse_paper
from boards.templates import resolve_board
from cli.output import print_json


def _options(args: argparse.Namespace, poster_size: tuple[float, float] | None):
    from printing import PrintOptions
    from printing.options import parse_tile_sheet

    paper = parse_paper(args.paper, landscape=args.landscape) if getattr(args, "paper", None) else None
    if not math.isfinite(args.margin) or not 0 <= args.margin <= 100:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "de printerrand moet tussen 0 en 100 mm liggen, niet {margin} mm"),
                margin=args.margin,
            )
        )
    if not math.isfinite(args.overlap) or args.overlap < 0:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "de overlap moet 0 mm of meer zijn, niet {overlap} mm"),
                overlap=args.overlap,
            )
        )
    tile_sheet = None
    if args.tile:
        if poster_size is None:
            poster_w = poster_h = 1000.0
        else:
            poster_w, poster_h = poster_size
        if paper is not None and poster_size is not None:
            board_w, board_h = poster_size
            scale = min(paper.width_mm / board_w, paper.height_mm / board_h)
            poster_w, poster_h = board_w * scale, board_h * scale
        tile_sheet = parse_tile_sheet(args.tile, poster_w, poster_h, args.overlap, args.margin)
    return PrintOptions(
        paper=paper,
        tile_sheet=tile_sheet,
        overlap_mm=args.overlap,
        margin_mm=args.margin,
        background=args.background,
        session_code=args.session or "",
        school=args.school or "",
        date=args.date or "",
    )


def _check_output(path: str) -> Path:
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "het uitvoerbestand moet op .pdf eindigen, niet '{path}'"), path=path)
        )
    return target


def _print(args: argparse.Namespace) -> int:
    from printing import print_plan
    from printing.render import render_board_pdf, write_pdf_bytes

    target = _check_output(args.output)
    board = resolve_board(args.board)
    options = _options(args, (board.width_mm, board.height_mm))
    plan = print_plan(board, options)
    write_pdf_bytes(target, render_board_pdf(board, options))
    summary = {
        "file": str(target),
        "board": board.id,
        "pages": plan.page_count,
        "page_mm": [round(plan.page_width_mm, 1), round(plan.page_height_mm, 1)],
        "poster_mm": [round(plan.poster_width_mm, 1), round(plan.poster_height_mm, 1)],
        "scale": round(plan.scale, 4),
        "tiles": plan.grid.count if plan.grid else 0,
        "markers": len(plan.markers.markers),
        "qr": plan.info.encode(),
    }
    if args.json:
        print_json(summary)
    elif plan.grid:
        print(
            f"{target}: {board.title} op {plan.grid.count} vellen {plan.grid.sheet.label()} "
            f"({plan.grid.rows} × {plan.grid.cols}, overlap {plan.grid.overlap_mm:g} mm) + opbouwplan"
        )
    else:
        scale = "ware grootte" if plan.scale == 1.0 else f"schaal {plan.scale:.2f}".replace(".", ",")
        print(f"{target}: {board.title} als poster {plan.paper.label()} ({scale})")
    return 0


def _pack(args: argparse.Namespace) -> int:
    from printing.pack import render_pack, step_boards
    from printing.render import write_pdf_bytes

    target = _check_output(args.output)
    method, step, boards = step_boards(args.method, args.step)
    if not boards:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "stap '{step}' van methode '{method}' heeft geen borden om af te drukken"),
                step=args.step,
                method=args.method,
            )
        )
    size = (max(b.width_mm for b in boards), max(b.height_mm for b in boards))
    options = _options(args, size)
    from printing.options import tile_orientation_forced

    fit = bool(args.tile) and not tile_orientation_forced(args.tile)
    write_pdf_bytes(target, render_pack(method.id, step.id, options, fit_tile_orientation=fit))
    if args.json:
        print_json({"file": str(target), "method": method.id, "step": step.id, "boards": [b.id for b in boards]})
    else:
        print(
            f"{target}: sessiepakket {method.title}, stap {step.nr} {step.title} ({len(boards)} bord(en) + hand-outs)"
        )
    return 0


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tile", metavar="A4|A3", help="als tegels op A4 of A3 (A4L/A3L liggend, A4P/A3P staand)")
    parser.add_argument(
        "--overlap", type=float, default=10.0, metavar="MM", help="overlap tussen tegels (standaard 10 mm)"
    )
    parser.add_argument(
        "--margin", type=float, default=5.0, metavar="MM", help="onbedrukbare printerrand (standaard 5 mm)"
    )
    parser.add_argument(
        "--background",
        choices=("brown", "none"),
        default="brown",
        help="brown: kraftbruin op wit papier; none: geen achtergrond (voor echt bruin papier)",
    )
    parser.add_argument("--session", metavar="CODE", help="sessiecode in het titelblok en de QR-code")
    parser.add_argument("--school", metavar="SCHOOL", help="naam van de school in het titelblok")
    parser.add_argument("--date", metavar="DATUM", help="datum in het titelblok")
    parser.add_argument("-o", "--output", required=True, metavar="UIT.pdf", help="PDF-bestand om te schrijven")
    parser.add_argument("--json", action="store_true", help="samenvatting als JSON")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("print", help="een bord afdrukken als poster op ware grootte of als tegels")
    parser.add_argument("board", metavar="SJABLOON_OF_BESTAND")
    parser.add_argument("--paper", metavar="A0..A4|BxH", help="ander papierformaat (schaalt mee), bijv. A1 of 900x2000")
    parser.add_argument("--landscape", action="store_true", help="A-formaat liggend")
    _common(parser)
    parser.set_defaults(handler=_print)

    parser = subparsers.add_parser("pack", help="sessiepakket: alle borden van een methodestap plus hand-outs")
    parser.add_argument("method", metavar="METHODE")
    parser.add_argument("step", metavar="STAP")
    _common(parser)
    parser.set_defaults(handler=_pack)
