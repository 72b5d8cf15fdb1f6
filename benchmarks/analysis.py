"""Benchmark: the cross-session summary of one board over an archive of 1,000 sessions.

Target (issue 7): with 1,000 sessions of 100 notes each, the summary per zone
over every session of one board takes at most 1 s.

    .venv/bin/python benchmarks/analysis.py [--sessions 1000] [--notes 100] [--archive]

Sessions are generated in memory on Procesplaat 1 (50 schools, 20 dates, 24
processes with werkdruk/werkplezier dots). With ``--archive`` they are also
written to a throwaway SQLite archive and read back from it first, so the
figure includes what the app does when it analyses archived sessions.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from boards.analysis import analyse, cross_session_summary, over_time
from boards.colors import NOTE_COLOR_IDS
from boards.session import Note, Session
from boards.templates import load_template

TARGET_SECONDS = 1.0
BOARD_ID = "procesplaat-1"


def generate(count: int, notes_per_session: int, seed: int = 7) -> list[Session]:
    rng = random.Random(seed)
    board = load_template(BOARD_ID)
    note_zones = [zone.id for zone in board.zones if zone.holds.notes]
    dot_zones = [(zone.id, [kind.id for kind in zone.holds.dots]) for zone in board.zones if zone.holds.dots]
    sessions = []
    for index in range(count):
        session = Session(
            board=board,
            school=f"School {index % 50 + 1:02d}",
            date=f"{2000 + index // 50:04d}-03-{index % 28 + 1:02d}",
            method=board.method,
            step=board.step,
        )
        for number in range(notes_per_session):
            session.results.notes.append(
                Note(
                    text=f"briefje {number}",
                    zone_id=rng.choice(note_zones),
                    color=rng.choice(NOTE_COLOR_IDS),
                    id=f"n{index}-{number}",
                )
            )
        for zone, kinds in dot_zones:  # only the dot kinds a zone collects (the file format refuses others)
            for kind in kinds:
                session.results.set_dot_count(zone, kind, rng.randint(0, 6))
        sessions.append(session)
    return sessions


def timed(function, *args, repeat: int = 3):
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def from_archive(sessions: list[Session]) -> tuple[list[Session], float, float]:
    from boards.archive import Archive

    with tempfile.TemporaryDirectory() as folder:
        archive = Archive(f"sqlite:///{folder}/archief.sqlite")
        start = time.perf_counter()
        for session in sessions:
            archive.save(session)
        saved = time.perf_counter() - start
        start = time.perf_counter()
        loaded = [archive.get(summary.id) for summary in archive.list(board=BOARD_ID)]
        read = time.perf_counter() - start
        archive.close()
    return loaded, saved, read


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=100)
    parser.add_argument("--archive", action="store_true", help="also store in and read from a SQLite archive")
    args = parser.parse_args()

    start = time.perf_counter()
    sessions = generate(args.sessions, args.notes)
    print(f"{len(sessions)} sessies × {args.notes} briefjes gemaakt in {time.perf_counter() - start:.2f} s")
    if args.archive:
        sessions, saved, read = from_archive(sessions)
        print(f"SQLite-archief: opslaan {saved:.1f} s, alle {len(sessions)} sessies teruglezen {read:.1f} s")

    seconds, summary = timed(cross_session_summary, sessions, BOARD_ID)
    total_notes = int(summary[summary["measure"] == "briefjes"]["total"].sum())
    print(f"samenvatting over sessies (1 bord, {len(summary)} rijen, {total_notes} briefjes): {seconds:.3f} s")
    trend_seconds, _ = timed(over_time, sessions, BOARD_ID, "School 01")
    print(f"verloop over tijd voor één school: {trend_seconds:.3f} s")
    analyse_seconds, _ = timed(analyse, sessions[:50], repeat=1)
    print(f"volledige analyse van 50 sessies (tabellen, procesplaat, vergelijkingen): {analyse_seconds:.2f} s")
    ok = seconds <= TARGET_SECONDS
    print(f"doel ≤ {TARGET_SECONDS:g} s: {'gehaald' if ok else 'NIET gehaald'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
