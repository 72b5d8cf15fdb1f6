"""Printing benchmark: the A0 Procesplaat as a poster and tiled to A4, side by side with pdfposter.

    .venv/bin/python benchmarks/printing.py [--runs 5]

Prints the time to render the A0 poster, the time to tile it to A4 (portrait,
10 mm overlap, 5 mm printer margin; our tiling draws the poster from the board
model), the tiled/poster file size ratio, and the same tiling of the same
poster PDF by the ``pdfposter`` package from PyPI, which runs in its own
virtual environment (benchmarks/output/pdfposter-venv; it needs pypdf<7). Both
are timed in-process (median of the runs, after one warm-up run) and from a
fresh interpreter (median wall-clock time, imports included). The whole
``bruinpapier print`` command is shown too: it also loads every other
sub-command of the command line (analysis, archive), which printing does not need.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUTPUT = ROOT / "benchmarks" / "output"
PDFPOSTER_VENV = OUTPUT / "pdfposter-venv"
PDFPOSTER_TIMER = """
import json, statistics, sys, time
from pdfposter.cmd import run
source, target, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
args = ["-m", "a4", "-s", "1", source, target]
run(args)  # warm-up
times = []
for _ in range(runs):
    start = time.perf_counter()
    run(args)
    times.append(time.perf_counter() - start)
print(json.dumps({"median_s": statistics.median(times)}))
"""


FRESH_TILING = """
import sys
sys.path.insert(0, {root!r})
from boards.paper import Paper
from boards.templates import resolve_board
from printing import PrintOptions, write_board_pdf
board = resolve_board({board!r})  # a board file, as a facilitator prints their own .bpbord
write_board_pdf(board, PrintOptions(tile_sheet=Paper.a_series("A4")), {out!r})
"""


def ensure_pdfposter() -> Path:
    python = PDFPOSTER_VENV / "bin" / "python"
    if not (PDFPOSTER_VENV / "bin" / "pdfposter").exists():
        print("pdfposter-venv aanmaken (pip install pdfposter 'pypdf<7') ...", flush=True)
        venv.create(PDFPOSTER_VENV, with_pip=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "pdfposter", "pypdf<7"], check=True)
    return python


def median_time(function, runs: int) -> tuple[float, object]:
    result = function()  # warm-up (fonts, caches)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def wall_time(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def page_count(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from boards.paper import Paper
    from boards.templates import load_template
    from printing import PrintOptions, print_plan, render_board_pdf

    OUTPUT.mkdir(parents=True, exist_ok=True)
    board = load_template("procesplaat-1")
    a4 = Paper.a_series("A4")
    poster_options = PrintOptions()
    tiled_options = PrintOptions(tile_sheet=a4, overlap_mm=10, margin_mm=5)

    start = time.perf_counter()
    render_board_pdf(board, poster_options)
    cold = time.perf_counter() - start
    poster_s, poster = median_time(lambda: render_board_pdf(board, poster_options), args.runs)
    tiled_s, tiled = median_time(lambda: render_board_pdf(board, tiled_options), args.runs)
    poster_pdf, tiled_pdf = OUTPUT / "procesplaat-a0.pdf", OUTPUT / "procesplaat-a0-a4-tegels.pdf"
    poster_pdf.write_bytes(poster)
    tiled_pdf.write_bytes(tiled)
    plan = print_plan(board, tiled_options)

    python = ensure_pdfposter()
    theirs_pdf = OUTPUT / "procesplaat-a0-a4-pdfposter.pdf"
    measured = subprocess.run(
        [str(python), "-c", PDFPOSTER_TIMER, str(poster_pdf), str(theirs_pdf), str(args.runs)],
        check=True,
        capture_output=True,
        text=True,
    )
    theirs_s = json.loads(measured.stdout.strip().splitlines()[-1])["median_s"]

    cli_runs = max(3, args.runs // 2)
    board_file = ROOT / "resources" / "templates" / "procesplaat-1.json"
    ours_fresh = wall_time(
        [
            sys.executable,
            "-c",
            FRESH_TILING.format(root=str(ROOT), board=str(board_file), out=str(OUTPUT / "fresh-tegels.pdf")),
        ],
        cli_runs,
    )
    ours_cli = wall_time(
        [
            sys.executable,
            "-m",
            "cli.main",
            "print",
            "procesplaat-1",
            "--tile",
            "A4P",
            "-o",
            str(OUTPUT / "cli-tegels.pdf"),
        ],
        cli_runs,
    )
    theirs_cli = wall_time(
        [
            str(PDFPOSTER_VENV / "bin" / "pdfposter"),
            "-m",
            "a4",
            "-s",
            "1",
            str(poster_pdf),
            str(OUTPUT / "cli-pdfposter.pdf"),
        ],
        cli_runs,
    )

    ours_size, theirs_size, poster_size = len(tiled), theirs_pdf.stat().st_size, len(poster)
    rows = [
        ("A0-poster Procesplaat 1 renderen", f"{poster_s * 1000:.0f} ms (koud, met fonts laden: {cold * 1000:.0f} ms)"),
        (
            "Tegelen op A4 (bruinpapier, vanaf het bord)",
            f"{tiled_s * 1000:.0f} ms, {plan.grid.count} vellen + opbouwplan",
        ),
        ("Bestandsgrootte poster / tegels", f"{poster_size / 1024:.1f} KiB / {ours_size / 1024:.1f} KiB"),
        ("Verhouding tegels/poster", f"{ours_size / poster_size:.2f}"),
        (
            "Tegelen op A4 (pdfposter, vanaf de poster-PDF)",
            f"{theirs_s * 1000:.0f} ms, {page_count(theirs_pdf)} vellen, {theirs_size / 1024:.1f} KiB",
        ),
        ("Nieuwe Python, laden + tegelen (bruinpapier, bordbestand)", f"{ours_fresh * 1000:.0f} ms"),
        ("Nieuwe Python, laden + tegelen (pdfposter -m a4 -s 1)", f"{theirs_cli * 1000:.0f} ms"),
        ("Hele opdracht bruinpapier print --tile A4P (laadt alle opdrachten)", f"{ours_cli * 1000:.0f} ms"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    faster = tiled_s <= theirs_s
    smaller = ours_size <= theirs_size
    print(
        f"\nbruinpapier tegelt {theirs_s / tiled_s:.1f}× zo snel als pdfposter "
        f"({'gehaald' if faster else 'NIET gehaald'}; vanaf een nieuwe Python {theirs_cli / ours_fresh:.2f}×); "
        f"bestand {ours_size / theirs_size:.2f}× de grootte "
        f"({'gehaald' if smaller else 'NIET gehaald'})."
    )
    return 0 if faster and smaller else 1


if __name__ == "__main__":
    raise SystemExit(main())
