"""Bundle benchmark: size of the desktop bundle, and start-up of the bundle against the wheel installation.

    tools/build_bundle.sh --no-test          # builds dist/bundle/Bruinpapier and build/bundle/venv
    .venv/bin/python benchmarks/bundle.py [--runs 9]

Sizes: the bundle's folder (files and bytes, the largest parts) and its archive in dist/. Times: whole
processes, the bundle's program and the same version installed by pip into build/bundle/venv (the
environment the bundle was built from) in turn — A B A B … — after one warm-up run each, so a busy machine
slows both alike; medians and the median of the pairwise ratios are printed. Three jobs:

1. start the app, fill the start page with every template, open the archive on the Archief page, close:
   ``Bruinpapier --self-test`` against ``bruinpapier app --self-test`` (Qt offscreen); besides the whole
   process, the time until its first line of output (printed once the start page is filled) is given;
2. a quick command: ``bruinpapier-cli templates`` against ``bruinpapier templates``;
3. print the A0 Procesplaat: ``print procesplaat-1 -o …``.

The files are in the page cache after the warm-up: these are the times of a second start, not of the
first start after unpacking. That one ``--first-start`` measures (job 1 of the bundle only, ``--runs``
rounds): each round unpacks the archive from dist/ into a new folder and starts the app three times, each
with a new data folder (so every start creates and migrates its archive):

a. right after unpacking (the files are in the page cache, as ``tar`` wrote them);
b. cold: the bundle's files dropped from the page cache first (``posix_fadvise(POSIX_FADV_DONTNEED)`` on
   every file after ``sync``, checked with util-linux ``fincore``; needs no root, unlike
   ``/proc/sys/vm/drop_caches``). The system's own libraries (glibc, fontconfig and its fonts) stay cached,
   and on a virtual machine the host may still hold the disk image in its memory;
c. a second start (warm).

Besides the times, what each start read from disk (``ru_inblock`` of the process) is printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "bundle" / "Bruinpapier"
WHEEL_VENV = ROOT / "build" / "bundle" / "venv"


def environment(data: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "BRUINPAPIER_"))}
    env.update(QT_QPA_PLATFORM="offscreen", BRUINPAPIER_DATA_DIR=str(data))
    return env


def run(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, float, int]:
    """Wall and CPU seconds (user + system) of one whole process, the wall seconds until its first line
    of output (for the app's self-test: the start page is filled) and the bytes it read from disk."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=cwd)
        assert process.stdout is not None
        first = process.stdout.readline() and time.perf_counter() - start
        process.stdout.read()
        process.stdout.close()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            raise SystemExit(f"mislukt: {' '.join(command)}\n{errors.read().decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, first or wall, usage.ru_inblock * 512


def side_by_side(bundle: list[str], wheel: list[str], runs: int, env: dict[str, str], cwd: Path) -> dict:
    run(bundle, env, cwd), run(wheel, env, cwd)
    pairs = [(run(bundle, env, cwd), run(wheel, env, cwd)) for _ in range(runs)]
    return {
        "bundle": [a for a, _ in pairs],
        "wheel": [b for _, b in pairs],
        "ratio": statistics.median(a[0] / b[0] for a, b in pairs),
    }


def folder_size(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return len(files), sum(path.stat().st_size for path in files)


def largest_parts(folder: Path, count: int = 6) -> list[tuple[str, int]]:
    inside = folder / "_internal" if (folder / "_internal").is_dir() else folder
    parts = []
    for entry in inside.iterdir():
        size = folder_size(entry)[1] if entry.is_dir() else entry.stat().st_size
        parts.append((entry.name, size))
    return sorted(parts, key=lambda part: -part[1])[:count]


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MiB"


def milliseconds(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms ({min(values) * 1000:.0f}–{max(values) * 1000:.0f})"


def spread(times: list[tuple[float, float, float, int]], first_line: bool = False, read: bool = False) -> str:
    cpu = statistics.median(cpu for _, cpu, _, _ in times)
    text = f"{milliseconds([wall for wall, _, _, _ in times])}, CPU {cpu * 1000:.0f} ms"
    if first_line:
        text += f"; eerste regel (startpagina gevuld) na {milliseconds([first for _, _, first, _ in times])}"
    if read:
        text += f"; van schijf gelezen {mib(statistics.median(read for *_, read in times))}"
    return text


def resident(folder: Path) -> int:
    """Bytes of the files in ``folder`` that are in the page cache (util-linux ``fincore``)."""
    files = [str(path) for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    total = 0
    for start in range(0, len(files), 200):
        command = ["fincore", "--bytes", "--noheadings", "--output", "RES", *files[start : start + 200]]
        total += sum(int(value) for value in subprocess.run(command, capture_output=True, text=True).stdout.split())
    return total


def drop_from_page_cache(folder: Path) -> None:
    os.sync()  # written pages are dropped only once they are on disk
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            handle = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(handle, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(handle)


def first_starts(runs: int) -> int:
    """Rounds of: unpack the archive into a new folder, start right after, start cold, start again."""
    (archive,) = sorted((ROOT / "dist").glob("Bruinpapier-*.tar.gz")) or [None]
    if archive is None or shutil.which("fincore") is None or not hasattr(os, "posix_fadvise"):
        raise SystemExit("nodig: dist/Bruinpapier-*.tar.gz (tools/build_bundle.sh --no-test), fincore, Linux")
    kinds = {"a": "direct na uitpakken", "b": "koud (bundelbestanden uit de paginacache)", "c": "tweede start"}
    times: dict[str, list] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory() as work:
        for round_nr in range(runs):
            folder = Path(work) / f"ronde {round_nr}"
            folder.mkdir()
            subprocess.run(["tar", "-C", str(folder), "-xzf", str(archive)], check=True)
            bundle = folder / "Bruinpapier"
            files, size = folder_size(bundle)
            for kind in kinds:
                if kind == "b":
                    drop_from_page_cache(bundle)
                    if (left := resident(bundle)) > 1024 * 1024:
                        raise SystemExit(f"nog {mib(left)} van de bundel in de paginacache; meting afgebroken")
                env = environment(folder / f"gegevens {kind}")
                times[kind].append(run([str(bundle / "Bruinpapier"), "--self-test"], env, folder))
            shutil.rmtree(folder)
    print(f"eerste start van de bundel uit {archive.name} ({files} bestanden, {mib(size)} uitgepakt), {runs} rondes;")
    print("elke start met een nieuwe gegevensmap; mediaan (min–max) wandtijd, mediaan CPU\n")
    for kind, title in kinds.items():
        print(f"{kind}. {title}\n   {spread(times[kind], first_line=True, read=True)}")
    for kind in "ab":
        whole = statistics.median(x[0] / y[0] for x, y in zip(times[kind], times["c"], strict=True))
        first = statistics.median(x[2] / y[2] for x, y in zip(times[kind], times["c"], strict=True))
        print(f"{kind}/c per ronde (mediaan): hele proces {whole:.2f}, eerste regel {first:.2f}")
    print(f"\nbelasting (1, 5, 15 min): {', '.join(f'{load:.1f}' for load in os.getloadavg())}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--first-start", action="store_true", help="the first start after unpacking, cold and warm")
    args = parser.parse_args()
    if args.first_start:
        return first_starts(args.runs)
    suffix = ".exe" if sys.platform == "win32" else ""
    app, cli = BUNDLE / f"Bruinpapier{suffix}", BUNDLE / f"bruinpapier-cli{suffix}"
    wheel = WHEEL_VENV / ("Scripts" if sys.platform == "win32" else "bin") / f"bruinpapier{suffix}"
    if not (app.exists() and cli.exists() and wheel.exists()):
        raise SystemExit("geen bundel of wheel-omgeving: draai eerst tools/build_bundle.sh --no-test")

    files, size = folder_size(BUNDLE)
    print(f"bundel {BUNDLE.relative_to(ROOT)}: {files} bestanden, {mib(size)}")
    for name, part in largest_parts(BUNDLE):
        print(f"  {name:<32} {mib(part)}")
    for archive in sorted((ROOT / "dist").glob("Bruinpapier-*")):
        print(f"archief {archive.name}: {mib(archive.stat().st_size)}")

    print(f"\n{args.runs} keer elk, om en om, na één opwarmronde; mediaan (min–max) wandtijd, mediaan CPU\n")
    with tempfile.TemporaryDirectory() as work:
        cwd = Path(work)
        env = environment(cwd / "gegevens")
        jobs = [
            (
                "app starten, startpagina vullen, archief openen, sluiten",
                [str(app), "--self-test"],
                [str(wheel), "app", "--self-test"],
            ),
            ("bruinpapier templates", [str(cli), "templates"], [str(wheel), "templates"]),
            (
                "print procesplaat-1 (A0-poster)",
                [str(cli), "print", "procesplaat-1", "-o", "bundel.pdf"],
                [str(wheel), "print", "procesplaat-1", "-o", "wheel.pdf"],
            ),
        ]
        for title, bundle_command, wheel_command in jobs:
            result = side_by_side(bundle_command, wheel_command, args.runs, env, cwd)
            app_job = "--self-test" in bundle_command
            print(title)
            print(f"  bundel  {spread(result['bundle'], app_job)}")
            print(f"  wheel   {spread(result['wheel'], app_job)}")
            print(f"  verhouding bundel/wheel (per paar, mediaan): {result['ratio']:.2f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
