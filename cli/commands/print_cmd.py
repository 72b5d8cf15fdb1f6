"""``print``, ``pack`` and ``tile``: boards to PDF (true size, tiles, roll panels), print packs, any PDF tiled.

Every value is checked while the arguments are read (a Dutch message and
exit code 2); what depends on the board (an overlap too large for the
sheet, markers too small on the paper) is a bad argument too. A file that
cannot be written is exit code 1.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from cli.output import print_json
from cli.parser import argument_type, exit_bad_arguments

MAX_MM = 10_000.0


# --- argument values ------------------------------------------------------------------------


def _number(text: str, what: str, low: float, high: float) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = float("nan")
    if not (low <= value <= high):
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "{what} van '{value}' kan niet; geef een getal van {low:g} tot {high:g} mm"
                ),
                what=what,
                value=text,
                low=low,
                high=high,
            )
        )
    return value


def overlap_value(text: str) -> float:
    return _number(text, "een overlap", 0.0, 100.0)


def margin_value(text: str) -> float:
    return _number(text, "een printermarge", 0.0, 30.0)


def bleed_value(text: str) -> float:
    return _number(text, "een afloop", 0.0, 10.0)


def paper_value(text: str):
    """``A0``..``A4`` or ``BxH`` in mm; the orientation is decided later (like the board, or as asked)."""
    from boards.paper import parse_paper

    if re.match(r"^\s*-", text):
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "papiermaat '{value}' kan niet: maten zijn positief, bijv. 900x2000"),
                value=text,
            )
        )
    return parse_paper(text)


def tile_value(text: str) -> str:
    """``A4``/``A3``, optionally with ``L``/``P``: checked now, the orientation follows the poster later."""
    from printing.options import check_tile_text

    check_tile_text(text)
    return text


def panels_value(text: str) -> tuple[float, float | None]:
    """``914`` (roll width, mm) or ``914x3000`` (roll width × longest panel)."""
    match = re.match(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:[xX×]\s*(\d+(?:[.,]\d+)?))?\s*(?:mm)?\s*$", text)
    if not match:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "rolbreedte '{value}' kan niet; geef de breedte in mm (914) of breedte x lengte (914x3000)",
                ),
                value=text,
            )
        )
    width = _number(match.group(1), "een rolbreedte", 300.0, 5000.0)
    length = _number(match.group(2), "een panellengte", 300.0, MAX_MM) if match.group(2) else None
    return width, length


def output_value(text: str) -> Path:
    if Path(text).suffix.lower() != ".pdf":
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "het uitvoerbestand moet op .pdf eindigen, niet '{path}'"), path=text)
        )
    return Path(text)


# --- options ------------------------------------------------------------------------------


def _orientation(args: argparse.Namespace) -> str | None:
    if getattr(args, "landscape", False):
        return "landscape"
    if getattr(args, "portrait", False):
        return "portrait"
    return None


def _paper_for(board_w: float, board_h: float, args: argparse.Namespace):
    """``--paper`` turned like the board, unless ``--landscape``/``--portrait`` says otherwise."""
    paper = getattr(args, "paper", None)
    if paper is None:
        return None
    orientation = _orientation(args) or ("landscape" if board_w > board_h else "portrait")
    return paper.rotated(orientation)


def _options(args: argparse.Namespace, board):
    """The print options for ``board`` from the command line."""
    from printing import PrintOptions
    from printing.options import fit_scale_for, panel_sheet, parse_tile_sheet

    paper = _paper_for(board.width_mm, board.height_mm, args)
    scale = fit_scale_for(board, paper)
    poster_w, poster_h = board.width_mm * scale, board.height_mm * scale
    tile_sheet = None
    if args.tile and getattr(args, "panels", None):
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "kies tegels (--tile) of rolpanelen (--panels), niet allebei"))
        )
    if args.tile:
        tile_sheet = parse_tile_sheet(args.tile, poster_w, poster_h, args.overlap, args.margin)
    elif getattr(args, "panels", None):
        tile_sheet = panel_sheet(poster_w, poster_h, *args.panels, margin_mm=args.margin)
    return PrintOptions(
        paper=paper,
        tile_sheet=tile_sheet,
        overlap_mm=args.overlap,
        margin_mm=args.margin,
        background=args.background,
        bleed_mm=getattr(args, "bleed", 0.0) or 0.0,
        session_code=args.session or "",
        school=args.school or "",
        date=args.date or "",
    )


def plan_summary(plan, board, target: Path) -> dict:
    grid = plan.grid
    return {
        "file": str(target),
        "board": board.id,
        "pages": plan.page_count,
        "page_mm": [round(plan.page_width_mm, 1), round(plan.page_height_mm, 1)],
        "paper": plan.paper.label(),
        "poster_mm": [round(plan.poster_width_mm, 1), round(plan.poster_height_mm, 1)],
        "scale": round(plan.scale, 4),
        "scale_percent": round(plan.scale * 100, 1),
        "scaled": plan.scaled,
        "scale_text": plan.scale_text(),
        "tiles": grid.count if grid else 0,
        "sheet": grid.sheet.label() if grid else None,
        "background": plan.background,
        "bleed_mm": plan.bleed_mm,
        "markers": len(plan.markers.markers),
        "qr": plan.info.encode(),
    }


# --- print --------------------------------------------------------------------------------


def _print(args: argparse.Namespace) -> int:
    from boards.templates import resolve_board
    from printing import print_plan
    from printing.render import render_board_pdf, write_pdf_bytes

    board = resolve_board(args.board)
    try:
        options = _options(args, board)
        plan = print_plan(board, options)
    except InvalidArgumentError as error:
        return exit_bad_arguments(str(error))
    write_pdf_bytes(args.output, render_board_pdf(board, options, plan))
    summary = plan_summary(plan, board, args.output)
    if args.json:
        print_json(summary)
    elif plan.grid:
        kind = "rolpanelen" if plan.grid.sheet.is_custom else "vellen"
        print(
            f"{args.output}: {board.title} op {plan.grid.count} {kind} {plan.grid.sheet.label()} "
            f"({plan.grid.rows} × {plan.grid.cols}, overlap {plan.grid.overlap_mm:g} mm) + opbouwplan, "
            f"{plan.scale_text()}"
        )
    else:
        bleed = f", {plan.bleed_mm:g} mm afloop en snijtekens" if plan.bleed_mm else ""
        print(f"{args.output}: {board.title} als poster {plan.paper.label()} ({plan.scale_text()}{bleed})")
    return 0


# --- pack ---------------------------------------------------------------------------------


def pack_file_name(output: Path, key: str) -> str:
    """``pakket.pdf`` → ``pakket-A4.pdf``, ``pakket-A0.pdf``, ``pakket-900x2000.pdf``."""
    return f"{output.stem}-{key}{output.suffix}"


def _pack(args: argparse.Namespace) -> int:
    from printing.options import PrintOptions, check_tile_text
    from printing.pack import render_pack_files, resolve_pack
    from printing.render import write_pdf_bytes

    title, method, step, boards = resolve_pack(args.items)
    if not boards:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "'{items}' heeft geen borden om af te drukken"), items=" ".join(args.items)
            )
        )
    try:
        tile_sheet = None
        if args.tile:
            from boards.paper import Orientation, Paper

            orientation = check_tile_text(args.tile) or Orientation.PORTRAIT.value
            tile_sheet = Paper.a_series(args.tile.strip()[:2].upper(), orientation)
        options = PrintOptions(
            paper=args.paper,
            tile_sheet=tile_sheet,
            overlap_mm=args.overlap,
            margin_mm=args.margin,
            background=args.background,
            session_code=args.session or "",
            school=args.school or "",
            date=args.date or "",
        )
        fit = bool(args.tile) and check_tile_text(args.tile) is None
        pack = render_pack_files(
            boards,
            options,
            title=title,
            method=method,
            step=step,
            fit_tile_orientation=fit,
            file_name=lambda key: pack_file_name(args.output, key),
        )
    except InvalidArgumentError as error:
        return exit_bad_arguments(str(error))
    written = []
    for key, data in pack.files.items():
        target = args.output.with_name(pack.names[key])
        write_pdf_bytes(target, data)
        written.append({"file": str(target), "paper": key, "printer": _printer(key)})
    if args.json:
        print_json(
            {
                "title": title,
                "method": method.id if method else None,
                "step": step.id if step else None,
                "boards": [board.id for board in boards],
                "files": written,
                "scales": {part.board.id: round(part.plan.scale, 4) for part in pack.parts},
            }
        )
    else:
        print(f"{title}: {len(boards)} bord(en) in {len(written)} bestand(en), één per papierformaat")
        for item in written:
            print(f"  {item['file']}: {item['printer']}")
        for part in pack.parts:
            if part.plan.scaled:
                print(f"  {part.board.title}: {part.plan.scale_text()}")
    return 0


def _printer(key: str) -> str:
    from printing.pack import printer_hint

    return printer_hint(key)


# --- tile ---------------------------------------------------------------------------------


def _tile(args: argparse.Namespace) -> int:
    from printing.pages import write_pdf_bytes
    from printing.pdf_tiles import tile_pdf

    source = Path(args.input)
    if not source.is_file():
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "'{path}' bestaat niet of is geen bestand"), path=str(source))
        )
    try:
        result = tile_pdf(
            source,
            args.paper,
            orientation=_orientation(args),
            overlap_mm=args.overlap,
            margin_mm=args.margin,
        )
    except InvalidArgumentError as error:
        return exit_bad_arguments(str(error))
    write_pdf_bytes(args.output, result.data)
    posters = [
        {
            "poster_mm": [round(p.poster_width_mm, 1), round(p.poster_height_mm, 1)],
            "sheet": p.grid.sheet.label(),
            "tiles": p.grid.count,
            "rows": p.grid.rows,
            "cols": p.grid.cols,
        }
        for p in result.posters
    ]
    if args.json:
        print_json({"file": str(args.output), "source": str(source), "pages": posters, "sheets": result.sheet_count})
    else:
        for number, poster in enumerate(posters, start=1):
            width, height = poster["poster_mm"]
            print(
                f"{args.output}: pagina {number} ({width:g} × {height:g} mm, ware grootte) op {poster['tiles']} vellen "
                f"{poster['sheet']} ({poster['rows']} × {poster['cols']}, overlap {args.overlap:g} mm) + opbouwplan"
            )
    return 0


# --- parsers ------------------------------------------------------------------------------


def _sheet_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--overlap",
        type=argument_type(overlap_value),
        default=10.0,
        metavar="MM",
        help="overlap tussen tegels, de lijmstrook (standaard 10 mm)",
    )
    parser.add_argument(
        "--margin",
        type=argument_type(margin_value),
        default=5.0,
        metavar="MM",
        help="onbedrukbare printerrand (standaard 5 mm)",
    )


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tile",
        type=argument_type(tile_value),
        metavar="A4|A3",
        help="als tegels op A4 of A3 (A4L/A3L liggend, A4P/A3P staand; anders de richting met de minste vellen)",
    )
    _sheet_options(parser)
    parser.add_argument(
        "--background",
        choices=("auto", "brown", "none"),
        default="auto",
        help="auto (standaard): poster kraftbruin, tegels wit (scheelt toner); brown: altijd kraftbruin; "
        "none: geen achtergrond (voor echt bruin papier)",
    )
    parser.add_argument("--session", metavar="CODE", help="sessiecode in het titelblok en de QR-code")
    parser.add_argument("--school", metavar="SCHOOL", help="naam van de school in het titelblok")
    parser.add_argument("--date", metavar="DATUM", help="datum in het titelblok")
    parser.add_argument(
        "-o", "--output", type=argument_type(output_value), required=True, metavar="UIT.pdf", help="PDF om te schrijven"
    )
    parser.add_argument("--json", action="store_true", help="samenvatting als JSON")


def _orientation_flags(parser: argparse.ArgumentParser, what: str) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--landscape", action="store_true", help=f"{what} liggend")
    group.add_argument("--portrait", action="store_true", help=f"{what} staand")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "print",
        help="een bord afdrukken: poster op ware grootte, tegels op A4/A3 of rolpanelen",
        description="Zonder --paper op ware grootte. Met --paper schaalt het bord mee en zegt de opdracht hoeveel.",
    )
    parser.add_argument("board", metavar="SJABLOON_OF_BESTAND")
    parser.add_argument(
        "--paper",
        type=argument_type(paper_value),
        metavar="A0..A4|BxH",
        help="ander papier (het bord schaalt mee, de schaal wordt gemeld), bijv. A1 of 900x2000; "
        "gedraaid zoals het bord, tenzij --landscape/--portrait",
    )
    _orientation_flags(parser, "papier")
    parser.add_argument(
        "--panels",
        type=argument_type(panels_value),
        metavar="BREEDTE[xLENGTE]",
        help="voor een plotter: het bord in banen van de rolbreedte (mm) met lijmnaden, bijv. 914 of 914x3000",
    )
    parser.add_argument(
        "--bleed",
        type=argument_type(bleed_value),
        default=0.0,
        metavar="MM",
        help="voor de drukkerij: achtergrond doorlopen tot voorbij de snijrand (bijv. 3 mm), met snijtekens",
    )
    _common(parser)
    parser.set_defaults(handler=_print)

    parser = subparsers.add_parser(
        "pack",
        help="afdrukpakket: de borden van een methodestap of losse borden, één PDF per papierformaat, met voorblad",
    )
    parser.add_argument(
        "items", nargs="+", metavar="METHODE STAP | SJABLOON", help="een methode en stap, of sjablonen/bordbestanden"
    )
    parser.add_argument(
        "--paper",
        type=argument_type(paper_value),
        metavar="A0..A4|BxH",
        help="alle posters op dit papier (geschaald, gedraaid zoals elk bord)",
    )
    _common(parser)
    parser.set_defaults(handler=_pack)

    parser = subparsers.add_parser(
        "tile",
        help="een bestaande poster-PDF in tegels op A4 of A3, met lijmstroken, knipranden en opbouwplan",
    )
    parser.add_argument("input", metavar="IN.pdf")
    parser.add_argument("--paper", choices=("A4", "A3"), default="A4", help="vel om op af te drukken (standaard A4)")
    _orientation_flags(parser, "vellen")
    _sheet_options(parser)
    parser.add_argument(
        "-o", "--output", type=argument_type(output_value), required=True, metavar="UIT.pdf", help="PDF om te schrijven"
    )
    parser.add_argument("--json", action="store_true", help="samenvatting als JSON")
    parser.set_defaults(handler=_tile)
