"""The rectified board in millimetres: zones, the photo straightened onto it, detections on top.

Scene units are board millimetres (origin top left, y down). Detections can be
selected and dragged; a double-click on free space asks for a new note
(Shift: a new dot). The view only reports; the widget turns reports into
undoable commands.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyle,
)

from boards.colors import KRAFT_BROWN
from boards.model import Board
from desktop.review.graphics import FitsUntilZoomed, bgr_to_pixmap, mark_font, note_fill, outline_pen, zone_color
from desktop.review.model import ReviewDot, ReviewModel, ReviewNote

ITEM_ID = 0  # QGraphicsItem data key holding a detection's id
ZONE_ID = 1  # data key holding the zone id of a doubtful-zone frame
ZONE_LABEL_MM = 9.0


class _Detection:
    """Mixin: a detection item that does not draw Qt's own dashed selection box."""

    def paint(self, painter, option, widget=None):
        option.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, option, widget)  # type: ignore[misc]


class NoteItem(_Detection, QGraphicsPolygonItem):
    pass


class DotItem(_Detection, QGraphicsEllipseItem):
    pass


def detection_id(item: QGraphicsItem | None) -> str | None:
    while item is not None:
        value = item.data(ITEM_ID)
        if value:
            return str(value)
        item = item.parentItem()
    return None


class ReviewBoardView(FitsUntilZoomed, QGraphicsView):
    current_changed = Signal(str)  # id of the selected detection, "" for none
    moved = Signal(list)  # [(id, x_mm, y_mm)] after a drag
    add_note_requested = Signal(float, float)
    add_dot_requested = Signal(float, float)
    delete_requested = Signal()
    edit_requested = Signal(str)  # double-click on a detection, or Enter

    def __init__(self, board: Board, colors: dict[str, QColor], parent=None) -> None:
        super().__init__(parent)
        self.board = board
        self.colors = colors
        self.setScene(QGraphicsScene(self))
        self.scene().setSceneRect(QRectF(-5, -5, board.width_mm + 10, board.height_mm + 10))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setBackgroundBrush(QColor("#e9e3d9"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._background: QGraphicsPixmapItem | None = None
        self._items: dict[str, QGraphicsItem] = {}
        self._origins: dict[str, tuple[float, float]] = {}
        self._current = ""
        self._syncing = False
        self._zoomed = False
        self._zone_labels: list[tuple] = []  # (zone rect, label item)
        self._unreadable: list[QGraphicsItem] = []  # highlights and what the photo does not show
        self._doubt_marks: list[QGraphicsItem] = []  # zones whose count is doubtful
        self._draw_board()
        self.scene().selectionChanged.connect(self._selection_changed)

    # --- the board -----------------------------------------------------------------------
    def _draw_board(self) -> None:
        scene = self.scene()
        paper = QGraphicsRectItem(0, 0, self.board.width_mm, self.board.height_mm)
        paper.setBrush(QColor(KRAFT_BROWN))
        paper.setPen(QPen(QColor("#6b4e2e"), 0))
        paper.setZValue(-20)
        scene.addItem(paper)
        for zone in self.board.zones:
            color = zone_color(self.colors, zone.id)
            rect = QGraphicsRectItem(zone.rect.x, zone.rect.y, zone.rect.width, zone.rect.height)
            pen = QPen(color, 2.0)
            pen.setCosmetic(True)
            rect.setPen(pen)
            tint = QColor(color)
            tint.setAlpha(28)
            rect.setBrush(tint)
            rect.setZValue(-5)
            scene.addItem(rect)
            label = QGraphicsSimpleTextItem(zone.label)
            label.setFont(mark_font(ZONE_LABEL_MM * 0.8))
            label.setBrush(color.darker(140))
            label.setPos(zone.rect.x + 2, zone.rect.y + 1)
            label.setZValue(-4)
            scene.addItem(label)
            self._zone_labels.append((zone.rect, label))

    def set_background(
        self, rectified: np.ndarray | None, px_per_mm: float, origin: tuple[float, float] = (0.0, 0.0)
    ) -> None:
        """The photo straightened onto the board, under the zones; pixel (0, 0) lies at ``origin`` (mm)."""
        if self._background is not None:
            self.scene().removeItem(self._background)
            self._background = None
        covered = QRectF()
        if rectified is not None:
            height, width = rectified.shape[:2]
            covered = QRectF(origin[0], origin[1], width / px_per_mm, height / px_per_mm)
        for rect, label in self._zone_labels:  # where the photo lies, it shows the printed labels itself
            label.setVisible(
                not covered.adjusted(-1, -1, 1, 1).contains(QRectF(rect.x, rect.y, rect.width, rect.height))
            )
        if rectified is None:
            return
        item = QGraphicsPixmapItem(bgr_to_pixmap(rectified))
        item.setTransform(QTransform.fromScale(1 / px_per_mm, 1 / px_per_mm))
        item.setPos(origin[0], origin[1])
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setZValue(-10)
        self.scene().addItem(item)
        self._background = item

    def set_unreadable(
        self,
        glare_mm: list[list[tuple[float, float]]],
        visible_mm: list[tuple[float, float]] | None,
        glare_text: str,
        unseen_text: str,
    ) -> None:
        """Mark what cannot be read: highlights (hatched) and the board outside the photo (grey)."""
        for item in self._unreadable:
            self.scene().removeItem(item)
        self._unreadable = []
        for outline in glare_mm:
            polygon = QPolygonF([QPointF(x, y) for x, y in outline])
            self._unreadable.append(
                self._area(polygon, QColor(176, 0, 32, 170), Qt.BrushStyle.BDiagPattern, glare_text)
            )
        if visible_mm:
            board = QPainterPath()
            board.addRect(QRectF(0, 0, self.board.width_mm, self.board.height_mm))
            seen = QPainterPath()
            seen.addPolygon(QPolygonF([QPointF(x, y) for x, y in visible_mm]))
            unseen = board.subtracted(seen)
            if not unseen.isEmpty() and unseen.boundingRect().width() * unseen.boundingRect().height() > 100:
                item = QGraphicsPathItem(unseen)
                item.setBrush(QColor(40, 40, 40, 140))
                item.setPen(QPen(Qt.PenStyle.NoPen))
                item.setZValue(-3)
                self.scene().addItem(item)
                self._unreadable.append(item)
                self._unreadable.append(self._caption(unseen.boundingRect(), unseen_text, QColor("#f5f5f5")))

    def _area(self, polygon: QPolygonF, color: QColor, style: Qt.BrushStyle, text: str) -> QGraphicsItem:
        item = QGraphicsPolygonItem(polygon)
        brush = QBrush(color, style)
        brush.setTransform(QTransform.fromScale(0.5, 0.5))
        item.setBrush(brush)
        pen = QPen(color, 1.5)
        pen.setCosmetic(True)
        item.setPen(pen)
        item.setZValue(-3)
        self.scene().addItem(item)
        self._caption(polygon.boundingRect(), text, color.darker(130), parent=item)
        return item

    def _caption(self, rect: QRectF, text: str, color: QColor, parent: QGraphicsItem | None = None) -> QGraphicsItem:
        label = QGraphicsSimpleTextItem(text, parent)
        label.setFont(mark_font(ZONE_LABEL_MM))
        label.setBrush(color)
        bounds = label.boundingRect()
        label.setPos(rect.center().x() - bounds.width() / 2, rect.center().y() - bounds.height() / 2)
        label.setZValue(-2)
        if parent is None:
            self.scene().addItem(label)
        return label

    def set_doubtful_zones(self, zones: dict[str, list[str]], current: str = "") -> None:
        """Zones whose count capture could not vouch for: a dashed red frame (thicker for ``current``)."""
        for item in self._doubt_marks:
            self.scene().removeItem(item)
        self._doubt_marks = []
        for zone_id in zones:
            zone = self.board.zone(zone_id)
            if zone is None:
                continue
            frame = QGraphicsRectItem(zone.rect.x, zone.rect.y, zone.rect.width, zone.rect.height)
            pen = QPen(QColor("#b00020"), 4.0 if zone_id == current else 2.0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            frame.setPen(pen)
            frame.setZValue(-1)
            frame.setData(ZONE_ID, zone_id)
            mark = QGraphicsSimpleTextItem("?", frame)
            mark.setFont(mark_font(ZONE_LABEL_MM * 1.6))
            mark.setBrush(QColor("#b00020"))
            mark.setPos(zone.rect.right - ZONE_LABEL_MM * 1.6, zone.rect.y + 1)
            self.scene().addItem(frame)
            self._doubt_marks.append(frame)

    def doubtful_zone_marks(self) -> dict[str, QGraphicsItem]:
        return {str(item.data(ZONE_ID)): item for item in self._doubt_marks}

    def show_zone(self, zone_id: str) -> None:
        """Bring a zone into view (the selection is cleared: the zone itself is what to look at)."""
        zone = self.board.zone(zone_id)
        if zone is None:
            return
        self.set_current("")
        self.ensureVisible(QRectF(zone.rect.x, zone.rect.y, zone.rect.width, zone.rect.height), 20, 20)

    # --- detections ----------------------------------------------------------------------
    def rebuild(self, model: ReviewModel, current: str) -> None:
        self._syncing = True
        try:
            for item in self._items.values():
                self.scene().removeItem(item)
            self._items = {}
            self._origins = {}
            for note in model.notes:
                self._items[note.id] = self._note_item(note, note.id == current)
            for dot in model.dots:
                self._items[dot.id] = self._dot_item(dot, dot.id == current)
            self._current = current
            if current in self._items:
                self._items[current].setSelected(True)
        finally:
            self._syncing = False

    def _finish(self, item: QGraphicsItem, detection, current: bool, mark_size: float) -> None:
        item.setData(ITEM_ID, detection.id)
        item.setPos(detection.x_mm, detection.y_mm)
        self._origins[detection.id] = (detection.x_mm, detection.y_mm)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        item.setCursor(Qt.CursorShape.OpenHandCursor)
        item.setZValue(10 if current else 1)
        if detection.doubtful:
            mark = QGraphicsSimpleTextItem("?", item)
            mark.setFont(mark_font(mark_size))
            mark.setBrush(QColor("#b00020"))
            bounds = mark.boundingRect()
            mark.setPos(-bounds.width() / 2, -bounds.height() / 2)
        self.scene().addItem(item)

    def _note_item(self, note: ReviewNote, current: bool) -> QGraphicsItem:
        polygon = QPolygonF([QPointF(x - note.x_mm, y - note.y_mm) for x, y in note.outline()])
        item = NoteItem(polygon)
        item.setPen(outline_pen(zone_color(self.colors, note.zone_id), note.doubtful, current))
        item.setBrush(note_fill(note.color, 150 if current else 90))
        self._finish(item, note, current, min(note.width_mm, note.height_mm) * 0.5)
        return item

    def _dot_item(self, dot: ReviewDot, current: bool) -> QGraphicsItem:
        radius = max(dot.diameter_mm, 6.0) / 2
        item = DotItem(-radius, -radius, 2 * radius, 2 * radius)
        item.setPen(outline_pen(zone_color(self.colors, dot.zone_id), dot.doubtful, current))
        kind_color = next((kind.color for kind in self.board.dot_kinds() if kind.id == dot.kind), dot.color)
        fill = QColor(kind_color if kind_color.startswith("#") else "#e53935")
        fill.setAlpha(200)
        item.setBrush(QBrush(fill))
        self._finish(item, dot, current, radius * 2.2)
        return item

    def background(self) -> QGraphicsPixmapItem | None:
        return self._background

    def item_for(self, item_id: str) -> QGraphicsItem | None:
        return self._items.get(item_id)

    def set_current(self, item_id: str) -> None:
        if item_id == self._current and (not item_id or (item_id in self._items and self._items[item_id].isSelected())):
            return
        self._syncing = True
        try:
            self.scene().clearSelection()
            if item_id in self._items:
                self._items[item_id].setSelected(True)
                self.ensureVisible(self._items[item_id], 20, 20)
        finally:
            self._syncing = False
        self._current = item_id

    def selected_ids(self) -> list[str]:
        return [value for value in (detection_id(item) for item in self.scene().selectedItems()) if value]

    def _selection_changed(self) -> None:
        if self._syncing:
            return
        selected = self.selected_ids()
        current = self._current if self._current in selected else (selected[0] if selected else "")
        if current != self._current:
            self._current = current
            self.current_changed.emit(current)

    # --- mouse ---------------------------------------------------------------------------
    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        moves = []
        for item_id, item in self._items.items():
            x, y = self._origins.get(item_id, (item.pos().x(), item.pos().y()))
            if abs(item.pos().x() - x) > 0.05 or abs(item.pos().y() - y) > 0.05:
                moves.append((item_id, float(item.pos().x()), float(item.pos().y())))
        if moves:
            self.moved.emit(moves)

    def mouseDoubleClickEvent(self, event) -> None:
        point = self.mapToScene(event.position().toPoint())
        hit = detection_id(self.itemAt(event.position().toPoint()))
        if hit is not None:
            self.edit_requested.emit(hit)
            event.accept()
            return
        if not QRectF(0, 0, self.board.width_mm, self.board.height_mm).contains(point):
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.add_dot_requested.emit(float(point.x()), float(point.y()))
        else:
            self.add_note_requested.emit(float(point.x()), float(point.y()))
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.delete_requested.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current:
            self.edit_requested.emit(self._current)
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
            self.scale(factor, factor)
            self._zoomed = True
            event.accept()
            return
        super().wheelEvent(event)

    def fit(self) -> None:
        self._zoomed = False
        self.fitInView(
            QRectF(-5, -5, self.board.width_mm + 10, self.board.height_mm + 10), Qt.AspectRatioMode.KeepAspectRatio
        )
