"""Pictures on a board (a school's logo): which files are accepted, how big, at what size they are placed.

A board file carries its pictures inside (base64), so a board travels as one
file. PNG and JPEG are checked with Pillow (header only: no pixels decoded),
SVG with the standard XML parser (no entities, no external files); all three
have a size limit with a Dutch message that says what to do.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from boards.errors import InvalidArgumentError, problem
from boards.geometry import Rect
from boards.i18n import QT_TRANSLATE_NOOP, Message

#: One picture at most this big (bytes of the file).
MAX_IMAGE_BYTES = 5 * 1024 * 1024
#: All pictures of one board together at most this big.
MAX_BOARD_IMAGE_BYTES = 20 * 1024 * 1024
#: A PNG/JPEG with more pixels than this is refused (a "decompression bomb").
MAX_IMAGE_PIXELS = 40_000_000
#: Pictures are placed at this resolution when they say none (pixels per inch).
DEFAULT_PPI = 150.0

SUFFIXES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml"}


@dataclass(frozen=True)
class ImageInfo:
    media_type: str
    width_px: float  # SVG: its own units
    height_px: float

    @property
    def aspect(self) -> float:
        """Width / height."""
        return self.width_px / self.height_px


def sniff_media_type(data: bytes) -> str | None:
    """The media type by the file's first bytes (not by its name)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<svg") or head.startswith(b"<!--") or b"<svg" in head:
        return "image/svg+xml"
    return None


def image_problem(data: bytes, media_type: str | None = None) -> Message | None:
    """What is wrong with a picture's bytes for a board (None: nothing)."""
    try:
        image_info(data, media_type)
    except InvalidArgumentError as error:
        return error.message
    return None


def image_info(data: bytes, media_type: str | None = None) -> ImageInfo:
    """Type and size of a picture; raises InvalidArgumentError with a Dutch message when it cannot go on a board."""
    if len(data) > MAX_IMAGE_BYTES:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "de afbeelding is te groot ({size:.1f} MB; hoogstens {limit} MB per afbeelding); verklein of "
                    "comprimeer haar eerst, bijvoorbeeld als JPEG",
                ),
                size=len(data) / (1024 * 1024),
                limit=MAX_IMAGE_BYTES // (1024 * 1024),
            )
        )
    actual = sniff_media_type(data)
    if actual is None:
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "dit is geen PNG-, JPEG- of SVG-afbeelding")))
    if media_type is not None and media_type != actual:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "de afbeelding is {actual}, maar het bord noemt haar {declared}"),
                actual=actual,
                declared=media_type,
            )
        )
    if actual == "image/svg+xml":
        return _svg_info(data)
    return _raster_info(data, actual)


def _raster_info(data: bytes, media_type: str) -> ImageInfo:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "de afbeelding is beschadigd of onvolledig en kan niet gelezen worden"))
        ) from None
    if width <= 0 or height <= 0:
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "de afbeelding is leeg (0 pixels)")))
    if width * height > MAX_IMAGE_PIXELS:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "de afbeelding heeft te veel pixels ({width} × {height}); verklein haar eerst"
                ),
                width=width,
                height=height,
            )
        )
    return ImageInfo(media_type, float(width), float(height))


def _svg_length(value: str | None) -> float | None:
    """An SVG width/height such as ``120``, ``120px``, ``30mm``; None for percentages or nonsense."""
    if not value:
        return None
    value = value.strip()
    units = {"px": 1.0, "pt": 96 / 72, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
    for unit, factor in units.items():
        if value.endswith(unit):
            try:
                number = float(value[: -len(unit)]) * factor
            except ValueError:
                return None
            return number if number > 0 else None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number > 0 else None


def _svg_info(data: bytes) -> ImageInfo:
    bad = InvalidArgumentError(
        problem(QT_TRANSLATE_NOOP("errors", "dit SVG-bestand is geen geldige SVG-afbeelding (XML met <svg>)"))
    )
    if b"<!ENTITY" in data or b"<!entity" in data:
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "SVG-bestanden met eigen entiteiten (<!ENTITY>) worden niet geopend"))
        )
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        raise bad from None
    if not root.tag.endswith("svg"):
        raise bad
    width, height = _svg_length(root.get("width")), _svg_length(root.get("height"))
    box = (root.get("viewBox") or "").replace(",", " ").split()
    if (width is None or height is None) and len(box) == 4:
        try:
            box_w, box_h = float(box[2]), float(box[3])
        except ValueError:
            box_w = box_h = 0.0
        if box_w > 0 and box_h > 0:
            if width is None and height is None:
                width, height = box_w, box_h
            elif width is None:
                width = height * box_w / box_h  # type: ignore[operator]
            else:
                height = width * box_h / box_w
    if width is None or height is None:
        width, height = 100.0, 100.0  # no size at all: a square, the user sizes it
    return ImageInfo("image/svg+xml", width, height)


def read_image_file(path: Path | str) -> tuple[bytes, ImageInfo]:
    """A picture file's bytes and info, or InvalidArgumentError naming the file and the problem."""
    file = Path(path)
    try:
        size = file.stat().st_size
        # too big: a stand-in of the same excess, so image_info words the message without reading it all
        data = b"\0" * (MAX_IMAGE_BYTES + 1) if size > MAX_IMAGE_BYTES else file.read_bytes()
    except OSError as error:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "{file}: kan het bestand niet lezen ({reason})"),
                file=str(file),
                reason=error.strerror or str(error),
            )
        ) from None
    try:
        return data, image_info(data)
    except InvalidArgumentError as error:
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "{file}: {problem}"), file=str(file), problem=error.message)
        ) from None


def natural_size_mm(info: ImageInfo, ppi: float = DEFAULT_PPI) -> tuple[float, float]:
    """The size a picture is placed at: its pixels at ``ppi`` (SVG: its CSS pixels at 96 per inch)."""
    per_inch = 96.0 if info.media_type == "image/svg+xml" else ppi
    return info.width_px / per_inch * 25.4, info.height_px / per_inch * 25.4


def placed_rect(info: ImageInfo, center_x: float, center_y: float, bounds: Rect, max_share: float = 0.4) -> Rect:
    """Where a new picture goes: centred on the point, at its natural size, shrunk (aspect kept) to fit."""
    width, height = natural_size_mm(info)
    limit_w, limit_h = bounds.width * max_share, bounds.height * max_share
    factor = min(1.0, limit_w / width, limit_h / height)
    width, height = max(width * factor, 1.0), max(height * factor, 1.0)
    x = min(max(center_x - width / 2, bounds.x), bounds.right - width)
    y = min(max(center_y - height / 2, bounds.y), bounds.bottom - height)
    return Rect(round(x, 2), round(y, 2), round(width, 2), round(height, 2))


def fit_aspect(rect: Rect, aspect: float, fixed: str = "nw") -> Rect:
    """``rect`` reshaped to width/height = ``aspect`` inside its own box, its ``fixed`` corner kept in place.

    Used when a picture is resized by a handle: the corner opposite the handle stays.
    """
    width, height = rect.width, rect.height
    if width / height > aspect:
        width = height * aspect
    else:
        height = width / aspect
    x = rect.right - width if "e" in fixed else rect.x
    y = rect.bottom - height if "s" in fixed else rect.y
    return Rect(x, y, width, height)


def total_image_bytes(images: list[bytes]) -> int:
    return sum(len(data) for data in images)
