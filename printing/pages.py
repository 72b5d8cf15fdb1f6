"""Page set-up shared by every PDF: true size past 5.08 m (UserUnit), trim and bleed boxes, crop marks, colour."""

from __future__ import annotations

import errno
import io
import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas

from boards.errors import InvalidArgumentError, problem
from boards.geometry import Rect
from boards.i18n import QT_TRANSLATE_NOOP
from printing.fonts import REGULAR, register_fonts
from printing.options import CROP_MARK_ROOM_MM
from resources import resource_path


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write PDF streams as plain deflate, not ASCII85 on top (ReportLab's default): 20 % smaller."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def new_canvas(
    buffer: io.BytesIO, title: str, width_mm: float, height_mm: float, *, shipped_fonts: bool = True
) -> Canvas:
    """A canvas for one of our PDFs; ``shipped_fonts=False`` starts with PDF's built-in Helvetica and
    registers DejaVu only if a text needs it (tiling a PDF: the sheet texts are plain)."""
    if shipped_fonts:
        register_fonts()
    canvas = Canvas(
        buffer,
        pagesize=(width_mm * mm, height_mm * mm),
        pageCompression=1,
        initialFontName=REGULAR if shipped_fonts else "Helvetica",
        initialFontSize=10,
    )
    canvas.setTitle(title)
    canvas.setCreator("Bruinpapier")
    canvas.setAuthor("Bruinpapier")
    add_output_intent(canvas)
    return canvas


def add_output_intent(canvas: Canvas) -> None:
    """Say what the RGB colours mean: sRGB, as an output intent with the profile embedded.

    Everything is drawn in RGB (the brown, the zone fills, the dots). A print
    shop's RIP converts sRGB to its own press or plotter profile; converting
    to CMYK here would mean guessing that profile.
    """
    profile = PDFStream(
        PDFDictionary({"N": 3, "Alternate": PDFName("DeviceRGB")}), resource_path("color", "sRGB.icc").read_bytes()
    )
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
            "Info": PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": canvas._doc.Reference(profile),
        }
    )
    catalog = canvas._doc.Catalog
    catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([intent])


#: PDF viewers and RIPs take pages up to 14,400 units a side (5.08 m at 1/72 inch per unit).
PDF_MAX_UNITS = 14_400.0


def begin_page(canvas: Canvas, width_mm: float, height_mm: float) -> float:
    """Start a page of this size; returns its user unit.

    A page longer than 5.08 m gets a PDF UserUnit above 1: the page is
    described in larger units and everything drawn is scaled down by it, so
    the page still prints at true size.
    """
    unit = max(1.0, math.ceil(max(width_mm, height_mm) * mm / PDF_MAX_UNITS * 1000) / 1000)
    canvas.setPageSize((width_mm * mm / unit, height_mm * mm / unit))
    if unit != 1.0:
        canvas.saveState()
        canvas.scale(1 / unit, 1 / unit)
    return unit


def end_page(canvas: Canvas, unit: float, boxes: dict[str, Rect] | None = None) -> None:
    """Finish the page begun with ``begin_page``; ``boxes`` (trim, bleed; page mm from the bottom left) go with it."""
    if unit != 1.0:
        canvas.restoreState()
    for name in ("trim", "bleed"):
        box = (boxes or {}).get(name)
        value = None if box is None else tuple(v * mm / unit for v in (box.x, box.y, box.right, box.bottom))
        canvas.setCropBox(value, name)
    canvas.showPage()
    for name in ("trim", "bleed"):
        canvas.setCropBox(None, name)
    if unit != 1.0:
        page = canvas._doc.Pages.pages[-1]
        page.__NoDefault__ = [*page.__NoDefault__, "UserUnit"]
        page.UserUnit = unit


def draw_crop_marks(canvas: Canvas, trim: Rect, bleed: float) -> None:
    """Hairline crop marks at the trim's corners, in the band outside the bleed (page mm from the bottom left)."""
    gap, length = bleed + 1.0, CROP_MARK_ROOM_MM - 2.0
    canvas.saveState()
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(0.25)
    for x, dx in ((trim.x, -1), (trim.right, 1)):
        for y, dy in ((trim.y, -1), (trim.bottom, 1)):
            canvas.line(x * mm, (y + dy * gap) * mm, x * mm, (y + dy * (gap + length)) * mm)
            canvas.line((x + dx * gap) * mm, y * mm, (x + dx * (gap + length)) * mm, y * mm)
    canvas.restoreState()


def write_pdf_bytes(path: Path | str, data: bytes) -> None:
    """Atomic write with a Dutch message when the folder cannot be written."""
    from boards.fileformat import atomic_write_bytes  # not needed to draw: imported when writing

    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        reason = _OS_REASONS.get(error.errno or 0, QT_TRANSLATE_NOOP("errors", "schrijven mislukt"))
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "kan '{path}' niet schrijven: {reason}"), path=str(path), reason=reason)
        ) from None


_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("errors", "de map bestaat niet"),
    errno.EACCES: QT_TRANSLATE_NOOP("errors", "geen schrijfrechten"),
    errno.EPERM: QT_TRANSLATE_NOOP("errors", "geen schrijfrechten"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("errors", "de schijf is vol"),
    errno.EROFS: QT_TRANSLATE_NOOP("errors", "alleen-lezen schijf"),
    errno.EISDIR: QT_TRANSLATE_NOOP("errors", "dat is een map"),
}
