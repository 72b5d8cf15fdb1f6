"""``app [BESTAND]``: open the desktop app, optionally with a board file."""

from __future__ import annotations

import argparse
import sys


def _app(args: argparse.Namespace) -> int:
    from boards.fileformat import load_board

    if args.file:
        load_board(args.file)  # a bad file gives the core's message and exit 1, before any window opens
    from desktop.app import main as desktop_main

    return desktop_main([sys.argv[0], *([args.file] if args.file else [])], self_test=args.self_test)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("app", help="de app openen, eventueel met een bordbestand")
    parser.add_argument("file", nargs="?", metavar="BESTAND", help="een bordbestand (.bpbord) om meteen te openen")
    parser.add_argument(
        "--self-test",
        nargs="?",
        const="",
        metavar="PNG",
        help="controleren of de app start: het venster openen, de startpagina vullen en meteen weer sluiten "
        "(met PNG: eerst een schermafdruk daarheen)",
    )
    parser.set_defaults(handler=_app)
