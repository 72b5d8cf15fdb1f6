"""Names and descriptions for assistive technology: what a screen reader announces for a control.

``describe(widget, tip, name)`` gives a control its tooltip (also its accessible
description) and, when its text or form label does not name it, an accessible name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget


def describe(widget: QWidget, tip: str, name: str = "") -> QWidget:
    widget.setToolTip(tip)
    widget.setAccessibleDescription(tip)
    if name:
        widget.setAccessibleName(name)
    return widget


def describe_buttons(buttons: QDialogButtonBox, accept: str, reject: str) -> None:
    """Tooltips for a dialog's accepting and rejecting buttons (OK, Cancel, or what they are called)."""
    for button in buttons.buttons():
        role = buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            describe(button, accept)
        elif role == QDialogButtonBox.ButtonRole.RejectRole:
            describe(button, reject)
