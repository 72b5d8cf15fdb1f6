"""``archive``: who sees which schools in a shared PostgreSQL archive (grant, revoke, roles)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from boards.archive import Archive
from boards.archive.access import grant_board, grant_school, list_access, revoke_board, revoke_school
from boards.archive.selection import SessionFilter
from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from cli.output import print_json
from cli.selection import add_archive_argument, open_archive


@contextmanager
def _connection(args: argparse.Namespace, write: bool) -> Iterator[tuple[Archive, Connection]]:
    """The archive and one transaction on it; database refusals (no right to grant) in Dutch."""
    with open_archive(args) as archive:
        try:
            with archive.engine.begin() if write else archive.engine.connect() as connection:
                yield archive, connection
        except SQLAlchemyError as error:
            raise archive._problem(error) from None


def _target(args: argparse.Namespace) -> str | None:
    if bool(args.school) == bool(args.board):
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "geef een school óf --bestuur op (alle scholen), één van de twee"))
        )
    return args.school


def _grant(args: argparse.Namespace) -> int:
    school = _target(args)
    with _connection(args, write=True) as (archive, connection):
        if school is None:
            grant_board(connection, args.role)
        else:
            grant_school(connection, args.role, school)
    with open_archive(args) as archive:
        known = school is None or archive.count(SessionFilter(school=school)) > 0
    if args.json:
        print_json({"role": args.role, "school": school, "board": school is None})
    elif school is None:
        print(f"Rol {args.role} ziet nu alle scholen (bestuur).")
    else:
        print(f"Rol {args.role} ziet en wijzigt nu de sessies van {school}.")
        if not known:
            print(f"Let op: er staan (nog) geen sessies van '{school}' in het archief; klopt de naam?")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    school = _target(args)
    with _connection(args, write=True) as (_archive, connection):
        if school is None:
            revoke_board(connection, args.role)
            had = True
        else:
            had = revoke_school(connection, args.role, school)
    if args.json:
        print_json({"role": args.role, "school": school, "board": school is None, "revoked": had})
    elif not had:
        print(f"Rol {args.role} had geen toegang tot {school}; er is niets veranderd.")
    else:
        print(f"Rol {args.role} heeft geen toegang meer tot {school or 'alle scholen (bestuur)'}.")
    return 0


def _roles(args: argparse.Namespace) -> int:
    with _connection(args, write=False) as (_archive, connection):
        found = list_access(connection)
    if args.json:
        print_json([entry.to_dict() for entry in found])
        return 0
    if not found:
        print("Nog geen rollen met toegang; geef er een met 'bruinpapier archive grant ROL SCHOOL'.")
    for entry in found:
        what = "alle scholen (bestuur)" if entry.board else ", ".join(entry.schools) or "geen scholen"
        if entry.board and entry.schools:
            what += f"; daarnaast toegekend: {', '.join(entry.schools)}"
        print(f"{entry.role}: {what}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("archive", help="toegang per school in een gedeeld PostgreSQL-archief")
    commands = parser.add_subparsers(dest="archive_command", metavar="OPDRACHT", parser_class=type(parser))

    def common(sub: argparse.ArgumentParser) -> None:
        add_archive_argument(sub)
        sub.add_argument("--json", action="store_true", help="als JSON")

    for name, handler, help_text in (
        ("grant", _grant, "een databaserol de sessies van een school laten zien en wijzigen"),
        ("revoke", _revoke, "een databaserol de toegang tot een school ontnemen"),
    ):
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("role", metavar="ROL", help="de databaserol (gebruikersnaam) van de begeleider")
        sub.add_argument("school", nargs="?", metavar="SCHOOL", help="de naam van de school")
        sub.add_argument("--bestuur", dest="board", action="store_true", help="alle scholen (het schoolbestuur)")
        common(sub)
        sub.set_defaults(handler=handler)

    sub = commands.add_parser("roles", help="welke rollen welke scholen zien")
    common(sub)
    sub.set_defaults(handler=_roles)

    def _help(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=_help)
