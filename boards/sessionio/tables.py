"""Reading a CSV or Excel file into plain rows with known column names.

The columns people use (Dutch as in the seeds, or English) are mapped to one
canonical name each; columns we do not know are reported and ignored.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from boards.errors import BoardFileError, problem
from boards.fileformat import ZIP_ERRORS, read_user_file
from boards.i18n import QT_TRANSLATE_NOOP
from boards.sessionio.matching import header_key, normalise
from boards.spreadsheets import csv_unquote

MAX_TABLE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
#: An .xlsx file is a zip of XML files; what it unpacks to is checked before Excel's reader sees it
#: (a 4 MB "decompression bomb" unpacks to gigabytes). A workbook of 20,000 rows unpacks to ~20 MB.
MAX_XLSX_UNPACKED = 100 * 1024 * 1024
MAX_XLSX_ENTRIES = 2_000
MAX_XLSX_RATIO = 1_000

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
EXCEL_SUFFIXES = (".xlsx", ".xlsm")

#: canonical column → accepted headers (compared with ``header_key``).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "soort": ("soort", "type", "kind", "rij soort", "row type"),
    "zone": ("zone", "zone id", "zoneid", "vak", "kolom", "kwadrant", "area"),
    "zonenaam": ("zonenaam", "zone naam", "zone label", "zonelabel"),
    "tekst": ("tekst", "text", "notitie", "note", "post it", "idee", "probleem"),
    "kleur": ("kleur", "color", "colour", "note color", "notitiekleur"),
    "stipsoort": ("stipsoort", "stip soort", "soort stip", "dot kind", "dotkind", "dot type"),
    "aantal": ("aantal", "count", "aantal stippen", "stippen", "dots"),
    "nr": ("nr", "nummer", "no"),
    "actie": ("concreet actiepunt", "actiepunt", "action", "action item"),
    "initiatiefnemer": ("initiatiefnemer", "owner", "eigenaar"),
    "tijdpad": ("tijdpad", "due", "deadline", "wanneer"),
    "impact": ("impact",),
    "werkbelasting": ("werkbelasting", "workload"),
    "todos": ("to do s", "to dos", "todos", "to do"),
    "gedaan": ("gedaan", "done", "klaar"),
    "bron": ("bron", "source"),
    "id": ("id", "notitie id", "note id"),
    "categorie": ("categorie", "category", "soort notitie"),
    "gekozen": ("gekozen", "chosen", "keuze"),
    "bij_probleem": ("bij probleem", "antwoord op", "probleem id", "problem"),
    "bij_processtap": ("bij processtap", "processtap", "process step"),
    "bij_idee": ("bij idee", "idee id", "idea"),
    "bewerkingstijd": ("bewerkingstijd", "bewerkingstijd min", "processing time", "work time"),
    "wachttijd": ("wachttijd", "wachttijd min", "waiting time", "wait time"),
}
_ALIAS_TO_COLUMN = {alias: column for column, aliases in COLUMN_ALIASES.items() for alias in aliases}

#: Columns that carry content; a table needs at least one of them.
CONTENT_COLUMNS = ("tekst", "aantal", "actie")

#: Sheet names of our own Excel export → row kind, used when there is no ``soort`` column.
SHEET_KINDS = {
    "notities": "notitie",
    "notes": "notitie",
    "stippen": "stip",
    "dots": "stip",
    "actiepunten": "actie",
    "actions": "actie",
    "respondenten": "respondenten",
}


@dataclass
class SourceRow:
    """One row of the file: where it is and its values by canonical column."""

    line: int  # the spreadsheet's row number (header is row 1)
    sheet: str  # sheet name, empty for CSV
    values: dict[str, str]
    kind_hint: str = ""  # from the sheet name


@dataclass
class Table:
    file: Path
    rows: list[SourceRow] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def column_for(header: str) -> str | None:
    return _ALIAS_TO_COLUMN.get(header_key(header))


def read_table(path: Path | str) -> Table:
    """Read a CSV or .xlsx file; a clear Dutch error for anything else."""
    file = Path(path)
    suffix = file.suffix.lower()
    data = _read_bytes(file)
    if suffix == ".xls":
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "dit is het oude Excel-formaat (.xls); sla het in Excel op als .xlsx of als CSV en probeer opnieuw",
                )
            ),
        )
    if suffix in EXCEL_SUFFIXES:
        frames = _read_excel(file, data)
    elif suffix in CSV_SUFFIXES:
        frames = [("", _read_csv(file, data))]
    else:
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "onbekend bestandstype '{suffix}'; kies een CSV-bestand (.csv) of een Excel-bestand (.xlsx)",
                ),
                suffix=suffix or "(geen extensie)",
            ),
        )
    return _to_table(file, frames)


def _read_bytes(file: Path) -> bytes:
    data = read_user_file(
        file,
        MAX_TABLE_BYTES,
        QT_TRANSLATE_NOOP(
            "errors", "het bestand is te groot ({size} MB; hoogstens {limit} MB); splits het in kleinere bestanden"
        ),
    )
    if not data.strip():
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "het bestand is leeg; vul minstens een kopregel en één rij in (zie de voorbeeld-CSV in de "
                    "handleiding)",
                )
            ),
        )
    return data


def _read_csv(file: Path, data: bytes) -> pd.DataFrame:
    if data.startswith(b"PK\x03\x04"):
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "dit is geen CSV-bestand maar lijkt een Excel-bestand; geef het de extensie .xlsx of sla het op "
                    "als CSV",
                )
            ),
        )
    if b"\x00" in data[:4096]:
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "dit is geen CSV-bestand (het bevat binaire gegevens); sla de tabel op als CSV (UTF-8) of .xlsx",
                )
            ),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    text = one_line_end(text)
    sample = text[:8192]
    try:
        delimiter = csv.Sniffer().sniff(sample.splitlines()[0] if sample else "", delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=True,
            nrows=MAX_ROWS + 1,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError, csv.Error) as error:
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "dit CSV-bestand is niet te lezen ({detail}); controleer scheidingstekens en aanhalingstekens",
                ),
                detail=str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__,
            ),
        ) from None
    # Cells our export quoted against formulas ("'=…") read back as written (boards.spreadsheets).
    return frame.map(lambda value: csv_unquote(value) if isinstance(value, str) else value)


def one_line_end(text: str) -> str:
    """Line breaks as LF only: a CSV from Windows ends its lines with CRLF, also inside a quoted cell of
    several lines (old Macs: CR); a note's text has the same line breaks whichever computer made the
    table. (A workbook needs nothing: its XML reader already turns CR and CRLF into LF.)"""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_excel(file: Path, data: bytes) -> list[tuple[str, pd.DataFrame]]:
    if not data.startswith(b"PK"):
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "dit is geen Excel-bestand (.xlsx); is het een CSV-bestand met de verkeerde extensie?"
                )
            ),
        )
    _check_workbook_zip(file, data)
    try:
        sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, dtype=str, keep_default_na=False, engine="openpyxl")
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds (KeyError, TypeError, XML errors) on a damaged file
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "dit Excel-bestand is niet te lezen ({detail}); open het in Excel en sla het opnieuw op als .xlsx",
                ),
                detail=str(error).strip() or type(error).__name__,
            ),
        ) from None
    return list(sheets.items())


def _check_workbook_zip(file: Path, data: bytes) -> None:
    """Refuse a workbook whose parts unpack to too much (sizes and ratios as the zip declares them; the
    zip reader never gives more than declared), before any XML is parsed."""

    def refuse(text: str, **params: object) -> BoardFileError:
        return BoardFileError(file, "", problem(text, **params))

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as workbook:
            infos = workbook.infolist()
    except ZIP_ERRORS as error:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "dit Excel-bestand is niet te lezen ({detail}); open het in Excel en sla het opnieuw op als .xlsx",
            ),
            detail=str(error).strip() or type(error).__name__,
        ) from None
    if len(infos) > MAX_XLSX_ENTRIES:
        raise refuse(
            QT_TRANSLATE_NOOP("errors", "dit Excel-bestand bestaat uit te veel delen ({count}; hoogstens {limit})"),
            count=len(infos),
            limit=MAX_XLSX_ENTRIES,
        )
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    suspicious = any(
        info.file_size > 1024 * 1024 and info.file_size > MAX_XLSX_RATIO * max(1, info.compress_size) for info in infos
    )
    if total > MAX_XLSX_UNPACKED or suspicious:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "dit Excel-bestand pakt uit tot {size} MB ({packed} MB ingepakt; hoogstens {limit} MB): te groot of "
                "een 'zip-bom'; het is niet geopend. Sla alleen de tabel op als CSV of als een kleiner .xlsx",
            ),
            size=total // (1024 * 1024),
            packed=max(1, packed // (1024 * 1024)),
            limit=MAX_XLSX_UNPACKED // (1024 * 1024),
        )


def _to_table(file: Path, frames: list[tuple[str, pd.DataFrame]]) -> Table:
    table = Table(file)
    usable = 0
    seen_headers: list[str] = []
    for sheet, frame in frames:
        headers = [str(column) for column in frame.columns]
        seen_headers.extend(headers)
        mapping: dict[str, str] = {}
        for header in headers:
            column = column_for(header)
            if column is None:
                if not header.startswith("Unnamed") and header not in table.ignored_columns:
                    table.ignored_columns.append(header)
            elif column not in mapping.values():
                mapping[header] = column
        if not any(column in mapping.values() for column in CONTENT_COLUMNS):
            continue  # e.g. the "Sessie" sheet of our own export
        usable += 1
        kind_hint = SHEET_KINDS.get(normalise(sheet), "")
        for index, record in enumerate(frame.itertuples(index=False, name=None)):
            values = {mapping[header]: _cell(value) for header, value in zip(headers, record) if header in mapping}
            if not any(values.values()):
                continue
            table.rows.append(SourceRow(line=index + 2, sheet=sheet, values=values, kind_hint=kind_hint))
            if len(table.rows) > MAX_ROWS:
                raise BoardFileError(
                    file,
                    "",
                    problem(QT_TRANSLATE_NOOP("errors", "meer dan {limit} rijen; splits het bestand"), limit=MAX_ROWS),
                )
    if usable == 0:
        raise BoardFileError(
            file,
            "",
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "geen bruikbare kolommen gevonden (gevonden: {found}); de kopregel moet minstens 'tekst', "
                    "'aantal' of 'Concreet actiepunt' bevatten, met 'soort' en 'zone' (zie de voorbeeld-CSV in de "
                    "handleiding)",
                ),
                found=", ".join(repr(header) for header in seen_headers[:12]) or "niets",
            ),
        )
    if not table.rows:
        raise BoardFileError(
            file, "", problem(QT_TRANSLATE_NOOP("errors", "het bestand heeft een kopregel maar geen rijen met inhoud"))
        )
    return table


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return str(int(value)) if value.is_integer() else str(value)
    return str(value).strip()
