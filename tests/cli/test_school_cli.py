"""Privacy requests on the command line: ``school export`` hands a school everything stored about it,
``school erase`` removes it (archive rows, photos, recovery copies), securely on SQLite (issue: no way to
do either; secure deletion relied on the SQLite build's default)."""

from __future__ import annotations

import json
import zipfile

import pytest
from sqlalchemy import text

from boards.archive import Archive, read_bundle
from boards.fileformat import SESSION_SUFFIX, dumps_session, load_session
from boards.recovery import RecoveryOwner, recovery_files
from boards.session import Note
from boards.sessionio.matching import normalise
from boards.templates import load_template
from boards.trajectory import new_trajectory, save_trajectory
from boards.userdirs import recovery_dir
from boards.workspace import new_session
from cli.main import main
from tests.support.builders import photo_bytes, simulate_crash

SECRET = "Geheime notitie over meester Jansen"


@pytest.fixture
def archive_file(tmp_path, monkeypatch):
    path = tmp_path / "school.sqlite"
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", f"sqlite:///{path}")
    with Archive(f"sqlite:///{path}") as archive:
        klimop = new_session(load_template("procesplaat-1"), school="OBS De Klimop", date="2024-03-12")
        klimop.results.notes.append(Note(SECRET, klimop.board.zones[0].id))
        archive.save(klimop)
        archive.add_photo(klimop.id, "bord.jpg", photo_bytes("klimop"))
        archive.save(new_session(load_template("procesplaat-1"), school="obs  de klimóp", date="2024-05-01"))
        archive.save(new_session(load_template("procesplaat-1"), school="CBS De Klimopstee", date="2024-03-12"))
    return path


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _crashed_copy(school: str) -> None:
    owner = RecoveryOwner(recovery_dir)
    owner.copy("sessie", SESSION_SUFFIX, dumps_session, load_session).write(
        new_session(load_template("procesplaat-1"), school=school), {}
    )
    simulate_crash(owner)


def test_export_holds_every_session_photo_and_trajectory_of_the_school_only(capsys, archive_file, tmp_path):
    trajectory = tmp_path / "klimop.bptraject"
    save_trajectory(new_trajectory("design-thinking-lean", "OBS De Klimop"), trajectory)
    out = tmp_path / "klimop.bpbundel"
    code, stdout, err = run(capsys, "school", "export", "OBS DE KLIMOP", "-o", str(out), "--traject", str(trajectory))
    assert code == 0, err
    assert "2 sessie(s), 1 foto('s), 1 traject(en)" in stdout
    with zipfile.ZipFile(out) as bundle:
        manifest = json.loads(bundle.read("school.json"))
        inner = [name for name in bundle.namelist() if name.startswith("sessies/")]
        (tmp_path / "een.bpbundel").write_bytes(bundle.read(manifest["sessions"][0]["file"]))
        assert any(name.startswith("trajecten/") for name in bundle.namelist())
    assert normalise(manifest["school"]) == "obs de klimop" and len(inner) == 2
    session, photos = read_bundle(tmp_path / "een.bpbundel")  # each session is a normal bundle
    assert len(photos) in (0, 1)
    assert normalise(session.school) == "obs de klimop"
    assert (out.stat().st_mode & 0o077) != 0  # shared with the school: follows the umask, not private

    other = tmp_path / "ander.bptraject"
    save_trajectory(new_trajectory("design-thinking-lean", "CBS Andere"), other)
    code, _, err = run(capsys, "school", "export", "OBS De Klimop", "-o", str(out), "--traject", str(other))
    assert code == 1 and "traject van 'CBS Andere', niet van 'OBS De Klimop'" in err


def test_erase_asks_for_ja_then_removes_rows_photos_and_copies_securely(capsys, archive_file):
    _crashed_copy("OBS De Klimop")
    _crashed_copy("CBS De Klimopstee")
    code, stdout, err = run(capsys, "school", "erase", "OBS De Klimop")
    assert code == 1 and "2 sessie(s), 1 foto('s)" in stdout and "--ja" in stdout
    assert "herstelkopieën: 1 bestand(en)" in stdout
    with Archive() as archive:
        assert len(archive.list()) == 3  # nothing went without --ja

    code, stdout, err = run(capsys, "school", "erase", "OBS De Klimop", "--ja")
    assert code == 0, err
    assert "2 sessie(s) en 1 foto('s)" in stdout and "1 herstelbestand(en)" in stdout and "VACUUM" in stdout
    with Archive() as archive:
        assert [summary.school for summary in archive.list()] == ["CBS De Klimopstee"]
        with archive.engine.connect() as connection:
            assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
    assert SECRET.encode() not in archive_file.read_bytes()  # not left in free pages of the file
    copies = [path.name for path in recovery_files(recovery_dir()) if path.name.endswith(SESSION_SUFFIX)]
    assert len(copies) == 1  # the other school's copy stays
    assert load_session(recovery_dir() / copies[0]).school == "CBS De Klimopstee"


def test_a_school_name_must_match_exactly(capsys, archive_file):
    code, _, err = run(capsys, "school", "erase", "Klimop", "--ja")
    assert code == 1 and "bedoelt u:" in err and "OBS De Klimop" in err
    code, _, err = run(capsys, "school", "export", "", "-o", "x.bpbundel")
    assert code == 1 and "geef de naam van de school op" in err
    with Archive() as archive:
        assert len(archive.list()) == 3


def test_a_school_bundle_imports_whole_into_another_archive(capsys, archive_file, tmp_path, monkeypatch):
    out = tmp_path / "klimop.bpbundel"
    assert run(capsys, "school", "export", "OBS De Klimop", "-o", str(out))[0] == 0
    other = f"sqlite:///{tmp_path / 'ander.sqlite'}"
    code, stdout, err = run(capsys, "session", "--archive", other, "import", str(out))
    assert code == 0 and "Geïmporteerd: 2 sessies" in stdout, err
    with Archive(other) as archive:
        summaries = archive.list()
        assert sorted(summary.photo_count for summary in summaries) == [0, 1]
        assert any(SECRET in note.text for s in summaries for note in archive.get(s.id).results.notes)
    # A school bundle with anything unexpected in it is refused whole.
    with zipfile.ZipFile(out, "a") as bundle:
        bundle.writestr("sessies/../../boos.sh", b"rm -rf /")
    code, _, err = run(capsys, "session", "--archive", other, "import", str(out))
    assert code == 1 and "onveilige bestandsnaam" in err
    with Archive(other) as archive:
        assert len(archive.list()) == 2
