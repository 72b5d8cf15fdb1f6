"""Exporting a session's results: CSV (re-importable), Excel (a sheet per table), JSON.

Both spreadsheets use the Dutch values the analysis workbook uses (``geel``,
``geïmporteerd``, the dot kind's label) and read back into the same results:
the importer takes these values as well as the older English ones (``yellow``,
``imported``). The CSV is what a Dutch Excel opens with a double click: fields
separated by ``;``, decimal commas, UTF-8 with a byte-order mark.
"""

from __future__ import annotations

import datetime
import io
from collections import Counter
from pathlib import Path

import pandas as pd

from boards.colors import NOTE_COLORS
from boards.errors import InvalidArgumentError, problem
from boards.fileformat import SESSION_SUFFIX, atomic_write_bytes, atomic_write_text, dumps_session
from boards.i18n import QT_TRANSLATE_NOOP
from boards.session import ALL_QUESTIONS, NOTE_SOURCE_LABELS, ActionItem, Note, Session, is_session_date
from boards.sessionio.preview import ALL_QUESTIONS_LABEL
from boards.spreadsheets import csv_safe
from boards.workbooks import write_sheet

#: Columns of a note: where it is, what it says, and what the method does with it.
NOTE_COLUMNS = [
    "zone",
    "zonenaam",
    "tekst",
    "kleur",
    "bron",
    "categorie",
    "gekozen",
    "bij probleem",
    "bij processtap",
    "bewerkingstijd (min)",
    "wachttijd (min)",
    "id",
]
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
    "bij idee",
]
RESPONDENT_COLUMNS = ["zone", "zonenaam", "aantal"]
CSV_COLUMNS = list(dict.fromkeys(["soort", *NOTE_COLUMNS, "stipsoort", "aantal", *ACTION_COLUMNS]))
#: The link a reference column writes (see ``boards.sessionio.preview``).
REFERENCE_LINKS = {"bij probleem": "problem", "bij processtap": "process_step", "bij idee": "idea"}

SHEET_NOTES = "Notities"
SHEET_DOTS = "Stippen"
SHEET_ACTIONS = "Actiepunten"
SHEET_RESPONDENTS = "Respondenten"
SHEET_SESSION = "Sessie"

_COLOR_LABELS = {color.id: color.label for color in NOTE_COLORS}


def _zone_label(session: Session, zone_id: str | None) -> str:
    zone = session.board.zone(zone_id) if zone_id else None
    return zone.label if zone else ""


def _kind_label(session: Session, zone_id: str, kind: str) -> str:
    zone = session.board.zone(zone_id)
    found = zone.holds.dot_kind(kind) if zone else None
    return found.label if found else kind


def _question_label(session: Session, question_id: str) -> str:
    if question_id == ALL_QUESTIONS:
        return ALL_QUESTIONS_LABEL
    group = session.board.group(question_id)
    return group.label if group else _zone_label(session, question_id)


class _References:
    """How a link is written: the linked note's text when that names one note of the session, else its id."""

    def __init__(self, session: Session) -> None:
        self.notes = {note.id: note for note in session.results.notes}
        self.texts = Counter(note.text.strip().casefold() for note in session.results.notes)

    def __call__(self, item: Note | ActionItem, column: str) -> str:
        target = item.links.get(REFERENCE_LINKS[column], "")
        note = self.notes.get(target)
        if note is not None and self.texts[note.text.strip().casefold()] == 1:
            return note.text
        return target


def _note_row(session: Session, note: Note, reference: _References) -> dict[str, object]:
    return {
        "zone": note.zone_id or "",
        "zonenaam": _zone_label(session, note.zone_id),
        "tekst": note.text,
        "kleur": _COLOR_LABELS.get(note.color, note.color),
        "bron": NOTE_SOURCE_LABELS.get(note.source, note.source.value),
        "categorie": note.category,
        "gekozen": "ja" if note.chosen else "",
        "bij probleem": reference(note, "bij probleem"),
        "bij processtap": reference(note, "bij processtap"),
        "bewerkingstijd (min)": note.work_min,
        "wachttijd (min)": note.wait_min,
        "id": note.id,
    }


def _action_row(action: ActionItem, reference: _References) -> dict[str, object]:
    return {
        "Nr.": action.nr,
        "Concreet actiepunt": action.action,
        "Initiatiefnemer": action.owner,
        "Tijdpad": action.due,
        "Impact": action.impact,
        "Werkbelasting": action.workload,
        "To do's": action.todos,
        "Gedaan": "ja" if action.done else "",
        "bij idee": reference(action, "bij idee"),
    }


def notes_table(session: Session) -> pd.DataFrame:
    reference = _References(session)
    rows = [_note_row(session, note, reference) for note in session.results.notes]
    frame = pd.DataFrame(rows, columns=NOTE_COLUMNS)
    for column in ("bewerkingstijd (min)", "wachttijd (min)"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame


def dots_table(session: Session) -> pd.DataFrame:
    rows = [
        [dot.zone_id, _zone_label(session, dot.zone_id), _kind_label(session, dot.zone_id, dot.kind), dot.count]
        for dot in session.results.dots
    ]
    return pd.DataFrame(rows, columns=DOT_COLUMNS).astype({"aantal": "int64"})


def actions_table(session: Session) -> pd.DataFrame:
    reference = _References(session)
    frame = pd.DataFrame([_action_row(action, reference) for action in session.results.actions], columns=ACTION_COLUMNS)
    return frame.astype({"Nr.": "int64"})


def respondents_table(session: Session) -> pd.DataFrame:
    rows = [[key, _question_label(session, key), count] for key, count in sorted(session.results.respondents.items())]
    return pd.DataFrame(rows, columns=RESPONDENT_COLUMNS).astype({"aantal": "int64"})


def session_table(session: Session) -> pd.DataFrame:
    rows = [
        ("School", session.school),
        ("Team", session.team),
        ("Datum", datetime.date.fromisoformat(session.date) if is_session_date(session.date) else session.date),
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
    reference = _References(session)
    rows: list[dict[str, object]] = []
    for note in session.results.notes:
        rows.append({"soort": "notitie", **_note_row(session, note, reference)})
    for dot in session.results.dots:
        rows.append(
            {
                "soort": "stip",
                "zone": dot.zone_id,
                "zonenaam": _zone_label(session, dot.zone_id),
                "stipsoort": _kind_label(session, dot.zone_id, dot.kind),
                "aantal": dot.count,
            }
        )
    for key, count in sorted(session.results.respondents.items()):
        rows.append({"soort": "respondenten", "zone": key, "zonenaam": _question_label(session, key), "aantal": count})
    for action in session.results.actions:
        rows.append({"soort": "actie", **_action_row(action, reference)})
    return pd.DataFrame(rows, columns=CSV_COLUMNS, dtype=object)


def _csv_cell(value: object) -> object:
    """Empty for missing values; numbers with a decimal comma, as a Dutch spreadsheet reads them."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".").replace(".", ",")
    return value


def csv_text(session: Session) -> str:
    """The combined table as CSV: ``;`` between the cells, decimal commas, every text cell made safe for
    spreadsheet programs (:mod:`boards.spreadsheets`)."""
    return combined_table(session).map(csv_safe).map(_csv_cell).to_csv(index=False, sep=";", lineterminator="\r\n")


def xlsx_bytes(session: Session) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in (
            (SHEET_NOTES, notes_table(session)),
            (SHEET_DOTS, dots_table(session)),
            (SHEET_ACTIONS, actions_table(session)),
            (SHEET_RESPONDENTS, respondents_table(session)),
            (SHEET_SESSION, session_table(session)),
        ):
            if name == SHEET_RESPONDENTS and frame.empty:
                continue
            write_sheet(writer, name, frame)  # text cells stay text: a note "=HYPERLINK(…)" is never a formula
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
