"""Excel workbook, PDF report and the analyse/report commands, read back."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from boards.analysis import analyse
from boards.analysis.excel import write_workbook
from boards.analysis.report import write_report
from boards.fileformat import save_session
from cli.main import main
from tests.support.builders import (
    actions,
    notes,
    seed_zelfevaluatie_session,
    session_on,
    werkdruk_frequentiematrix,
    with_dots,
)


def _procesplaat_session(procesplaat, date="2019-03-12", school="CBS De Borgstee"):
    session = with_dots(
        session_on(procesplaat, date=date, school=school),
        {
            "rapporten-schrijven": (5, 1),
            "vergaderingen-bijwonen": (4, 0),
            "toetsen-afnemen": (1, 4),
        },
    )
    notes(session, "toetsen-afnemen", 2, color="pink")
    actions(session)
    return session


def _pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


def test_workbook_sheets_read_back(procesplaat, tmp_path):
    later = with_dots(session_on(procesplaat, date="2020-03-10"), {"rapporten-schrijven": (2, 2)})
    analysis = analyse([_procesplaat_session(procesplaat), later, seed_zelfevaluatie_session()])
    path = tmp_path / "analyse.xlsx"
    write_workbook(analysis, path)
    book = load_workbook(path)
    for name in (
        "Sessies",
        "Tellingen per vak",
        "Procesplaat rangorde",
        "Procesplaat groepen",
        "Vragenlijst antwoorden",
        "Conclusies",
        "Actiepunten",
        "Briefjes",
        "Stippen",
        "Over tijd",
    ):
        assert name in book.sheetnames, name
    ranking = book["Procesplaat rangorde"]
    header = [cell.value for cell in ranking[1]]
    assert header[:3] == ["Sessie", "Rang", "Vak"] and "werkdruk" in header and "werkplezier" in header
    first = [cell.value for cell in ranking[2]]
    assert first[header.index("Vak")] == "Rapporten schrijven" and first[header.index("werkdruk")] == 5
    assert first[header.index("Balans")] == -4
    answers = book["Vragenlijst antwoorden"]
    header = [cell.value for cell in answers[1]]
    texts = [row[header.index("Percentage (tekst)")] for row in answers.iter_rows(min_row=2, values_only=True)]
    assert texts[:5] == ["0 %", "0 %", "11,1 %", "66,7 %", "22,2 %"]
    conclusions = [row[1] for row in book["Conclusies"].iter_rows(min_row=2, values_only=True)]
    assert "CONCLUSIE: ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK IN DE SECUNDAIRE PROCESSEN ERVAREN" in conclusions
    acts = book["Actiepunten"]
    header = [cell.value for cell in acts[1]]
    assert {"Nr.", "Concreet actiepunt", "Initiatiefnemer", "Tijdpad", "Impact", "Werkbelasting", "Open"} <= set(header)
    assert [row[header.index("Open")] for row in acts.iter_rows(min_row=2, values_only=True)] == [True, False, True]
    assert ranking.column_dimensions["C"].width >= len("Rapporten schrijven")
    over_time = book["Over tijd"]
    header = [cell.value for cell in over_time[1]]
    assert "2019-03-12" in header and "2020-03-10" in header and "Verandering" in header


def test_pdf_report_contains_school_zones_and_conclusion(procesplaat, tmp_path):
    path = tmp_path / "rapport.pdf"
    write_report(analyse([_procesplaat_session(procesplaat)]), path)
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdf_text(path)
    assert "CBS De Borgstee" in text
    assert "Design Thinking en Lean" in text
    for label in ("Rapporten schrijven", "Vergaderingen bijwonen", "Toetsen afnemen", "PRIMAIR (lesgeven)"):
        assert label in text, label
    flat = " ".join(text.split())
    assert "WERKDRUK IN DE SECUNDAIRE PROCESSEN ERVAREN" in flat
    assert "Rapportfunctie in Parnassys inrichten" in flat and "Initiatiefnemer" in flat


def test_pdf_report_of_scales_and_matrix_with_dutch_figures(tmp_path):
    matrix = session_on(werkdruk_frequentiematrix(), school="OBS Akkrum")
    notes(matrix, "dagelijks-inhoud", 3)
    path = tmp_path / "rapport.pdf"
    write_report(analyse([seed_zelfevaluatie_session(), matrix]), path)
    flat = " ".join(_pdf_text(path).split())
    assert "6 (66,7 %)" in flat and "7 (77,8 %)" in flat and "Gemiddelde 4,1" in flat
    assert "Afhankelijkheid" in flat and "Maandelijks" in flat and "OBS Akkrum" in flat


def test_cli_analyse_json_xlsx_and_report(procesplaat, tmp_path, capsys):
    first = tmp_path / "2019.bpsessie"
    second = tmp_path / "2020.bpsessie"
    save_session(_procesplaat_session(procesplaat), first)
    save_session(with_dots(session_on(procesplaat, date="2020-03-10"), {"rapporten-schrijven": (1, 3)}), second)

    assert main(["analyse", str(first), str(second), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [entry["date"] for entry in data["sessions"]] == ["2019-03-12", "2020-03-10"]
    processes = data["sessions"][0]["processes"]
    assert processes["conclusion"].endswith("IN DE SECUNDAIRE PROCESSEN ERVAREN")
    assert processes["ranking"][0]["zone_label"] == "Rapporten schrijven" and processes["ranking"][0]["burden"] == 5
    assert [action["open"] for action in data["sessions"][0]["actions"]] == [True, False, True]
    change = {(row["zone_id"], row["measure"]): row["change"] for row in data["trends"][0]["zones"]}
    assert change[("rapporten-schrijven", "werkdruk")] == -4 and change[("rapporten-schrijven", "werkplezier")] == 2

    assert main(["analyse", str(first)]) == 0
    out = capsys.readouterr().out
    assert "Rapporten schrijven: 5 werkdruk, 1 werkplezier" in out and "open actiepunt 1" in out

    xlsx = tmp_path / "uit.xlsx"
    assert main(["analyse", str(first), "--xlsx", str(xlsx)]) == 0
    assert "Procesplaat rangorde" in load_workbook(xlsx).sheetnames

    pdf = tmp_path / "uit.pdf"
    assert main(["report", str(first), str(second), "-o", str(pdf)]) == 0
    assert "Over tijd" in _pdf_text(pdf)


def test_cli_bad_session_file_is_a_dutch_error(tmp_path, capsys):
    broken = tmp_path / "kapot.bpsessie"
    broken.write_text("{niet json", encoding="utf-8")
    assert main(["analyse", str(broken)]) == 1
    assert "bruinpapier: fout:" in capsys.readouterr().err
    assert main(["analyse", str(tmp_path / "weg.bpsessie")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_cli_analyse_takes_archive_ids(procesplaat, tmp_path, capsys, monkeypatch):
    from boards.archive import Archive

    url = f"sqlite:///{tmp_path}/archief.sqlite"
    with Archive(url) as archive:
        archived = archive.save(_procesplaat_session(procesplaat, school="OBS Akkrum"))
    file = tmp_path / "borgstee.bpsessie"
    save_session(_procesplaat_session(procesplaat), file)
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", url)
    assert main(["analyse", str(file), archived, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [entry["school"] for entry in data["sessions"]] == ["CBS De Borgstee", "OBS Akkrum"]
    assert data["schools"][0]["schools"] == ["CBS De Borgstee", "OBS Akkrum"]
    assert main(["analyse", "geen-sessie-id"]) == 1
    assert "geen sessie-id in het archief" in capsys.readouterr().err


def test_pdf_report_table_headers_keep_their_words_whole(procesplaat, tmp_path):
    """The process table's narrow count columns still hold "werkplezier" on one line (it broke as "werkplezie/r")."""
    path = tmp_path / "rapport.pdf"
    write_report(analyse([_procesplaat_session(procesplaat)]), path)
    rows = [line.split() for line in _pdf_text(path).splitlines()]
    assert ["Rang", "Proces", "Groep", "werkdruk", "werkplezier", "Balans"] in rows
