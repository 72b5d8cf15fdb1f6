"""The photo as taken, with the detections mapped back onto it, or the four-corner picker.

Detections are in board mm; the photo's homography (working px → board mm)
is inverted to draw them where they are in the photo. In corner mode a click
adds the next corner (TL, TR, BR, BL) and Backspace removes the last one.
"""

from __future__ import annotations

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from desktop.review.board_view import ITEM_ID, detection_id
from desktop.review.graphics import FitsUntilZoomed, bgr_to_pixmap, mark_font, note_fill, outline_pen, zone_color
from desktop.review.model import ReviewModel

CORNER_COLOR = QColor("#d81b60")


def map_points(homography: np.ndarray, points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points through a 3×3 homography."""
    array = np.asarray(points, np.float64).reshape(-1, 1, 2)
    mapped = cv2.perspectiveTransform(array, homography).reshape(-1, 2)
    return [(float(x), float(y)) for x, y in mapped]


class ReviewPhotoView(FitsUntilZoomed, QGraphicsView):
    current_changed = Signal(str)
    corners_changed = Signal(list)  # [(x, y)] working px, 0..4 of them

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#3b342d"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pixmap: QGraphicsPixmapItem | None = None
        self._zoomed = False
        self._board_to_photo: np.ndarray | None = None
        self._photo_index: int | None = None
        self._items: list[QGraphicsItem] = []
        self._corner_items: list[QGraphicsItem] = []
        self._unreadable: list[QGraphicsItem] = []
        self.corner_mode = False
        self.corners: list[tuple[float, float]] = []

    # --- the photo -----------------------------------------------------------------------
    def set_photo(
        self, image: np.ndarray | None, homography: np.ndarray | None = None, photo_index: int | None = None
    ) -> None:
        """Show ``image`` (BGR, working px); ``homography`` maps its pixels to board mm."""
        self.scene().clear()
        self._items, self._corner_items, self._unreadable = [], [], []
        self._pixmap = None
        self._board_to_photo = np.linalg.inv(homography) if homography is not None else None
        self._photo_index = photo_index
        if image is None:
            return
        self._pixmap = QGraphicsPixmapItem(bgr_to_pixmap(image))
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._pixmap.setZValue(-10)
        self.scene().addItem(self._pixmap)
        self.scene().setSceneRect(QRectF(0, 0, image.shape[1], image.shape[0]))
        self.fit()

    def set_unreadable(self, glare_mm: list[list[tuple[float, float]]], text: str) -> None:
        """Hatch the highlights whose content capture could not read (board mm, drawn where they are)."""
        for item in self._unreadable:
            self.scene().removeItem(item)
        self._unreadable = []
        if self._board_to_photo is None:
            return
        color = QColor(255, 235, 59, 200)
        for outline in glare_mm:
            points = map_points(self._board_to_photo, outline)
            polygon = QPolygonF([QPointF(x, y) for x, y in points])
            item = QGraphicsPolygonItem(polygon)
            item.setBrush(QBrush(color, Qt.BrushStyle.BDiagPattern))
            pen = QPen(color, 2)
            pen.setCosmetic(True)
            item.setPen(pen)
            item.setZValue(-5)
            label = QGraphicsSimpleTextItem(text, item)
            label.setFont(mark_font(12 * self._px_scale()))
            label.setBrush(color)
            label.setPen(QPen(QColor("#5d4037"), 0))
            bounds = label.boundingRect()
            centre = polygon.boundingRect().center()
            label.setPos(centre.x() - bounds.width() / 2, centre.y() - bounds.height() / 2)
            self.scene().addItem(item)
            self._unreadable.append(item)

    def unreadable_items(self) -> list[QGraphicsItem]:
        return list(self._unreadable)

    @property
    def photo_index(self) -> int | None:
        return self._photo_index

    def fit(self) -> None:
        self._zoomed = False
        if self._pixmap is not None:
            self.fitInView(self._pixmap, Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event) -> None:
        """Ctrl+wheel zooms (to place corners precisely); zooming out past the photo fits it again."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and self._pixmap is not None:
            factor = 1.25 if event.angleDelta().y() > 0 else 1 / 1.25
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self.scale(factor, factor)
            self._zoomed = True
            shown = self.mapFromScene(self._pixmap.boundingRect()).boundingRect()
            if shown.width() < self.viewport().width() and shown.height() < self.viewport().height():
                self.fit()
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._pixmap is None:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#d8cfc2"))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nog geen foto"))
            painter.end()

    def _px_scale(self) -> float:
        """Photo pixels per screen pixel, for sizes that must read at any zoom."""
        if self._pixmap is None:
            return 1.0
        rect = self._pixmap.boundingRect()
        view = self.viewport().rect()
        return max(1.0, max(rect.width() / max(1, view.width()), rect.height() / max(1, view.height())))

    # --- detections ----------------------------------------------------------------------
    def rebuild(self, model: ReviewModel, current: str, colors) -> None:
        for item in self._items:
            self.scene().removeItem(item)
        self._items = []
        if self._board_to_photo is None or self.corner_mode:
            return
        scale = self._px_scale()
        for note in model.notes:
            points = map_points(self._board_to_photo, note.outline())
            item = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in points]))
            item.setPen(outline_pen(zone_color(colors, note.zone_id), note.doubtful, note.id == current))
            item.setBrush(note_fill(note.color, 90 if note.id == current else 0))
            self._add(item, note.id, note.doubtful, points, 22 * scale)
        for dot in model.dots:
            center = map_points(self._board_to_photo, [(dot.x_mm, dot.y_mm)])[0]
            edge = map_points(self._board_to_photo, [(dot.x_mm + dot.diameter_mm / 2, dot.y_mm)])[0]
            radius = max(4.0 * scale, float(np.hypot(edge[0] - center[0], edge[1] - center[1])) + 2 * scale)
            item = QGraphicsEllipseItem(center[0] - radius, center[1] - radius, 2 * radius, 2 * radius)
            item.setPen(outline_pen(zone_color(colors, dot.zone_id), dot.doubtful, dot.id == current))
            self._add(item, dot.id, dot.doubtful, [center], 14 * scale)

    def _add(self, item: QGraphicsItem, item_id: str, doubtful: bool, points, mark_size: float) -> None:
        item.setData(ITEM_ID, item_id)
        self.scene().addItem(item)
        self._items.append(item)
        if doubtful:
            mark = QGraphicsSimpleTextItem("?", item)
            mark.setFont(mark_font(mark_size))
            mark.setBrush(QColor("#ffeb3b"))
            mark.setPen(QPen(QColor("#b00020"), 0))
            cx = sum(x for x, _ in points) / len(points)
            cy = sum(y for _, y in points) / len(points)
            bounds = mark.boundingRect()
            mark.setPos(cx - bounds.width() / 2, cy - bounds.height() / 2)

    def mousePressEvent(self, event) -> None:
        point = self.mapToScene(event.position().toPoint())
        if self.corner_mode:
            if (
                event.button() == Qt.MouseButton.LeftButton
                and self._pixmap is not None
                and len(self.corners) < 4
                and self._pixmap.boundingRect().contains(point)
            ):
                self.corners.append((float(point.x()), float(point.y())))
                self._draw_corners()
                self.corners_changed.emit(list(self.corners))
            event.accept()
            return
        item_id = detection_id(self.itemAt(event.position().toPoint()))
        if item_id:
            self.current_changed.emit(item_id)
        super().mousePressEvent(event)

    # --- four corners --------------------------------------------------------------------
    def start_corners(self) -> None:
        self.corner_mode = True
        self.corners = []
        for item in self._items:
            self.scene().removeItem(item)
        self._items = []
        self._draw_corners()
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocus()

    def stop_corners(self) -> None:
        self.corner_mode = False
        self.corners = []
        self._draw_corners()
        self.unsetCursor()

    def remove_last_corner(self) -> None:
        if self.corner_mode and self.corners:
            self.corners.pop()
            self._draw_corners()
            self.corners_changed.emit(list(self.corners))

    def keyPressEvent(self, event) -> None:
        if self.corner_mode and event.key() == Qt.Key.Key_Backspace:
            self.remove_last_corner()
            event.accept()
            return
        super().keyPressEvent(event)

    def _draw_corners(self) -> None:
        for item in self._corner_items:
            self.scene().removeItem(item)
        self._corner_items = []
        if not self.corners:
            return
        scale = self._px_scale()
        pen = QPen(CORNER_COLOR, 3)
        pen.setCosmetic(True)
        path = QPainterPath(QPointF(*self.corners[0]))
        for x, y in self.corners[1:]:
            path.lineTo(x, y)
        if len(self.corners) == 4:
            path.closeSubpath()
        outline = QGraphicsPathItem(path)
        outline.setPen(pen)
        self.scene().addItem(outline)
        self._corner_items.append(outline)
        radius = 7 * scale
        for number, (x, y) in enumerate(self.corners, start=1):
            dot = QGraphicsEllipseItem(x - radius, y - radius, 2 * radius, 2 * radius)
            dot.setPen(pen)
            dot.setBrush(QColor(255, 255, 255, 160))
            label = QGraphicsSimpleTextItem(str(number), dot)
            label.setFont(mark_font(16 * scale))
            label.setBrush(CORNER_COLOR)
            label.setPos(x + radius, y + radius)
            self.scene().addItem(dot)
            self._corner_items.append(dot)
