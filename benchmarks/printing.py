"""Printing benchmark: whole processes side by side with pdfposter, in one run, alternating.

    .venv/bin/python benchmarks/printing.py [--runs 9]

Two jobs, each timed as the whole command a user types (Python start-up and
imports included), ours and pdfposter's in turn (A B A B …) so a busy machine
slows both alike:

1. the A0 Procesplaat 1 as a board → A4 tiles:
   ``bruinpapier print procesplaat-1 --tile A4`` against
   ``pdfposter -m a4 -s 1`` on the same board's poster PDF;
2. an existing A0 poster PDF → A4 tiles:
   ``bruinpapier tile poster.pdf --paper A4`` against the same pdfposter call.

pdfposter (PyPI) is installed into its own virtual environment,
benchmarks/output/pdfposter-venv, on first use: it is a yardstick, not a
dependency of Bruinpapier. Both commands run with byte-code caching on, as an
installed program has it (the environment variable PYTHONDONTWRITEBYTECODE is
dropped for the children), after one warm-up run each. Printed: the median wall
and CPU time of each, the median of the pairwise ratios, and the output sizes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "benchmarks" / "output"
PDFPOSTER_VENV = OUTPUT / "pdfposter-venv"
BRUINPAPIER = Path(sys.executable).parent / "bruinpapier"


def ensure_pdfposter() -> Path:
    command = PDFPOSTER_VENV / "bin" / "pdfposter"
    if not command.exists():
        print("pdfposter-venv aanmaken (pip install pdfposter) ...", flush=True)
        venv.create(PDFPOSTER_VENV, with_pip=True)
        subprocess.run([str(PDFPOSTER_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "pdfposter"], check=True)
    return command


def child_environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_environment())
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"mislukt: {' '.join(command)}\n{process.stderr.read().decode()}")
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime


def side_by_side(ours: list[str], theirs: list[str], runs: int) -> dict[str, float]:
    run(ours), run(theirs)  # warm-up: byte-code and caches written, files in the page cache
    ours_times, theirs_times = [], []
    for _ in range(runs):
        ours_times.append(run(ours))
        theirs_times.append(run(theirs))
    return {
        "ours_wall": statistics.median(w for w, _ in ours_times),
        "ours_cpu": statistics.median(c for _, c in ours_times),
        "theirs_wall": statistics.median(w for w, _ in theirs_times),
        "theirs_cpu": statistics.median(c for _, c in theirs_times),
        "wall_ratio": statistics.median(a[0] / b[0] for a, b in zip(ours_times, theirs_times)),
        "cpu_ratio": statistics.median(a[1] / b[1] for a, b in zip(ours_times, theirs_times)),
    }


def page_count(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    pdfposter = ensure_pdfposter()
    poster = OUTPUT / "procesplaat-a0.pdf"
    subprocess.run([str(BRUINPAPIER), "print", "procesplaat-1", "-o", str(poster)], check=True, capture_output=True)
    theirs_pdf = OUTPUT / "pdfposter-a4.pdf"
    theirs = [str(pdfposter), "-m", "a4", "-s", "1", str(poster), str(theirs_pdf)]
    jobs = [
        (
            "A0-bord → A4-tegels (bruinpapier print procesplaat-1 --tile A4)",
            [str(BRUINPAPIER), "print", "procesplaat-1", "--tile", "A4", "-o", str(OUTPUT / "bord-a4.pdf")],
            OUTPUT / "bord-a4.pdf",
        ),
        (
            "A0-PDF → A4-tegels (bruinpapier tile procesplaat-a0.pdf --paper A4)",
            [str(BRUINPAPIER), "tile", str(poster), "--paper", "A4", "-o", str(OUTPUT / "pdf-a4.pdf")],
            OUTPUT / "pdf-a4.pdf",
        ),
    ]
    ok = True
    print(f"{args.runs} keer elk, om en om, na één opwarmronde; mediaan (wand / CPU)\n")
    for title, ours, ours_pdf in jobs:
        result = side_by_side(ours, theirs, args.runs)
        ours_size, theirs_size = ours_pdf.stat().st_size, theirs_pdf.stat().st_size
        faster = result["wall_ratio"] <= 1.0 and result["cpu_ratio"] <= 1.0
        smaller = ours_size <= theirs_size
        ok = ok and faster and smaller
        print(title)
        print(
            f"  bruinpapier {result['ours_wall'] * 1000:.0f} ms / {result['ours_cpu'] * 1000:.0f} ms CPU, "
            f"{page_count(ours_pdf)} pagina's (opbouwplan + vellen), {ours_size / 1024:.1f} KiB"
        )
        print(
            f"  pdfposter   {result['theirs_wall'] * 1000:.0f} ms / {result['theirs_cpu'] * 1000:.0f} ms CPU, "
            f"{page_count(theirs_pdf)} pagina's, {theirs_size / 1024:.1f} KiB"
        )
        print(
            f"  verhouding (per paar, mediaan): wand {result['wall_ratio']:.2f}, CPU {result['cpu_ratio']:.2f}; "
            f"bestand {ours_size / theirs_size:.2f} — {'gehaald' if faster and smaller else 'NIET gehaald'}\n"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
