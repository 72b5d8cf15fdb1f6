"""``trajectory``: a school's run through a method, step by step, with results carried forward."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from boards.fileformat import load_board, load_session, save_session
from boards.session import Session
from boards.templates import load_template
from boards.trajectory import (
    StepStatus,
    Trajectory,
    add_next_sessions,
    awaiting,
    load_trajectory,
    new_trajectory,
    process_choice,
    save_trajectory,
    trace,
)
from boards.trajectory.links import LINK_ROLES
from boards.wording import count_text
from boards.workspace import record_in_trajectory
from cli.output import print_json


def _session_summary(trajectory: Trajectory, session: Session) -> dict[str, Any]:
    results = session.results
    to_place, to_answer = awaiting(trajectory, session)
    return {
        "id": session.id,
        "board": session.board.id,
        "board_title": session.board.title,
        "topic": session.topic,
        "code": session.code,
        "date": session.date,
        "notes": len(results.notes),
        "dots": sum(dot.count for dot in results.dots),
        "actions": len(results.actions),
        "unplaced": [note.text for note in to_place],
        "unanswered": [note.text for note in to_answer],
    }


def trajectory_summary(trajectory: Trajectory) -> dict[str, Any]:
    """The timeline of a trajectory as plain data (also the ``--json`` output of ``show``)."""
    method = trajectory.method
    upcoming = trajectory.next_board()
    steps = []
    for step in trajectory.steps:
        method_step = method.step(step.step_id)
        steps.append(
            {
                "step": step.step_id,
                "nr": method_step.nr,
                "title": method_step.title,
                "planned_date": step.planned_date,
                "status": trajectory.status(step.step_id).value,
                "boards": list(method_step.boards),
                "sessions": [_session_summary(trajectory, session) for session in step.sessions],
            }
        )
    actions = [
        {
            "session": session.id,
            "nr": action.nr,
            "action": action.action,
            "owner": action.owner,
            "due": action.due,
            "done": action.done,
            "trace": [
                {"role": link.role, "label": LINK_ROLES[link.role], "text": link.text, "board": link.board_title}
                for link in trace(trajectory, action)
            ],
        }
        for session in trajectory.all_sessions()
        for action in session.results.actions
    ]
    return {
        "id": trajectory.id,
        "method": trajectory.method_id,
        "title": method.title,
        "school": trajectory.school,
        "team": trajectory.team,
        "steps": steps,
        "next": None
        if upcoming is None
        else {
            "step": upcoming[0].id,
            "board": upcoming[1],
            "nr": upcoming[0].nr,
            "step_title": upcoming[0].title,
            "board_title": load_template(upcoming[1]).title,
        },
        "actions": actions,
    }


_STATUS_MARK = {StepStatus.DONE.value: "✓", StepStatus.BUSY.value: "…", StepStatus.PLANNED.value: "·"}


def _print_timeline(summary: dict[str, Any]) -> None:
    print(f"{summary['title']} — {summary['school']}" + (f" ({summary['team']})" if summary["team"] else ""))
    for step in summary["steps"]:
        date = f"  gepland {step['planned_date']}" if step["planned_date"] else ""
        print(f" {_STATUS_MARK[step['status']]} stap {step['nr']} {step['title']} [{step['status']}]{date}")
        for session in step["sessions"]:
            topic = f" — {session['topic']}" if session["topic"] else ""
            print(
                f"     {session['code']} {session['board_title']}{topic}: {count_text(session['notes'], 'notitie')}, "
                f"{count_text(session['dots'], 'stip')}, {count_text(session['actions'], 'actiepunt')}  "
                f"(id {session['id']})"
            )
            if session["unplaced"]:
                print(f"       nog in te delen: {count_text(len(session['unplaced']), 'notitie')}")
            if session["unanswered"]:
                print(f"       problemen zonder idee: {'; '.join(session['unanswered'])}")
    upcoming = summary["next"]
    print(
        "Volgende: "
        + (
            f"{upcoming['board_title']} ({upcoming['board']}, stap {upcoming['nr']} {upcoming['step_title']})"
            if upcoming
            else "niets, het traject is klaar"
        )
    )
    if summary["actions"]:
        print("Actiepunten:")
    for action in summary["actions"]:
        chain = " ← ".join(f"{link['label']}: {link['text']}" for link in action["trace"])
        owner = f" [{action['owner']}]" if action["owner"] else " [nog geen initiatiefnemer]"
        print(f"  {action['nr']}. {action['action']}{owner}" + (f"  ← {chain}" if chain else ""))


def _new(args: argparse.Namespace) -> int:
    dates = [date.strip() for date in args.dates.split(",")] if args.dates else []
    trajectory = new_trajectory(
        args.method, args.school, team=args.team, facilitator=args.facilitator, planned_dates=dates
    )
    save_trajectory(trajectory, args.output)
    if args.json:
        print_json(trajectory_summary(trajectory))
    else:
        print(
            f"{args.output}: traject '{trajectory.title}' voor {trajectory.school} aangemaakt "
            f"({len(trajectory.steps)} stappen)"
        )
    return 0


def _show(args: argparse.Namespace) -> int:
    summary = trajectory_summary(load_trajectory(args.file))
    if args.json:
        print_json(summary)
    else:
        _print_timeline(summary)
    return 0


def _next(args: argparse.Namespace) -> int:
    trajectory = load_trajectory(args.file)
    board = load_board(args.board_file) if args.board_file else None
    upcoming = args.board or (board.id if board is not None else None)
    if upcoming is None and trajectory.next_board() is not None:
        upcoming = trajectory.next_board()[1]
    choice = process_choice(trajectory, upcoming) if upcoming else None
    sessions = add_next_sessions(
        trajectory, date=args.date, topic_zone=args.process, board_id=args.board or upcoming, board=board
    )
    if args.pack:
        from printing.sessions_pack import write_sessions_pdf

        write_sessions_pdf(sessions, Path(args.pack), tile=args.tile)
    save_trajectory(trajectory, args.file)
    if args.json:
        report: dict[str, Any] = {"sessions": [_session_summary(trajectory, session) for session in sessions]}
        if choice is not None:
            report["process_choice"] = {
                "suggested": choice.suggested,
                "reason": str(choice.reason()),
                "options": [{"zone_id": o.zone_id, "label": o.label, "count": o.count} for o in choice.options],
            }
        print_json(report)
    else:
        if choice is not None and args.process is None:
            print(f"{choice.reason()} Kies een ander proces met --process (zone-id):")
            print("  " + ", ".join(f"{option.zone_id} ({option.count})" for option in choice.options))
        for session in sessions:
            topic = f" — {session.topic}" if session.topic else ""
            notes = count_text(len(session.results.notes), "meegenomen notitie")
            print(
                f"{session.code} {session.board.title}{topic}: gestart met {notes} en "
                f"{count_text(len(session.results.actions), 'actiepunt')} (id {session.id})"
            )
        if args.pack:
            print(f"{args.pack}: sessiepakket met de meegenomen notities afgedrukt op het bord")
    return 0


def _record(args: argparse.Namespace) -> int:
    session = load_session(args.session)
    record_in_trajectory(session, args.file)
    print(f"{args.file}: resultaten van {session.code or session.id} bewaard")
    return 0


def _export(args: argparse.Namespace) -> int:
    trajectory = load_trajectory(args.file)
    session = trajectory.session(args.session_id)
    if Path(args.output).suffix.lower() in (".csv", ".xlsx"):
        from boards.sessionio import export_session

        export_session(session, args.output)
        print(
            f"{args.output}: de resultaten als tabel, met de meegenomen notities; vul zone, categorie, gekozen en "
            f"'bij probleem' in en lees ze terug met 'trajectory import'"
        )
        return 0
    save_session(session, args.output)
    print(f"{args.output}: sessie bewaard; vul de resultaten in en zet ze terug met 'trajectory record'")
    return 0


def _import(args: argparse.Namespace) -> int:
    """Read a CSV/Excel file into one session of the trajectory: carried notes are placed, not copied."""
    from boards.sessionio import preview_import

    trajectory = load_trajectory(args.file)
    session = trajectory.session(args.session_id)
    others = [note for other in trajectory.all_sessions() if other.id != session.id for note in other.results.notes]
    preview = preview_import(args.table, session.board)
    preview.attach(session, others)
    if args.skip_bad:
        preview.skip_bad()
    problems = preview.problems()
    for row in problems:
        print(f"  {row.describe()}")
    if problems:
        raise preview.refusal()
    summary = preview.apply(session)
    save_trajectory(trajectory, args.file)
    to_place, to_answer = awaiting(trajectory, session)
    if args.json:
        print_json(
            {
                "session": session.id,
                "added": summary.notes,
                "updated": summary.updated,
                "dots": summary.dots,
                "actions": summary.actions,
                "unplaced": [note.text for note in to_place],
                "unanswered": [note.text for note in to_answer],
            }
        )
        return 0
    print(
        f"{args.file}: {session.code or session.id} {session.board.title}: "
        f"{count_text(summary.updated, 'meegenomen notitie')} geplaatst of bijgewerkt, "
        f"{count_text(summary.notes, 'notitie')}, {count_text(summary.dots, 'stiprij')} en "
        f"{count_text(summary.actions, 'actiepunt')} toegevoegd"
    )
    if to_place:
        print(f"  nog in te delen: {'; '.join(note.text for note in to_place)}")
    if to_answer:
        print(f"  problemen zonder idee: {'; '.join(note.text for note in to_answer)}")
    return 0


def _close(args: argparse.Namespace) -> int:
    trajectory = load_trajectory(args.file)
    trajectory.step(trajectory.method.step(args.step).id).done = True
    save_trajectory(trajectory, args.file)
    print(f"{args.file}: stap {args.step} afgerond")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("trajectory", help="trajecten: de stappen van een methode als reeks sessies")
    commands = parser.add_subparsers(dest="trajectory_command", required=True, metavar="OPDRACHT")

    new = commands.add_parser("new", help="nieuw traject voor een school")
    new.add_argument("method", metavar="METHODE")
    new.add_argument("--school", required=True)
    new.add_argument("--team", default="")
    new.add_argument("--facilitator", default="")
    new.add_argument("--dates", default="", help="geplande datums per stap, gescheiden door komma's (JJJJ-MM-DD)")
    new.add_argument("-o", "--output", required=True, metavar="TRAJECT.bptraject")
    new.add_argument("--json", action="store_true")
    new.set_defaults(handler=_new)

    show = commands.add_parser("show", help="tijdlijn: wat is gedaan, wat komt")
    show.add_argument("file", metavar="TRAJECT")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    upcoming = commands.add_parser("next", help="volgende bord starten, voorgevuld met eerdere resultaten")
    upcoming.add_argument("file", metavar="TRAJECT")
    upcoming.add_argument("--date", default=None, help="datum van de sessie (JJJJ-MM-DD); standaard vandaag")
    upcoming.add_argument(
        "--process", default=None, metavar="ZONE_ID", help="gekozen proces (procesplaat); standaard het voorstel"
    )
    upcoming.add_argument("--board", default=None, metavar="SJABLOON", help="dit bord van een open stap starten")
    upcoming.add_argument(
        "--board-file",
        default=None,
        metavar="BORD",
        help="een bewerkte versie van het bord gebruiken (bordbestand) in plaats van het sjabloon",
    )
    upcoming.add_argument("--pack", default=None, metavar="UIT.pdf", help="sessiepakket afdrukken")
    upcoming.add_argument("--tile", default=None, choices=["A4", "A3"], help="pakket in tegels afdrukken")
    upcoming.add_argument("--json", action="store_true")
    upcoming.set_defaults(handler=_next)

    record = commands.add_parser("record", help="ingevulde sessie terugzetten in het traject")
    record.add_argument("file", metavar="TRAJECT")
    record.add_argument("session", metavar="SESSIE.bpsessie")
    record.set_defaults(handler=_record)

    export = commands.add_parser(
        "session", help="één sessie van het traject als sessiebestand (of als tabel: .csv, .xlsx) bewaren"
    )
    export.add_argument("file", metavar="TRAJECT")
    export.add_argument("session_id", metavar="SESSIE_ID")
    export.add_argument("-o", "--output", required=True, metavar="SESSIE.bpsessie|.csv|.xlsx")
    export.set_defaults(handler=_export)

    table = commands.add_parser(
        "import", help="resultaten uit CSV/Excel in een sessie van het traject; meegenomen notities worden geplaatst"
    )
    table.add_argument("file", metavar="TRAJECT")
    table.add_argument("session_id", metavar="SESSIE_ID")
    table.add_argument("table", metavar="BESTAND.csv|xlsx")
    table.add_argument("--skip-bad", action="store_true", help="foute rijen overslaan in plaats van weigeren")
    table.add_argument("--json", action="store_true")
    table.set_defaults(handler=_import)

    close = commands.add_parser("close", help="een stap afronden")
    close.add_argument("file", metavar="TRAJECT")
    close.add_argument("step", metavar="STAP")
    close.set_defaults(handler=_close)
