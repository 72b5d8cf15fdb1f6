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
first start after unpacking.
"""

from __future__ import annotations

import argparse
import os
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


def run(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, float]:
    """Wall and CPU seconds (user + system) of one whole process, and the wall seconds until its first line
    of output (for the app's self-test: the start page is filled)."""
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
    return wall, usage.ru_utime + usage.ru_stime, first or wall


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


def spread(times: list[tuple[float, float, float]], first_line: bool = False) -> str:
    cpu = statistics.median(cpu for _, cpu, _ in times)
    text = f"{milliseconds([wall for wall, _, _ in times])}, CPU {cpu * 1000:.0f} ms"
    if first_line:
        text += f"; eerste regel (startpagina gevuld) na {milliseconds([first for _, _, first in times])}"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
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
