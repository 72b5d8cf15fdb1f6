"""Fuzzing board, session and trajectory files through the core loaders and the command line: every
answer is a valid result or a clean Dutch error (exit 1 with a message), never a traceback or a hang."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from boards.errors import BruinpapierError
from boards.fileformat import board_document, loads_board, loads_session, session_document
from boards.session import ActionItem, DotCount, Note
from boards.templates import load_template
from boards.trajectory import add_next_sessions, new_trajectory
from boards.trajectory.fileformat import dumps_trajectory, loads_trajectory
from boards.workspace import new_session
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import hostile_text
from tests.support.cli_run import assert_clean, no_hang, run_cli


def _session():
    session = new_session(load_template("problemen-lokaliseren"), school="OBS Akkrum", date="2019-03-12")
    zone = session.board.zones[0]
    session.results.notes += [Note("Storen leerling", zone.id), Note("=1+1", None)]
    if zone.holds.dots:
        session.results.dots.append(DotCount(zone.id, zone.holds.dots[0].id, 3))
    session.results.actions.append(ActionItem(1, "Rust in de klas", owner="JB"))
    return session


BOARD = json.loads(json.dumps(board_document(load_template("problemen-lokaliseren"))))
SESSION = json.loads(json.dumps(session_document(_session())))
_trajectory = new_trajectory("design-thinking-lean", "OBS Akkrum", planned_dates=["2024-01-10"])
add_next_sessions(_trajectory, date="2024-01-10")
TRAJECTORY = json.loads(dumps_trajectory(_trajectory))


def _core(loader, data: bytes) -> None:
    with no_hang(20):
        try:
            loader(data.decode("utf-8", errors="replace"), "f")
        except BruinpapierError as error:
            assert str(error).startswith("f: ") and str(error).strip() != "f:"


@settings(max_examples=examples(150))
@given(st.one_of(hostile_text(BOARD), hostile_text(SESSION), hostile_text(TRAJECTORY)))
def test_core_loaders_answer_with_a_result_or_a_clean_error(data):
    _core(loads_board, data)
    _core(loads_session, data)
    _core(loads_trajectory, data)


BOARD_COMMANDS = [
    ["validate", "{f}"],
    ["show", "{f}", "--json"],
    ["session", "new", "--board", "{f}", "--file", "{out}.bpsessie"],
    ["session", "new", "--board", "{f}", "--school", "X"],
    ["print", "{f}", "-o", "{out}.pdf"],
    ["capture", "{photo}", "--board", "{f}"],
]
SESSION_COMMANDS = [
    ["session", "show", "{f}"],
    ["session", "import", "{f}"],
    ["analyse", "{f}", "--json"],
    ["analyse", "{f}", "--xlsx", "{out}.xlsx"],
    ["session", "export", "{f}", "{out}.csv"],
    ["session", "export", "{f}", "{out}.bpbundel"],
    ["session", "import-results", "{f}", "{csv}", "--dry-run"],
]
TRAJECTORY_COMMANDS = [
    ["trajectory", "show", "{f}", "--json"],
    ["trajectory", "next", "{f}"],
    ["trajectory", "close", "{f}", "1"],
    ["trajectory", "record", "{f}", "{session}"],
]


def _fill(command: list[str], tmp_path, file) -> list[str]:
    names = {
        "f": str(file),
        "out": str(tmp_path / "uit"),
        "photo": str(tmp_path / "foto.jpg"),
        "csv": str(tmp_path / "r.csv"),
        "session": str(tmp_path / "s.bpsessie"),
    }
    return [part.format(**names) for part in command]


@pytest.fixture
def inputs(tmp_path):
    from boards.fileformat import save_session
    from tests.support.builders import photo_bytes

    (tmp_path / "foto.jpg").write_bytes(photo_bytes("bord"))
    (tmp_path / "r.csv").write_text("soort,zone,tekst\nnotitie,uitvoering,Meer rust\n", encoding="utf-8")
    save_session(_session(), tmp_path / "s.bpsessie")
    return tmp_path


def _run(command, inputs, data: bytes, suffix: str) -> None:
    file = inputs / f"invoer{suffix}"
    file.write_bytes(data)
    code, out, err = run_cli(*_fill(command, inputs, file), seconds=30)
    assert_clean(code, out, err)


@settings(max_examples=examples(60))
@given(data=hostile_text(BOARD), command=st.sampled_from(BOARD_COMMANDS))
def test_board_files_on_the_command_line(inputs, data, command):
    _run(command, inputs, data, ".bpbord")


@settings(max_examples=examples(60))
@given(data=hostile_text(SESSION), command=st.sampled_from(SESSION_COMMANDS))
def test_session_files_on_the_command_line(inputs, data, command):
    _run(command, inputs, data, ".bpsessie")


@settings(max_examples=examples(40))
@given(data=hostile_text(TRAJECTORY), command=st.sampled_from(TRAJECTORY_COMMANDS))
def test_trajectory_files_on_the_command_line(inputs, data, command):
    _run(command, inputs, data, ".bptraject")


ARGUMENTS = st.sampled_from(
    ["", " ", "-", "--", "x", "nan", "inf", "-1", "1e999", "2020-13-45", "A0", "A9", "../x", "/dev/zero", "{ }", "é"]
)


@settings(max_examples=examples(80))
@given(
    command=st.sampled_from(
        [
            ["print", "procesplaat-1", "--paper", "{a}", "-o", "{out}.pdf"],
            ["print", "procesplaat-1", "--overlap", "{a}", "--tile", "A4", "-o", "{out}.pdf"],
            ["print", "procesplaat-1", "--margin", "{a}", "--tile", "A3", "-o", "{out}.pdf"],
            ["pack", "{a}", "{a}", "-o", "{out}.pdf"],
            ["pack", "design-thinking-lean", "1", "--date", "{a}", "--school", "{a}", "-o", "{out}.pdf"],
            ["session", "new", "--board", "{a}", "--file", "{out}.bpsessie"],
            ["session", "new", "--board", "procesplaat-1", "--date", "{a}"],
            ["session", "new", "--board", "procesplaat-1", "--method", "{a}"],
            ["session", "list", "--from", "{a}"],
            ["session", "show", "{a}"],
            ["session", "delete", "{a}", "--ja"],
            ["session", "photo", "{a}", "{a}", "{out}.jpg"],
            ["trajectory", "new", "{a}", "--school", "{a}", "-o", "{out}.bptraject"],
            ["trajectory", "new", "design-thinking-lean", "--school", "X", "--dates", "{a}", "-o", "{out}.bptraject"],
            ["capture", "{a}", "--board", "procesplaat-1", "--corners", "{a}"],
            ["school", "export", "{a}", "-o", "{out}.bpbundel"],
            ["school", "erase", "{a}"],
            ["show", "{a}"],
            ["report", "{a}", "-o", "{out}.pdf"],
        ]
    ),
    argument=ARGUMENTS,
)
def test_odd_arguments_on_the_command_line(inputs, command, argument):
    filled = [part.format(a=argument, out=inputs / "uit") for part in command]
    code, out, err = run_cli(*filled, seconds=30)
    assert_clean(code, out, err)
