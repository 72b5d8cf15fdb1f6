"""A QGraphicsView for the board: zoom (Ctrl+wheel, fit), pan (middle drag, space+drag)."""

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
        scene.line_mode_changed.connect(self._on_line_mode)

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
        if self._auto_fit and self.isVisible():
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
        self.zoom_changed.emit(zoom)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_pending = False
            self.zoom_to_fit()

    def request_fit(self) -> None:
        """Fit the board once the view is shown (or now, when it is)."""
        if self.isVisible():
            self.zoom_to_fit()
        else:
            self._fit_pending = True
        self.context_actions: list[QAction | None] = []  # None: a separator
        self._auto_fit = True  # keep fitting on resize until the user zooms

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
        self.cursor_moved.emit(self.mapToScene(event.position().toPoint()))
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

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            self.viewport().setCursor(self._idle_cursor())
            event.accept()
            return
        super().keyReleaseEvent(event)
