"""Pictures on the printed board: PNG and JPEG at their full resolution, SVG as vectors.

PNG and JPEG go into the PDF as they are (ReportLab embeds the original
pixels; a JPEG's own bytes), stretched to the picture's rect like the editor
does. SVG is turned into ReportLab vector drawing operations by svglib, so a
logo stays sharp at any poster size. External files an SVG refers to are not
read.
"""

from __future__ import annotations

import io
import logging
import tempfile
from functools import lru_cache
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from boards.model import ImageElement
from printing.style import SOFT_INK

_LOG = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _no_external_files() -> str:
    """An empty folder: svglib refuses <image>/<use> references outside it, so none are read."""
    return tempfile.mkdtemp(prefix="bruinpapier-svg-")


@lru_cache(maxsize=32)
def _svg_drawing(data: bytes) -> Any:
    from svglib.svglib import svg2rlg

    try:
        return svg2rlg(io.BytesIO(data), resolve_entities=False, external_reference_root=_no_external_files())
    except Exception:  # noqa: BLE001 - a picture svglib cannot draw is printed as a marked box, not a crash
        _LOG.exception("svglib could not read an SVG picture")
        return None


@lru_cache(maxsize=32)
def _raster(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


def draw_image(canvas: Canvas, element: ImageElement, x: float, y: float, width: float, height: float) -> None:
    """The picture stretched into the box (points, y up); its aspect is kept by the editor when it is sized."""
    if element.media_type == "image/svg+xml":
        drawing = _svg_drawing(element.data)
        if drawing is None or not drawing.width or not drawing.height:
            _missing(canvas, x, y, width, height)
            return
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(width / drawing.width, height / drawing.height)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.restoreState()
        return
    canvas.drawImage(_raster(element.data), x, y, width, height, mask="auto")


def _missing(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(*SOFT_INK)
    canvas.rect(x, y, width, height, stroke=1, fill=0)
    canvas.line(x, y, x + width, y + height)
    canvas.line(x, y + height, x + width, y)
    canvas.restoreState()
