"""Page set-up shared by every PDF: true size past 5.08 m (UserUnit), trim and bleed boxes, crop marks, colour."""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas

from boards.geometry import Rect
from printing.options import CROP_MARK_ROOM_MM
from resources import resource_path


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
