"""Shared fixtures for the whole suite.

Every test runs with its own user data: settings, recovery copies, caches and the
default archive go to a temporary folder (``isolated_user_data``, autouse), so no
test reads or changes the developer's own Bruinpapier data. Generated photos and
archives on SQLite and PostgreSQL are shared fixtures from ``tests/support``.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.support.photo_fixtures", "tests.support.archive_fixtures"]


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path, monkeypatch):
    """Settings, recovery files, caches and the default archive live in a temporary folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("BRUINPAPIER_DATA_DIR", str(folder))
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", f"sqlite:///{tmp_path / 'archief.sqlite'}")
    return folder


@pytest.fixture
def procesplaat():
    from boards.templates import load_template

    return load_template("procesplaat-1")
