"""``session``: create, list, show, export, import and delete archived sessions,
and enter results from a spreadsheet (``session import-results``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from boards.archive import (
    BUNDLE_SUFFIX,
    Archive,
    default_archive_url,
    display_url,
    export_bundle,
    is_session_file,
    resolve_session,
)
from boards.errors import InvalidArgumentError, problem
from boards.fileformat import SESSION_SUFFIX, save_session
from boards.i18n import QT_TRANSLATE_NOOP
from boards.merging import KEEP_LABELS, PART_LABELS, UNPLACED_ZONE, Keep, Part, ZoneComparison
from boards.photos import read_photo
from boards.serialize import session_to_dict
from boards.session import Session, check_session_date
from boards.templates import resolve_board
from boards.wording import count_text
from boards.workspace import new_session
from cli.output import print_json
from cli.parser import argument_type
from cli.selection import add_filter_arguments, selection_from_args


def _archive(args: argparse.Namespace) -> Archive:
    return Archive(args.archive or default_archive_url())


def _summary_line(summary) -> str:
    what = summary.topic or summary.board_title
    counts = f"{summary.note_count} notities, {summary.dot_total} stippen, {summary.action_count} acties"
    team = f" · {summary.team}" if summary.team else ""
    return (
        f"{summary.id}  {summary.date or '----------'}  {summary.school or '(geen school)'}{team} · {what}  [{counts}]"
    )


# --- commands -----------------------------------------------------------------------------


def _new(args: argparse.Namespace) -> int:
    board = resolve_board(args.board)
    session = new_session(
        board,
        school=args.school,
        team=args.team,
        date=check_session_date(args.date) or None,
        facilitator=args.facilitator,
        method=args.method,
        step=args.step,
        topic=args.topic,
        code=args.code,
        participants=list(args.participant or []),
        remarks=args.remarks,
    )
    if args.file:
        save_session(session, args.file)
        where = str(args.file)
    else:
        with _archive(args) as archive:
            archive.save(session)
            where = display_url(archive.url)
    if args.json:
        print_json({"id": session.id, "saved_to": where, "session": session_to_dict(session)})
    else:
        print(f"Sessie {session.id} aangemaakt ({board.title}) in {where}")
    return 0


def _list(args: argparse.Namespace) -> int:
    selection = selection_from_args(args)
    with _archive(args) as archive:
        summaries = archive.list(selection)
    if args.json:
        print_json([summary.to_dict() for summary in summaries])
        return 0
    if not summaries:
        print("Geen sessies gevonden.")
    for summary in summaries:
        print(_summary_line(summary))
    return 0


def _load(args: argparse.Namespace, ref: str) -> Session:
    if is_session_file(ref):
        return resolve_session(ref)
    with _archive(args) as archive:
        return resolve_session(ref, archive)


def _show(args: argparse.Namespace) -> int:
    session = _load(args, args.session)
    if args.json:
        print_json(session_to_dict(session))
        return 0
    print(f"Sessie {session.id}: {session.board.title}")
    for label, value in (
        ("School", session.school),
        ("Team", session.team),
        ("Datum", session.date),
        ("Begeleider", session.facilitator),
        ("Methode", session.method or ""),
        ("Stap", session.step or ""),
        ("Onderwerp", session.topic),
        ("Deelnemers", ", ".join(session.participants)),
        ("Opmerkingen", session.remarks),
    ):
        if value:
            print(f"{label}: {value}")
    for zone in session.board.zones:
        notes = session.results.notes_in(zone.id)
        dots = [(kind.label, session.results.dot_count(zone.id, kind.id)) for kind in zone.holds.dots]
        dots_text = ", ".join(f"{label} {count}" for label, count in dots if count)
        if not notes and not dots_text:
            continue
        print(f"\n{zone.label or zone.id}" + (f"  [{dots_text}]" if dots_text else ""))
        for note in notes:
            print(f"  - {note.text}")
    if session.results.actions:
        print("\nActiepunten")
        for action in session.results.actions:
            extra = " · ".join(part for part in (action.owner, action.due, action.impact, action.workload) if part)
            print(f"  {action.nr}. {action.action}" + (f"  ({extra})" if extra else ""))
    if session.photos:
        print(f"\nFoto's: {', '.join(photo.name for photo in session.photos)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.suffix.lower() == BUNDLE_SUFFIX:
        if is_session_file(args.session):
            from boards.archive import write_bundle

            session = resolve_session(args.session)
            if session.photos:
                raise InvalidArgumentError(
                    problem(
                        QT_TRANSLATE_NOOP("errors", "een bundel met foto's kan alleen uit het archief worden gemaakt")
                    )
                )
            write_bundle(session, {}, out)
        else:
            with _archive(args) as archive:
                export_bundle(archive, args.session, out)
        kind = "bundel"
    else:
        from boards.sessionio import export_session  # pandas and openpyxl: only for the exports that need them

        kind = export_session(_load(args, args.session), out)
    if args.json:
        print_json({"file": str(out), "format": kind})
    else:
        print(f"Geëxporteerd naar {out} ({kind})")
    return 0


def _import(args: argparse.Namespace) -> int:
    from boards.archive.importing import import_files

    with _archive(args) as archive:
        outcome = import_files(archive, args.files, keep_id=args.keep_id, skip_bad=args.skip_bad)
    if args.json:
        print_json({**({"id": outcome.ids[0]} if len(outcome.ids) == 1 else {}), **outcome.to_dict()})
        return 0
    for path, why in outcome.skipped:
        print(f"Overgeslagen: {path}: {why}")
    if len(outcome.ids) == 1:
        print(f"Geïmporteerd als sessie {outcome.ids[0]}")
    else:
        ids = f" ({', '.join(outcome.ids)})" if len(outcome.ids) <= 10 else ""
        print(f"Geïmporteerd: {len(outcome.ids)} sessies{ids} in {display_url(archive.url)}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    if not args.yes:
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "verwijderen kan niet ongedaan worden gemaakt; bevestig met --ja"))
        )
    with _archive(args) as archive:
        for session_id in args.sessions:
            archive.delete(session_id)
    if args.json:
        print_json({"deleted": list(args.sessions)})
    else:
        print(f"Verwijderd: {', '.join(args.sessions)}")
    return 0


def _add_photo(args: argparse.Namespace) -> int:
    name, data = read_photo(args.photo, args.name)
    with _archive(args) as archive:
        photo = archive.add_photo(args.session, name, data, caption=args.caption)
    if args.json:
        print_json({"session": args.session, "name": photo.name, "sha256": photo.sha256, "bytes": len(data)})
    else:
        print(f"Foto {photo.name} ({len(data) // 1024} kB) opgeslagen bij sessie {args.session}")
    return 0


def _get_photo(args: argparse.Namespace) -> int:
    from boards.fileformat import atomic_write_bytes

    with _archive(args) as archive:
        data = archive.photo(args.session, args.name)
    atomic_write_bytes(args.output, data)
    if args.json:
        print_json({"file": str(args.output), "bytes": len(data)})
    else:
        print(f"Foto {args.name} geschreven naar {args.output}")
    return 0


def _import_results(args: argparse.Namespace) -> int:
    from boards.sessionio import preview_import  # pandas: not for the other session commands

    from_file = is_session_file(args.session)
    archive = None if from_file else _archive(args)
    try:
        session = resolve_session(args.session, archive)
        preview = preview_import(args.file, session.board, session)
        problems = preview.problems()
        skipped = preview.skip_bad() if args.skip_bad else 0
        report = {
            "session": session.id,
            "file": str(args.file),
            "counts": preview.counts(),
            "ignored_columns": preview.ignored_columns,
            "problems": [
                {
                    "row": row.line,
                    "sheet": row.sheet,
                    "status": row.status.value,
                    "reason": str(row.reason) if row.reason else "",
                }
                for row in problems
            ],
            "saved": False,
        }
        if not preview.ready:
            if args.json:
                print_json(report)
            else:
                _print_problems(problems, preview.ignored_columns)
            raise preview.refusal()
        plan = preview.plan(session)
        if args.on_conflict != "keep":
            plan.choose_all(ON_CONFLICT[args.on_conflict])
        report["conflicts"] = [
            _conflict(zone, part, plan.choice(zone.zone_id, part)) for zone, part in plan.conflicts()
        ]
        if args.dry_run:
            summary = None
            report["updates"] = preview.updates()
        else:
            summary = preview.apply(session, plan, respondents=ON_CONFLICT[args.on_conflict])
            report["updates"] = summary.updated
            report["respondents_kept"] = [
                {"question": key, "session": kept, "file": given} for key, kept, given in summary.respondents_kept
            ]
            if from_file:
                save_session(session, args.session)
            else:
                archive.save(session)
            report["saved"] = True
    finally:
        if archive is not None:
            archive.close()
    if args.json:
        print_json(report)
        return 0
    if problems:
        _print_problems(problems, preview.ignored_columns)
        print(f"{count_text(skipped, 'rij')} overgeslagen.")
    if report["conflicts"]:
        print("Al in de sessie, anders dan in het bestand:")
        for conflict in report["conflicts"]:
            print(
                f"  {conflict['zone']}, {PART_LABELS[Part(conflict['part'])]}: sessie {conflict['session']}, "
                f"bestand {conflict['incoming']} → {KEEP_LABELS[Keep(conflict['choice'])]}"
            )
        if args.on_conflict == "keep":
            print("  Gebruik --on-conflict take (bestand overnemen) of add (optellen) om dat te veranderen.")
    if summary is None:
        counts = preview.counts()
        updates = preview.updates()
        placed = f", waarvan {count_text(updates, 'notitie')} die de sessie al heeft" if updates else ""
        print(
            f"Controle: {count_text(counts['notes'], 'notitie')}{placed}, {count_text(counts['dots'], 'stiprij')}, "
            f"{count_text(counts['actions'], 'actiepunt')} in orde (niet opgeslagen)."
        )
    else:
        parts = [
            count_text(summary.notes, "notitie"),
            count_text(summary.dots, "stiprij"),
            count_text(summary.actions, "actiepunt"),
        ]
        if summary.updated:
            parts.append(f"{count_text(summary.updated, 'notitie')} van de sessie geplaatst of bijgewerkt")
        if summary.respondents:
            parts.append(f"het aantal respondenten ({count_text(summary.respondents, 'rij')})")
        print(f"Toegevoegd aan sessie {session.id}: {', '.join(parts)}.")
        for key, kept, given in summary.respondents_kept:
            question = key or "alle vragen"
            print(
                f"  Respondenten bij {question}: de sessie heeft {kept}, het bestand {given}; {kept} blijft "
                "(--on-conflict take neemt het bestand over)."
            )
    return 0


def _edit(args: argparse.Namespace, change) -> Session:
    """Load the session (file or archive id), apply ``change`` and save it back where it came from."""
    from_file = is_session_file(args.session)
    archive = None if from_file else _archive(args)
    try:
        session = resolve_session(args.session, archive)
        change(session)
        if from_file:
            save_session(session, args.session)
        else:
            archive.save(session)
    finally:
        if archive is not None:
            archive.close()
    return session


def _conclusion(args: argparse.Namespace) -> int:
    from boards.analysis import analyse_session
    from boards.written import SUGGESTION_PREFIX, set_team_conclusion

    if args.text is not None:
        session = _edit(args, lambda session: set_team_conclusion(session, args.text))
    else:
        session = _load(args, args.session)
    item = analyse_session(session)
    if args.json:
        print_json({"session": session.id, "conclusion": item.conclusion or None, "suggestion": item.suggestion})
        return 0
    if args.text is not None:
        print(f"Conclusie van het team bewaard bij sessie {session.id}.")
    print(f"Conclusie van het team: {item.conclusion or '(nog niet ingevuld)'}")
    if item.suggestion:
        print(SUGGESTION_PREFIX + item.suggestion)
    return 0


def _respondent_count(text: str) -> int:
    if not text.strip().isdigit():
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "'{value}' is geen aantal respondenten (0 of meer)"), value=text)
        )
    return int(text)


def _respondents(args: argparse.Namespace) -> int:
    from boards.session import ALL_QUESTIONS
    from boards.sessionio.preview import question_id_for

    def change(session: Session) -> None:
        question = question_id_for(session.board, args.question) if args.question else ALL_QUESTIONS
        session.results.set_respondents(question, args.count)

    session = _edit(args, change)
    where = f"vraag {args.question}" if args.question else "alle vragen"
    if args.json:
        print_json({"session": session.id, "respondents": session.results.respondents})
    else:
        print(f"Sessie {session.id}: {args.count} respondenten bij {where}.")
    return 0


ON_CONFLICT = {"keep": Keep.SESSION, "take": Keep.INCOMING, "add": Keep.BOTH}


def _conflict(zone: ZoneComparison, part: Part, choice: Keep) -> dict[str, object]:
    """A zone where the session and the file differ, as the report lists it."""
    if part is Part.DOTS:
        session = ", ".join(f"{pair.label} {pair.session}" for pair in zone.dots)
        incoming = ", ".join(f"{pair.label} {pair.incoming}" for pair in zone.dots if pair.incoming is not None)
    else:
        session = "; ".join(note.text for note in zone.session_notes)
        incoming = "; ".join(note.text for note in zone.incoming_notes)
    return {
        "zone_id": zone.zone_id,
        "zone": zone.label or UNPLACED_ZONE,
        "part": part.value,
        "session": session,
        "incoming": incoming,
        "choice": choice.value,
    }


def _print_problems(rows, ignored: list[str]) -> None:
    from boards.sessionio.preview import ROW_STATUS_LABELS

    for row in rows:
        print(f"  {row.where}: {ROW_STATUS_LABELS[row.status]} — {row.reason}")
    if ignored:
        print(f"  genegeerde kolommen: {', '.join(ignored)}")


# --- registration -------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("session", help="sessies: resultaten invoeren, archiveren, exporteren")
    parser.add_argument(
        "--archive",
        metavar="URL",
        default=None,
        help="archiefdatabase (SQLAlchemy-URL); anders BRUINPAPIER_ARCHIVE of het standaardarchief",
    )
    commands = parser.add_subparsers(dest="session_command", metavar="OPDRACHT", parser_class=type(parser))

    def json_flag(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--json", action="store_true", help="als JSON")
        sub.add_argument("--archive", metavar="URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    sub = commands.add_parser("new", help="nieuwe sessie met een bord")
    sub.add_argument("--board", required=True, metavar="SJABLOON_OF_BESTAND")
    sub.add_argument("--school", default="")
    sub.add_argument("--team", default="")
    sub.add_argument("--date", default=None, metavar="JJJJ-MM-DD", help="standaard vandaag")
    sub.add_argument("--facilitator", default="", help="begeleider")
    sub.add_argument("--method", default=None)
    sub.add_argument("--step", default=None)
    sub.add_argument("--topic", default="", help="onderwerp, bijv. het proces")
    sub.add_argument("--code", default="")
    sub.add_argument(
        "--participant", action="append", metavar="INITIALEN", help="herhaalbaar; alleen initialen of schuilnamen"
    )
    sub.add_argument("--remarks", default="")
    sub.add_argument(
        "--file",
        default=None,
        metavar=f"BESTAND{SESSION_SUFFIX}",
        help="opslaan als bestand in plaats van in het archief",
    )
    json_flag(sub)
    sub.set_defaults(handler=_new)

    sub = commands.add_parser("list", help="sessies in het archief zoeken")
    add_filter_arguments(sub)
    json_flag(sub)
    sub.set_defaults(handler=_list)

    sub = commands.add_parser("show", help="één sessie tonen (archief-id of bestand)")
    sub.add_argument("session", metavar="SESSIE")
    json_flag(sub)
    sub.set_defaults(handler=_show)

    sub = commands.add_parser("export", help="sessie exporteren naar .csv, .xlsx, .json, .bpsessie of .bpbundel")
    sub.add_argument("session", metavar="SESSIE")
    sub.add_argument("output", metavar="UITVOER")
    json_flag(sub)
    sub.set_defaults(handler=_export)

    sub = commands.add_parser(
        "import", help="sessiebundels (.bpbundel), sessiebestanden of mappen ermee in het archief zetten"
    )
    sub.add_argument("files", nargs="+", metavar="BESTAND_OF_MAP", help="een map wordt doorzocht, ook submappen")
    sub.add_argument("--keep-id", action="store_true", help="de id uit het bestand houden (weigert als die al bestaat)")
    sub.add_argument(
        "--skip-bad",
        action="store_true",
        help="onleesbare bestanden overslaan (en noemen) in plaats van niets te importeren",
    )
    json_flag(sub)
    sub.set_defaults(handler=_import)

    sub = commands.add_parser("delete", help="sessie(s) uit het archief verwijderen")
    sub.add_argument("sessions", nargs="+", metavar="SESSIE_ID")
    sub.add_argument("--ja", "--yes", dest="yes", action="store_true", help="bevestigen")
    json_flag(sub)
    sub.set_defaults(handler=_delete)

    sub = commands.add_parser("add-photo", help="foto bij een sessie in het archief opslaan")
    sub.add_argument("session", metavar="SESSIE_ID")
    sub.add_argument("photo", metavar="FOTO")
    sub.add_argument("--name", help="naam in het archief (standaard de bestandsnaam)")
    sub.add_argument("--caption", default="", help="onderschrift")
    json_flag(sub)
    sub.set_defaults(handler=_add_photo)

    sub = commands.add_parser("photo", help="foto van een sessie uit het archief halen")
    sub.add_argument("session", metavar="SESSIE_ID")
    sub.add_argument("name", metavar="NAAM")
    sub.add_argument("output", metavar="UITVOER")
    json_flag(sub)
    sub.set_defaults(handler=_get_photo)

    sub = commands.add_parser("import-results", help="resultaten uit CSV/Excel aan een sessie toevoegen")
    sub.add_argument("session", metavar="SESSIE")
    sub.add_argument("file", metavar="BESTAND.csv|xlsx")
    sub.add_argument("--skip-bad", action="store_true", help="foute rijen overslaan in plaats van weigeren")
    sub.add_argument("--dry-run", action="store_true", help="alleen controleren, niets opslaan")
    sub.add_argument(
        "--on-conflict",
        choices=sorted(ON_CONFLICT),
        default="keep",
        help="waar de sessie al iets anders heeft (per zone, stippen of notities): keep = sessie houden "
        "(standaard), take = bestand overnemen, add = optellen",
    )
    json_flag(sub)
    sub.set_defaults(handler=_import_results)

    sub = commands.add_parser(
        "conclusion", help="de conclusie van het team invullen of tonen (met de suggestie van Bruinpapier)"
    )
    sub.add_argument("session", metavar="SESSIE")
    sub.add_argument("text", nargs="?", default=None, metavar="TEKST", help="de conclusie in de woorden van het team")
    json_flag(sub)
    sub.set_defaults(handler=_conclusion)

    sub = commands.add_parser("respondents", help="aantal respondenten van een vragenlijst invullen")
    sub.add_argument("session", metavar="SESSIE")
    sub.add_argument("count", type=argument_type(_respondent_count), metavar="AANTAL")
    sub.add_argument("--question", default=None, metavar="VRAAG", help="één vraag (id of tekst); anders alle vragen")
    json_flag(sub)
    sub.set_defaults(handler=_respondents)

    def _help(_args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(handler=_help)
