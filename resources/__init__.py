"""Data shipped with Bruinpapier: templates, methods, schemas, fonts, symbols, translations.

They are found through :mod:`importlib.resources`, so they are wherever this package was installed – a
wheel in a virtual environment, a PyInstaller bundle, or the source tree of a developer's editable
install – never relative to the current directory or to a source checkout.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under ``resources/``, as installed.

    Fonts, Qt translations and folder listings need real files, which every way Bruinpapier is installed
    gives (pip unpacks a wheel; PyInstaller unpacks its data files). A package imported from a zip
    archive has none, and is refused in words rather than failing later on a missing file.
    """
    root = files(__name__)
    if not isinstance(root, Path):
        raise RuntimeError(
            f"Bruinpapier needs its data files unpacked on disk, but {__name__!r} is imported from {root}; "
            "install the wheel with pip instead of importing it from a zip archive."
        )
    return root.joinpath(*parts)
