"""Importing results from CSV/Excel through a preview, and exporting them again."""

from __future__ import annotations

import json

import openpyxl
import pytest

from boards.errors import BoardFileError, InvalidArgumentError
from boards.merging import Keep, Part
from boards.session import DotCount, Note, NoteSource, Session
from boards.sessionio import RowKind, RowStatus, export_session, normalise, preview_import, read_table
from boards.sessionio.exporting import combined_table
from boards.templates import load_template
from tests.support.builders import newer_zip_version


def write(path, text: str, encoding: str = "utf-8"):
    path.write_text(text, encoding=encoding)
    return path


@pytest.fixture
def session(procesplaat):
    return Session(board=procesplaat, school="OBS Akkrum", date="2019-02-14")


def test_normalise_ignores_case_accents_and_spaces():
    assert normalise("  Ideeën   GENEREREN ") == "ideeen genereren"
    assert normalise("Evaluatie/Reflectie") == normalise("evaluatie/reflectie")


def test_dots_by_label_and_id_case_and_accent_insensitive(tmp_path, procesplaat, session):
    csv = write(
        tmp_path / "stippen.csv",
        (
            "soort,zone,stipsoort,aantal\n"
            "stip,TOETSEN AFNEMEN,werkdruk,4\n"
            "stip,toetsen-afnemen,Werkplezier,2\n"
            "dot,Huiswerk/toetsen nakijken,werkdruk,7\n"
            "stip,Huiswerk/toetsen nakijken,werkdruk,1\n"
        ),
    )
    preview = preview_import(csv, procesplaat)
    assert preview.ready and preview.counts()["dots"] == 4
    summary = preview.apply(session)
    assert summary.dots == 4
    assert session.results.dot_count("toetsen-afnemen", "werkdruk") == 4
    assert session.results.dot_count("toetsen-afnemen", "werkplezier") == 2
    assert session.results.dot_count("huiswerk-toetsen-nakijken", "werkdruk") == 8  # two rows added up


def test_an_imported_count_replaces_a_typed_one_only_when_chosen(tmp_path, procesplaat, session):
    session.results.set_dot_count("toetsen-afnemen", "werkdruk", 3)
    session.results.notes.append(Note("Getypt", "toetsen-afnemen"))
    csv = write(
        tmp_path / "nul.csv",
        "soort,zone,stipsoort,aantal,tekst\nstip,Toetsen afnemen,werkdruk,0,\nnotitie,Toetsen afnemen,,,Uit bestand\n",
    )
    preview = preview_import(csv, procesplaat)
    summary = preview.apply(session)  # by default what the session holds stays
    assert session.results.dot_count("toetsen-afnemen", "werkdruk") == 3
    assert [note.text for note in session.results.notes] == ["Getypt"]
    assert (summary.dots, summary.notes, summary.kept, summary.left_out) == (0, 0, 2, 2)
    plan = preview.plan(session)
    assert [(zone.label, part.value) for zone, part in plan.conflicts()] == [
        ("Toetsen afnemen", "dots"),
        ("Toetsen afnemen", "notes"),
    ]
    plan.choose("toetsen-afnemen", Part.DOTS, Keep.INCOMING)  # an imported zero clears the count
    plan.choose("toetsen-afnemen", Part.NOTES, Keep.BOTH)
    summary = preview.apply(session, plan)
    assert session.results.dot_count("toetsen-afnemen", "werkdruk") == 0
    assert session.results.dots == []  # no dots is no entry, as when typed
    assert [note.text for note in session.results.notes] == ["Getypt", "Uit bestand"]
    assert (summary.dots, summary.notes, summary.kept) == (1, 1, 0)


def test_semicolon_csv_in_windows_encoding_with_accented_label(tmp_path):
    board = load_template("ideeen-genereren")
    csv = tmp_path / "ideeen.csv"
    csv.write_bytes("soort;zone;tekst\nnotitie;Organisatie;Één idee\n".encode("cp1252"))
    preview = preview_import(csv, board)
    assert preview.ready
    target = Session(board=board)
    preview.apply(target)
    assert [(n.zone_id, n.text, n.source) for n in target.results.notes] == [
        ("organisatie", "Één idee", NoteSource.IMPORTED)
    ]


def test_windows_csv_with_crlf_and_a_cell_of_two_lines(tmp_path):
    """Excel on Windows ("CSV UTF-8"): a byte-order mark, semicolons, CRLF line ends, also inside a quoted
    cell; the note keeps one line break, as typed in the app."""
    board = load_template("ideeen-genereren")
    csv = tmp_path / "ideeën uit Excel.csv"
    text = 'soort;zone;tekst\r\nnotitie;Organisatie;"Één idee\r\nop twee regels"\r\nnotitie;Organisatie;Tweede\r\n'
    csv.write_bytes(text.encode("utf-8-sig"))
    target = Session(board=board)
    preview_import(csv, board).apply(target)
    assert [n.text for n in target.results.notes] == ["Één idee\nop twee regels", "Tweede"]


def test_preview_marks_unknown_zone_and_bad_values_and_refuses_to_apply(tmp_path, procesplaat, session):
    csv = write(
        tmp_path / "fout.csv",
        (
            "soort,zone,tekst,kleur,stipsoort,aantal\n"
            "notitie,Toetsen afnemen,Te veel toetsen,roze,,\n"
            "notitie,Bestaat niet,Iets,geel,,\n"
            "stip,Toetsen afnemen,,,werkdruk,veel\n"
            "stip,Toetsen afnemen,,,paars,3\n"
            "notitie,Toetsen afnemen,Tekst,paars,,\n"
            "onzin,Toetsen afnemen,Tekst,,,\n"
            "notitie,,Zonder zone,,,\n"
        ),
    )
    preview = preview_import(csv, procesplaat)
    statuses = [row.status for row in preview.rows]
    assert statuses == [
        RowStatus.OK,
        RowStatus.UNKNOWN_ZONE,
        RowStatus.BAD_VALUE,
        RowStatus.BAD_VALUE,
        RowStatus.BAD_VALUE,
        RowStatus.BAD_VALUE,
        RowStatus.UNKNOWN_ZONE,
    ]
    assert "Bestaat niet" in str(preview.rows[1].reason)
    assert "veel" in str(preview.rows[2].reason)
    assert "werkdruk, werkplezier" in str(preview.rows[3].reason)
    assert "paars" in str(preview.rows[4].reason)
    assert preview.rows[1].describe().startswith("rij 3: onbekende zone")
    with pytest.raises(InvalidArgumentError, match="6 rij"):
        preview.apply(session)
    assert session.results.notes == [] and session.results.dots == []  # nothing saved


def test_fix_zone_then_skip_the_rest(tmp_path, procesplaat, session):
    csv = write(
        tmp_path / "fix.csv",
        (
            "soort,zone,tekst\n"
            "notitie,Toets afnemen,Te veel toetsen\n"
            "notitie,Onbekend,Weg ermee\n"
            "notitie,Vergaderingen bijwonen,Lang\n"
        ),
    )
    preview = preview_import(csv, procesplaat)
    assert [row.ok for row in preview.rows] == [False, False, True]
    with pytest.raises(InvalidArgumentError):
        preview.set_zone(0, "bestaat-niet")
    assert preview.set_zone(0, "toetsen-afnemen").ok
    preview.skip(1)
    assert preview.ready
    summary = preview.apply(session)
    assert (summary.notes, summary.skipped) == (2, 1)
    assert [(n.zone_id, n.text) for n in session.results.notes] == [
        ("toetsen-afnemen", "Te veel toetsen"),
        ("vergaderingen-bijwonen", "Lang"),
    ]


def test_set_value_fixes_a_bad_count(tmp_path, procesplaat, session):
    csv = write(tmp_path / "aantal.csv", "soort,zone,stipsoort,aantal\nstip,Toetsen afnemen,werkdruk,-2\n")
    preview = preview_import(csv, procesplaat)
    assert preview.rows[0].status is RowStatus.BAD_VALUE
    assert preview.set_value(0, "aantal", "5").ok
    preview.apply(session)
    assert session.results.dot_count("toetsen-afnemen", "werkdruk") == 5


def test_actions_with_seed_columns(tmp_path, procesplaat, session):
    csv = write(
        tmp_path / "acties.csv",
        (
            "Nr.,Concreet actiepunt,Initiatiefnemer,Tijdpad,Impact,Werkbelasting\n"
            "1,Jaarplanning delen,Directie,December,Hoog,L\n"
            ",Dagelijkse stand-up,Team,Dit schooljaar,Middel,LàJ\n"
            "x,Kapot,,,,\n"
        ),
    )
    preview = preview_import(csv, procesplaat)
    assert [row.kind for row in preview.rows] == [RowKind.ACTION] * 3
    assert preview.rows[2].status is RowStatus.BAD_VALUE
    preview.skip_bad()
    preview.apply(session)
    actions = session.results.actions
    assert [(a.nr, a.action, a.owner, a.due, a.impact, a.workload) for a in actions] == [
        (1, "Jaarplanning delen", "Directie", "December", "Hoog", "L"),
        (2, "Dagelijkse stand-up", "Team", "Dit schooljaar", "Middel", "LàJ"),
    ]


def test_english_headers(tmp_path, procesplaat, session):
    csv = write(tmp_path / "en.csv", "type,zone,text,color\nnote,Toetsen afnemen,Too many tests,blue\n")
    preview = preview_import(csv, procesplaat)
    preview.apply(session)
    assert (session.results.notes[0].text, session.results.notes[0].color) == ("Too many tests", "blue")


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("leeg.csv", "", "leeg"),
        ("kop.csv", "soort,zone,tekst\n", "geen rijen"),
        ("kolommen.csv", "a,b,c\n1,2,3\n", "geen bruikbare kolommen"),
        ("tabel.ods", "soort,zone\n", "onbekend bestandstype"),
        ("oud.xls", "soort,zone\n", ".xls"),
        ("nep.xlsx", "soort,zone,tekst\n", "geen Excel-bestand"),
    ],
)
def test_bad_files_give_dutch_errors_naming_the_file(tmp_path, procesplaat, name, content, expected):
    path = write(tmp_path / name, content)
    with pytest.raises(BoardFileError) as caught:
        preview_import(path, procesplaat)
    assert name in str(caught.value) and expected in str(caught.value)


def test_a_workbook_of_a_newer_zip_version_is_refused_naming_the_file(tmp_path, procesplaat, session):
    path = tmp_path / "nieuw.xlsx"
    export_session(session, path)
    path.write_bytes(newer_zip_version(path.read_bytes()))
    with pytest.raises(BoardFileError, match="niet te lezen") as caught:
        preview_import(path, procesplaat)
    assert "nieuw.xlsx" in str(caught.value)


def test_binary_file_with_csv_suffix(tmp_path, procesplaat):
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    with pytest.raises(BoardFileError, match="geen CSV-bestand"):
        preview_import(path, procesplaat)


def test_missing_file(tmp_path, procesplaat):
    with pytest.raises(BoardFileError, match="bestaat niet"):
        preview_import(tmp_path / "weg.csv", procesplaat)


def _filled(session):
    session.results.notes += [
        Note("Te veel toetsen", "toetsen-afnemen", "pink"),
        Note("Fijn", "kindgesprekken-voeren", "green"),
    ]
    session.results.dots += [
        DotCount("toetsen-afnemen", "werkdruk", 5),
        DotCount("mr-taken-uitvoeren", "werkplezier", 1),
    ]
    from boards.session import ActionItem

    session.results.actions.append(ActionItem(1, "Toetskalender maken", "IB'er", "December", "Hoog", "L"))
    return session


def test_csv_export_imports_again(tmp_path, procesplaat, session):
    _filled(session)
    path = tmp_path / "uit.csv"
    assert export_session(session, path) == "csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    again = Session(board=procesplaat)
    preview = preview_import(path, procesplaat)
    assert preview.ready, [row.describe() for row in preview.problems()]
    preview.apply(again)
    assert [(n.zone_id, n.text, n.color) for n in again.results.notes] == [
        (n.zone_id, n.text, n.color) for n in session.results.notes
    ]
    assert again.results.dots == session.results.dots
    assert [(a.nr, a.action, a.owner, a.due, a.impact, a.workload) for a in again.results.actions] == [
        (1, "Toetskalender maken", "IB'er", "December", "Hoog", "L")
    ]


def test_excel_export_has_one_sheet_per_table_and_imports_again(tmp_path, procesplaat, session):
    _filled(session)
    path = tmp_path / "uit.xlsx"
    export_session(session, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Notities", "Stippen", "Actiepunten", "Sessie"]
    assert [cell.value for cell in workbook["Actiepunten"][1]][:6] == [
        "Nr.",
        "Concreet actiepunt",
        "Initiatiefnemer",
        "Tijdpad",
        "Impact",
        "Werkbelasting",
    ]
    assert workbook["Stippen"]["D2"].value == 5
    assert ["School", "OBS Akkrum"] in [[c.value for c in row] for row in workbook["Sessie"].iter_rows()]
    again = Session(board=procesplaat)
    preview = preview_import(path, procesplaat)
    assert preview.ready and preview.counts() == {
        "notes": 2,
        "dots": 2,
        "actions": 1,
        "respondents": 0,
        "problems": 0,
        "skipped": 0,
    }
    preview.apply(again)
    assert again.results.dots == session.results.dots


def test_json_export_is_a_session_file(tmp_path, session):
    from boards.fileformat import load_session

    _filled(session)
    path = tmp_path / "uit.json"
    export_session(session, path)
    assert json.loads(path.read_text())["format"] == "bruinpapier.session"
    assert load_session(path) == session


def test_unknown_export_format(tmp_path, session):
    with pytest.raises(InvalidArgumentError, match="onbekend exportformaat"):
        export_session(session, tmp_path / "uit.pdf")


def test_combined_table_has_a_row_per_result(session):
    _filled(session)
    assert list(combined_table(session)["soort"]) == ["notitie", "notitie", "stip", "stip", "actie"]


def test_read_table_reports_ignored_columns(tmp_path):
    table = read_table(write(tmp_path / "x.csv", "soort,zone,tekst,opmerking\nnotitie,a,b,c\n"))
    assert table.ignored_columns == ["opmerking"]


def test_excel_export_keeps_text_that_looks_like_a_formula(tmp_path, procesplaat, session):
    session.results.notes.append(Note("=meer tijd voor nakijken", "toetsen-afnemen"))
    path = tmp_path / "formule.xlsx"
    export_session(session, path)
    cell = openpyxl.load_workbook(path)["Notities"]["C2"]
    assert (cell.value, cell.data_type) == ("=meer tijd voor nakijken", "s")
    assert [row.text for row in preview_import(path, procesplaat).rows] == ["=meer tijd voor nakijken"]
