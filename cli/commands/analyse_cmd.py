"""``analyse`` and ``report``: what the boards of one or more sessions say.

Sessions are given as files or archive ids (an analysis per session), or chosen from the
archive with the filters of ``session list`` (a summary counted by the database, which never
loads every session; ``--per-session`` loads them for the full analysis instead).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from boards.analysis import analyse, analysis_to_dict
from boards.analysis.dutch import format_number, format_signed
from boards.analysis.overview import Analysis
from boards.analysis.scales import SCALE
from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.wording import count_text
from boards.written import SUGGESTION_PREFIX
from cli.output import print_json
from cli.selection import add_archive_argument, add_filter_arguments, has_filter, open_archive, selection_from_args
from cli.session_refs import load_sessions

if TYPE_CHECKING:
    from boards.analysis.summary import ArchiveSummary


def _print_counts(item) -> None:
    counts = item.zone_counts[item.zone_counts["total"] > 0] if item.scales is None else item.zone_counts.head(0)
    extra = [
        column
        for column in item.zone_counts.columns
        if column not in ("zone_id", "zone_label", "group_label", "notes", "dots", "total")
    ]
    for _, row in counts.iterrows():
        parts = [count_text(int(row["notes"]), "briefje")] if row["notes"] else []
        parts += [f"{row[kind]} {kind}" for kind in extra if row[kind]]
        print(f"  - {row['zone_label']}: {', '.join(parts)}")


def _print_questionnaire(item) -> None:
    for question in item.scales.questions.itertuples():
        answers = item.scales.answers_of(question.question_id)
        print(f"  {question.question}")
        if question.question_kind == SCALE:
            print("    " + "  ".join(f"{format_number(row.value)}: {row.label}" for row in answers.itertuples()))
            if question.mean_text:
                print(f"    gemiddelde {question.mean_text} ({count_text(question.answers, 'antwoord')})")
            continue
        for row in answers.itertuples():
            print(f"    - {row.zone_label}: {row.label}")
        if question.respondents == question.respondents:  # not NaN
            print(f"    (van {count_text(int(question.respondents), 'respondent')})")


def _print_vsm(item) -> None:
    print("  Value Stream Map:")
    for row in item.vsm.steps.itertuples():
        times = ", ".join(
            part
            for part in (
                f"bewerkingstijd {row.work_text}" if row.work_text else "",
                f"wachttijd {row.wait_text}" if row.wait_text else "",
            )
            if part
        )
        print(f"    {row.nr}. {row.step}" + (f": {times}" if times else ": geen tijd bekend"))


def _print_text(analysis: Analysis) -> None:
    for item in analysis.per_session:
        print(item.label)
        if item.method_title:
            print(f"  {item.method_title}" + (f", {item.step_title}" if item.step_title else ""))
        _print_counts(item)
        if item.scales is not None:
            _print_questionnaire(item)
        if item.vsm is not None:
            _print_vsm(item)
        if item.grid is not None:
            print("  " + " | ".join(["", *item.grid.grid.columns]))
            for label, values in zip(item.grid.grid.rows, item.grid.table.values.tolist()):
                print("  " + " | ".join([label, *map(str, values)]))
        for area in item.written:
            if not area.is_conclusion and area.texts:
                print(f"  Geschreven bij {area.label}:")
                for text in area.texts:
                    print(f"    {text}")
        for action in item.open_actions.itertuples():
            print(
                f"  open actiepunt {action.nr}: {action.action} ({action.owner or 'geen initiatiefnemer'}, "
                f"{action.due or 'geen tijdpad'})"
            )
        for finding in item.findings:
            print(f"  {finding}")
        print()
    for trend in analysis.trends:
        print(f"Over tijd: {trend.board_id}, {trend.school} ({trend.dates[0]} → {trend.dates[-1]})")
        if trend.moved.empty:
            print("  niets veranderd")
        for row in trend.moved.itertuples():
            print(f"  - {row.zone_label} ({row.measure}): {format_signed(row.change)}")
        print()
    for comparison in analysis.comparisons:
        print(f"Scholen vergeleken: {comparison.board_id} ({', '.join(comparison.schools)})")
        top = comparison.table.sort_values("total", ascending=False, kind="stable").head(5)
        for row in top.itertuples():
            if row.total:
                print(f"  - {row.zone_label} ({row.measure}): totaal {row.total}, gemiddeld {format_number(row.mean)}")
        print()


def _print_summary(summary: ArchiveSummary, top: int = 10) -> None:
    schools = len(summary.schools)
    period = f", {summary.first_date} t/m {summary.last_date}" if summary.first_date else ""
    print(f"Samenvatting van {summary.selection}: {summary.sessions} sessies, {schools} scholen{period}")
    if not summary.sessions:
        return
    print(f"  actiepunten: {summary.actions}, waarvan {summary.open_actions} open")
    print(f"\nScholen (meeste sessies eerst{', de eerste ' + str(top) if schools > top else ''}):")
    for row in summary.schools.head(top).itertuples():
        print(
            f"  - {row.school or '(geen school)'}: {row.sessions} sessies ({row.first_date} – {row.last_date}), "
            f"{row.notes} briefjes, {row.dots} stippen, {row.open_actions} open actiepunten"
        )
    print(f"\nPer {summary.period_unit}:")
    for row in summary.periods.itertuples():
        counts = f"{row.sessions} sessies, {row.schools} scholen, {row.notes} briefjes, {row.dots} stippen"
        print(f"  - {row.period}: {counts}")
    for item in summary.boards:
        print(f"\n{item.board_title} ({item.board_id}): {item.sessions} sessies, {item.schools} scholen")
        if item.processes is not None:
            kinds = item.processes.kinds
            if item.processes.suggestion:
                print(f"  {SUGGESTION_PREFIX}{item.processes.suggestion}")
            for row in item.processes.processes.head(top).itertuples():
                print(
                    f"  {row.rank}. {row.zone_label}: {row.burden} {kinds.burden.label}, "
                    f"{row.positive} {kinds.positive.label}"
                )
        else:
            busiest = item.zones.sort_values("total", ascending=False, kind="stable").head(top)
            for row in busiest.itertuples():
                if row.total:
                    print(
                        f"  - {row.zone_label} ({row.measure}): totaal {row.total}, "
                        f"gemiddeld {format_number(row.mean)} per sessie"
                    )


def _chosen(args: argparse.Namespace) -> tuple[bool, object]:
    """(summary?, what): the summary of an archive filter or of the given sessions, or the loaded
    sessions for an analysis per session."""
    filtered = has_filter(args) or args.all_sessions
    if args.sessions and filtered:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "geef sessies op óf kies ze met filters (--school, --board, … of --all), niet allebei"
                )
            )
        )
    if not args.sessions and not filtered:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "geef sessies op (bestanden of archief-id's), of kies ze uit het archief met --school, --board, "
                    "--method, --step, --from, --to, --search of --all",
                )
            )
        )
    if args.summary and args.per_session:
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "--summary en --per-session gaan niet samen; kies er één"))
        )
    if args.sessions:
        sessions = load_sessions(args.sessions, args.archive)
        if args.summary:
            from boards.archive.aggregate import summarise_sessions

            return True, summarise_sessions(sessions)
        return False, sessions
    selection = selection_from_args(args)
    with open_archive(args) as archive:
        if not args.per_session:
            return True, archive.summary(selection)
        return False, [archive.get(summary.id) for summary in reversed(archive.list(selection))]


def _analyse(args: argparse.Namespace) -> int:
    summary_mode, chosen = _chosen(args)
    if summary_mode:
        from boards.analysis.summary import summary_to_dict

        if args.xlsx:
            from boards.analysis.excel import write_summary_workbook

            write_summary_workbook(chosen, args.xlsx)
            if not args.json:
                print(f"Werkboek geschreven: {args.xlsx}")
        if args.json:
            print_json(summary_to_dict(chosen))
        elif not args.xlsx:
            _print_summary(chosen)
        return 0
    if not chosen:
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "geen sessies gevonden met deze filters")))
    analysis = analyse(chosen)
    if args.xlsx:
        from boards.analysis.excel import write_workbook

        write_workbook(analysis, args.xlsx)
        if not args.json:
            print(f"Werkboek geschreven: {args.xlsx}")
    if args.json:
        print_json(analysis_to_dict(analysis))
    elif not args.xlsx:
        _print_text(analysis)
    return 0


def _report(args: argparse.Namespace) -> int:
    summary_mode, chosen = _chosen(args)
    if summary_mode:
        from printing.summary_report import write_summary_report

        write_summary_report(chosen, args.output, measure=args.measure)
    else:
        if not chosen:
            raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "geen sessies gevonden met deze filters")))
        from printing.report import write_report

        write_report(analyse(chosen), args.output, measure=args.measure)
    print(f"Rapport geschreven: {args.output}")
    return 0


def _selection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sessions", nargs="*", metavar="SESSIE", help="sessiebestand (.bpsessie, .bpbundel) of archief-id"
    )
    add_filter_arguments(parser)
    add_archive_argument(parser)
    parser.add_argument(
        "--summary", action="store_true", help="samenvatting over de sessies (standaard wanneer u filtert)"
    )
    parser.add_argument(
        "--per-session", action="store_true", help="elke sessie apart (standaard bij opgegeven sessies)"
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("analyse", help="tellingen, conclusies en vergelijkingen van sessies")
    _selection_arguments(parser)
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.add_argument("--xlsx", type=Path, metavar="UIT", help="schrijf een Excel-werkboek")
    parser.set_defaults(handler=_analyse)

    parser = subparsers.add_parser("report", help="PDF-rapport van sessies (A4)")
    _selection_arguments(parser)
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="UIT.pdf", help="het PDF-bestand")
    parser.add_argument(
        "--measure",
        metavar="MAAT",
        help="wat het bord in het rapport kleurt: een stipsoort (bijv. werkdruk, werkplezier), notes (briefjes) "
        "of balance (procesplaten: werkplezier min werkdruk); standaard de eerste stipsoort of de briefjes",
    )
    parser.set_defaults(handler=_report)
