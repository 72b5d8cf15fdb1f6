"""The properties panel: edit the selection (one part or many) or, with nothing selected, the board.

Every change becomes one undo command through the document, for the whole
selection; consecutive edits of the same number field merge into one command.
Place and size are in mm: they follow a drag live (``follow_live``), and a
value that does not fit on the paper is refused with the core's message
(``boards.editing.placement_problem``), never quietly changed. The look of
the selection is the :class:`~desktop.editor.style_section.StyleSection`.
"""

from __future__ import annotations

import copy
import math
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
from boards.connectors import bend_spots, connector_points, control_points
from boards.editing import (
    MAX_BENDS,
    bend_added,
    bend_removed,
    carried_along,
    common_named_style,
    common_values,
    named_styled_objects,
    object_rect,
    placement_problem,
    split_key,
    style_problem,
    styled_objects,
)
from boards.geometry import Point, Rect, bounding_rect
from boards.model import (
    ZONE_KIND_LABELS,
    ConnectorElement,
    DotKind,
    ImageElement,
    Legend,
    LineElement,
    Shape,
    SymbolElement,
    TextElement,
    Zone,
    ZoneKind,
)
from boards.paper import A_SERIES_MM, Orientation, Paper
from boards.styles import named_style
from desktop.accessibility import describe
from desktop.document import MERGE_PROPERTIES, BoardDocument
from desktop.editor.style_section import StyleSection
from desktop.editor.style_widgets import setup_panel_spin
from desktop.i18n import qt_translate, sentence
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
    setup_panel_spin(spin, suffix, maximum)
    return spin


class PropertiesPanel(QWidget):
    """Shows the fields of the current selection; writes them back as undo commands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: BoardDocument | None = None
        self._keys: list[str] = []
        self._live_base: dict[str, Rect] | None = None  # during a drag: the selection's rects before it
        self._stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self._title = QLabel()
        self._title.setStyleSheet("font-weight: 600; font-size: 13px;")
        layout.addWidget(self._title)
        layout.addWidget(self._stack)
        layout.addStretch(1)
        self._build_board_page()
        self._build_selection_page()
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
        self.apply_paper_button = apply_paper = QPushButton(self.tr("Papier toe&passen"))
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

    def _build_selection_page(self) -> None:
        """One form for one part or many: its text, place and size, its look, and what a zone holds."""
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._object_form = form
        self._build_text_rows(form)
        self._build_geometry_rows(form)
        self.style_section = StyleSection(form, self)
        self.style_section.changed.connect(self._style_changed)
        self.style_section.named_style_chosen.connect(self._named_style_chosen)
        self._build_zone_rows(form)
        self._stack.addWidget(page)

    def _build_text_rows(self, form: QFormLayout) -> None:
        self.label_edit = QLineEdit()
        self.label_edit.editingFinished.connect(lambda: self._set_field("label", self.label_edit.text()))
        describe(self.label_edit, self.tr("De tekst van het gekozen onderdeel"))
        self.bends_label = QLabel()
        self.add_bend_button = QPushButton(self.tr("Toevoegen"))
        describe(
            self.add_bend_button,
            self.tr("Een knik midden in het langste stuk van de pijl; sleep daarna zijn greep waar je hem wilt"),
            self.tr("Knik toevoegen"),
        )
        self.add_bend_button.clicked.connect(self.add_bend)
        self.clear_bends_button = QPushButton(self.tr("Alle weg"))
        describe(
            self.clear_bends_button,
            self.tr("Alle knikken weghalen: de pijl loopt weer vanzelf om de andere onderdelen heen"),
            self.tr("Knikken weghalen"),
        )
        self.clear_bends_button.clicked.connect(self.clear_bends)
        bends = QHBoxLayout()
        bends.setContentsMargins(0, 0, 0, 0)
        bends.addWidget(self.bends_label)
        bends.addWidget(self.add_bend_button)
        bends.addWidget(self.clear_bends_button)
        bends.addStretch(1)
        self.bends_row = QWidget()
        self.bends_row.setLayout(bends)
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Knikken"), self.bends_row)

    def _build_geometry_rows(self, form: QFormLayout) -> None:
        self.x_spin, self.y_spin, self.w_spin, self.h_spin = _spin(), _spin(), _spin(), _spin()
        for spin in (self.x_spin, self.y_spin, self.w_spin, self.h_spin):
            spin.valueChanged.connect(self._rect_changed)
        self.w_spin.setMinimum(1.0)
        self.h_spin.setMinimum(1.0)
        describe(self.x_spin, self.tr("Afstand tot de linkerrand van het bord, in mm"), self.tr("x"))
        describe(self.y_spin, self.tr("Afstand tot de bovenrand van het bord, in mm"), self.tr("y"))
        describe(self.w_spin, self.tr("Breedte in mm"), self.tr("breedte"))
        describe(self.h_spin, self.tr("Hoogte in mm"), self.tr("hoogte"))
        position = QHBoxLayout()
        position.setContentsMargins(0, 0, 0, 0)
        position.addWidget(self.x_spin)
        position.addWidget(self.y_spin)
        size = QHBoxLayout()
        size.setContentsMargins(0, 0, 0, 0)
        size.addWidget(self.w_spin)
        size.addWidget(self.h_spin)
        self.position_row = QWidget()
        self.position_row.setLayout(position)
        self.size_row = QWidget()
        self.size_row.setLayout(size)
        self.placement_message = QLabel()
        self.placement_message.setWordWrap(True)
        self.placement_message.setObjectName("placementMessage")
        self.placement_message.setStyleSheet("color: #b23b2e;")
        form.addRow(self.tr("Plaats"), self.position_row)
        form.addRow(self.tr("Maat"), self.size_row)
        form.addRow(self.placement_message)
        form.setRowVisible(self.placement_message, False)

    def _build_zone_rows(self, form: QFormLayout) -> None:
        self.zone_heading = QLabel(self.tr("Inhoud"))
        self.zone_heading.setObjectName("sectionTitle")
        self.kind_combo = QComboBox()
        for kind in ZoneKind:
            self.kind_combo.addItem(QCoreApplication.translate("model", ZONE_KIND_LABELS[kind]), kind.value)
        self.kind_combo.activated.connect(lambda _: self._set_field("kind", ZoneKind(self.kind_combo.currentData())))
        describe(self.kind_combo, self.tr("Wat voor zone het is (cel, kolom, kwadrant, …)"))
        self.question_edit = PlainTextField(lambda: self._set_field("question", self.question_edit.toPlainText()))
        describe(self.question_edit, self.tr("De vraag die in de zone staat, onder het label"))
        self.definition_edit = PlainTextField(lambda: self._set_field("definition", self.definition_edit.toPlainText()))
        describe(self.definition_edit, self.tr("Wat de zone betekent, in kleine letters op het bord"))
        self.holds_notes = QCheckBox(self.tr("post-its"))
        self.holds_rows = QCheckBox(self.tr("tabelrijen"))
        self.holds_notes.toggled.connect(lambda on: self._set_holds(notes=on))
        self.holds_rows.toggled.connect(lambda on: self._set_holds(rows=on))
        describe(self.holds_notes, self.tr("In deze zone komen post-its"))
        describe(self.holds_rows, self.tr("Deze zone is een tabel met rijen om in te schrijven"))
        holds_layout = QHBoxLayout()
        holds_layout.setContentsMargins(0, 0, 0, 0)
        holds_layout.addWidget(self.holds_notes)
        holds_layout.addWidget(self.holds_rows)
        holds_layout.addStretch(1)
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
        describe(self.dots_table, self.tr("De soorten stippen die in deze zone geplakt worden; dubbelklik op de kleur"))
        dot_buttons = QHBoxLayout()
        dot_buttons.setContentsMargins(0, 0, 0, 0)
        self.add_dot_button = add_dot = QPushButton("+")
        describe(add_dot, self.tr("Stipsoort toevoegen"), self.tr("Stipsoort toevoegen"))
        add_dot.clicked.connect(self.add_dot_kind)
        self.remove_dot_button = remove_dot = QPushButton("−")
        describe(remove_dot, self.tr("Stipsoort verwijderen"), self.tr("Stipsoort verwijderen"))
        remove_dot.clicked.connect(self.remove_dot_kind)
        for button in (add_dot, remove_dot):
            button.setFixedWidth(36)
        dot_buttons.addWidget(add_dot)
        dot_buttons.addWidget(remove_dot)
        dot_buttons.addStretch(1)
        self.dot_buttons = QWidget()
        self.dot_buttons.setLayout(dot_buttons)
        form.addRow(self.zone_heading)
        form.addRow(self.tr("Soort"), self.kind_combo)
        form.addRow(self.tr("Vraag"), self.question_edit)
        form.addRow(self.tr("Definitie"), self.definition_edit)
        form.addRow(self.tr("Houdt"), self.holds_row)
        form.addRow(self.tr("Stippen"), self.dots_table)
        form.addRow("", self.dot_buttons)
        self._zone_only = [
            self.zone_heading,
            self.kind_combo,
            self.question_edit,
            self.definition_edit,
            self.holds_row,
            self.dots_table,
            self.dot_buttons,
        ]

    def _describe_controls(self) -> None:
        """Tooltips for the board's fields (the selection's fields are described where they are made)."""
        for widget, tip in (
            (self.board_title, self.tr("De titel bovenaan het bord en in de bestandsnaam")),
            (self.board_question, self.tr("De hoofdvraag van het bord, onder de titel")),
            (self.paper_format, self.tr("Het papierformaat waarop het bord wordt ontworpen")),
            (self.paper_orientation, self.tr("Liggend of staand papier")),
            (self.paper_width, self.tr("Breedte van een eigen papiermaat, in mm")),
            (self.paper_height, self.tr("Hoogte van een eigen papiermaat, in mm")),
            (self.scale_content, self.tr("Alles op het bord schaalt mee naar het nieuwe papier")),
            (self.apply_paper_button, self.tr("Het gekozen papier voor het bord gebruiken")),
        ):
            describe(widget, tip)

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
        self._live_base = None
        if list(keys) != self._keys:
            self._set_placement_message("")
            self.style_section.show_message("")
        self._keys = list(keys)
        self.refresh()

    def _on_document_changed(self, keys: list[str]) -> None:
        self._live_base = None
        if any(key in self._keys for key in keys):
            self._keys = [key for key in self._keys if self.document is not None and self.document.get(key) is not None]
        self.refresh()

    def current_value(self) -> Any:
        if self.document is None or len(self._keys) != 1:
            return None
        return self.document.get(self._keys[0])

    def selected_values(self) -> list[Any]:
        if self.document is None:
            return []
        return [value for value in (self.document.get(key) for key in self._keys) if value is not None]

    def refresh(self) -> None:
        document = self.document
        if document is None:
            self._title.setText("")
            self.setEnabled(False)
            return
        self.setEnabled(True)
        values = self.selected_values()
        if not values:
            self._show_board()
            return
        self._show_selection(values)

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

    def _title_of(self, value: Any) -> str:
        kind, _ = split_key(self._keys[0])
        titles = {
            "zone": self.tr("Zone"),
            "group": self.tr("Groepskop"),
            "header": self.tr("Titelblok"),
            "legend": self.tr("Legenda"),
            "element": self.tr("Element"),
        }
        for kind_of, title in (
            (TextElement, self.tr("Tekstvak")),
            (SymbolElement, self.tr("Symbool")),
            (LineElement, self.tr("Lijn")),
            (ConnectorElement, self.tr("Pijl")),
            (ImageElement, self.tr("Afbeelding")),
        ):
            if isinstance(value, kind_of):
                return title
        return titles.get(kind, kind)

    def _show_selection(self, values: list[Any]) -> None:
        single = values[0] if len(values) == 1 else None
        if single is None:
            self._title.setText(self.tr("{count} onderdelen").format(count=len(values)))
        else:
            self._title.setText(self._title_of(single))
        self._show_part(single)
        self._show_geometry()
        self.style_section.show_values(common_values(values), common_named_style(values))
        self._stack.setCurrentIndex(1)

    def _show_part(self, value: Any) -> None:
        """The fields of one part (its text, an arrow's bends, what a zone holds); none for a selection of many."""
        is_zone = isinstance(value, Zone)
        for widget in self._zone_only:
            self._show_row(widget, is_zone)
        has_label = hasattr(value, "label") or isinstance(value, (TextElement, Legend))
        self._show_row(self.label_edit, has_label)
        self._show_row(self.bends_row, isinstance(value, ConnectorElement))
        if value is None:
            return
        blockers = [
            QSignalBlocker(widget)
            for widget in (self.label_edit, self.kind_combo, self.holds_notes, self.holds_rows, self.dots_table)
        ]
        if isinstance(value, TextElement):
            self.label_edit.setText(value.text)
        elif isinstance(value, Legend):
            self.label_edit.setText(value.title)
        else:
            self.label_edit.setText(getattr(value, "label", ""))
        if isinstance(value, ConnectorElement):
            self.bends_label.setText(str(len(value.waypoints)))
            count = len(value.waypoints)
            self.clear_bends_button.setEnabled(bool(count) and not value.locked)
            self.add_bend_button.setEnabled(not value.locked and count < MAX_BENDS)
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

    def _show_row(self, widget: QWidget, visible: bool) -> None:
        self._object_form.setRowVisible(widget, visible)

    # --- place and size --------------------------------------------------------------------

    def _placed_keys(self) -> list[str]:
        """The selected parts that have a place on the board (arrows follow their ends)."""
        return list(self._placed_rects())

    def _shown_rect(self, live: dict[str, Rect] | None = None) -> Rect | None:
        """The rect the fields show: the one part's, or the box round the selection's (as on screen now)."""
        if self.document is None:
            return None
        return bounding_rect([(live or {}).get(key) or rect for key, rect in self._placed_rects().items()])

    def _show_geometry(self, live: dict[str, Rect] | None = None) -> None:
        rect = self._shown_rect(live)
        self._show_row(self.position_row, rect is not None)
        self._show_row(self.size_row, rect is not None)
        if rect is None:
            return
        values = self.selected_values()
        placed = self._placed_keys()
        single = len(placed) == 1
        value = self.document.get(placed[0]) if single and self.document else None
        locked = all(getattr(value, "locked", False) for value in values)
        with (
            QSignalBlocker(self.x_spin),
            QSignalBlocker(self.y_spin),
            QSignalBlocker(self.w_spin),
            QSignalBlocker(self.h_spin),
        ):
            self.x_spin.setValue(rect.x)
            self.y_spin.setValue(rect.y)
            self.w_spin.setValue(rect.width)
            self.h_spin.setValue(rect.height)
        sizable = single and not isinstance(value, LineElement)
        for spin in (self.x_spin, self.y_spin):
            spin.setEnabled(not locked)
        for spin in (self.w_spin, self.h_spin):
            spin.setEnabled(sizable and not locked)
        if locked:
            reason = self.tr("Vergrendeld: ontgrendel het eerst (Schikken → Vergrendelen)")
        elif not single:
            reason = self.tr("De maat van een selectie: kies één onderdeel om het groter of kleiner te maken")
        else:
            reason = ""
        self.size_row.setToolTip(reason)
        self.position_row.setToolTip(reason if locked else "")

    def follow_live(self, rects: dict[str, Rect]) -> None:
        """Parts are being dragged or resized: the fields show where they are now; ``{}``: the drag is over."""
        if self._stack.currentIndex() != 1:
            return
        if not rects or self._live_base is None:
            self._live_base = self._placed_rects() if rects else None  # what stays put during this gesture
            self._show_geometry(rects or None)
            return
        rect = bounding_rect([rects.get(key) or base for key, base in self._live_base.items()])
        if rect is not None:  # only the numbers change while the mouse moves (a big selection stays smooth)
            with QSignalBlocker(self.x_spin), QSignalBlocker(self.y_spin):
                self.x_spin.setValue(rect.x)
                self.y_spin.setValue(rect.y)
            with QSignalBlocker(self.w_spin), QSignalBlocker(self.h_spin):
                self.w_spin.setValue(rect.width)
                self.h_spin.setValue(rect.height)

    def _placed_rects(self) -> dict[str, Rect]:
        assert self.document is not None
        rects = {key: object_rect(self.document.get(key)) for key in self._keys}
        return {key: rect for key, rect in rects.items() if rect is not None}

    def _set_placement_message(self, text: str) -> None:
        self.placement_message.setText(text)
        self._show_row(self.placement_message, bool(text))

    def _rect_changed(self) -> None:
        document = self.document
        old = self._shown_rect()
        if document is None or old is None:
            return
        keys = self._placed_keys()
        x, y, width, height = self.x_spin.value(), self.y_spin.value(), self.w_spin.value(), self.h_spin.value()
        value = document.get(keys[0]) if len(keys) == 1 else None
        if len(keys) != 1 or isinstance(value, LineElement):
            width, height = old.width, old.height
        elif isinstance(value, ImageElement) or (isinstance(value, Zone) and value.shape is Shape.CIRCLE):
            # A picture keeps its proportions, a circle stays round: the other side follows.
            if abs(width - old.width) > 1e-6:
                height = round(width * old.height / old.width, 2)
            elif abs(height - old.height) > 1e-6:
                width = round(height * old.width / old.height, 2)
        new = Rect(x, y, width, height)
        if new == old:
            return
        problem = placement_problem(document.board, new)
        if problem is not None:
            self._show_geometry()
            self._set_placement_message(
                self.tr("{value} kan niet: {problem}.").format(
                    value=self._asked(old, new), problem=problem.render(qt_translate)
                )
            )
            return
        self._set_placement_message("")
        text = self.tr("Positie of maat wijzigen")
        if (width, height) == (old.width, old.height):
            # A move: what lies on a zone comes along, as when it is dragged.
            moving = keys + carried_along(document.board, keys)
            document.move(moving, round(x - old.x, 2), round(y - old.y, 2), text, MERGE_PROPERTIES)
        else:
            document.place({keys[0]: new}, text, MERGE_PROPERTIES)

    def _asked(self, old: Rect, new: Rect) -> str:
        """What the user typed, for the message ("x = 1780 mm")."""
        for name, before, after in (
            (self.tr("x"), old.x, new.x),
            (self.tr("y"), old.y, new.y),
            (self.tr("breedte"), old.width, new.width),
            (self.tr("hoogte"), old.height, new.height),
        ):
            if abs(before - after) > 1e-6:
                return f"{name} = {after:g} mm"
        return ""

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

    def _style_changed(self, changes: dict[str, Any]) -> None:
        """A look chosen in the panel: one undo step for every selected part that has the property."""
        if self.document is None:
            return
        problem = style_problem(**changes)
        if problem is not None:
            self.refresh()  # the fields show the values as they are …
            self.style_section.show_message(sentence(problem.render(qt_translate)) + ".")  # … and why
            return
        self.style_section.show_message("")
        after = styled_objects(self.document.board, self._keys, **changes)
        if not after:
            self.refresh()  # nothing changes: show the values as they are
            return
        [name] = list(changes)
        spun = name in ("line_width_mm", "font_size_pt")
        self.document.apply(self._style_text(name, changes[name]), after, MERGE_PROPERTIES if spun else -1)

    def _style_text(self, name: str, value: Any) -> str:
        texts = {
            "fill": self.tr("Vulling wijzigen"),
            "line_color": self.tr("Lijnkleur wijzigen"),
            "line_width_mm": self.tr("Lijndikte wijzigen"),
            "border_dash": self.tr("Rand wijzigen"),
            "dashed": self.tr("Lijn wijzigen"),
            "arrow": self.tr("Lijn wijzigen"),
            "elbow": self.tr("Lijn wijzigen"),
            "text_color": self.tr("Tekstkleur wijzigen"),
            "font_size_pt": self.tr("Lettergrootte wijzigen"),
            "bold": self.tr("Tekst wijzigen"),
            "align": self.tr("Tekst wijzigen"),
            "shape": self.tr("Vorm wijzigen"),
            "locked": self.tr("Vergrendelen") if value else self.tr("Ontgrendelen"),
            "printed": self.tr("Wel afdrukken") if value else self.tr("Niet afdrukken"),
        }
        return texts.get(name, self.tr("Opmaak wijzigen"))

    def _named_style_chosen(self, style_id: str) -> None:
        if self.document is None:
            return
        style = named_style(style_id)
        after = named_styled_objects(self.document.board, self._keys, style)
        if after:
            label = QCoreApplication.translate("styles", style.label)
            self.document.apply(self.tr("Stijl {name} toepassen").format(name=label), after)
        else:
            self.refresh()

    # --- bends of an arrow ------------------------------------------------------------------

    def add_bend(self) -> None:
        """A bend in the middle of the arrow's longest leg (one undo step)."""
        value = self.current_value()
        if not isinstance(value, ConnectorElement) or self.document is None:
            return
        board = self.document.board
        path = connector_points(board, value)
        if path is None:
            return
        spots = bend_spots(value, path)
        place, point = max(
            spots, key=lambda spot: _leg_length(control_points(value, path), spot[0]), default=(None, None)
        )
        if place is None or point is None:
            return
        self._apply(self.tr("Knik toevoegen"), bend_added(board, value, place, point), merge=False)

    def clear_bends(self) -> None:
        value = self.current_value()
        if isinstance(value, ConnectorElement) and value.waypoints:
            self._apply(self.tr("Knikken weghalen"), bend_removed(value), merge=False)

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


def _leg_length(points: tuple[Point, ...], place: int) -> float:
    """The straight length of leg ``place`` between the arrow's control points."""
    a, b = points[place], points[place + 1]
    return math.dist((a.x, a.y), (b.x, b.y))
