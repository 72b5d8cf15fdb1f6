"""``analyse`` and ``report`` choose sessions from the archive with the filters of ``session list``,
and summarise them without loading every session; ``session import`` takes many files at once."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from boards.archive import Archive, write_bundle
from boards.fileformat import save_session
from cli.main import main
from tests.support.builders import borgstee_procesplaat_session, session_on, with_dots
from tests.support.pdf import pdf_text


@pytest.fixture
def archive_url(tmp_path, monkeypatch, procesplaat):
    url = f"sqlite:///{tmp_path / 'bestuur.sqlite'}"
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", url)
    sessions = []
    for year in (2019, 2020, 2021):
        for school in ("OBS Akkrum", "SWS Balans", "CBS De Borgstee"):
            session = session_on(procesplaat, school=school, date=f"{year}-03-12")
            sessions.append(with_dots(session, {"rapporten-schrijven": (year - 2018, 1), "toetsen-afnemen": (2, 0)}))
    sessions.append(borgstee_procesplaat_session(procesplaat, school="OBS Akkrum", date="2022-01-10"))
    with Archive(url) as archive:
        archive.add_many(sessions)
    return url


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_session_list_analyse_and_report_choose_the_same_sessions(archive_url, capsys, tmp_path):
    filters = ["--school", "akkrum", "--from", "2020-01-01"]
    code, out, _ = run(capsys, "session", "list", *filters, "--json")
    listed = {entry["id"] for entry in json.loads(out)}
    assert code == 0 and len(listed) == 3

    code, out, err = run(capsys, "analyse", *filters, "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["sessions"] == 3 and summary["selection"] == "school ‘akkrum’, vanaf 2020-01-01"
    assert [row["school"] for row in summary["schools"]] == ["OBS Akkrum"]
    board = summary["boards"][0]
    ranking = board["processes"]["ranking"]
    assert ranking[0]["zone_label"] == "Rapporten schrijven"
    assert ranking[0]["burden"] == 2 + 3 + 5  # 2020, 2021 and the Borgstee example's five

    code, out, _ = run(capsys, "analyse", "--board", "procesplaat-1")
    assert code == 0
    assert "Samenvatting van bord procesplaat-1: 10 sessies, 3 scholen" in out
    assert "Suggestie van Bruinpapier: ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK" in out

    pdf = tmp_path / "bestuur.pdf"
    code, out, err = run(capsys, "report", "--all", "-o", str(pdf))
    assert code == 0, err
    text = pdf_text(pdf.read_bytes(), tmp_path)
    assert "Samenvatting van 10 sessies" in text and "Scholen vergeleken (3 scholen)" in text

    xlsx = tmp_path / "bestuur.xlsx"
    assert run(capsys, "analyse", "--step", "procesplaten", "--xlsx", str(xlsx))[0] == 0
    assert {"Scholen", "Vakken", "Procesplaat rangorde", "Scholen vergeleken"} <= set(load_workbook(xlsx).sheetnames)


def test_per_session_from_a_filter_and_summary_of_files(archive_url, capsys, tmp_path, procesplaat):
    code, out, _ = run(capsys, "analyse", "--school", "balans", "--per-session", "--json")
    data = json.loads(out)
    assert code == 0 and [entry["date"] for entry in data["sessions"]] == ["2019-03-12", "2020-03-12", "2021-03-12"]

    file = tmp_path / "los.bpsessie"
    save_session(borgstee_procesplaat_session(procesplaat), file)
    code, out, _ = run(capsys, "analyse", str(file), str(file), "--summary", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["sessions"] == 2 and summary["selection"] == "de opgegeven sessies"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([], "kies ze uit het archief met --school"),
        (["abc123", "--school", "akkrum"], "niet allebei"),
        (["--all", "--school", "akkrum"], "--all kiest alle sessies"),
        (["--all", "--summary", "--per-session"], "gaan niet samen"),
        (["--from", "2020-02-30"], "datum '2020-02-30' kan niet"),
        (["--from", "2021-01-01", "--to", "2020-01-01"], "is leeg"),
    ],
)
def test_unclear_choices_are_refused_in_dutch(archive_url, capsys, arguments, message):
    code, _, err = run(capsys, "analyse", *arguments)
    assert code == 1 and message in err


def test_an_empty_selection_says_so(archive_url, capsys):
    code, out, _ = run(capsys, "analyse", "--school", "bestaat niet")
    assert code == 0 and "0 sessies" in out
    code, _, err = run(capsys, "analyse", "--school", "bestaat niet", "--per-session")
    assert code == 1 and "geen sessies gevonden" in err


def test_session_import_takes_files_folders_and_bundles_in_one_go(tmp_path, capsys, monkeypatch, procesplaat):
    url = f"sqlite:///{tmp_path / 'leeg.sqlite'}"
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", url)
    folder = tmp_path / "map" / "sub"
    folder.mkdir(parents=True)
    for index in range(5):
        save_session(session_on(procesplaat, school=f"School {index}"), folder / f"s{index}.bpsessie")
    bundled = session_on(procesplaat, school="Bundel")
    write_bundle(bundled, {}, tmp_path / "los.bpbundel")
    (tmp_path / "map" / "notities.txt").write_text("geen sessie", encoding="utf-8")

    code, out, err = run(capsys, "session", "import", str(tmp_path / "map"), str(tmp_path / "los.bpbundel"), "--json")
    assert code == 0, err
    assert len(json.loads(out)["ids"]) == 6
    with Archive(url) as archive:
        assert archive.count() == 6

    (folder / "kapot.bpsessie").write_text("{niet json", encoding="utf-8")
    code, _, err = run(capsys, "session", "import", str(tmp_path / "map"))
    assert code == 1 and "kapot.bpsessie" in err
    with Archive(url) as archive:
        assert archive.count() == 6  # nothing of the refused import was stored

    code, out, _ = run(capsys, "session", "import", str(tmp_path / "map"), "--skip-bad")
    assert code == 0 and "Overgeslagen:" in out and "kapot.bpsessie" in out and "Geïmporteerd: 5 sessies" in out
    code, _, err = run(capsys, "session", "import", str(tmp_path / "weg"))
    assert code == 1 and "bestaat niet" in err
