"""Spreadsheets as a Dutch school uses them: `;`-separated UTF-8 CSV with a byte-order mark, Dutch values,
typed cells with Dutch formats, printable workbooks; and everything reads back as it was.

Where LibreOffice is installed (CI installs libreoffice-calc-nogui), the files are also opened by it
with a Dutch (nl-NL) profile, the way a school's spreadsheet program shows them.
"""

from __future__ import annotations

import csv
import datetime
import io
import shutil
import subprocess

import openpyxl
import pytest

from boards.analysis import analyse
from boards.analysis.excel import write_workbook
from boards.session import ActionItem, DotCount, Note, NoteSource, Session
from boards.sessionio import export_session, preview_import
from boards.templates import load_template
from tests.support.builders import seed_zelfevaluatie_session


def rich_session() -> Session:
    """Every kind of result a session holds, with links between them and times."""
    session = Session(board=load_template("vsm-schema"), school="OBS Akkrum", date="2019-03-12")
    step = Note("Administratie", zone_id="proceszijde", category="processtap", work_min=5.0, wait_min=2880.0)
    problem = Note(
        "Hoe administreren; “kan dit digitaal?”",
        zone_id="datazijde",
        color="pink",
        category="probleem",
        links={"process_step": step.id},
    )
    idea = Note(
        "Tijd nemen om te noteren",
        zone_id="datazijde",
        color="green",
        category="idee",
        chosen=True,
        links={"problem": problem.id},
        source=NoteSource.PHOTO,
    )
    waiting = Note("Ideeën, nog in te delen", source=NoteSource.CARRIED, work_min=1.5)  # unplaced
    session.results.notes += [step, problem, idea, waiting]
    session.results.actions.append(
        ActionItem(1, "Tijd nemen om bevindingen te noteren", owner="IB'er", due="December", links={"idea": idea.id})
    )
    session.results.respondents[""] = 4
    return session


def _comparable(session: Session) -> dict:
    results = session.results
    return {
        "notes": [
            (n.id, n.zone_id, n.text, n.color, n.source, n.category, n.chosen, n.links, n.work_min, n.wait_min)
            for n in results.notes
        ],
        "dots": results.dots,
        "actions": [(a.nr, a.action, a.owner, a.due, a.done, a.links) for a in results.actions],
        "respondents": results.respondents,
    }


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_reads_back_into_the_same_results(tmp_path, suffix):
    session = rich_session()
    path = tmp_path / f"uit{suffix}"
    export_session(session, path)
    again = Session(board=session.board)
    preview = preview_import(path, session.board, again)
    assert preview.ready, [row.describe() for row in preview.problems()]
    preview.apply(again)
    assert _comparable(again) == _comparable(session)


def test_csv_opens_in_a_dutch_excel(tmp_path):
    session = rich_session()
    path = tmp_path / "uit.csv"
    export_session(session, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark: Excel shows ë and “
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert data.decode("utf-8-sig").splitlines()[0].startswith("soort;zone;zonenaam;tekst;kleur;bron;categorie")
    step, problem, idea, waiting = rows[:4]
    assert (step["kleur"], step["bron"], step["bewerkingstijd (min)"], step["wachttijd (min)"]) == (
        "geel",
        "getypt",
        "5",
        "2880",
    )
    assert (problem["kleur"], problem["bij processtap"], problem["tekst"]) == (
        "roze",
        "Administratie",
        "Hoe administreren; “kan dit digitaal?”",
    )
    assert (idea["kleur"], idea["bron"], idea["gekozen"], idea["bij probleem"]) == (
        "groen",
        "van foto",
        "ja",
        "Hoe administreren; “kan dit digitaal?”",
    )
    assert (waiting["zone"], waiting["bron"], waiting["bewerkingstijd (min)"]) == ("", "meegenomen", "1,5")
    assert rows[4]["soort"] == "respondenten" and rows[4]["aantal"] == "4"
    assert rows[5]["soort"] == "actie" and rows[5]["bij idee"] == "Tijd nemen om te noteren"


def test_old_english_values_and_commas_still_import(tmp_path, procesplaat):
    path = tmp_path / "oud.csv"
    path.write_text(
        "soort,zone,zonenaam,tekst,kleur,bron,stipsoort,aantal\n"
        "notitie,toetsen-afnemen,Toetsen afnemen,Te veel toetsen,pink,imported,,\n"
        "stip,toetsen-afnemen,Toetsen afnemen,,,,werkdruk,5\n",
        encoding="utf-8",
    )
    session = Session(board=procesplaat)
    preview = preview_import(path, procesplaat)
    assert preview.ready
    preview.apply(session)
    assert [(n.text, n.color, n.source) for n in session.results.notes] == [
        ("Te veel toetsen", "pink", NoteSource.IMPORTED)
    ]
    assert session.results.dots == [DotCount("toetsen-afnemen", "werkdruk", 5)]


def test_session_workbook_uses_dutch_values_and_typed_cells(tmp_path):
    path = tmp_path / "uit.xlsx"
    export_session(rich_session(), path)
    book = openpyxl.load_workbook(path)
    notes = book["Notities"]
    header = [cell.value for cell in notes[1]]
    first = notes[2]
    assert first[header.index("kleur")].value == "geel" and first[header.index("bron")].value == "getypt"
    work = first[header.index("bewerkingstijd (min)")]
    assert work.value == 5 and work.data_type == "n"
    assert book["Respondenten"]["C2"].value == 4
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.print_title_rows == "$1:$1"
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert notes.page_setup.orientation == "landscape"  # twelve columns
    details = {row[0].value: row[1] for row in book["Sessie"].iter_rows(min_row=2)}
    assert details["Datum"].value == datetime.datetime(2019, 3, 12) and details["Datum"].number_format == "DD-MM-YYYY"
    assert book["Sessie"].page_setup.orientation == "portrait"


def test_analysis_workbook_prints_and_types_its_cells(tmp_path, procesplaat):
    from tests.support.builders import borgstee_procesplaat_session

    path = tmp_path / "analyse.xlsx"
    write_workbook(analyse([borgstee_procesplaat_session(procesplaat), seed_zelfevaluatie_session()]), path)
    book = openpyxl.load_workbook(path)
    sessions = book["Sessies"]
    header = [cell.value for cell in sessions[1]]
    date = sessions.cell(row=2, column=header.index("Datum") + 1)
    assert date.value == datetime.datetime(2019, 3, 12) and date.number_format == "DD-MM-YYYY"
    groups = book["Procesplaat groepen"]
    header = [cell.value for cell in groups[1]]
    share = groups.cell(row=2, column=header.index("Aandeel werkdruk (%)") + 1)
    assert share.data_type == "n" and share.number_format == "0.0%" and 0 <= share.value <= 1
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.print_title_rows == "$1:$1"
        assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4) and sheet.page_setup.fitToHeight == 0
    assert book["Briefjes"].page_setup.orientation == "landscape"


# --- LibreOffice, with a Dutch profile -----------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

DUTCH_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value>
</prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
</oor:items>
"""


def _libreoffice(tmp_path, source, target: str, infilter: str | None = None) -> None:
    profile = tmp_path / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(DUTCH_PROFILE, encoding="utf-8")
    command = [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target, "--outdir", str(tmp_path / "lo"), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


@needs_libreoffice
def test_libreoffice_shows_the_analysis_the_dutch_way(tmp_path, procesplaat):
    from tests.support.builders import borgstee_procesplaat_session

    path = tmp_path / "analyse.xlsx"
    write_workbook(analyse([borgstee_procesplaat_session(procesplaat), seed_zelfevaluatie_session()]), path)
    # Every sheet as shown on screen: ; between the cells, UTF-8, "save cell contents as shown".
    _libreoffice(tmp_path, path, "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1")
    shown = {file.stem.split("-", 1)[1]: file.read_text(encoding="utf-8") for file in (tmp_path / "lo").glob("*.csv")}
    answers = list(csv.reader(io.StringIO(shown["Vragenlijst antwoorden"]), delimiter=";"))
    column = answers[0].index("Percentage (%)")
    assert [row[column] for row in answers[1:6]] == ["0,0%", "0,0%", "11,1%", "66,7%", "22,2%"]
    sessions = list(csv.reader(io.StringIO(shown["Sessies"]), delimiter=";"))
    assert sessions[1][sessions[0].index("Datum")] == "12-03-2019"


@needs_libreoffice
def test_libreoffice_reads_the_csv_into_columns(tmp_path):
    session = rich_session()
    path = tmp_path / "uit.csv"
    export_session(session, path)
    # What a Dutch Excel does on a double click: ; as separator, UTF-8 (the byte-order mark says so).
    _libreoffice(tmp_path, path, "xlsx", infilter="CSV:59,34,76,1")
    sheet = openpyxl.load_workbook(tmp_path / "lo" / "uit.xlsx").active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:5] == ["soort", "zone", "zonenaam", "tekst", "kleur"]
    assert rows[2][3] == "Hoe administreren; “kan dit digitaal?”" and rows[2][4] == "roze"
    assert rows[4][3] == "Ideeën, nog in te delen"
    # The spreadsheet program's own file reads back into the same results.
    again = Session(board=load_template("vsm-schema"))
    preview = preview_import(tmp_path / "lo" / "uit.xlsx", again.board, again)
    assert preview.ready, [row.describe() for row in preview.problems()]
    preview.apply(again)
    assert _comparable(again) == _comparable(session)
