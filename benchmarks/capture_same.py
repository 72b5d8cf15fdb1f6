"""Everything the photo reader gives for a folder of photos, written out so two versions can be compared.

For a speed-up that must change no result: run it on a folder of saved photos (``benchmarks/capture.py
--save DIR`` writes NAME.jpg + NAME.truth.json) with the old code and with the new, into two output
folders, and compare them (``--compare OLD NEW``, or ``diff -r``). Per photo it writes

- NAME.cli.txt: the exit code, stdout and stderr of ``bruinpapier capture --board B --json NAME.jpg``
  (run in this process; the command line reads without crops or the rectified board);
- NAME.detail.txt: the read-back with the default options (as the benchmark and the desktop app read):
  every note (all fields at full precision, the doubt code, a digest of its crop), every dot, the doubtful
  and unseen zones and parts, the glare outlines, the markers, and a digest of the rectified board.

    .venv/bin/python benchmarks/capture_same.py PHOTOS OUT
    .venv/bin/python benchmarks/capture_same.py --compare OUT_OLD OUT_NEW
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from boards.capture import CaptureOptions, capture_photos
from boards.templates import load_template
from cli.main import main as cli_main


def _digest(array: np.ndarray | None) -> str:
    if array is None:
        return "-"
    return f"{array.shape}:{array.dtype}:{hashlib.sha256(np.ascontiguousarray(array).tobytes()).hexdigest()[:16]}"


def _fields(item: object, skip: tuple[str, ...]) -> str:
    values = {key: value for key, value in vars(item).items() if key not in skip}
    return repr(sorted(values.items()))


def detail(jpeg: Path, board_id: str) -> str:
    result = capture_photos([jpeg.read_bytes()], load_template(board_id), CaptureOptions())
    lines = []
    for photo in result.photos:
        lines.append(f"photo {photo.index} markers {photo.marker_ids} rejected {photo.rejected_marker_ids}")
        lines.append(f"  rms {photo.rms_mm!r} homography {photo.homography.tolist()!r} mode {photo.mode}")
        lines.append(f"  print_info {photo.print_info!r}")
        lines.append(f"  visible {photo.visible_mm!r}")
        lines.append(f"  missing markers {photo.missing_marker_ids} unseen {photo.unseen_zones} {photo.unseen_parts}")
        lines.append(f"  doubtful zones {photo.doubtful_zones!r}")
        lines.append(f"  glare {photo.glare_mm!r}")
        lines.append(f"  rectified {_digest(photo.rectified)}")
        for note in photo.notes:
            lines.append(f"  note {_fields(note, ('id', 'crop'))} crop {_digest(note.crop)}")
        for dot in photo.dots:
            lines.append(f"  dot {_fields(dot, ('id',))}")
    lines.append(f"merged notes {[_fields(n, ('id', 'crop')) for n in result.notes]!r}")
    lines.append(f"merged dots {[_fields(d, ('id',)) for d in result.dots]!r}")
    lines.append(f"warnings {result.warnings!r}")
    return "\n".join(lines) + "\n"


def cli(jpeg: Path, board_id: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(["capture", "--board", board_id, "--json", str(jpeg)])
    return f"exit {code}\n--- stdout\n{out.getvalue()}--- stderr\n{err.getvalue()}"


def write(photos: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for truth_path in sorted(photos.glob("*.truth.json")):
        stem = truth_path.name[: -len(".truth.json")]
        jpeg = truth_path.with_name(f"{stem}.jpg")
        board_id = json.loads(truth_path.read_text(encoding="utf-8"))["board"]
        (out / f"{stem}.cli.txt").write_text(cli(jpeg, board_id), encoding="utf-8")
        (out / f"{stem}.detail.txt").write_text(detail(jpeg, board_id), encoding="utf-8")
        count += 1
    print(f"{count} photos read, written to {out}")
    return 0 if count else 1


def compare(old: Path, new: Path) -> int:
    names = sorted({p.name for p in old.glob("*.txt")} | {p.name for p in new.glob("*.txt")})
    differ = [n for n in names if not (old / n).exists() or not (new / n).exists()]
    differ += [n for n in names if n not in differ and (old / n).read_bytes() != (new / n).read_bytes()]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names) - len(differ)} of {len(names)} files the same, byte for byte")
    return 1 if differ or not names else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path, help="folder of photos (or, with --compare, the old output)")
    parser.add_argument("second", type=Path, help="output folder (or, with --compare, the new output)")
    parser.add_argument("--compare", action="store_true", help="compare two output folders")
    args = parser.parse_args(argv)
    return compare(args.first, args.second) if args.compare else write(args.first, args.second)


if __name__ == "__main__":
    raise SystemExit(main())
