"""Paper sizes in millimetres: the A series and custom sizes such as a roll."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP, Message

#: ISO 216 A-series sheets, portrait (width, height) in mm.
A_SERIES_MM: dict[str, tuple[float, float]] = {
    "A0": (841.0, 1189.0),
    "A1": (594.0, 841.0),
    "A2": (420.0, 594.0),
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
}

CUSTOM = "custom"

#: Largest custom size we accept (a long brown-paper roll), in mm.
MAX_CUSTOM_MM = 10_000.0
MIN_CUSTOM_MM = 50.0


class Orientation(str, Enum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


@dataclass(frozen=True)
class Paper:
    """A physical sheet: an A-series format with an orientation, or a custom size.

    For custom sizes the orientation follows from width and height.
    """

    format: str
    width_mm: float
    height_mm: float

    @property
    def orientation(self) -> Orientation:
        return Orientation.LANDSCAPE if self.width_mm > self.height_mm else Orientation.PORTRAIT

    @property
    def is_custom(self) -> bool:
        return self.format == CUSTOM

    @classmethod
    def a_series(cls, name: str, orientation: Orientation | str = Orientation.PORTRAIT) -> Paper:
        key = name.upper()
        if key not in A_SERIES_MM:
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "onbekend papierformaat '{name}'; kies A0, A1, A2, A3, A4 of BxH in mm (bijv. 900x2000)",
                    ),
                    name=name,
                )
            )
        short, long = A_SERIES_MM[key]
        if Orientation(orientation) is Orientation.LANDSCAPE:
            return cls(key, long, short)
        return cls(key, short, long)

    @classmethod
    def custom(cls, width_mm: float, height_mm: float) -> Paper:
        for value in (width_mm, height_mm):
            if not (MIN_CUSTOM_MM <= value <= MAX_CUSTOM_MM):
                raise InvalidArgumentError(
                    problem(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "papiermaat {width} × {height} mm kan niet: elke zijde moet tussen {low:g} en {high:g} "
                            "mm liggen",
                        ),
                        width=_fmt(width_mm),
                        height=_fmt(height_mm),
                        low=MIN_CUSTOM_MM,
                        high=MAX_CUSTOM_MM,
                    )
                )
        return cls(CUSTOM, float(width_mm), float(height_mm))

    def rotated(self, orientation: Orientation | str) -> Paper:
        """The same sheet in the given orientation (custom sizes swap sides)."""
        if self.orientation is Orientation(orientation):
            return self
        if self.is_custom:
            return Paper(CUSTOM, self.height_mm, self.width_mm)
        return Paper.a_series(self.format, orientation)

    def label(self) -> str:
        """Short human label: ``A1 liggend`` or ``900 × 2000 mm``."""
        return self.label_message().render()

    def label_message(self) -> Message:
        """The label, translatable (the app shows ``A1 landscape`` in English)."""
        if self.is_custom:
            return Message(
                "paper",
                QT_TRANSLATE_NOOP("paper", "{width} × {height} mm"),
                {"width": _fmt(self.width_mm), "height": _fmt(self.height_mm)},
            )
        if self.orientation is Orientation.LANDSCAPE:
            return Message("paper", QT_TRANSLATE_NOOP("paper", "{format} liggend"), {"format": self.format})
        return Message("paper", QT_TRANSLATE_NOOP("paper", "{format} staand"), {"format": self.format})


_CUSTOM_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[xX×]\s*(\d+(?:[.,]\d+)?)\s*(?:mm)?\s*$")


def parse_paper(text: str, landscape: bool = False) -> Paper:
    """Parse a paper given on the command line: ``A0``..``A4`` or ``WxH`` in mm.

    ``landscape`` turns an A-series sheet; a custom ``WxH`` is taken as given.
    """
    match = _CUSTOM_RE.match(text)
    if match:
        width, height = (float(group.replace(",", ".")) for group in match.groups())
        return Paper.custom(width, height)
    return Paper.a_series(text.strip(), Orientation.LANDSCAPE if landscape else Orientation.PORTRAIT)


def _fmt(value: float) -> str:
    return f"{value:g}"
