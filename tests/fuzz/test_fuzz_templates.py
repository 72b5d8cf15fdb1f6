"""Fuzzing template files (.bpsjabloon) and the export arguments: every answer is a template, a written
file or a clean Dutch error — never a traceback, a hang or a half-written library."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from boards.errors import BruinpapierError
from boards.library import LibraryTemplate, Source, loads_template, template_document
from boards.templates import load_template
from tests.fuzz.conftest import examples
from tests.fuzz.strategies import hostile_text
from tests.support.cli_run import assert_clean, no_hang, run_cli

TEMPLATE = json.loads(
    json.dumps(template_document(LibraryTemplate(load_template("brainstorm"), Source.OWN, None, "", "Annet")))
)


@settings(max_examples=examples(120))
@given(hostile_text(TEMPLATE))
def test_template_loader_answers_with_a_template_or_a_clean_error(data):
    with no_hang(20):
        try:
            loads_template(data.decode("utf-8", errors="replace"), "f")
        except BruinpapierError as error:
            assert str(error).startswith("f: ") and str(error).strip() != "f:"


@settings(max_examples=examples(40))
@given(data=hostile_text(TEMPLATE), command=st.sampled_from([["templates", "import"], ["show"], ["export"]]))
def test_template_files_on_the_command_line(tmp_path_factory, data, command):
    folder = tmp_path_factory.mktemp("sjabloon")
    file = folder / "invoer.bpsjabloon"
    file.write_bytes(data)
    extra = ["-o", str(folder / "uit.png"), "--breedte", "200"] if command == ["export"] else []
    code, out, err = run_cli(*command, file, *extra, seconds=30)
    assert_clean(code, out, err)


@settings(max_examples=examples(60))
@given(
    option=st.sampled_from(["--dpi", "--breedte"]),
    value=st.sampled_from(["", " ", "-", "x", "nan", "inf", "-1", "0", "1e999", "15", "1201", "30001", "é", "1,5"]),
    suffix=st.sampled_from([".png", ".svg", ".jpg", ""]),
)
def test_export_arguments(tmp_path_factory, option, value, suffix):
    folder = tmp_path_factory.mktemp("export")
    code, out, err = run_cli("export", "brainstorm", "-o", folder / f"uit{suffix}", f"{option}={value}", seconds=30)
    assert_clean(code, out, err)
    assert code in (0, 2)
