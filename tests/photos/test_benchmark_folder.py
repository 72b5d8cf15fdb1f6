"""``benchmarks/capture.py --dir``: photos it saved itself are scored per condition, others per photo."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _benchmark():
    spec = importlib.util.spec_from_file_location("capture_benchmark", ROOT / "benchmarks" / "capture.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_saved_photos_are_rows_of_their_condition():
    condition_of = _benchmark().condition_of
    assert condition_of("combined-2") == "combined"
    assert condition_of("dot-sizes-13") == "dot-sizes"
    assert condition_of("pp-combined") == "pp-combined"  # a photo made elsewhere keeps its own row
    assert condition_of("kwadrant-3") == "kwadrant-3"  # not a condition: its own row
    assert condition_of("dots") == "dots"
