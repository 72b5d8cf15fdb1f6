"""Mouse helpers that send real mouse events to a graphics view's viewport."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView


def view_point(view: QGraphicsView, x_mm: float, y_mm: float) -> QPoint:
    return view.mapFromScene(QPointF(x_mm, y_mm))


def _send(
    view: QGraphicsView,
    kind: QEvent.Type,
    pos: QPoint,
    button: Qt.MouseButton,
    buttons: Qt.MouseButton,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    viewport = view.viewport()
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def drag(
    view: QGraphicsView,
    start: QPoint,
    end: QPoint,
    steps: int = 6,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    left = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseMove, start, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, modifiers)
    _send(view, QEvent.Type.MouseButtonPress, start, left, left, modifiers)
    for step in range(1, steps + 1):
        point = QPoint(
            start.x() + (end.x() - start.x()) * step // steps, start.y() + (end.y() - start.y()) * step // steps
        )
        _send(view, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, left, modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton, modifiers)


def click(view: QGraphicsView, pos: QPoint, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    left = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseButtonPress, pos, left, left, modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton, modifiers)


def double_click(view: QGraphicsView, pos: QPoint) -> None:
    left = Qt.MouseButton.LeftButton
    click(view, pos)
    _send(view, QEvent.Type.MouseButtonDblClick, pos, left, left)
    _send(view, QEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton)


def press(view: QGraphicsView, pos: QPoint, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press the left button at ``pos`` (a drag that goes on with ``move_to`` and ends with ``release``)."""
    left = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, modifiers)
    _send(view, QEvent.Type.MouseButtonPress, pos, left, left, modifiers)


def move_to(view: QGraphicsView, pos: QPoint, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Move the mouse with the left button held."""
    _send(view, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, modifiers)


def release(view: QGraphicsView, pos: QPoint, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    left = Qt.MouseButton.LeftButton
    _send(view, QEvent.Type.MouseButtonRelease, pos, left, Qt.MouseButton.NoButton, modifiers)


def hover(view: QGraphicsView, pos: QPoint) -> None:
    """Move the mouse over the view with no button held."""
    _send(view, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton)
