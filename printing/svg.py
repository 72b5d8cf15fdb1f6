"""A PDF page (the board as printed) turned into SVG: the same paths, colours, pictures and letters.

The print draws a board with ReportLab into a PDF; PDFium (pypdfium2, already used for previews) reads
that page back as objects — paths, text and images with their matrices, colours, line styles and clips —
and this module writes each as SVG. So an SVG export is the print itself, not a second drawing that
could drift from it. Letters become outlines (each glyph once, in ``<defs>``, placed with ``<use>``): the
file shows the same on a computer without DejaVu Sans, in PowerPoint, Keynote, Inkscape or a browser.
Pictures keep their own pixels (PNG, or the original JPEG bytes); SVG pictures on a board were printed
as vectors and stay vectors. See docs/development/export.md for why this path was chosen.
"""

from __future__ import annotations

import base64
import ctypes
import io
from collections.abc import Iterator
from dataclasses import dataclass
from xml.sax.saxutils import escape

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

_CAPS = {0: "butt", 1: "round", 2: "square"}
_JOINS = {0: "miter", 1: "round", 2: "bevel"}


def _num(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _matrix_text(m: Matrix) -> str:
    return "matrix(" + " ".join(_num(v) for v in m) + ")"


def multiply(first: Matrix, then: Matrix) -> Matrix:
    """The matrix that applies ``first``, then ``then`` (PDF's row-vector convention)."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _color(red: int, green: int, blue: int) -> str:
    return f"#{red:02x}{green:02x}{blue:02x}"


@dataclass
class _Segment:
    kind: int  # FPDF_SEGMENT_LINETO / BEZIERTO / MOVETO
    x: float
    y: float
    close: bool


def _path_data(segments: list[_Segment]) -> str:
    """SVG path data from PDFium's segments (a Bézier comes as three BEZIERTO points)."""
    import pypdfium2.raw as raw

    parts: list[str] = []
    index = 0
    while index < len(segments):
        segment = segments[index]
        if segment.kind == raw.FPDF_SEGMENT_MOVETO:
            parts.append(f"M{_num(segment.x)} {_num(segment.y)}")
            index += 1
        elif segment.kind == raw.FPDF_SEGMENT_BEZIERTO and index + 2 < len(segments):
            points = segments[index : index + 3]
            parts.append("C" + " ".join(f"{_num(p.x)} {_num(p.y)}" for p in points))
            segment = points[-1]
            index += 3
        else:
            parts.append(f"L{_num(segment.x)} {_num(segment.y)}")
            index += 1
        if segment.close:
            parts.append("Z")
    return "".join(parts)


def _segments(count: int, get) -> list[_Segment]:
    import pypdfium2.raw as raw

    result = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for index in range(count):
        segment = get(index)
        if not segment or not raw.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        result.append(
            _Segment(
                raw.FPDFPathSegment_GetType(segment), x.value, y.value, bool(raw.FPDFPathSegment_GetClose(segment))
            )
        )
    return result


class _Writer:
    """Walks the objects of one page and collects SVG elements, glyph and clip definitions."""

    def __init__(self, pdf, page) -> None:
        import pypdfium2.raw as raw

        self.raw = raw
        self.pdf = pdf
        self.page = page
        self.body: list[str] = []
        self.defs: list[str] = []
        self._glyphs: dict[tuple[int, int], str | None] = {}
        self._clips: dict[str, str] = {}
        self._chars: dict[int, list[tuple[int, float, float, Matrix]]] = {}
        self._read_characters()

    # --- helpers ---

    @staticmethod
    def _address(handle) -> int:
        return ctypes.cast(handle, ctypes.c_void_p).value or 0

    def _matrix(self, handle) -> Matrix:
        matrix = self.raw.FS_MATRIX()
        if not self.raw.FPDFPageObj_GetMatrix(handle, matrix):
            return IDENTITY
        return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)

    def _rgba(self, handle, stroke: bool) -> tuple[str, float]:
        red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
        get = self.raw.FPDFPageObj_GetStrokeColor if stroke else self.raw.FPDFPageObj_GetFillColor
        if not get(handle, red, green, blue, alpha):
            return "#000000", 1.0
        return _color(red.value, green.value, blue.value), alpha.value / 255

    def _read_characters(self) -> None:
        """Every character's text object, unicode, origin and matrix (PDFium's text page has the positions)."""
        raw = self.raw
        text_page = raw.FPDFText_LoadPage(self.page.raw)
        if not text_page:
            return
        try:
            x, y = ctypes.c_double(), ctypes.c_double()
            matrix = raw.FS_MATRIX()
            for index in range(raw.FPDFText_CountChars(text_page)):
                if raw.FPDFText_IsGenerated(text_page, index):
                    continue
                text_object = raw.FPDFText_GetTextObject(text_page, index)
                if not text_object:
                    continue
                code = raw.FPDFText_GetUnicode(text_page, index)
                if code in (0x20, 0xA0, 0x0A, 0x0D, 0x09):
                    continue
                raw.FPDFText_GetCharOrigin(text_page, index, x, y)
                raw.FPDFText_GetMatrix(text_page, index, matrix)
                self._chars.setdefault(self._address(text_object), []).append(
                    (code, x.value, y.value, (matrix.a, matrix.b, matrix.c, matrix.d, 0.0, 0.0))
                )
        finally:
            raw.FPDFText_ClosePage(text_page)

    def _clip_attribute(self, handle) -> str:
        """``clip-path="url(#…)"`` for an object drawn inside a clip (page coordinates), else ""."""
        raw = self.raw
        clip = raw.FPDFPageObj_GetClipPath(handle)
        if not clip:
            return ""
        data = []
        for path_index in range(raw.FPDFClipPath_CountPaths(clip)):
            count = raw.FPDFClipPath_CountPathSegments(clip, path_index)
            if count <= 0:
                continue
            segments = _segments(count, lambda i, p=path_index: raw.FPDFClipPath_GetPathSegment(clip, p, i))
            data.append(_path_data(segments))
        if not data:
            return ""
        key = " ".join(data)
        if self._page_sized(key):
            return ""
        if key not in self._clips:
            clip_id = f"c{len(self._clips) + 1}"
            self._clips[key] = clip_id
            paths = "".join(f'<path d="{d}"/>' for d in data)
            self.defs.append(f'<clipPath id="{clip_id}" clipPathUnits="userSpaceOnUse">{paths}</clipPath>')
        return f' clip-path="url(#{self._clips[key]})"'

    def _page_sized(self, data: str) -> bool:
        width, height = self.page.get_size()
        return data in (f"M0 0L{_num(width)} 0L{_num(width)} {_num(height)}L0 {_num(height)}Z",)

    # --- objects ---

    def walk(self, handles: Iterator, parent: Matrix = IDENTITY) -> None:
        raw = self.raw
        for handle in handles:
            kind = raw.FPDFPageObj_GetType(handle)
            matrix = multiply(self._matrix(handle), parent)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                self._path(handle, matrix)
            elif kind == raw.FPDF_PAGEOBJ_TEXT:
                self._text(handle)
            elif kind == raw.FPDF_PAGEOBJ_IMAGE:
                self._image(handle, matrix)
            elif kind == raw.FPDF_PAGEOBJ_FORM:
                count = raw.FPDFFormObj_CountObjects(handle)
                self.walk((raw.FPDFFormObj_GetObject(handle, i) for i in range(count)), matrix)

    def _path(self, handle, matrix: Matrix) -> None:
        raw = self.raw
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        if not raw.FPDFPath_GetDrawMode(handle, fill_mode, stroke):
            return
        if fill_mode.value == 0 and not stroke.value:
            return  # a clipping path or an invisible one
        count = raw.FPDFPath_CountSegments(handle)
        data = _path_data(_segments(count, lambda i: raw.FPDFPath_GetPathSegment(handle, i)))
        if not data:
            return
        attributes = [f'd="{data}"']
        if fill_mode.value:
            color, alpha = self._rgba(handle, stroke=False)
            attributes.append(f'fill="{color}"')
            if alpha < 1:
                attributes.append(f'fill-opacity="{_num(alpha)}"')
            if fill_mode.value == raw.FPDF_FILLMODE_ALTERNATE:
                attributes.append('fill-rule="evenodd"')
        else:
            attributes.append('fill="none"')
        if stroke.value:
            color, alpha = self._rgba(handle, stroke=True)
            width = ctypes.c_float()
            raw.FPDFPageObj_GetStrokeWidth(handle, width)
            attributes.append(f'stroke="{color}" stroke-width="{_num(width.value)}"')
            if alpha < 1:
                attributes.append(f'stroke-opacity="{_num(alpha)}"')
            cap, join = raw.FPDFPageObj_GetLineCap(handle), raw.FPDFPageObj_GetLineJoin(handle)
            if cap in _CAPS and cap != 0:
                attributes.append(f'stroke-linecap="{_CAPS[cap]}"')
            if join in _JOINS and join != 0:
                attributes.append(f'stroke-linejoin="{_JOINS[join]}"')
            dashes = raw.FPDFPageObj_GetDashCount(handle)
            if dashes > 0:
                array = (ctypes.c_float * dashes)()
                raw.FPDFPageObj_GetDashArray(handle, array, dashes)
                if any(value > 0 for value in array):
                    attributes.append(f'stroke-dasharray="{" ".join(_num(value) for value in array)}"')
                    phase = ctypes.c_float()
                    raw.FPDFPageObj_GetDashPhase(handle, phase)
                    if phase.value:
                        attributes.append(f'stroke-dashoffset="{_num(phase.value)}"')
        if matrix != IDENTITY:
            attributes.append(f'transform="{_matrix_text(matrix)}"')
        self._emit(f"<path {' '.join(attributes)}/>", handle)

    def _glyph(self, font, font_key: int, code: int) -> str | None:
        """The id of a glyph's outline in ``<defs>`` (in em units), None for a glyph without ink."""
        key = (font_key, code)
        if key in self._glyphs:
            return self._glyphs[key]
        raw = self.raw
        glyph = raw.FPDFFont_GetGlyphPath(font, code, 1.0)
        glyph_id = None
        if glyph:
            count = raw.FPDFGlyphPath_CountGlyphSegments(glyph)
            data = _path_data(_segments(count, lambda i: raw.FPDFGlyphPath_GetGlyphPathSegment(glyph, i)))
            if data:
                glyph_id = f"g{len([v for v in self._glyphs.values() if v]) + 1}"
                self.defs.append(f'<path id="{glyph_id}" d="{data}"/>')
        self._glyphs[key] = glyph_id
        return glyph_id

    def _text(self, handle) -> None:
        """The letters as outlines; the text page placed each character in page space already."""
        raw = self.raw
        chars = self._chars.get(self._address(handle))
        if not chars:
            return
        font = raw.FPDFTextObj_GetFont(handle)
        size = ctypes.c_float()
        if not font or not raw.FPDFTextObj_GetFontSize(handle, size):
            return
        color, alpha = self._rgba(handle, stroke=False)
        uses = []
        font_key = self._address(font)
        for code, x, y, linear in chars:
            glyph_id = self._glyph(font, font_key, code)
            if glyph_id is None:
                continue
            a, b, c, d, _, _ = linear
            placed = (a * size.value, b * size.value, c * size.value, d * size.value, x, y)
            uses.append(f'<use xlink:href="#{glyph_id}" transform="{_matrix_text(placed)}"/>')
        if not uses:
            return
        opacity = f' fill-opacity="{_num(alpha)}"' if alpha < 1 else ""
        self._emit(f'<g fill="{color}"{opacity}>{"".join(uses)}</g>', handle)

    def _image(self, handle, matrix: Matrix) -> None:
        import pypdfium2 as pdfium

        image = pdfium.PdfImage(handle, page=self.page, pdf=self.pdf)
        href = self._jpeg(handle)
        if href is None:
            bitmap = image.get_bitmap(render=True, scale_to_original=True)
            buffer = io.BytesIO()
            bitmap.to_pil().save(buffer, "PNG", optimize=True)
            href = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
        # Image space is the unit square, rows from the top: flip it into PDF's y-up space first.
        placed = multiply((1.0, 0.0, 0.0, -1.0, 0.0, 1.0), matrix)
        self._emit(
            f'<image width="1" height="1" preserveAspectRatio="none" transform="{_matrix_text(placed)}" '
            f'xlink:href="{href}"/>',
            handle,
        )

    def _jpeg(self, handle) -> str | None:
        """The original JPEG bytes of a picture without transparency (smaller than pixels as PNG)."""
        raw = self.raw
        if raw.FPDFImageObj_GetImageFilterCount(handle) != 1:
            return None
        buffer = ctypes.create_string_buffer(32)
        raw.FPDFImageObj_GetImageFilter(handle, 0, buffer, len(buffer))
        if buffer.value != b"DCTDecode":
            return None
        metadata = raw.FPDF_IMAGEOBJ_METADATA()
        if raw.FPDFImageObj_GetImageMetadata(handle, self.page.raw, metadata) and metadata.colorspace not in (
            raw.FPDF_COLORSPACE_DEVICERGB,
            raw.FPDF_COLORSPACE_DEVICEGRAY,
        ):
            return None  # CMYK JPEG: browsers show it; let PDFium's pixels decide colour instead
        size = raw.FPDFImageObj_GetImageDataRaw(handle, None, 0)
        data = (ctypes.c_char * size)()
        raw.FPDFImageObj_GetImageDataRaw(handle, data, size)
        return "data:image/jpeg;base64," + base64.b64encode(bytes(data)).decode("ascii")

    def _emit(self, element: str, handle) -> None:
        clip = self._clip_attribute(handle)
        self.body.append(f"<g{clip}>{element}</g>" if clip else element)


def pdf_page_svg(pdf: bytes, title: str, width_mm: float, height_mm: float, page_index: int = 0) -> str:
    """Page ``page_index`` of ``pdf`` as an SVG document of ``width_mm`` × ``height_mm``."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_index]
        width, height = page.get_size()
        writer = _Writer(document, page)
        count = writer.raw.FPDFPage_CountObjects(page.raw)
        writer.walk(writer.raw.FPDFPage_GetObject(page.raw, index) for index in range(count))
        page.close()
    finally:
        document.close()
    defs = f"<defs>{''.join(writer.defs)}</defs>\n" if writer.defs else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
        f'width="{_num(width_mm)}mm" height="{_num(height_mm)}mm" viewBox="0 0 {_num(width)} {_num(height)}">\n'
        f"<title>{escape(title)}</title>\n"
        f"{defs}"
        f'<g transform="matrix(1 0 0 -1 0 {_num(height)})" stroke-miterlimit="10">\n'
        + "\n".join(writer.body)
        + "\n</g>\n</svg>\n"
    )
