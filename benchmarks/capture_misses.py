"""The notes a read-back misses on saved photos, listed and cut out to look at.

For every photo of a folder written by ``benchmarks/capture.py --save DIR`` (NAME.jpg + NAME.truth.json), of the
conditions asked for, it reads the photo as the benchmark does, matches the notes to the truth (as the benchmark
scores them) and lists every true note left unmatched: colour, size, centre, whether it curls, whether its zone is
doubtful, and the shares of it under the highlight as the reader saw it (any highlight, the part that washes colours
out, the white core). With ``--out`` it writes, for each missed note under or beside a highlight (any of it under
one, or its centre within half its size of a true highlight's edge), a PNG of the board around it: the rectified
photo, the board once the light is evened out, and the colour classes (the white core's edge in black, the washed
part's in grey), with the true note (bright green), the other true notes (dark green), the notes read (red: sure,
orange: doubtful) and the true highlight (cyan) drawn over each. With ``--all`` it writes one for every missed note.

    .venv/bin/python benchmarks/capture_misses.py /tmp/photos --conditions combined --out /tmp/misses [--all]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

import boards.capture.pipeline as pipeline  # noqa: E402
from boards.capture import CaptureOptions, capture_photos  # noqa: E402
from boards.templates import load_template  # noqa: E402
from tests.photos.scoring import Truth, match_notes  # noqa: E402

AROUND_MM = 70.0  # the cut-out reaches this far from the missed note's centre
SCALE = 3  # cut-out pixels per analysis pixel
MASKS = ("glare", "washed", "blown")  # the reader's highlight masks, as ``detect_notes`` gets them


@contextmanager
def _seen_by_notes() -> Iterator[dict[str, Any]]:
    """What ``detect_notes`` is given while a photo is read (its labels, palette and keyword arguments)."""
    seen: dict[str, Any] = {}
    original = pipeline.detect_notes

    def spy(labels, lines, allowed, palette, px_per_mm, **options):
        seen.update(labels=labels.copy(), palette=palette, options=options)
        return original(labels, lines, allowed, palette, px_per_mm, **options)

    pipeline.detect_notes = spy
    try:
        yield seen
    finally:
        pipeline.detect_notes = original


def _size(note: dict) -> tuple[float, float]:
    return float(note.get("width_mm", 76.0)), float(note.get("height_mm", 76.0))


def _corners(note: dict) -> np.ndarray:
    return cv2.boxPoints(((note["x_mm"], note["y_mm"]), _size(note), note.get("angle", 0)))


def _shares(note: dict, options: dict, origin: tuple[float, float], ppm: float) -> list[float]:
    """The share of the true note under each of the reader's highlight masks (MASKS)."""
    inside = np.zeros(options["image"].shape[:2], np.uint8)
    cv2.fillPoly(inside, [np.round((_corners(note) - origin) * ppm).astype(np.int32)], 1)
    area = max(1, int(inside.sum()))
    masks = [options.get(name) for name in MASKS]
    return [0.0 if mask is None else round(float((inside.view(bool) & mask).sum()) / area, 2) for mask in masks]


def _near_highlight(note: dict, glares: list[dict]) -> bool:
    size = max(_size(note))
    return any(
        math.hypot(note["x_mm"] - g["x_mm"], note["y_mm"] - g["y_mm"]) - g["radius_mm"] < size / 2 for g in glares
    )


def _cut(image: np.ndarray, box_mm: tuple[float, float, float, float], ppm: float) -> np.ndarray:
    """The part of ``image`` (board px from its origin) in ``box_mm`` (x0, y0, x1, y1), black beyond it."""
    x0, y0, x1, y1 = (int(round(value * ppm)) for value in box_mm)
    cut = np.zeros((y1 - y0, x1 - x0, *image.shape[2:]), image.dtype)
    height, width = image.shape[:2]
    sx0, sy0, sx1, sy1 = max(x0, 0), max(y0, 0), min(x1, width), min(y1, height)
    if sx1 > sx0 and sy1 > sy0:
        cut[sy0 - y0 : sy1 - y0, sx0 - x0 : sx1 - x0] = image[sy0:sy1, sx0:sx1]
    return cut


def _classes(seen: dict[str, Any]) -> np.ndarray:
    """The colour classes shown in their reference colours (magenta: none), edges of the highlight masks drawn."""
    table = np.zeros((256, 3), np.uint8)
    table[0] = (255, 0, 255)
    for klass, bgr in zip(seen["palette"].classes, seen["palette"].colors_bgr, strict=True):
        table[klass] = bgr
    shown = table[seen["labels"]]
    ring = np.ones((3, 3), np.uint8)
    for name, colour in (("washed", (128, 128, 128)), ("blown", (0, 0, 0))):
        mask = seen["options"].get(name)
        if mask is not None:
            shown[cv2.morphologyEx(mask.view(np.uint8), cv2.MORPH_GRADIENT, ring) > 0] = colour
    return shown


def _picture(missed: dict, truth: dict, result, seen: dict[str, Any], photo, region) -> np.ndarray:
    ppm = photo.px_per_mm
    box = (
        missed["x_mm"] - AROUND_MM,
        missed["y_mm"] - AROUND_MM,
        missed["x_mm"] + AROUND_MM,
        missed["y_mm"] + AROUND_MM,
    )
    shifted = (box[0] - region.x, box[1] - region.y, box[2] - region.x, box[3] - region.y)
    panels = [
        _cut(photo.rectified, box, ppm),
        _cut(seen["options"]["image"], shifted, ppm),
        _cut(_classes(seen), shifted, ppm),
    ]

    def px(points) -> np.ndarray:
        return np.round((np.asarray(points, np.float64) - box[:2]) * ppm * SCALE).astype(np.int32)

    drawn = []
    for panel in panels:
        panel = cv2.resize(panel, None, fx=SCALE, fy=SCALE, interpolation=cv2.INTER_NEAREST)
        for note in truth["notes"]:
            cv2.polylines(panel, [px(_corners(note))], True, (0, 150, 0), 1)
        cv2.polylines(panel, [px(_corners(missed))], True, (0, 255, 0), 2)
        for note in result.notes:
            cv2.polylines(panel, [px(note.outline_mm)], True, (0, 140, 255) if note.doubt else (0, 0, 255), 2)
        for glare in truth.get("glare", []):
            centre = px([[glare["x_mm"], glare["y_mm"]]])[0]
            cv2.circle(panel, (int(centre[0]), int(centre[1])), int(glare["radius_mm"] * ppm * SCALE), (255, 255, 0), 1)
        drawn.append(panel)
    return np.hstack(drawn)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("photos", type=Path, help="folder of NAME.jpg + NAME.truth.json")
    parser.add_argument("--conditions", default="", help="comma-separated condition names (default: all)")
    parser.add_argument("--out", type=Path, default=None, help="write a PNG per missed note near a highlight here")
    parser.add_argument("--all", action="store_true", help="with --out: a PNG for every missed note, not only near one")
    args = parser.parse_args(argv)
    wanted = {name.strip() for name in args.conditions.split(",") if name.strip()}
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    for truth_path in sorted(args.photos.glob("*.truth.json")):
        stem = truth_path.name[: -len(".truth.json")]
        if wanted and stem.rsplit("-", 1)[0] not in wanted:
            continue
        data = json.loads(truth_path.read_text(encoding="utf-8"))
        board = load_template(data["board"])
        with _seen_by_notes() as seen:
            result = capture_photos([truth_path.with_name(f"{stem}.jpg").read_bytes()], board, CaptureOptions())
        photo, region = result.photos[0], pipeline.analysis_region(board)
        truth = Truth.from_json(data)
        matched = {index for index, _ in match_notes(truth.notes, result.notes)}
        for index, (true, raw) in enumerate(zip(truth.notes, data["notes"], strict=True)):
            if true.ignore or index in matched:
                continue
            shares = _shares(raw, seen["options"], (region.x, region.y), photo.px_per_mm)
            near = shares[0] > 0 or _near_highlight(raw, data.get("glare", []))
            print(
                f"{stem} note {index} {raw['color']} {_size(raw)[0]:g}x{_size(raw)[1]:g} at "
                f"({true.x_mm:.0f}, {true.y_mm:.0f}){' curled' if raw.get('curl') else ''} "
                f"zone {'doubtful' if true.zone_id in photo.doubtful_zones else 'sure'} "
                f"highlight/washed/core {shares[0]:.2f}/{shares[1]:.2f}/{shares[2]:.2f}"
            )
            if (near or args.all) and args.out is not None and photo.rectified is not None:
                cv2.imwrite(str(args.out / f"{stem}_{index}.png"), _picture(raw, data, result, seen, photo, region))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
