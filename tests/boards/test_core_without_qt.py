"""The core stands on its own: importing every module of ``boards`` loads no Qt, no desktop, no printing, no cli."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import importlib, pkgutil, sys
import boards
for module in pkgutil.walk_packages(boards.__path__, "boards."):
    if ".migrations" not in module.name:
        importlib.import_module(module.name)
print(sorted({name.split(".")[0] for name in sys.modules} & {"PySide6", "desktop", "printing", "cli"}))
"""


def test_every_core_module_imports_without_qt_desktop_printing_or_cli():
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
