"""Board files: round trip, atomic writes, and clear messages for bad files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from boards.errors import BoardFileError, FileWriteError
from boards.fileformat import (
    SCHEMA_VERSION,
    board_document,
    dumps_board,
    load_board,
    loads_board,
    save_board,
)
from boards.geometry import Rect


def _document(board) -> dict:
    return json.loads(dumps_board(board))


def _load_modified(tmp_path: Path, document: dict) -> None:
    path = tmp_path / "bord.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    load_board(path)


def test_save_and_load_round_trip(tmp_path, procesplaat):
    path = tmp_path / "plaat.bpbord"
    save_board(procesplaat, path)
    assert load_board(path) == procesplaat


def test_file_records_version_and_markers(procesplaat):
    document = _document(procesplaat)
    assert document["format"] == "bruinpapier.board"
    assert document["schema_version"] == SCHEMA_VERSION
    markers = document["board"]["markers"]
    assert markers["dictionary"] == "DICT_4X4_1000"
    assert markers["size_mm"] > 0
    assert len(markers["markers"]) >= 4


def test_negative_width_names_file_path_and_problem(tmp_path, procesplaat):
    document = _document(procesplaat)
    document["board"]["zones"][3]["rect"]["width"] = -5
    with pytest.raises(BoardFileError) as caught:
        _load_modified(tmp_path, document)
    message = str(caught.value)
    assert "bord.json" in message
    assert "zones[3].rect.width" in message
    assert "groter zijn dan 0" in message
    assert caught.value.field_path == "zones[3].rect.width"


def test_wrong_type_is_named(tmp_path, procesplaat):
    document = _document(procesplaat)
    document["board"]["zones"][0]["label"] = 42
    with pytest.raises(BoardFileError) as caught:
        _load_modified(tmp_path, document)
    assert caught.value.field_path == "zones[0].label"
    assert "moet tekst zijn, maar is een geheel getal" in str(caught.value)


def test_missing_required_field(tmp_path, procesplaat):
    document = _document(procesplaat)
    del document["board"]["zones"][2]["rect"]
    with pytest.raises(BoardFileError) as caught:
        _load_modified(tmp_path, document)
    assert caught.value.field_path == "zones[2].rect"
    assert "ontbreekt" in str(caught.value)


def test_truncated_json_is_refused_clearly(tmp_path, procesplaat):
    text = dumps_board(procesplaat)
    path = tmp_path / "afgebroken.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(BoardFileError) as caught:
        load_board(path)
    assert "afgebroken.json" in str(caught.value)
    assert "geen geldig JSON-bestand" in str(caught.value)


def test_unknown_future_version_is_refused(tmp_path, procesplaat):
    document = _document(procesplaat)
    document["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(BoardFileError) as caught:
        _load_modified(tmp_path, document)
    assert caught.value.field_path == "schema_version"
    assert "nieuwere Bruinpapier" in str(caught.value)


def test_zone_outside_paper(tmp_path, procesplaat):
    document = _document(procesplaat)
    document["board"]["zones"][1]["rect"]["x"] = 1180
    with pytest.raises(BoardFileError) as caught:
        _load_modified(tmp_path, document)
    assert caught.value.field_path == "zones[1].rect"
    assert "buiten het papier" in str(caught.value)


def test_duplicate_ids_and_dangling_references(tmp_path, procesplaat):
    document = _document(procesplaat)
    document["board"]["zones"][5]["id"] = document["board"]["zones"][4]["id"]
    with pytest.raises(BoardFileError) as caught:
        _load_modified(tmp_path, document)
    assert caught.value.field_path == "zones[5].id"

    document = _document(procesplaat)
    document["board"]["zones"][0]["group"] = "bestaat-niet"
    with pytest.raises(BoardFileError) as caught:
        _load_modified(tmp_path, document)
    assert caught.value.field_path == "zones[0].group"


def test_bad_colour_and_unknown_field(tmp_path, procesplaat):
    document = _document(procesplaat)
    document["board"]["zones"][0]["holds"]["dots"][0]["color"] = "rood"
    with pytest.raises(BoardFileError) as caught:
        _load_modified(tmp_path, document)
    assert caught.value.field_path == "zones[0].holds.dots[0].color"
    assert "geen kleur" in str(caught.value)

    document = _document(procesplaat)
    document["board"]["zones"][0]["lable"] = "typo"
    with pytest.raises(BoardFileError) as caught:
        _load_modified(tmp_path, document)
    assert caught.value.field_path == "zones[0].lable"
    assert "onbekend veld" in str(caught.value)


def test_session_file_is_not_a_board(tmp_path, procesplaat):
    document = board_document(procesplaat)
    document["format"] = "bruinpapier.session"
    with pytest.raises(BoardFileError) as caught:
        _load_modified(tmp_path, document)
    assert "sessie" in str(caught.value)


def test_not_a_file_and_missing_file(tmp_path):
    with pytest.raises(BoardFileError, match="bestaat niet"):
        load_board(tmp_path / "nergens.json")
    with pytest.raises(BoardFileError, match="map"):
        load_board(tmp_path)
    binary = tmp_path / "foto.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    with pytest.raises(BoardFileError, match="UTF-8"):
        load_board(binary)


def test_saving_an_invalid_board_keeps_the_old_file(tmp_path, procesplaat):
    path = tmp_path / "plaat.json"
    save_board(procesplaat, path)
    before = path.read_bytes()
    procesplaat.zones[0].rect = Rect(5000, 0, 10, 10)
    with pytest.raises(BoardFileError):
        save_board(procesplaat, path)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["plaat.json"]


def test_atomic_write_leaves_no_partial_file_on_failure(tmp_path, procesplaat, monkeypatch):
    path = tmp_path / "plaat.json"
    save_board(procesplaat, path)
    before = path.read_bytes()

    def broken_replace(source, target):
        raise OSError("schijf vol")

    monkeypatch.setattr(os, "replace", broken_replace)
    procesplaat.title = "Nieuwe titel"
    with pytest.raises(FileWriteError, match="kan het bestand niet schrijven"):
        save_board(procesplaat, path)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["plaat.json"]


def test_loads_from_text(procesplaat):
    assert loads_board(dumps_board(procesplaat)) == procesplaat


def test_session_respondents_and_step_times_round_trip_and_are_checked(tmp_path):
    from boards.fileformat import dumps_session, loads_session
    from boards.session import Note, Session
    from boards.templates import load_template

    session = Session(board=load_template("zelfevaluatie"))
    session.results.respondents.update({"": 11, "v5": 10})
    session.results.notes.append(Note("kopiëren", work_min=1.5, wait_min=2880.0))
    again = loads_session(dumps_session(session))
    assert again.results.respondents == {"": 11, "v5": 10}
    assert (again.results.notes[0].work_min, again.results.notes[0].wait_min) == (1.5, 2880)
    document = json.loads(dumps_session(session))
    document["session"]["results"]["respondents"] = {"bestaat-niet": 3}
    with pytest.raises(BoardFileError, match="vraag 'bestaat-niet' staat niet op het bord"):
        loads_session(json.dumps(document), "s.bpsessie")
    document["session"]["results"]["respondents"] = {"v5": -1}
    with pytest.raises(BoardFileError, match="respondents"):
        loads_session(json.dumps(document), "s.bpsessie")
