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
import traceback
from collections.abc import Sequence

import cli.commands
from boards import app_version
from boards.errors import BruinpapierError
from cli.output import print_error
from cli.parser import DutchArgumentParser

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_BAD_ARGUMENTS = 2
EXIT_INTERNAL = 3
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a reader that stopped early (``| head``)
DEBUG_ENV = "BRUINPAPIER_DEBUG"
INTERNAL_ERROR = (
    "interne fout ({kind}: {detail}). Dit is een fout in Bruinpapier, niet in uw invoer; er is niets half "
    "opgeslagen. Meld het met de opdracht die u gaf; met {env}=1 toont Bruinpapier de volledige foutmelding."
)


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
    "archive": "archive_cmd",
    "analyse": "analyse_cmd",
    "report": "analyse_cmd",
    "capture": "capture_cmd",
    "trajectory": "trajectory_cmd",
    "app": "app_cmd",
    "school": "school_cmd",
    "export": "export_cmd",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or only with ``command``'s module when it is known."""
    parser = DutchArgumentParser(
        prog="bruinpapier",
        description="Bruinpapier: ontwerp, print en lees workshopborden terug. Zonder opdracht start de app.",
    )
    parser.add_argument(
        "--version", action="version", version=f"bruinpapier {app_version()}", help="het versienummer tonen en stoppen"
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
    if not _debugging():
        _quiet_libraries()
    try:
        parser = build_parser(arguments[0])
        args = parser.parse_args(arguments)
        if getattr(args, "handler", None) is None:
            parser.print_help()
            return EXIT_BAD_ARGUMENTS
        code = int(args.handler(args) or EXIT_OK)
        sys.stdout.flush()
        return code
    except BruinpapierError as error:
        print_error(str(error))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print_error("afgebroken")
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except OSError as error:
        # Every file the commands write goes through the core's atomic writer (a Dutch FileWriteError);
        # this is the net for one that did not.
        from boards.errors import write_problem

        where = f"{error.filename}: " if error.filename else ""
        print_error(f"{where}{write_problem(error)}")
        _debug_traceback()
        return EXIT_BAD_INPUT
    except MemoryError:
        print_error("te weinig geheugen voor deze opdracht; probeer minder of kleinere bestanden tegelijk")
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the last net: no traceback for a user, a Dutch message instead
        detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else "-"
        print_error(INTERNAL_ERROR.format(kind=type(error).__name__, detail=detail, env=DEBUG_ENV))
        _debug_traceback()
        return EXIT_INTERNAL


def _debugging() -> bool:
    return os.environ.get(DEBUG_ENV, "").strip() not in ("", "0")


def _debug_traceback() -> None:
    if _debugging():
        traceback.print_exc(file=sys.stderr)


def _quiet_libraries() -> None:
    """Libraries' English warnings and log lines ("EOF marker not found") are not for the user: every
    problem that matters reaches them as a Dutch message. BRUINPAPIER_DEBUG=1 shows them again."""
    import logging
    import warnings

    warnings.simplefilter("ignore")
    root = logging.getLogger()
    if not any(isinstance(handler, logging.NullHandler) for handler in root.handlers):
        root.addHandler(logging.NullHandler())


def _reader_went_away() -> int:
    """The program reading our output stopped (``bruinpapier … | head``): stop quietly.

    Python would report the failed flush of stdout at exit; pointing stdout at /dev/null prevents that.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    raise SystemExit(main())
