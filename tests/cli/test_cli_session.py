"""``bruinpapier session ...`` end to end, in-process, against a temporary archive."""

from __future__ import annotations

import json

import openpyxl
import pytest

from boards.archive import Archive
from boards.fileformat import load_session
from cli.main import main
from tests.support.builders import photo_bytes

JPEG = photo_bytes("bord")


@pytest.fixture
def url(tmp_path, monkeypatch):
    archive_url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", archive_url)
    return archive_url


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *args):
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def new_session(capsys, *extra):
    return run_json(
        capsys,
        "session",
        "new",
        "--board",
        "ideeen-genereren",
        "--school",
        "OBS Akkrum",
        "--date",
        "2019-03-12",
        "--topic",
        "Speciale aandacht leerlingen",
        "--participant",
        "AB",
        "--json",
        *extra,
    )["id"]


def test_new_list_show_delete(capsys, url):
    session_id = new_session(capsys)
    listed = run_json(capsys, "session", "list", "--json")
    assert [item["id"] for item in listed] == [session_id]
    assert listed[0]["board_id"] == "ideeen-genereren" and listed[0]["school"] == "OBS Akkrum"
    assert run_json(capsys, "session", "list", "--school", "borgstee", "--json") == []
    shown = run_json(capsys, "session", "show", session_id, "--json")
    assert shown["participants"] == ["AB"] and shown["topic"] == "Speciale aandacht leerlingen"
    code, out, _ = run(capsys, "session", "list")
    assert code == 0 and session_id in out and "OBS Akkrum" in out
    code, _, err = run(capsys, "session", "delete", session_id)
    assert code == 1 and "--ja" in err
    assert run_json(capsys, "session", "delete", session_id, "--ja", "--json") == {"deleted": [session_id]}
    code, _, err = run(capsys, "session", "show", session_id)
    assert code == 1 and "bruinpapier: fout:" in err and session_id in err


def test_archive_option_overrides_the_environment(capsys, url, tmp_path):
    other = f"sqlite:///{tmp_path / 'ander.sqlite'}"
    session_id = new_session(capsys, "--archive", other)
    assert run_json(capsys, "session", "list", "--json") == []
    assert [s["id"] for s in run_json(capsys, "session", "--archive", other, "list", "--json")] == [session_id]


def test_import_results_refuses_bad_rows_unless_skip_bad(capsys, url, tmp_path):
    session_id = new_session(capsys)
    csv = tmp_path / "r.csv"
    csv.write_text("soort,zone,tekst\nnotitie,Organisatie,Goed idee\nnotitie,Nergens,Kwijt\n", encoding="utf-8")
    code, out, err = run(capsys, "session", "import-results", session_id, str(csv))
    assert code == 1
    assert "rij 3: onbekende zone" in out and "Nergens" in out and "--skip-bad" in err
    assert Archive(url).get(session_id).results.notes == []
    report = run_json(capsys, "session", "import-results", session_id, str(csv), "--skip-bad", "--json")
    assert report["saved"] and report["problems"][0]["row"] == 3
    notes = Archive(url).get(session_id).results.notes
    assert [(n.zone_id, n.text) for n in notes] == [("organisatie", "Goed idee")]


def test_import_results_keeps_what_the_session_holds_unless_told(capsys, tmp_path):
    path = tmp_path / "plaat.bpsessie"
    run_json(capsys, "session", "new", "--board", "procesplaat-1", "--file", str(path), "--json")
    first = tmp_path / "getypt.csv"
    first.write_text("soort,zone,stipsoort,aantal\nstip,Toetsen afnemen,werkdruk,5\n", encoding="utf-8")
    run(capsys, "session", "import-results", str(path), str(first))
    second = tmp_path / "later.csv"
    second.write_text(
        "soort,zone,stipsoort,aantal\nstip,Toetsen afnemen,werkdruk,2\nstip,Toetsen afnemen,werkplezier,1\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "session", "import-results", str(path), str(second))
    assert code == 0
    assert (
        "Toetsen afnemen, stippen: sessie werkdruk 5, werkplezier 0, bestand werkdruk 2, werkplezier 1 → sessie houden"
        in out
    )
    assert "--on-conflict" in out
    assert load_session(path).results.dot_count("toetsen-afnemen", "werkdruk") == 5
    report = run_json(capsys, "session", "import-results", str(path), str(second), "--on-conflict", "add", "--json")
    assert [(c["zone_id"], c["part"], c["choice"]) for c in report["conflicts"]] == [
        ("toetsen-afnemen", "dots", "both")
    ]
    results = load_session(path).results
    assert (results.dot_count("toetsen-afnemen", "werkdruk"), results.dot_count("toetsen-afnemen", "werkplezier")) == (
        7,
        1,
    )
    run(capsys, "session", "import-results", str(path), str(second), "--on-conflict", "take")
    assert load_session(path).results.dot_count("toetsen-afnemen", "werkdruk") == 2


def test_import_results_into_a_session_file(capsys, tmp_path, fixtures_dir, url):
    path = tmp_path / "probleem.bpsessie"
    run_json(capsys, "session", "new", "--board", "problemen-lokaliseren", "--file", str(path), "--json")
    code, out, _ = run(
        capsys, "session", "import-results", str(path), str(fixtures_dir / "akkrum-speciale-aandacht-problemen.csv")
    )
    assert code == 0 and "8 notities" in out
    assert len(load_session(path).results.notes) == 8


def test_export_formats_and_bundle_round_trip(capsys, url, tmp_path, fixtures_dir):
    session_id = new_session(capsys)
    run(capsys, "session", "import-results", session_id, str(fixtures_dir / "akkrum-speciale-aandacht-ideeen.csv"))
    Archive(url).add_photo(session_id, "bord.jpg", JPEG)
    for suffix in ("csv", "xlsx", "json", "bpsessie", "bpbundel"):
        out = tmp_path / f"uit.{suffix}"
        assert run_json(capsys, "session", "export", session_id, str(out), "--json")["file"] == str(out)
        assert out.stat().st_size > 0
    assert openpyxl.load_workbook(tmp_path / "uit.xlsx")["Actiepunten"].max_row == 7
    imported = run_json(capsys, "session", "import", str(tmp_path / "uit.bpbundel"), "--json")["id"]
    assert imported != session_id
    assert Archive(url).photo(imported, "bord.jpg") == JPEG
    again = run_json(capsys, "session", "import", str(tmp_path / "uit.bpsessie"), "--json")["id"]
    assert len(Archive(url).get(again).results.notes) == 15
    code, _, err = run(capsys, "session", "export", session_id, str(tmp_path / "uit.pdf"))
    assert code == 1 and "onbekend exportformaat" in err


def test_bad_date_and_bad_import_file(capsys, url, tmp_path):
    code, _, err = run(capsys, "session", "new", "--board", "procesplaat-1", "--date", "12-03-2019")
    assert code == 1 and "JJJJ-MM-DD" in err
    bogus = tmp_path / "x.bpbundel"
    bogus.write_text("geen zip")
    code, _, err = run(capsys, "session", "import", str(bogus))
    assert code == 1 and "geen zip-bestand" in err


def test_add_and_get_photo(capsys, url, tmp_path):
    session_id = new_session(capsys)
    photo = tmp_path / "bord na afloop.jpg"
    photo.write_bytes(JPEG)
    added = run_json(capsys, "session", "add-photo", session_id, str(photo), "--caption", "Bord", "--json")
    assert added["name"] == "bord-na-afloop.jpg" and added["bytes"] == len(JPEG)
    out = tmp_path / "terug.jpg"
    run_json(capsys, "session", "photo", session_id, "bord-na-afloop.jpg", str(out), "--json")
    assert out.read_bytes() == JPEG
    assert run_json(capsys, "session", "list", "--json")[0]["photo_count"] == 1
    code, _, err = run(capsys, "session", "add-photo", session_id, str(tmp_path / "weg.jpg"))
    assert code == 1 and "bestaat niet" in err
    code, _, err = run(capsys, "session", "photo", session_id, "weg.jpg", str(out))
    assert code == 1 and "geen foto 'weg.jpg'" in err
