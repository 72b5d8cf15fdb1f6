"""The archive on SQLite and on a real PostgreSQL server (see conftest.py)."""

from __future__ import annotations

from datetime import UTC

import pytest
from sqlalchemy import create_engine, inspect, text

from boards.archive import Archive, ArchiveError, default_archive_url, resolve_session
from boards.archive.store import schema_head
from boards.errors import InvalidArgumentError, NotFoundError
from boards.fileformat import save_session
from boards.session import ActionItem, DotCount, Note, Session
from boards.templates import load_template
from tests.support.builders import photo_bytes

JPEG = photo_bytes("bord")
FIRST = photo_bytes("eerste")
SECOND = photo_bytes("tweede")
PNG = photo_bytes("png", "PNG")


def make_session(board_id="procesplaat-1", school="OBS Akkrum", date="2019-02-14", **fields) -> Session:
    session = Session(board=load_template(board_id), school=school, date=date, **fields)
    return session


def test_migrations_create_the_schema_and_reopen_is_a_no_op(archive, archive_url):
    tables = set(inspect(archive.engine).get_table_names())
    assert {"sessions", "photos", "alembic_version"} <= tables
    with archive.engine.connect() as connection:
        assert connection.execute(text("select version_num from alembic_version")).scalar() == schema_head()
    session_id = archive.save(make_session())
    again = Archive(archive_url)
    assert again.get(session_id).school == "OBS Akkrum"
    again.close()


def test_the_newest_revision_is_known_without_alembic():
    from boards.archive.store import newest_revision

    assert newest_revision() == schema_head()


def test_save_get_round_trip_with_results(archive):
    session = make_session(
        team="bovenbouw",
        facilitator="RvB",
        method="design-thinking-lean",
        step="procesplaten",
        participants=["AB", "CD"],
        remarks="Goede energie",
        topic="werkdruk",
    )
    session.results.notes.append(Note("Te veel toetsen", "toetsen-afnemen", "pink"))
    session.results.dots.append(DotCount("toetsen-afnemen", "werkdruk", 6))
    session.results.actions.append(ActionItem(1, "Toetskalender", "IB", "December", "Hoog", "L"))
    assert archive.save(session) == session.id
    assert archive.get(session.id) == session
    session.remarks = "aangepast"
    archive.save(session)
    assert archive.get(session.id).remarks == "aangepast"
    assert len(archive.list()) == 1


def test_list_filters(archive):
    a = archive.save(make_session(school="OBS Akkrum", date="2019-02-14", method="design-thinking-lean"))
    b = archive.save(
        make_session(
            "problemen-lokaliseren", school="De Borgstee", date="2020-05-01", topic="Speciale aandacht leerlingen"
        )
    )
    c = archive.save(make_session("ideeen-genereren", school="CBS Blokhuus", date="2021-09-30"))
    s = archive.get(c)
    s.results.notes.append(Note("Voorspelbare leerkracht", "persoonlijk"))
    archive.save(s)

    def ids(**filters):
        return [summary.id for summary in archive.list(**filters)]

    assert ids() == [c, b, a]  # newest date first
    assert ids(school="akkrum") == [a]
    assert ids(method="design-thinking-lean") == [a]
    assert ids(board="ideeen-genereren") == [c]
    assert ids(date_from="2020-01-01") == [c, b]
    assert ids(date_to="2020-12-31") == [b, a]
    assert ids(date_from="2020-01-01", date_to="2020-12-31") == [b]
    assert ids(text="SPECIALE aandacht") == [b]
    assert ids(text="voorspelbare") == [c]
    assert ids(text="borgstee speciale") == [b]
    assert ids(text="100%_") == []
    summary = archive.list(board="ideeen-genereren")[0]
    assert (summary.note_count, summary.board_title, summary.photo_count) == (1, "Ideeën genereren", 0)


def test_delete_and_not_found(archive):
    session_id = archive.save(make_session())
    archive.add_photo(session_id, "bord.jpg", JPEG)
    archive.delete(session_id)
    assert archive.list() == []
    with pytest.raises(NotFoundError, match="staat niet in het archief"):
        archive.get(session_id)
    with pytest.raises(NotFoundError):
        archive.delete(session_id)
    with archive.engine.connect() as connection:
        assert connection.execute(text("select count(*) from photos")).scalar() == 0


def test_photos_are_stored_with_the_session(archive):
    session_id = archive.save(make_session())
    photo = archive.add_photo(session_id, "bord-1.jpg", FIRST, caption="Bord na afloop")
    assert archive.photo(session_id, "bord-1.jpg") == FIRST
    assert archive.get(session_id).photos == [photo]
    archive.add_photo(session_id, "bord-1.jpg", SECOND)
    assert archive.photo(session_id, "bord-1.jpg") == SECOND
    assert archive.get(session_id).photos[0].caption == "Bord na afloop"
    assert archive.list()[0].photo_count == 1
    with pytest.raises(NotFoundError):
        archive.photo(session_id, "ander.jpg")
    for bad in ("../etc/passwd", "/abs.jpg", "", "map/foto.jpg"):
        with pytest.raises(InvalidArgumentError, match="fotonaam"):
            archive.add_photo(session_id, bad, b"x")
    archive.remove_photo(session_id, "bord-1.jpg")
    assert archive.get(session_id).photos == [] and archive.photos(session_id) == {}


def test_save_refuses_listed_photos_without_bytes_and_changes_nothing(archive):
    from boards.session import Photo

    session = make_session()
    session.photos.append(Photo("weg.jpg"))
    with pytest.raises(InvalidArgumentError, match=r"weg\.jpg"):
        archive.save(session)
    assert archive.list() == []


def test_invalid_session_is_not_stored(archive):
    session = make_session()
    session.results.notes.append(Note("x", "geen-zone"))
    with pytest.raises(Exception, match="geen-zone"):
        archive.save(session)
    assert archive.list() == []


def test_duplicate_copies_results_and_photos(archive):
    session = make_session()
    session.results.dots.append(DotCount("toetsen-afnemen", "werkdruk", 3))
    original = archive.save(session)
    archive.add_photo(original, "bord.png", PNG)
    copy_id = archive.duplicate(original)
    assert copy_id != original
    copy = archive.get(copy_id)
    assert copy.results == session.results and copy.id == copy_id
    assert archive.photo(copy_id, "bord.png") == PNG
    archive.delete(original)
    assert archive.photo(copy_id, "bord.png") == PNG


def test_resolve_session_by_id_and_by_file(archive, tmp_path):
    session = make_session()
    archive.save(session)
    assert resolve_session(session.id, archive).id == session.id
    path = tmp_path / "sessie.bpsessie"
    save_session(session, path)
    assert resolve_session(path).id == session.id
    assert resolve_session(str(path), archive).id == session.id
    with pytest.raises(NotFoundError, match="geen sessiebestand"):
        resolve_session("bestaat-niet", archive)


def test_default_url(monkeypatch, tmp_path):
    monkeypatch.delenv("BRUINPAPIER_ARCHIVE", raising=False)
    url = default_archive_url()
    assert url.startswith("sqlite:///") and url.endswith("archief.sqlite")
    assert default_archive_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", f"sqlite:///{tmp_path}/env.sqlite")
    assert default_archive_url("sqlite:///x.sqlite") == f"sqlite:///{tmp_path}/env.sqlite"
    store = Archive()
    assert (tmp_path / "env.sqlite").exists()
    store.close()


def test_bad_urls_give_dutch_errors():
    with pytest.raises(ArchiveError, match="geen geldig archiefadres"):
        Archive("dit is geen url")
    with pytest.raises(ArchiveError, match="niet ondersteund"):
        Archive("mysql://localhost/x")
    with pytest.raises(ArchiveError, match=r"kan het archief .* niet openen"):
        Archive("postgresql://nobody@127.0.0.1:1/none")


def test_upgrade_from_revision_0001_fills_the_school_key(archive_url):
    """An archive made by an older Bruinpapier is upgraded on open, its rows kept and completed."""
    from datetime import datetime

    from alembic import command
    from alembic.config import Config

    from boards.archive.store import MIGRATIONS
    from boards.fileformat import dumps_session

    engine = create_engine(archive_url)  # a bare database, brought to revision 0001 by hand
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        session = make_session(school="ÖBS Akkrüm")
        now = datetime.now(UTC)
        connection.execute(
            text(
                "insert into sessions (id, school, board_id, document, created_at, updated_at) "
                "values (:id, :school, :board, :document, :now, :now)"
            ),
            {
                "id": session.id,
                "school": session.school,
                "board": session.board.id,
                "document": dumps_session(session),
                "now": now,
            },
        )
        assert "school_key" not in {c["name"] for c in inspect(connection).get_columns("sessions")}
    engine.dispose()

    upgraded = Archive(archive_url)
    with upgraded.engine.connect() as connection:
        assert connection.execute(text("select version_num from alembic_version")).scalar() == schema_head()
        assert connection.execute(text("select school_key from sessions")).scalar() == "obs akkrum"
    assert [s.id for s in upgraded.list(school="obs AKKRUM")] == [session.id]
    assert upgraded.get(session.id).school == "ÖBS Akkrüm"
    upgraded.close()


def test_saving_a_stale_copy_keeps_photos_added_meanwhile(archive):
    session = make_session()
    archive.save(session)
    stale = archive.get(session.id)
    archive.add_photo(session.id, "bord.jpg", JPEG, caption="na afloop")
    stale.remarks = "later bewerkt"
    archive.save(stale)
    again = archive.get(session.id)
    assert again.remarks == "later bewerkt"
    assert [p.name for p in again.photos] == ["bord.jpg"] and archive.photo(session.id, "bord.jpg") == JPEG
    assert [(p.name, p.caption) for p in stale.photos] == [("bord.jpg", "na afloop")]


def test_schools_and_boards_for_the_filters(archive):
    custom = load_template("procesplaat-1")
    custom.id, custom.title = "eigen-procesplaat", "Eigen procesplaat"
    archive.save(Session(board=custom, school="De Borgstee"))
    archive.save(make_session(school="OBS Akkrum"))
    archive.save(make_session(school="OBS Akkrum"))
    archive.save(make_session(school=""))
    assert archive.schools() == ["De Borgstee", "OBS Akkrum"]
    assert archive.boards() == [("eigen-procesplaat", "Eigen procesplaat"), ("procesplaat-1", "Procesplaat 1")]


def test_a_reference_is_a_session_file_by_its_extension_or_when_the_file_exists(tmp_path):
    from boards.archive import is_session_file

    for name in ("weg.bpsessie", "weg.JSON", "weg.bpbundel"):
        assert is_session_file(tmp_path / name)  # missing, yet a file is meant: its message says so
    assert not is_session_file("3f2a9c1b7d4e")
    other = tmp_path / "sessie.txt"
    assert not is_session_file(other)
    other.write_text("x", encoding="utf-8")
    assert is_session_file(str(other))
    assert not is_session_file(tmp_path)  # a folder is not a session file
