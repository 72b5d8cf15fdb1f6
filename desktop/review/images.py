"""Numpy images to Qt, and zone colours."""

from __future__ import annotations

import colorsys

import numpy as np
from PySide6.QtGui import QColor, QImage, QPixmap

from boards.model import Board


def pixmap_from_bgr(image: np.ndarray) -> QPixmap:
    image = np.ascontiguousarray(image)
    height, width = image.shape[:2]
    qimage = QImage(image.data, width, height, image.strides[0], QImage.Format.Format_BGR888)
    return QPixmap.fromImage(qimage.copy())


def zone_colors(board: Board) -> dict[str | None, QColor]:
    """A distinct colour per zone (golden-angle hues), grey for "no zone"."""
    colors: dict[str | None, QColor] = {None: QColor("#757575")}
    for index, zone in enumerate(board.zones):
        hue = (index * 0.618033988749895) % 1.0
        r, g, b = colorsys.hsv_to_rgb(hue, 0.85, 0.85)
        colors[zone.id] = QColor(int(r * 255), int(g * 255), int(b * 255))
    return colors
