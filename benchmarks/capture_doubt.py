"""Calibration of the notes' doubt: per rule that made a note doubtful (or left it sure), how many are right.

For every photo of the folders given (NAME.jpg + NAME.truth.json, as ``benchmarks/capture.py --save`` writes them)
it reads the photo as the benchmark does and notes, for each note read, the rule that made it doubtful where it was
read (``_doubt``: ``size:unknown``, ``covered:...``; ``_size_unseen``; ``_runs_on``, ``_stretched``, ...) or, for a
sure one, what fixed it across each axis (``free``: open board beyond a side, ``cast``: its shadow cast, ``both``:
both edges seen a known size apart, ``span``: its own colour spans it, ``whole``: shown whole with no note of its
colour beside it; ``-NsMr``: nothing, N sides seen as edges, M of them with a shadow inside), then every later
change of its doubt (the function that made it, e.g. ``_lying_on_top``). It matches the notes to the truth as the
benchmark does (one to one within 15 mm, closest first): a note is right when matched, of the true colour and within
8 mm of the true size along both axes. One JSON line per note with ``--out``; the tally per (condition, rule) is
printed. It traces the reader by wrapping its functions (``regions.NoteBlob`` and the like): a tool to look with,
not a benchmark.

    .venv/bin/python benchmarks/capture_doubt.py /tmp/s9/p150505 /tmp/s9/p130501 --out /tmp/doubt.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import boards.capture.notes.base as base  # noqa: E402
import boards.capture.notes.doubt as doubt  # noqa: E402
import boards.capture.notes.learning as learning  # noqa: E402
import boards.capture.notes.regions as regions  # noqa: E402
import boards.capture.notes.under_dots as under_dots  # noqa: E402
import boards.capture.notes.under_glare as under_glare  # noqa: E402
import boards.capture.pipeline as pipeline  # noqa: E402
from boards.capture import CaptureOptions, capture_photos  # noqa: E402
from boards.templates import load_template  # noqa: E402
from tests.photos.scoring import Truth, _reach, match_notes  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from capture import from_folder  # noqa: E402

SIZE_RIGHT_MM = 8.0  # a note read is of the right size when both its lengths lie this near the true note's


class _Traced(base.NoteBlob):
    """A NoteBlob that keeps, in ``trace``, where it was read and why, and each later change of its doubt."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "reason" and "trace" in self.__dict__ and value != self.__dict__.get("reason"):
            caller = sys._getframe(1).f_code.co_name
            self.__dict__["trace"].append(f"{caller}->{value or 'sure'}")
        super().__setattr__(name, value)


def _axes_fixed(candidate) -> str:
    """Per axis (sides 0/2, 1/3), what fixes the note across it, as ``_unfixed_axes`` judges (``-``: nothing)."""
    free, alike = candidate.free, candidate.alike
    edged = doubt._sides_seen(candidate)
    result = []
    for first, second in ((0, 2), (1, 3)):
        if max(free[first], free[second]) >= doubt.FREE_SIDE:
            result.append("free")
        elif any(edged[s] >= doubt.EDGED_SIDE and candidate.casts[s] >= doubt.CAST_SIDE for s in (first, second)):
            result.append("cast")
        elif candidate.known and min(edged[first], edged[second]) >= doubt.EDGED_SIDE:
            result.append("both")
        elif candidate.known and candidate.spanned[0 if first == 0 else 1]:
            result.append("span")
        elif candidate.seen >= doubt.WHOLE_SEEN and (
            max(alike[first], alike[second]) < doubt.FREE_SIDE or min(edged[first], edged[second]) >= doubt.EDGED_SIDE
        ):
            result.append("whole")
        else:
            seen = sum(edged[s] >= doubt.EDGED_SIDE for s in (first, second))
            shaded = sum(edged[s] >= doubt.EDGED_SIDE and candidate.receives[s] >= 0.5 for s in (first, second))
            result.append(f"-{seen}s{shaded}r")
    return "/".join(result)


def _measures(candidate) -> dict[str, Any]:
    """What the note's doubt is judged from, per side (0-3) and whole, rounded for a JSON line."""
    sides = ("free", "alike", "edged", "seam", "casts", "receives")
    result: dict[str, Any] = {name: [round(float(v), 2) for v in getattr(candidate, name)] for name in sides}
    result.update(seen=round(float(candidate.seen), 2), measured=int(candidate.measured), known=bool(candidate.known))
    result["rect"] = [round(float(v), 1) for v in (*candidate.center, *candidate.size, candidate.angle_deg)]
    return result


def _bare_share(candidate, side: int, region, ppm: float, depth: float) -> float:
    """The share of bare board in the strip ``depth`` mm deep beyond ``side`` (as ``_bare_beyond`` looks)."""
    corners = candidate.corners_mm()
    centre = corners.mean(axis=0)
    middle = (corners[side] + corners[(side + 1) % 4]) / 2
    outward = (middle - centre) / max(1e-6, float(np.hypot(*(middle - centre))))
    length = float(np.hypot(*(corners[(side + 1) % 4] - corners[side]))) - 2 * doubt.BARE_STRIP_INSET_MM
    if length <= 0:
        return -1.0
    size = (depth, length) if side in (1, 3) else (length, depth)
    strip = doubt.Candidate(middle + outward * depth / 2, size, candidate.angle_deg, measured=0)
    bare, origin = (region.bare(), 0.0) if region.bare is not None else (region.paper, region.origin)
    on, total = base.pixels_on(bare, strip.corners_mm() * ppm - origin)
    return on / total if total else -1.0


def _unseen_ends(candidate, sizes, region, ppm: float) -> str:
    """Of a note doubtful for a length not seen (``_size_unseen``), per axis off the usual note's: its unseen
    ends with the bare board share beyond each (10 mm strip / the band the usual note would cover)."""
    width, height = candidate.size
    long, short = sizes.usual
    usual = min(((long, short), (short, long)), key=lambda s: abs(s[0] - width))
    parts = []
    for extent, expected, ends in ((width, usual[0], (1, 3)), (height, usual[1], (0, 2))):
        unseen = [side for side in ends if candidate.edged[side] < doubt.SEEN_SIDE]
        if abs(extent - expected) / 2 <= doubt.PLACE_MM or not unseen:
            continue
        shares = [
            f"{_bare_share(candidate, side, region, ppm, doubt.BARE_STRIP_MM):.2f}/"
            f"{_bare_share(candidate, side, region, ppm, max(1.0, expected - extent)):.2f}"
            for side in unseen
        ]
        parts.append(f"{extent:.0f}v{expected:.0f}:{len(unseen)}u:" + ",".join(shares))
    return "[" + ";".join(parts) + "]"


def _loose_spans(candidate, ppm: float) -> str:
    """Per axis the note is not fixed across: how much shorter its own colour spans than the note (mm), and
    its own colour's share just outside each of that axis's sides."""
    spans = doubt._own_spans(candidate, ppm)
    parts = []
    for first, second in doubt._unfixed_axes(candidate):
        index = 1 if first == 0 else 0  # (sides 0 and 2 lie across the height)
        short = -1.0 if spans is None else candidate.size[index] - spans[index]
        parts.append(f"d{short:.1f}a{candidate.alike[first]:.2f},{candidate.alike[second]:.2f}")
    return ";".join(parts)


def _why(candidate, frame: dict[str, Any], kind: str) -> str:
    """The rule that made a note read in ``regions._regions`` doubtful, or what fixed a sure one."""
    sizes, region, ppm = frame["sizes"], frame["region"], frame["px_per_mm"]
    if kind == "main" and frame.get("either") and frame.get("split"):
        return "size:split"
    if kind == "end" and frame.get("guessed"):
        return "unresolved:ends_guessed"
    if kind == "end" and frame.get("long_note"):
        return "size:ends_long_note"
    if kind == "rest" and frame.get("unresolved"):
        return "unresolved:rest"
    first = doubt._doubt(candidate)
    if first == "size":
        return "size:unknown"
    if first == "covered":
        if candidate.seen < 0.4:
            return "covered:seen<0.4"
        return f"covered:{_axes_fixed(candidate)}[{_loose_spans(candidate, ppm)}]"
    if doubt._size_unseen(candidate, sizes, region, ppm):
        return f"size:unseen{_unseen_ends(candidate, sizes, region, ppm)}"
    if kind == "main":
        chosen = frame["chosen"]
        for name, rule in (
            ("in_line", lambda: candidate.in_line),
            ("runs_on", lambda: doubt._runs_on(candidate, chosen, region, ppm)),
            ("kinked", lambda: doubt._kinked_in_line(candidate, sizes)),
            ("stretched", lambda: doubt._stretched(candidate, sizes)),
            ("smaller_shown", lambda: doubt._smaller_shown(candidate, ppm)),
        ):
            if rule():
                return f"size:{name}"
    known = "known" if candidate.known else "whole_sold"
    return f"sure:{known}:{_axes_fixed(candidate)}{':guessed' if doubt._size_guessed(candidate) else ''}"


def _traced_blob(module: str):
    def make(*args, **kwargs) -> _Traced:
        blob = _Traced(*args, **kwargs)
        trace = [module]
        if module == "regions":
            frame = sys._getframe(1).f_locals
            for kind, name in (("main", "candidate"), ("end", "end"), ("rest", "guess")):
                candidate = frame.get(name)
                if candidate is not None and tuple(map(float, candidate.center)) == tuple(blob.center):
                    try:
                        trace = [_why(candidate, frame, kind)]
                        blob.__dict__["measures"] = _measures(candidate)
                    except Exception as error:  # noqa: BLE001 (a tracing fault must not stop the tally)
                        trace = [f"{kind}:trace-error:{type(error).__name__}"]
                    break
            else:
                trace = ["regions:?"]
        blob.__dict__["trace"] = trace
        return blob

    return make


def _install() -> dict[str, list]:
    regions.NoteBlob = _traced_blob("regions")
    under_dots.NoteBlob = _traced_blob("under_dots")
    under_glare.NoteBlob = _traced_blob("under_glare")
    learning.NoteBlob = _traced_blob("alone")
    seen: dict[str, list] = {}
    original = pipeline.detect_notes

    def spy(*args, **kwargs):
        seen["blobs"] = original(*args, **kwargs)
        return seen["blobs"]

    pipeline.detect_notes = spy
    return seen


def _size_right(found, raw: dict) -> bool:
    true = sorted((float(raw.get("width_mm", 76.0)), float(raw.get("height_mm", 76.0))))
    read = sorted((found.width_mm, found.height_mm))
    return all(abs(a - b) <= SIZE_RIGHT_MM for a, b in zip(true, read, strict=True))


def notes_of(folder: Path, seen: dict[str, list]) -> list[dict[str, Any]]:
    rows = []
    for photo in from_folder(folder):
        stem, data = photo.name, photo.truth
        result = capture_photos([photo.jpeg], load_template(photo.board_id), CaptureOptions())
        blobs = seen.get("blobs", [])
        notes = result.photos[0].notes  # (in the order of the notes found; one photo: what the benchmark scores)
        assert len(notes) == len(result.notes)
        if len(blobs) != len(notes):
            blobs = [None] * len(notes)
        traces = [getattr(blob, "trace", ["?"]) for blob in blobs]
        measured = [getattr(blob, "measures", None) for blob in blobs]
        truth = Truth.from_json(data)
        matched = {fi: ti for ti, fi in match_notes(truth.notes, notes)}
        ignored = [true for true in truth.notes if true.ignore]
        condition = photo.condition
        for fi, (note, trace, measures) in enumerate(zip(notes, traces, measured, strict=True)):
            ti = matched.get(fi)
            if ti is not None and truth.notes[ti].ignore:
                continue
            if ti is None and any(math.hypot(note.x_mm - t.x_mm, note.y_mm - t.y_mm) < _reach(t) for t in ignored):
                continue
            if ti is None:
                verdict = "extra"
            elif note.color != truth.notes[ti].color:
                verdict = "colour"
            elif not _size_right(note, data["notes"][ti]):
                verdict = "size"
            else:
                verdict = "right"
            true = None if ti is None else truth.notes[ti]
            distance = None if true is None else math.hypot(note.x_mm - true.x_mm, note.y_mm - true.y_mm)
            rows.append(
                {
                    "folder": folder.name,
                    "photo": stem,
                    "condition": condition,
                    "x": round(note.x_mm),
                    "y": round(note.y_mm),
                    "color": note.color,
                    "size": [round(note.width_mm, 1), round(note.height_mm, 1)],
                    "doubt": note.doubt,
                    "trace": trace,
                    "measures": measures,
                    "verdict": verdict,
                    "off_mm": None if distance is None else round(distance, 1),
                    "true": None if ti is None else data["notes"][ti],
                }
            )
        print(f"  {folder.name}/{stem}: {len(notes)} notes", file=sys.stderr, flush=True)
    return rows


def _rule(row: dict[str, Any]) -> str:
    """The rule a note's doubt (or sureness) came from: the last change, else where it was read; the pipeline's own
    reasons (outside, glare, placement) as such."""
    trace = row["trace"]
    last = trace[-1]
    if row["doubt"] and "->" in last and last.endswith(row["doubt"]):
        return last
    if row["doubt"] and not trace[0].startswith(row["doubt"]) and "->" not in last:
        return f"pipeline:{row['doubt']}<{trace[0]}"
    if not row["doubt"] and "->" in last:
        return last
    return trace[0] if "->" not in last else last


def tally(rows: list[dict[str, Any]], coarse: bool = False) -> None:
    counts: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for row in rows:
        rule = _rule(row).split("[")[0]
        if coarse:
            rule = rule.split(":")[0] if not rule.startswith("sure") else "sure"
        state = "doubtful" if row["doubt"] else "sure"
        counts[(row["condition"], state, rule)][row["verdict"]] += 1
    print(f"{'condition':<14} {'state':<8} {'rule':<46} {'right':>5} {'extra':>5} {'colour':>6} {'size':>5}")
    for (condition, state, rule), counter in sorted(counts.items()):
        print(
            f"{condition:<14} {state:<8} {rule:<46} {counter['right']:>5} {counter['extra']:>5} "
            f"{counter['colour']:>6} {counter['size']:>5}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="*", help="folders of NAME.jpg + NAME.truth.json")
    parser.add_argument("--out", type=Path, default=None, help="write one JSON line per note read here")
    parser.add_argument("--read", type=Path, default=None, help="tally the JSON lines of an earlier --out instead")
    parser.add_argument("--coarse", action="store_true", help="tally per reason, not per rule")
    args = parser.parse_args(argv)
    if args.read is not None:
        rows = [json.loads(line) for line in args.read.read_text(encoding="utf-8").splitlines() if line]
    else:
        seen = _install()
        rows = []
        for folder in args.folders:
            found = notes_of(folder, seen)
            rows += found
            if args.out is not None:
                with args.out.open("a", encoding="utf-8") as out:
                    out.writelines(json.dumps(row) + "\n" for row in found)
    tally(rows, args.coarse)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
