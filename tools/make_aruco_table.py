"""Regenerate printing/aruco_table.py from OpenCV's predefined ArUco dictionary.

The table holds each marker id's 4 × 4 inner bits as a 16-bit number (row by
row, most significant bit top-left, 1 = black), generated here with
``cv2.aruco.generateImageMarker``. Printing reads the table so that drawing a
board does not load OpenCV (a third of the ``bruinpapier print`` start-up);
tests/printing/test_markers_qr.py checks every id against OpenCV again.

    .venv/bin/python tools/make_aruco_table.py
"""

from __future__ import annotations

from pathlib import Path

import cv2

TABLE = Path(__file__).resolve().parents[1] / "printing" / "aruco_table.py"


def marker_bits(marker_id: int) -> int:
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_1000)
    image = cv2.aruco.generateImageMarker(dictionary, marker_id, 6, borderBits=1)
    value = 0
    for row in range(1, 5):
        for col in range(1, 5):
            value = (value << 1) | int(image[row, col] < 128)
    return value


def main() -> None:
    values = [f"0x{marker_bits(marker_id):04x}," for marker_id in range(1000)]
    rows = [" ".join(values[start : start + 10]) for start in range(0, len(values), 10)]
    TABLE.write_text(
        '"""ArUco DICT_4X4_1000: the inner 4 x 4 bits of each marker id (1 = black), row by row.\n\n'
        'Generated from OpenCV by tools/make_aruco_table.py; do not edit.\n"""\n\n'
        "DICT_4X4_1000_BITS: tuple[int, ...] = (\n" + "".join(f"    {row}\n" for row in rows) + ")\n",
        encoding="ascii",
    )


if __name__ == "__main__":
    main()
