"""Benchmark of photo capture on generated 12 MP phone photos.

Prints precision and recall of the sticky notes, the share of cells whose dot
count is exact, zone-assignment accuracy, and the time to analyse one photo
next to the time OpenCV needs just to decode the same JPEG (measured side by
side, interleaved, in this run).

    .venv/bin/python benchmarks/capture.py [--photos 24] [--megapixels 12] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from boards.capture import CaptureOptions, capture_photos  # noqa: E402
from boards.templates import load_template  # noqa: E402
from tests.photos.cache import cached_photo  # noqa: E402
from tests.photos.generator import PhotoSpec  # noqa: E402
from tests.photos.scoring import Score, score  # noqa: E402

DOT_SIZES_MM = (8.0, 10.0, 12.0, 16.0, 20.0)


def specs(count: int, megapixels: float, seed: int, quality: int) -> list[PhotoSpec]:
    result = []
    for index in range(count):
        result.append(
            PhotoSpec(
                seed=seed + index,
                megapixels=megapixels,
                background="brown" if index % 3 else "none",
                max_tilt_deg=40.0,
                dot_diameter_mm=DOT_SIZES_MM[index % len(DOT_SIZES_MM)],
                overlap_pairs=2,
                touching_pairs=2,
                jpeg_quality=quality,
            )
        )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=24)
    parser.add_argument("--megapixels", type=float, default=12.0)
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--quality", type=int, default=90, help="JPEG quality of the generated photos")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs per photo (the fastest counts)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bruinpapier-capture-benchmark")
    args = parser.parse_args(argv)

    board = load_template("procesplaat-1")
    print(
        f"Bord: {board.title} ({board.paper.label()}), {args.photos} foto's van {args.megapixels:g} MP, "
        f"JPEG-kwaliteit {args.quality}"
    )
    started = time.perf_counter()
    photos = [
        cached_photo(args.cache, board, spec) for spec in specs(args.photos, args.megapixels, args.seed, args.quality)
    ]
    print(
        f"foto's gemaakt (of uit {args.cache}) in {time.perf_counter() - started:.1f} s; "
        f"gemiddeld {statistics.mean(len(p.jpeg) for p in photos) / 1e6:.1f} MB per JPEG"
    )

    capture_photos([photos[0].jpeg], board)  # warm up: imports, lookup tables
    total = Score()
    decode_times, capture_times, ratios = [], [], []
    qr_read = 0
    for index, photo in enumerate(photos):
        buffer = np.frombuffer(photo.jpeg, np.uint8)
        decode, analyse = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            decoded = cv2.imdecode(buffer, cv2.IMREAD_COLOR)
            t1 = time.perf_counter()
            result = capture_photos([photo.jpeg], board, CaptureOptions())
            t2 = time.perf_counter()
            decode.append(t1 - t0)
            analyse.append(t2 - t1)
        assert decoded is not None
        found = score(board, photo.filled, result.notes, result.dots)
        total.add(found)
        qr_read += result.photos[0].print_info is not None
        decode_times.append(min(decode))
        capture_times.append(min(analyse))
        ratios.append(min(analyse) / min(decode))
        spec = photo.spec
        print(
            f"  foto {index + 1:2d} ({spec.background:<5}, stip {spec.dot_diameter_mm:g} mm): "
            f"{found.matched_notes}/{found.true_notes} post-its, {found.found_notes - found.matched_notes} extra, "
            f"{found.cells_exact}/{found.cells} vakken exact, "
            f"analyse {min(analyse) * 1000:.0f} ms, decoderen {min(decode) * 1000:.0f} ms"
        )
        for miss in found.misses[:4]:
            print(f"      - {miss}")

    median_capture = statistics.median(capture_times)
    median_decode = statistics.median(decode_times)
    median_ratio = statistics.median(ratios)
    rows = [
        ("post-its: recall", f"{total.recall * 100:.1f} %", total.recall >= 0.97, "≥ 97 %"),
        ("post-its: precisie", f"{total.precision * 100:.1f} %", total.precision >= 0.97, "≥ 97 %"),
        ("post-its: juiste kleur", f"{total.color_right / max(1, total.matched_notes) * 100:.1f} %", None, ""),
        (
            "stippen: vakken met exacte telling",
            f"{total.exact_cells * 100:.1f} % ({total.cells_exact}/{total.cells})",
            total.exact_cells >= 0.95,
            "≥ 95 %",
        ),
        (
            "gevonden items in het juiste vak",
            f"{total.zone_accuracy * 100:.2f} % ({total.zone_right}/{total.items_found})",
            total.zone_accuracy >= 0.99,
            "≥ 99 %",
        ),
        (
            f"analyse per {args.megapixels:g} MP-foto (mediaan)",
            f"{median_capture * 1000:.0f} ms",
            median_capture <= 1.0,
            "≤ 1 s",
        ),
        ("alleen JPEG decoderen (cv2.imdecode, mediaan)", f"{median_decode * 1000:.0f} ms", None, ""),
        ("analyse / decoderen (mediaan per foto)", f"{median_ratio:.1f}×", median_ratio <= 4.0, "≤ 4×"),
        ("QR-code gelezen", f"{qr_read} van {len(photos)} foto's", None, ""),
    ]
    print()
    print(f"{'meting':<48} {'waarde':>22}  doel")
    for name, value, ok, target in rows:
        mark = "" if ok is None else ("  gehaald" if ok else "  NIET gehaald")
        print(f"{name:<48} {value:>22}  {target}{mark}")
    print(
        f"(post-its: {total.true_notes} echt, {total.found_notes} gevonden; {len(photos)} foto's; "
        f"tijden: snelste van {args.repeat} runs per foto, 2 cores)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
