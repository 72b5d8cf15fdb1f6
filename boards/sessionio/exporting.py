"""Exporting a session's results: CSV (re-importable), Excel (a sheet per table), JSON."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from boards.errors import InvalidArgumentError, problem
from boards.fileformat import SESSION_SUFFIX, atomic_write_bytes, atomic_write_text, dumps_session
from boards.i18n import QT_TRANSLATE_NOOP
from boards.session import Session
from boards.spreadsheets import csv_safe, text_cells_only, xlsx_safe

NOTE_COLUMNS = ["zone", "zonenaam", "tekst", "kleur", "bron"]
DOT_COLUMNS = ["zone", "zonenaam", "stipsoort", "aantal"]
ACTION_COLUMNS = [
    "Nr.",
    "Concreet actiepunt",
    "Initiatiefnemer",
    "Tijdpad",
    "Impact",
    "Werkbelasting",
    "To do's",
    "Gedaan",
]
CSV_COLUMNS = ["soort", "zone", "zonenaam", "tekst", "kleur", "stipsoort", "aantal", *ACTION_COLUMNS]

SHEET_NOTES = "Notities"
SHEET_DOTS = "Stippen"
SHEET_ACTIONS = "Actiepunten"
SHEET_SESSION = "Sessie"


def _zone_label(session: Session, zone_id: str | None) -> str:
    zone = session.board.zone(zone_id) if zone_id else None
    return zone.label if zone else ""


def notes_table(session: Session) -> pd.DataFrame:
    rows = [
        [note.zone_id or "", _zone_label(session, note.zone_id), note.text, note.color, note.source.value]
        for note in session.results.notes
    ]
    return pd.DataFrame(rows, columns=NOTE_COLUMNS, dtype=object)


def dots_table(session: Session) -> pd.DataFrame:
    rows = [[dot.zone_id, _zone_label(session, dot.zone_id), dot.kind, dot.count] for dot in session.results.dots]
    return pd.DataFrame(rows, columns=DOT_COLUMNS, dtype=object)


def actions_table(session: Session) -> pd.DataFrame:
    rows = [
        [a.nr, a.action, a.owner, a.due, a.impact, a.workload, a.todos, "ja" if a.done else ""]
        for a in session.results.actions
    ]
    return pd.DataFrame(rows, columns=ACTION_COLUMNS, dtype=object)


def session_table(session: Session) -> pd.DataFrame:
    rows = [
        ("School", session.school),
        ("Team", session.team),
        ("Datum", session.date),
        ("Begeleider", session.facilitator),
        ("Methode", session.method or ""),
        ("Stap", session.step or ""),
        ("Onderwerp", session.topic),
        ("Code", session.code),
        ("Bord", f"{session.board.title} ({session.board.id}, versie {session.board.version})"),
        ("Deelnemers", ", ".join(session.participants)),
        ("Opmerkingen", session.remarks),
        ("Sessie-id", session.id),
    ]
    return pd.DataFrame(rows, columns=["Veld", "Waarde"], dtype=object)


def combined_table(session: Session) -> pd.DataFrame:
    """All results in one table with a ``soort`` column: the CSV export, importable again."""
    rows: list[dict[str, object]] = []
    for note in session.results.notes:
        rows.append(
            {
                "soort": "notitie",
                "zone": note.zone_id or "",
                "zonenaam": _zone_label(session, note.zone_id),
                "tekst": note.text,
                "kleur": note.color,
            }
        )
    for dot in session.results.dots:
        rows.append(
            {
                "soort": "stip",
                "zone": dot.zone_id,
                "zonenaam": _zone_label(session, dot.zone_id),
                "stipsoort": dot.kind,
                "aantal": dot.count,
            }
        )
    for action in session.results.actions:
        rows.append(
            {
                "soort": "actie",
                "Nr.": action.nr,
                "Concreet actiepunt": action.action,
                "Initiatiefnemer": action.owner,
                "Tijdpad": action.due,
                "Impact": action.impact,
                "Werkbelasting": action.workload,
                "To do's": action.todos,
                "Gedaan": "ja" if action.done else "",
            }
        )
    return pd.DataFrame(rows, columns=CSV_COLUMNS, dtype=object).fillna("")


def csv_text(session: Session) -> str:
    """The combined table as CSV, every text cell made safe for spreadsheet programs (:mod:`boards.spreadsheets`)."""
    return combined_table(session).map(csv_safe).to_csv(index=False, lineterminator="\n")


def xlsx_bytes(session: Session) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in (
            (SHEET_NOTES, notes_table(session)),
            (SHEET_DOTS, dots_table(session)),
            (SHEET_ACTIONS, actions_table(session)),
            (SHEET_SESSION, session_table(session)),
        ):
            frame = frame.map(xlsx_safe)
            frame.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            text_cells_only(sheet)  # a note "=HYPERLINK(…)" is text, never a formula
            for index, column in enumerate(frame.columns):
                width = max([len(str(column))] + [len(str(value)) for value in frame[column]]) + 2
                sheet.column_dimensions[sheet.cell(row=1, column=index + 1).column_letter].width = min(width, 80)
    return buffer.getvalue()


def export_csv(session: Session, path: Path | str) -> None:
    # UTF-8 with a byte-order mark, so Excel shows ë and é correctly.
    atomic_write_bytes(path, csv_text(session).encode("utf-8-sig"))


def export_xlsx(session: Session, path: Path | str) -> None:
    atomic_write_bytes(path, xlsx_bytes(session))


def export_json(session: Session, path: Path | str) -> None:
    atomic_write_text(path, dumps_session(session))


EXPORTERS = {".csv": export_csv, ".xlsx": export_xlsx, ".json": export_json, SESSION_SUFFIX: export_json}


def export_session(session: Session, path: Path | str) -> str:
    """Export by the file's suffix; returns the format used (``csv``, ``xlsx``, ``json``)."""
    suffix = Path(path).suffix.lower()
    exporter = EXPORTERS.get(suffix)
    if exporter is None:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "{file}: onbekend exportformaat '{suffix}'; kies .csv, .xlsx, .json of {session}"
                ),
                file=str(path),
                suffix=suffix or "(geen extensie)",
                session=SESSION_SUFFIX,
            )
        )
    exporter(session, path)
    return "json" if suffix == SESSION_SUFFIX else suffix.lstrip(".")
