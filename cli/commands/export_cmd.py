"""``export``: a board as a picture (PNG at a chosen resolution, or SVG), drawn exactly as printed."""

from __future__ import annotations

import argparse

from boards.errors import InvalidArgumentError
from cli.output import print_json
from cli.parser import argument_type, exit_bad_arguments


def _dpi(text: str) -> float:
    from printing.image_export import check_dpi

    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = float("nan")
    return check_dpi(value, text)


def _width(text: str) -> int:
    from printing.image_export import check_width

    return check_width(int(text) if text.strip().isdigit() else -1, text)


def _export(args: argparse.Namespace) -> int:
    from boards.templates import resolve_board
    from printing.image_export import ImageOptions, export_board_image, image_format, pixel_size

    try:
        kind = image_format(args.output)
    except InvalidArgumentError as error:
        return exit_bad_arguments(str(error))
    if kind == "svg" and (args.dpi is not None or args.width is not None):
        return exit_bad_arguments("--dpi en --breedte zijn voor PNG; een SVG is vectoren op ware grootte")
    board = resolve_board(args.board)
    background = {"bruin": "brown", "wit": "none"}[args.background] if args.background else "auto"
    options = ImageOptions(dpi=args.dpi, width_px=args.width, markers=args.markers, background=background)
    if kind == "png":
        try:
            pixel_size(board, options)  # too many pixels for this board: a bad argument, said before drawing
        except InvalidArgumentError as error:
            return exit_bad_arguments(str(error))
    exported = export_board_image(board, args.output, options)
    if args.json:
        print_json(
            {
                "file": str(exported.path),
                "format": exported.kind,
                "width_px": exported.width_px,
                "height_px": exported.height_px,
                "dpi": round(exported.dpi, 1) if exported.dpi else None,
                "width_mm": board.paper.width_mm,
                "height_mm": board.paper.height_mm,
                "bytes": exported.size_bytes,
            }
        )
    elif exported.kind == "png":
        print(
            f"{exported.path}: {board.title} als PNG, {exported.width_px} × {exported.height_px} pixels "
            f"({exported.dpi:.0f} dpi op ware grootte), {exported.size_bytes // 1024} kB"
        )
    else:
        print(
            f"{exported.path}: {board.title} als SVG ({board.paper.width_mm:g} × {board.paper.height_mm:g} mm, "
            f"vectoren), {exported.size_bytes // 1024} kB"
        )
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="een bord als afbeelding (PNG of SVG) voor dia's en e-mail, getekend zoals het wordt geprint"
    )
    parser.add_argument("board", metavar="SJABLOON_OF_BESTAND")
    parser.add_argument("-o", "--output", required=True, metavar="BORD.png|BORD.svg")
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--dpi", type=argument_type(_dpi), default=None, help="PNG: punten per inch op ware grootte (bijv. 150)"
    )
    size.add_argument(
        "--breedte",
        dest="width",
        type=argument_type(_width),
        default=None,
        help="PNG: breedte in pixels (standaard 1920)",
    )
    parser.add_argument(
        "--markers",
        action="store_true",
        help="met de terugleesmarkers en QR-code, zoals op een poster om te fotograferen",
    )
    parser.add_argument(
        "--achtergrond", dest="background", choices=("bruin", "wit"), help="standaard: zoals geprint (bruin)"
    )
    parser.add_argument("--json", action="store_true", help="wat er geschreven is, als JSON")
    parser.set_defaults(handler=_export)
