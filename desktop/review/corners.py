"""Four-corner mode: the user clicks the corners of a board that has no markers."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from desktop.review.images import pixmap_from_bgr

CORNER_NAMES = ("linksboven", "rechtsboven", "rechtsonder", "linksonder")


class CornerPicker(QGraphicsView):
    """Shows a photo; four clicks (top-left, top-right, bottom-right, bottom-left) choose the board's corners.

    ``corners_chosen`` carries them in pixels of the original photo.
    """

    corners_chosen = Signal(object)  # tuple of four (x, y)
    point_added = Signal(int)  # how many corners so far

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.points: list[tuple[float, float]] = []  # working-image px
        self.scale_to_original = 1.0
        self._marks = []

    def set_photo(self, image: np.ndarray, scale: float) -> None:
        """``image``: the working image; ``scale``: its pixels per original pixel."""
        self.scene().clear()
        self._marks = []
        self.points = []
        self.scale_to_original = scale
        self.scene().addPixmap(pixmap_from_bgr(image))
        self.fitInView(self.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def next_corner_name(self) -> str:
        return CORNER_NAMES[len(self.points)] if len(self.points) < 4 else ""

    def add_point(self, x: float, y: float) -> None:
        """A corner in working-image pixels (what a click does)."""
        if len(self.points) >= 4:
            return
        self.points.append((x, y))
        self._redraw()
        self.point_added.emit(len(self.points))
        if len(self.points) == 4:
            factor = 1.0 / self.scale_to_original
            self.corners_chosen.emit(tuple((px * factor, py * factor) for px, py in self.points))

    def undo(self) -> None:
        if self.points:
            self.points.pop()
            self._redraw()
            self.point_added.emit(len(self.points))

    def _redraw(self) -> None:
        for mark in self._marks:
            self.scene().removeItem(mark)
        self._marks = []
        radius = max(4.0, self.scene().itemsBoundingRect().width() / 150)
        pen = QPen(QColor("#d50000"), radius / 3)
        for x, y in self.points:
            self._marks.append(self.scene().addEllipse(x - radius, y - radius, 2 * radius, 2 * radius, pen, QBrush(QColor(213, 0, 0, 90))))
        closed = self.points + self.points[:1] if len(self.points) == 4 else self.points
        for (x0, y0), (x1, y1) in zip(closed, closed[1:]):
            self._marks.append(self.scene().addLine(x0, y0, x1, y1, pen))

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.button() == Qt.MouseButton.LeftButton:
            point: QPointF = self.mapToScene(event.position().toPoint())
            self.add_point(point.x(), point.y())
            return
        super().mousePressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        if not self.scene().items():
            return
        self.fitInView(self.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
