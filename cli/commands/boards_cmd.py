"""``templates``, ``show`` and ``validate``: looking at boards without a window."""

from __future__ import annotations

import argparse

from boards.fileformat import load_board
from boards.methods import list_methods
from boards.serialize import board_to_dict
from boards.templates import OTHER_METHOD, list_templates, resolve_board
from cli.output import print_json


def _templates(args: argparse.Namespace) -> int:
    boards = list_templates()
    if args.json:
        print_json([board_to_dict(board) for board in boards])
        return 0
    titles = {method.id: method for method in list_methods()}
    current = None
    for board in boards:
        method_id = board.method or OTHER_METHOD
        if method_id != current:
            current = method_id
            method = titles.get(method_id)
            heading = (
                f"{method.title} ({method.school})"
                if method and method.school
                else (method.title if method else "Overige borden")
            )
            print(f"\n{heading}")
        step = ""
        if board.method in titles and board.step:
            step_obj = next((s for s in titles[board.method].steps if s.id == board.step), None)
            step = f"stap {step_obj.nr} {step_obj.title} · " if step_obj else ""
        print(f"  {board.id:<36} {board.title}  [{step}{board.paper.label()}, {len(board.zones)} zones]")
    return 0


def _show(args: argparse.Namespace) -> int:
    board = resolve_board(args.board)
    if args.json:
        print_json(board_to_dict(board))
        return 0
    print(f"{board.title}  ({board.id}, versie {board.version})")
    if board.question:
        print(f"Vraag: {board.question}")
    print(f"Papier: {board.paper.label()} ({board.paper.width_mm:g} × {board.paper.height_mm:g} mm)")
    for zone in board.zones:
        dots = ", ".join(kind.label for kind in zone.holds.dots)
        extra = f"  stippen: {dots}" if dots else ""
        print(f"  - {zone.label or zone.id} [{zone.kind.value}]{extra}")
    if board.additions:
        print("Toevoegingen van Bruinpapier (geen woorden uit de bron):")
        for addition in board.additions:
            print(f"  - ‘{addition.text}’: {addition.reason}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    for path in args.files:
        board = load_board(path)
        print(f"{path}: in orde ({board.title}, {len(board.zones)} zones)")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("templates", help="ingebouwde sjablonen, per methode")
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.set_defaults(handler=_templates)

    parser = subparsers.add_parser("show", help="één bord tonen (sjabloon-id of bestand)")
    parser.add_argument("board", metavar="SJABLOON_OF_BESTAND")
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.set_defaults(handler=_show)

    parser = subparsers.add_parser("validate", help="bordbestand(en) controleren")
    parser.add_argument("files", nargs="+", metavar="BESTAND")
    parser.set_defaults(handler=_validate)
