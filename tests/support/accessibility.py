"""What a screen reader announces: every control a user can reach needs a name and a description.

``controls(window)`` lists the visible, interactive widgets of the window (buttons,
fields, lists, tables, board views), leaving out the parts Qt builds inside other
controls (a combo box's line edit, a table's corner button, scroll bars).
``name_of(widget)`` is what is announced as its name: the accessible name, the
button's text, or the text of the label that names it (a form row's label).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from tests.support.app_pages import visible_widgets

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QGraphicsView,
    QSlider,
)
_HOSTS = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar)


def _built_by_qt(widget: QWidget) -> bool:
    """A part of another control (or of a dock's title bar, a toolbar's extension)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _HOSTS):
            return True
        if isinstance(parent, QDockWidget) and widget.parentWidget() is parent:
            return True
        parent = parent.parentWidget()
    return False


def controls(window) -> list[QWidget]:
    found = []
    for widget in visible_widgets(window):
        if not isinstance(widget, INTERACTIVE) or _built_by_qt(widget):
            continue
        if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QToolBar):
            continue  # a toolbar button is its action: the action's text and tooltip are announced
        found.append(widget)
    return found


def name_of(widget: QWidget, labels: list[QLabel]) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "")
    for label in labels:
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "")
    return ""


def describe(widget: QWidget) -> str:
    """The widget, its text and the chain of its parents (for a failure message)."""
    chain = []
    parent = widget.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    text = widget.text() if hasattr(widget, "text") and isinstance(widget.text(), str) else ""
    return f"{type(widget).__name__} {text!r} in {' < '.join(chain)}"
