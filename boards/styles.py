"""The palette and the named styles of the editor: colours and looks that print well on brown and on white.

Fills are light, so that ink text on them stays readable and a fill never
looks like the kraft paper itself; text and line colours are dark, so they
read on white paper, on kraft paper and on every fill of the palette
(``tests/boards/test_styles.py`` holds the palette to a contrast of 4.5:1).
A named style is applied by value: the zone, heading or text box gets its
colours and text settings, and keeps them when the style list changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from boards.colors import KRAFT_BROWN, NamedColor, hex_to_rgb
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import LineStyle, TextStyle

INK_HEX = "#2b1d12"
WHITE_HEX = "#ffffff"

#: Light fills for zones, headings and text boxes.
FILL_COLORS: tuple[NamedColor, ...] = (
    NamedColor("wit", QT_TRANSLATE_NOOP("colors", "wit"), WHITE_HEX),
    NamedColor("creme", QT_TRANSLATE_NOOP("colors", "crème"), "#fdf3dc"),
    NamedColor("zandgeel", QT_TRANSLATE_NOOP("colors", "zandgeel"), "#f6e3a1"),
    NamedColor("perzik", QT_TRANSLATE_NOOP("colors", "perzik"), "#fad6b4"),
    NamedColor("rozenhout", QT_TRANSLATE_NOOP("colors", "lichtroze"), "#f5d3dc"),
    NamedColor("lavendel", QT_TRANSLATE_NOOP("colors", "lavendel"), "#e2d7f0"),
    NamedColor("ijsblauw", QT_TRANSLATE_NOOP("colors", "ijsblauw"), "#d2e6f5"),
    NamedColor("mint", QT_TRANSLATE_NOOP("colors", "mint"), "#d4eed7"),
    NamedColor("lichtgrijs", QT_TRANSLATE_NOOP("colors", "lichtgrijs"), "#e6e4e1"),
)

#: Dark colours for text, borders, lines and symbols.
INK_COLORS: tuple[NamedColor, ...] = (
    NamedColor("inkt", QT_TRANSLATE_NOOP("colors", "inkt"), INK_HEX),
    NamedColor("nachtblauw", QT_TRANSLATE_NOOP("colors", "nachtblauw"), "#1d3f66"),
    NamedColor("steenrood", QT_TRANSLATE_NOOP("colors", "steenrood"), "#6e1a12"),
    NamedColor("bosgroen", QT_TRANSLATE_NOOP("colors", "bosgroen"), "#16441b"),
    NamedColor("aubergine", QT_TRANSLATE_NOOP("colors", "aubergine"), "#4a2a70"),
    NamedColor("antraciet", QT_TRANSLATE_NOOP("colors", "antraciet"), "#33373b"),
)

#: The dark band of a heading: white text on it.
HEADING_FILL = "#5c402b"


@dataclass(frozen=True)
class NamedStyle:
    """A look to apply in one click: fill, border and text settings."""

    id: str
    label: str  # Dutch
    fill: str | None = None
    border: LineStyle = field(default_factory=LineStyle)
    text_style: TextStyle = field(default_factory=TextStyle)


NAMED_STYLES: tuple[NamedStyle, ...] = (
    NamedStyle("standaard", QT_TRANSLATE_NOOP("styles", "Standaard")),
    NamedStyle(
        "kop",
        QT_TRANSLATE_NOOP("styles", "Kop (donker, witte tekst)"),
        fill=HEADING_FILL,
        border=LineStyle(dash="none"),
        text_style=TextStyle(color=WHITE_HEX, bold=True),
    ),
    NamedStyle(
        "accent",
        QT_TRANSLATE_NOOP("styles", "Accent (zandgeel, dikke rand)"),
        fill="#f6e3a1",
        border=LineStyle(width_mm=1.4),
    ),
    NamedStyle(
        "zacht",
        QT_TRANSLATE_NOOP("styles", "Zacht (crème, gestreepte rand)"),
        fill="#fdf3dc",
        border=LineStyle(color="#33373b", dash="dashed"),
    ),
    NamedStyle(
        "kader", QT_TRANSLATE_NOOP("styles", "Kader (geen vulling, dikke rand)"), border=LineStyle(width_mm=2.0)
    ),
    NamedStyle(
        "blauw",
        QT_TRANSLATE_NOOP("styles", "Blauw (ijsblauw, blauwe tekst)"),
        fill="#d2e6f5",
        border=LineStyle(color="#1d3f66"),
        text_style=TextStyle(color="#1d3f66"),
    ),
    NamedStyle(
        "groen",
        QT_TRANSLATE_NOOP("styles", "Groen (mint, groene tekst)"),
        fill="#d4eed7",
        border=LineStyle(color="#16441b"),
        text_style=TextStyle(color="#16441b"),
    ),
    NamedStyle(
        "post-it-plek",
        QT_TRANSLATE_NOOP("styles", "Plek voor post-its (gestippeld)"),
        border=LineStyle(color="#33373b", dash="dotted"),
        text_style=TextStyle(color="#33373b", bold=False),
    ),
)


def named_style(style_id: str) -> NamedStyle:
    for style in NAMED_STYLES:
        if style.id == style_id:
            return style
    raise KeyError(style_id)


# --- contrast (WCAG 2.x relative luminance) -----------------------------------------------------


def luminance(hex_color: str) -> float:
    def channel(value: int) -> float:
        c = value / 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = hex_to_rgb(hex_color)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


#: The two papers a board is printed on.
PAPERS = (WHITE_HEX, KRAFT_BROWN)
