"""The template library: own templates saved, listed, imported, exported and removed; a school folder read
only; ids that never clash; every file checked on load and written atomically and privately."""

from __future__ import annotations

import json
import os
import stat

import pytest

from boards.errors import BoardFileError, NotFoundError
from boards.fileformat import dumps_board, dumps_session, save_board
from boards.library import (
    SCHOOL_PREFIX,
    TEMPLATE_SUFFIX,
    Clash,
    FolderState,
    Source,
    TemplateLibrary,
    TitleTaken,
    default_library,
    dumps_template,
    free_id,
    free_title,
    load_template_file,
    loads_template,
    read_school_folder,
    settings_path,
    write_school_folder,
)
from boards.session import Session
from boards.templates import load_template, resolve_board, template_ids


def _board(title="Verbeterbord", method="verbetering-in-beeld", step="brainstorm", description="Wat kan beter?"):
    board = load_template("brainstorm")
    board.title, board.method, board.step, board.description = title, method, step, description
    return board


@pytest.fixture
def library(tmp_path):
    return TemplateLibrary(tmp_path / "eigen", tmp_path / "school")


def _school_file(library, board, name=None):
    """A template made by someone else, put in the school folder."""
    library.school_folder.mkdir(exist_ok=True)
    template = TemplateLibrary(library.school_folder.parent / "maker").add(board, clash=Clash.KEEP_BOTH)
    path = library.school_folder / (name or template.path.name)
    path.write_text(template.path.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_a_saved_template_is_listed_as_own_with_its_method_step_and_description(library):
    stored = library.add(_board(), author="Annet de Vries")
    assert stored.id == "verbeterbord" and stored.source == Source.OWN
    listing = library.listing()
    own = listing.by_source(Source.OWN)
    assert [template.id for template in own] == ["verbeterbord"]
    board = own[0].board
    assert (board.title, board.method, board.step, board.description) == (
        "Verbeterbord",
        "verbetering-in-beeld",
        "brainstorm",
        "Wat kan beter?",
    )
    assert own[0].author == "Annet de Vries" and own[0].saved_at.endswith("+00:00")
    assert len(listing.by_source(Source.BUILTIN)) == len(template_ids())
    assert listing.school_state == FolderState.MISSING  # the fixture's school folder is not made here


def test_the_board_comes_back_exactly(library):
    board = _board()
    stored = library.add(board)
    again = load_template_file(stored.path).board
    board.id = stored.id
    assert dumps_board(again) == dumps_board(board)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_own_templates_are_private(library):
    stored = library.add(_board())
    assert stat.S_IMODE(stored.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(library.own_folder.stat().st_mode) == 0o700


def test_an_id_never_clashes_with_a_built_in_template(library):
    stored = library.add(_board(title="Brainstorm"))
    assert "brainstorm" in template_ids()
    assert stored.id == "brainstorm-2"
    assert load_template("brainstorm").title == "Brainstorm"  # the built-in one is untouched
    assert library.find("brainstorm-2").title == "Brainstorm"


def test_a_title_taken_is_refused_unless_replaced_or_both_kept(library):
    first = library.add(_board(description="eerste"))
    with pytest.raises(TitleTaken) as refused:
        library.add(_board(title="verbeterbord", description="tweede"))
    assert refused.value.existing.id == first.id
    assert "al een eigen sjabloon 'Verbeterbord'" in str(refused.value)
    replaced = library.add(_board(description="tweede"), clash=Clash.REPLACE)
    assert (replaced.id, replaced.path) == (first.id, first.path)
    both = library.add(_board(description="derde"), clash=Clash.KEEP_BOTH)
    assert (both.id, both.title) == ("verbeterbord-2", "Verbeterbord (2)")
    own = library.own_templates()[0]
    assert [(template.title, template.board.description) for template in own] == [
        ("Verbeterbord", "tweede"),
        ("Verbeterbord (2)", "derde"),
    ]
    assert len({template.id for template in own}) == 2


def test_a_template_needs_a_name(library):
    with pytest.raises(Exception, match="naam nodig"):
        library.add(_board(title="   "))


def test_export_and_import_to_share_with_a_colleague(library, tmp_path):
    stored = library.add(_board(), author="Annet")
    shared = tmp_path / "gedeeld" / "verbeterbord.bpsjabloon"
    library.export(stored.id, shared)
    document = json.loads(shared.read_text(encoding="utf-8"))
    assert document["format"] == "bruinpapier.template" and document["schema_version"] == 2
    assert document["template"]["author"] == "Annet" and document["board"]["title"] == "Verbeterbord"
    if os.name == "posix":
        assert stat.S_IMODE(shared.stat().st_mode) & 0o044  # meant to be shared: not private
    colleague = TemplateLibrary(tmp_path / "collega")
    imported = colleague.import_file(shared)
    assert (imported.title, imported.author, imported.saved_at) == ("Verbeterbord", "Annet", stored.saved_at)
    with pytest.raises(TitleTaken):
        colleague.import_file(shared)
    assert colleague.import_file(shared, Clash.KEEP_BOTH).title == "Verbeterbord (2)"


def test_a_board_file_can_be_imported_as_a_template(library, tmp_path):
    path = tmp_path / "bord.bpbord"
    save_board(_board(title="Van een collega"), path)
    imported = library.import_file(path)
    assert imported.id == "van-een-collega" and imported.source == Source.OWN


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{niet af", "geen geldig JSON-bestand"),
        ('{"format": "bruinpapier.template", "schema_version": 9, "template": {}, "board": {}}', "nieuwere"),
        ('{"format": "iets-anders", "schema_version": 2}', "geen Bruinpapier-bestand"),
    ],
)
def test_a_bad_file_is_refused_naming_the_file_and_the_problem(tmp_path, content, expected):
    path = tmp_path / f"kapot{TEMPLATE_SUFFIX}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BoardFileError) as refused:
        load_template_file(path)
    assert str(path) in str(refused.value) and expected in str(refused.value)


def test_bad_template_data_is_named_by_its_field(library):
    document = json.loads(dumps_template(library.add(_board())))
    document["template"]["saved_at"] = "gisteren"
    with pytest.raises(BoardFileError, match=r"x.bpsjabloon: template\.saved_at"):
        loads_template(json.dumps(document), "x.bpsjabloon")


def test_a_bad_board_inside_is_named_by_its_field(library):
    document = json.loads(dumps_template(library.add(_board())))
    document["board"]["zones"][0]["rect"]["width"] = -5
    with pytest.raises(BoardFileError, match=r"zones\[0\]\.rect"):
        loads_template(json.dumps(document), "x.bpsjabloon")


def test_a_session_file_is_not_a_template(tmp_path):
    path = tmp_path / f"sessie{TEMPLATE_SUFFIX}"
    path.write_text(dumps_session(Session(id="s1", board=_board())), encoding="utf-8")
    with pytest.raises(BoardFileError, match="sessie-bestand, geen sjabloon-bestand"):
        load_template_file(path)


def test_a_bad_file_in_the_library_is_skipped_and_named(library):
    library.add(_board())
    broken = library.own_folder / f"kapot{TEMPLATE_SUFFIX}"
    broken.write_text("{", encoding="utf-8")
    (library.own_folder / f".verbeterbord{TEMPLATE_SUFFIX}.abc.tmp").write_text("{", encoding="utf-8")
    listing = library.listing(include_school=False)
    assert [template.id for template in listing.by_source(Source.OWN)] == ["verbeterbord"]
    assert len(listing.problems) == 1
    assert "overgeslagen" in str(listing.problems[0]) and str(broken) in str(listing.problems[0])


def test_school_templates_are_listed_read_only_with_ids_that_never_replace_others(library):
    library.add(_board())
    _school_file(library, _board(title="Schoolbord"))
    _school_file(library, _board(title="Brainstorm"), name="brainstorm-van-school.bpsjabloon")  # id brainstorm-2
    clash = _board(title="Verbeterbord van school")
    path = _school_file(library, clash)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["board"]["id"] = "verbeterbord"  # the own template's id
    path.write_text(json.dumps(document), encoding="utf-8")
    before = sorted(p.name for p in library.school_folder.iterdir())
    listing = library.listing()
    school = {template.title: template.id for template in listing.by_source(Source.SCHOOL)}
    assert school == {
        "Schoolbord": "schoolbord",
        "Brainstorm": "brainstorm-2",
        "Verbeterbord van school": f"{SCHOOL_PREFIX}verbeterbord",
    }
    assert len(listing.ids()) == len(listing.templates)
    assert listing.find("verbeterbord").source == Source.OWN
    # a new own template avoids the school's ids too
    assert library.add(_board(title="Schoolbord"), clash=Clash.REFUSE).id == "schoolbord-2"
    with pytest.raises(NotFoundError):
        library.remove("schoolbord")  # a school template is not removed here
    assert sorted(p.name for p in library.school_folder.iterdir()) == before


def test_a_missing_school_folder_is_said_plainly(library):
    listing = library.listing()
    assert listing.school_state == FolderState.MISSING
    assert listing.by_source(Source.SCHOOL) == []
    (message,) = listing.problems
    assert str(library.school_folder) in str(message) and "netwerkschijf" in str(message)
    assert listing.by_source(Source.BUILTIN)  # the rest of the library is there all the same


def test_an_unreadable_school_folder_is_said_plainly(library, monkeypatch):
    library.school_folder.mkdir()

    def refuse(_path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "scandir", refuse)
    listing = library.listing()
    assert listing.school_state == FolderState.UNREADABLE
    assert "leesrechten" in str(listing.problems[0])


def test_no_school_folder_set(tmp_path):
    listing = TemplateLibrary(tmp_path / "eigen").listing()
    assert listing.school_state == FolderState.NOT_SET and listing.problems == []


def test_remove_an_own_template(library):
    stored = library.add(_board())
    library.remove(stored.id)
    assert not stored.path.exists()
    assert library.own_templates()[0] == []
    with pytest.raises(NotFoundError):
        library.remove(stored.id)


def test_the_school_folder_setting_is_kept_for_the_app_and_the_command_line(tmp_path):
    assert read_school_folder() is None
    write_school_folder(tmp_path / "school")
    assert read_school_folder() == tmp_path / "school"
    assert default_library().school_folder == tmp_path / "school"
    if os.name == "posix":
        assert stat.S_IMODE(settings_path().stat().st_mode) == 0o600
    write_school_folder(None)
    assert read_school_folder() is None


def test_a_damaged_setting_is_said_not_forgotten_silently(tmp_path):
    write_school_folder(tmp_path / "school")
    settings_path().write_text("{kapot", encoding="utf-8")
    library = default_library()
    assert library.school_folder is None
    listing = library.listing()
    assert str(settings_path()) in str(listing.problems[0]) and "Instellingen" in str(listing.problems[0])


def test_own_and_school_templates_are_found_by_id_everywhere(tmp_path):
    library = default_library()
    own = library.add(_board())
    write_school_folder(tmp_path / "school")
    library = default_library()
    _school_file(library, _board(title="Schoolbord"))
    assert load_template(own.id).title == "Verbeterbord"
    assert resolve_board("schoolbord").title == "Schoolbord"
    assert resolve_board(str(own.path)).title == "Verbeterbord"
    with pytest.raises(NotFoundError, match="bruinpapier templates"):
        load_template("bestaat-niet")


def test_free_ids_and_titles():
    assert free_id("Verbeterbord!", []) == "verbeterbord"
    assert free_id("Verbeterbord", ["verbeterbord", "verbeterbord-2"]) == "verbeterbord-3"
    assert free_id("***", []) == "sjabloon"
    assert free_title("Bord", ["bord", "Bord (2)"]) == "Bord (3)"
    assert free_title("Bord", ["Ander"]) == "Bord"
