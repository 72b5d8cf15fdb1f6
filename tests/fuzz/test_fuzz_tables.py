"""Fuzzing CSV and Excel files for ``import-results``, and the promise that a CSV or Excel export reads
back as written, whatever the notes say (formulas included)."""

from __future__ import annotations

import csv
import io

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from boards.errors import BruinpapierError
from boards.fileformat import save_session
from boards.session import ActionItem, Note
from boards.sessionio import export_session, preview_import
from boards.sessionio.tables import COLUMN_ALIASES
from boards.spreadsheets import xlsx_safe
from boards.templates import load_template
from boards.workspace import new_session
from tests.fuzz.conftest import examples
from tests.support.cli_run import assert_clean, no_hang, run_cli

BOARD = load_template("problemen-lokaliseren")
ZONES = [zone.id for zone in BOARD.zones]
HEADERS = st.sampled_from([alias for aliases in COLUMN_ALIASES.values() for alias in aliases]) | st.text(max_size=12)
CELLS = (
    st.sampled_from(["notitie", "stip", "actie", "ja", "nee", "", "-3", "1e999", "NaN", "=1+1", "'=x", "@A1"])
    | st.sampled_from(ZONES)
    | st.text(max_size=40)
)


@st.composite
def tables(draw) -> list[list[str]]:
    headers = draw(st.lists(HEADERS, min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(headers) + 2), max_size=12))
    return [headers, *rows]


def _csv(table: list[list[str]], delimiter: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(table)
    return buffer.getvalue().encode("utf-8")


@st.composite
def csv_files(draw) -> bytes:
    kind = draw(st.sampled_from(["table", "table", "table", "bytes", "cut"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    data = _csv(draw(tables()), draw(st.sampled_from([",", ";", "\t"])))
    if kind == "cut":
        return data[: draw(st.integers(0, len(data)))]
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    return data


def _xlsx(table: list[list[str]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in table:
        sheet.append([xlsx_safe(value if not value.startswith("=") else f"'{value}") for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


VALID_XLSX = _xlsx([["soort", "zone", "tekst"], ["notitie", ZONES[0], "Meer rust"]])


@st.composite
def xlsx_files(draw) -> bytes:
    kind = draw(st.sampled_from(["table", "table", "flip", "cut", "bytes"]))
    if kind == "table":
        return _xlsx(draw(tables()))
    if kind == "bytes":
        return b"PK\x03\x04" + draw(st.binary(max_size=300))
    if kind == "cut":
        return VALID_XLSX[: draw(st.integers(0, len(VALID_XLSX)))]
    data = bytearray(VALID_XLSX)
    for _ in range(draw(st.integers(1, 8))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


def _preview(path) -> None:
    with no_hang(30):
        try:
            preview = preview_import(path, BOARD)
        except BruinpapierError as error:
            assert str(path) in str(error)
            return
    preview.counts()
    for row in preview.problems():
        assert str(row.reason)


@settings(max_examples=examples(120))
@given(data=csv_files())
def test_csv_files_are_read_or_refused_cleanly(tmp_path, data):
    path = tmp_path / "r.csv"
    path.write_bytes(data)
    _preview(path)


@settings(max_examples=examples(60))
@given(data=xlsx_files())
def test_xlsx_files_are_read_or_refused_cleanly(tmp_path, data):
    path = tmp_path / "r.xlsx"
    path.write_bytes(data)
    _preview(path)


@settings(max_examples=examples(30))
@given(data=st.one_of(csv_files(), xlsx_files()), suffix=st.sampled_from([".csv", ".xlsx", ".txt", ".xls", ""]))
def test_import_results_on_the_command_line(tmp_path, data, suffix):
    session = tmp_path / "s.bpsessie"
    if not session.exists():
        save_session(new_session(BOARD), session)
    path = tmp_path / f"r{suffix}"
    path.write_bytes(data)
    assert_clean(*run_cli("session", "import-results", session, path, "--skip-bad"))


# Text a person may type on a note: anything printable, formulas and quotes included; the import trims
# spaces around a cell, so the texts have none.
NOTE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
    min_size=1,
    max_size=40,
).map(str.strip).filter(bool) | st.sampled_from(
    ['=HYPERLINK("http://x")', "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "'=x", "''+y", "'", "'gewoon"]
)


@settings(max_examples=examples(60))
@given(texts=st.lists(NOTE_TEXT, min_size=1, max_size=6), owner=NOTE_TEXT, suffix=st.sampled_from([".csv", ".xlsx"]))
def test_an_export_reads_back_as_written(tmp_path, texts, owner, suffix):
    session = new_session(BOARD)
    session.results.notes = [Note(text, ZONES[index % len(ZONES)]) for index, text in enumerate(texts)]
    session.results.actions = [ActionItem(1, texts[0], owner=owner)]
    path = tmp_path / f"uit{suffix}"
    export_session(session, path)
    preview = preview_import(path, BOARD)
    assert preview.problems() == []
    again = new_session(BOARD)
    preview.apply(again)
    assert [(note.text, note.zone_id) for note in again.results.notes] == [
        (note.text, note.zone_id) for note in session.results.notes
    ]
    assert [(action.action, action.owner) for action in again.results.actions] == [(texts[0], owner)]
