"""Entry point of the ``bruinpapier`` console script.

Without arguments the desktop app starts; with a sub-command the command
line runs it and exits with its code (0 ok, 1 bad input, 2 bad arguments).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

import cli.commands
from boards.errors import BruinpapierError
from cli.output import print_error
from cli.parser import DutchArgumentParser

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_BAD_ARGUMENTS = 2


# Which module registers which command, so a command imports only what it needs (pandas,
# SQLAlchemy and OpenCV take seconds to import). tests/cli/test_cli_boards.py checks it
# against the modules' own registrations.
COMMAND_MODULES = {
    "templates": "boards_cmd",
    "show": "boards_cmd",
    "validate": "boards_cmd",
    "print": "print_cmd",
    "pack": "print_cmd",
    "tile": "print_cmd",
    "session": "session_cmd",
    "analyse": "analyse_cmd",
    "report": "analyse_cmd",
    "capture": "capture_cmd",
    "trajectory": "trajectory_cmd",
    "app": "app_cmd",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or only with ``command``'s module when it is known."""
    parser = DutchArgumentParser(
        prog="bruinpapier",
        description="Bruinpapier: ontwerp, print en lees workshopborden terug. Zonder opdracht start de app.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=DutchArgumentParser)
    names = sorted(info.name for info in pkgutil.iter_modules(cli.commands.__path__))
    if command in COMMAND_MODULES:
        names = [COMMAND_MODULES[command]]
    for name in names:
        module = importlib.import_module(f"cli.commands.{name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def start_desktop() -> int:
    from desktop.app import main as desktop_main

    return desktop_main(sys.argv[:1])


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        return start_desktop()
    parser = build_parser(arguments[0])
    args = parser.parse_args(arguments)
    if getattr(args, "handler", None) is None:
        parser.print_help()
        return EXIT_BAD_ARGUMENTS
    try:
        return int(args.handler(args) or EXIT_OK)
    except BruinpapierError as error:
        print_error(str(error))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print_error("afgebroken")
        return 130
    except BrokenPipeError:
        # The reader stopped early (bruinpapier templates | head): end quietly, like other command-line
        # tools; stdout goes to devnull so Python's flush at exit does not complain a second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    raise SystemExit(main())
