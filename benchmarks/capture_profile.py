"""Where the photo reader spends its CPU time, on both its threads, for a few saved photos.

The read-back runs part of its work on a worker thread (``boards.capture.pipeline._worker``: the QR code read
while the main thread places the notes, the notes of a region on a cluster job), which ``python -m cProfile``
does not see. This profiles the main thread and every job handed to the worker, each with its own thread's CPU
clock (``time.thread_time``), so a busy machine (other jobs, the two threads waiting for each other) does not
inflate the figures the way wall time does. Each photo is read once unprofiled first (the caches warm, as in
``benchmarks/capture.py``, which takes the fastest of its runs), then once profiled.

    .venv/bin/python benchmarks/capture_profile.py PHOTO.jpg [PHOTO.jpg ...] [--sort tottime] [--lines 40]
        [--callers REGEX]

Each photo needs its NAME.truth.json beside it (for the board), as ``benchmarks/capture.py --save`` writes.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boards.capture import CaptureOptions, capture_photos, pipeline  # noqa: E402
from boards.templates import load_template  # noqa: E402


class _Profiled:
    """A worker that profiles the jobs handed to it while ``on`` (each job on the worker's own CPU clock)."""

    def __init__(self, worker: ThreadPoolExecutor, profiles: list[cProfile.Profile]) -> None:
        self._worker = worker
        self._profiles = profiles
        self.on = False

    def submit(self, job: Callable, *args, **kwargs) -> Future:
        if not self.on:
            return self._worker.submit(job, *args, **kwargs)

        def profiled(*args, **kwargs):
            profile = cProfile.Profile(time.thread_time)
            profile.enable()
            try:
                return job(*args, **kwargs)
            finally:
                profile.disable()
                self._profiles.append(profile)

        return self._worker.submit(profiled, *args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self._worker, name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("photos", nargs="+", type=Path)
    parser.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumtime, ncalls)")
    parser.add_argument("--lines", type=int, default=40, help="rows of the table")
    parser.add_argument("--callers", help="also list the callers of the functions matching this regular expression")
    args = parser.parse_args(argv)

    worker_profiles: list[cProfile.Profile] = []
    original = pipeline._worker
    wrappers: dict[int, _Profiled] = {}

    def profiled_worker() -> _Profiled:
        worker = original()
        if id(worker) not in wrappers:
            wrappers[id(worker)] = _Profiled(worker, worker_profiles)
        return wrappers[id(worker)]

    pipeline._worker = profiled_worker
    main_profile = cProfile.Profile(time.thread_time)
    try:
        for photo in args.photos:
            truth = json.loads(photo.with_name(photo.name[: -len(photo.suffix)] + ".truth.json").read_text())
            board = load_template(truth["board"])
            jpeg = photo.read_bytes()
            capture_photos([jpeg], board, CaptureOptions())  # (warm: caches, the worker started)
            for wrapper in wrappers.values():
                wrapper.on = True
            main_profile.enable()
            capture_photos([jpeg], board, CaptureOptions())
            main_profile.disable()
            for wrapper in wrappers.values():
                wrapper.on = False
    finally:
        pipeline._worker = original
    main_stats = pstats.Stats(main_profile)
    main_seconds = main_stats.total_tt
    stats = pstats.Stats(main_profile)
    for profile in worker_profiles:
        stats.add(profile)
    count = len(args.photos)
    print(
        f"{count} photo(s): CPU {stats.total_tt:.3f} s in all ({stats.total_tt / count:.3f} s per photo), "
        f"main thread {main_seconds:.3f} s, worker {stats.total_tt - main_seconds:.3f} s "
        f"({len(worker_profiles)} jobs)"
    )
    stats.sort_stats(args.sort).print_stats(args.lines)
    if args.callers:
        stats.print_callers(args.callers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
