"""A PostgreSQL connection lost in the middle of a write: retried once on a new connection; when that
fails too, a Dutch message and nothing half-written (issue: OperationalError traceback in 'session
import' and 'add-photo')."""

from __future__ import annotations

import contextlib

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine

from boards.archive import Archive, ArchiveError, write_bundle
from boards.session import Note
from boards.templates import load_template
from boards.workspace import new_session
from tests.support.builders import photo_bytes
from tests.support.cli_run import assert_clean, run_cli
from tests.support.postgres_server import scratch_database

pytestmark = pytest.mark.postgres

JPEG = photo_bytes("bord")


@pytest.fixture
def pg_url(postgres_server_url):
    with scratch_database(postgres_server_url) as url:
        yield url


@contextlib.contextmanager
def connection_cut(url: str, times: int, statement: str = "INSERT INTO photos"):
    """The server drops the connection when ``statement`` is about to run, the first ``times`` times
    (as when the server restarts or the network goes away mid-write)."""
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    cuts: list[int] = []

    def cut(connection, _cursor, sql, *_args) -> None:
        if statement in sql and len(cuts) < times:
            pid = connection.connection.dbapi_connection.info.backend_pid
            with admin.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            cuts.append(pid)

    event.listen(Engine, "before_cursor_execute", cut)
    try:
        yield cuts
    finally:
        event.remove(Engine, "before_cursor_execute", cut)
        admin.dispose()


def _session():
    session = new_session(load_template("procesplaat-1"), school="OBS Akkrum")
    session.results.notes.append(Note("Te veel vergaderingen", session.board.zones[0].id))
    return session


def test_a_connection_lost_once_is_retried_and_the_write_completes(pg_url):
    with Archive(pg_url) as archive:
        session = _session()
        archive.save(session)
        with connection_cut(pg_url, times=1) as cuts:
            archive.add_photo(session.id, "bord.jpg", JPEG)
        assert len(cuts) == 1
        assert archive.photo(session.id, "bord.jpg") == JPEG
        assert [photo.name for photo in archive.get(session.id).photos] == ["bord.jpg"]


def test_a_connection_lost_twice_is_reported_in_dutch_and_nothing_is_half_written(pg_url):
    with Archive(pg_url) as archive:
        session = _session()
        with (
            connection_cut(pg_url, times=2) as cuts,
            pytest.raises(ArchiveError, match="verbinding met de archiefserver is verbroken") as error,
        ):
            archive.save_with_photos(_with_photo(session), {"bord.jpg": JPEG})
        assert len(cuts) == 2 and "niets half opgeslagen" in str(error.value)
        assert archive.list() == [] and not archive.exists(session.id)


def _with_photo(session):
    import hashlib

    from boards.session import Photo

    session.photos = [Photo("bord.jpg", "", hashlib.sha256(JPEG).hexdigest())]
    return session


def test_session_import_and_add_photo_on_the_command_line(pg_url, tmp_path):
    bundle = tmp_path / "s.bpbundel"
    write_bundle(_with_photo(_session()), {"bord.jpg": JPEG}, bundle)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(photo_bytes("nieuwe foto"))

    with connection_cut(pg_url, times=1):
        code, out, err = run_cli("session", "--archive", pg_url, "import", bundle)
    assert code == 0, err
    session_id = out.split()[-1]
    with connection_cut(pg_url, times=2):
        code, out, err = run_cli("session", "--archive", pg_url, "import", bundle)
    assert_clean(code, out, err)
    assert code == 1 and "verbroken" in err

    with connection_cut(pg_url, times=2, statement="UPDATE") as cuts:
        code, out, err = run_cli("session", "--archive", pg_url, "add-photo", session_id, photo, "--name", "bord.jpg")
    assert_clean(code, out, err)
    assert code == 1 and "verbroken" in err and cuts
    with Archive(pg_url) as archive:
        assert len(archive.list()) == 1  # the second import left nothing behind
        assert archive.photo(session_id, "bord.jpg") == JPEG
