"""The benchmark script keeps working (a small run; the real figures are in docs/development/benchmarks.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_benchmark_runs_and_meets_the_target_on_a_small_archive():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "analysis.py"), "--sessions", "60", "--notes", "20", "--archive"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert "60 sessies × 20 briefjes" in result.stdout
    assert "1200 briefjes" in result.stdout  # every note counted once in the summary
    assert "doel ≤ 1 s: gehaald" in result.stdout


def test_card_sorting_without_headers_reads_as_zones():
    from boards.analysis import analyse_session
    from boards.session import Note, Session
    from boards.templates import load_template

    board = load_template("card-sorting")
    session = Session(board=board)
    cells = [zone for zone in board.zones if zone.kind.value == "cell"]
    session.results.notes += [Note(text="kaart", zone_id=cells[2].id) for _ in range(3)]
    result = analyse_session(session)
    assert result.grid is None and result.distribution is not None
    assert result.distribution.summary == f"De meeste briefjes (3 van 3) vallen in vak {cells[2].label}."
