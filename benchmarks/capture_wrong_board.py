"""Photos read as the wrong board: how many the reader refuses (issue 13, item 5).

Each photo of a folder of saved photos (``benchmarks/capture.py --save DIR`` writes NAME.jpg +
NAME.truth.json) is read as another board than the one it shows: a photo of the procesplaat (A0) as
``ideeen-genereren`` (A1) and the other way round, or as ``--as BOARD`` for every photo. The reader must
refuse it: ``WrongBoardError`` when the QR code names the photo's board ("refused (QR)"), its kind
``UnlikeBoardError`` when the code cannot be read and the board's printed zone borders are not where the
asked board prints them ("refused (print)"). A photo it reads anyway is listed, with what it found (the
photo's code unreadable, say), as read with a warning or silently.

``--own`` reads every photo as its own board instead, the other way round: every photo must be read, and a
refusal (a false one) or a warning that the board may be another is listed.

Prints one line per photo listed, the counts, and with ``-v`` the share of the borders' places showing a
line (``boards.capture.boardcheck``) of every photo whose code was not read.

    .venv/bin/python benchmarks/capture_wrong_board.py PHOTOS [--as BOARD | --own] [-v]
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

try:
    from boards.capture import UnlikeBoardError
except ImportError:  # (a tree from before the board check, measured alike through a copy of this script)
    UnlikeBoardError = ()  # type: ignore[assignment,misc]

OTHER = {"procesplaat-1": "ideeen-genereren", "ideeen-genereren": "procesplaat-1"}


def board_doubted(photo) -> str | None:
    """The board check's verdict on a photo read with a warning that it may show another board ("other" when
    read anyway, "unsure"), from the result's ``print_agreement`` as ``pipeline._check_board`` judges it; None
    when the check had nothing to say (the QR code read, no printed borders) or found the board's own."""
    agreement = getattr(photo, "print_agreement", None)  # (None in a tree from before the board check)
    if agreement is None or agreement.printed == 0:
        return None
    verdict = agreement.verdict()
    return None if verdict == "sure" else verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("photos", type=Path, help="folder of NAME.jpg with NAME.truth.json")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--as", dest="as_board", help="read every photo as this board (default: the other one)")
    group.add_argument("--own", action="store_true", help="read every photo as its own board (false refusals)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also the borders' share of every photo")
    args = parser.parse_args(argv)
    names = ["refused (QR)", "refused (print)", "read, warned", "read", "other error", "skipped"]
    counts = dict.fromkeys(names, 0)
    for jpg in sorted(args.photos.glob("*.jpg")):
        board_id = json.loads(jpg.with_suffix(".truth.json").read_text(encoding="utf-8"))["board"]
        asked = board_id if args.own else args.as_board or OTHER.get(board_id)
        if asked is None or (asked == board_id and not args.own):
            counts["skipped"] += 1
            continue
        said = f"{jpg.name:22s} {board_id} as {asked}:"
        try:
            result = capture_photos([jpg.read_bytes()], load_template(asked), CaptureOptions(crops=False))
        except UnlikeBoardError as error:
            counts["refused (print)"] += 1
            if args.own:
                print(f"{said} REFUSED: {error}")
            elif args.verbose:
                print(f"{said} refused, borders {error.share:.2f}")
            continue
        except WrongBoardError as error:
            counts["refused (QR)"] += 1
            if args.own:
                print(f"{said} REFUSED: {error}")
            continue
        except BruinpapierError as error:
            counts["other error"] += 1
            print(f"{said} {type(error).__name__}: {error}")
            continue
        photo = result.photos[0]
        warned = board_doubted(photo)
        counts["read, warned" if warned else "read"] += 1
        agreement = getattr(photo, "print_agreement", None)
        share = "-" if agreement is None or agreement.share is None else f"{agreement.share:.2f}"
        if warned or not args.own:
            code = photo.print_info is not None
            found = f"{len(result.notes)} notes (code read: {code}, borders {share})"
            print(f"{said} READ{f', WARNED ({warned})' if warned else ''}, {found}")
        elif args.verbose and agreement is not None:
            print(f"{said} read, borders {share} (places {agreement.places}, shown {agreement.shown})")
    print(", ".join(f"{name} {count}" for name, count in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
