"""The shipped data is found as package resources, wherever the packages are installed."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from importlib.resources import files
from pathlib import Path

import boards
import cli
import desktop
import printing
import resources
from resources import resource_path

PACKAGES = (boards, printing, desktop, cli, resources)


def test_resource_path_is_the_installed_package_data():
    assert resource_path() == files("resources")
    assert resource_path("schema", "board.schema.json").is_file()
    assert sorted(path.name for path in resource_path("fonts").glob("*.ttf")) == [
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans.ttf",
    ]


def test_a_zip_import_is_refused_in_words(tmp_path):
    """A package imported from a zip archive has no files on disk: said at once, not a missing font later."""
    archive = tmp_path / "resources.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in Path(resources.__file__).parent.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, Path("resources") / path.relative_to(Path(resources.__file__).parent))
    script = "from resources import resource_path\nresource_path('fonts')\n"
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(archive)!r})\n{script}"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "needs its data files unpacked on disk" in result.stderr
    assert "resources.zip" in result.stderr


def _uses_of_file(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [f"{path}:{node.lineno}" for node in ast.walk(tree) if isinstance(node, ast.Name) and node.id == "__file__"]


def test_no_module_finds_files_relative_to_its_source():
    """Data is found through importlib.resources; a path built from ``__file__`` breaks in a bundle."""
    found = []
    for package in PACKAGES:
        for folder in package.__path__:
            for path in sorted(Path(folder).rglob("*.py")):
                found += _uses_of_file(path)
    assert found == []


def test_the_check_sees_a_path_from_file(tmp_path):
    path = tmp_path / "module.py"
    path.write_text("from pathlib import Path\nDATA = Path(__file__).parent / 'data'\n", encoding="utf-8")
    assert _uses_of_file(path) == [f"{path}:2"]
