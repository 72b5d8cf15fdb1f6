"""The loop of a board, through the command line only: print → photo → capture → session → analyse → report.

The photo is made from the project's own printed PDF (tests/photos), with dots at
known places, so every number can be checked against the truth.
"""

from __future__ import annotations

import csv
import json
import subprocess

from boards.templates import load_template
from cli.main import main
from tests.photos.generator import PhotoSpec, generate_photo


def _run(capsys, *args: str) -> str:
    assert main(list(args)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_a_procesplaat_goes_round_the_whole_loop(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", f"sqlite:///{tmp_path / 'archief.sqlite'}")
    board = load_template("procesplaat-1")

    poster = tmp_path / "procesplaat.pdf"
    _run(capsys, "print", "procesplaat-1", "--school", "CBS De Borgstee", "-o", str(poster))
    assert poster.stat().st_size > 0

    photo = generate_photo(
        board,
        PhotoSpec(
            seed=31, megapixels=3.0, notes_per_zone=(0, 1), dots_per_kind=(0, 4), overlap_pairs=0, touching_pairs=0
        ),
    )
    photo_path = tmp_path / "bord.jpg"
    photo.write(photo_path)
    captured = json.loads(_run(capsys, "capture", str(photo_path), "--board", "procesplaat-1", "--json"))
    assert captured["markers_found"] >= 4
    truth = photo.filled.dot_counts()
    assert {(dot["zone_id"], dot["kind"]): dot["count"] for dot in captured["dots"] if dot["count"]} == truth

    results = tmp_path / "stippen.csv"
    with results.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["soort", "zone", "stipsoort", "aantal"])
        for dot in captured["dots"]:
            writer.writerow(["stip", board.zone(dot["zone_id"]).label, dot["kind"], dot["count"]])
    created = json.loads(
        _run(
            capsys,
            "session",
            "new",
            "--board",
            "procesplaat-1",
            "--school",
            "CBS De Borgstee",
            "--date",
            "2019-03-12",
            "--json",
        )
    )
    session_id = created["id"]
    _run(capsys, "session", "import-results", session_id, str(results))

    analysis = json.loads(_run(capsys, "analyse", session_id, "--json"))
    (summary,) = analysis["sessions"]
    per_zone = {zone["zone_id"]: (zone["werkdruk"], zone["werkplezier"]) for zone in summary["zones"]}
    assert per_zone == {
        zone.id: (truth.get((zone.id, "werkdruk"), 0), truth.get((zone.id, "werkplezier"), 0))
        for zone in board.zones
        if zone.holds.dots  # the answers and the CONCLUSIE are written, not counted
    }
    groups = {group["group_label"]: group["burden"] for group in summary["processes"]["groups"]}
    heaviest = max(groups, key=groups.get).split()[0]  # PRIMAIR or SECUNDAIR
    assert f"{heaviest}E PROCESSEN" in summary["processes"]["suggestion"]

    report = tmp_path / "rapport.pdf"
    _run(capsys, "report", session_id, "-o", str(report))
    report_text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
    assert "CBS De Borgstee" in report_text and "Procesplaat 1" in report_text
