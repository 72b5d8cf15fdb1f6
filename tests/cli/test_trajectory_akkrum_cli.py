"""OBS Akkrum's Verbetering in beeld, entirely on the command line, the way the method goes:

brainstorm → the pain points carried into the Werkdruk-frequentiematrix, the Procesmatrix and the matrix
with two dimensions, where the team groups them → the VSM of 'speciale aandacht leerlingen' with its
problems (ster), ideas (wolk) and times on the datazijde → Problemen lokaliseren (Afbeelding 1.5) → Ideeën
genereren (Afbeelding 1.6: at least one idea per problem, the realisable ones chosen) → Actiepunten with a
initiatiefnemer per actiepunt ("Benoem leiders/verantwoordelijken per actiepunt").

Every step's results go in as a spreadsheet (``trajectory session … -o x.csv`` out, ``trajectory import``
back); carried notes are placed, never copied.
"""

from __future__ import annotations

import csv
import io
import json

from boards.trajectory import load_trajectory
from cli.main import main

PAIN = "waar-zit-de-pijn-als-het-gaat-om-het-thema-werkdruk"


def _run(capsys, *args: str) -> str:
    code = main(list(args))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def _next(capsys, path, board: str) -> str:
    (started,) = json.loads(_run(capsys, "trajectory", "next", str(path), "--board", board, "--json"))["sessions"]
    return started["id"]


def _rows(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def _write(path, header: list[str], rows: list[list[str]]) -> None:
    path.write_text(";".join(header) + "\n" + "".join(";".join(row) + "\n" for row in rows), encoding="utf-8")


def test_the_akkrum_method_from_the_command_line(tmp_path, capsys, fixtures_dir):
    path = tmp_path / "akkrum.bptraject"
    _run(capsys, "trajectory", "new", "verbetering-in-beeld", "--school", "OBS Akkrum", "-o", str(path))

    # 1 Brainstorm: the three questions; the pains go on.
    brainstorm = _next(capsys, path, "brainstorm")
    _write(
        tmp_path / "brainstorm.csv",
        ["soort", "zone", "tekst"],
        [
            ["notitie", "Wat gaat er goed?", "Samenwerking in het team"],
            ["notitie", PAIN, "Administratie"],
            ["notitie", PAIN, "Lessen voorbereiden"],
            ["notitie", PAIN, "Specifieke aandacht voor individuele kinderen in de klas"],
        ],
    )
    _run(capsys, "trajectory", "import", str(path), brainstorm, str(tmp_path / "brainstorm.csv"))

    # ... grouped in the two matrices: carried, unplaced, sorted in a spreadsheet.
    for board, zone in (
        ("werkdruk-frequentiematrix", "Inhoud – Dagelijks"),
        ("procesmatrix", "nuttig – kost veel tijd"),
    ):
        matrix = _next(capsys, path, board)
        export = tmp_path / f"{board}.csv"
        _run(capsys, "trajectory", "session", str(path), matrix, "-o", str(export))
        rows = _rows(export)
        assert [(row["tekst"], row["zone"], row["categorie"], row["bron"]) for row in rows] == [
            ("Administratie", "", "pijnpunt", "meegenomen"),
            ("Lessen voorbereiden", "", "pijnpunt", "meegenomen"),
            ("Specifieke aandacht voor individuele kinderen in de klas", "", "pijnpunt", "meegenomen"),
        ]
        for row in rows:
            row["zone"] = zone
        _write(export, list(rows[0]), [list(row.values()) for row in rows])
        out = _run(capsys, "trajectory", "import", str(path), matrix, str(export))
        assert "3 meegenomen notities geplaatst of bijgewerkt, 0 notities" in out
        session = load_trajectory(path).session(matrix)
        assert len(session.results.notes) == 3 and {note.zone_id for note in session.results.notes} != {None}
    assert "nog in te delen" not in _run(capsys, "trajectory", "show", str(path))

    # 4 Value Stream Mapping: steps, problems and ideas on the datazijde, times.
    vsm = _next(capsys, path, "vsm-schema")
    out = _run(capsys, "trajectory", "import", str(path), vsm, str(fixtures_dir / "akkrum-vsm-speciale-aandacht.csv"))
    assert "16 notities" in out
    assert main(["trajectory", "session", str(path), vsm, "-o", str(tmp_path / "vsm.bpsessie")]) == 0
    capsys.readouterr()
    figures = json.loads(_run(capsys, "analyse", str(tmp_path / "vsm.bpsessie"), "--json"))["sessions"][0]["vsm"]
    assert (figures["work_min"], figures["wait_min"], figures["lead_min"]) == (50, 2885, 2935)
    assert figures["longest_waits"][0] == {"step": "Administratie", "minutes": 2880}

    # 5 Verandering: the VSM's problems — not its ideas — to place in the three phases.
    sorting = _next(capsys, path, "problemen-lokaliseren")
    assert sorted(note.text for note in load_trajectory(path).session(sorting).results.notes) == sorted(
        [
            "Niet horen van instructie",
            "Problemen met lesstof na instructie",
            "Niet kunnen uitvoeren",
            "Onvoorspelbaarheid leerling",
            "Hoe administreren",
            "Storen leerling",
            "Gaat langer duren dan gepland",
            "Aandacht klas",
        ]
    )
    out = _run(
        capsys, "trajectory", "import", str(path), sorting, str(fixtures_dir / "akkrum-speciale-aandacht-problemen.csv")
    )
    assert "8 meegenomen notities geplaatst of bijgewerkt, 0 notities" in out  # placed, no duplicates
    assert "nog in te delen" not in out
    placed = load_trajectory(path).session(sorting).results
    assert len(placed.notes) == 8
    assert {zone: len(placed.notes_in(zone)) for zone in ("voorbereiding", "uitvoering", "evaluatie-reflectie")} == {
        "voorbereiding": 2,
        "uitvoering": 5,
        "evaluatie-reflectie": 1,
    }  # Afbeelding 1.5

    # Ideeën genereren: the problems to answer, the VSM's ideas to place; at least one idea per problem.
    ideas = _next(capsys, path, "ideeen-genereren")
    shown = json.loads(_run(capsys, "trajectory", "show", str(path), "--json"))
    (entry,) = [s for step in shown["steps"] for s in step["sessions"] if s["id"] == ideas]
    assert len(entry["unanswered"]) == 8
    assert sorted(entry["unplaced"]) == sorted(
        [
            "Visueel maken niet horen",
            "Voorspelbaar gedrag benoemen en tonen",
            "Tijd nemen om te noteren",
            "Inplannen tijd te noteren",
        ]
    )
    out = _run(capsys, "trajectory", "import", str(path), ideas, str(fixtures_dir / "akkrum-ideeen-bij-problemen.csv"))
    assert "4 meegenomen notities geplaatst of bijgewerkt, 8 notities" in out
    assert "problemen zonder idee: Aandacht klas" in out and "nog in te delen" not in out

    # Actiepunten: the chosen ideas, each traced back; the initiatiefnemers filled in by Nr.
    actions = _next(capsys, path, "actiepunten")
    export = tmp_path / "actiepunten.csv"
    _run(capsys, "trajectory", "session", str(path), actions, "-o", str(export))
    rows = _rows(export)
    assert [row["Concreet actiepunt"] for row in rows] == [
        "Visualiseren afspraken",
        "Voorspelbare leerkracht → start & hulpronde → tijdsplanning",
        "Houden aan tijdsplanning → klok → timer",
        "Speciale leerling individueel vooraf benaderen",
        "Tijd nemen/plannen om te noteren",
        "Check of leerlingen aan de slag kunnen",
    ]
    rows[0]["Initiatiefnemer"] = "Paul"
    rows[4]["Initiatiefnemer"] = "IB'er"
    _write(export, list(rows[0]), [list(row.values()) for row in rows])
    out = _run(capsys, "trajectory", "import", str(path), actions, str(export))
    assert "6 meegenomen notities geplaatst of bijgewerkt" in out and "0 actiepunten toegevoegd" in out
    assert len(load_trajectory(path).session(actions).results.actions) == 6

    timeline = _run(capsys, "trajectory", "show", str(path))
    assert (
        "1. Visualiseren afspraken [Paul]  ← idee: Visualiseren afspraken ← probleem: Niet horen van instructie "
        "← processtap: Instructie geven aan de groep"
    ) in timeline
    assert "2. Voorspelbare leerkracht → start & hulpronde → tijdsplanning [nog geen initiatiefnemer]" in timeline
    assert (
        "5. Tijd nemen/plannen om te noteren [IB'er]  ← idee:" in timeline and "processtap: Administratie" in timeline
    )
    assert "idea:" not in timeline and "problem:" not in timeline and "1 notities" not in timeline
