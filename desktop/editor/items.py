"""Graphics items for the parts of a board; positions and sizes in mm.

Items draw a model object (``value``) and forward mouse drags to the scene,
which snaps, moves the whole selection and pushes one undo command on release.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from boards.colors import hex_to_rgb
from boards.connectors import bend_spots, connector_path, connector_points, label_point
from boards.editing import object_rect, stack_level, with_bundles
from boards.geometry import Rect
from boards.look import (
    GROUP_FILL,
    connector_stroke,
    group_text,
    text_area,
    text_stroke,
    turned_size,
    zone_stroke,
    zone_text,
)
from boards.model import (
    ConnectorElement,
    Group,
    ImageElement,
    Legend,
    LineElement,
    Shape,
    SymbolElement,
    TextElement,
    VsmSymbol,
    Zone,
)
from boards.symbols import SYMBOL_LABELS
from desktop.editor.painting import (
    INK,
    SOFT_INK,
    Turned,
    alignment_flag,
    draw_symbol,
    draw_text,
    fit_text_size,
    note_fold_path,
    outline_path,
    pt_to_mm,
    stroke_pen,
)

if TYPE_CHECKING:
    from desktop.editor.scene import BoardScene

SELECTION_COLOR = QColor("#1565c0")
#: As printed (printing.draw_board): padding inside a zone and the size of its dot stickers, in mm.
ZONE_PAD_MM = 3.5
DOT_MM = 5.0
#: The height of an arrow's label (mm), as printed.
CONNECTOR_LABEL_MM = 4.0
HANDLE_ROLES = ("nw", "n", "ne", "e", "se", "s", "sw", "w")
_CURSORS = {
    "nw": Qt.CursorShape.SizeFDiagCursor,
    "se": Qt.CursorShape.SizeFDiagCursor,
    "ne": Qt.CursorShape.SizeBDiagCursor,
    "sw": Qt.CursorShape.SizeBDiagCursor,
    "n": Qt.CursorShape.SizeVerCursor,
    "s": Qt.CursorShape.SizeVerCursor,
    "e": Qt.CursorShape.SizeHorCursor,
    "w": Qt.CursorShape.SizeHorCursor,
}


def qcolor(hex_color: str | None, alpha: int = 255) -> QColor:
    if not hex_color:
        return QColor(0, 0, 0, 0)
    red, green, blue = hex_to_rgb(hex_color)
    return QColor(red, green, blue, alpha)


def text_size_for(rect: Rect, factor: float = 0.11, low: float = 2.5, high: float = 11.0) -> float:
    """A readable label height (mm) for a box of this size."""
    return max(low, min(high, min(rect.height * factor, rect.width * 0.06)))


class BoardItem(QGraphicsItem):
    """Base: an object of the board with a rect; selectable, draggable, maybe resizable."""

    resizable = True
    editable_text = True
    z_base = 2.0

    def __init__(self, board_scene: BoardScene, key: str, value: Any) -> None:
        super().__init__()
        self.board_scene = board_scene
        self.key = key
        self.value = value
        self._width = 0.0
        self._height = 0.0
        self._bounds: QRectF | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, board_scene.interactive)
        self.setAcceptHoverEvents(board_scene.interactive)
        self.setZValue(self.z_base)
        self.sync(value)

    def restack(self) -> None:
        """Lie where the core's stacking order says (boards.editing.order): later in its list a hair higher."""
        self.setZValue(stack_level(self.board_scene.board, self.value) + self.board_scene.list_place(self.key))

    @property
    def printed(self) -> bool:
        return getattr(self.value, "printed", True)

    @property
    def locked(self) -> bool:
        return getattr(self.value, "locked", False)

    # --- geometry --------------------------------------------------------------------------

    @property
    def object_id(self) -> str:
        return getattr(self.value, "id", self.key)

    def model_rect(self) -> Rect:
        rect = object_rect(self.value)
        return rect if rect is not None else Rect(0, 0, 1, 1)

    def sync(self, value: Any) -> None:
        """Take a new model value and redraw."""
        self.value = value
        self.set_live_rect(self.model_rect())
        self.update()  # the cached picture is of the old value
        self.restack()

    def live_rect(self) -> Rect:
        """Where the item is now (during a drag this differs from the model)."""
        return Rect(self.pos().x(), self.pos().y(), self._width, self._height)

    def set_live_rect(self, rect: Rect) -> None:
        if (rect.width, rect.height) != (self._width, self._height):
            self.prepareGeometryChange()
            self._width, self._height = rect.width, rect.height
            self._bounds = None
            self.update()
        self.setPos(rect.x, rect.y)  # a move alone keeps the picture cached during a drag (BoardScene.begin_drag)
        handles = getattr(self, "_handles", None)
        if handles:
            self.place_handles()

    def local_rect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def boundingRect(self) -> QRectF:
        if self._bounds is None:  # Qt asks very often (every frame of a drag, for every part)
            margin = 1.5
            self._bounds = self.local_rect().adjusted(-margin, -margin, margin, margin)
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.local_rect())
        return path

    def field_at(self, local: QPointF) -> str:
        """Which text a double-click at ``local`` edits (zones: label or question)."""
        return "label"

    def label_rect(self, field: str = "label") -> QRectF:
        """Where the inline editor goes."""
        return self.local_rect().adjusted(2, 2, -2, -2)

    def edit_text(self, field: str = "label") -> str:
        return getattr(self.value, field, "")

    def with_text(self, text: str, field: str = "label") -> Any:
        from dataclasses import replace

        return replace(self.value, **{field: text})

    def text_size_mm(self) -> float:
        return text_size_for(self.model_rect())

    # --- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.printed and not self.board_scene.interactive:
            return  # a preview or an export shows what is printed
        hidden = not self.printed and self.board_scene.interactive
        if hidden:  # shown faintly: a designer's aid that is not printed
            painter.setOpacity(0.45)
        try:
            self.paint_content(painter, self.local_rect())
        except Exception:  # a drawing bug must never take the app (and unsaved work) down
            logging.getLogger(__name__).exception("cannot draw %s", self.key)
        if hidden:
            painter.setOpacity(1.0)
            pen = QPen(QColor("#7a6a58"), 0, Qt.PenStyle.DotLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.local_rect())
        if self.isSelected():
            pen = QPen(SELECTION_COLOR, 0)
            pen.setCosmetic(True)
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.selection_outline())

    def selection_outline(self) -> QPainterPath:
        """What the dashed selection mark goes round: the item's box."""
        path = QPainterPath()
        path.addRect(self.local_rect())
        return path

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    # --- handles ---------------------------------------------------------------------------

    def show_handles(self, visible: bool) -> None:
        existing = getattr(self, "_handles", None)
        if visible and not existing:
            handles = self.make_handles()
            if handles:
                self._handles = handles
                self.place_handles()
        elif not visible and existing:
            for handle in existing:
                handle.setParentItem(None)
                if handle.scene() is not None:
                    handle.scene().removeItem(handle)
            self._handles = []

    def make_handles(self) -> list[QGraphicsItem]:
        return [ResizeHandle(self, role) for role in HANDLE_ROLES] if self.resizable and not self.locked else []

    def place_handles(self) -> None:
        w, h = self._width, self._height
        spots = {
            "nw": (0, 0),
            "n": (w / 2, 0),
            "ne": (w, 0),
            "e": (w, h / 2),
            "se": (w, h),
            "s": (w / 2, h),
            "sw": (0, h),
            "w": (0, h / 2),
        }
        for handle in getattr(self, "_handles", []):
            handle.setPos(*spots[handle.role])

    # --- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.board_scene.interactive or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        toggling = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if toggling:
            self.setSelected(not self.isSelected())
        elif not self.isSelected():
            # a part of a group (Ctrl+G) selects the whole group
            self.board_scene.select_keys(with_bundles(self.board_scene.board, [self.key]))
        if self.isSelected():
            self.board_scene.begin_drag(self, event.scenePos())
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.board_scene.drag_to(event.scenePos(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.board_scene.end_drag()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.board_scene.interactive and self.editable_text:
            self.board_scene.start_inline_edit(self, self.field_at(event.pos()))
            event.accept()
        else:
            super().mouseDoubleClickEvent(event)


class _Grip(QGraphicsItem):
    """A small grip of constant screen size on a selected item; pressing, dragging and
    releasing it with the left button is handed to ``begin``, ``drag`` and ``end``."""

    SIZE_PX = 9.0

    def __init__(self, owner: Any, role: str, cursor: Qt.CursorShape) -> None:
        super().__init__(owner)
        self.owner = owner
        self.role = role
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setCursor(cursor)
        self.setZValue(100)

    def boundingRect(self) -> QRectF:
        half = self.SIZE_PX / 2
        return QRectF(-half, -half, self.SIZE_PX, self.SIZE_PX)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(SELECTION_COLOR, 1))
        painter.setBrush(QColor("white"))
        self.draw_shape(painter, self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin()
            event.accept()
        else:
            event.ignore()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.drag(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.end()

    def draw_shape(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    def begin(self) -> None:
        raise NotImplementedError

    def drag(self, event: QGraphicsSceneMouseEvent) -> None:
        raise NotImplementedError

    def end(self) -> None:
        raise NotImplementedError


class ResizeHandle(_Grip):
    """A small square at a corner or edge; drag it to resize its item."""

    def __init__(self, owner: BoardItem, role: str) -> None:
        super().__init__(owner, role, _CURSORS[role])

    def draw_shape(self, painter: QPainter, rect: QRectF) -> None:
        painter.drawRect(rect)

    def begin(self) -> None:
        self.owner.board_scene.begin_resize(self.owner, self.role)

    def drag(self, event: QGraphicsSceneMouseEvent) -> None:
        self.owner.board_scene.resize_to(event.scenePos(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))

    def end(self) -> None:
        self.owner.board_scene.end_resize()


class LineEndHandle(_Grip):
    """A round grip on one end (``start`` or ``end``) of a selected line; drag it to move that end."""

    SIZE_PX = 10.0

    def __init__(self, owner: LineItem, role: str) -> None:
        super().__init__(owner, role, Qt.CursorShape.SizeAllCursor)

    def draw_shape(self, painter: QPainter, rect: QRectF) -> None:
        painter.drawEllipse(rect)

    def begin(self) -> None:
        self.owner.board_scene.begin_line_end(self.owner, self.role)

    def drag(self, event: QGraphicsSceneMouseEvent) -> None:
        modifiers = event.modifiers()
        self.owner.board_scene.line_end_to(
            event.scenePos(),
            bool(modifiers & Qt.KeyboardModifier.AltModifier),
            bool(modifiers & Qt.KeyboardModifier.ShiftModifier),
        )

    def end(self) -> None:
        self.owner.board_scene.end_line_end()


class BendHandle(_Grip):
    """A bend (waypoint) of a selected arrow: drag it to move the bend, double-click it to take it away."""

    SIZE_PX = 10.0

    def __init__(self, owner: ConnectorItem, place: int) -> None:
        super().__init__(owner, "bend", Qt.CursorShape.SizeAllCursor)
        self.place = place
        self.setToolTip(QCoreApplication.translate("editor", "Sleep om de knik te verplaatsen; dubbelklik: weghalen"))

    def draw_shape(self, painter: QPainter, rect: QRectF) -> None:
        painter.setBrush(SELECTION_COLOR)
        painter.drawEllipse(rect)

    def begin(self) -> None:
        self.owner.board_scene.begin_bend(self.owner, self.place, adding=False)

    def drag(self, event: QGraphicsSceneMouseEvent) -> None:
        moved = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
        if not self.owner.board_scene.bend_moved_yet() and moved.manhattanLength() < QApplication.startDragDistance():
            return  # a click, not a drag: the bend stays (and no new one is made)
        self.setPos(event.scenePos())
        self.owner.board_scene.bend_to(event.scenePos(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))

    def end(self) -> None:
        self.owner.board_scene.end_bend()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.owner.board_scene.remove_bend(self.owner, self.place)
        event.accept()


class NewBendHandle(BendHandle):
    """A faint grip in the middle of an arrow's leg: drag it out to make a new bend there."""

    SIZE_PX = 8.0

    def __init__(self, owner: ConnectorItem, place: int) -> None:
        super().__init__(owner, place)
        self.role = "new-bend"
        self.setToolTip(QCoreApplication.translate("editor", "Sleep om hier een knik in de pijl te maken"))
        self.setCursor(Qt.CursorShape.CrossCursor)

    def draw_shape(self, painter: QPainter, rect: QRectF) -> None:
        painter.setOpacity(0.8)
        painter.setBrush(QColor("white"))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def begin(self) -> None:
        self.owner.board_scene.begin_bend(self.owner, self.place, adding=True)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.owner.mouseDoubleClickEvent(event)  # it lies on the arrow: a double-click edits the label


class ZoneItem(BoardItem):
    """A zone: outline, label, question/definition and the dot kinds it collects."""

    def __init__(self, board_scene: BoardScene, key: str, value: Zone) -> None:
        super().__init__(board_scene, key, value)

    def text_size_mm(self) -> float:
        """The label's size: as set, else fitted to its room the way the print fits it (28 pt at most)."""
        zone: Zone = self.value
        size = zone.text_style.size_pt
        if size:
            return pt_to_mm(size)
        width, height = turned_size(text_area(replace(zone, rect=self.model_rect())), zone.rotation)
        detail = bool(zone.question or zone.definition)
        room = height * (0.45 if detail else 0.3) * (0.5 if detail else 1.0)
        text_width = width - 2 * ZONE_PAD_MM - len(zone.holds.dots) * DOT_MM * 1.4
        return fit_text_size(
            zone.label,
            round(max(text_width, 1.0), 1),
            round(max(room, 1.0), 1),
            pt_to_mm(28),
            bold=zone_text(zone).bold,
            minimum_mm=pt_to_mm(9),
        )

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        zone: Zone = self.value
        stroke = zone_stroke(zone)
        painter.setPen(stroke_pen(stroke) if stroke.visible else Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(zone.fill) if zone.fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(outline_path(zone.shape, rect))
        if zone.shape is Shape.NOTE and stroke.visible:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(note_fold_path(rect))
        area = text_area(Zone(zone.id, zone.kind, Rect(0, 0, rect.width(), rect.height()), "", shape=zone.shape))
        with Turned(painter, QRectF(area.x, area.y, area.width, area.height), zone.rotation) as turned:
            self._paint_texts(painter, turned)

    def _paint_texts(self, painter: QPainter, rect: QRectF) -> None:
        zone: Zone = self.value
        look = zone_text(zone)
        ink = QColor(look.color)
        soft = ink if zone.text_style.color else SOFT_INK
        flags = int(alignment_flag(look.align) | Qt.AlignmentFlag.AlignTop)
        size = self.text_size_mm()
        inner = self._inner(rect)
        dots_width = len(zone.holds.dots) * DOT_MM * 1.4
        label_box = inner.adjusted(0, 0, -dots_width, 0)
        draw_text(painter, label_box, zone.label, size, bold=look.bold, flags=flags, color=ink)
        y = self._detail_top(inner)
        detail = zone.question or zone.definition
        if detail:
            small = size * 0.62
            draw_text(
                painter,
                QRectF(inner.x(), y, inner.width(), max(0.0, inner.bottom() - y - size)),
                detail,
                small,
                italic=True,
                flags=flags,
                color=soft,
            )
        for index, kind in enumerate(zone.holds.dots):  # as printed: dot stickers in the top-right corner
            painter.setPen(QPen(INK, 0.35))
            painter.setBrush(qcolor(kind.color))
            center = QPointF(inner.right() - DOT_MM / 2 - index * DOT_MM * 1.4, inner.top() + DOT_MM / 2)
            painter.drawEllipse(center, DOT_MM / 2, DOT_MM / 2)
        if zone.holds.rows and not zone.rotation:
            painter.setPen(QPen(SOFT_INK, 0.25, Qt.PenStyle.DashLine))
            step = max(size * 2.2, 8.0)
            line_y = y + step
            while line_y < inner.bottom() - step * 0.5:
                painter.drawLine(QPointF(inner.x(), line_y), QPointF(inner.right(), line_y))
                line_y += step

    def _inner(self, rect: QRectF) -> QRectF:
        return rect.adjusted(ZONE_PAD_MM, ZONE_PAD_MM, -ZONE_PAD_MM, -ZONE_PAD_MM)

    def _detail_top(self, inner: QRectF) -> float:
        size = self.text_size_mm()
        return inner.y() + size * 1.45 * max(1, _line_estimate(self.value.label, inner.width(), size))

    def _detail_field(self) -> str:
        return "definition" if self.value.definition and not self.value.question else "question"

    def field_at(self, local: QPointF) -> str:
        inner = self._inner(self.local_rect())
        return self._detail_field() if local.y() > self._detail_top(inner) else "label"

    def label_rect(self, field: str = "label") -> QRectF:
        inner = self._inner(self.local_rect())
        if field == "label":
            return inner
        top = self._detail_top(inner)
        return QRectF(inner.x(), top, inner.width(), max(inner.bottom() - top, self.text_size_mm() * 2))


def _line_estimate(text: str, width_mm: float, size_mm: float) -> int:
    """Rough number of lines a label wraps to (average glyph ≈ 0.58 em)."""
    if width_mm <= 0:
        return 1
    chars_per_line = max(1, int(width_mm / (size_mm * 0.62)))
    return max(1, math.ceil(len(text) / chars_per_line))


class GroupItem(BoardItem):
    """A group heading: bold text over a band, e.g. "PRIMAIR (lesgeven)"."""

    z_base = 1.0

    def model_rect(self) -> Rect:
        group: Group = self.value
        return group.rect if group.rect is not None else Rect(0, 0, 40, 10)

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        group: Group = self.value
        look = group_text(group)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(group.fill or GROUP_FILL))
        radius = min(rect.height() * 0.25, 3.0)
        painter.drawRoundedRect(rect, radius, radius)
        size = self.text_size_mm()
        pad = 3.5
        draw_text(
            painter,
            rect.adjusted(pad, 0, -pad, 0),
            group.label,
            size,
            bold=look.bold,
            flags=int(alignment_flag(look.align) | Qt.AlignmentFlag.AlignVCenter),
            color=QColor(look.color),
        )

    def text_size_mm(self) -> float:
        size = self.value.text_style.size_pt
        return pt_to_mm(size) if size else max(3.0, min(self._height * 0.55, 14.0))


class TextItem(BoardItem):
    z_base = 4.0

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        element: TextElement = self.value
        stroke = text_stroke(element)
        if element.fill or stroke.visible:
            painter.setPen(stroke_pen(stroke) if stroke.visible else Qt.PenStyle.NoPen)
            painter.setBrush(qcolor(element.fill) if element.fill else Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        size = self.text_size_mm()
        flags = int(alignment_flag(element.align) | Qt.AlignmentFlag.AlignTop)
        color = QColor(element.color) if element.color else INK
        with Turned(painter, rect, element.rotation) as turned:
            draw_text(painter, turned, element.text, size, bold=element.bold, flags=flags, color=color)
        if self.isSelected() or not element.text:
            painter.setPen(QPen(QColor(43, 29, 18, 90), 0.2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

    def text_size_mm(self) -> float:
        element: TextElement = self.value
        if element.font_size_pt:
            return pt_to_mm(element.font_size_pt)
        width, height = (self._height, self._width) if element.rotation in (90, 270) else (self._width, self._height)
        return fit_text_size(
            self.value.text,
            round(width, 1),
            round(height, 1),
            max(2.5, min(height * 0.5, 20.0)),
            bold=self.value.bold,
        )

    def edit_text(self, field: str = "label") -> str:
        return self.value.text

    def with_text(self, text: str, field: str = "label") -> Any:
        from dataclasses import replace

        return replace(self.value, text=text)


class SymbolItem(BoardItem):
    z_base = 5.0

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        element: SymbolElement = self.value
        color = QColor(element.color) if element.color else INK
        with Turned(painter, rect, element.rotation) as turned:
            self._paint_symbol(painter, turned, color)

    def _paint_symbol(self, painter: QPainter, rect: QRectF, color: QColor) -> None:
        element: SymbolElement = self.value
        label_height = min(rect.height() * 0.28, 12.0) if element.label else 0.0
        draw_symbol(
            painter,
            element.symbol,
            rect.adjusted(0, 0, 0, -label_height),
            color=color,
            width_mm=max(0.4, rect.width() * 0.02),
        )
        if element.label:
            draw_text(
                painter,
                QRectF(rect.x() - rect.width() * 0.25, rect.bottom() - label_height, rect.width() * 1.5, label_height),
                element.label,
                label_height * 0.7,
                flags=int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                color=color,
            )

    def label_rect(self, field: str = "label") -> QRectF:
        rect = self.local_rect()
        return QRectF(
            rect.x(), rect.bottom() - min(rect.height() * 0.28, 12.0), rect.width(), min(rect.height() * 0.28, 12.0)
        )

    def text_size_mm(self) -> float:
        return max(2.5, min(self._height * 0.28, 12.0) * 0.7)

    def tooltip_label(self) -> str:
        return SYMBOL_LABELS[self.value.symbol]


class HeaderItem(BoardItem):
    """The title block: board title, guiding question, method; the QR code is printed here."""

    z_base = 1.0

    def model_rect(self) -> Rect:
        return self.value

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        board = self.board_scene.board
        painter.setPen(QPen(INK, 0.5))
        painter.setBrush(QColor(255, 255, 255, 45))
        painter.drawRect(rect)
        qr = min(rect.height() - 6, 60.0)
        painter.setPen(QPen(SOFT_INK, 0.3, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        qr_rect = QRectF(rect.right() - qr - 3, rect.y() + 3, qr, qr)
        painter.drawRect(qr_rect)
        draw_text(painter, qr_rect, "QR", qr * 0.25, color=SOFT_INK, flags=int(Qt.AlignmentFlag.AlignCenter))
        title_size = max(4.0, min(rect.height() * 0.22, 24.0))
        text_width = rect.width() - qr - 12
        draw_text(
            painter,
            QRectF(rect.x() + 4, rect.y() + 3, text_width, title_size * 1.5),
            board.title,
            title_size,
            bold=True,
        )
        y = rect.y() + 3 + title_size * 1.5
        if board.question:
            size = title_size * 0.62
            draw_text(
                painter,
                QRectF(rect.x() + 4, y, text_width, size * 2.8),
                board.question,
                size,
                bold=True,
                color=SOFT_INK,
            )
            y += size * 2.8
        draw_text(
            painter,
            QRectF(rect.x() + 4, y, text_width, max(0.0, rect.bottom() - y - 2)),
            self.board_scene.header_subtitle(),
            title_size * 0.4,
            color=SOFT_INK,
        )

    def edit_text(self, field: str = "label") -> str:
        return self.board_scene.board.title

    def with_text(self, text: str, field: str = "label") -> Any:
        return text  # handled by the scene: changes the board title


class LegendItem(BoardItem):
    z_base = 3.0
    editable_text = False

    def model_rect(self) -> Rect:
        return self.value.rect

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        legend: Legend = self.value
        painter.setPen(QPen(INK, 0.5))
        painter.setBrush(QColor(255, 255, 255, 60))
        painter.drawRect(rect)
        size = max(2.5, min(rect.height() * 0.09, 8.0))
        pad = size * 0.6
        y = rect.y() + pad
        draw_text(
            painter,
            QRectF(rect.x() + pad, y, rect.width() - 2 * pad, size * 1.4),
            legend.title or "Legenda",
            size,
            bold=True,
        )
        y += size * 1.7
        rows: list[tuple[str, Any]] = []
        if legend.dot_kinds:
            rows += [(kind.label, kind.color) for kind in self.board_scene.board.dot_kinds()]
        rows += [(entry.label, entry.symbol or entry.color) for entry in legend.entries]
        for label, mark in rows:
            if y + size > rect.bottom():
                break
            if isinstance(mark, VsmSymbol):
                draw_symbol(painter, mark, QRectF(rect.x() + pad, y, size * 1.1, size * 1.1), width_mm=0.3)
            elif isinstance(mark, str):
                painter.setPen(QPen(INK, 0.3))
                painter.setBrush(qcolor(mark))
                painter.drawEllipse(QPointF(rect.x() + pad + size * 0.5, y + size * 0.55), size * 0.45, size * 0.45)
            draw_text(
                painter,
                QRectF(rect.x() + pad + size * 1.6, y, rect.width() - 2 * pad - size * 1.6, size * 1.4),
                label,
                size * 0.85,
            )
            y += size * 1.45


class LineItem(BoardItem):
    resizable = False
    editable_text = False
    z_base = 6.0

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        line: LineElement = self.value
        origin = self.model_rect()
        start = QPointF(line.start.x - origin.x, line.start.y - origin.y)
        end = QPointF(line.end.x - origin.x, line.end.y - origin.y)
        color = QColor(line.color) if line.color else INK
        pen = QPen(color, line.width_mm, Qt.PenStyle.DashLine if line.dashed else Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(start, end)
        if line.arrow:
            _draw_arrow_head(painter, QLineF(start, end), max(3.0, line.width_mm * 5))

    def make_handles(self) -> list[QGraphicsItem]:
        return [LineEndHandle(self, role) for role in ("start", "end")]

    def place_handles(self) -> None:
        line: LineElement = self.value
        origin = self.model_rect()
        for handle in getattr(self, "_handles", []):
            point = line.start if handle.role == "start" else line.end
            handle.setPos(point.x - origin.x, point.y - origin.y)

    def shape(self) -> QPainterPath:
        line: LineElement = self.value
        origin = self.model_rect()
        path = QPainterPath(QPointF(line.start.x - origin.x, line.start.y - origin.y))
        path.lineTo(QPointF(line.end.x - origin.x, line.end.y - origin.y))
        stroker = QPainterPathStroker()
        stroker.setWidth(max(3.0, line.width_mm * 3))
        return stroker.createStroke(path)

    def selection_outline(self) -> QPainterPath:
        return self.shape()  # a line is marked along itself, not round its box


def _draw_arrow_head(painter: QPainter, line: QLineF, size: float) -> None:
    if line.length() <= 0:
        return
    angle = math.atan2(line.dy(), line.dx())
    tip = line.p2()
    left = QPointF(tip.x() - size * math.cos(angle - 0.4), tip.y() - size * math.sin(angle - 0.4))
    right = QPointF(tip.x() - size * math.cos(angle + 0.4), tip.y() - size * math.sin(angle + 0.4))
    painter.setBrush(painter.pen().color())
    painter.drawPolygon(QPolygonF([tip, left, right]))


class ImageItem(BoardItem):
    """A picture (PNG, JPEG or SVG) stretched into its rect; resizing keeps its aspect."""

    z_base = 3.0
    editable_text = False

    def paint_content(self, painter: QPainter, rect: QRectF) -> None:
        element: ImageElement = self.value
        with Turned(painter, rect, element.rotation) as turned:
            if element.media_type == "image/svg+xml":
                renderer = svg_renderer(element.data)
                if renderer is not None and renderer.isValid():
                    renderer.render(painter, turned)
                    return
            else:
                image = raster_image(element.data)
                if not image.isNull():
                    painter.drawImage(turned, image)
                    return
            painter.setPen(QPen(SOFT_INK, 0.3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(turned)
            painter.drawLine(turned.topLeft(), turned.bottomRight())
            painter.drawLine(turned.topRight(), turned.bottomLeft())


@lru_cache(maxsize=64)
def raster_image(data: bytes) -> QImage:
    return QImage.fromData(data)


@lru_cache(maxsize=64)
def svg_renderer(data: bytes) -> Any:
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(QByteArray(data))


class ConnectorItem(QGraphicsItem):
    """An arrow between two parts (straight, through waypoints, or with elbows); recomputed when an end moves.

    Selected on its own it shows a grip on every bend (drag to move, double-click to take away)
    and a faint one in the middle of every leg (drag out to make a new bend); a double-click on
    the arrow edits its label.
    """

    editable_text = True

    def __init__(self, board_scene: BoardScene, key: str, value: ConnectorElement) -> None:
        super().__init__()
        self.board_scene = board_scene
        self.key = key
        self.value = value
        self._points: tuple[QPointF, ...] = ()
        self._drawn: tuple[tuple[QPointF, ...], QPainterPath, QRectF] | None = None  # points, path, bounds
        self._handles: list[BendHandle] = []
        self._handles_wanted = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, board_scene.interactive)
        self.refresh(routed=False)
        board_scene.route_later(self)

    @property
    def object_id(self) -> str:
        return self.value.id

    def sync(self, value: ConnectorElement) -> None:
        self.value = value
        self.refresh()
        if self._handles_wanted:
            # Not now: a handle may be in the middle of its own mouse event (this change came from it).
            QTimer.singleShot(0, self._rebuild_handles)

    def preview(self, value: ConnectorElement) -> None:
        """Draw the arrow as it would be (a bend being dragged); the model is not changed."""
        self.value = value
        self.refresh(routed=False)

    # --- bends -----------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.value.locked

    def show_handles(self, visible: bool) -> None:
        wanted = visible and not self.value.locked and self.board_scene.interactive
        if wanted == self._handles_wanted:
            return
        self._handles_wanted = wanted
        self._rebuild_handles()

    def _rebuild_handles(self) -> None:
        for handle in self._handles:
            handle.setParentItem(None)
            if handle.scene() is not None:
                handle.scene().removeItem(handle)
        self._handles = []
        if not self._handles_wanted or self.scene() is None or len(self._points) < 2:
            return
        path = tuple(_model_point(point) for point in self._points)
        for place, point in bend_spots(self.value, path):
            handle = NewBendHandle(self, place)
            handle.setPos(point.x, point.y)
            self._handles.append(handle)
        for place, point in enumerate(self.value.waypoints):
            handle = BendHandle(self, place)
            handle.setPos(point.x, point.y)
            self._handles.append(handle)

    def _place_handles(self) -> None:
        """Put the grips where the arrow now runs (its ends moved, it was routed again)."""
        path = tuple(_model_point(point) for point in self._points)
        spots = [point for _, point in bend_spots(self.value, path)] if len(path) >= 2 else []
        new, bends = (
            [h for h in self._handles if isinstance(h, NewBendHandle)],
            [h for h in self._handles if not isinstance(h, NewBendHandle)],
        )
        if len(new) != len(spots) or len(bends) != len(self.value.waypoints):
            QTimer.singleShot(0, self._rebuild_handles)
            return
        for handle, point in zip(new, spots):
            handle.setPos(point.x, point.y)
        for handle, point in zip(bends, self.value.waypoints):
            handle.setPos(point.x, point.y)

    def handles(self) -> list[BendHandle]:
        return list(self._handles)

    # --- its label, edited in place ----------------------------------------------------------

    def text_size_mm(self) -> float:
        return CONNECTOR_LABEL_MM

    def edit_text(self, field: str = "label") -> str:
        return self.value.label

    def with_text(self, text: str, field: str = "label") -> ConnectorElement:
        return replace(self.value, label=text)

    def label_rect(self, field: str = "label") -> QRectF:
        if len(self._points) < 2:
            return QRectF()
        middle = label_point(tuple(_model_point(point) for point in self._points))
        return QRectF(middle.x - 30, middle.y - 8, 60, 8)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.board_scene.interactive:
            self.board_scene.start_inline_edit(self)
            event.accept()
        else:
            super().mouseDoubleClickEvent(event)

    def refresh(self, routed: bool = True) -> None:
        """The arrow as printed (boards.connectors); during a drag (or ``routed=False``) the quick path.

        Routing every arrow of a big board takes a while, so a new scene draws the
        quick paths first and routes them in the background (``BoardScene.route_later``).
        """
        self.prepareGeometryChange()
        if not self.pos().isNull():
            self.setPos(0, 0)  # the points below are where they are on the board
        if self.board_scene.dragging or not routed:
            source = self.board_scene.live_rect(self.value.source)
            target = self.board_scene.live_rect(self.value.target)
            path = connector_path(self.value, source, target) if source and target else None
        else:
            path = connector_points(self.board_scene.board, self.value)
        self._points = tuple(QPointF(p.x, p.y) for p in path) if path else ()
        self.setZValue(stack_level(self.board_scene.board, self.value) + self.board_scene.list_place(self.key))
        self.update()
        if self._handles and not self.board_scene.bending:
            self._place_handles()

    def follow(self, dx: float, dy: float) -> None:
        """Both ends (and the bends) move by (dx, dy) from where the arrow was drawn: shift the drawn
        arrow as it is, so its cached picture moves instead of being drawn again (refresh() puts it
        back on its points)."""
        self.setPos(dx, dy)

    def endpoints(self) -> QLineF:
        if len(self._points) < 2:
            return QLineF()
        return QLineF(self._points[0] + self.pos(), self._points[-1] + self.pos())

    def path_points(self) -> tuple[QPointF, ...]:
        offset = self.pos()
        return tuple(point + offset for point in self._points) if not offset.isNull() else self._points

    def _path(self) -> QPainterPath:
        if self._drawn is None or self._drawn[0] is not self._points:  # made once per new set of points
            path = QPainterPath()
            if self._points:
                path.moveTo(self._points[0])
                for point in self._points[1:]:
                    path.lineTo(point)
            bounds = path.boundingRect().adjusted(-8, -8, 8, 8) if self._points else QRectF()
            self._drawn = (self._points, path, bounds)
        return self._drawn[1]

    def boundingRect(self) -> QRectF:
        self._path()
        return self._drawn[2]

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(4.0)
        return stroker.createStroke(self._path())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if len(self._points) < 2:
            return
        stroke = connector_stroke(self.value)
        color = SELECTION_COLOR if self.isSelected() else QColor(stroke.color)
        hidden = not self.value.printed and self.board_scene.interactive
        if hidden:
            painter.setOpacity(0.45)
        pen = QPen(color, stroke.width_mm, Qt.PenStyle.DashLine if self.value.dashed else Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path())
        if self.value.arrow:
            painter.setPen(QPen(color, stroke.width_mm))
            _draw_arrow_head(painter, QLineF(self._points[-2], self._points[-1]), max(4.0, stroke.width_mm * 6))
        if self.value.label:
            middle = label_point(tuple(_model_point(point) for point in self._points))
            draw_text(
                painter,
                QRectF(middle.x - 30, middle.y - 7, 60, 6),
                self.value.label,
                CONNECTOR_LABEL_MM,
                flags=int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                color=QColor(stroke.color),
            )
        if hidden:
            painter.setOpacity(1.0)


def _model_point(point: QPointF) -> Any:
    from boards.geometry import Point

    return Point(point.x(), point.y())
