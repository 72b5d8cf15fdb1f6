"""Using the properties panel's controls as a user does: type into a field, pick from a list or a colour menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox


def type_into(qtbot, spin: QAbstractSpinBox, text: str) -> None:
    """Select the field's text, type ``text`` and press Enter."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def choose(combo: QComboBox, data: object) -> None:
    """Pick the item whose data is ``data``, as a click in the open list does (``activated``)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def choose_color(button, hex_color: str | None) -> None:
    """Pick a colour of the button's palette menu (None: its "none/usual" entry)."""
    action = button.none_action if hex_color is None else button.action_for(hex_color)
    assert action is not None, hex_color
    assert action in button.menu().actions()
    action.trigger()
