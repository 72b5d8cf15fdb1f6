"""ArUco read-back markers and the QR code, drawn as vector modules (no bitmaps)."""

from __future__ import annotations

import html
import sys
import types
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas

from boards.model import MarkerLayout
from boards.readback import ARUCO_DICTIONARY, marker_area
from printing.aruco_table import DICT_4X4_1000_BITS
from printing.space import PosterSpace

#: An ArUco 4×4 marker is 6 × 6 modules: the 4 × 4 code inside a black border.
ARUCO_MODULES = 6
QR_QUIET_MODULES = 4


@lru_cache(maxsize=2048)
def aruco_modules(marker_id: int, dictionary: str = ARUCO_DICTIONARY) -> tuple[tuple[bool, ...], ...]:
    """The marker's 6 × 6 modules, row by row from the top, True for black.

    Same as ``cv2.aruco.generateImageMarker(dict, id, 6, borderBits=1)``; the
    bits come from a table generated from OpenCV (tools/make_aruco_table.py).
    """
    if dictionary != ARUCO_DICTIONARY:
        raise ValueError(f"unsupported ArUco dictionary {dictionary!r}")
    bits = DICT_4X4_1000_BITS[marker_id]
    border = (True,) * ARUCO_MODULES
    rows = [border]
    for row in range(4):
        inner = tuple(bool(bits >> (15 - (row * 4 + col)) & 1) for col in range(4))
        rows.append((True, *inner, True))
    rows.append(border)
    return tuple(rows)


def _runs(row: tuple[bool, ...]) -> list[tuple[int, int]]:
    """(start, length) of each run of dark modules in a row."""
    runs, start = [], None
    for index, dark in enumerate((*row, False)):
        if dark and start is None:
            start = index
        elif not dark and start is not None:
            runs.append((start, index - start))
            start = None
    return runs


def draw_module_grid(canvas: Canvas, modules, x: float, top: float, module: float) -> None:
    """Fill the dark modules of a grid as one path; (x, top) is the top-left corner in points."""
    path = canvas.beginPath()
    for row_index, row in enumerate(modules):
        y = top - (row_index + 1) * module
        for start, length in _runs(tuple(row)):
            path.rect(x + start * module, y, length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)


def draw_markers(canvas: Canvas, layout: MarkerLayout, space: PosterSpace) -> None:
    """Every marker of ``layout`` (poster mm, i.e. already scaled) with its white quiet zone.

    ``space`` must be the unscaled poster space (scale 1): marker positions
    are printed-poster millimetres. A marker may have its own size.
    """
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    for marker in layout.markers:
        area = marker_area(layout, marker)
        canvas.rect(space.x(area.x), space.y(area.bottom), space.length(area.width), space.length(area.height), 0, 1)
    canvas.setFillColorRGB(0, 0, 0)
    for marker in layout.markers:
        size = space.length(layout.size_of(marker))
        left, top = space.x(marker.x) - size / 2, space.y(marker.y) + size / 2
        draw_module_grid(canvas, aruco_modules(marker.id, layout.dictionary), left, top, size / ARUCO_MODULES)
    canvas.restoreState()


def _segno():
    """segno, imported on first use without its SVG writer's import of ``urllib.request``.

    ``import segno`` loads its writers, and their ``xml.sax.saxutils`` pulls in
    ``urllib.request`` (http, ssl, e-mail): 18 ms of a 0.2 s print command, for
    the SVG output we never use. While segno loads, a small stand-in with the
    two functions it takes from there is put in place, and removed right
    after, so anything else that imports ``xml.sax.saxutils`` gets the real one.
    """
    if "segno" in sys.modules or "xml.sax.saxutils" in sys.modules:
        import segno

        return segno
    stand_in = types.ModuleType("xml.sax.saxutils")
    stand_in.escape = lambda data, entities=None: html.escape(data, quote=False)
    stand_in.quoteattr = lambda data, entities=None: '"' + html.escape(data, quote=True) + '"'
    sys.modules["xml.sax.saxutils"] = stand_in
    try:
        import segno
    finally:
        if sys.modules.get("xml.sax.saxutils") is stand_in:
            del sys.modules["xml.sax.saxutils"]
    return segno


def qr_modules(payload: str) -> list[list[bool]]:
    code = _segno().make(payload, error="m", micro=False)
    return [[bool(value) for value in row] for row in code.matrix]


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code with its quiet zone filling the square (x, y, size) in points (y = bottom)."""
    modules = qr_modules(payload)
    count = len(modules) + 2 * QR_QUIET_MODULES
    module = size / count
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    draw_module_grid(canvas, modules, x + QR_QUIET_MODULES * module, y + size - QR_QUIET_MODULES * module, module)
    canvas.restoreState()
