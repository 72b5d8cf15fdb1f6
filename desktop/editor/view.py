"""A QGraphicsView for the board: zoom (Ctrl+wheel, fit), pan (middle drag, space+drag), rulers in mm."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QMenu, QWidget

from desktop.editor.palette import PALETTE_MIME
from desktop.editor.rulers import RULER_PX, Ruler, RulerCorner
from desktop.editor.scene import BoardScene

MIN_ZOOM = 0.05  # pixels per mm
MAX_ZOOM = 40.0
ZOOM_STEP = 1.25
SNAP_TOLERANCE_PX = 7.0


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)  # pixels per mm
    palette_dropped = Signal(str, QPointF)  # palette entry, scene position in mm
    files_dropped = Signal(list, QPointF)  # local file paths (pictures), scene position in mm
    cursor_moved = Signal(QPointF)  # mouse position on the board, in mm
    nudge_requested = Signal(int, int, bool)  # dx, dy (-1..1), fine (Shift)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self._pan_start: QPoint | None = None
        self._space_down = False
        self._fit_pending = True
        self.context_actions: list[QAction | None] = []  # None: a separator
        self._auto_fit = True  # keep fitting on resize until the user zooms
        self._fitted_size = None  # the view's size the board was last fitted to
        scene.line_mode_changed.connect(self._on_line_mode)
        self.rulers = (Ruler(self, horizontal=True), Ruler(self, horizontal=False))
        self._ruler_corner = RulerCorner(self)
        self._rulers_shown = False
        self.show_rulers(True)
        scene.selection_keys_changed.connect(lambda _: self._update_ruler_bands())
        scene.live_rects.connect(lambda _: self._update_ruler_bands())
        scene.document.changed.connect(lambda _: self._update_ruler_bands())

    # --- rulers ----------------------------------------------------------------------------

    @property
    def rulers_shown(self) -> bool:
        return self._rulers_shown

    def show_rulers(self, on: bool) -> None:
        """Rulers in mm along the top and the left (they take the room beside the board, not over it)."""
        self._rulers_shown = on
        margin = RULER_PX if on else 0
        self.setViewportMargins(margin, margin, 0, 0)
        for widget in (*self.rulers, self._ruler_corner):
            widget.setVisible(on)
        self._place_rulers()

    def _place_rulers(self) -> None:
        area = self.viewport().geometry()
        top, left = self.rulers
        top.setGeometry(area.left(), area.top() - RULER_PX, area.width(), RULER_PX)
        left.setGeometry(area.left() - RULER_PX, area.top(), RULER_PX, area.height())
        self._ruler_corner.setGeometry(area.left() - RULER_PX, area.top() - RULER_PX, RULER_PX, RULER_PX)
        self._update_rulers()

    def _update_rulers(self) -> None:
        if self._rulers_shown:
            for ruler in self.rulers:
                ruler.update()

    def _update_ruler_bands(self) -> None:
        """Mark the selection's extent on the rulers (as it is on screen, during a drag too)."""
        if not self._rulers_shown:
            return
        rects = [
            item.sceneBoundingRect() if not hasattr(item, "live_rect") else _qrect(item.live_rect())
            for item in self.board_scene.selectedItems()
            if hasattr(item, "key")
        ]
        top, left = self.rulers
        if not rects:
            top.set_band_mm(None)
            left.set_band_mm(None)
            return
        top.set_band_mm((min(r.left() for r in rects), max(r.right() for r in rects)))
        left.set_band_mm((min(r.top() for r in rects), max(r.bottom() for r in rects)))

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - the Qt method it overrides
        super().scrollContentsBy(dx, dy)
        self._update_rulers()

    def _on_line_mode(self, on: bool) -> None:
        self.setDragMode(QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.RubberBandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        if on:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _line_modifiers(event: QMouseEvent) -> tuple[bool, bool]:
        """(free, straight): Alt draws off the grid, Shift horizontal/vertical/45°."""
        modifiers = event.modifiers()
        return bool(modifiers & Qt.KeyboardModifier.AltModifier), bool(modifiers & Qt.KeyboardModifier.ShiftModifier)

    @property
    def board_scene(self) -> BoardScene:
        scene = self.scene()
        assert isinstance(scene, BoardScene)
        return scene

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current > 0:
            self.scale(factor / current, factor / current)
        self._after_zoom()

    def zoom_in(self) -> None:
        self._auto_fit = False
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._auto_fit = False
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_rulers()
        # Fit again when the view itself was resized, not when only its scroll bars came or went:
        # else a board that fits with a scroll bar but not without one is fitted back and forth forever.
        if self._auto_fit and self.isVisible() and self.size() != self._fitted_size:
            self._fitted_size = self.size()
            self.zoom_to_fit()

    def zoom_to_fit(self) -> None:
        self._auto_fit = True
        board = self.board_scene.board
        margin = max(board.width_mm, board.height_mm) * 0.02
        self.fitInView(
            QRectF(-margin, -margin, board.width_mm + 2 * margin, board.height_mm + 2 * margin),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        self._after_zoom()

    def _after_zoom(self) -> None:
        zoom = self.zoom()
        self.board_scene.snap_tolerance_mm = SNAP_TOLERANCE_PX / max(zoom, 1e-6)
        self._update_rulers()
        self.zoom_changed.emit(zoom)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_pending = False
            self.zoom_to_fit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click: the item under the mouse joins the selection, then the editing actions."""
        if not self.context_actions:
            return
        item = self.itemAt(event.pos())
        while item is not None and not hasattr(item, "key"):
            item = item.parentItem()
        if item is not None and not item.isSelected():
            self.board_scene.clearSelection()
            item.setSelected(True)
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(event.globalPos())

    # --- dropping palette entries ---------------------------------------------------------

    @staticmethod
    def _accepts(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return mime.hasFormat(PALETTE_MIME) or (mime.hasUrls() and any(url.isLocalFile() for url in mime.urls()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        at = self.mapToScene(event.position().toPoint())
        if mime.hasFormat(PALETTE_MIME):
            self.palette_dropped.emit(bytes(mime.data(PALETTE_MIME)).decode("utf-8"), at)
            event.acceptProposedAction()
        elif mime.hasUrls():
            self.files_dropped.emit([url.toLocalFile() for url in mime.urls() if url.isLocalFile()], at)
            event.acceptProposedAction()
        else:
            super().dropEvent(event)

    # --- wheel and pan ---------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self._auto_fit = False
                self.set_zoom(self.zoom() * (ZOOM_STEP**steps))
            event.accept()
            return
        super().wheelEvent(event)

    def _start_pan(self, pos: QPoint) -> None:
        self._pan_start = pos
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self._start_pan(event.position().toPoint())
            event.accept()
            return
        if self.board_scene.line_mode and event.button() == Qt.MouseButton.LeftButton:
            free, _ = self._line_modifiers(event)
            self.board_scene.begin_line(self.mapToScene(event.position().toPoint()), free)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        at = self.mapToScene(event.position().toPoint())
        self.cursor_moved.emit(at)
        if self._rulers_shown:
            self.rulers[0].set_cursor_mm(at.x())
            self.rulers[1].set_cursor_mm(at.y())
        if self._pan_start is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_start
            self._pan_start = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self.board_scene.drawing_line:
            self.board_scene.line_to(self.mapToScene(event.position().toPoint()), *self._line_modifiers(event))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_start is not None:
            self._pan_start = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space_down else self._idle_cursor())
            event.accept()
            return
        if self.board_scene.drawing_line and event.button() == Qt.MouseButton.LeftButton:
            self.board_scene.end_line(self.mapToScene(event.position().toPoint()), *self._line_modifiers(event))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _idle_cursor(self) -> Qt.CursorShape:
        return Qt.CursorShape.CrossCursor if self.board_scene.line_mode else Qt.CursorShape.ArrowCursor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.board_scene.line_mode and self.board_scene.inline_editor is None:
            self.board_scene.set_line_mode(False)
            event.accept()
            return
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if (
            event.key() in steps
            and plain
            and self.board_scene.inline_editor is None
            and self.board_scene.selectedItems()
        ):
            dx, dy = steps[Qt.Key(event.key())]
            self.nudge_requested.emit(dx, dy, bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self.board_scene.inline_editor is None:
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        for ruler in self.rulers:
            ruler.set_cursor_mm(None)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            self.viewport().setCursor(self._idle_cursor())
            event.accept()
            return
        super().keyReleaseEvent(event)


def _qrect(rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)
