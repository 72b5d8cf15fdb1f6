"""``bruinpapier trajectory new|show|next|session|record|close`` end to end, and bad trajectory files."""

from __future__ import annotations

import json

from boards.fileformat import load_session, save_session
from boards.session import Note
from cli.main import main


def test_new_next_record_show(tmp_path, capsys) -> None:
    path = tmp_path / "akkrum.bptraject"
    assert (
        main(
            [
                "trajectory",
                "new",
                "verbetering-in-beeld",
                "--school",
                "OBS Akkrum",
                "--dates",
                "2018-01-08,2018-01-15",
                "-o",
                str(path),
            ]
        )
        == 0
    )
    assert "5 stappen" in capsys.readouterr().out

    assert main(["trajectory", "next", str(path), "--board", "vsm-schema", "--date", "2018-01-29", "--json"]) == 0
    (started,) = json.loads(capsys.readouterr().out)["sessions"]
    assert started["board"] == "vsm-schema" and started["code"] == "OA-01"

    # Results are entered in a session file and put back.
    session_file = tmp_path / "vsm.bpsessie"
    assert main(["trajectory", "session", str(path), started["id"], "-o", str(session_file)]) == 0
    session = load_session(session_file)
    session.results.notes += [
        Note("Storen leerling", zone_id="datazijde", category="probleem"),
        Note("Hoe administreren", zone_id="datazijde", category="probleem"),
        Note("Tijd nemen om te noteren", zone_id="datazijde", category="idee"),
    ]
    save_session(session, session_file)
    assert main(["trajectory", "record", str(path), str(session_file)]) == 0
    capsys.readouterr()

    assert main(["trajectory", "next", str(path), "--board", "problemen-lokaliseren"]) == 0
    assert "2 meegenomen notities" in capsys.readouterr().out

    assert main(["trajectory", "show", str(path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    steps = {step["step"]: step for step in shown["steps"]}
    assert steps["brainstorm"]["planned_date"] == "2018-01-08"
    assert steps["brainstorm"]["status"] == "gepland"
    assert steps["value-stream-mapping"]["status"] == "bezig"
    (sorting,) = steps["verandering"]["sessions"]
    assert sorted(sorting["unplaced"]) == ["Hoe administreren", "Storen leerling"]
    assert {key: shown["next"][key] for key in ("step", "board", "nr")} == {
        "step": "brainstorm",
        "board": "brainstorm",
        "nr": 1,
    }

    assert main(["trajectory", "close", str(path), "brainstorm"]) == 0
    assert main(["trajectory", "show", str(path)]) == 0
    out = capsys.readouterr().out
    assert "✓ stap 1 Brainstorm [afgerond]" in out
    assert "nog in te delen: 2" in out


def test_bad_input_gives_clear_messages(tmp_path, capsys) -> None:
    assert main(["trajectory", "new", "bestaat-niet", "--school", "X", "-o", str(tmp_path / "t.bptraject")]) == 1
    assert "methode 'bestaat-niet' bestaat niet" in capsys.readouterr().err

    broken = tmp_path / "kapot.bptraject"
    broken.write_text(
        '{"format": "bruinpapier.trajectory", "schema_version": 1, "trajectory": {"id": "x", '
        '"method": "verbetering-in-beeld", "school": "", "steps": []}}',
        encoding="utf-8",
    )
    assert main(["trajectory", "show", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "kapot.bptraject" in err and "school" in err

    future = tmp_path / "nieuw.bptraject"
    future.write_text('{"format": "bruinpapier.trajectory", "schema_version": 9, "trajectory": {}}', encoding="utf-8")
    assert main(["trajectory", "show", str(future)]) == 1
    assert "schemaversie 9" in capsys.readouterr().err

    path = tmp_path / "klaar.bptraject"
    assert main(["trajectory", "new", "design-thinking-lean", "--school", "De Borgstee", "-o", str(path)]) == 0
    for step in ["procesplaten", "zelfevaluatie", "workshops", "studiedag", "verbeterplan", "evaluatie"]:
        assert main(["trajectory", "close", str(path), step]) == 0
    capsys.readouterr()
    assert main(["trajectory", "next", str(path)]) == 1
    assert "alle stappen zijn afgerond" in capsys.readouterr().err


def test_next_says_which_process_it_took_and_why_and_takes_an_edited_board(tmp_path, capsys) -> None:
    from boards.fileformat import save_board
    from boards.session import DotCount
    from boards.templates import load_template
    from boards.trajectory import load_trajectory

    path = tmp_path / "borgstee.bptraject"
    assert main(["trajectory", "new", "design-thinking-lean", "--school", "CBS De Borgstee", "-o", str(path)]) == 0
    edited = load_template("procesplaat-1")
    edited.zones[0].label = "Lessen voorbereiden"
    board_file = tmp_path / "plaat.bpbord"
    save_board(edited, board_file)
    capsys.readouterr()
    assert main(["trajectory", "next", str(path), "--board-file", str(board_file), "--json"]) == 0
    (plaat,) = json.loads(capsys.readouterr().out)["sessions"]
    assert plaat["board"] == "procesplaat-1" and plaat["date"]  # dated: today
    trajectory = load_trajectory(path)
    session = trajectory.session(plaat["id"])
    assert session.board.zones[0].label == "Lessen voorbereiden"
    session.results.dots += [DotCount("rapporten-schrijven", "werkdruk", 9), DotCount("toetsen-afnemen", "werkdruk", 3)]
    from boards.trajectory import save_trajectory

    save_trajectory(trajectory, path)
    capsys.readouterr()
    assert main(["trajectory", "next", str(path), "--board", "rapportageproces", "--date", "2017-11-06"]) == 0
    out = capsys.readouterr().out
    assert "Voorstel: Rapporten schrijven, met de meeste stippen werkdruk (9) op Procesplaat 1" in out
    assert "--process" in out and "toetsen-afnemen (3)" in out and "antwoorden" not in out
    assert main(["trajectory", "next", str(path), "--board", "verbeterplan", "--process", "toetsen-afnemen"]) == 0
    assert "Toetsen afnemen" in capsys.readouterr().out


def test_show_words_where_an_action_came_from_in_dutch(tmp_path, capsys) -> None:
    from boards.trajectory import add_next_sessions, new_trajectory, save_trajectory

    trajectory = new_trajectory("verbetering-in-beeld", "OBS Akkrum")
    (ideas,) = add_next_sessions(trajectory, board_id="ideeen-genereren")
    problem = Note("Storen leerling", zone_id="organisatie", category="probleem")
    idea = Note("Visualiseren afspraken", zone_id="organisatie", chosen=True, links={"problem": problem.id})
    ideas.results.notes += [problem, idea]
    add_next_sessions(trajectory, board_id="actiepunten")
    path = tmp_path / "akkrum.bptraject"
    save_trajectory(trajectory, path)
    assert main(["trajectory", "show", str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        "1. Visualiseren afspraken [nog geen initiatiefnemer]  ← idee: Visualiseren afspraken "
        "← probleem: Storen leerling" in out
    )
    assert "idea:" not in out and "problem:" not in out
