"""``analyse`` and ``report``: what the boards of one or more sessions say."""

from __future__ import annotations

import argparse
from pathlib import Path

from boards.analysis import analyse, analysis_to_dict
from boards.analysis.dutch import format_number, format_signed
from boards.analysis.overview import Analysis
from boards.analysis.scales import SCALE
from boards.wording import count_text
from cli.output import print_json
from cli.session_refs import load_sessions


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


def _analyse(args: argparse.Namespace) -> int:
    analysis = analyse(load_sessions(args.sessions))
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
    from printing.report import write_report

    analysis = analyse(load_sessions(args.sessions))
    write_report(analysis, args.output, measure=args.measure)
    print(f"Rapport geschreven: {args.output}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("analyse", help="tellingen, conclusies en vergelijkingen van sessies")
    parser.add_argument("sessions", nargs="+", metavar="SESSIE", help="sessiebestand (.bpsessie)")
    parser.add_argument("--json", action="store_true", help="als JSON")
    parser.add_argument("--xlsx", type=Path, metavar="UIT", help="schrijf een Excel-werkboek")
    parser.set_defaults(handler=_analyse)

    parser = subparsers.add_parser("report", help="PDF-rapport van sessies (A4)")
    parser.add_argument("sessions", nargs="+", metavar="SESSIE", help="sessiebestand (.bpsessie)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="UIT.pdf", help="het PDF-bestand")
    parser.add_argument(
        "--measure",
        metavar="MAAT",
        help="wat het bord in het rapport kleurt: een stipsoort (bijv. werkdruk, werkplezier), notes (briefjes) "
        "of balance (procesplaten: werkplezier min werkdruk); standaard de eerste stipsoort of de briefjes",
    )
    parser.set_defaults(handler=_report)
