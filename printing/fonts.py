"""The embedded DejaVu fonts: registered once with ReportLab, full Dutch diacritics."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from resources import resource_path

REGULAR = "BP-DejaVuSans"
BOLD = "BP-DejaVuSans-Bold"
#: DejaVu Sans Oblique is DejaVu Sans slanted, so "italic" text is the regular
#: font drawn with a slanted text matrix: one font file less to parse and embed.
ITALIC = "BP-DejaVuSans-Oblique"
OBLIQUE_SLANT = 0.2  # tan of ~11°, like DejaVu Sans Oblique

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str, str]:
    """Register the shipped TrueType fonts (embedded as subsets) and return their names.

    They also form a font family, so ReportLab paragraphs (the PDF report) find the
    bold face for ``<b>``; paragraphs have no slanted face (ITALIC is drawn by
    :func:`draw_string`).
    """
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD, ITALIC


def real_font(font: str) -> str:
    return REGULAR if font == ITALIC else font


def string_width(text: str, font: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, real_font(font), size)


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
    """One line of text at baseline ``y``; ``align`` left/center/right about ``x``; ITALIC is slanted."""
    register_fonts()
    if align in ("center", "right"):
        x -= string_width(text, font, size) / (2 if align == "center" else 1)
    if font != ITALIC:
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    obj = canvas.beginText()
    obj.setTextTransform(1, 0, OBLIQUE_SLANT, 1, x, y)
    obj.setFont(REGULAR, size)
    obj.textOut(text)
    canvas.drawText(obj)
