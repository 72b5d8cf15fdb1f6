"""Session bundles: round trip between archives, and refusing unsafe or odd zips."""

from __future__ import annotations

import json
import zipfile

import pytest

from boards.archive import Archive, export_bundle, import_bundle, read_bundle
from boards.archive import bundle as bundle_module
from boards.errors import BoardFileError
from boards.fileformat import dumps_session
from boards.session import Note, Session
from boards.templates import load_template
from tests.support.builders import newer_zip_version, photo_bytes

JPEG = photo_bytes("bord")


@pytest.fixture
def stored(archive):
    session = Session(board=load_template("procesplaat-1"), school="OBS Akkrum", date="2019-02-14")
    session.results.notes.append(Note("Te veel toetsen", "toetsen-afnemen"))
    session_id = archive.save(session)
    archive.add_photo(session_id, "bord.jpg", JPEG)
    return session_id


def test_bundle_moves_a_session_with_photos_to_another_archive(archive, stored, tmp_path):
    path = tmp_path / "sessie.bpbundel"
    export_bundle(archive, stored, path)
    with zipfile.ZipFile(path) as zipped:
        assert sorted(zipped.namelist()) == ["photos/bord.jpg", "session.json"]
    other = Archive(f"sqlite:///{tmp_path / 'ander.sqlite'}")
    new_id = import_bundle(other, path)
    assert new_id != stored
    copy = other.get(new_id)
    assert copy.results == archive.get(stored).results
    assert other.photo(new_id, "bord.jpg") == JPEG
    kept = import_bundle(other, path, keep_id=True)
    assert kept == stored
    with pytest.raises(Exception, match="staat al in het archief"):
        import_bundle(other, path, keep_id=True)
    other.close()


def _zip(path, entries: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        for name, data in entries.items():
            zipped.writestr(name, data)
    return path


def _session_json(photos=()):
    session = Session(board=load_template("procesplaat-1"))
    from boards.session import Photo

    session.photos = [Photo(name) for name in photos]
    return dumps_session(session).encode()


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "photos/../../x.jpg", "C:/windows/x", "photos\\x.jpg"])
def test_unsafe_paths_are_refused(tmp_path, name):
    path = _zip(tmp_path / "boos.bpbundel", {"session.json": _session_json(), name: b"x"})
    with pytest.raises(BoardFileError, match="onveilige bestandsnaam"):
        read_bundle(path)
    assert not (tmp_path.parent / "evil.txt").exists()


def test_not_a_zip(tmp_path):
    path = tmp_path / "sessie.bpbundel"
    path.write_text("hallo")
    with pytest.raises(BoardFileError, match="geen zip-bestand") as caught:
        read_bundle(path)
    assert "sessie.bpbundel" in str(caught.value)


def test_a_zip_of_a_newer_version_is_refused_not_a_crash(tmp_path):
    """Python's zip reader raises NotImplementedError (not BadZipFile) on a zip version it does not know."""
    from boards.archive.school import is_school_bundle, read_school_bundle

    path = _zip(tmp_path / "nieuw.bpbundel", {"session.json": _session_json()})
    path.write_bytes(newer_zip_version(path.read_bytes()))
    with pytest.raises(BoardFileError, match="geen zip-bestand") as caught:
        read_bundle(path)
    assert "nieuw.bpbundel" in str(caught.value)
    assert not is_school_bundle(path)
    with pytest.raises(BoardFileError, match="geen schoolbundel"):
        read_school_bundle(path)


def test_zip_without_session_json(tmp_path):
    with pytest.raises(BoardFileError, match=r"session\.json ontbreekt"):
        read_bundle(_zip(tmp_path / "a.bpbundel", {"photos/a.jpg": b"x"}))


def test_unexpected_entry(tmp_path):
    with pytest.raises(BoardFileError, match="onverwacht bestand"):
        read_bundle(_zip(tmp_path / "a.bpbundel", {"session.json": _session_json(), "script.sh": b"rm -rf"}))


def test_wrong_session_json(tmp_path):
    document = json.dumps({"format": "bruinpapier.board", "schema_version": 1, "board": {}}).encode()
    with pytest.raises(BoardFileError, match="bord-bestand, geen sessie-bestand"):
        read_bundle(_zip(tmp_path / "a.bpbundel", {"session.json": document}))


def test_missing_and_unlisted_photos(tmp_path):
    with pytest.raises(BoardFileError, match="ontbreekt in de bundel"):
        read_bundle(_zip(tmp_path / "a.bpbundel", {"session.json": _session_json(["a.jpg"])}))
    with pytest.raises(BoardFileError, match=r"staat niet in session\.json"):
        read_bundle(_zip(tmp_path / "b.bpbundel", {"session.json": _session_json(), "photos/b.jpg": b"x"}))


def test_oversized_and_zip_bomb_content_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_module, "MAX_PHOTO_BYTES", 1000)
    path = _zip(tmp_path / "groot.bpbundel", {"session.json": _session_json(["a.jpg"]), "photos/a.jpg": b"x" * 5000})
    with pytest.raises(BoardFileError, match="te groot"):
        read_bundle(path)
    monkeypatch.undo()
    bomb = _zip(
        tmp_path / "bom.bpbundel", {"session.json": _session_json(["a.jpg"]), "photos/a.jpg": bytes(30 * 1024 * 1024)}
    )
    with pytest.raises(BoardFileError, match="zip-bom"):
        read_bundle(bomb)


def test_too_many_entries(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_module, "MAX_ENTRIES", 3)
    entries = {"session.json": _session_json()} | {f"photos/{i}.jpg": b"x" for i in range(4)}
    with pytest.raises(BoardFileError, match="te veel bestanden"):
        read_bundle(_zip(tmp_path / "veel.bpbundel", entries))


def test_corrupted_photo_checksum(archive, stored, tmp_path):
    path = tmp_path / "s.bpbundel"
    export_bundle(archive, stored, path)
    with zipfile.ZipFile(path) as zipped:
        entries = {name: zipped.read(name) for name in zipped.namelist()}
    entries["photos/bord.jpg"] = b"anders"
    with pytest.raises(BoardFileError, match="beschadigd"):
        read_bundle(_zip(tmp_path / "kapot.bpbundel", entries))
