"""Dots read that are not on the photo: each one counted, and those that are a sticker read twice told apart.

For every photo of the folders given (NAME.jpg + NAME.truth.json, as ``benchmarks/capture.py --save`` writes them),
of the conditions asked for, it reads the photo as the benchmark does and matches the dots read to the true dots of
their kind, closest first, one to one, within 8 mm. A dot read left unmatched is not there; it is a sticker read
twice when the true dot nearest it (within 8 mm) was matched to another dot read. For every pair of dots of one kind
read closer than 1.4 radii (the radius as the reader measured it), their distance in radii is listed when both are
matched (two real stickers) or one is a sticker read twice: how close real stickers lie, and read twice ones.

With ``--under`` it also lists, in the zones the reader does not mark doubtful, every true dot left unmatched
(missed) and every dot read left unmatched (extra), with what lies under it by the truth: a note (its colour, and
whether it curls; where notes overlap, the one it lies most inside) or the bare board; and a tally of both per dot
kind and what lies under.

    .venv/bin/python benchmarks/capture_dots.py FOLDER... [--conditions combined,dots,white] [--under]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boards.capture import CaptureOptions, capture_photos  # noqa: E402
from boards.templates import load_template  # noqa: E402

MATCH_MM = 8.0
CLOSE = 1.4  # (× radius) pairs of dots read closer than this are listed


def _matched(found: list, true: list) -> tuple[dict[int, int], dict[int, int]]:
    """Found dot → true dot, one to one, closest pairs first, within MATCH_MM; and found dot → its nearest true dot."""
    pairs = sorted(
        (math.hypot(f.x_mm - t["x_mm"], f.y_mm - t["y_mm"]), fi, ti)
        for fi, f in enumerate(found)
        for ti, t in enumerate(true)
    )
    matched: dict[int, int] = {}
    nearest: dict[int, int] = {}
    taken: set[int] = set()
    for distance, fi, ti in pairs:
        if distance >= MATCH_MM:
            break
        nearest.setdefault(fi, ti)
        if fi not in matched and ti not in taken:
            matched[fi] = ti
            taken.add(ti)
    return matched, nearest


def _under(x: float, y: float, notes: list[dict]) -> str:
    """What lies under a point by the truth: "green note" (", curled" when it curls) or "board"; of notes
    overlapping there, the one whose sides lie farthest from the point (the one it lies most inside)."""
    best, depth = "board", -1.0
    for note in notes:
        angle = math.radians(note.get("angle", 0.0))
        dx, dy = x - note["x_mm"], y - note["y_mm"]
        along = dx * math.cos(angle) + dy * math.sin(angle)
        across = -dx * math.sin(angle) + dy * math.cos(angle)
        inside = min(note["width_mm"] / 2 - abs(along), note["height_mm"] / 2 - abs(across))
        if inside >= 0 and inside > depth:
            best = f"{note['color']} note" + (", curled" if note.get("curl") else "")
            depth = inside
    return best


def _unmatched_in_sure_zones(result, truth: dict, label: str, tally: Counter) -> None:
    """Print and tally (``--under``) the missed and extra dots in the zones the reader does not mark doubtful."""
    doubtful = set(result.doubtful_zones)
    notes = truth.get("notes", [])
    true_dots = truth.get("dot_positions", [])
    for kind in sorted({dot["kind"] for dot in true_dots} | {dot.kind for dot in result.dots}):
        found = [dot for dot in result.dots if dot.kind == kind and dot.zone_id and dot.zone_id not in doubtful]
        true = [dot for dot in true_dots if dot["kind"] == kind and dot.get("zone_id") not in (None, *doubtful)]
        matched, _ = _matched(found, true)
        taken = set(matched.values())
        for ti, dot in enumerate(true):
            if ti not in taken:
                under = _under(dot["x_mm"], dot["y_mm"], notes)
                tally[("missed", kind, under)] += 1
                print(f"{label} {kind}: missed at ({dot['x_mm']:.0f},{dot['y_mm']:.0f}), on {under}")
        for fi, dot in enumerate(found):
            if fi not in matched:
                under = _under(dot.x_mm, dot.y_mm, notes)
                tally[("extra", kind, under)] += 1
                print(f"{label} {kind}: extra at ({dot.x_mm:.0f},{dot.y_mm:.0f}), on {under}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--conditions", default="combined,dots,white", help="comma-separated condition names")
    parser.add_argument("--under", action="store_true", help="list the missed and extra dots in sure zones")
    args = parser.parse_args(argv)
    wanted = {name.strip() for name in args.conditions.split(",") if name.strip()}
    read = absent = twice = 0
    real_pairs: list[float] = []
    twice_pairs: list[float] = []
    tally: Counter = Counter()
    for folder in args.folders:
        for truth_path in sorted(folder.glob("*.truth.json")):
            stem = truth_path.name[: -len(".truth.json")]
            if stem.rsplit("-", 1)[0] not in wanted:
                continue
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
            result = capture_photos(
                [truth_path.with_name(f"{stem}.jpg").read_bytes()],
                load_template(truth["board"]),
                CaptureOptions(crops=False),
            )
            if args.under:
                _unmatched_in_sure_zones(result, truth, f"{folder.name}/{stem}", tally)
            for kind in {dot.kind for dot in result.dots}:
                found = [dot for dot in result.dots if dot.kind == kind]
                true = [dot for dot in truth.get("dot_positions", []) if dot["kind"] == kind]
                matched, nearest = _matched(found, true)
                again = {fi for fi in range(len(found)) if fi not in matched and fi in nearest}
                read += len(found)
                absent += len(found) - len(matched)
                twice += len(again)
                for a in range(len(found)):
                    for b in range(a + 1, len(found)):
                        radius = found[a].diameter_mm / 2
                        apart = math.hypot(found[a].x_mm - found[b].x_mm, found[a].y_mm - found[b].y_mm) / radius
                        if apart >= CLOSE:
                            continue
                        if a in matched and b in matched:
                            real_pairs.append(apart)
                        elif (a in again and nearest[a] == matched.get(b)) or (
                            b in again and nearest[b] == matched.get(a)
                        ):
                            twice_pairs.append(apart)
                        if a in again or b in again:
                            print(f"{folder.name}/{stem} {kind}: read twice, {apart:.2f} radii apart")
    print(f"{read} dots read, {absent} not on the photo, {twice} of them a sticker read twice")
    if real_pairs:
        print(f"two real stickers read closer than {CLOSE} radii: {len(real_pairs)}, the closest {min(real_pairs):.2f}")
    if twice_pairs:
        print(
            f"a sticker read twice, its two dots: {len(twice_pairs)}, "
            f"{min(twice_pairs):.2f}-{max(twice_pairs):.2f} radii apart"
        )
    if args.under:
        print("in zones not marked doubtful:")
        for (what, kind, under), count in sorted(tally.items(), key=lambda item: (item[0][0], item[0][1], -item[1])):
            print(f"  {what} {kind} on {under}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
