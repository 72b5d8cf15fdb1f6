"""Names and descriptions for assistive technology: what a screen reader announces for a control.

``describe(widget, tip, name)`` gives a control its tooltip (also its accessible
description) and, when its text or form label does not name it, an accessible name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def describe(widget: QWidget, tip: str, name: str = "") -> QWidget:
    widget.setToolTip(tip)
    widget.setAccessibleDescription(tip)
    if name:
        widget.setAccessibleName(name)
    return widget
