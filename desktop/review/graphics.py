"""Drawing helpers shared by the two views: zone colours, pens, numpy images as pixmaps."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPen, QPixmap

from boards.colors import note_color
from boards.model import Board

NO_ZONE_COLOR = QColor("#7a6a58")
GOLDEN = 0.618033988749895


def zone_colors(board: Board) -> dict[str, QColor]:
    """A distinct colour per zone (hues spread by the golden ratio, in board order)."""
    colors = {}
    hue = 0.08
    for zone in board.zones:
        colors[zone.id] = QColor.fromHsvF(hue % 1.0, 0.8, 0.78)
        hue += GOLDEN
    return colors


def zone_color(colors: dict[str, QColor], zone_id: str | None) -> QColor:
    return colors.get(zone_id, NO_ZONE_COLOR) if zone_id else NO_ZONE_COLOR


def outline_pen(color: QColor, doubtful: bool, current: bool) -> QPen:
    pen = QPen(color, 4.5 if current else 2.5)
    pen.setCosmetic(True)  # the same width at every zoom
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if doubtful:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def note_fill(color_id: str, alpha: int = 110) -> QColor:
    try:
        color = QColor(note_color(color_id).hex)
    except KeyError:
        color = QColor("#fff176")
    color.setAlpha(alpha)
    return color


def mark_font(size: float) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(size)))
    font.setBold(True)
    return font


def bgr_to_pixmap(image: np.ndarray) -> QPixmap:
    """A BGR (or grey) numpy image as a QPixmap (copied, so the array may go)."""
    if image.ndim == 2:
        image = np.ascontiguousarray(image)
        height, width = image.shape
        qimage = QImage(image.data, width, height, image.strides[0], QImage.Format.Format_Grayscale8)
    else:
        image = np.ascontiguousarray(image[:, :, :3])
        height, width = image.shape[:2]
        qimage = QImage(image.data, width, height, image.strides[0], QImage.Format.Format_BGR888)
    return QPixmap.fromImage(qimage.copy())


class FitsUntilZoomed:
    """Mixin for a QGraphicsView with ``fit()``: keeps the content fitted on resize and show until the user zooms."""

    _zoomed = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)  # type: ignore[misc]
        if not self._zoomed:
            self.fit()  # type: ignore[attr-defined]

    def showEvent(self, event) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if not self._zoomed:
            self.fit()  # type: ignore[attr-defined]
