"""Shared fixtures for the whole suite."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def procesplaat():
    from boards.templates import load_template

    return load_template("procesplaat-1")
