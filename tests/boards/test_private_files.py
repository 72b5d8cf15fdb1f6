"""Private by default (archive, recovery copies, settings: 0600 files in 0700 folders), while files the
user exports to share follow the umask (issue: the archive and settings were 0644 in 0755 folders, and
every export was 0600)."""

from __future__ import annotations

import os
import stat

import pytest

from boards.archive import Archive
from boards.fileformat import atomic_write_bytes, save_session
from boards.templates import load_template
from boards.workspace import new_session
from tests.support.cli_run import run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_002():
    previous = os.umask(0o002)
    yield
    os.umask(previous)


def test_the_default_archive_is_private_also_when_an_older_version_made_it_readable(tmp_path, monkeypatch):
    folder = tmp_path / "gedeeld" / "bruinpapier"
    monkeypatch.delenv("BRUINPAPIER_ARCHIVE")
    monkeypatch.setattr("boards.archive.store.default_archive_folder", lambda: folder)
    Archive().close()
    assert mode(folder) == 0o700 and mode(folder / "archief.sqlite") == 0o600
    assert sorted(path.name for path in folder.iterdir()) == ["archief.sqlite"]  # no half-made file left
    folder.chmod(0o755)
    (folder / "archief.sqlite").chmod(0o644)
    Archive().close()
    assert mode(folder) == 0o700 and mode(folder / "archief.sqlite") == 0o600


def test_a_new_archive_elsewhere_is_private_too(tmp_path, umask_002):
    Archive(f"sqlite:///{tmp_path / 'elders.sqlite'}").close()
    assert mode(tmp_path / "elders.sqlite") == 0o600


def test_atomic_writes_are_private_only_when_asked(tmp_path, umask_002):
    atomic_write_bytes(tmp_path / "prive", b"x", private=True)
    atomic_write_bytes(tmp_path / "gedeeld", b"x")
    assert mode(tmp_path / "prive") == 0o600 and mode(tmp_path / "gedeeld") == 0o664


def test_exports_follow_the_umask(tmp_path, umask_002):
    session = new_session(load_template("procesplaat-1"), school="OBS Akkrum")
    save_session(session, tmp_path / "s.bpsessie")
    commands = [
        ["print", "procesplaat-1", "-o", tmp_path / "bord.pdf"],
        ["analyse", tmp_path / "s.bpsessie", "--xlsx", tmp_path / "analyse.xlsx"],
        ["report", tmp_path / "s.bpsessie", "-o", tmp_path / "rapport.pdf"],
        ["session", "export", tmp_path / "s.bpsessie", tmp_path / "s.csv"],
        ["session", "export", tmp_path / "s.bpsessie", tmp_path / "s.xlsx"],
        ["session", "export", tmp_path / "s.bpsessie", tmp_path / "s.bpbundel"],
    ]
    for command in commands:
        code, _, err = run_cli(*command)
        assert code == 0, err
        assert mode(command[-1]) == 0o664, command
