"""The embedded DejaVu fonts: registered once with ReportLab, full Dutch diacritics."""

from __future__ import annotations

import pickle
from functools import lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
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
        pdfmetrics.registerFont(load_font(name, resource_path("fonts", file_name)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD, ITALIC


def load_font(name: str, path: Path) -> TTFont:
    """The TrueType font at ``path``, its parsed tables kept in the user's cache.

    Parsing DejaVu Sans costs a command ~40 ms per font; loading what ReportLab
    parsed last time ~10 ms. The cache file is named by a hash of the font
    file and ReportLab's version; anything odd about it means parsing anew.
    """
    import hashlib

    from boards.userdirs import cache_dir

    data = path.read_bytes()
    key = hashlib.sha256(data + reportlab.Version.encode()).hexdigest()[:20]
    try:
        cached = cache_dir() / f"font-{path.stem}-{key}.pickle"
    except OSError:
        return TTFont(name, str(path))
    try:
        if cached.is_file():
            return _from_cache(name, cached.read_bytes())
    except Exception:  # noqa: BLE001 - a damaged or foreign cache file: parse the font instead
        pass
    font = TTFont(name, str(path))
    try:
        temporary = cached.with_suffix(".tmp")
        temporary.write_bytes(_to_cache(font))
        temporary.replace(cached)
    except Exception:  # noqa: BLE001 - no cache is only slower
        pass
    return font


def _to_cache(font: TTFont) -> bytes:
    attributes = {key: value for key, value in vars(font).items() if key not in ("state", "face")}
    face = {key: value for key, value in vars(font.face).items() if key != "_pdfScale"}  # a lambda: rebuilt
    return pickle.dumps((attributes, face), protocol=pickle.HIGHEST_PROTOCOL)


def _from_cache(name: str, blob: bytes) -> TTFont:
    attributes, face_attributes = pickle.loads(blob)
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(face_attributes)
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x, k=1000 / units: x * k)
    font = TTFont.__new__(TTFont)
    font.__dict__.update(attributes)
    font.fontName, font.face, font.state = name, face, WeakKeyDictionary()
    return font


def real_font(font: str) -> str:
    return REGULAR if font == ITALIC else font


def _ensure(font: str) -> None:
    """Register the shipped fonts when ``font`` is one of them (PDF's built-in fonts need nothing)."""
    if font in (REGULAR, BOLD, ITALIC):
        register_fonts()


def string_width(text: str, font: str, size: float) -> float:
    _ensure(font)
    return pdfmetrics.stringWidth(text, real_font(font), size)


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
    """One line of text at baseline ``y``; ``align`` left/center/right about ``x``; ITALIC is slanted."""
    _ensure(font)
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
