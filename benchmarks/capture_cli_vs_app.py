"""How alike the command line and the app read the same photos.

The desktop app (and ``benchmarks/capture.py``) reads a photo with the default options: the whole board is
rectified and kept for the review, and the analysed part is a view of it. ``bruinpapier capture`` keeps
neither and warps the analysed part alone, which rounds a few pixels otherwise. Per photo this prints whether
both reads give the same notes (colour and doubt), the same dot count per (zone, kind) and the same doubtful
zones, and how far apart the matched notes' centres and sizes lie.

    .venv/bin/python benchmarks/capture_cli_vs_app.py PHOTOS

PHOTOS: a folder of NAME.jpg + NAME.truth.json (``benchmarks/capture.py --save DIR``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from boards.capture import CaptureOptions, capture_photos
from boards.templates import load_template


def _notes(result) -> list[tuple[str, str, float, float, float, float]]:
    return sorted((n.color, n.doubt, n.x_mm, n.y_mm, n.width_mm, n.height_mm) for n in result.notes)


def compare(jpeg: Path, board_id: str) -> tuple[bool, float]:
    """(same notes, dot counts and doubtful zones; the largest difference of a note's centre or size, mm)."""
    board = load_template(board_id)
    data = jpeg.read_bytes()
    app = capture_photos([data], board, CaptureOptions())
    cli = capture_photos([data], board, CaptureOptions(crops=False, keep_rectified=False))
    app_notes, cli_notes = _notes(app), _notes(cli)
    same = (
        [note[:2] for note in app_notes] == [note[:2] for note in cli_notes]
        and Counter((d.zone_id, d.kind) for d in app.dots) == Counter((d.zone_id, d.kind) for d in cli.dots)
        and sorted(app.doubtful_zones) == sorted(cli.doubtful_zones)
    )
    apart = max(
        (abs(a - b) for one, other in zip(app_notes, cli_notes) for a, b in zip(one[2:], other[2:])), default=0.0
    )
    return same, apart


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("photos", type=Path)
    args = parser.parse_args(argv)
    rows = []
    for truth in sorted(args.photos.glob("*.truth.json")):
        jpeg = truth.with_name(truth.name[: -len(".truth.json")] + ".jpg")
        same, apart = compare(jpeg, json.loads(truth.read_text())["board"])
        rows.append((same, apart))
        print(f"{jpeg.name:32} {'same' if same else 'DIFFERENT'}  notes up to {apart:.2f} mm apart")
    differing = sum(1 for _, apart in rows if apart > 0.05)
    print(
        f"{len(rows)} photos: {sum(1 for same, _ in rows if same)} the same notes, dot counts and doubtful zones; "
        f"{differing} with a note's centre or size more than 0.05 mm apart, at most "
        f"{max((apart for _, apart in rows), default=0.0):.2f} mm"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
