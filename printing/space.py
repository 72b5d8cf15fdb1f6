"""From board millimetres (origin top left, y down) to PDF points (origin bottom left, y up)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from boards.geometry import Rect

#: Smallest font size on paper, however small a board is printed.
MIN_FONT_PT = 6.0


@dataclass(frozen=True)
class PosterSpace:
    """The poster's own coordinates: a board drawn at ``scale``, origin at its bottom-left.

    ``board_height_mm`` is the unscaled board height; every public method takes
    board millimetres and returns points on the printed poster.
    """

    scale: float
    board_width_mm: float
    board_height_mm: float

    @property
    def unit(self) -> float:
        """Points per board millimetre."""
        return self.scale * mm

    @property
    def width_pt(self) -> float:
        return self.board_width_mm * self.unit

    @property
    def height_pt(self) -> float:
        return self.board_height_mm * self.unit

    def x(self, x_mm: float) -> float:
        return x_mm * self.unit

    def y(self, y_mm: float) -> float:
        return (self.board_height_mm - y_mm) * self.unit

    def length(self, length_mm: float) -> float:
        return length_mm * self.unit

    def rect(self, rect: Rect) -> tuple[float, float, float, float]:
        """(x, y, width, height) in points with y the bottom edge, as ReportLab wants."""
        return (self.x(rect.x), self.y(rect.bottom), self.length(rect.width), self.length(rect.height))

    def font(self, board_pt: float, minimum: float = MIN_FONT_PT) -> float:
        """A font size meant for the 1:1 board, on this poster, never below ``minimum``."""
        return max(board_pt * self.scale, minimum)
