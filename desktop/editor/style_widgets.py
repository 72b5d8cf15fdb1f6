"""Controls of the properties panel that can show "mixed": a selection whose parts differ.

Each control shows one value of the selection (or that the parts differ) and
reports only what the user chose, never what the panel set while showing:

- :class:`ColorButton`: a colour from the editor's palette (``boards.styles``),
  "none/usual", or any other colour; ``chosen`` gives ``"#rrggbb"`` or None.
- :class:`MixedSpinBox`: a number; empty with "gemengd" while mixed; ``committed``.
- :class:`MixedCheckBox`: half checked while mixed; a click makes it checked.
- :func:`show_combo_value`: a combo box's item for a value, or no item ("gemengd").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from boards.colors import NamedColor
from boards.editing import MIXED


def mixed_text() -> str:
    return QCoreApplication.translate("style", "gemengd")


def swatch_icon(color: str | None, size: int = 16, mixed: bool = False) -> QIcon:
    """A square of the colour; crossed out for none, striped for mixed."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = pixmap.rect().adjusted(1, 1, -2, -2)
    painter.setPen(QPen(QColor("#7a6a58"), 1))
    if mixed:
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(box)
        for offset, shade in ((0, "#c8a57a"), (5, "#1d3f66"), (10, "#d4eed7")):
            painter.setPen(QPen(QColor(shade), 3))
            painter.drawLine(box.left() + offset, box.bottom(), box.left() + offset + box.height(), box.top())
    elif color is None:
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(box)
        painter.setPen(QPen(QColor("#b23b2e"), 1.5))
        painter.drawLine(box.bottomLeft(), box.topRight())
    else:
        painter.setBrush(QColor(color))
        painter.drawRect(box)
    painter.end()
    return QIcon(pixmap)


class ColorButton(QToolButton):
    """A colour of the palette, the part's usual look (None) or any other colour, in a drop-down menu."""

    chosen = Signal(object)  # "#rrggbb" or None

    def __init__(
        self,
        colors: tuple[NamedColor, ...],
        none_text: str,
        dialog_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._colors = colors
        self._none_text = none_text
        self._dialog_title = dialog_title
        self._value: Any = None
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setMinimumWidth(120)
        menu = QMenu(self)
        self.none_action = menu.addAction(swatch_icon(None), none_text)
        self.none_action.triggered.connect(lambda: self.chosen.emit(None))
        menu.addSeparator()
        self.color_actions: list[QAction] = []
        for color in colors:
            action = menu.addAction(swatch_icon(color.hex), QCoreApplication.translate("colors", color.label))
            action.setData(color.hex)
            action.triggered.connect(lambda _=False, value=color.hex: self.chosen.emit(value))
            self.color_actions.append(action)
        menu.addSeparator()
        self.other_action = menu.addAction(QCoreApplication.translate("style", "Andere kleur…"))
        self.other_action.triggered.connect(self.choose_other)
        self.setMenu(menu)
        self.show_value(None)

    def action_for(self, hex_color: str) -> QAction | None:
        return next((action for action in self.color_actions if action.data() == hex_color), None)

    def value(self) -> Any:
        return self._value

    def show_value(self, value: Any) -> None:
        """Show a colour, None (the usual look) or :data:`MIXED`."""
        self._value = value
        if value is MIXED:
            self.setIcon(swatch_icon(None, mixed=True))
            self.setText(mixed_text())
            return
        self.setIcon(swatch_icon(value))
        if value is None:
            self.setText(self._none_text)
            return
        named = next((color for color in self._colors if color.hex == value.lower()), None)
        self.setText(QCoreApplication.translate("colors", named.label) if named else value)

    def choose_other(self) -> None:
        start = QColor(self._value) if isinstance(self._value, str) else QColor("#ffffff")
        color = QColorDialog.getColor(start, self, self._dialog_title)
        if color.isValid():
            self.chosen.emit(color.name().lower())


def setup_panel_spin(spin: QDoubleSpinBox, suffix: str, maximum: float) -> None:
    """The look and behaviour of every number field in the properties panel: no arrows, one
    decimal, 0 to ``maximum``, a unit suffix, and a value taken when typing is done."""
    spin.setMinimumWidth(70)
    spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
    spin.setDecimals(1)
    spin.setRange(0.0, maximum)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    spin.setSingleStep(1.0)


class MixedSpinBox(QDoubleSpinBox):
    """A number in mm or pt; while the selection's parts differ it is empty and says "gemengd".

    ``committed`` is emitted with the value the user set (typed and confirmed, or stepped),
    also when it equals the number that was hidden behind "gemengd".
    """

    committed = Signal(float)

    def __init__(self, suffix: str, maximum: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mixed = False
        self._showing = False
        self._suffix = suffix
        self._typed = ""
        setup_panel_spin(self, suffix, maximum)
        self.lineEdit().setPlaceholderText(mixed_text())
        self.valueChanged.connect(self._value_changed)
        self.editingFinished.connect(self._editing_finished)
        self.lineEdit().textEdited.connect(self._remember_typed)

    @property
    def mixed(self) -> bool:
        return self._mixed

    def show_value(self, value: Any) -> None:
        """Show a number or :data:`MIXED` without reporting it."""
        self._showing = True
        self._typed = ""
        try:
            with QSignalBlocker(self):
                self._set_mixed(value is MIXED)
                if not self._mixed:
                    self.setValue(float(value))
                elif self.specialValueText() and self.value() == self.minimum():
                    # Qt shows the special text ("passend") at the minimum whatever textFromValue says.
                    self.setValue(self.minimum() + self.singleStep())
                if self._mixed:
                    self.lineEdit().setText("")
        finally:
            self._showing = False

    def _set_mixed(self, mixed: bool) -> None:
        """While mixed the field is empty (no unit either), so that its placeholder "gemengd" shows."""
        self._mixed = mixed
        self.setSuffix("" if mixed else self._suffix)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - the Qt method it overrides
        if self._mixed:
            return ""
        return super().textFromValue(value)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - the Qt method it overrides
        self._set_mixed(False)
        super().stepBy(steps)

    def _remember_typed(self, text: str) -> None:
        self._typed = text

    def _value_changed(self, value: float) -> None:
        if self._showing:
            return
        self._typed = ""
        self._set_mixed(False)
        self.committed.emit(value)

    def _editing_finished(self) -> None:
        # Typing the very number that was hidden behind "gemengd" changes no value (no valueChanged):
        # commit what was typed here. By now Qt has put the (still mixed, so empty) text back.
        typed, self._typed = self._typed.strip(), ""
        if not self._mixed or not typed:
            return
        state, _, _ = self.validate(typed, len(typed))
        if state != QValidator.State.Acceptable:
            return
        value = self.valueFromText(typed)
        self._showing = True
        try:
            self._set_mixed(False)
            self.setValue(value)
        finally:
            self._showing = False
        self.committed.emit(self.value())


class MixedCheckBox(QCheckBox):
    """On, off, or half checked when the selection's parts differ; a click always ends checked or unchecked.

    ``chosen`` is emitted with the state the user clicked to, never for what the panel shows.
    """

    chosen = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTristate(False)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # a click beside it is no click
        self.clicked.connect(lambda: self.chosen.emit(self.isChecked()))

    def show_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            if value is MIXED:
                self.setTristate(True)
                self.setCheckState(Qt.CheckState.PartiallyChecked)
            else:
                self.setTristate(False)
                self.setChecked(bool(value))

    def nextCheckState(self) -> None:  # noqa: N802 - the Qt method it overrides
        checked = self.checkState() == Qt.CheckState.Checked  # read before: leaving tristate changes the state
        self.setTristate(False)
        self.setChecked(not checked)


def show_combo_value(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is ``value``; none (the combo then says "gemengd") for :data:`MIXED`."""
    with QSignalBlocker(combo):
        combo.setPlaceholderText(mixed_text())
        combo.setCurrentIndex(-1 if value is MIXED else combo.findData(value))
