"""Valid files with any text a person (or an attacker) can type in them: every command that prints,
reports, analyses or exports them answers cleanly (markup such as ``<font>``, ``&``, control characters,
right-to-left marks, very long words)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from boards.fileformat import save_board, save_session
from boards.session import ActionItem, Note
from boards.templates import load_template
from boards.workspace import new_session
from tests.fuzz.conftest import examples
from tests.support.cli_run import assert_clean, run_cli

TEXT = st.text(max_size=60) | st.sampled_from(
    ["<b>", "</para>", "&", "&amp;", "<font size=99999>", "\x00", "\u202e", "{0}", "{ }", "=1+1", "a" * 900]
)
COMMANDS = [
    ["print", "{board}", "-o", "{out}.pdf"],
    ["report", "{session}", "-o", "{out}.pdf"],
    ["analyse", "{session}"],
    ["analyse", "{session}", "--xlsx", "{out}.xlsx"],
    ["session", "export", "{session}", "{out}.csv"],
    ["session", "export", "{session}", "{out}.xlsx"],
    ["session", "show", "{session}"],
    ["session", "import", "{session}"],
    ["show", "{board}"],
]


@settings(max_examples=examples(40))
@given(
    title=TEXT.filter(lambda text: text.strip() and len(text) <= 300),
    label=TEXT.filter(lambda text: text.strip() and len(text) <= 200),
    notes=st.lists(TEXT.filter(lambda text: len(text) <= 5000), max_size=4),
    school=TEXT.filter(lambda text: len(text) <= 300),
    command=st.sampled_from(COMMANDS),
)
def test_any_text_in_a_valid_file(tmp_path, title, label, notes, school, command):
    board = load_template("problemen-lokaliseren")
    board.title = title
    board.zones[0].label = label
    session = new_session(board, school=school)
    session.results.notes = [Note(text, board.zones[index % 3].id) for index, text in enumerate(notes)]
    session.results.actions = [ActionItem(1, notes[0] if notes else "actie", owner=school)]
    try:
        save_board(board, tmp_path / "b.bpbord")
        save_session(session, tmp_path / "s.bpsessie")
    except Exception as error:  # noqa: BLE001 - a text the file format refuses is not what is tested here
        assert type(error).__name__ == "BoardFileError"
        return
    names = {"board": tmp_path / "b.bpbord", "session": tmp_path / "s.bpsessie", "out": tmp_path / "uit"}
    assert_clean(*run_cli(*[part.format(**names) for part in command], seconds=60))
