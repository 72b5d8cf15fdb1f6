"""The board as a QGraphicsScene in millimetres (1 scene unit = 1 mm).

The scene mirrors the document's model: it builds one item per zone, group
and element and updates them when the document says they changed. Mouse
drags and resizes move items live (snapped to the grid and to other edges)
and push a single undo command when the mouse is released.
"""

from __future__ import annotations

import bisect
import copy
import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsScene, QGraphicsTextItem

from boards.colors import KRAFT_BROWN
from boards.editing import (
    HEADER_KEY,
    LEGEND_KEY,
    MAX_BENDS,
    bend_added,
    bend_moved,
    bend_removed,
    carried_along,
    clamp_move,
    element_key,
    group_key,
    split_key,
    zone_key,
)
from boards.errors import BruinpapierError
from boards.geometry import Point, Rect
from boards.images import fit_aspect
from boards.methods import get_method
from boards.model import Board, ConnectorElement, ImageElement, LineElement, Shape, SymbolElement, TextElement, Zone
from desktop.document import BoardDocument
from desktop.editor.items import (
    BoardItem,
    ConnectorItem,
    GroupItem,
    HeaderItem,
    ImageItem,
    LegendItem,
    LineItem,
    SymbolItem,
    TextItem,
    ZoneItem,
    qcolor,
)
from desktop.editor.operations import (
    clamp_point,
    clamp_rect,
    constrain_line,
    line_length,
    resize_rect,
    snap_edge,
    snap_rect_move,
    snap_value,
)
from desktop.editor.painting import mm_font

#: Lines shorter than this (mm) are not drawn: a click is not a line.
MIN_LINE_MM = 2.0

#: Grey around the paper, in the app's palette.
DESK_COLOR = QColor("#e9e6e1")
PAPER_MARGIN_MM = 40.0


class InlineEditor(QGraphicsTextItem):
    """Edits a label in place: Enter commits, Shift+Enter a new line, Escape cancels."""

    def __init__(self, board_scene: BoardScene, item: BoardItem | ConnectorItem, field: str = "label") -> None:
        super().__init__()
        self.board_scene = board_scene
        self.target = item
        self.field = field
        self._done = False
        size = item.text_size_mm() * (0.62 if field != "label" else 1.0)
        self.setScale(0.1)
        self.setFont(mm_font(size, bold=field == "label" and isinstance(item, (ZoneItem, GroupItem, HeaderItem))))
        self.setPlainText(item.edit_text(field))
        rect = item.label_rect(field)
        top_left = item.mapToScene(rect.topLeft())
        self.setPos(top_left)
        self.setTextWidth(max(rect.width(), 20.0) * 10)
        self.setZValue(1000)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setDefaultTextColor(QColor("#2b1d12"))

    def paint(self, painter: QPainter, option: Any, widget: Any = None) -> None:
        painter.setPen(QPen(QColor("#1565c0"), 0))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def begin(self) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish(commit=True)

    def finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        self.board_scene.finish_inline_edit(self, self.toPlainText() if commit else None)


class BoardScene(QGraphicsScene):
    """Draws a document's board and turns mouse gestures into undo commands."""

    selection_keys_changed = Signal(list)
    line_mode_changed = Signal(bool)
    message = Signal(str)  # something for the status bar
    live_rects = Signal(dict)  # key → Rect of the parts being dragged or resized now; {}: the gesture is over

    def __init__(self, document: BoardDocument, interactive: bool = True, parent: Any = None) -> None:
        super().__init__(parent)
        self.interactive = interactive
        self.grid_mm = 5.0
        self.snap_enabled = True
        self.snap_tolerance_mm = 3.0
        self.show_grid = True
        self._items: dict[str, BoardItem | ConnectorItem] = {}
        self._places: dict[str, int] | None = None  # key → place in its list, for stacking
        self._to_route: list[ConnectorItem] = []
        self._route_timer = QTimer(self)
        self._route_timer.setInterval(0)
        self._route_timer.timeout.connect(self._route_some)
        self._drag: dict[str, Any] | None = None
        self._resize: dict[str, Any] | None = None
        self._editor: InlineEditor | None = None
        self._sequence = 0
        self._selection_order: list[str] = []
        self._guides: tuple[list[float], list[float]] = ([], [])  # x and y of edges snapped to, while dragging
        self._line_mode = False
        self._line_draw: dict[str, Any] | None = None  # a line being drawn: start point and preview
        self._line_end: dict[str, Any] | None = None  # an end of a line being dragged
        self._bend: dict[str, Any] | None = None  # a bend of an arrow being dragged (or pulled out)
        self.document = document
        document.changed.connect(self._on_changed)
        document.board_reset.connect(self.rebuild)
        self.selectionChanged.connect(self._on_selection_changed)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.rebuild()

    # --- model mirror ----------------------------------------------------------------------

    def next_sequence(self) -> float:
        """A tiny, growing z offset: what is added later lies on top."""
        self._sequence += 1
        return min(self._sequence * 1e-6, 0.09)

    def list_place(self, key: str) -> float:
        """A tiny z offset by a part's place in its list, so the editor stacks like the print."""
        if self._places is None:
            board = self.board
            places = {zone_key(zone.id): index for index, zone in enumerate(board.zones)}
            places.update({group_key(group.id): index for index, group in enumerate(board.groups)})
            places.update({element_key(element.id): index for index, element in enumerate(board.elements)})
            self._places = places
        return min(self._places.get(key, 0) * 1e-5, 0.09)

    @property
    def board(self) -> Board:
        return self.document.board

    def rebuild(self) -> None:
        selected = self.selected_keys()
        self._cancel_gestures()
        for item in list(self._items.values()):
            self.removeItem(item)
        self._items.clear()
        self._to_route.clear()
        self._sequence = 0
        self._places = None
        board = self.board
        self.setSceneRect(
            QRectF(
                -PAPER_MARGIN_MM,
                -PAPER_MARGIN_MM,
                board.width_mm + 2 * PAPER_MARGIN_MM,
                board.height_mm + 2 * PAPER_MARGIN_MM,
            )
        )
        connectors = []
        pairs: list[tuple[str, Any]] = [(zone_key(zone.id), zone) for zone in board.zones]
        pairs += [(group_key(group.id), group) for group in board.groups]
        pairs += [(element_key(element.id), element) for element in board.elements]
        if board.header is not None:
            pairs.append((HEADER_KEY, board.header))
        if board.legend is not None:
            pairs.append((LEGEND_KEY, board.legend))
        for key, value in pairs:
            if isinstance(value, ConnectorElement):
                connectors.append((key, value))
            else:
                self._add_item(key, value)
        for key, value in connectors:
            self._add_item(key, value)
        self.select_keys([key for key in selected if key in self._items])
        self.update()

    def _make_item(self, key: str, value: Any) -> BoardItem | ConnectorItem:
        kind, _ = split_key(key)
        if kind == HEADER_KEY:
            return HeaderItem(self, key, value)
        if kind == LEGEND_KEY:
            return LegendItem(self, key, value)
        if kind == "zone":
            return ZoneItem(self, key, value)
        if kind == "group":
            return GroupItem(self, key, value)
        if isinstance(value, TextElement):
            return TextItem(self, key, value)
        if isinstance(value, SymbolElement):
            return SymbolItem(self, key, value)
        if isinstance(value, ConnectorElement):
            return ConnectorItem(self, key, value)
        if isinstance(value, LineElement):
            return LineItem(self, key, value)
        if isinstance(value, ImageElement):
            return ImageItem(self, key, value)
        raise TypeError(f"no item for {key}")

    def _add_item(self, key: str, value: Any) -> None:
        if split_key(key)[0] == "group" and value.rect is None:
            return  # a group without a drawn heading
        item = self._make_item(key, value)
        self._items[key] = item
        self.addItem(item)

    def _on_changed(self, keys: list[str]) -> None:
        self._cancel_gestures()
        self._places = None
        for key in keys:
            if split_key(key)[0] == "bundle":
                continue  # bundles are not drawn
            value = self.document.get(key)
            item = self._items.get(key)
            if value is None or (split_key(key)[0] == "group" and value.rect is None):
                if item is not None:
                    if isinstance(item, BoardItem):
                        item.show_handles(False)
                    self.removeItem(item)
                    del self._items[key]
            elif item is None:
                self._add_item(key, value)
            else:
                item.sync(value)
        self.refresh_connectors({split_key(key)[1] for key in keys})
        self.reroute_connectors()
        legend = self._items.get(LEGEND_KEY)
        if legend is not None:
            legend.update()
        header = self._items.get(HEADER_KEY)
        if header is not None:
            header.update()
        self._on_selection_changed()

    def refresh_connectors(self, ids: set[str] | None = None) -> None:
        """Arrows at the given parts follow them at once on the quick path (all arrows when ``ids`` is None)."""
        for item in self._items.values():
            if isinstance(item, ConnectorItem) and (
                ids is None or item.value.source in ids or item.value.target in ids
            ):
                item.refresh(routed=False)

    def reroute_connectors(self) -> None:
        """Route every arrow again in the background: a moved part may change the way round it."""
        self._to_route = [item for item in self._items.values() if isinstance(item, ConnectorItem)]
        if self._to_route and not self._route_timer.isActive():
            self._route_timer.start()

    def route_later(self, item: ConnectorItem) -> None:
        """Route an arrow when the app is idle (a few per turn of the event loop)."""
        self._to_route.append(item)
        if not self._route_timer.isActive():
            self._route_timer.start()

    def _route_some(self) -> None:
        started = time.perf_counter()
        while self._to_route and time.perf_counter() - started < 0.02:
            item = self._to_route.pop()
            if item.scene() is self:
                item.refresh()
        if not self._to_route:
            self._route_timer.stop()

    def route_all(self) -> None:
        """Route every arrow now (previews and exports show the board as printed)."""
        while self._to_route:
            item = self._to_route.pop()
            if item.scene() is self:
                item.refresh()
        self._route_timer.stop()

    @property
    def dragging(self) -> bool:
        """Parts are being dragged or resized: arrows follow them on the quick path."""
        return self._drag is not None or self._resize is not None

    def item_for(self, key: str) -> BoardItem | ConnectorItem | None:
        return self._items.get(key)

    def live_rect(self, object_id: str) -> Rect | None:
        """A zone's or boxed element's rect as it is on screen now (during drags too)."""
        for key in (zone_key(object_id), element_key(object_id)):
            item = self._items.get(key)
            if isinstance(item, BoardItem):
                return item.live_rect()
        return self.board.element_rect(object_id)

    def header_subtitle(self) -> str:
        board = self.board
        parts = []
        if board.method:
            try:
                method = get_method(board.method)
                parts.append(method.title)
                if board.step:
                    parts.append(method.step(board.step).title)
            except BruinpapierError:
                parts.append(board.method)
        parts.append(self.tr("school · team · datum"))
        return " — ".join(parts)

    # --- selection -------------------------------------------------------------------------

    def selected_keys(self) -> list[str]:
        """Selected keys in the order they were selected."""
        current = {item.key for item in self.selectedItems() if hasattr(item, "key")}
        ordered = [key for key in self._selection_order if key in current]
        return ordered + sorted(current - set(ordered))

    def select_keys(self, keys: list[str]) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for key in keys:
            item = self._items.get(key)
            if item is not None:
                item.setSelected(True)
        self.blockSignals(False)
        self._selection_order = [key for key in keys if key in self._items]
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        current = {item.key for item in self.selectedItems() if hasattr(item, "key")}
        self._selection_order = [key for key in self._selection_order if key in current]
        self._selection_order += sorted(current - set(self._selection_order))
        selected = [item for item in self.selectedItems() if isinstance(item, (BoardItem, ConnectorItem))]
        for item in self._items.values():
            item.show_handles(self.interactive and len(selected) == 1 and item is selected[0])
        self.selection_keys_changed.emit(self.selected_keys())

    # --- background ------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, DESK_COLOR)
        board = self.board
        paper = QRectF(0, 0, board.width_mm, board.height_mm)
        painter.fillRect(paper.translated(2.5, 2.5), QColor(0, 0, 0, 40))
        painter.fillRect(paper, qcolor(KRAFT_BROWN))
        scale = painter.worldTransform().m11()
        if self.show_grid and self.interactive and self.grid_mm * scale >= 6:
            step = self.grid_mm
            visible = rect.intersected(paper)
            painter.setPen(QPen(QColor(255, 255, 255, 45), 0))
            x = (int(visible.left() / step)) * step
            while x <= visible.right():
                painter.drawLine(QPointF(x, visible.top()), QPointF(x, visible.bottom()))
                x += step
            y = (int(visible.top() / step)) * step
            while y <= visible.bottom():
                painter.drawLine(QPointF(visible.left(), y), QPointF(visible.right(), y))
                y += step
        markers = board.markers
        if markers is not None:
            painter.setPen(QPen(QColor(43, 29, 18, 120), 0.3, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(255, 255, 255, 70))
            for marker in markers.markers:
                area = markers.rect(marker)
                painter.drawRect(QRectF(area.x, area.y, area.width, area.height))
        painter.setPen(QPen(QColor(43, 29, 18, 160), 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(paper)

    # --- dragging --------------------------------------------------------------------------

    def _movable_selection(self) -> list[BoardItem]:
        """The selected items and what comes along with them (the core's nesting rules)."""
        items = [item for item in self.selectedItems() if isinstance(item, BoardItem) and not item.locked]
        for key in carried_along(self.board, [item.key for item in items]):
            item = self._items.get(key)
            if isinstance(item, BoardItem):
                items.append(item)
        return items

    def begin_drag(self, grabbed: BoardItem, scene_pos: QPointF) -> None:
        items = self._movable_selection()
        if grabbed not in items:
            if grabbed.locked:
                self.message.emit(self.tr("Dit onderdeel is vergrendeld (Schikken → Vergrendelen)."))
            return
        self._drag = {
            "grabbed": grabbed,
            "start": scene_pos,
            "items": {item.key: item.live_rect() for item in items},
            "others": [
                item.live_rect()
                for item in self._items.values()
                if isinstance(item, (ZoneItem, GroupItem, TextItem, SymbolItem)) and item not in items
            ],
            "moved": False,
        }
        self._cache_pictures(True)

    def _cache_pictures(self, on: bool) -> None:
        """During a drag every part keeps its picture (drawn once at this zoom) and the view moves
        the pictures around: a big selection drags smoothly. Off otherwise: opening and drawing a
        board is quicker without filling the caches."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        for item in self._items.values():
            item.setCacheMode(mode)

    def drag_to(self, scene_pos: QPointF, free: bool = False) -> None:
        drag = self._drag
        if drag is None:
            return
        dx = scene_pos.x() - drag["start"].x()
        dy = scene_pos.y() - drag["start"].y()
        grabbed_rect: Rect = drag["items"][drag["grabbed"].key]
        if self.snap_enabled and not free:
            dx, dy = snap_rect_move(grabbed_rect, dx, dy, drag["others"], self.grid_mm, self.snap_tolerance_mm)
        bounds = self.board.bounds
        for rect in drag["items"].values():
            dx, dy = clamp_move(rect, dx, dy, bounds)
        # On screen the parts move by whole pixels (less than a pixel from where they will land): Qt then
        # moves their cached pictures instead of drawing them again, so a big selection drags smoothly.
        scale = self._pixels_per_mm()
        shown_dx, shown_dy = (round(dx * scale) / scale, round(dy * scale) / scale) if scale else (dx, dy)
        moved_ids = set()
        for key, rect in drag["items"].items():
            item = self._items[key]
            item.set_live_rect(rect.moved(shown_dx, shown_dy))
            moved_ids.add(item.object_id)
        drag["delta"] = (dx, dy)
        drag["moved"] = drag["moved"] or abs(dx) > 1e-6 or abs(dy) > 1e-6
        if "connectors" not in drag:  # the arrows at the moving parts, found once per drag: those whose
            # ends (and bends) all move are shifted as drawn, the others drawn again to their moving end
            shifted, redrawn = [], []
            for item in self._items.values():
                if isinstance(item, ConnectorItem) and (
                    item.value.source in moved_ids or item.value.target in moved_ids
                ):
                    both = item.value.source in moved_ids and item.value.target in moved_ids
                    bends_move = not item.value.waypoints or not item.value.locked  # as boards.editing.moved_objects
                    (shifted if both and bends_move else redrawn).append(item)
            drag["connectors"] = (shifted, redrawn)
        shifted, redrawn = drag["connectors"]
        for connector in shifted:
            connector.follow(shown_dx, shown_dy)
        for connector in redrawn:
            connector.refresh(routed=False)
        if "edges" not in drag:
            drag["edges"] = _sorted_edges(drag["others"])
        self._set_guides(grabbed_rect.moved(dx, dy), drag["others"], drag["edges"])
        self.live_rects.emit({key: rect.moved(dx, dy) for key, rect in drag["items"].items()})

    def _pixels_per_mm(self) -> float:
        views = self.views()
        return views[0].transform().m11() if views else 0.0

    def _set_guides(self, rect: Rect, others: list[Rect], edges: tuple[list[float], list[float]] | None = None) -> None:
        """Remember which other edges the rect lines up with, to draw them as guides (``edges``: the
        others' sorted edges, kept for a whole drag)."""
        all_xs, all_ys = edges or _sorted_edges(others)
        xs = sorted({edge for own in (rect.x, rect.right) for edge in _edges_near(all_xs, own)})
        ys = sorted({edge for own in (rect.y, rect.bottom) for edge in _edges_near(all_ys, own)})
        if (xs, ys) != self._guides:
            self._guides = (xs, ys)
            self.update()

    def _clear_guides(self) -> None:
        if self._guides != ([], []):
            self._guides = ([], [])
            self.update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        xs, ys = self._guides
        if not xs and not ys:
            return
        pen = QPen(QColor("#1565c0"), 0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        board = self.board
        for x in xs:
            painter.drawLine(QPointF(x, 0), QPointF(x, board.height_mm))
        for y in ys:
            painter.drawLine(QPointF(0, y), QPointF(board.width_mm, y))

    def snap_guides(self) -> tuple[list[float], list[float]]:
        return self._guides

    def end_drag(self) -> None:
        self._clear_guides()
        for connector in (self._drag or {}).get("connectors", ([], []))[0]:
            connector.refresh(routed=False)  # on its points again, where the drag left it
        drag, self._drag = self._drag, None
        if drag is not None:
            self._cache_pictures(False)
        if drag is not None and drag["moved"]:
            self.live_rects.emit({})
        if drag is None or not drag["moved"]:
            return
        dx, dy = drag.get("delta", (0.0, 0.0))
        if abs(dx) < 1e-6 and abs(dy) < 1e-6:
            return
        self.move_keys(list(drag["items"]), dx, dy, self.tr("Verplaatsen"))

    def move_keys(self, keys: list[str], dx: float, dy: float, text: str, merge_id: int = -1) -> None:
        """One undo command that moves the objects (and keeps nesting valid)."""
        self.document.move(keys, dx, dy, text, merge_id)

    # --- resizing --------------------------------------------------------------------------

    def begin_resize(self, item: BoardItem, handle: str) -> None:
        self._resize = {
            "item": item,
            "handle": handle,
            "rect": item.live_rect(),
            "x_targets": [
                v
                for other in self._items.values()
                if isinstance(other, (ZoneItem, GroupItem)) and other is not item
                for v in (other.live_rect().x, other.live_rect().right)
            ],
            "y_targets": [
                v
                for other in self._items.values()
                if isinstance(other, (ZoneItem, GroupItem)) and other is not item
                for v in (other.live_rect().y, other.live_rect().bottom)
            ],
        }

    def resize_to(self, scene_pos: QPointF, free: bool = False) -> None:
        resize = self._resize
        if resize is None:
            return
        x, y = scene_pos.x(), scene_pos.y()
        if self.snap_enabled and not free:
            x = snap_edge(x, resize["x_targets"], self.grid_mm, self.snap_tolerance_mm)
            y = snap_edge(y, resize["y_targets"], self.grid_mm, self.snap_tolerance_mm)
        rect = clamp_rect(resize_rect(resize["rect"], resize["handle"], Point(x, y)), self.board.bounds)
        item: BoardItem = resize["item"]
        keeps_aspect = isinstance(item, ImageItem) or (
            isinstance(item.value, Zone) and item.value.shape is Shape.CIRCLE
        )
        if keeps_aspect:  # a picture keeps its proportions, a circle stays round
            old: Rect = resize["rect"]
            fixed = resize["handle"].translate(str.maketrans("nsew", "snwe"))
            rect = fit_aspect(rect, old.width / old.height, fixed)
        item.set_live_rect(rect)
        resize["new"] = rect
        self.refresh_connectors({item.object_id})
        self.live_rects.emit({item.key: rect})
        others = [
            other.live_rect()
            for other in self._items.values()
            if isinstance(other, (ZoneItem, GroupItem)) and other is not item
        ]
        self._set_guides(rect, others)

    def end_resize(self) -> None:
        self._clear_guides()
        resize, self._resize = self._resize, None
        if resize is not None and "new" in resize:
            self.live_rects.emit({})
        if resize is None or "new" not in resize:
            return
        self.set_rects({resize["item"].key: resize["new"]}, self.tr("Grootte wijzigen"))

    def set_rects(self, rects: dict[str, Rect], text: str, merge_id: int = -1) -> None:
        """One undo command that puts the objects at new rects (and keeps nesting valid)."""
        self.document.place(rects, text, merge_id)

    def _cancel_gestures(self) -> None:
        if self._drag is not None:
            self._cache_pictures(False)
        self._drag = None
        self._resize = None
        bend, self._bend = self._bend, None
        if bend is not None and bend["item"].scene() is self:
            value = self.document.get(bend["item"].key)
            if value is not None:
                bend["item"].sync(value)
        self._cancel_line_draw()
        line_end, self._line_end = self._line_end, None
        if line_end is not None:
            item = line_end["item"]
            value = self.document.get(item.key)
            if value is not None and item.scene() is self:
                item.sync(value)

    # --- drawing lines ---------------------------------------------------------------------

    @property
    def line_mode(self) -> bool:
        """In line mode a press-drag-release on the board draws a line."""
        return self._line_mode

    def set_line_mode(self, on: bool) -> None:
        if on == self._line_mode:
            return
        self._line_mode = on
        if not on:
            self._cancel_line_draw()
        self.line_mode_changed.emit(on)

    @property
    def drawing_line(self) -> bool:
        return self._line_draw is not None

    def line_point(self, scene_pos: QPointF, free: bool = False) -> Point:
        """A mouse position as a line end: on the grid (unless ``free``) and on the paper."""
        x, y = scene_pos.x(), scene_pos.y()
        if self.snap_enabled and not free:
            x, y = snap_value(x, self.grid_mm), snap_value(y, self.grid_mm)
        return clamp_point(Point(round(x, 2), round(y, 2)), self.board.bounds)

    def _line_end_point(self, fixed: Point, scene_pos: QPointF, free: bool, straight: bool) -> Point:
        if not straight:
            return self.line_point(scene_pos, free)
        grid = self.grid_mm if self.snap_enabled and not free else 0.0
        point = constrain_line(fixed, Point(scene_pos.x(), scene_pos.y()), grid)
        return clamp_point(Point(round(point.x, 2), round(point.y, 2)), self.board.bounds)

    def begin_line(self, scene_pos: QPointF, free: bool = False) -> None:
        self._cancel_line_draw()
        start = self.line_point(scene_pos, free)
        preview = QGraphicsLineItem(start.x, start.y, start.x, start.y)
        pen = QPen(QColor("#1565c0"), 0.5, Qt.PenStyle.DashLine)
        preview.setPen(pen)
        preview.setZValue(1000)
        self.addItem(preview)
        self._line_draw = {"start": start, "end": start, "preview": preview}

    def line_to(self, scene_pos: QPointF, free: bool = False, straight: bool = False) -> None:
        draw = self._line_draw
        if draw is None:
            return
        start: Point = draw["start"]
        end = self._line_end_point(start, scene_pos, free, straight)
        draw["end"] = end
        draw["preview"].setLine(start.x, start.y, end.x, end.y)

    def end_line(self, scene_pos: QPointF, free: bool = False, straight: bool = False) -> str | None:
        """Finish the line being drawn: one undo step; None when it is too short."""
        if self._line_draw is None:
            return None
        self.line_to(scene_pos, free, straight)
        draw = self._line_draw
        self._cancel_line_draw()
        start, end = draw["start"], draw["end"]
        if line_length(start, end) < MIN_LINE_MM:
            self.message.emit(self.tr("Lijn te kort: sleep minstens 2 mm."))
            return None
        line_id = self.document.new_id(self.tr("lijn"))
        key = element_key(line_id)
        self.document.apply(self.tr("Lijn tekenen"), {key: LineElement(line_id, start, end)})
        self.select_keys([key])
        return key

    def _cancel_line_draw(self) -> None:
        draw, self._line_draw = self._line_draw, None
        if draw is not None and draw["preview"].scene() is self:
            self.removeItem(draw["preview"])

    # --- moving one end of a line ----------------------------------------------------------

    def begin_line_end(self, item: LineItem, role: str) -> None:
        self._line_end = {"item": item, "role": role, "value": item.value}

    def line_end_to(self, scene_pos: QPointF, free: bool = False, straight: bool = False) -> None:
        line_end = self._line_end
        if line_end is None:
            return
        value: LineElement = line_end["value"]
        fixed = value.end if line_end["role"] == "start" else value.start
        point = self._line_end_point(fixed, scene_pos, free, straight)
        new = replace(value, **{line_end["role"]: point})
        line_end["new"] = new
        line_end["item"].sync(new)

    def end_line_end(self) -> None:
        line_end, self._line_end = self._line_end, None
        if line_end is None:
            return
        item: LineItem = line_end["item"]
        new = line_end.get("new")
        if new is None or new == line_end["value"]:
            return
        if line_length(new.start, new.end) < MIN_LINE_MM:
            item.sync(line_end["value"])
            self.message.emit(self.tr("Lijn te kort: sleep minstens 2 mm."))
            return
        self.document.apply(self.tr("Lijneinde verplaatsen"), {item.key: new})

    # --- bends of an arrow -----------------------------------------------------------------

    @property
    def bending(self) -> bool:
        return self._bend is not None

    def begin_bend(self, item: ConnectorItem, place: int, adding: bool) -> None:
        """Start dragging bend number ``place`` of an arrow, or (``adding``) pulling out a new one there."""
        self._bend = {"item": item, "place": place, "adding": adding, "value": item.value}

    def bend_moved_yet(self) -> bool:
        return self._bend is not None and "new" in self._bend

    def bend_to(self, scene_pos: QPointF, free: bool = False) -> None:
        bend = self._bend
        if bend is None:
            return
        point = self.line_point(scene_pos, free)  # on the grid (unless free) and on the paper
        change = bend_added if bend["adding"] else bend_moved
        new = change(self.board, bend["value"], bend["place"], point)
        bend["new"] = new
        bend["item"].preview(new)

    def end_bend(self) -> None:
        """One undo step: the bend where it was dropped (nothing when the grip was only clicked)."""
        bend, self._bend = self._bend, None
        if bend is None:
            return
        new = bend.get("new")
        item: ConnectorItem = bend["item"]
        if new is None or new == bend["value"]:
            item.sync(bend["value"])
            if new is not None and bend["adding"] and len(bend["value"].waypoints) >= MAX_BENDS:
                self.message.emit(self.tr("Een pijl heeft hoogstens {count} knikken.").format(count=MAX_BENDS))
            return
        text = self.tr("Knik toevoegen") if bend["adding"] else self.tr("Knik verplaatsen")
        self.document.apply(text, {item.key: new})

    def remove_bend(self, item: ConnectorItem, place: int) -> None:
        self._bend = None
        new = bend_removed(item.value, place)
        if new != item.value:
            self.document.apply(self.tr("Knik weghalen"), {item.key: new})

    # --- inline editing --------------------------------------------------------------------

    def text_items(self) -> list[BoardItem | ConnectorItem]:
        """The selected parts whose text can be edited in place (F2)."""
        return [
            item for item in self.selectedItems() if isinstance(item, (BoardItem, ConnectorItem)) and item.editable_text
        ]

    def start_inline_edit(self, item: BoardItem | ConnectorItem, field: str = "label") -> InlineEditor:
        if self._editor is not None:
            self._editor.finish(commit=True)
        editor = InlineEditor(self, item, field)
        self._editor = editor
        self.addItem(editor)
        editor.begin()
        return editor

    @property
    def inline_editor(self) -> InlineEditor | None:
        return self._editor

    def finish_inline_edit(self, editor: InlineEditor, text: str | None) -> None:
        self._editor = None
        item = editor.target
        if editor.scene() is self:
            self.removeItem(editor)
        if text is None or text == item.edit_text(editor.field):
            return
        if isinstance(item, HeaderItem):
            board = copy.deepcopy(self.board)
            board.title = text
            self.document.replace_board(self.tr("Titel wijzigen"), board)
            return
        if self.document.get(item.key) is None:
            return
        self.document.apply(self.tr("Tekst wijzigen"), {item.key: item.with_text(text, editor.field)})

    # --- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._editor is None and self.interactive and event.key() in (Qt.Key.Key_F2,):
            items = self.text_items()
            if len(items) == 1:
                self.start_inline_edit(items[0])
                return
        super().keyPressEvent(event)


GUIDE_NEAR_MM = 0.05  # an edge this close to the moving rect's edge lines up with it


def _sorted_edges(rects: list[Rect]) -> tuple[list[float], list[float]]:
    return (
        sorted(edge for rect in rects for edge in (rect.x, rect.right)),
        sorted(edge for rect in rects for edge in (rect.y, rect.bottom)),
    )


def _edges_near(edges: list[float], own: float) -> list[float]:
    """The sorted edges less than GUIDE_NEAR_MM from ``own``."""
    return edges[bisect.bisect_right(edges, own - GUIDE_NEAR_MM) : bisect.bisect_left(edges, own + GUIDE_NEAR_MM)]
