"""The properties panel: edit the selected zone/element (or the board) in mm.

Every change becomes an undo command through the document; consecutive edits
of the same field merge into one command.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boards.colors import DOT_BLUE, DOT_GREEN, DOT_ORANGE, DOT_RED
from boards.editing import object_rect, split_key
from boards.geometry import Rect
from boards.model import (
    ZONE_KIND_LABELS,
    ConnectorElement,
    DotKind,
    Legend,
    LineElement,
    SymbolElement,
    TextElement,
    Zone,
    ZoneKind,
)
from boards.paper import A_SERIES_MM, Orientation, Paper
from desktop.accessibility import describe
from desktop.document import MERGE_PROPERTIES, BoardDocument
from desktop.tables import SpreadsheetTableWidget

_DEFAULT_DOT_COLORS = (DOT_RED, DOT_GREEN, DOT_BLUE, DOT_ORANGE)


class PlainTextField(QPlainTextEdit):
    """A small multi-line field that reports when editing is done (focus out)."""

    def __init__(self, on_done: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self._on_done()


def _spin(suffix: str = " mm", maximum: float = 10_000.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setMinimumWidth(70)
    spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
    spin.setDecimals(1)
    spin.setRange(0.0, maximum)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    spin.setSingleStep(1.0)
    return spin


class PropertiesPanel(QWidget):
    """Shows the fields of the current selection; writes them back as undo commands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: BoardDocument | None = None
        self._keys: list[str] = []
        self._stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self._title = QLabel()
        self._title.setStyleSheet("font-weight: 600; font-size: 13px;")
        layout.addWidget(self._title)
        layout.addWidget(self._stack)
        layout.addStretch(1)
        self._build_board_page()
        self._build_object_page()
        self._build_multi_page()
        self._describe_controls()

    # --- building --------------------------------------------------------------------------

    def _build_board_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.board_title = QLineEdit()
        self.board_title.editingFinished.connect(self._board_fields_changed)
        self.board_question = PlainTextField(self._board_fields_changed)
        self.paper_format = QComboBox()
        for name in A_SERIES_MM:
            self.paper_format.addItem(name, name)
        self.paper_format.addItem(self.tr("Eigen maat"), "custom")
        self.paper_orientation = QComboBox()
        self.paper_orientation.addItem(self.tr("Liggend"), Orientation.LANDSCAPE.value)
        self.paper_orientation.addItem(self.tr("Staand"), Orientation.PORTRAIT.value)
        self.paper_width = _spin()
        self.paper_height = _spin()
        self.paper_width.setRange(50, 10_000)
        self.paper_height.setRange(50, 10_000)
        self.scale_content = QCheckBox(self.tr("Inhoud meeschalen"))
        self.scale_content.setChecked(True)
        self.apply_paper_button = apply_paper = QPushButton(self.tr("Papier toepassen"))
        apply_paper.clicked.connect(self.apply_paper)
        self.paper_format.currentIndexChanged.connect(self._paper_format_changed)
        form.addRow(self.tr("Titel"), self.board_title)
        form.addRow(self.tr("Hoofdvraag"), self.board_question)
        form.addRow(self.tr("Papier"), self.paper_format)
        form.addRow(self.tr("Richting"), self.paper_orientation)
        form.addRow(self.tr("Breedte"), self.paper_width)
        form.addRow(self.tr("Hoogte"), self.paper_height)
        form.addRow("", self.scale_content)
        form.addRow("", apply_paper)
        self._stack.addWidget(page)

    def _build_object_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.label_edit = QLineEdit()
        self.label_edit.editingFinished.connect(lambda: self._set_field("label", self.label_edit.text()))
        self.kind_combo = QComboBox()
        for kind in ZoneKind:
            self.kind_combo.addItem(QCoreApplication.translate("model", ZONE_KIND_LABELS[kind]), kind.value)
        self.kind_combo.activated.connect(lambda _: self._set_field("kind", ZoneKind(self.kind_combo.currentData())))
        self.x_spin, self.y_spin, self.w_spin, self.h_spin = _spin(), _spin(), _spin(), _spin()
        for spin in (self.x_spin, self.y_spin, self.w_spin, self.h_spin):
            spin.valueChanged.connect(self._rect_changed)
        self.w_spin.setMinimum(1.0)
        self.h_spin.setMinimum(1.0)
        position = QHBoxLayout()
        position.addWidget(self.x_spin)
        position.addWidget(self.y_spin)
        size = QHBoxLayout()
        size.addWidget(self.w_spin)
        size.addWidget(self.h_spin)
        self.question_edit = PlainTextField(lambda: self._set_field("question", self.question_edit.toPlainText()))
        self.definition_edit = PlainTextField(lambda: self._set_field("definition", self.definition_edit.toPlainText()))
        self.holds_notes = QCheckBox(self.tr("post-its"))
        self.holds_rows = QCheckBox(self.tr("tabelrijen"))
        self.holds_notes.toggled.connect(lambda on: self._set_holds(notes=on))
        self.holds_rows.toggled.connect(lambda on: self._set_holds(rows=on))
        holds_layout = QHBoxLayout()
        holds_layout.setContentsMargins(0, 0, 0, 0)
        holds_layout.addWidget(self.holds_notes)
        holds_layout.addWidget(self.holds_rows)
        self.holds_row = holds = QWidget()  # one widget: its label hides with it (a symbol holds nothing)
        holds.setLayout(holds_layout)
        self.dots_table = SpreadsheetTableWidget(0, 2)
        self.dots_table.setHorizontalHeaderLabels([self.tr("Stipsoort"), self.tr("Kleur")])
        self.dots_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.dots_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.dots_table.setMinimumWidth(120)
        self.dots_table.verticalHeader().hide()
        self.dots_table.setFixedHeight(110)
        self.dots_table.itemChanged.connect(self._dot_label_changed)
        self.dots_table.cellDoubleClicked.connect(self._dot_cell_double_clicked)
        dot_buttons = QHBoxLayout()
        self.add_dot_button = add_dot = QPushButton("+")
        add_dot.setToolTip(self.tr("Stipsoort toevoegen"))
        add_dot.setAccessibleName(self.tr("Stipsoort toevoegen"))
        add_dot.clicked.connect(self.add_dot_kind)
        self.remove_dot_button = remove_dot = QPushButton("−")
        remove_dot.setToolTip(self.tr("Stipsoort verwijderen"))
        remove_dot.setAccessibleName(self.tr("Stipsoort verwijderen"))
        remove_dot.clicked.connect(self.remove_dot_kind)
        for button in (add_dot, remove_dot):
            button.setFixedWidth(36)
        dot_buttons.addWidget(add_dot)
        dot_buttons.addWidget(remove_dot)
        dot_buttons.addStretch(1)
        self.bold_check = QCheckBox(self.tr("vet"))
        self.bold_check.toggled.connect(lambda on: self._set_field("bold", on))
        self.align_combo = QComboBox()
        for align, text in (("left", self.tr("links")), ("center", self.tr("midden")), ("right", self.tr("rechts"))):
            self.align_combo.addItem(text, align)
        self.align_combo.activated.connect(lambda _: self._set_field("align", self.align_combo.currentData()))
        self.font_spin = _spin(" pt", 400.0)
        self.font_spin.setSpecialValueText(self.tr("passend"))
        self.font_spin.valueChanged.connect(lambda value: self._set_field("font_size_pt", value or None))
        text_style = QHBoxLayout()
        text_style.setContentsMargins(0, 0, 0, 0)
        text_style.addWidget(self.bold_check)
        text_style.addWidget(self.align_combo, 1)
        self.text_style = QWidget()
        self.text_style.setLayout(text_style)
        self.arrow_check = QCheckBox(self.tr("pijlpunt"))
        self.arrow_check.toggled.connect(lambda on: self._set_field("arrow", on))
        self.dashed_check = QCheckBox(self.tr("gestippeld"))
        self.dashed_check.toggled.connect(lambda on: self._set_field("dashed", on))
        self.line_width_spin = _spin(" mm", 20.0)
        self.line_width_spin.setDecimals(2)
        self.line_width_spin.setMinimum(0.1)
        self.line_width_spin.setSingleStep(0.25)
        self.line_width_spin.setToolTip(self.tr("Lijndikte"))
        self.line_width_spin.valueChanged.connect(lambda value: self._set_field("width_mm", round(value, 2)))
        line_style = QHBoxLayout()
        line_style.setContentsMargins(0, 0, 0, 0)
        line_style.addWidget(self.arrow_check)
        line_style.addWidget(self.dashed_check)
        self.line_style = QWidget()
        self.line_style.setLayout(line_style)
        position.setContentsMargins(0, 0, 0, 0)
        size.setContentsMargins(0, 0, 0, 0)
        self.position_row = QWidget()
        self.position_row.setLayout(position)
        self.size_row = QWidget()
        self.size_row.setLayout(size)
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Soort"), self.kind_combo)
        form.addRow(self.tr("x / y"), self.position_row)
        form.addRow(self.tr("breedte / hoogte"), self.size_row)
        form.addRow(self.tr("Tekst"), self.text_style)
        form.addRow(self.tr("Lettergrootte"), self.font_spin)
        form.addRow(self.tr("Lijn"), self.line_style)
        form.addRow(self.tr("Lijndikte"), self.line_width_spin)
        form.addRow(self.tr("Vraag"), self.question_edit)
        form.addRow(self.tr("Definitie"), self.definition_edit)
        form.addRow(self.tr("Houdt"), holds)
        form.addRow(self.tr("Stippen"), self.dots_table)
        form.addRow("", dot_buttons)
        self._object_form = form
        self._zone_only = [
            self.kind_combo,
            self.question_edit,
            self.definition_edit,
            self.holds_row,
            self.dots_table,
            add_dot,
            remove_dot,
        ]
        self._stack.addWidget(page)

    def _describe_controls(self) -> None:
        """Tooltips (and names where no form label names the field) for screen readers and new users."""
        for widget, tip, name in (
            (self.board_title, self.tr("De titel bovenaan het bord en in de bestandsnaam"), ""),
            (self.board_question, self.tr("De hoofdvraag van het bord, onder de titel"), ""),
            (self.paper_format, self.tr("Het papierformaat waarop het bord wordt ontworpen"), ""),
            (self.paper_orientation, self.tr("Liggend of staand papier"), ""),
            (self.paper_width, self.tr("Breedte van een eigen papiermaat, in mm"), ""),
            (self.paper_height, self.tr("Hoogte van een eigen papiermaat, in mm"), ""),
            (self.scale_content, self.tr("Alles op het bord schaalt mee naar het nieuwe papier"), ""),
            (self.apply_paper_button, self.tr("Het gekozen papier voor het bord gebruiken"), ""),
            (self.label_edit, self.tr("De tekst van het gekozen onderdeel"), ""),
            (self.kind_combo, self.tr("Wat voor zone het is (cel, kolom, kwadrant, …)"), ""),
            (self.x_spin, self.tr("Afstand tot de linkerrand van het bord, in mm"), self.tr("x")),
            (self.y_spin, self.tr("Afstand tot de bovenrand van het bord, in mm"), self.tr("y")),
            (self.w_spin, self.tr("Breedte in mm"), self.tr("breedte")),
            (self.h_spin, self.tr("Hoogte in mm"), self.tr("hoogte")),
            (self.bold_check, self.tr("Vette tekst"), ""),
            (self.align_combo, self.tr("Tekst links, in het midden of rechts"), self.tr("Uitlijning")),
            (self.font_spin, self.tr("Lettergrootte in punten; passend: zo groot als in het vak past"), ""),
            (self.arrow_check, self.tr("Een pijlpunt aan het eind van de lijn"), ""),
            (self.dashed_check, self.tr("Een gestippelde lijn"), ""),
            (self.question_edit, self.tr("De vraag die in de zone staat, onder het label"), ""),
            (self.definition_edit, self.tr("Wat de zone betekent, in kleine letters op het bord"), ""),
            (self.holds_notes, self.tr("In deze zone komen post-its"), ""),
            (self.holds_rows, self.tr("Deze zone is een tabel met rijen om in te schrijven"), ""),
            (
                self.dots_table,
                self.tr("De soorten stippen die in deze zone geplakt worden; dubbelklik op de kleur"),
                "",
            ),
        ):
            describe(widget, tip, name)

    def _build_multi_page(self) -> None:
        page = QLabel(self.tr("Meerdere onderdelen geselecteerd.\nGebruik Uitlijnen en Verdelen in het menu Schikken."))
        page.setWordWrap(True)
        page.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._stack.addWidget(page)

    # --- showing ---------------------------------------------------------------------------

    def set_document(self, document: BoardDocument | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
            self.document.board_reset.disconnect(self.refresh)
        self.document = document
        if document is not None:
            document.changed.connect(self._on_document_changed)
            document.board_reset.connect(self.refresh)
        self._keys = []
        self.refresh()

    def show_keys(self, keys: list[str]) -> None:
        self._keys = list(keys)
        self.refresh()

    def _on_document_changed(self, keys: list[str]) -> None:
        if any(key in self._keys for key in keys):
            self._keys = [key for key in self._keys if self.document is not None and self.document.get(key) is not None]
        self.refresh()

    def current_value(self) -> Any:
        if self.document is None or len(self._keys) != 1:
            return None
        return self.document.get(self._keys[0])

    def refresh(self) -> None:
        document = self.document
        if document is None:
            self._title.setText("")
            self.setEnabled(False)
            return
        self.setEnabled(True)
        if len(self._keys) > 1:
            self._title.setText(self.tr("{count} onderdelen").format(count=len(self._keys)))
            self._stack.setCurrentIndex(2)
            return
        value = self.current_value()
        if value is None:
            self._show_board()
        else:
            self._show_object(value)

    def _show_board(self) -> None:
        assert self.document is not None
        board = self.document.board
        self._title.setText(self.tr("Bord"))
        with (
            QSignalBlocker(self.board_title),
            QSignalBlocker(self.paper_format),
            QSignalBlocker(self.paper_orientation),
        ):
            self.board_title.setText(board.title)
            if not self.board_question.hasFocus():
                self.board_question.setPlainText(board.question)
            self.paper_format.setCurrentIndex(self.paper_format.findData(board.paper.format))
            self.paper_orientation.setCurrentIndex(self.paper_orientation.findData(board.paper.orientation.value))
            self.paper_width.setValue(board.paper.width_mm)
            self.paper_height.setValue(board.paper.height_mm)
        self._paper_format_changed()
        self._stack.setCurrentIndex(0)

    def _show_object(self, value: Any) -> None:
        kind, _ = split_key(self._keys[0])
        titles = {
            "zone": self.tr("Zone"),
            "group": self.tr("Groepskop"),
            "header": self.tr("Titelblok"),
            "legend": self.tr("Legenda"),
            "element": self.tr("Element"),
        }
        title = titles.get(kind, kind)
        if isinstance(value, TextElement):
            title = self.tr("Tekstvak")
        elif isinstance(value, SymbolElement):
            title = self.tr("Symbool")
        elif isinstance(value, LineElement):
            title = self.tr("Lijn")
        self._title.setText(title)
        is_zone = isinstance(value, Zone)
        for widget in self._zone_only:
            widget.setVisible(is_zone)
            label = self._object_form.labelForField(widget)
            if label is not None:
                label.setVisible(is_zone)
        has_label = hasattr(value, "label") or isinstance(value, (TextElement, Legend))
        self.label_edit.setEnabled(has_label)
        rect = object_rect(value)
        self._show_row(self.position_row, rect is not None)
        self._show_row(self.size_row, rect is not None)
        self._show_row(self.text_style, isinstance(value, TextElement))
        self._show_row(self.font_spin, isinstance(value, TextElement))
        self._show_row(self.line_style, isinstance(value, (ConnectorElement, LineElement)))
        self._show_row(self.line_width_spin, isinstance(value, LineElement))
        blockers = [
            QSignalBlocker(widget)
            for widget in (
                self.label_edit,
                self.kind_combo,
                self.x_spin,
                self.y_spin,
                self.w_spin,
                self.h_spin,
                self.holds_notes,
                self.holds_rows,
                self.dots_table,
                self.bold_check,
                self.align_combo,
                self.font_spin,
                self.arrow_check,
                self.dashed_check,
                self.line_width_spin,
            )
        ]
        if isinstance(value, TextElement):
            self.label_edit.setText(value.text)
            self.bold_check.setChecked(value.bold)
            self.align_combo.setCurrentIndex(max(0, self.align_combo.findData(value.align)))
            self.font_spin.setValue(value.font_size_pt or 0.0)
        elif isinstance(value, Legend):
            self.label_edit.setText(value.title)
        else:
            self.label_edit.setText(getattr(value, "label", ""))
        if isinstance(value, (ConnectorElement, LineElement)):
            self.arrow_check.setChecked(value.arrow)
            self.dashed_check.setChecked(value.dashed)
        if isinstance(value, LineElement):
            self.line_width_spin.setValue(value.width_mm)
        if rect is not None:
            self.x_spin.setValue(rect.x)
            self.y_spin.setValue(rect.y)
            self.w_spin.setValue(rect.width)
            self.h_spin.setValue(rect.height)
        sizable = not isinstance(value, LineElement)
        self.w_spin.setEnabled(sizable)
        self.h_spin.setEnabled(sizable)
        if is_zone:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(value.kind.value))
            if not self.question_edit.hasFocus():
                self.question_edit.setPlainText(value.question)
            if not self.definition_edit.hasFocus():
                self.definition_edit.setPlainText(value.definition)
            self.holds_notes.setChecked(value.holds.notes)
            self.holds_rows.setChecked(value.holds.rows)
            self.dots_table.setRowCount(len(value.holds.dots))
            for row, dot in enumerate(value.holds.dots):
                self.dots_table.setItem(row, 0, QTableWidgetItem(dot.label))
                swatch = QTableWidgetItem(dot.color)
                swatch.setBackground(QColor(dot.color))
                swatch.setFlags(swatch.flags() & ~Qt.ItemFlag.ItemIsEditable)
                swatch.setToolTip(self.tr("Dubbelklik om de kleur te kiezen"))
                self.dots_table.setItem(row, 1, swatch)
        del blockers
        self._stack.setCurrentIndex(1)

    def _show_row(self, widget: QWidget, visible: bool) -> None:
        widget.setVisible(visible)
        label = self._object_form.labelForField(widget)
        if label is not None:
            label.setVisible(visible)

    # --- writing back ----------------------------------------------------------------------

    def _apply(self, text: str, value: Any, merge: bool = True) -> None:
        if self.document is None or len(self._keys) != 1:
            return
        self.document.apply(text, {self._keys[0]: value}, MERGE_PROPERTIES if merge else -1)

    def _set_field(self, name: str, new: Any) -> None:
        value = self.current_value()
        if value is None:
            return
        if isinstance(value, TextElement) and name == "label":
            name = "text"
        if isinstance(value, Legend) and name == "label":
            name = "title"
        if not hasattr(value, name) or getattr(value, name) == new:
            return
        self._apply(self.tr("Eigenschap wijzigen"), replace(value, **{name: new}), merge=False)

    def _rect_changed(self) -> None:
        value = self.current_value()
        rect = object_rect(value) if value is not None else None
        if rect is None or self.document is None:
            return
        new = Rect(self.x_spin.value(), self.y_spin.value(), self.w_spin.value(), self.h_spin.value())
        if isinstance(value, LineElement):
            new = Rect(new.x, new.y, rect.width, rect.height)
        bounds = self.document.board.bounds
        new = Rect(
            min(new.x, bounds.right - new.width),
            min(new.y, bounds.bottom - new.height),
            min(new.width, bounds.width),
            min(new.height, bounds.height),
        )
        if new == rect or len(self._keys) != 1:
            return
        self.document.place({self._keys[0]: new}, self.tr("Positie of maat wijzigen"), MERGE_PROPERTIES)

    def _set_holds(self, **changes: Any) -> None:
        value = self.current_value()
        if not isinstance(value, Zone):
            return
        self._apply(
            self.tr("Inhoud van zone wijzigen"), replace(value, holds=replace(value.holds, **changes)), merge=False
        )

    def _set_dots(self, dots: list[DotKind], text: str) -> None:
        value = self.current_value()
        if isinstance(value, Zone):
            self._apply(text, replace(value, holds=replace(value.holds, dots=dots)), merge=False)

    def add_dot_kind(self) -> None:
        value = self.current_value()
        if not isinstance(value, Zone):
            return
        taken = {dot.id for dot in value.holds.dots}
        number = len(taken) + 1
        while f"stip-{number}" in taken:
            number += 1
        color = _DEFAULT_DOT_COLORS[len(taken) % len(_DEFAULT_DOT_COLORS)]
        self._set_dots(
            [*value.holds.dots, DotKind(f"stip-{number}", self.tr("stip {n}").format(n=number), color)],
            self.tr("Stipsoort toevoegen"),
        )

    def remove_dot_kind(self) -> None:
        value = self.current_value()
        row = self.dots_table.currentRow()
        if isinstance(value, Zone) and 0 <= row < len(value.holds.dots):
            dots = list(value.holds.dots)
            del dots[row]
            self._set_dots(dots, self.tr("Stipsoort verwijderen"))

    def _dot_label_changed(self, item: QTableWidgetItem) -> None:
        value = self.current_value()
        if not isinstance(value, Zone) or item.column() != 0 or item.row() >= len(value.holds.dots):
            return
        dots = list(value.holds.dots)
        label = item.text().strip()
        if not label or label == dots[item.row()].label:
            return
        dots[item.row()] = replace(dots[item.row()], label=label)
        self._set_dots(dots, self.tr("Stipsoort hernoemen"))

    def _dot_cell_double_clicked(self, row: int, column: int) -> None:
        if column == 1:
            self.choose_dot_color(row)

    def choose_dot_color(self, row: int, color: QColor | None = None) -> None:
        value = self.current_value()
        if not isinstance(value, Zone) or row >= len(value.holds.dots):
            return
        dots = list(value.holds.dots)
        if color is None:
            color = QColorDialog.getColor(QColor(dots[row].color), self, self.tr("Kleur van de stip"))
        if not color.isValid():
            return
        dots[row] = replace(dots[row], color=color.name().lower())
        self._set_dots(dots, self.tr("Stipkleur wijzigen"))

    def _board_fields_changed(self) -> None:
        if self.document is None or self._keys:
            return
        board = self.document.board
        title, question = self.board_title.text().strip(), self.board_question.toPlainText().strip()
        if (title, question) == (board.title, board.question) or not title:
            return
        new = copy.deepcopy(board)
        new.title, new.question = title, question
        self.document.replace_board(self.tr("Bordgegevens wijzigen"), new)

    def _paper_format_changed(self) -> None:
        custom = self.paper_format.currentData() == "custom"
        self.paper_width.setEnabled(custom)
        self.paper_height.setEnabled(custom)
        self.paper_orientation.setEnabled(not custom)

    def chosen_paper(self) -> Paper:
        if self.paper_format.currentData() == "custom":
            return Paper.custom(self.paper_width.value(), self.paper_height.value())
        return Paper.a_series(self.paper_format.currentData(), self.paper_orientation.currentData())

    def apply_paper(self) -> None:
        if self.document is not None:
            self.document.change_paper(self.chosen_paper(), self.scale_content.isChecked(), self.tr("Papier wijzigen"))
