"""Data shipped with Bruinpapier: templates, methods, schemas, fonts, symbols, translations."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under ``resources/``."""
    return RESOURCES_DIR.joinpath(*parts)
