"""Two versions of the photo reader on the same photos, photo by photo in turn: is one faster?

Each version runs in a process of its own (started from its source tree, e.g. a ``git worktree`` or
``git archive`` of the other commit); the photos go to them one at a time, A B, B A, ... so both meet the
same load on the machine. Per photo and version: the fastest of ``--repeat`` runs of the JPEG decode
(``cv2.imdecode``, full size, as ``benchmarks/capture.py`` measures it) and of the read-back, in wall
seconds and in CPU seconds of the calling thread (the read-back's critical path when the worker thread
has a core of its own; wall seconds on a loaded machine say more about the other programs), and the
read-back's CPU seconds of all threads (its whole work, as one core would have to do it).

    .venv/bin/python benchmarks/capture_vs.py PHOTOS OLD_TREE NEW_TREE [--rounds 2]

PHOTOS: a folder of NAME.jpg + NAME.truth.json (``benchmarks/capture.py --save DIR``). Prints the median
of new/old per photo, and per condition (the name up to its last "-") the median ratios to the decode.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

WORKER = r"""
import json, sys, time
from pathlib import Path
import cv2, numpy as np
sys.path.insert(0, sys.argv[1])
from boards.capture import CaptureOptions, capture_photos
from boards.templates import load_template
folder, repeat = Path(sys.argv[2]), int(sys.argv[3])
boards = {}
def board_of(name):
    board_id = json.loads((folder / f"{name}.truth.json").read_text(encoding="utf-8"))["board"]
    return boards.setdefault(board_id, load_template(board_id))
first = sorted(folder.glob("*.truth.json"))[0].name[: -len(".truth.json")]
capture_photos([(folder / f"{first}.jpg").read_bytes()], board_of(first))  # warm up: imports, tables
print("ready", flush=True)
for line in sys.stdin:
    name = line.strip()
    jpeg, board = (folder / f"{name}.jpg").read_bytes(), board_of(name)
    buffer = np.frombuffer(jpeg, np.uint8)
    runs = []
    for _ in range(repeat):
        c0, t0 = time.thread_time(), time.perf_counter()
        assert cv2.imdecode(buffer, cv2.IMREAD_COLOR) is not None
        c1, t1, p1 = time.thread_time(), time.perf_counter(), time.process_time()
        capture_photos([jpeg], board, CaptureOptions())
        c2, t2, p2 = time.thread_time(), time.perf_counter(), time.process_time()
        runs.append((t2 - t1, t1 - t0, c2 - c1, c1 - c0, p2 - p1))
    print(json.dumps([min(run[i] for run in runs) for i in range(5)]), flush=True)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("photos", type=Path)
    parser.add_argument("old", type=Path, help="source tree of the old version")
    parser.add_argument("new", type=Path, help="source tree of the new version")
    parser.add_argument("--rounds", type=int, default=1, help="times every photo goes to both")
    parser.add_argument("--repeat", type=int, default=2, help="runs per photo and turn (the fastest counts)")
    args = parser.parse_args(argv)
    names = sorted(path.name[: -len(".truth.json")] for path in args.photos.glob("*.truth.json"))
    if not names:
        print(f"no NAME.truth.json in {args.photos}")
        return 1
    trees = {"old": args.old.resolve(), "new": args.new.resolve()}
    processes = {
        who: subprocess.Popen(
            [sys.executable, "-c", WORKER, str(tree), str(args.photos.resolve()), str(args.repeat)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=tree,
        )
        for who, tree in trees.items()
    }
    for process in processes.values():
        if process.stdout.readline().strip() != "ready":  # type: ignore[union-attr]
            raise SystemExit("a version did not start")
    # per photo and version: (wall s, decode wall s, thread CPU s, decode CPU s, process CPU s) of every round
    found: dict[str, dict[str, list[list[float]]]] = defaultdict(lambda: defaultdict(list))
    for round_ in range(args.rounds):
        for index, name in enumerate(names):
            for who in ("old", "new") if (round_ + index) % 2 == 0 else ("new", "old"):
                process = processes[who]
                process.stdin.write(name + "\n")  # type: ignore[union-attr]
                process.stdin.flush()  # type: ignore[union-attr]
                found[name][who].append(json.loads(process.stdout.readline()))  # type: ignore[union-attr]
    for process in processes.values():
        process.stdin.close()  # type: ignore[union-attr]
        process.wait()

    def best(name: str, who: str, column: int) -> float:
        return min(run[column] for run in found[name][who])

    median = statistics.median
    print(f"{len(names)} photos, {args.rounds} round(s), fastest of {args.repeat} runs per turn")
    print(
        f"new / old per photo (median): wall {median(best(n, 'new', 0) / best(n, 'old', 0) for n in names):.3f}, "
        f"CPU of the calling thread {median(best(n, 'new', 2) / best(n, 'old', 2) for n in names):.3f}, "
        f"CPU of all threads {median(best(n, 'new', 4) / best(n, 'old', 4) for n in names):.3f}"
    )
    conditions: dict[str, list[str]] = defaultdict(list)
    for name in names:
        conditions[name.rsplit("-", 1)[0]].append(name)
    print(f"{'condition':<22} {'× decode, wall':>22} {'× decode, thread CPU':>24}")
    for condition, members in sorted(conditions.items()):
        wall = [median(best(n, who, 0) / best(n, who, 1) for n in members) for who in ("old", "new")]
        cpu = [median(best(n, who, 2) / best(n, who, 3) for n in members) for who in ("old", "new")]
        print(f"{condition:<22} {wall[0]:9.2f} → {wall[1]:5.2f}    {cpu[0]:13.2f} → {cpu[1]:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
