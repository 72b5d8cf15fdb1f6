"""``school``: privacy requests of a school: everything stored about it, handed over or erased."""

from __future__ import annotations

import argparse
from pathlib import Path

from boards.archive import Archive, default_archive_url, display_url
from boards.archive.school import SchoolData, erase_school, export_school, find_school
from boards.userdirs import recovery_dir
from cli.output import print_json


def _find(args: argparse.Namespace, archive: Archive) -> SchoolData:
    return find_school(archive, args.school, recovery_dir(), [Path(file) for file in args.traject or []])


def _describe(data: SchoolData, archive: Archive) -> None:
    print(f"School: {data.school}")
    print(f"  archief {display_url(archive.url)}: {len(data.sessions)} sessie(s), {data.photo_count} foto('s)")
    for summary in data.sessions:
        print(
            f"    {summary.id}  {summary.date or '----------'}  {summary.board_title}  ({summary.photo_count} foto's)"
        )
    print(f"  herstelkopieën: {len(data.recovery_copies)} bestand(en)")
    for file in data.recovery_copies:
        print(f"    {file}")
    if data.trajectories:
        print(f"  trajectbestanden: {len(data.trajectories)}")
        for file in data.trajectories:
            print(f"    {file}")


def _export(args: argparse.Namespace) -> int:
    with Archive(args.archive or default_archive_url()) as archive:
        data = _find(args, archive)
        export_school(archive, data, args.output)
    if args.json:
        print_json({"file": str(args.output), **data.to_dict()})
    else:
        print(
            f"{args.output}: alles van {data.school}: {len(data.sessions)} sessie(s), {data.photo_count} foto('s), "
            f"{len(data.trajectories)} traject(en)"
        )
        if data.recovery_copies:
            print(
                f"  let op: {len(data.recovery_copies)} herstelbestand(en) van niet-bewaarde sessies staan niet in de "
                "bundel; open ze in de app om ze te bewaren, of wis ze met 'bruinpapier school erase'"
            )
    return 0


def _erase(args: argparse.Namespace) -> int:
    with Archive(args.archive or default_archive_url()) as archive:
        data = _find(args, archive)
        if not args.yes:
            if args.json:
                print_json({"would_erase": data.to_dict(), "confirmed": False})
            else:
                _describe(data, archive)
                print(
                    "Dit wordt gewist en kan niet ongedaan worden gemaakt. Maak eerst een export "
                    f"('bruinpapier school export \"{data.school}\" -o school.bpbundel') en bevestig met --ja."
                )
            return 1
        erased = erase_school(archive, data)
    if args.json:
        print_json({"school": data.school, "erased": erased.to_dict()})
    else:
        print(f"Gewist: alles van {data.school}")
        print(f"  {erased.sessions} sessie(s) en {erased.photos} foto('s) uit het archief")
        if erased.compacted:
            print("  het archiefbestand is opnieuw geschreven zonder de gewiste gegevens (VACUUM)")
        elif erased.sessions:
            print(
                "  PostgreSQL: de rijen zijn verwijderd; de ruimte wordt pas door VACUUM van de server hergebruikt "
                "(zie de handleiding, Privacy en gegevens)"
            )
        print(f"  {len(erased.recovery_files)} herstelbestand(en)")
        for file in erased.trajectories:
            print(f"  trajectbestand {file}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("school", help="privacyverzoeken: alles van één school exporteren of wissen")
    commands = parser.add_subparsers(
        dest="school_command", required=True, metavar="OPDRACHT", parser_class=type(parser)
    )

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("school", metavar="SCHOOL", help="de naam van de school zoals in het archief")
        sub.add_argument(
            "--traject",
            action="append",
            metavar="BESTAND.bptraject",
            help="trajectbestand van deze school dat meegaat (herhaalbaar); Bruinpapier weet niet waar ze staan",
        )
        sub.add_argument("--archive", metavar="URL", default=None, help="archiefdatabase (SQLAlchemy-URL)")
        sub.add_argument("--json", action="store_true", help="als JSON")

    export = commands.add_parser("export", help="alle sessies, foto's en trajecten van een school in één bundel")
    common(export)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="SCHOOL.bpbundel")
    export.set_defaults(handler=_export)

    erase = commands.add_parser("erase", help="alle gegevens van een school wissen (archief, foto's, herstelkopieën)")
    common(erase)
    erase.add_argument("--ja", "--yes", dest="yes", action="store_true", help="bevestigen; zonder: alleen tonen")
    erase.set_defaults(handler=_erase)
