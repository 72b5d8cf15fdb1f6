"""A styled board with every new design feature: shapes, fills, borders, text styles, pictures, bundles."""

from __future__ import annotations

import io

from boards.geometry import Point, Rect
from boards.model import (
    Board,
    Bundle,
    ConnectorElement,
    Group,
    Holds,
    ImageElement,
    LineElement,
    LineStyle,
    Shape,
    SymbolElement,
    TextElement,
    TextStyle,
    VsmSymbol,
    Zone,
    ZoneKind,
)
from boards.paper import Orientation, Paper
from boards.readback import board_poster_layout

LOGO_SVG = b"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
  <rect x="0" y="0" width="200" height="100" fill="#1d3f66"/>
  <circle cx="50" cy="50" r="35" fill="#f6e3a1"/>
  <rect x="110" y="20" width="70" height="60" fill="#6e1a12"/>
</svg>
"""


def png_bytes(width: int = 60, height: int = 40, color: tuple[int, int, int] = (30, 90, 160)) -> bytes:
    """A small PNG: a coloured block with a white square in its middle."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), color)
    ImageDraw.Draw(image).rectangle([width // 3, height // 3, 2 * width // 3, 2 * height // 3], fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes(width: int = 64, height: int = 48) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 60, 40)).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def styled_board() -> Board:
    """An A3 landscape 'Verbeterbord': three styled columns with contents, shapes, a picture, an elbow arrow."""
    paper = Paper.a_series("A3", Orientation.LANDSCAPE)  # 420 × 297
    return Board(
        id="verbeterbord",
        title="Verbeterbord",
        paper=paper,
        groups=[
            Group("kop", "WAT ZIEN WE?", Rect(40, 40, 330, 14), fill="#1d3f66", text_style=TextStyle(color="#ffffff"))
        ],
        zones=[
            Zone(
                "goed",
                ZoneKind.COLUMN,
                Rect(40, 60, 105, 120),
                "Wat gaat goed",
                fill="#d4eed7",
                border=LineStyle(color="#16441b", width_mm=1.5),
                text_style=TextStyle(color="#16441b", size_pt=20, align="center"),
                group="kop",
            ),
            Zone(
                "beter",
                ZoneKind.COLUMN,
                Rect(152, 60, 105, 120),
                "Wat kan beter",
                fill="#f6e3a1",
                border=LineStyle(dash="dashed"),
                group="kop",
            ),
            Zone(
                "acties",
                ZoneKind.COLUMN,
                Rect(264, 60, 105, 120),
                "Acties",
                fill="#fad6b4",
                shape=Shape.ROUNDED,
                group="kop",
            ),
            Zone("rond", ZoneKind.FREE_AREA, Rect(40, 190, 80, 60), "Ellips", shape=Shape.ELLIPSE, fill="#e2d7f0"),
            Zone("plek", ZoneKind.CELL, Rect(130, 190, 60, 60), "", shape=Shape.NOTE, holds=Holds(notes=True)),
            Zone("cirkel", ZoneKind.FREE_AREA, Rect(200, 190, 60, 60), "Cirkel", shape=Shape.CIRCLE, fill="#d2e6f5"),
            Zone("hulp", ZoneKind.FREE_AREA, Rect(380, 60, 25, 25), "hulp", printed=False),
        ],
        elements=[
            TextElement("noot-goed", Rect(50, 100, 80, 16), "Rustige start", color="#6e1a12", bold=True),
            ImageElement("logo", Rect(280, 200, 80, 40), "image/svg+xml", LOGO_SVG, name="logo.svg"),
            ImageElement("foto", Rect(370, 200, 30, 20), "image/png", png_bytes(), name="foto.png"),
            SymbolElement("ster", VsmSymbol.PROBLEEM, Rect(160, 130, 20, 20), color="#6e1a12"),
            ConnectorElement(
                "pijl", "goed", "acties", label="daarna", elbow=True, waypoints=(Point(200, 255),), color="#1d3f66"
            ),
            LineElement("streep", Point(40, 270), Point(200, 270), width_mm=1.0, color="#4a2a70"),
        ],
        bundles=[Bundle("set", ("logo", "foto"))],
        markers=board_poster_layout(paper),
    )
