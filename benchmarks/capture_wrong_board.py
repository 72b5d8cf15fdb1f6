"""Photos read as the wrong board: how many the reader refuses (issue 13, item 5).

Each photo of a folder of saved photos (``benchmarks/capture.py --save DIR`` writes NAME.jpg +
NAME.truth.json) is read as another board than the one it shows: a photo of the procesplaat (A0) as
``ideeen-genereren`` (A1) and the other way round, or as ``--as BOARD`` for every photo. The reader must
refuse it (``WrongBoardError``: the QR code names the photo's board); a photo it reads anyway is listed,
with what it found (the photo's code unreadable, say). Prints one line per photo read or failing
otherwise and the counts.

    .venv/bin/python benchmarks/capture_wrong_board.py PHOTOS [--as BOARD]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from boards.capture import CaptureOptions, WrongBoardError, capture_photos
from boards.errors import BruinpapierError
from boards.templates import load_template

OTHER = {"procesplaat-1": "ideeen-genereren", "ideeen-genereren": "procesplaat-1"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("photos", type=Path, help="folder of NAME.jpg with NAME.truth.json")
    parser.add_argument("--as", dest="as_board", help="read every photo as this board (default: the other one)")
    args = parser.parse_args(argv)
    counts = {"refused": 0, "read": 0, "other error": 0, "skipped": 0}
    for jpg in sorted(args.photos.glob("*.jpg")):
        board_id = json.loads(jpg.with_suffix(".truth.json").read_text(encoding="utf-8"))["board"]
        asked = args.as_board or OTHER.get(board_id)
        if asked is None or asked == board_id:
            counts["skipped"] += 1
            continue
        try:
            result = capture_photos([jpg.read_bytes()], load_template(asked), CaptureOptions(crops=False))
        except WrongBoardError:
            counts["refused"] += 1
            continue
        except BruinpapierError as error:
            counts["other error"] += 1
            print(f"{jpg.name:22s} {board_id} as {asked}: {type(error).__name__}: {error}")
            continue
        counts["read"] += 1
        code = result.photos[0].print_info
        print(f"{jpg.name:22s} {board_id} as {asked}: READ, {len(result.notes)} notes (code read: {code is not None})")
    print(", ".join(f"{name} {count}" for name, count in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
