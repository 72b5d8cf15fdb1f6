"""The analyse and report commands: text, JSON, Excel and PDF."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from boards.fileformat import save_session
from cli.main import main
from tests.support.builders import borgstee_procesplaat_session, session_on, with_dots
from tests.support.pdf import pdf_text


def test_cli_analyse_json_xlsx_and_report(procesplaat, tmp_path, capsys):
    first = tmp_path / "2019.bpsessie"
    second = tmp_path / "2020.bpsessie"
    save_session(borgstee_procesplaat_session(procesplaat), first)
    save_session(with_dots(session_on(procesplaat, date="2020-03-10"), {"rapporten-schrijven": (1, 3)}), second)

    assert main(["analyse", str(first), str(second), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [entry["date"] for entry in data["sessions"]] == ["2019-03-12", "2020-03-10"]
    processes = data["sessions"][0]["processes"]
    assert processes["suggestion"].endswith("IN DE SECUNDAIRE PROCESSEN ERVAREN")
    assert data["sessions"][0]["conclusion"] is None  # the team wrote none: only a suggestion
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
    assert "Over tijd" in pdf_text(pdf.read_bytes(), tmp_path)


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
        archived = archive.save(borgstee_procesplaat_session(procesplaat, school="OBS Akkrum"))
    file = tmp_path / "borgstee.bpsessie"
    save_session(borgstee_procesplaat_session(procesplaat), file)
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", url)
    assert main(["analyse", str(file), archived, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [entry["school"] for entry in data["sessions"]] == ["CBS De Borgstee", "OBS Akkrum"]
    assert data["schools"][0]["schools"] == ["CBS De Borgstee", "OBS Akkrum"]
    assert main(["analyse", "geen-sessie-id"]) == 1
    assert "geen sessie-id in het archief" in capsys.readouterr().err
