"""``benchmarks/capture_dots.py``: dots read matched to the true dots one to one, closest first; a dot left over next
to a true dot another took is a sticker read twice."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]


def _module():
    spec = importlib.util.spec_from_file_location("capture_dots", ROOT / "benchmarks" / "capture_dots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_sticker_read_twice_is_told_from_a_dot_that_is_not_there():
    capture_dots = _module()
    true = [{"x_mm": 100.0, "y_mm": 100.0}, {"x_mm": 200.0, "y_mm": 100.0}]
    found = [
        SimpleNamespace(x_mm=104.0, y_mm=100.0),  # the first sticker, read a little off
        SimpleNamespace(x_mm=101.0, y_mm=100.0),  # ... and read again, nearer: this one is matched
        SimpleNamespace(x_mm=200.0, y_mm=101.0),  # the second sticker
        SimpleNamespace(x_mm=300.0, y_mm=100.0),  # nothing there
    ]
    matched, nearest = capture_dots._matched(found, true)
    assert matched == {1: 0, 2: 1}
    assert nearest[0] == 0 and 3 not in nearest
