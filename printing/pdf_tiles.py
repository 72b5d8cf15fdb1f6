"""Any poster PDF over A4/A3 sheets: the same glue strips, cut lines, sheet labels and assembly map.

Each page of the PDF is read with pypdf and carried over, unchanged, as one
ReportLab form (XObject) that every tile shows through its window, exactly
as a board's poster is; its fonts, images and other resources are copied
once, so the tiled file stays about as small as the poster.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFObject, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.paper import Paper
from boards.tiling import DEFAULT_OVERLAP_MM, DEFAULT_PRINTER_MARGIN_MM, TileGrid, tile_grid
from printing.options import best_tile_sheet
from printing.pages import binary_streams, new_canvas
from printing.tiled import draw_tiles

POINTS_PER_MM = 72 / 25.4
SKIPPED_KEYS = {"/Parent", "/P", "/StructParents", "/StructParent"}  # back-links a form does not need


@dataclass(frozen=True)
class PdfPoster:
    """One page of a PDF as a poster to tile (a ``TiledJob``)."""

    grid: TileGrid | None
    poster_width_mm: float
    poster_height_mm: float
    scale: float = 1.0
    background: str = "none"


class _Raw(PDFObject):
    """A PDF value written as is (numbers, names, strings, booleans, null)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document) -> bytes:
        return self.data


def _raw(value) -> _Raw:
    stream = io.BytesIO()
    value.write_to_stream(stream)
    return _Raw(stream.getvalue())


class _Converter:
    """pypdf objects → ReportLab objects of the output document, each indirect object once."""

    def __init__(self, canvas: Canvas) -> None:
        self.document = canvas._doc
        self.done: dict[tuple[int, int], object] = {}

    def convert(self, value):
        from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

        if isinstance(value, IndirectObject):
            key = (value.idnum, value.generation)
            if key not in self.done:
                target = value.get_object()
                if isinstance(target, (DictionaryObject, StreamObject)):
                    shell = PDFStream(PDFDictionary(), b"") if isinstance(target, StreamObject) else PDFDictionary()
                    self.done[key] = self.document.Reference(shell)  # before the contents: cycles end here
                    self._fill(shell, target)
                else:
                    self.done[key] = self.convert(target)
            return self.done[key]
        if isinstance(value, StreamObject):
            shell = PDFStream(PDFDictionary(), b"")
            self._fill(shell, value)
            return self.document.Reference(shell)
        if isinstance(value, DictionaryObject):
            shell = PDFDictionary()
            self._fill(shell, value)
            return shell
        if isinstance(value, ArrayObject):
            return PDFArray([self.convert(item) for item in value])
        return _raw(value)

    def _fill(self, shell, source) -> None:
        from pypdf.generic import StreamObject

        items = {key[1:]: self.convert(item) for key, item in source.items() if key not in SKIPPED_KEYS}
        if isinstance(source, StreamObject):
            items.pop("Length", None)
            shell.dictionary.dict.update(items)
            shell.content = source._data  # still encoded: /Filter stays, so nothing is encoded twice
            if "Filter" not in items:
                shell.filters = None  # plain data: the document's deflate applies
        else:
            shell.dict.update(items)


def import_page_form(canvas: Canvas, converter: _Converter, page, name: str) -> tuple[float, float]:
    """Page ``page`` of a pypdf reader as the form ``name``; returns its size in mm (as shown, rotation included)."""
    box = page.cropbox
    x0, y0, x1, y1 = (float(value) for value in (box.left, box.bottom, box.right, box.top))
    unit = float(page.get("/UserUnit", 1) or 1)
    rotation = int(page.get("/Rotate", 0) or 0) % 360
    width, height = (x1 - x0) * unit, (y1 - y0) * unit
    if rotation in (90, 270):
        width, height = height, width
    # The form maps the page's box onto (0, 0, width, height) in points, turned like a viewer shows it.
    a, b, c, d = {0: (1, 0, 0, 1), 90: (0, -1, 1, 0), 180: (-1, 0, 0, -1), 270: (0, 1, -1, 0)}[rotation]
    ox, oy = {0: (x0, y0), 90: (x1, y0), 180: (x1, y1), 270: (x0, y1)}[rotation]
    e = -(a * ox + c * oy) * unit
    f = -(b * ox + d * oy) * unit
    content = page.get_contents()
    data = content.get_data() if content is not None else b""
    resources = page.get("/Resources")
    dictionary = {
        "Type": _Raw(b"/XObject"),
        "Subtype": _Raw(b"/Form"),
        "BBox": PDFArray([_Raw(f"{v:.4f}".encode()) for v in (x0, y0, x1, y1)]),
        "Matrix": PDFArray([_Raw(f"{v:.6f}".encode()) for v in (a * unit, b * unit, c * unit, d * unit, e, f)]),
        "Resources": converter.convert(resources) if resources is not None else PDFDictionary(),
    }
    form = PDFStream(PDFDictionary(dictionary), data, filters=[PDFZCompress])
    canvas._doc.addForm(name, form)
    return width / POINTS_PER_MM, height / POINTS_PER_MM


def _read(source: bytes | Path | str, name: str):
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else str(source))
        if reader.is_encrypted:
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP("errors", "'{name}' is beveiligd met een wachtwoord; sla hem onbeveiligd op"),
                    name=name,
                )
            )
        pages = list(reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "'{name}' is geen leesbare PDF ({reason})"), name=name, reason=str(error)
            )
        ) from None
    if not pages:
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "'{name}' heeft geen pagina's"), name=name))
    return pages


@dataclass(frozen=True)
class PdfTiling:
    """What came out: per page of the source, its grid."""

    data: bytes
    posters: tuple[PdfPoster, ...]

    @property
    def sheet_count(self) -> int:
        return sum(poster.grid.count for poster in self.posters if poster.grid)


def tile_pdf(
    source: bytes | Path | str,
    sheet_format: str = "A4",
    *,
    orientation: str | None = None,
    overlap_mm: float = DEFAULT_OVERLAP_MM,
    margin_mm: float = DEFAULT_PRINTER_MARGIN_MM,
    name: str | None = None,
) -> PdfTiling:
    """Every page of a poster PDF at its own size over A4/A3 sheets, each with its assembly map.

    ``orientation`` (``portrait``/``landscape``) fixes the sheets; None takes
    the one that needs fewest sheets for each page.
    """
    name = name or (Path(source).name if not isinstance(source, bytes) else "PDF")
    pages = _read(source, name)
    buffer = io.BytesIO()
    posters = []
    with binary_streams():
        canvas = new_canvas(buffer, name, 210, 297, shipped_fonts=False)
        converter = _Converter(canvas)
        for index, page in enumerate(pages, start=1):
            form = f"bpPdfPage{index}"
            width, height = import_page_form(canvas, converter, page, form)
            if orientation is None:
                sheet = best_tile_sheet(sheet_format, width, height, overlap_mm, margin_mm)
            else:
                sheet = Paper.a_series(sheet_format, orientation)
            grid = tile_grid(width, height, sheet, overlap_mm, margin_mm)
            poster = PdfPoster(grid, width, height)
            posters.append(poster)
            title = name if len(pages) == 1 else f"{name}, pagina {index}"
            canvas.bookmarkPage(f"page-{index}")
            canvas.addOutlineEntry(title, f"page-{index}", level=0)
            draw_tiles(canvas, title, poster, form)
        canvas.save()
    return PdfTiling(buffer.getvalue(), tuple(posters))
