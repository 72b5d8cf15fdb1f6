"""Splitters that keep where the user put them (per splitter name, in the app's settings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter

from desktop.paths import app_settings


def _key(splitter: QSplitter) -> str:
    return f"splitters/{splitter.objectName()}"


def remember_splitter(splitter: QSplitter) -> None:
    """Keep the sizes the user dragged ``splitter`` to (it needs an object name)."""
    settings = app_settings()
    settings.setValue(_key(splitter), splitter.saveState())


def restore_splitter(splitter: QSplitter) -> bool:
    """Put ``splitter`` back where the user left it last time; False when there is nothing kept."""
    state = app_settings().value(_key(splitter))
    return isinstance(state, QByteArray) and splitter.restoreState(state)
