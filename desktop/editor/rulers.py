"""Rulers in millimetres along the top and the left of the board view.

They read the view's transform and scroll position each time they paint, so
they follow zooming and scrolling; the paper's extent is light, the desk
around it darker; a thin line marks the mouse and a band the selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.editor.view import BoardView

#: The rulers' thickness in pixels.
RULER_PX = 20
#: Steps between ticks, in mm: the finest whose ticks stay this many pixels apart is used.
STEPS_MM = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
MIN_TICK_PX = 5.0
MIN_LABEL_PX = 48.0

DESK = QColor("#ddd5c8")
PAPER = QColor("#f8f6f2")
INK = QColor("#5a4632")
MARK = QColor("#1565c0")
BAND = QColor(21, 101, 192, 45)


def step_for(px_per_mm: float, minimum_px: float) -> float:
    """The finest step (mm) whose marks are at least ``minimum_px`` apart at this zoom."""
    for step in STEPS_MM:
        if step * px_per_mm >= minimum_px:
            return float(step)
    return float(STEPS_MM[-1])


def ticks(first_mm: float, last_mm: float, step: float) -> list[float]:
    """Every multiple of ``step`` from ``first_mm`` to ``last_mm``."""
    start = int(first_mm // step)
    end = int(last_mm // step) + 1
    return [index * step for index in range(start, end + 1) if first_mm <= index * step <= last_mm]


def _multiple(value: float, step: float) -> bool:
    return abs(value / step - round(value / step)) < 1e-6


class Ruler(QWidget):
    """One ruler; ``horizontal`` runs along the top (x), else along the left (y)."""

    def __init__(self, view: BoardView, horizontal: bool) -> None:
        super().__init__(view)
        self.view = view
        self.horizontal = horizontal
        self.cursor_mm: float | None = None
        self.band_mm: tuple[float, float] | None = None  # the selection's extent along this ruler
        self.setAccessibleName(self.tr("Liniaal boven") if horizontal else self.tr("Liniaal links"))
        self.setToolTip(self.tr("Liniaal in millimeter; volgt zoomen en schuiven"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def _to_px(self, mm: float) -> float:
        """Where a board position (mm) lies along the ruler, in the ruler's pixels."""
        point = QPointF(mm, 0) if self.horizontal else QPointF(0, mm)
        mapped = self.view.mapFromScene(point)
        return float(mapped.x() if self.horizontal else mapped.y())

    def visible_mm(self) -> tuple[float, float]:
        """The board positions at both ends of the ruler."""
        viewport = self.view.viewport()
        first = self.view.mapToScene(0, 0)
        last = self.view.mapToScene(viewport.width(), viewport.height())
        return (first.x(), last.x()) if self.horizontal else (first.y(), last.y())

    def set_cursor_mm(self, mm: float | None) -> None:
        if mm != self.cursor_mm:
            self.cursor_mm = mm
            self.update()

    def set_band_mm(self, band: tuple[float, float] | None) -> None:
        if band != self.band_mm:
            self.band_mm = band
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        length = self.width() if self.horizontal else self.height()
        painter.fillRect(self.rect(), DESK)
        zoom = self.view.zoom()
        if zoom <= 0:
            return
        board = self.view.board_scene.board
        extent = board.width_mm if self.horizontal else board.height_mm
        self._fill_span(painter, self._to_px(0.0), self._to_px(extent), PAPER)
        if self.band_mm is not None:
            self._fill_span(painter, self._to_px(self.band_mm[0]), self._to_px(self.band_mm[1]), BAND)
        first, last = self.visible_mm()
        minor = step_for(zoom, MIN_TICK_PX)
        major = step_for(zoom, MIN_LABEL_PX)
        painter.setPen(QPen(INK, 1))
        font = QFont(self.font())
        font.setPixelSize(10)
        painter.setFont(font)
        for mm in ticks(first, last, minor):
            at = self._to_px(mm)
            labelled = _multiple(mm, major)
            size = RULER_PX * (0.6 if labelled else 0.4 if _multiple(mm, major / 2) else 0.25)
            if self.horizontal:
                painter.drawLine(QPointF(at, RULER_PX), QPointF(at, RULER_PX - size))
            else:
                painter.drawLine(QPointF(RULER_PX, at), QPointF(RULER_PX - size, at))
            if labelled:
                self._label(painter, at, f"{mm:g}", length)
        if self.cursor_mm is not None:
            at = self._to_px(self.cursor_mm)
            painter.setPen(QPen(MARK, 1))
            if self.horizontal:
                painter.drawLine(QPointF(at, 0), QPointF(at, RULER_PX))
            else:
                painter.drawLine(QPointF(0, at), QPointF(RULER_PX, at))
        painter.setPen(QPen(QColor("#b9ab95"), 1))
        if self.horizontal:
            painter.drawLine(0, RULER_PX - 1, self.width(), RULER_PX - 1)
        else:
            painter.drawLine(RULER_PX - 1, 0, RULER_PX - 1, self.height())
        painter.end()

    def _fill_span(self, painter: QPainter, start: float, end: float, color: QColor) -> None:
        low, high = sorted((start, end))
        if self.horizontal:
            painter.fillRect(QRectF(low, 0, high - low, RULER_PX), color)
        else:
            painter.fillRect(QRectF(0, low, RULER_PX, high - low), color)

    def _label(self, painter: QPainter, at: float, text: str, length: int) -> None:
        if self.horizontal:
            painter.drawText(QPointF(at + 2, 10), text)
            return
        painter.save()
        painter.translate(10, at - 2)
        painter.rotate(-90)
        painter.drawText(QPointF(0, 0), text)
        painter.restore()


class RulerCorner(QWidget):
    """The square where the two rulers meet: says they are in mm."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(view)
        self.setAccessibleName(self.tr("Eenheid van de linialen"))
        self.setToolTip(self.tr("De linialen tellen in millimeter vanaf de linkerbovenhoek van het papier"))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), DESK)
        painter.setPen(QPen(INK, 1))
        font = QFont(self.font())
        font.setPixelSize(9)
        painter.setFont(font)
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), "mm")
        painter.end()
