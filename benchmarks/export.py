"""Benchmark: a board exported as PNG and SVG, against its PDF and against poppler's SVG.

    .venv/bin/python benchmarks/export.py [--runs 3] [--boards procesplaat-1,vsm-schema,styled]

For each board it prints, per output, the median time of ``--runs`` runs (the whole export: drawing
the PDF included), the file size and how far the picture is from the print: the output drawn at
1000 px wide (SVG by Qt's own SVG renderer, a second reader of the file) against the PDF drawn by
PDFium at the same size — the mean difference per pixel (0–255) and the share of pixels more than 60
apart (anti-aliased edges differ a little between renderers; a wrong colour or a missing letter shows
up as a large share). ``pdftocairo -svg`` (poppler, when it is on the PATH) is measured the same way
as the alternative vector path.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np

from boards.model import Board
from boards.templates import load_template
from printing.image_export import ImageOptions, board_pdf, render_png, render_svg

COMPARE_WIDTH = 1000


def _board(name: str) -> Board:
    if name == "styled":
        from tests.support.design import styled_board

        return styled_board()
    return load_template(name)


def _pdf_pixels(pdf: bytes, width: int) -> np.ndarray:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    page = document[0]
    image = page.render(scale=width / page.get_width(), fill_color=(255, 255, 255, 255)).to_pil().convert("RGB")
    document.close()
    return np.asarray(image).astype(float)


def _png_pixels(data: bytes, width: int) -> np.ndarray:
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(data)).convert("RGB")
    return np.asarray(image.resize((width, round(width * image.height / image.width)), Image.LANCZOS)).astype(float)


def _svg_pixels(svg: bytes, width: int, height: int) -> np.ndarray:
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
    return data.reshape(height, image.bytesPerLine())[:, : width * 3].reshape(height, width, 3).astype(float)


def _difference(reference: np.ndarray, other: np.ndarray) -> tuple[float, float]:
    height = min(reference.shape[0], other.shape[0])
    diff = np.abs(reference[:height] - other[:height]).mean(axis=2)
    return float(diff.mean()), float((diff > 60).mean())


def _timed(function, runs: int):
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _pdftocairo(pdf: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "bord.pdf", Path(folder) / "bord.svg"
        source.write_bytes(pdf)
        subprocess.run(["pdftocairo", "-svg", str(source), str(target)], check=True)
        return target.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--boards", default="procesplaat-1,vsm-schema,styled")
    args = parser.parse_args()
    options = ImageOptions()
    print(f"{'board':<16} {'output':<22} {'time s':>8} {'size KiB':>9} {'mean diff':>10} {'>60 apart':>10}")
    for name in args.boards.split(","):
        board = _board(name)
        pdf_time, pdf = _timed(lambda board=board: board_pdf(board, options), args.runs)
        reference = _pdf_pixels(pdf, COMPARE_WIDTH)
        height = reference.shape[0]
        rows = [("PDF (the print)", pdf_time, pdf, (0.0, 0.0))]
        for label, png_options in (
            ("PNG 1920 px", ImageOptions(width_px=1920)),
            ("PNG 150 dpi", ImageOptions(dpi=150)),
        ):
            seconds, data = _timed(lambda board=board, o=png_options: render_png(board, o), args.runs)
            rows.append((label, seconds, data, _difference(reference, _png_pixels(data, COMPARE_WIDTH))))
        seconds, svg = _timed(lambda board=board: render_svg(board, options), args.runs)
        rows.append(
            ("SVG (PDFium → SVG)", seconds, svg, _difference(reference, _svg_pixels(svg, COMPARE_WIDTH, height)))
        )
        if shutil.which("pdftocairo"):
            seconds, cairo = _timed(lambda pdf=pdf: _pdftocairo(pdf), args.runs)
            seconds += pdf_time  # the PDF has to be drawn first
            rows.append(
                ("SVG (pdftocairo)", seconds, cairo, _difference(reference, _svg_pixels(cairo, COMPARE_WIDTH, height)))
            )
        for label, seconds, data, (mean, apart) in rows:
            print(f"{name:<16} {label:<22} {seconds:>8.3f} {len(data) / 1024:>9.1f} {mean:>10.2f} {apart * 100:>9.2f}%")


if __name__ == "__main__":
    main()
