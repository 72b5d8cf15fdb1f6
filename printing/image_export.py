"""A board as a picture for slides and e-mail: PNG at a chosen resolution, or SVG — drawn as printed.

Both go through the print: the board is drawn into a one-page PDF by the same code that prints it
(``printing.render``), then PDFium turns that page into pixels (PNG) or reads its objects back as
vectors (SVG, :mod:`printing.svg`). What the picture shows is what the poster shows.

The picture is the poster without read-back markers and QR code by default (``markers=True`` keeps them),
on brown paper unless the background is white (``background="none"``). Resolution: a width in pixels,
or dots per inch at the board's true size; the pixel count is limited so a roll of 2 m at 600 dpi does
not take all memory (the message says what does fit).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Board

PNG_SUFFIX = ".png"
SVG_SUFFIX = ".svg"
IMAGE_SUFFIXES = (PNG_SUFFIX, SVG_SUFFIX)
DEFAULT_WIDTH_PX = 1920  # a full-HD slide
MIN_SIDE_PX = 16
MAX_SIDE_PX = 30_000
MAX_PIXELS = 100_000_000  # 100 megapixels: 400 MB while drawing
MIN_DPI = 10.0
MAX_DPI = 1200.0
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class ImageOptions:
    """How to export: ``dpi`` or ``width_px`` (neither: :data:`DEFAULT_WIDTH_PX`), markers, background."""

    dpi: float | None = None
    width_px: int | None = None
    markers: bool = False
    background: str = "auto"  # as printed ("auto": brown), "brown", or "none" (white)


def image_format(path: Path | str) -> str:
    """``png`` or ``svg`` from the file name; any other suffix is refused with the choices."""
    suffix = Path(path).suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "'{path}': een afbeelding wordt .png of .svg; geef een bestandsnaam met een van die twee"
                ),
                path=str(path),
            )
        )
    return suffix[1:]


def check_dpi(dpi: float, text: str | None = None) -> float:
    if not MIN_DPI <= dpi <= MAX_DPI:  # also NaN
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "een resolutie van {dpi} dpi kan niet; kies {low:g} tot {high:g} dpi"),
                dpi=text if text is not None else f"{dpi:g}",
                low=MIN_DPI,
                high=MAX_DPI,
            )
        )
    return dpi


def check_width(width_px: int, text: str | None = None) -> int:
    if not MIN_SIDE_PX <= width_px <= MAX_SIDE_PX:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "een breedte van {width} pixels kan niet; kies {low} tot {high} pixels"),
                width=text if text is not None else width_px,
                low=MIN_SIDE_PX,
                high=MAX_SIDE_PX,
            )
        )
    return width_px


def pixel_size(board: Board, options: ImageOptions) -> tuple[int, int, float]:
    """(width px, height px, dots per inch at true size) of the PNG; impossible values are refused."""
    width_mm, height_mm = board.paper.width_mm, board.paper.height_mm
    if options.dpi is not None:
        width_px = round(width_mm / MM_PER_INCH * check_dpi(options.dpi))
    else:
        width_px = check_width(options.width_px if options.width_px is not None else DEFAULT_WIDTH_PX)
    height_px = max(1, round(width_px * height_mm / width_mm))
    dpi = width_px / (width_mm / MM_PER_INCH)
    if width_px * height_px > MAX_PIXELS or max(width_px, height_px) > MAX_SIDE_PX or min(width_px, height_px) < 1:
        fitting_dpi = min(
            (MAX_PIXELS / (width_mm * height_mm)) ** 0.5 * MM_PER_INCH,
            MAX_SIDE_PX / max(width_mm, height_mm) * MM_PER_INCH,
        )
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{width} × {height} pixels is te groot (hoogstens {limit} miljoen pixels); voor dit bord kan "
                    "het tot ongeveer {dpi} dpi of {fit} pixels breed",
                ),
                width=width_px,
                height=height_px,
                limit=MAX_PIXELS // 1_000_000,
                dpi=int(fitting_dpi),
                fit=int(fitting_dpi * width_mm / MM_PER_INCH),
            )
        )
    return width_px, height_px, dpi


def board_pdf(board: Board, options: ImageOptions) -> bytes:
    """The board's poster page, as printed at true size (markers only when asked)."""
    from printing.options import PrintOptions
    from printing.render import render_board_pdf

    return render_board_pdf(board, PrintOptions(read_back=options.markers, background=options.background))


def render_png(board: Board, options: ImageOptions | None = None) -> bytes:
    """The board as PNG bytes (RGB, with its resolution in the file so an office program sizes it)."""
    import pypdfium2 as pdfium

    options = options or ImageOptions()
    width_px, height_px, dpi = pixel_size(board, options)
    document = pdfium.PdfDocument(board_pdf(board, options))
    try:
        page = document[0]
        page_width, _ = page.get_size()
        bitmap = page.render(scale=width_px / page_width, fill_color=(255, 255, 255, 255), draw_annots=False)
        image = bitmap.to_pil().convert("RGB")
        page.close()
    finally:
        document.close()
    if image.size != (width_px, height_px):  # PDFium rounds the page size up: never a pixel more than said
        image = (
            image.crop((0, 0, width_px, height_px)) if image.width >= width_px else image.resize((width_px, height_px))
        )
    buffer = io.BytesIO()
    image.save(buffer, "PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def render_svg(board: Board, options: ImageOptions | None = None) -> bytes:
    """The board as an SVG document (vectors; letters as outlines; pictures embedded), true size in mm."""
    from printing.svg import pdf_page_svg

    options = options or ImageOptions()
    pdf = board_pdf(board, options)
    return pdf_page_svg(pdf, board.title, board.paper.width_mm, board.paper.height_mm).encode("utf-8")


@dataclass(frozen=True)
class ExportedImage:
    path: Path
    kind: str  # "png" | "svg"
    width_px: int | None  # PNG only
    height_px: int | None
    dpi: float | None
    size_bytes: int


def export_board_image(board: Board, path: Path | str, options: ImageOptions | None = None) -> ExportedImage:
    """Write the board as PNG or SVG (by the suffix of ``path``), atomically."""
    from printing.render import write_pdf_bytes

    options = options or ImageOptions()
    kind = image_format(path)
    if kind == "png":
        width_px, height_px, dpi = pixel_size(board, options)
        data = render_png(board, options)
    else:
        width_px = height_px = None
        dpi = None
        data = render_svg(board, options)
    write_pdf_bytes(path, data)  # the atomic writer with the Dutch reasons (not PDF-specific)
    return ExportedImage(Path(path), kind, width_px, height_px, dpi, len(data))
