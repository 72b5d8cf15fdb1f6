"""The open session and where it is kept, without Qt: start, save to the archive and into its trajectory
file with the photos read back, and the recovery copy written while results are unsaved."""

from __future__ import annotations

import datetime

import pytest

from boards.errors import BoardFileError, BruinpapierError, NotFoundError
from boards.session import Note
from boards.templates import load_template
from boards.trajectory import add_next_sessions, load_trajectory, new_trajectory, save_trajectory
from boards.workspace import ARCHIVE, TRAJECTORY, Workspace, new_session, record_in_trajectory
from tests.support.builders import photo_bytes

JPEG = photo_bytes("bord")


@pytest.fixture
def workspace(tmp_path):
    return Workspace(lambda: tmp_path / "herstel")


@pytest.fixture
def trajectory_file(tmp_path):
    trajectory = new_trajectory("verbetering-in-beeld", "OBS Akkrum")
    add_next_sessions(trajectory, board_id="vsm-schema")
    path = tmp_path / "akkrum.bptraject"
    save_trajectory(trajectory, path)
    return path


def test_a_new_session_keeps_a_snapshot_of_the_board_with_its_method_and_step_and_today():
    board = load_template("procesplaat-1")
    board.method, board.step = "design-thinking-lean", "procesplaten"
    session = new_session(board, school="OBS Akkrum")
    board.title = "later veranderd"
    assert session.board.title != "later veranderd" and session.board.id == "procesplaat-1"
    assert (session.method, session.step) == ("design-thinking-lean", "procesplaten")
    assert session.date == datetime.date.today().isoformat() and session.school == "OBS Akkrum"
    given = new_session(board, date="2019-03-12", method="design-thinking-lean", step="2")
    assert (given.date, given.method, given.step) == ("2019-03-12", "design-thinking-lean", "zelfevaluatie")


@pytest.mark.parametrize(
    ("details", "message"),
    [
        ({"method": "bestaatniet", "step": "xyz"}, "methode 'bestaatniet' bestaat niet"),
        ({"method": "design-thinking-lean", "step": "xyz"}, "heeft geen stap 'xyz'"),
        ({"date": "2020-13-45"}, "datum '2020-13-45' kan niet"),
    ],
)
def test_a_new_session_refuses_a_method_step_or_date_that_does_not_exist(details, message):
    board = load_template("procesplaat-1")
    board.method = board.step = None
    with pytest.raises(BruinpapierError, match=message):
        new_session(board, **details)


def test_saving_archives_the_session_with_the_photos_read_back(workspace, archive, tmp_path):
    session = new_session(load_template("procesplaat-1"))
    workspace.open(session)
    assert workspace.origin == ARCHIVE
    photo = tmp_path / "bord na afloop.jpg"
    photo.write_bytes(JPEG)
    assert workspace.keep_photo(photo) == "bord-na-afloop.jpg"
    session.results.notes.append(Note("Te veel vergaderingen"))
    assert workspace.write_recovery() and workspace.has_recovery()

    outcome = workspace.save(archive, photo_caption="teruggelezen")
    assert outcome.complete and outcome.photos == ["bord-na-afloop.jpg"]
    assert [note.text for note in archive.get(session.id).results.notes] == ["Te veel vergaderingen"]
    assert archive.photo(session.id, "bord-na-afloop.jpg") == JPEG
    assert [(p.name, p.caption) for p in archive.get(session.id).photos] == [("bord-na-afloop.jpg", "teruggelezen")]
    assert workspace.pending_photos == {} and not workspace.has_recovery()
    assert workspace.save(archive).photos == []  # saving again: no photo twice, the same archived session
    assert len(archive.list()) == 1


def test_photos_waiting_for_one_session_are_not_stored_with_another(workspace, archive, tmp_path):
    first, second = new_session(load_template("procesplaat-1")), new_session(load_template("procesplaat-1"))
    photo = tmp_path / "bord.jpg"
    photo.write_bytes(JPEG)
    workspace.open(first)
    workspace.keep_photo(photo)
    workspace.open(first)  # the same session again: its photos still wait
    assert list(workspace.pending_photos) == ["bord.jpg"]
    workspace.open(second)
    assert workspace.pending_photos == {}
    workspace.save(archive)
    assert archive.photos(second.id) == {}
    with pytest.raises(BoardFileError, match="bestaat niet"):
        workspace.keep_photo(tmp_path / "weg.jpg")


def test_a_trajectory_session_is_saved_into_its_file_and_archived_under_the_same_id(
    workspace, archive, trajectory_file
):
    shown = load_trajectory(trajectory_file)  # the copy a view holds
    (session,) = shown.all_sessions()
    workspace.open(session, shown, trajectory_file)
    assert workspace.origin == TRAJECTORY and workspace.shown_trajectory_file == trajectory_file
    session.results.notes.append(Note("Storen leerling", zone_id="datazijde"))

    assert workspace.save(archive, shown).complete
    (saved,) = load_trajectory(trajectory_file).all_sessions()
    assert [note.text for note in saved.results.notes] == ["Storen leerling"]
    assert [summary.id for summary in archive.list()] == [session.id]
    session.topic = "speciale aandacht"
    assert workspace.save(archive).complete  # without the caller's copy the file is read again
    assert load_trajectory(trajectory_file).all_sessions()[0].topic == "speciale aandacht"
    assert len(archive.list()) == 1


def test_when_the_trajectory_file_cannot_be_written_the_archive_copy_is_made_and_the_problem_named(
    workspace, archive, trajectory_file, tmp_path
):
    (session,) = load_trajectory(trajectory_file).all_sessions()
    blocked = tmp_path / "een-bestand"
    blocked.write_text("geen map", encoding="utf-8")
    workspace.open(session, None, blocked / "akkrum.bptraject")
    workspace.write_recovery()
    outcome = workspace.save(archive)
    assert not outcome.complete and isinstance(outcome.trajectory_problem, BruinpapierError | OSError)
    assert archive.exists(session.id)
    assert workspace.has_recovery()  # not everything is stored: the copy stays


def test_a_session_that_is_not_in_its_trajectory_is_archived_and_the_problem_named(workspace, archive, trajectory_file):
    stranger = new_session(load_template("procesplaat-1"))
    workspace.open(stranger, None, trajectory_file)
    outcome = workspace.save(archive)
    assert isinstance(outcome.trajectory_problem, NotFoundError)
    assert archive.exists(stranger.id)


def test_record_in_trajectory_puts_the_session_back_and_writes_the_file(trajectory_file):
    (session,) = load_trajectory(trajectory_file).all_sessions()
    session.remarks = "Goede energie"
    trajectory = record_in_trajectory(session, trajectory_file)
    assert trajectory.session(session.id) is session
    assert load_trajectory(trajectory_file).session(session.id).remarks == "Goede energie"


def test_the_recovery_copy_keeps_the_trajectory_it_belonged_to(workspace, trajectory_file):
    assert not workspace.write_recovery()  # nothing open, nothing to write
    (session,) = load_trajectory(trajectory_file).all_sessions()
    workspace.open(session, None, trajectory_file)
    assert workspace.write_recovery()
    recovered = workspace.read_recovery()
    assert recovered.session.id == session.id and recovered.trajectory_file == trajectory_file
    assert recovered.saved_at.startswith(datetime.date.today().isoformat())

    workspace.recovery.note_file.write_text("kapot", encoding="utf-8")  # a damaged note loses only the note
    damaged_note = workspace.read_recovery()
    assert damaged_note.session.id == session.id and damaged_note.trajectory_file is None

    workspace.recovery.file.write_text("kapot", encoding="utf-8")
    with pytest.raises(BruinpapierError, match=r"-sessie\.bpsessie"):
        workspace.read_recovery()
    workspace.clear_recovery()
    assert not workspace.has_recovery()


def test_a_session_that_cannot_be_written_gets_no_recovery_copy(workspace):
    session = new_session(load_template("procesplaat-1"))
    session.results.notes.append(Note("ergens", zone_id="bestaat-niet"))
    workspace.open(session)
    assert not workspace.write_recovery() and not workspace.has_recovery()


def test_the_archive_is_opened_once_and_again_when_its_address_changes(workspace, tmp_path, monkeypatch):
    monkeypatch.delenv("BRUINPAPIER_ARCHIVE")
    first = workspace.archive(f"sqlite:///{tmp_path / 'een.sqlite'}")
    assert workspace.archive(f"sqlite:///{tmp_path / 'een.sqlite'}") is first
    other = workspace.archive(f"sqlite:///{tmp_path / 'twee.sqlite'}")
    assert other is not first and other.url.endswith("twee.sqlite")


def test_the_workspace_loads_no_qt_and_opens_the_archive_and_trajectories_only_when_used():
    import subprocess
    import sys

    code = (
        "import sys, boards.workspace; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'sqlalchemy', 'pandas', 'cv2'}), "
        "'boards.trajectory' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]", "False"]
