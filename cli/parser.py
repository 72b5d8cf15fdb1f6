"""The argument parser of every command: Dutch messages, Dutch help headings, exit code 2.

argparse writes its own texts in English through ``argparse._`` (gettext).
While a ``DutchArgumentParser`` builds, parses or formats help, those texts
come from ``DUTCH`` instead; a bad argument prints one Dutch line naming the
problem and how to get help, never the English usage text.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

from cli.output import print_error

EXIT_BAD_ARGUMENTS = 2

DUTCH = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "deze hulp tonen en stoppen",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "expected %s argument": "hier hoort %s waarde bij",
    "expected %s arguments": "hier horen %s waarden bij",
    "invalid choice: %(value)r (choose from %(choices)s)": "onbekende keuze %(value)r; kies uit %(choices)s",
    "invalid %(type)s value: %(value)r": "%(value)r is geen geldige waarde [%(type)s]",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "ambiguous option: %(option)s could match %(matches)s": "optie %(option)s is niet eenduidig: %(matches)s",
    "not allowed with argument %s": "gaat niet samen met %s",
    "one of the arguments %s is required": "één van %s is nodig",
    "ignored explicit argument %r": "waarde %r hoort hier niet bij",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "onbekende opdracht %(parser_name)r; kies uit %(choices)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
}

#: What a value of a plain Python type is called in a message.
TYPE_WORDS = {"float": "een getal", "int": "een geheel getal"}


def _dutch(text: str) -> str:
    return DUTCH.get(text, text)


def _dutch_n(singular: str, plural: str, count: int) -> str:
    return _dutch(singular if count == 1 else plural)


@contextmanager
def dutch_messages() -> Iterator[None]:
    """argparse's own texts in Dutch for the duration (nested use is fine)."""
    previous = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _dutch, _dutch_n
    try:
        yield
    finally:
        argparse._, argparse.ngettext = previous


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse with Dutch texts; a bad argument exits with code 2 and a Dutch message."""

    def __init__(self, *args, **kwargs) -> None:
        with dutch_messages():
            super().__init__(*args, **kwargs)

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        with dutch_messages():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        self._arguments = list(args) if args is not None else []
        with dutch_messages():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with dutch_messages():
            return super().format_usage()

    def format_help(self) -> str:
        with dutch_messages():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        message = re.sub(r" \[(\w+)\]$", lambda m: _type_hint(m.group(1)), message)
        arguments = getattr(self, "_arguments", [])
        if "hier hoort" in message and any(re.match(r"-\d", argument) for argument in arguments):
            message += " (een waarde die met een minteken begint schrijf je als --optie=-waarde)"
        print_error(f"{message}. Zie '{self.prog} --help'.")
        raise SystemExit(EXIT_BAD_ARGUMENTS)


def _type_hint(type_name: str) -> str:
    word = TYPE_WORDS.get(type_name)
    return f": verwacht {word}" if word else ""


def argument_type(parse):
    """An argparse ``type=`` from a function that raises the core's Dutch ``InvalidArgumentError``."""
    from boards.errors import InvalidArgumentError

    def convert(text: str):
        try:
            return parse(text)
        except InvalidArgumentError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    convert.__name__ = getattr(parse, "__name__", "waarde")
    return convert


def exit_bad_arguments(message: str) -> int:
    """Report a bad argument found after parsing (it depended on the board) the way the parser does."""
    print_error(message)
    return EXIT_BAD_ARGUMENTS


__all__ = ["EXIT_BAD_ARGUMENTS", "DutchArgumentParser", "argument_type", "dutch_messages", "exit_bad_arguments"]
