"""The template library on the command line: own and school templates listed and marked, used by id in
print and session new, saved, imported, exported and removed; the school folder set and checked."""

from __future__ import annotations

import json

from cli.main import main


def _save(capsys, *extra):
    code = main(
        [
            "templates",
            "save",
            "brainstorm",
            "--titel",
            "Verbeterbord",
            "--methode",
            "verbetering-in-beeld",
            "--stap",
            "brainstorm",
            "--beschrijving",
            "Drie kolommen",
            *extra,
        ]
    )
    return code, capsys.readouterr()


def test_own_and_school_templates_are_listed_and_marked(capsys, tmp_path):
    code, out = _save(capsys)
    assert code == 0 and "Bewaard: eigen sjabloon 'Verbeterbord' (verbeterbord)" in out.out
    assert main(["templates", "export", "verbeterbord", "-o", str(tmp_path / "school" / "vb.bpsjabloon")]) == 0
    assert main(["templates", "school", str(tmp_path / "school")]) == 0
    capsys.readouterr()
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert "\nEigen sjablonen\n  verbeterbord" in out
    assert "Verbeterbord [eigen]  [Verbetering in beeld, stap 1 Brainstorm" in out
    assert f"\nSchoolsjablonen ({tmp_path / 'school'})\n  school-verbeterbord" in out
    assert "Verbeterbord [school]" in out
    assert "procesplaat-1" in out  # the built-in ones still there
    assert main(["templates", "--json", "--bron", "eigen"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert (entry["id"], entry["source"], entry["method"], entry["step"]) == (
        "verbeterbord",
        "eigen",
        "verbetering-in-beeld",
        "brainstorm",
    )
    assert entry["file"].endswith("verbeterbord.bpsjabloon") and entry["description"] == "Drie kolommen"


def test_print_and_session_new_take_own_and_school_ids(capsys, tmp_path):
    _save(capsys)
    assert main(["print", "verbeterbord", "-o", str(tmp_path / "bord.pdf")]) == 0
    assert (tmp_path / "bord.pdf").read_bytes().startswith(b"%PDF")
    main(["templates", "export", "verbeterbord", "-o", str(tmp_path / "school" / "vb.bpsjabloon")])
    main(["templates", "school", str(tmp_path / "school")])
    session = tmp_path / "sessie.bpsessie"
    assert main(["session", "new", "--board", "school-verbeterbord", "--file", str(session)]) == 0
    assert json.loads(session.read_text(encoding="utf-8"))["session"]["board"]["title"] == "Verbeterbord"
    assert main(["show", str(tmp_path / "school" / "vb.bpsjabloon")]) == 0
    assert "Verbeterbord" in capsys.readouterr().out


def test_a_title_taken_says_how_to_choose(capsys):
    _save(capsys)
    code, out = _save(capsys)
    assert code == 1 and "al een eigen sjabloon 'Verbeterbord'" in out.err and "--vervang of --beide" in out.err
    code, out = _save(capsys, "--beide")
    assert code == 0 and "'Verbeterbord (2)' (verbeterbord-2)" in out.out
    code, out = _save(capsys, "--vervang")
    assert code == 0 and "(verbeterbord)" in out.out


def test_import_export_and_remove(capsys, tmp_path):
    _save(capsys)
    shared = tmp_path / "delen" / "vb.bpsjabloon"
    assert main(["templates", "export", "verbeterbord", "-o", str(shared)]) == 0
    assert main(["templates", "remove", "verbeterbord"]) == 0
    assert main(["templates", "--bron", "eigen"]) == 0
    assert "Nog geen eigen sjablonen" in capsys.readouterr().out
    assert main(["templates", "import", str(shared)]) == 0
    assert "Geïmporteerd: eigen sjabloon 'Verbeterbord' (verbeterbord)" in capsys.readouterr().out
    broken = tmp_path / "kapot.bpsjabloon"
    broken.write_text("{", encoding="utf-8")
    assert main(["templates", "import", str(broken)]) == 1
    err = capsys.readouterr().err
    assert str(broken) in err and "geen geldig JSON-bestand" in err
    assert main(["templates", "remove", "brainstorm"]) == 1
    assert "geen eigen sjabloon 'brainstorm'" in capsys.readouterr().err


def test_step_without_method_and_unknown_step(capsys):
    assert main(["templates", "save", "brainstorm", "--titel", "X", "--methode", "", "--stap", "2"]) == 2
    assert "--stap: geef ook --methode" in capsys.readouterr().err
    assert main(["templates", "save", "brainstorm", "--methode", "verbetering-in-beeld", "--stap", "99"]) == 1
    assert "heeft geen stap '99'" in capsys.readouterr().err


def test_the_school_folder_missing_is_said(capsys, tmp_path):
    assert main(["templates", "school", str(tmp_path / "weg")]) == 1
    assert "niet gevonden" in capsys.readouterr().err
    (tmp_path / "school").mkdir()
    assert main(["templates", "school", str(tmp_path / "school")]) == 0
    (tmp_path / "school").rmdir()
    capsys.readouterr()
    assert main(["templates"]) == 0  # the listing goes on; the problem is said on stderr
    captured = capsys.readouterr()
    assert "procesplaat-1" in captured.out
    assert "let op: de map met schoolsjablonen" in captured.err and "netwerkschijf" in captured.err
    assert main(["templates", "school"]) == 0
    assert str(tmp_path / "school") in capsys.readouterr().out
    assert main(["templates", "school", "--uit"]) == 0
    capsys.readouterr()
    assert main(["templates", "school"]) == 0
    assert "geen map met schoolsjablonen ingesteld" in capsys.readouterr().out
