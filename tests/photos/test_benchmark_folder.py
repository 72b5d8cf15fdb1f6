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


def test_the_yardstick_is_the_fastest_decode_in_a_process_of_its_own():
    import subprocess

    import cv2
    import numpy as np
    import pytest

    benchmark = _benchmark()
    ok, jpeg = cv2.imencode(".jpg", np.full((600, 800, 3), 128, np.uint8))
    assert ok
    wall, cpu = benchmark.decode_seconds(jpeg.tobytes(), runs=3)
    assert 0.0 < wall < 5.0 and 0.0 < cpu < 5.0
    with pytest.raises(subprocess.CalledProcessError):  # a file that does not decode is no yardstick
        benchmark.decode_seconds(b"not a jpeg", runs=1)
