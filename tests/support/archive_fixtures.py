"""Fixtures for the session and archive tests: an archive on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.postgres_server import can_start_server, running_server, scratch_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def postgres_server_url():
    if not can_start_server():
        pytest.skip("PostgreSQL: not root and BRUINPAPIER_TEST_POSTGRES_URL not set")
    with running_server() as url:  # raises (test error, not skip) when it cannot start
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def archive_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'archief.sqlite'}"
        return
    server = request.getfixturevalue("postgres_server_url")
    with scratch_database(server) as url:
        yield url


@pytest.fixture
def archive(archive_url):
    from boards.archive import Archive

    store = Archive(archive_url)
    yield store
    store.close()


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
