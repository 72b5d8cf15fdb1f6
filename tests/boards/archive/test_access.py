"""Who sees what on a shared PostgreSQL archive: two facilitators' roles connect to the throwaway server
and see, change and delete only their own schools' sessions — through the app's archive and with raw SQL."""

from __future__ import annotations

import json
import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from boards.archive import Archive, ArchiveError
from boards.archive.selection import SessionFilter
from boards.errors import BruinpapierError, NotFoundError
from boards.session import ActionItem, Note, Session
from boards.templates import load_template
from cli.main import main
from tests.support.builders import photo_bytes
from tests.support.postgres_server import scratch_database

pytestmark = pytest.mark.postgres
JPEG = photo_bytes("bord")


@contextmanager
def login_roles(server_url: str, *names: str):
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f'CREATE ROLE "{name}" LOGIN'))
        yield
    finally:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def shared(postgres_server_url):
    """An archive (as its owner) with sessions of two schools, and the URLs of two facilitators' roles."""
    suffix = uuid.uuid4().hex[:8]
    role_a, role_b = f"begeleider_a_{suffix}", f"begeleider_b_{suffix}"
    with login_roles(postgres_server_url, role_a, role_b), scratch_database(postgres_server_url) as url:
        with Archive(url) as archive:
            ids = {}
            for school in ("OBS Akkrum", "SWS Balans"):
                session = Session(board=load_template("procesplaat-1"), school=school, date="2019-03-12")
                session.results.notes.append(Note(f"briefje van {school}", "rapporten-schrijven"))
                session.results.set_dot_count("rapporten-schrijven", "werkdruk", 4)
                session.results.actions.append(ActionItem(1, f"actie van {school}"))
                ids[school] = archive.save(session)
                archive.add_photo(ids[school], "bord.jpg", JPEG)
        as_a = make_url(url).set(username=role_a).render_as_string(hide_password=False)
        as_b = make_url(url).set(username=role_b).render_as_string(hide_password=False)
        yield {"owner": url, "a": as_a, "b": as_b, "role_a": role_a, "role_b": role_b, "ids": ids}


def cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def raw_counts(url: str, school_key: str) -> dict[str, int]:
    """What plain SQL with this role reads of one school, table by table."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            ids = "SELECT id FROM sessions WHERE school_key = :key"
            return {
                table: connection.execute(
                    text(
                        f"SELECT count(*) FROM {table} WHERE "
                        + ("school_key = :key" if table == "sessions" else f"session_id IN ({ids})")
                    ),
                    {"key": school_key},
                ).scalar_one()
                for table in ("sessions", "photos", "session_notes", "session_counts", "session_actions")
            } | {
                "unfiltered": connection.execute(text("SELECT count(*) FROM session_notes")).scalar_one(),
                "documents": connection.execute(
                    text("SELECT count(*) FROM sessions WHERE document LIKE :text"), {"text": "%SWS Balans%"}
                ).scalar_one(),
            }
    finally:
        engine.dispose()


def test_each_facilitator_sees_and_changes_only_the_schools_granted(shared, capsys):
    owner, ids = shared["owner"], shared["ids"]
    code, out, err = cli(capsys, "archive", "grant", shared["role_a"], "obs akkrum", "--archive", owner)
    assert code == 0, err
    assert "ziet en wijzigt nu de sessies van obs akkrum" in out

    # Raw SQL as A: its own school whole, nothing of the other; as B (no grant yet): nothing at all.
    assert raw_counts(shared["a"], "obs akkrum") == {
        "sessions": 1,
        "photos": 1,
        "session_notes": 1,
        "session_counts": 3,
        "session_actions": 1,
        "unfiltered": 1,
        "documents": 0,
    }
    assert raw_counts(shared["a"], "sws balans") == {
        "sessions": 0,
        "photos": 0,
        "session_notes": 0,
        "session_counts": 0,
        "session_actions": 0,
        "unfiltered": 1,
        "documents": 0,
    }
    with pytest.raises(ProgrammingError, match="permission denied"):
        raw_counts(shared["b"], "obs akkrum")  # a role that was granted nothing may not even read the tables

    engine = create_engine(shared["a"])
    with engine.begin() as connection:  # deleting or moving the other school's rows touches nothing
        assert connection.execute(text("DELETE FROM photos")).rowcount == 1  # only A's own photo
        assert connection.execute(text("DELETE FROM sessions WHERE school_key = 'sws balans'")).rowcount == 0
        assert connection.execute(text("UPDATE session_counts SET count = 0")).rowcount == 3
        connection.rollback()
    with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as connection:
        connection.execute(text("UPDATE sessions SET school_key = 'sws balans'"))  # moving a session away
    with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as connection:
        connection.execute(text("INSERT INTO school_access VALUES (current_user, 'sws balans')"))  # no self-service
    engine.dispose()

    # Through the app's archive: list, summary, read, export and delete stop at A's school.
    with Archive(shared["a"]) as archive:
        assert [summary.school for summary in archive.list()] == ["OBS Akkrum"]
        assert archive.summary().sessions == 1 and archive.count(SessionFilter(school="balans")) == 0
        with pytest.raises(NotFoundError):
            archive.get(ids["SWS Balans"])
        with pytest.raises(NotFoundError):
            archive.photos(ids["SWS Balans"])
        with pytest.raises(NotFoundError):
            archive.delete(ids["SWS Balans"])
        stolen = Session(board=load_template("procesplaat-1"), school="SWS Balans")
        with pytest.raises(BruinpapierError):
            archive.save(stolen)  # writing a session of another school is refused by the database
        own = archive.get(ids["OBS Akkrum"])
        own.school = "SWS Balans"
        with pytest.raises(BruinpapierError):
            archive.save(own)
    code, out, _ = cli(capsys, "analyse", "--all", "--json", "--archive", shared["a"])
    assert code == 0 and json.loads(out)["sessions"] == 1
    code, _, err = cli(capsys, "session", "--archive", shared["a"], "export", ids["SWS Balans"], "x.bpbundel")
    assert code == 1 and "staat niet in het archief" in err

    # The school board's role sees everything; revoking takes a school away again.
    assert cli(capsys, "archive", "grant", shared["role_b"], "--bestuur", "--archive", owner)[0] == 0
    with Archive(shared["b"]) as archive:
        assert sorted(summary.school for summary in archive.list()) == ["OBS Akkrum", "SWS Balans"]
    code, out, _ = cli(capsys, "archive", "roles", "--json", "--archive", owner)
    roles = {entry["role"]: entry for entry in json.loads(out)}
    assert roles[shared["role_a"]] == {"role": shared["role_a"], "board": False, "schools": ["OBS Akkrum"]}
    assert roles[shared["role_b"]]["board"] is True
    code, out, _ = cli(capsys, "archive", "roles", "--json", "--archive", shared["a"])
    assert code == 0 and json.loads(out) == [roles[shared["role_a"]]]  # a facilitator sees only its own access
    code, out, _ = cli(capsys, "archive", "roles", "--json", "--archive", shared["b"])
    assert code == 0 and {entry["role"] for entry in json.loads(out)} >= {shared["role_a"], shared["role_b"]}
    assert cli(capsys, "archive", "revoke", shared["role_a"], "OBS Akkrum", "--archive", owner)[0] == 0
    assert cli(capsys, "archive", "revoke", shared["role_b"], "--bestuur", "--archive", owner)[0] == 0
    with Archive(shared["a"]) as archive:
        assert archive.list() == []  # still a facilitator, of no school
    with pytest.raises(ArchiveError, match="deze databaserol heeft geen toegang tot het archief"):
        Archive(shared["b"])  # no longer anything: not even the schema version may be read


def test_granting_names_what_is_wrong(shared, capsys, tmp_path):
    owner = shared["owner"]
    code, _, err = cli(capsys, "archive", "grant", "niemand_hier", "OBS Akkrum", "--archive", owner)
    assert code == 1 and "databaserol 'niemand_hier' bestaat niet" in err
    code, _, err = cli(capsys, "archive", "grant", shared["role_a"], "--archive", owner)
    assert code == 1 and "geef een school óf --bestuur op" in err
    code, out, _ = cli(capsys, "archive", "grant", shared["role_a"], "Nieuwe School", "--archive", owner)
    assert code == 0 and "geen sessies van 'Nieuwe School'" in out
    code, _, err = cli(capsys, "archive", "grant", shared["role_b"], "OBS Akkrum", "--archive", shared["a"])
    assert code == 1 and "geen toestemming" in err  # a facilitator cannot hand out access
    sqlite = f"sqlite:///{tmp_path / 'eigen.sqlite'}"
    code, _, err = cli(capsys, "archive", "roles", "--archive", sqlite)
    assert code == 1 and "alleen voor een gedeeld PostgreSQL-archief" in err


def test_opening_as_a_facilitator_needs_no_schema_rights(shared, capsys):
    """The facilitator's role cannot change the schema; opening an archive at the newest revision
    does not try to. Saving a session of a school not granted is said in Dutch."""
    assert cli(capsys, "archive", "grant", shared["role_a"], "OBS Akkrum", "--archive", shared["owner"])[0] == 0
    with Archive(shared["a"]) as archive:
        assert len(archive.list()) == 1
        with pytest.raises(ArchiveError, match="geen toegang tot de school van deze sessie"):
            archive.save(Session(board=load_template("procesplaat-1"), school="SWS Balans"))
    engine = create_engine(shared["a"])
    with pytest.raises(ProgrammingError), engine.begin() as connection:
        connection.execute(text("DROP TABLE session_notes"))
    engine.dispose()
    with pytest.raises(ArchiveError):
        Archive(make_url(shared["a"]).set(database="bestaat_niet").render_as_string(hide_password=False))
