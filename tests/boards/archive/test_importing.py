"""``session import`` of many files: each distinct board snapshot is checked and built once, but every
file is still checked in full — a board that differs in one byte is checked again, a bad board or bad
results among good files refuse that file with its name."""

from __future__ import annotations

import json

import pytest

from boards.archive import Archive
from boards.archive.importing import import_files
from boards.errors import BoardFileError, BruinpapierError
from boards.fileformat import BoardSnapshots, dumps_session, load_session, loads_session, save_session
from boards.session import Note
from tests.support.builders import session_on, with_dots


def session_text(procesplaat, school: str = "OBS Akkrum", change=None) -> str:
    session = with_dots(session_on(procesplaat, school=school), {"rapporten-schrijven": (3, 1)})
    session.results.notes.append(Note("te veel toetsen", "toetsen-afnemen"))
    document = json.loads(dumps_session(session))
    if change is not None:
        change(document["session"])
    return json.dumps(document, ensure_ascii=False, indent=2)


def test_an_equal_board_is_checked_once_and_one_that_differs_in_one_byte_again(procesplaat):
    snapshots = BoardSnapshots()
    first = loads_session(session_text(procesplaat, "A"), "a.bpsessie", snapshots)
    second = loads_session(session_text(procesplaat, "B"), "b.bpsessie", snapshots)
    assert snapshots.checked == 1
    assert second.board is first.board  # built once, shared by the sessions of one import
    assert second.school == "B" and second.results.notes[-1].text == "te veel toetsen"

    def retitle(session):  # one letter of the title: another snapshot
        session["board"]["title"] = session["board"]["title"][:-1] + "X"

    text = session_text(procesplaat, "C", retitle)
    third = loads_session(text, "c.bpsessie", snapshots)
    assert snapshots.checked == 2 and third.board is not first.board and third.board.title.endswith("X")
    assert third == loads_session(text, "c.bpsessie")  # the same as read without snapshots
    text = session_text(procesplaat, "D")
    assert loads_session(text, "d.bpsessie", snapshots) == loads_session(text, "d.bpsessie")


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda s: s["board"]["zones"][0]["rect"].update(x=1180), "valt buiten het papier"),  # board semantics
        (lambda s: s["board"]["zones"][0].update(label=12), "moet tekst zijn"),  # board schema
        (lambda s: s["results"]["notes"][0].update(zone_id="bestaat-niet"), "bestaat niet op het bord"),
        (lambda s: s["results"]["notes"][0].update(color="paars"), "'paars' kan niet"),  # results schema
    ],
)
def test_a_bad_file_after_good_ones_with_the_same_board_is_refused_with_its_name(procesplaat, change, says):
    snapshots = BoardSnapshots()
    loads_session(session_text(procesplaat), "goed.bpsessie", snapshots)
    with pytest.raises(BoardFileError) as caught:
        loads_session(session_text(procesplaat, change=change), "fout.bpsessie", snapshots)
    assert "fout.bpsessie" in str(caught.value) and says in str(caught.value)
    # ... with the same message as without snapshots
    with pytest.raises(BoardFileError) as alone:
        loads_session(session_text(procesplaat, change=change), "fout.bpsessie")
    assert str(alone.value) == str(caught.value)
    # and the known board stays good for the next file
    assert loads_session(session_text(procesplaat), "goed2.bpsessie", snapshots).school == "OBS Akkrum"
    assert snapshots.checked == 1


def test_import_of_a_folder_names_the_bad_file_and_stores_what_saving_stores(procesplaat, tmp_path):
    folder = tmp_path / "sessies"
    folder.mkdir()
    for index in range(6):
        (folder / f"s{index}.bpsessie").write_text(session_text(procesplaat, f"School {index}"), encoding="utf-8")

    def outside(session):
        session["board"]["zones"][1]["rect"]["x"] = 1180

    (folder / "s3.bpsessie").write_text(session_text(procesplaat, "Kapot", outside), encoding="utf-8")
    with Archive(f"sqlite:///{tmp_path / 'archief.sqlite'}") as archive:
        with pytest.raises(BruinpapierError) as caught:
            import_files(archive, [folder])
        assert "s3.bpsessie" in str(caught.value) and "valt buiten het papier" in str(caught.value)
        assert archive.count() == 0  # nothing of a refused import

        outcome = import_files(archive, [folder], keep_id=True, skip_bad=True)
        assert [path.name for path, _why in outcome.skipped] == ["s3.bpsessie"]
        assert len(outcome.ids) == 5
        for index in (0, 1, 2, 4, 5):
            stored = load_session(folder / f"s{index}.bpsessie")
            stored.photos = []
            assert archive.get(stored.id) == stored


def test_a_school_bundle_import_reads_each_board_once(procesplaat, tmp_path):
    from boards.archive.school import export_school, find_school, read_school_bundle

    with Archive(f"sqlite:///{tmp_path / 'bron.sqlite'}") as source:
        for index in range(3):
            source.save(session_on(procesplaat, school="OBS Akkrum", date=f"2020-0{index + 1}-01"))
        bundle = tmp_path / "akkrum.bpbundel"
        export_school(source, find_school(source, "OBS Akkrum"), bundle)
    snapshots = BoardSnapshots()
    _manifest, sessions = read_school_bundle(bundle, snapshots)
    assert len(sessions) == 3 and snapshots.checked == 1


def test_a_session_file_saved_and_read_alone_is_unchanged(procesplaat, tmp_path):
    session = session_on(procesplaat)
    save_session(session, tmp_path / "s.bpsessie")
    again = load_session(tmp_path / "s.bpsessie")
    assert again == session and again.board is not session.board
