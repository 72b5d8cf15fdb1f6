"""``benchmarks/capture_profile.py``: the jobs the reader hands to its worker are profiled too, on their own
thread's CPU clock, only while profiling is on."""

from __future__ import annotations

import importlib.util
import pstats
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("capture_profile", ROOT / "benchmarks" / "capture_profile.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _busy(seconds: float) -> str:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass
    return "done"


def test_worker_jobs_are_profiled_only_while_on():
    profiles = []
    with ThreadPoolExecutor(max_workers=1) as executor:
        worker = _tool()._Profiled(executor, profiles)
        assert worker.submit(_busy, 0.01).result() == "done"
        assert profiles == []  # (off: the job runs as it is)
        worker.on = True
        assert worker.submit(_busy, 0.05).result() == "done"
        assert len(profiles) == 1
        stats = pstats.Stats(profiles[0])
        assert 0.04 <= stats.total_tt < 5.0  # the job's own CPU time, seen on the worker's thread
        assert any(name == "_busy" for _, _, name in stats.stats)
        assert worker._max_workers == 1  # (anything else is the worker's own)
