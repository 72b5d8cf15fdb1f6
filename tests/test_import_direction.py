"""Imports point one way: desktop → printing → boards; cli may use any of them.

The core (``boards``) imports neither Qt nor ReportLab nor the packages built on it;
``printing`` imports no Qt. Checked on the source (every import statement, also the
ones inside functions), so a lazy import cannot hide a wrong direction.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "boards": ("PySide6", "shiboken6", "reportlab", "printing", "desktop", "cli"),
    "printing": ("PySide6", "shiboken6", "desktop", "cli"),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def wrong_imports(package: str) -> list[str]:
    wrong = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for line, module in imported_modules(path):
            if module.split(".")[0] in FORBIDDEN[package]:
                wrong.append(f"{path.relative_to(ROOT)}:{line}: {module}")
    return wrong


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_point_one_way(package):
    assert wrong_imports(package) == []


def test_the_check_sees_a_wrong_import(tmp_path):
    path = tmp_path / "wrong.py"
    path.write_text("def later():\n    from reportlab.pdfgen import canvas\n", encoding="utf-8")
    assert imported_modules(path) == [(2, "reportlab.pdfgen")]
