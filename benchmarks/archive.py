"""A school board's archive at scale: 10,000 sessions × 100 notes across 100 schools, on SQLite and on
PostgreSQL, measured as the whole commands a user types.

    .venv/bin/python benchmarks/archive.py [--sessions 10000] [--notes 100] [--schools 100]
                                           [--runs 3] [--backends sqlite,postgresql] [--import-files 1000]

1. Builds the archive on each backend (``Archive.add_many``, as ``session import`` stores, in one
   transaction) and prints how long that took.
2. Times, per run and alternating between the backends (so a busy machine slows both alike), the
   whole processes, with their peak memory (the child's maximum resident set, from ``wait4``):
   ``bruinpapier analyse --board procesplaat-1 --json`` and
   ``bruinpapier report --board procesplaat-1 -o rapport.pdf``.
3. Times ``bruinpapier session import MAP`` of ``--import-files`` session files (100 notes each)
   into a new SQLite archive: sessions per second of the whole process, and of the import itself
   (start-up and imports of the command left out, measured in-process).

Targets (issue 17): analyse ≤ 2 s, report ≤ 30 s, peak memory ≤ 500 MB, import ≥ 200 sessions/s.
The PostgreSQL server is the tests' throwaway one (``tests/support/postgres_server.py``: needs root,
or ``BRUINPAPIER_TEST_POSTGRES_URL`` pointing at a server where databases may be created).
Prints the load average before and after: compare figures only from the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from boards.archive import Archive  # noqa: E402
from boards.colors import NOTE_COLOR_IDS  # noqa: E402
from boards.session import ActionItem, Note, Session  # noqa: E402
from boards.templates import load_template  # noqa: E402

BRUINPAPIER = Path(sys.executable).parent / "bruinpapier"
BOARD_ID = "procesplaat-1"
TARGETS = {"analyse": 2.0, "report": 30.0, "memory_mb": 500.0, "import_rate": 200.0}


def sessions(count: int, notes: int, schools: int, seed: int = 17) -> Iterator[Session]:
    """Procesplaat sessions, one at a time (never all in memory): schools in turn, dates over ten years."""
    rng = random.Random(seed)
    board = load_template(BOARD_ID)
    note_zones = [zone.id for zone in board.zones if zone.holds.notes]
    dot_zones = [(zone.id, [kind.id for kind in zone.holds.dots]) for zone in board.zones if zone.holds.dots]
    for index in range(count):
        session = Session(
            board=board,
            school=f"School {index % schools + 1:03d}",
            date=f"{2010 + index * 10 // count:04d}-{index % 12 + 1:02d}-{index % 28 + 1:02d}",
            method=board.method,
            step=board.step,
            facilitator="Begeleider",
        )
        for number in range(notes):
            session.results.notes.append(
                Note(f"briefje {number} over werkdruk", rng.choice(note_zones), rng.choice(NOTE_COLOR_IDS))
            )
        for zone, kinds in dot_zones:
            for kind in kinds:
                session.results.set_dot_count(zone, kind, rng.randint(0, 6))
        for nr in range(1, 4):
            session.results.actions.append(ActionItem(nr, f"actiepunt {nr}", "IB", done=nr == 1))
        yield session


def build(url: str, args: argparse.Namespace) -> float:
    start = time.perf_counter()
    with Archive(url) as archive:
        archive.add_many(sessions(args.sessions, args.notes, args.schools))
    return time.perf_counter() - start


def child_environment(url: str, data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # byte-code caching on, as an installed program has it
    env["BRUINPAPIER_ARCHIVE"] = url
    env["BRUINPAPIER_DATA_DIR"] = str(data)
    return env


#: Runs the command as its own child and reports wall time, CPU time and peak memory. A child's peak
#: memory (``ru_maxrss``) includes the memory of the process it was forked from, up to its ``exec``: forked
#: from this script (which holds the test data) it would report this script's size. Forked from this small
#: launcher it reports its own.
LAUNCHER = """
import json, os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
print(json.dumps([wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, status]), file=sys.stderr)
"""


def run(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak memory (MB) of one whole process."""
    import json

    result = subprocess.run(
        [sys.executable, "-c", LAUNCHER, *command], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    lines = result.stderr.decode("utf-8", errors="replace").strip().splitlines()
    wall, cpu, peak, status = json.loads(lines[-1])
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed: " + "\n".join(lines[-20:]))
    return wall, cpu, peak


def figure(values: list[float], digits: int = 2) -> str:
    text = f"{statistics.median(values):.{digits}f}"
    return text if len(values) < 2 else f"{text} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def session_files(folder: Path, count: int, notes: int) -> None:
    from boards.fileformat import save_session

    folder.mkdir(parents=True, exist_ok=True)
    for index, session in enumerate(sessions(count, notes, 40, seed=5)):
        save_session(session, folder / f"sessie-{index:05d}.bpsessie")


def import_in_process(folder: Path, work: Path) -> float:
    from boards.archive.importing import import_files

    with Archive(f"sqlite:///{work / 'in-process.sqlite'}") as archive:
        start = time.perf_counter()
        outcome = import_files(archive, [folder])
        seconds = time.perf_counter() - start
    (work / "in-process.sqlite").unlink()
    return len(outcome.ids) / seconds


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    sys.path.insert(0, str(ROOT))
    from tests.support.postgres_server import running_server, scratch_database

    with running_server() as server, scratch_database(server) as url:
        yield url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--notes", type=int, default=100)
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--import-files", type=int, default=1000)
    args = parser.parse_args()
    backends = [name.strip() for name in args.backends.split(",") if name.strip()]
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start", flush=True)
    work = Path(tempfile.mkdtemp(prefix="bruinpapier-bench-"))
    missed: list[str] = []
    try:
        with contextlib.ExitStack() as stack:
            urls = {}
            if "sqlite" in backends:
                urls["sqlite"] = f"sqlite:///{work / 'bestuur.sqlite'}"
            if "postgresql" in backends:
                urls["postgresql"] = stack.enter_context(postgres_database())
            for name, url in urls.items():
                seconds = build(url, args)
                print(
                    f"{name}: {args.sessions} sessies × {args.notes} briefjes van {args.schools} scholen opgeslagen "
                    f"in {seconds:.1f} s ({args.sessions / seconds:.0f} sessies/s, in het proces)",
                    flush=True,
                )
            pdf = work / "rapport.pdf"
            commands = {
                "analyse": [str(BRUINPAPIER), "analyse", "--board", BOARD_ID, "--json"],
                "report": [str(BRUINPAPIER), "report", "--board", BOARD_ID, "-o", str(pdf)],
            }
            results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
            for url in urls.values():  # warm-up: the validators' compiled code lands in the cache
                run(commands["analyse"], child_environment(url, work / "data"))
            for _ in range(args.runs):
                for job, command in commands.items():
                    for name, url in urls.items():  # alternating: A B A B …
                        results.setdefault((job, name), []).append(run(command, child_environment(url, work / "data")))
            print(f"\nwhole processes, {args.runs} runs each (median (min–max)):")
            for (job, name), rows in results.items():
                walls, cpus, peaks = zip(*rows)
                print(
                    f"  {job:8s} {name:10s}: {figure(list(walls))} s wall, {figure(list(cpus))} s CPU, "
                    f"peak {figure(list(peaks), 0)} MB"
                )
                if statistics.median(walls) > TARGETS[job]:
                    missed.append(f"{job} on {name}: {statistics.median(walls):.2f} s > {TARGETS[job]} s")
                if max(peaks) > TARGETS["memory_mb"]:
                    missed.append(f"{job} on {name}: peak {max(peaks):.0f} MB > {TARGETS['memory_mb']} MB")
            if pdf.exists():
                from pypdf import PdfReader

                print(f"  the report: {len(PdfReader(pdf).pages)} pages, {pdf.stat().st_size // 1024} KiB")

            if args.import_files:
                folder = work / "sessies"
                session_files(folder, args.import_files, args.notes)
                rates, cpu_rates, peaks, inner = [], [], [], []
                for index in range(args.runs):
                    target = f"sqlite:///{work / f'import-{index}.sqlite'}"
                    env = child_environment(target, work / "data")
                    wall, cpu, peak = run([str(BRUINPAPIER), "session", "import", str(folder)], env)
                    rates.append(args.import_files / wall)
                    cpu_rates.append(args.import_files / cpu)
                    peaks.append(peak)
                    inner.append(import_in_process(folder, work))
                print(
                    f"\nsession import of {args.import_files} files ({args.notes} briefjes each) into SQLite, "
                    f"whole process: {figure(rates, 0)} sessions/s wall ({figure(cpu_rates, 0)} per CPU second), "
                    f"peak {figure(peaks, 0)} MB; the import itself (in-process): {figure(inner, 0)} sessions/s"
                )
                if statistics.median(rates) < TARGETS["import_rate"]:
                    missed.append(f"import: {statistics.median(rates):.0f} sessions/s < {TARGETS['import_rate']:.0f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    print("targets: analyse ≤ 2 s, report ≤ 30 s, peak ≤ 500 MB, import ≥ 200 sessions/s:", end=" ")
    print("met" if not missed else "MISSED: " + "; ".join(missed))
    return 0 if not missed else 1


if __name__ == "__main__":
    raise SystemExit(main())
