"""The look of the selection in the properties panel: one form for one part or many.

It shows the properties of ``boards.editing.style`` that the selected parts
have (a fill for zones, headings and text boxes; a line width for borders,
lines and arrows; …), each with the parts' common value or "gemengd" when
they differ, and reports what the user chose: ``changed`` with the property
names and values, ``named_style_chosen`` with a style of ``boards.styles``.
The properties panel turns either into one undo command for the whole
selection.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from boards.colors import NamedColor
from boards.editing import MIXED
from boards.model import ALIGNMENTS, DASHES, SHAPE_LABELS, Shape
from boards.styles import FILL_COLORS, INK_COLORS, NAMED_STYLES, WHITE_HEX
from desktop.accessibility import describe
from desktop.editor.style_widgets import ColorButton, MixedCheckBox, MixedSpinBox, show_combo_value

#: Text colours: the dark palette, and white for dark fills (a heading band).
TEXT_COLORS: tuple[NamedColor, ...] = (*INK_COLORS, *(color for color in FILL_COLORS if color.hex == WHITE_HEX))


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


class StyleSection(QObject):
    """Fill, border, line, text and the lock and print flags of the selected parts, as rows of a form."""

    changed = Signal(dict)  # property name → new value (boards.editing.style)
    named_style_chosen = Signal(str)  # a NamedStyle id

    def __init__(self, form: QFormLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self.heading = QLabel(self.tr("Opmaak"))
        self.heading.setObjectName("sectionTitle")
        form.addRow(self.heading)
        self.message = QLabel()  # why a value was not taken
        self.message.setWordWrap(True)
        self.message.setObjectName("styleMessage")
        self.message.setStyleSheet("color: #b23b2e;")
        form.addRow(self.message)
        form.setRowVisible(self.message, False)

        self.named_combo = QComboBox()
        for style in NAMED_STYLES:
            self.named_combo.addItem(QCoreApplication.translate("styles", style.label), style.id)
        self.named_combo.setPlaceholderText(self.tr("eigen opmaak"))
        _compact(self.named_combo)
        self.named_combo.activated.connect(lambda index: self.named_style_chosen.emit(self.named_combo.itemData(index)))
        describe(
            self.named_combo,
            self.tr("Een kant-en-klare opmaak (vulling, rand en tekst) voor alle gekozen zones, koppen en tekstvakken"),
        )

        self.shape_combo = QComboBox()
        for shape in Shape:
            self.shape_combo.addItem(QCoreApplication.translate("model", SHAPE_LABELS[shape]), shape.value)
        self.shape_combo.activated.connect(lambda _: self._emit(shape=self.shape_combo.currentData()))
        describe(self.shape_combo, self.tr("De vorm van de zone: rechthoek, afgerond, ellips, cirkel of post-it-plek"))

        self.fill_button = ColorButton(FILL_COLORS, self.tr("geen vulling"), self.tr("Vulkleur"))
        self.fill_button.chosen.connect(lambda color: self._emit(fill=color))
        describe(
            self.fill_button,
            self.tr("De vulkleur; de kleuren van het palet drukken goed af op bruin en op wit papier"),
            self.tr("Vulling"),
        )

        self.line_color_button = ColorButton(INK_COLORS, self.tr("standaard (inkt)"), self.tr("Lijnkleur"))
        self.line_color_button.chosen.connect(lambda color: self._emit(line_color=color))
        describe(
            self.line_color_button,
            self.tr("De kleur van de rand, de lijn, de pijl of het symbool"),
            self.tr("Lijnkleur"),
        )
        self.line_width_spin = MixedSpinBox(" mm", 20.0)
        self.line_width_spin.setDecimals(2)
        self.line_width_spin.setMinimum(0.1)
        self.line_width_spin.setSingleStep(0.25)
        self.line_width_spin.committed.connect(lambda value: self._emit(line_width_mm=round(value, 2)))
        describe(self.line_width_spin, self.tr("De dikte van de rand of de lijn, in mm"), self.tr("Lijndikte"))

        self.dash_combo = QComboBox()
        dash_texts = {
            "solid": self.tr("doorgetrokken"),
            "dashed": self.tr("gestreept"),
            "dotted": self.tr("gestippeld"),
            "none": self.tr("geen rand"),
        }
        for dash in DASHES:
            self.dash_combo.addItem(dash_texts[dash], dash)
        self.dash_combo.activated.connect(lambda _: self._emit(border_dash=self.dash_combo.currentData()))
        describe(self.dash_combo, self.tr("De rand: doorgetrokken, gestreept, gestippeld of geen"), self.tr("Rand"))

        self.arrow_check = MixedCheckBox(self.tr("pijlpunt"))
        self.arrow_check.chosen.connect(lambda on: self._emit(arrow=on))
        describe(self.arrow_check, self.tr("Een pijlpunt aan het eind van de lijn"))
        self.dashed_check = MixedCheckBox(self.tr("gestippeld"))
        self.dashed_check.chosen.connect(lambda on: self._emit(dashed=on))
        describe(self.dashed_check, self.tr("Een gestippelde lijn"))
        self.elbow_check = MixedCheckBox(self.tr("haaks"))
        self.elbow_check.chosen.connect(lambda on: self._emit(elbow=on))
        describe(self.elbow_check, self.tr("De pijl loopt met rechte hoeken (een elleboogverbinding)"))
        self.line_style = _row(self.arrow_check, self.dashed_check)

        self.text_color_button = ColorButton(TEXT_COLORS, self.tr("standaard"), self.tr("Tekstkleur"))
        self.text_color_button.chosen.connect(lambda color: self._emit(text_color=color))
        describe(
            self.text_color_button,
            self.tr("De kleur van de tekst; wit alleen op een donkere vulling"),
            self.tr("Tekstkleur"),
        )
        self.font_spin = MixedSpinBox(" pt", 400.0)
        self.font_spin.setSpecialValueText(self.tr("passend"))
        self.font_spin.committed.connect(lambda value: self._emit(font_size_pt=value or None))
        describe(
            self.font_spin,
            self.tr("Lettergrootte in punten; passend (0): zo groot als in het vak past"),
            self.tr("Lettergrootte"),
        )
        self.bold_check = MixedCheckBox(self.tr("vet"))
        self.bold_check.chosen.connect(lambda on: self._emit(bold=on))
        describe(self.bold_check, self.tr("Vette tekst"))
        self.align_combo = QComboBox()
        align_texts = {"left": self.tr("links"), "center": self.tr("midden"), "right": self.tr("rechts")}
        for align in ALIGNMENTS:
            self.align_combo.addItem(align_texts[align], align)
        self.align_combo.activated.connect(lambda _: self._emit(align=self.align_combo.currentData()))
        describe(self.align_combo, self.tr("Tekst links, in het midden of rechts"), self.tr("Uitlijning"))
        self.text_style = _row(self.bold_check, self.align_combo)

        self.locked_check = MixedCheckBox(self.tr("vergrendeld"))
        self.locked_check.chosen.connect(lambda on: self._emit(locked=on))
        describe(self.locked_check, self.tr("Vergrendeld: niet te verplaatsen, te vergroten of te verwijderen"))
        self.printed_check = MixedCheckBox(self.tr("afdrukken"))
        self.printed_check.chosen.connect(lambda on: self._emit(printed=on))
        describe(self.printed_check, self.tr("Uit: alleen een hulpmiddel in de editor, niet op de afdruk"))

        form.addRow(self.tr("Stijl"), self.named_combo)
        form.addRow(self.tr("Vorm"), self.shape_combo)
        form.addRow(self.tr("Vulling"), self.fill_button)
        form.addRow(self.tr("Lijnkleur"), self.line_color_button)
        form.addRow(self.tr("Lijndikte"), self.line_width_spin)
        form.addRow(self.tr("Rand"), self.dash_combo)
        form.addRow(self.tr("Lijn"), self.line_style)
        form.addRow(self.tr("Verloop"), self.elbow_check)
        form.addRow(self.tr("Tekstkleur"), self.text_color_button)
        form.addRow(self.tr("Lettergrootte"), self.font_spin)
        form.addRow(self.tr("Tekst"), self.text_style)
        form.addRow("", self.locked_check)
        form.addRow("", self.printed_check)

    # --- showing ---------------------------------------------------------------------------

    def show_values(self, values: dict[str, Any], named_style: str | None) -> None:
        """Show the selection's common values (``boards.editing.common_values``); no rows when it has none."""
        form = self._form
        present = set(values)

        def show(widget: QWidget, visible: bool) -> None:
            form.setRowVisible(widget, visible)

        show(self.heading, bool(present))
        show(self.named_combo, "fill" in present)
        show(self.shape_combo, "shape" in present)
        show(self.fill_button, "fill" in present)
        show(self.line_color_button, "line_color" in present)
        show(self.line_width_spin, "line_width_mm" in present)
        show(self.dash_combo, "border_dash" in present)
        show(self.line_style, bool(present & {"arrow", "dashed"}))
        show(self.elbow_check, "elbow" in present)
        show(self.text_color_button, "text_color" in present)
        show(self.font_spin, "font_size_pt" in present)
        show(self.text_style, bool(present & {"bold", "align"}))
        show(self.locked_check, "locked" in present)
        show(self.printed_check, "printed" in present)
        for check, name in (
            (self.arrow_check, "arrow"),
            (self.dashed_check, "dashed"),
            (self.elbow_check, "elbow"),
            (self.bold_check, "bold"),
            (self.locked_check, "locked"),
            (self.printed_check, "printed"),
        ):
            check.setVisible(name in present)
            if name in present:
                check.show_value(values[name])
        self.align_combo.setVisible("align" in present)
        with QSignalBlocker(self.named_combo):
            self.named_combo.setCurrentIndex(self.named_combo.findData(named_style) if named_style else -1)
        if "shape" in present:
            show_combo_value(self.shape_combo, _plain(values["shape"]))
        if "border_dash" in present:
            show_combo_value(self.dash_combo, values["border_dash"])
        if "align" in present:
            show_combo_value(self.align_combo, values["align"])
        for button, name in (
            (self.fill_button, "fill"),
            (self.line_color_button, "line_color"),
            (self.text_color_button, "text_color"),
        ):
            if name in present:
                button.show_value(values[name])
        if "line_width_mm" in present:
            self.line_width_spin.show_value(values["line_width_mm"])
        if "font_size_pt" in present:
            size = values["font_size_pt"]
            self.font_spin.show_value(size if size is MIXED else (size or 0.0))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self._form.setRowVisible(self.message, bool(text))

    def _emit(self, **changes: Any) -> None:
        self.changed.emit(changes)


def _compact(combo: QComboBox) -> None:
    """A combo box as wide as the panel allows, not as wide as its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)


def _plain(value: Any) -> Any:
    """An enum's value (the combo's data), MIXED as it is."""
    return value.value if isinstance(value, Shape) else value
