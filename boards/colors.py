"""Named colours of the paper world: sticky notes, dot stickers, kraft paper."""

from __future__ import annotations

import re
from dataclasses import dataclass

from boards.i18n import QT_TRANSLATE_NOOP

HEX_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class NamedColor:
    id: str
    label: str  # Dutch
    hex: str


#: The usual sticky-note colours, in the order a keyboard shortcut cycles them.
NOTE_COLORS: tuple[NamedColor, ...] = (
    NamedColor("yellow", QT_TRANSLATE_NOOP("colors", "geel"), "#fff176"),
    NamedColor("pink", QT_TRANSLATE_NOOP("colors", "roze"), "#f8a5c2"),
    NamedColor("orange", QT_TRANSLATE_NOOP("colors", "oranje"), "#ffb74d"),
    NamedColor("green", QT_TRANSLATE_NOOP("colors", "groen"), "#aed581"),
    NamedColor("blue", QT_TRANSLATE_NOOP("colors", "blauw"), "#81d4fa"),
)
NOTE_COLOR_IDS: tuple[str, ...] = tuple(color.id for color in NOTE_COLORS)
DEFAULT_NOTE_COLOR = "yellow"

#: Dot-sticker colours used by the templates' dot kinds.
DOT_RED = "#e53935"
DOT_GREEN = "#43a047"
DOT_BLUE = "#1e88e5"
DOT_ORANGE = "#fb8c00"

#: Kraft paper, the "brown" print background.
KRAFT_BROWN = "#c8a57a"


def note_color(color_id: str) -> NamedColor:
    for color in NOTE_COLORS:
        if color.id == color_id:
            return color
    raise KeyError(color_id)


def hex_to_rgb(value: str) -> tuple[int, int, int]:
    """``#rrggbb`` → (r, g, b) in 0..255."""
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
