"""Benchmark of photo capture, per hard condition of classroom photos and all of them at once.

Generates phone photos of the Procesplaat and the quadrant board
(``tests/photos/conditions.py``: glare, white paper, hard dots, rotated and
curled notes, marker handwriting, 3/12 MP phone photos, lost markers, a tiled
print, dense boards, other note sizes, everything combined), reads them back
and prints one row per condition: notes recall, precision of all notes and of
the notes not marked doubtful, the doubtful share of notes and cells, zone
accuracy, cells with the exact dot count (all, and those not in a doubtful
zone), and the time per photo next to the JPEG decode of the same file
(``decode_seconds``: in a fresh process, between the timing runs). The targets
are printed beside them.

The seed changes every run (it is printed: ``--seed`` repeats a run). With
``--dir`` the photos come from a folder instead: ``NAME.jpg`` with
``NAME.truth.json`` in the format ``GeneratedPhoto.truth_json()`` writes.

    .venv/bin/python benchmarks/capture.py [--photos 2] [--conditions glare,combined] [--seed N]
    .venv/bin/python benchmarks/capture.py --save /tmp/photos      # also write photos + truth to look at
    .venv/bin/python benchmarks/capture.py --dir /path/to/photos   # score photos made elsewhere
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from boards.capture import CaptureOptions, capture_photos  # noqa: E402
from boards.templates import load_template  # noqa: E402
from tests.photos.conditions import BY_NAME, CONDITIONS, condition_spec  # noqa: E402
from tests.photos.scoring import Score, Truth, score_result  # noqa: E402


@dataclass(frozen=True)
class Targets:
    recall: float
    sure_precision: float
    sure_dots: float
    zone: float
    doubtful: float


SINGLE = Targets(recall=0.97, sure_precision=0.97, sure_dots=0.95, zone=0.99, doubtful=0.10)
COMBINED = Targets(recall=0.90, sure_precision=0.90, sure_dots=0.90, zone=0.99, doubtful=0.25)
MAX_SECONDS_12MP = 1.0
MAX_DECODE_RATIO = 4.0


@dataclass
class Photo:
    condition: str
    name: str
    board_id: str
    jpeg: bytes
    truth: dict
    megapixels: float


@dataclass
class Row:
    score: Score = field(default_factory=Score)
    #: (megapixels, seconds, × decode, × decode in CPU time of the calling thread)
    times: list[tuple[float, float, float, float]] = field(default_factory=list)

    def speed(self) -> tuple[float, float, float, bool]:
        """Median seconds, × decode and × decode in CPU time over the 12 MP photos (the targets are for those), else
        over all."""
        big = [t for t in self.times if t[0] >= 8]
        chosen = big or self.times
        return (*(statistics.median(t[column] for t in chosen) for column in (1, 2, 3)), bool(big))


def _generate(job: tuple[str, int, int, float | None, str]) -> Photo:
    from tests.photos.cache import cached_photo

    name, index, seed, megapixels, cache = job
    board_id, spec = condition_spec(name, index, seed)
    if megapixels:
        spec = replace(spec, megapixels=megapixels)
    board = load_template(board_id)
    photo = cached_photo(Path(cache), board, spec)
    return Photo(name, f"{name}-{index + 1}", board_id, photo.jpeg, photo.truth_json(board), spec.megapixels)


def generated(args: argparse.Namespace) -> list[Photo]:
    names = [n.strip() for n in args.conditions.split(",")] if args.conditions else [c.name for c in CONDITIONS]
    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        raise SystemExit(f"unknown condition(s): {', '.join(unknown)}; known: {', '.join(BY_NAME)}")
    jobs = [(n, i, args.seed, args.megapixels, str(args.cache)) for n in names for i in range(args.photos)]
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        return list(pool.map(_generate, jobs))


def from_folder(folder: Path) -> list[Photo]:
    photos = []
    for truth_path in sorted(folder.glob("*.truth.json")):
        stem = truth_path.name[: -len(".truth.json")]
        jpeg = truth_path.with_name(f"{stem}.jpg")
        if not jpeg.exists():
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        data = jpeg.read_bytes()
        image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_REDUCED_GRAYSCALE_8)
        megapixels = image.shape[0] * image.shape[1] * 64 / 1e6 if image is not None else 0.0
        photos.append(Photo(condition_of(stem), stem, truth["board"], data, truth, round(megapixels, 1)))
    return photos


def condition_of(stem: str) -> str:
    """The row of a photo from a folder: its condition where ``--save`` named it (``combined-2``), else its name."""
    condition, _, number = stem.rpartition("-")
    return condition if number.isdigit() and condition in BY_NAME else stem


#: the yardstick: ``cv2.imdecode`` of a JPEG (full size), in a fresh process of its own, the fastest of this many
#: runs in a row. In the benchmark's own process the decode of the same file took 37–45 ms of CPU late in a run of
#: 39 photos and 73–80 ms early in it or in a fresh process (the freshly mapped memory of the 36 MB image, page by
#: page): the × decode column depended on where in the run a photo came. A fresh process measures every photo alike.
YARDSTICK_RUNS = 5
_YARDSTICK = """
import sys, time
import cv2, numpy as np
buffer = np.frombuffer(sys.stdin.buffer.read(), np.uint8)
wall, cpu = float("inf"), float("inf")
for _ in range(int(sys.argv[1])):
    start, started = time.perf_counter(), time.thread_time()
    assert cv2.imdecode(buffer, cv2.IMREAD_COLOR) is not None
    wall, cpu = min(wall, time.perf_counter() - start), min(cpu, time.thread_time() - started)
print(wall, cpu)
"""


def decode_seconds(jpeg: bytes, runs: int = YARDSTICK_RUNS) -> tuple[float, float]:
    """The yardstick of a JPEG: the fastest of ``runs`` full decodes (``cv2.imdecode``) in a fresh process, in wall
    seconds and in CPU seconds (each the fastest)."""
    done = subprocess.run(
        [sys.executable, "-c", _YARDSTICK, str(runs)], input=jpeg, capture_output=True, check=True, cwd=ROOT
    )
    wall, cpu = done.stdout.split()
    return float(wall), float(cpu)


def measure(photo: Photo, board, repeat: int) -> tuple[Score, tuple[float, float], tuple[float, float]]:
    """Score of one photo, the fastest capture time of ``repeat`` runs in wall seconds and in CPU seconds of the
    calling thread (each the fastest), and its yardstick (``decode_seconds``, taken between the runs)."""
    wall, cpu, decode_wall, decode_cpu = (float("inf"),) * 4
    result = None
    for _ in range(repeat):
        decode = decode_seconds(photo.jpeg)
        decode_wall, decode_cpu = min(decode_wall, decode[0]), min(decode_cpu, decode[1])
        start, started = time.perf_counter(), time.thread_time()
        result = capture_photos([photo.jpeg], board, CaptureOptions())
        wall, cpu = min(wall, time.perf_counter() - start), min(cpu, time.thread_time() - started)
    return score_result(Truth.from_json(photo.truth), result), (wall, cpu), (decode_wall, decode_cpu)


def targets_for(name: str) -> Targets | None:
    if name.startswith("("):
        return None  # all conditions together: no target of its own
    combined = BY_NAME[name].combined if name in BY_NAME else "combined" in name  # a --dir photo by its name
    return COMBINED if combined else SINGLE


COLUMNS = (  # header, width, value of a row (fraction), target attribute, at most
    ("recall", 7, lambda s: s.recall, "recall", False),
    ("prec.", 7, lambda s: s.precision, None, False),
    ("prec.zeker", 10, lambda s: s.sure_precision, "sure_precision", False),
    ("twijfel", 8, lambda s: s.doubtful_share, "doubtful", True),
    ("vak", 7, lambda s: s.zone_accuracy, "zone", False),
    ("stip exact", 10, lambda s: s.exact_cells if s.cells else None, None, False),
    ("zeker", 7, lambda s: s.sure_exact_cells if s.sure_cells else None, "sure_dots", False),
)


def _cell(value: float | None, width: int, targets: Targets | None, attribute: str | None, at_most: bool) -> str:
    if value is None:  # nothing to judge (a board without dots)
        return f"{'–':>{width - 1}} "
    missed = False
    if targets is not None and attribute is not None:
        limit = getattr(targets, attribute)
        missed = value > limit if at_most else value < limit
    return f"{value * 100:{width - 1}.1f}{'✗' if missed else ' '}"


def _target_cell(targets: Targets, width: int, attribute: str | None, at_most: bool) -> str:
    if attribute is None:
        return " " * width
    return f"{('≤' if at_most else '≥') + f'{getattr(targets, attribute) * 100:g}':>{width - 1}} "


def print_table(rows: dict[str, Row]) -> None:
    """One row per condition (percentages; ✗: target missed), the targets right under the header."""
    width = max(12, *(len(name) for name in rows))
    head = f"{'conditie':<{width}} {'foto':>4} {'post-its':>8}"
    tail = f" {'s/foto':>7} {'×decod.':>8} {'×CPU':>6}"
    header = head + "".join(f" {title:>{w}}" for title, w, *_ in COLUMNS) + tail
    print(header)
    for label, targets in (("doel", SINGLE), ("doel combined", COMBINED)):
        cells = "".join(" " + _target_cell(targets, w, attribute, at_most) for _, w, _, attribute, at_most in COLUMNS)
        print(f"{label:<{width + 14}}{cells} {'≤' + f'{MAX_SECONDS_12MP:g}':>7} {'≤' + f'{MAX_DECODE_RATIO:g}':>7}×")
    print("-" * len(header))
    for name, row in rows.items():
        s, targets = row.score, targets_for(name)
        seconds, ratio, cpu_ratio, big = row.speed()
        slow = targets is not None and big and (ratio > MAX_DECODE_RATIO or seconds > MAX_SECONDS_12MP)
        cells = "".join(
            " " + _cell(value(s), w, targets, attribute, at_most) for _, w, value, attribute, at_most in COLUMNS
        )
        print(
            f"{name:<{width}} {s.photos:>4} {s.true_notes:>8}{cells} {seconds:7.2f} {ratio:6.1f}×{'✗' if slow else ' '}"
            f" {cpu_ratio:5.1f}×"
        )
    print("-" * len(header))
    print(
        "Percentages. ✗: doel niet gehaald. Post-its één-op-één gekoppeld binnen 15 mm, dichtste paren eerst; "
        "'zeker': niet als twijfelachtig gemarkeerd (post-its: doubtful; vakken: doubtful_zones); twijfel: "
        "aandeel twijfelachtige post-its en vakken; stip exact: aandeel (vak, stipsoort)-cellen met precies het "
        "goede aantal; s/foto en ×decod.: mediaan over de 12 MP-foto's van de rij (de doelen gelden daarvoor; "
        "een rij met alleen kleinere foto's: over die), analyse tegen cv2.imdecode van dezelfde JPEG (snelste van "
        f"{YARDSTICK_RUNS} in een vers proces); ×CPU: hetzelfde in CPU-tijd (de aanroepende thread tegen het "
        "decoderen), minder gevoelig voor andere processen op de machine."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=2, help="photos per condition")
    parser.add_argument("--conditions", default="", help="comma-separated condition names (default: all)")
    parser.add_argument("--seed", type=int, default=None, help="default: from the clock (printed)")
    parser.add_argument("--megapixels", type=float, default=None, help="every photo this size (default: per condition)")
    parser.add_argument("--repeat", type=int, default=2, help="timing runs per photo (the fastest counts)")
    parser.add_argument("--jobs", type=int, default=2, help="processes generating photos")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bruinpapier-capture-benchmark")
    parser.add_argument("--save", type=Path, default=None, help="write every photo and its truth here")
    parser.add_argument("--dir", type=Path, default=None, help="score NAME.jpg + NAME.truth.json from this folder")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="list what went wrong per photo (the first 8; -vv: all)"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if args.dir is not None:
        photos = from_folder(args.dir)
        print(f"{len(photos)} foto's uit {args.dir}")
    else:
        if args.seed is None:
            args.seed = int(time.time()) % 1_000_000
        print(f"seed {args.seed} (herhaal met --seed {args.seed})")
        photos = generated(args)
        print(f"{len(photos)} foto's gemaakt (of uit {args.cache}) in {time.perf_counter() - started:.0f} s")
    if not photos:
        print("geen foto's")
        return 1
    if args.save is not None:
        args.save.mkdir(parents=True, exist_ok=True)
        for photo in photos:
            (args.save / f"{photo.name}.jpg").write_bytes(photo.jpeg)
            (args.save / f"{photo.name}.truth.json").write_text(json.dumps(photo.truth, indent=1), encoding="utf-8")
        print(f"foto's en waarheid geschreven naar {args.save}")

    boards = {board_id: load_template(board_id) for board_id in {photo.board_id for photo in photos}}
    capture_photos([photos[0].jpeg], boards[photos[0].board_id])  # warm up: imports, lookup tables
    rows: dict[str, Row] = {}
    total = Row()
    for photo in photos:
        found, (seconds, cpu), (decode, decode_cpu) = measure(photo, boards[photo.board_id], args.repeat)
        for row in (rows.setdefault(photo.condition, Row()), total):
            row.score.add(found)
            row.times.append((photo.megapixels, seconds, seconds / decode, cpu / decode_cpu))
        if args.verbose:
            recoloured = found.matched_notes - found.color_right
            print(
                f"  {photo.name:<16} {photo.board_id:<18} {found.matched_notes}/{found.true_notes} post-its, "
                f"{found.found_notes - found.matched_notes} extra, "
                + (f"{recoloured} in een andere kleur, " if recoloured else "")
                + f"{found.cells_exact}/{found.cells} vakken exact, "
                f"{seconds:.2f} s ({seconds / decode:.1f}× decoderen, {decode * 1000:.0f} ms; "
                f"CPU {cpu / decode_cpu:.1f}×, {decode_cpu * 1000:.0f} ms)"
            )
            for miss in found.misses if args.verbose > 1 else found.misses[:8]:
                print(f"      - {miss}")
    print()
    if len(rows) > 1:
        rows["(alles)"] = total
    print_table(rows)
    print(
        f"Kleur: {total.score.color_right} van de {total.score.matched_notes} gekoppelde post-its in de goede kleur "
        "(koppelen gaat op plaats alleen, zoals de doelen zijn gesteld)."
    )
    took = time.perf_counter() - started
    print(f"({len(photos)} foto's; tijden: snelste van {args.repeat} runs per foto; alles samen {took:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
