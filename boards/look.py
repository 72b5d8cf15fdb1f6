"""How the design properties look, in millimetres: the one answer the editor and the print both draw from.

Resolved borders (colour, width, dash pattern), text settings with their
defaults, the corner radius of a rounded zone and the fold of a sticky-note
spot. Colours are ``#rrggbb``; None means the usual ink.
"""

from __future__ import annotations

from dataclasses import dataclass

from boards.geometry import Rect
from boards.model import ConnectorElement, Group, LineStyle, Shape, TextElement, Zone

INK = "#2b1d12"
SOFT_INK = "#5a4632"

ZONE_BORDER_MM = 0.7
TEXT_BORDER_MM = 0.35
CONNECTOR_WIDTH_MM = 0.6
#: Sticky-note spots get a dotted border unless one is set.
NOTE_DASH = "dotted"


@dataclass(frozen=True)
class Stroke:
    """A resolved border or line: no defaults left open."""

    color: str
    width_mm: float
    dash: str  # solid | dashed | dotted | none

    @property
    def visible(self) -> bool:
        return self.dash != "none" and self.width_mm > 0


def dash_pattern_mm(dash: str, width_mm: float) -> tuple[float, ...] | None:
    """On/off lengths in mm for a dash (None: a solid line). Dots are round caps on a zero-length dash."""
    if dash == "dashed":
        return (max(3.0, width_mm * 4), max(2.0, width_mm * 3))
    if dash == "dotted":
        return (0.01, max(1.5, width_mm * 2.5))
    return None


def zone_stroke(zone: Zone) -> Stroke:
    border = zone.border
    dash = border.dash
    if zone.shape is Shape.NOTE and border == LineStyle():
        dash = NOTE_DASH
    return Stroke(border.color or INK, border.width_mm if border.width_mm is not None else ZONE_BORDER_MM, dash)


def text_stroke(element: TextElement) -> Stroke:
    border = element.border
    return Stroke(border.color or INK, border.width_mm if border.width_mm is not None else TEXT_BORDER_MM, border.dash)


def connector_stroke(element: ConnectorElement) -> Stroke:
    width = element.width_mm if element.width_mm is not None else CONNECTOR_WIDTH_MM
    return Stroke(element.color or INK, width, "dashed" if element.dashed else "solid")


@dataclass(frozen=True)
class TextLook:
    color: str
    size_pt: float | None  # None: fitted to the room
    bold: bool
    align: str


def zone_text(zone: Zone) -> TextLook:
    style = zone.text_style
    return TextLook(
        style.color or INK, style.size_pt, True if style.bold is None else style.bold, style.align or "left"
    )


def group_text(group: Group) -> TextLook:
    style = group.text_style
    return TextLook(
        style.color or "#ffffff", style.size_pt, True if style.bold is None else style.bold, style.align or "left"
    )


#: A group heading's usual band colour.
GROUP_FILL = "#5c402b"


def corner_radius_mm(rect: Rect) -> float:
    """The corner radius of a rounded zone."""
    return min(rect.width, rect.height, 100.0) * 0.12


def note_fold_mm(rect: Rect) -> float:
    """The folded corner (top right) of a sticky-note spot."""
    return min(rect.width, rect.height) * 0.16


def turned_size(rect: Rect, rotation: int) -> tuple[float, float]:
    """The width and height of a part's content, which is laid out turned by ``rotation`` inside ``rect``."""
    return (rect.height, rect.width) if rotation in (90, 270) else (rect.width, rect.height)


def text_area(zone: Zone) -> Rect:
    """Where a zone's texts go: its rect, or for an ellipse the rectangle that fits inside it."""
    rect = zone.rect
    if zone.shape in (Shape.ELLIPSE, Shape.CIRCLE):
        factor = 1 / 2**0.5
        width, height = rect.width * factor, rect.height * factor
        return Rect(rect.center.x - width / 2, rect.center.y - height / 2, width, height)
    if zone.shape is Shape.NOTE:
        fold = note_fold_mm(rect)
        return Rect(rect.x, rect.y + fold * 0.5, rect.width, rect.height - fold * 0.5)
    return rect
