"""Benchmark: the board editor with a large board, and the app's start-up time.

Targets (issue 4):
- open and render a board with 2,000 elements: at most 0.5 s;
- start the app to a shown main window: at most 1.5 s (measured in a subprocess,
  from starting Python to the window being on screen).

    .venv/bin/python benchmarks/editor.py [--elements 2000] [--runs 3]

The big board is written to a temporary .bpbord file first, so "open" includes
reading and validating the file, building the document and the scene, and
drawing the whole board once into a 1400 × 900 viewport image.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OPEN_TARGET_SECONDS = 0.5
STARTUP_TARGET_SECONDS = 1.5


def big_board(elements: int):
    """A0 landscape: half zones (with dots), then text boxes, symbols and arrows between zones."""
    from boards.geometry import Rect
    from boards.model import (
        Board,
        ConnectorElement,
        DotKind,
        Holds,
        SymbolElement,
        TextElement,
        VsmSymbol,
        Zone,
        ZoneKind,
    )
    from boards.paper import Orientation, Paper
    from boards.readback import board_poster_layout

    paper = Paper.a_series("A0", Orientation.LANDSCAPE)
    zone_count = elements // 2
    texts = elements // 5
    symbols = elements // 10
    connectors = elements - zone_count - texts - symbols
    cols = 40
    rows = -(-zone_count // cols)
    left, top = 60.0, 60.0
    cell_w = (paper.width_mm - 2 * left) / cols
    cell_h = (paper.height_mm - 2 * top) / rows
    dots = [DotKind("werkdruk", "werkdruk", "#e53935"), DotKind("werkplezier", "werkplezier", "#43a047")]
    zones = [
        Zone(
            f"z{index}",
            ZoneKind.CELL,
            Rect(
                round(left + (index % cols) * cell_w, 2),
                round(top + (index // cols) * cell_h, 2),
                round(cell_w - 1.5, 2),
                round(cell_h - 1.5, 2),
            ),
            f"Proces {index}",
            holds=Holds(dots=list(dots)),
        )
        for index in range(zone_count)
    ]
    items = []
    for index in range(texts):
        zone = zones[index % zone_count]
        items.append(
            TextElement(
                f"t{index}",
                Rect(
                    zone.rect.x + 1,
                    zone.rect.y + zone.rect.height * 0.45,
                    zone.rect.width * 0.6,
                    zone.rect.height * 0.2,
                ),
                f"notitie {index}",
            )
        )
    symbol_kinds = list(VsmSymbol)
    for index in range(symbols):
        zone = zones[(index * 7) % zone_count]
        size = min(zone.rect.width, zone.rect.height) * 0.3
        items.append(
            SymbolElement(
                f"s{index}",
                symbol_kinds[index % len(symbol_kinds)],
                Rect(zone.rect.right - size - 1, zone.rect.y + 1, size, size),
            )
        )
    for index in range(connectors):
        items.append(ConnectorElement(f"c{index}", zones[index % zone_count].id, zones[(index + 1) % zone_count].id))
    return Board(
        id="groot-bord",
        title="Groot bord",
        paper=paper,
        zones=zones,
        elements=items,
        markers=board_poster_layout(paper),
    )


def time_open_and_render(path: Path) -> tuple[float, int]:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    from desktop.document import BoardDocument
    from desktop.editor.scene import BoardScene

    start = time.perf_counter()
    document = BoardDocument.open(path)
    scene = BoardScene(document)
    image = QImage(1400, 900, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    board = document.board
    scene.render(
        painter,
        QRectF(0, 0, 1400, 900),
        QRectF(0, 0, board.width_mm, board.height_mm),
        Qt.AspectRatioMode.KeepAspectRatio,
    )
    painter.end()
    elapsed = time.perf_counter() - start
    count = len(board.zones) + len(board.elements)
    scene.deleteLater()
    return elapsed, count


STARTUP_SCRIPT = """
import os, sys, time
sys.path.insert(0, {root!r})
from desktop.app import WindowController, create_app
from desktop.i18n import install_language, saved_language
app = create_app()
install_language(saved_language())
window = WindowController().open_window()
window.show()
app.processEvents()
print("shown", flush=True)
os._exit(0)
"""


def time_startup(data_dir: Path) -> float:
    env = dict(
        os.environ, BRUINPAPIER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
    )
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", STARTUP_SCRIPT.format(root=str(ROOT))],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=30)
    if line.strip() != "shown":
        raise RuntimeError("the app did not start")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--elements", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from boards.fileformat import save_board
    from desktop.app import create_app

    create_app()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "groot-bord.bpbord"
        save_board(big_board(args.elements), path)
        open_times = []
        for _ in range(args.runs):
            elapsed, count = time_open_and_render(path)
            open_times.append(elapsed)
        best_open = min(open_times)
        print(
            f"open + render a board with {count} elements: best {best_open:.3f} s of {args.runs} "
            f"(all: {', '.join(f'{t:.3f}' for t in open_times)}); target {OPEN_TARGET_SECONDS} s"
        )
        startup_times = [time_startup(Path(folder) / "data") for _ in range(args.runs)]
        best_startup = min(startup_times)
        print(
            f"start-up to a shown window: best {best_startup:.3f} s of {args.runs} "
            f"(all: {', '.join(f'{t:.3f}' for t in startup_times)}); target {STARTUP_TARGET_SECONDS} s"
        )
    ok = best_open <= OPEN_TARGET_SECONDS and best_startup <= STARTUP_TARGET_SECONDS
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
