"""The archive filter options, the same for ``session list``, ``analyse`` and ``report``.

``--school``, ``--board``, ``--method``, ``--step``, ``--from``, ``--to``, ``--search`` and
``--all`` become one :class:`~boards.archive.selection.SessionFilter` (the core's filter, which
the app's archive browser uses too), and ``--archive`` says which archive.
"""

from __future__ import annotations

import argparse

from boards.archive import Archive, default_archive_url
from boards.archive.selection import SessionFilter
from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP

FILTER_OPTIONS = ("school", "board", "method", "step", "date_from", "date_to", "search")


def add_archive_argument(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument(
        "--archive",
        metavar="URL",
        default=default,
        help="archiefdatabase (SQLAlchemy-URL); anders BRUINPAPIER_ARCHIVE of het standaardarchief",
    )


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("sessies uit het archief kiezen")
    group.add_argument("--school", help="school (een deel van de naam is genoeg)")
    group.add_argument("--board", metavar="BORD", help="bord-id, bijv. procesplaat-1")
    group.add_argument("--method", metavar="METHODE", help="methode-id")
    group.add_argument("--step", metavar="STAP", help="stap-id van de methode")
    group.add_argument("--from", dest="date_from", metavar="JJJJ-MM-DD", help="vanaf deze datum")
    group.add_argument("--to", dest="date_to", metavar="JJJJ-MM-DD", help="tot en met deze datum")
    group.add_argument("--search", metavar="TEKST", help="zoekt in school, team, onderwerp, notities en acties")
    group.add_argument("--all", dest="all_sessions", action="store_true", help="alle sessies in het archief")


def has_filter(args: argparse.Namespace) -> bool:
    return any(getattr(args, name, None) for name in FILTER_OPTIONS)


def selection_from_args(args: argparse.Namespace) -> SessionFilter:
    """The filter the options give; ``--all`` together with a filter is refused (which one is meant?)."""
    if getattr(args, "all_sessions", False) and has_filter(args):
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "--all kiest alle sessies; laat het weg als u filtert"))
        )
    return SessionFilter.of(
        school=args.school,
        board=args.board,
        method=args.method,
        step=args.step,
        date_from=args.date_from,
        date_to=args.date_to,
        text=args.search,
    )


def open_archive(args: argparse.Namespace) -> Archive:
    return Archive(getattr(args, "archive", None) or default_archive_url())
