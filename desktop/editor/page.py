"""The board editor page: the view on a document plus every editing action.

The main window puts :attr:`EditorPage.actions` into its menus and toolbar;
the page keeps them enabled/disabled according to the selection.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from boards.editing import (
    CopiedParts,
    clamp_move,
    copied_parts,
    duplicate_offset,
    element_key,
    free_spot,
    group_key,
    grouping,
    object_rect,
    paste_objects,
    rotated_objects,
    split_key,
    styled_objects,
    table_zones,
    to_back,
    to_front,
    ungrouping,
    zone_key,
)
from boards.errors import BruinpapierError
from boards.geometry import Point, Rect
from boards.images import MAX_BOARD_IMAGE_BYTES, ImageInfo, image_info, placed_rect, read_image_file
from boards.model import (
    ConnectorElement,
    Group,
    Holds,
    ImageElement,
    LineElement,
    Shape,
    SymbolElement,
    TextElement,
    VsmSymbol,
    Zone,
    ZoneKind,
)
from desktop.document import MERGE_NUDGE, BoardDocument
from desktop.editor.operations import (
    CLIPBOARD_MIME,
    align_rects,
    clipboard_json,
    distribute_rects,
    parse_clipboard,
    snap_value,
)
from desktop.editor.palette import (
    CONNECTOR_ENTRY,
    GROUP_ENTRY,
    IMAGE_ENTRY,
    LINE_ENTRY,
    SHAPE_ENTRY_PREFIX,
    TABLE_ENTRY,
    TEXT_ENTRY,
    ZONE_ENTRY,
)
from desktop.editor.scene import BoardScene
from desktop.editor.view import BoardView
from desktop.empty_state import EmptyState
from desktop.feedback import explain
from desktop.i18n import error_text

PASTE_OFFSET_MM = 10.0
#: A spot for one sticky note: a 76 mm note with a little room.
NOTE_SPOT_MM = 80.0
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
CLIPBOARD_IMAGE_TYPES = (("image/svg+xml", "plaatje.svg"), ("image/png", "plaatje.png"), ("image/jpeg", "plaatje.jpg"))


@dataclass
class EditorActions:
    add_zone: QAction
    add_text: QAction
    add_group: QAction
    draw_line: QAction
    connect: QAction
    delete: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    duplicate: QAction
    select_all: QAction
    edit_label: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_fit: QAction
    snap: QAction
    grid: QAction
    rulers: QAction
    align: dict[str, QAction]
    distribute_h: QAction
    distribute_v: QAction
    group: QAction
    ungroup: QAction
    to_front: QAction
    to_back: QAction
    rotate: QAction
    lock: QAction
    hide_in_print: QAction
    insert_image: QAction
    insert_table: QAction


class EditorPage(QWidget):
    """The board canvas; ``document`` may be None (no board open)."""

    document_changed = Signal(object)
    selection_changed = Signal(list)  # keys
    status_message = Signal(str)
    cursor_position = Signal(str)  # "x 120 · y 45 mm", or "" off the board
    live_rects = Signal(dict)  # key → Rect of the parts being dragged or resized now; {}: the gesture is over

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: BoardDocument | None = None
        self.scene: BoardScene | None = None
        self.view: BoardView | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = EmptyState(
            self.tr("Bord"),
            self.tr(
                "Hier ontwerp je een bord op ware grootte in millimeters en druk je het af; begin met een "
                "sjabloon, een leeg bord of een bord dat je eerder bewaarde."
            ),
        )
        self._layout.addWidget(self.placeholder)
        self._active = True
        self.actions = self._make_actions()
        self._update_actions([])

    # --- actions ---------------------------------------------------------------------------

    def _action(
        self, text: str, shortcut: Any = None, slot: Any = None, checkable: bool = False, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if checkable:
            action.setCheckable(True)
        if slot is not None:
            if checkable:
                action.toggled.connect(slot)
            else:
                action.triggered.connect(lambda _=False: slot())
        if tip:
            action.setStatusTip(tip)
        return action

    def _make_actions(self) -> EditorActions:
        align_texts = {
            "left": (self.tr("Links uitlijnen"), "Ctrl+Alt+Left"),
            "hcenter": (self.tr("Horizontaal centreren"), "Ctrl+Alt+H"),
            "right": (self.tr("Rechts uitlijnen"), "Ctrl+Alt+Right"),
            "top": (self.tr("Boven uitlijnen"), "Ctrl+Alt+Up"),
            "vcenter": (self.tr("Verticaal centreren"), "Ctrl+Alt+V"),
            "bottom": (self.tr("Onder uitlijnen"), "Ctrl+Alt+Down"),
        }
        actions = EditorActions(
            add_zone=self._action(
                self.tr("Zone toevoegen"), "Z", self.add_zone, tip=self.tr("Een nieuwe zone midden in beeld")
            ),
            add_text=self._action(self.tr("Tekstvak toevoegen"), "T", self.add_text),
            add_group=self._action(self.tr("Groepskop toevoegen"), "G", self.add_group),
            draw_line=self._action(
                self.tr("Lijn tekenen"),
                "L",
                self._toggle_line_mode,
                checkable=True,
                tip=self.tr("Sleep over het bord om een lijn te tekenen (Shift: recht of 45°, Esc: stoppen)"),
            ),
            connect=self._action(
                self.tr("Verbinden"),
                "C",
                self.connect_selected,
                tip=self.tr("Een pijl van het eerst naar het laatst geselecteerde onderdeel"),
            ),
            delete=self._action(
                self.tr("Verwijderen"),
                [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")],
                self.delete_selected,
            ),
            cut=self._action(self.tr("Knippen"), QKeySequence.StandardKey.Cut, self.cut),
            copy=self._action(self.tr("Kopiëren"), QKeySequence.StandardKey.Copy, self.copy),
            paste=self._action(self.tr("Plakken"), QKeySequence.StandardKey.Paste, self.paste),
            duplicate=self._action(self.tr("Dupliceren"), "Ctrl+D", self.duplicate),
            select_all=self._action(self.tr("Alles selecteren"), QKeySequence.StandardKey.SelectAll, self.select_all),
            edit_label=self._action(self.tr("Label bewerken"), "F2", self.edit_label),
            zoom_in=self._action(self.tr("Inzoomen"), ["Ctrl+=", "Ctrl++"], lambda: self.view and self.view.zoom_in()),
            zoom_out=self._action(self.tr("Uitzoomen"), "Ctrl+-", lambda: self.view and self.view.zoom_out()),
            zoom_fit=self._action(
                self.tr("Passend in venster"), "Ctrl+0", lambda: self.view and self.view.zoom_to_fit()
            ),
            snap=self._action(
                self.tr("Uitlijnen op raster en randen"), "Ctrl+Shift+'", self._toggle_snap, checkable=True
            ),
            grid=self._action(self.tr("Raster tonen"), "Ctrl+'", self._toggle_grid, checkable=True),
            rulers=self._action(
                self.tr("Linialen tonen"),
                None,
                self._toggle_rulers,
                checkable=True,
                tip=self.tr("Linialen in millimeter boven en links van het bord"),
            ),
            align={
                mode: self._action(text, shortcut, lambda _=False, m=mode: self.align(m))
                for mode, (text, shortcut) in align_texts.items()
            },
            distribute_h=self._action(
                self.tr("Horizontaal verdelen"), "Ctrl+Alt+Shift+H", lambda: self.distribute(True)
            ),
            distribute_v=self._action(
                self.tr("Verticaal verdelen"), "Ctrl+Alt+Shift+V", lambda: self.distribute(False)
            ),
            group=self._action(
                self.tr("Groeperen"), "Ctrl+G", self.group_selected, tip=self.tr("Samen selecteren en verplaatsen")
            ),
            ungroup=self._action(self.tr("Groep opheffen"), "Ctrl+Shift+G", self.ungroup_selected),
            to_front=self._action(self.tr("Naar voorgrond"), "Ctrl+Shift+]", self.bring_to_front),
            to_back=self._action(self.tr("Naar achtergrond"), "Ctrl+Shift+[", self.send_to_back),
            rotate=self._action(self.tr("Kwartslag draaien"), "Ctrl+R", self.rotate_selected),
            lock=self._action(self.tr("Vergrendelen"), "Ctrl+Shift+L", self.toggle_lock),
            hide_in_print=self._action(self.tr("Niet afdrukken"), None, self.toggle_printed),
            insert_image=self._action(self.tr("Afbeelding invoegen…"), "Ctrl+Shift+P", self.choose_image),
            insert_table=self._action(self.tr("Tabel of raster invoegen…"), None, self.choose_table),
        )
        actions.snap.setChecked(True)
        actions.grid.setChecked(True)
        actions.rulers.setChecked(True)
        for action in self.all_actions(actions):
            self.addAction(action)
        return actions

    @staticmethod
    def all_actions(actions: EditorActions) -> list[QAction]:
        result = []
        for value in vars(actions).values():
            result += list(value.values()) if isinstance(value, dict) else [value]
        return result

    def set_active(self, active: bool) -> None:
        """Only the shown editor reacts to its shortcuts (Delete, Z, Ctrl+C on another page are not for the board)."""
        self._active = active
        if not active:
            self.actions.draw_line.setChecked(False)
        self._update_actions(self.selected_keys())

    def _update_actions(self, keys: list[str]) -> None:
        """Enable what the selection allows; a disabled action's tooltip (shown in the menus) says why."""
        has_doc = self.document is not None and self._active
        count = len(keys)
        a = self.actions
        if self.document is None:
            no_board = self.tr("Open of maak eerst een bord")
        else:
            no_board = self.tr("Alleen op de pagina Bord")

        def needs(action: QAction, enough: bool, reason: str) -> None:
            explain(action, has_doc and enough, reason if has_doc else no_board)

        for action in self.all_actions(a):
            needs(action, True, no_board)
        for action in (a.delete, a.cut, a.copy, a.duplicate):
            needs(action, count > 0, self.tr("Kies eerst iets op het bord"))
        needs(a.edit_label, count == 1, self.tr("Kies één onderdeel"))
        needs(a.connect, count == 2, self.tr("Kies precies twee onderdelen om ze te verbinden"))
        for action in a.align.values():
            needs(action, count >= 2, self.tr("Kies twee of meer onderdelen"))
        needs(a.distribute_h, count >= 3, self.tr("Kies drie of meer onderdelen"))
        needs(a.distribute_v, count >= 3, self.tr("Kies drie of meer onderdelen"))
        needs(a.group, count >= 2, self.tr("Kies twee of meer onderdelen"))
        for action in (a.ungroup, a.to_front, a.to_back, a.rotate, a.lock, a.hide_in_print):
            needs(action, count > 0, self.tr("Kies eerst iets op het bord"))

    # --- document --------------------------------------------------------------------------

    def set_document(self, document: BoardDocument | None) -> None:
        old_view = self.view
        self.actions.draw_line.setChecked(False)
        self.document = document
        if document is None:
            self.scene = None
            self.view = None
        else:
            self.scene = BoardScene(document, parent=self)
            self.scene.snap_enabled = self.actions.snap.isChecked()
            self.scene.show_grid = self.actions.grid.isChecked()
            self.scene.selection_keys_changed.connect(self._on_selection)
            self.scene.line_mode_changed.connect(self.actions.draw_line.setChecked)
            self.scene.message.connect(self.status_message)
            self.scene.live_rects.connect(self.live_rects)
            self.view = BoardView(self.scene, self)
            self.view.show_rulers(self.actions.rulers.isChecked())
            self.view.setAccessibleName(self.tr("Bord"))
            self.view.setToolTip(
                self.tr("Het bord op ware grootte; dubbelklik om een label te bewerken, Ctrl+muiswiel zoomt")
            )
            self.view.nudge_requested.connect(self._on_nudge)
            self.view.palette_dropped.connect(lambda entry, at: self.add_from_palette(entry, at))
            self.view.files_dropped.connect(self._files_dropped)
            self.view.cursor_moved.connect(self._on_cursor)
            a = self.actions
            self.view.context_actions = [
                a.edit_label,
                a.connect,
                None,
                a.cut,
                a.copy,
                a.paste,
                a.duplicate,
                a.delete,
                None,
                a.align["left"],
                a.align["top"],
                a.distribute_h,
                a.distribute_v,
                None,
                a.group,
                a.ungroup,
                a.to_front,
                a.to_back,
                a.rotate,
                a.lock,
                a.hide_in_print,
                None,
                a.add_zone,
                a.add_text,
                a.zoom_fit,
            ]
            self.view.zoom_changed.connect(
                lambda zoom: self.status_message.emit(
                    self.tr("Zoom: {percent} %").format(percent=round(zoom / 3.78 * 100))
                )
            )
            self._layout.addWidget(self.view)
        if old_view is not None:
            old_scene = old_view.scene()
            old_view.setParent(None)
            old_view.deleteLater()
            if old_scene is not None:
                old_scene.deleteLater()
        self.placeholder.setVisible(document is None)
        self._update_actions([])
        self.document_changed.emit(document)
        self.selection_changed.emit([])

    def _on_selection(self, keys: list[str]) -> None:
        self._update_actions(keys)
        self.selection_changed.emit(keys)

    def selected_keys(self) -> list[str]:
        return self.scene.selected_keys() if self.scene else []

    # --- helpers ---------------------------------------------------------------------------

    def _visible_center(self) -> QPointF:
        assert self.view is not None and self.document is not None
        center = self.view.mapToScene(self.view.viewport().rect().center())
        board = self.document.board
        return QPointF(min(max(center.x(), 0), board.width_mm), min(max(center.y(), 0), board.height_mm))

    def _place(self, width: float, height: float, at: QPointF | None = None, shrink: bool = True) -> Rect:
        """Where a new part goes: at ``at`` (dropped there), else in free space near the middle of the view
        (a smaller spot inside a zone on a full board, unless ``shrink`` is off: a table keeps its size)."""
        assert self.document is not None
        board = self.document.board
        if at is None:
            center = self._visible_center()
            grid = self.scene.grid_mm if self.scene else 5.0
            spot = free_spot(board, width, height, Point(center.x(), center.y()), grid, shrink)
            if spot is not None:
                return spot
            self.status_message.emit(
                self.tr("Geen vrije plek op het bord: het nieuwe onderdeel ligt over andere heen.")
            )
        width, height = min(width, board.width_mm), min(height, board.height_mm)
        center = at if at is not None else self._visible_center()
        grid = self.scene.grid_mm if self.scene else 5.0
        x = snap_value(min(max(center.x() - width / 2, 0), board.width_mm - width), grid)
        y = snap_value(min(max(center.y() - height / 2, 0), board.height_mm - height), grid)
        return Rect(min(x, board.width_mm - width), min(y, board.height_mm - height), width, height)

    def _add(self, key: str, value: Any, text: str) -> None:
        assert self.document is not None and self.scene is not None
        self.document.apply(text, {key: value})
        self.scene.select_keys([key])

    def _default_size(self, fraction: float) -> float:
        assert self.document is not None
        return round(max(20.0, min(self.document.board.width_mm, self.document.board.height_mm) * fraction) / 5) * 5

    # --- adding ----------------------------------------------------------------------------

    def add_zone(self, at: QPointF | None = None) -> str | None:
        if self.document is None:
            return None
        size = self._default_size(0.18)
        zone_id = self.document.new_id(self.tr("zone"))
        zone = Zone(zone_id, ZoneKind.CELL, self._place(size * 1.6, size, at), self.tr("Nieuwe zone"), holds=Holds())
        self._add(zone_key(zone_id), zone, self.tr("Zone toevoegen"))
        return zone_key(zone_id)

    def add_text(self, at: QPointF | None = None) -> str | None:
        if self.document is None:
            return None
        size = self._default_size(0.1)
        element_id = self.document.new_id(self.tr("tekst"))
        element = TextElement(element_id, self._place(size * 3, size * 0.6, at), self.tr("Tekst"))
        self._add(element_key(element_id), element, self.tr("Tekstvak toevoegen"))
        return element_key(element_id)

    def add_group(self, at: QPointF | None = None) -> str | None:
        if self.document is None:
            return None
        size = self._default_size(0.1)
        group_id = self.document.new_id(self.tr("groep"))
        group = Group(group_id, self.tr("GROEP"), self._place(size * 5, max(8.0, size * 0.3), at))
        self._add(group_key(group_id), group, self.tr("Groepskop toevoegen"))
        return group_key(group_id)

    def add_symbol(self, symbol: VsmSymbol, at: QPointF | None = None) -> str | None:
        if self.document is None:
            return None
        size = self._default_size(0.08)
        element_id = self.document.new_id(symbol.value)
        element = SymbolElement(element_id, symbol, self._place(size, size, at))
        self._add(element_key(element_id), element, self.tr("Symbool toevoegen"))
        return element_key(element_id)

    def add_line(self, at: QPointF) -> str | None:
        """A horizontal line centred on ``at`` (a line dropped from the palette)."""
        if self.document is None or self.scene is None:
            return None
        length = self._default_size(0.1) * 2
        board = self.document.board
        grid = self.scene.grid_mm
        x = snap_value(min(max(at.x() - length / 2, 0), max(board.width_mm - length, 0)), grid)
        y = snap_value(min(max(at.y(), 0), board.height_mm), grid)
        line_id = self.document.new_id(self.tr("lijn"))
        line = LineElement(line_id, Point(x, y), Point(min(x + length, board.width_mm), y))
        self._add(element_key(line_id), line, self.tr("Lijn tekenen"))
        return element_key(line_id)

    def _toggle_line_mode(self, on: bool) -> None:
        if self.scene is None:
            if on:
                self.actions.draw_line.setChecked(False)
            return
        self.scene.set_line_mode(on)
        if on:
            self.status_message.emit(
                self.tr("Lijn tekenen: sleep over het bord; Shift: recht of 45°, Alt: vrij, Esc: stoppen.")
            )

    def add_from_palette(self, entry: str, at: QPointF | None = None) -> str | None:
        """Add what a palette entry stands for, centred on ``at`` (mm) or in the middle of the view."""
        if entry == ZONE_ENTRY:
            return self.add_zone(at)
        if entry == TEXT_ENTRY:
            return self.add_text(at)
        if entry == GROUP_ENTRY:
            return self.add_group(at)
        if entry == CONNECTOR_ENTRY:
            return self.connect_selected()
        if entry == LINE_ENTRY:
            if at is None:
                self.actions.draw_line.setChecked(True)
                return None
            return self.add_line(at)
        if entry.startswith(SHAPE_ENTRY_PREFIX):
            return self.add_shape(Shape(entry.removeprefix(SHAPE_ENTRY_PREFIX)), at)
        if entry == TABLE_ENTRY:
            self.choose_table()
            return None
        if entry == IMAGE_ENTRY:
            if at is None:
                return self.choose_image()
            return None
        try:
            symbol = VsmSymbol(entry)
        except ValueError:
            return None
        return self.add_symbol(symbol, at)

    def connect_selected(self) -> str | None:
        """An arrow between the two selected zones/text boxes/symbols."""
        if self.document is None or self.scene is None:
            return None
        ids = []
        for key in self.selected_keys():
            kind, object_id = split_key(key)
            if kind in ("zone", "element") and self.document.board.element_rect(object_id) is not None:
                ids.append(object_id)
        if len(ids) != 2:
            self.status_message.emit(self.tr("Selecteer precies twee zones, tekstvakken of symbolen om te verbinden."))
            return None
        element_id = self.document.new_id(self.tr("pijl"))
        self._add(element_key(element_id), ConnectorElement(element_id, ids[0], ids[1]), self.tr("Verbinden"))
        return element_key(element_id)

    # --- removing, clipboard ---------------------------------------------------------------

    def delete_selected(self) -> None:
        if self.document is None or self.scene is None or self.scene.inline_editor is not None:
            return
        keys = self.selected_keys()
        if keys:
            self.document.remove(keys, self.tr("Verwijderen"))

    def _selected_objects(self) -> CopiedParts:
        assert self.document is not None
        return copied_parts(self.document.board, self.selected_keys())

    def copy(self) -> None:
        if self.document is None or not self.selected_keys():
            return
        text = clipboard_json(*self._selected_objects())
        mime = QMimeData()
        mime.setData(CLIPBOARD_MIME, text.encode("utf-8"))
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)
        self.status_message.emit(self.tr("Gekopieerd."))

    def cut(self) -> None:
        self.copy()
        keys = self.selected_keys()
        if self.document is not None and keys:
            self.document.remove(keys, self.tr("Knippen"))

    def paste(self) -> list[str]:
        if self.document is None:
            return []
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return []
        if not mime.hasFormat(CLIPBOARD_MIME):
            key = self._paste_image(mime)
            if key is not None:
                return [key]
        data = bytes(mime.data(CLIPBOARD_MIME)).decode("utf-8") if mime.hasFormat(CLIPBOARD_MIME) else mime.text()
        parsed = parse_clipboard(data or "")
        if parsed is None:
            self.status_message.emit(self.tr("Het klembord bevat geen onderdelen van een bord."))
            return []
        return self._insert_copies(*parsed, text=self.tr("Plakken"))

    def _paste_image(self, mime: QMimeData) -> str | None:
        """A picture on the clipboard (copied from a browser or an image program, or a file) goes on the board."""
        for kind, name in (
            ("image/svg+xml", "plaatje.svg"),
            ("image/png", "plaatje.png"),
            ("image/jpeg", "plaatje.jpg"),
        ):
            if mime.hasFormat(kind):
                return self.add_image_bytes(bytes(mime.data(kind)), name)
        if mime.hasUrls():
            files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
            pictures = [file for file in files if Path(file).suffix.lower() in IMAGE_SUFFIXES]
            if pictures:
                return self.add_image_file(pictures[0])
        if mime.hasImage():
            image = mime.imageData()
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            return self.add_image_bytes(bytes(buffer.data()), "plaatje.png")
        return None

    def duplicate(self) -> list[str]:
        """Copies of the selection (with what lies on its zones) right beside it, on the grid, as one step."""
        if self.document is None or self.scene is None or not self.selected_keys():
            return []
        parts = self._selected_objects()
        board = self.document.board
        rects = [
            rect for rect in (object_rect(item) for item in [*parts.zones, *parts.groups, *parts.elements]) if rect
        ]
        copied = {item.id for item in [*parts.zones, *parts.groups]}
        occupied = [zone.rect for zone in board.zones if zone.id not in copied]
        delta = duplicate_offset(board, rects, self.scene.grid_mm or PASTE_OFFSET_MM, occupied)
        return self._insert_copies(*parts, text=self.tr("Dupliceren"), delta=delta)

    def _insert_copies(
        self,
        zones: list[Zone],
        groups: list[Group],
        elements: list[Any],
        bundles: list[Any],
        text: str,
        delta: tuple[float, float] | None = None,
    ) -> list[str]:
        assert self.document is not None and self.scene is not None
        document = self.document
        new = paste_objects(
            document.board,
            zones,
            groups,
            elements,
            lambda base, taken: document.new_id(base, taken),
            PASTE_OFFSET_MM,
            bundles,
            delta,
        )
        if not new:
            return []
        document.apply(text, new)
        drawn = [key for key in new if not key.startswith("bundle:")]
        self.scene.select_keys(drawn)
        return drawn

    def select_all(self) -> None:
        if self.scene is not None:
            self.scene.select_keys(self.document.keys() if self.document else [])

    def edit_label(self) -> None:
        if self.scene is None:
            return
        items = self.scene.text_items()
        if len(items) == 1:
            self.scene.start_inline_edit(items[0])

    # --- structure: groups, order, turning, lock, print ---------------------------------------

    def group_selected(self) -> None:
        """Ctrl+G: the selection becomes one group (selected, moved, copied and removed together)."""
        if self.document is None or self.scene is None:
            return
        keys = self.selected_keys()
        change = grouping(self.document.board, keys, self.document.new_id(self.tr("groep")))
        if not change:
            self.status_message.emit(self.tr("Selecteer minstens twee onderdelen om te groeperen."))
            return
        self.document.apply(self.tr("Groeperen"), change)
        self.scene.select_keys(keys)

    def ungroup_selected(self) -> None:
        """Ctrl+Shift+G: the outermost group of the selection falls apart (its inner groups stay)."""
        if self.document is None or self.scene is None:
            return
        keys = self.selected_keys()
        change = ungrouping(self.document.board, keys)
        if not change:
            self.status_message.emit(self.tr("De selectie is geen groep."))
            return
        self.document.apply(self.tr("Groep opheffen"), change)
        self.scene.select_keys(keys)

    def bring_to_front(self) -> None:
        if self.document is not None:
            self.document.apply(self.tr("Naar voorgrond"), to_front(self.document.board, self.selected_keys()))

    def send_to_back(self) -> None:
        if self.document is not None:
            self.document.apply(self.tr("Naar achtergrond"), to_back(self.document.board, self.selected_keys()))

    def rotate_selected(self) -> None:
        """Ctrl+R: turn the selection a quarter clockwise about its centre (text turns along)."""
        if self.document is None:
            return
        change = rotated_objects(self.document.board, self.selected_keys())
        if change is None:
            self.status_message.emit(self.tr("Gedraaid past dit niet op het papier."))
            return
        self.document.apply(self.tr("Draaien"), change)

    def toggle_lock(self) -> None:
        self._toggle_flag("locked", self.tr("Vergrendelen"), self.tr("Ontgrendelen"))

    def toggle_printed(self) -> None:
        self._toggle_flag("printed", self.tr("Wel afdrukken"), self.tr("Niet afdrukken"))

    def _toggle_flag(self, name: str, text_on: str, text_off: str) -> None:
        """Set a flag on every selected part: on when one of them has it off, else off."""
        if self.document is None:
            return
        values = [value for value in (self.document.get(key) for key in self.selected_keys()) if hasattr(value, name)]
        if not values:
            return
        new = not all(getattr(value, name) for value in values)
        self.document.apply(
            text_on if new else text_off, styled_objects(self.document.board, self.selected_keys(), **{name: new})
        )

    # --- pictures and tables ----------------------------------------------------------------

    def choose_image(self) -> str | None:
        if self.document is None:
            return None
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Afbeelding invoegen"), "", self.tr("Afbeeldingen (*.png *.jpg *.jpeg *.svg)")
        )
        return self.add_image_file(path) if path else None

    def add_image_file(self, path: str, at: QPointF | None = None) -> str | None:
        """Put a picture file on the board (stored in the board file); a bad file gets a message."""
        try:
            data, info = read_image_file(path)
        except BruinpapierError as error:
            QMessageBox.warning(self, self.tr("Afbeelding invoegen"), error_text(error))
            return None
        return self.add_image(data, info, Path(path).name, at)

    def add_image_bytes(self, data: bytes, name: str, at: QPointF | None = None) -> str | None:
        try:
            info = image_info(data)
        except BruinpapierError as error:
            QMessageBox.warning(self, self.tr("Afbeelding invoegen"), error_text(error))
            return None
        return self.add_image(data, info, name, at)

    def add_image(self, data: bytes, info: ImageInfo, name: str, at: QPointF | None = None) -> str | None:
        if self.document is None:
            return None
        board = self.document.board
        total = sum(len(element.data) for element in board.elements if isinstance(element, ImageElement))
        if total + len(data) > MAX_BOARD_IMAGE_BYTES:
            QMessageBox.warning(
                self,
                self.tr("Afbeelding invoegen"),
                self.tr(
                    "De afbeeldingen op dit bord worden samen te groot (hoogstens {limit} MB). Verklein de "
                    "afbeelding of haal er een weg."
                ).format(limit=MAX_BOARD_IMAGE_BYTES // (1024 * 1024)),
            )
            return None
        center = at if at is not None else self._visible_center()
        rect = placed_rect(info, center.x(), center.y(), board.bounds)
        element_id = self.document.new_id(Path(name).stem or self.tr("afbeelding"))
        element = ImageElement(element_id, rect, info.media_type, data, name=name)
        self._add(element_key(element_id), element, self.tr("Afbeelding invoegen"))
        return element_key(element_id)

    def _files_dropped(self, paths: list[str], at: QPointF) -> None:
        pictures = [path for path in paths if Path(path).suffix.lower() in IMAGE_SUFFIXES]
        if not pictures:
            self.status_message.emit(self.tr("Alleen PNG-, JPEG- en SVG-afbeeldingen kunnen op het bord."))
        for path in pictures:
            self.add_image_file(path, at)

    def choose_table(self) -> list[str]:
        if self.document is None:
            return []
        from desktop.editor.table_dialog import TableDialog

        dialog = TableDialog(self)
        if dialog.exec() != TableDialog.DialogCode.Accepted:
            return []
        return self.add_table(*dialog.values())

    def add_table(self, rows: int, columns: int, header_row: bool, header_column: bool) -> list[str]:
        """N × M zones (with header row/column) filling the middle of the view, as one step."""
        if self.document is None or self.scene is None:
            return []
        board = self.document.board
        width = min(board.width_mm * 0.6, max(60.0, columns * 60.0))
        height = min(board.height_mm * 0.6, max(40.0, rows * 40.0))
        area = self._place(width, height, shrink=False)
        document = self.document
        try:
            zones = table_zones(
                board,
                area,
                rows,
                columns,
                header_row=header_row,
                header_column=header_column,
                new_id=lambda base, taken: document.new_id(base, taken),
                labels=lambda kind, number: (self.tr("Kolom {n}") if kind == "column" else self.tr("Rij {n}")).format(
                    n=number
                ),
            )
        except BruinpapierError as error:
            QMessageBox.warning(self, self.tr("Tabel invoegen"), error_text(error))
            return []
        self.document.apply(self.tr("Tabel invoegen"), dict(zones))
        self.scene.select_keys(list(zones))
        return list(zones)

    def add_shape(self, shape: Shape, at: QPointF | None = None) -> str | None:
        """A zone of a shape: ellipse, circle, rounded rectangle or a spot for one sticky note."""
        if self.document is None:
            return None
        size = self._default_size(0.18)
        width, height = {
            Shape.ELLIPSE: (size * 1.6, size),
            Shape.CIRCLE: (size, size),
            Shape.ROUNDED: (size * 1.6, size),
            Shape.NOTE: (NOTE_SPOT_MM, NOTE_SPOT_MM),
        }[shape]
        label = "" if shape is Shape.NOTE else self.tr("Nieuwe zone")
        zone_id = self.document.new_id(self.tr("zone"))
        zone = Zone(zone_id, ZoneKind.CELL, self._place(width, height, at), label, holds=Holds(), shape=shape)
        self._add(zone_key(zone_id), zone, self.tr("Vorm toevoegen"))
        return zone_key(zone_id)

    # --- arranging -------------------------------------------------------------------------

    def _selected_rects(self) -> dict[str, Rect]:
        assert self.document is not None
        rects = {}
        for key in self.selected_keys():
            value = self.document.get(key)
            rect = object_rect(value)
            if rect is not None and not isinstance(value, (ConnectorElement, LineElement)):
                rects[key] = rect
        return rects

    def align(self, mode: str) -> None:
        if self.document is None or self.scene is None:
            return
        rects = self._selected_rects()
        if len(rects) >= 2:
            self.scene.set_rects(align_rects(rects, mode), self.tr("Uitlijnen"))

    def distribute(self, horizontal: bool) -> None:
        if self.document is None or self.scene is None:
            return
        rects = self._selected_rects()
        if len(rects) >= 3:
            self.scene.set_rects(distribute_rects(rects, horizontal), self.tr("Verdelen"))

    def nudge(self, dx: float, dy: float) -> None:
        if self.document is None or self.scene is None:
            return
        keys = [key for key in self.selected_keys() if not isinstance(self.document.get(key), ConnectorElement)]
        if keys:
            bounds = self.document.board.bounds
            for key in keys:
                rect = object_rect(self.document.get(key))
                if rect is not None:
                    dx, dy = clamp_move(rect, dx, dy, bounds)
            if dx or dy:
                self.scene.move_keys(keys, dx, dy, self.tr("Verschuiven"), MERGE_NUDGE)

    def _toggle_snap(self, on: bool) -> None:
        if self.scene is not None:
            self.scene.snap_enabled = on

    def _toggle_rulers(self, on: bool) -> None:
        if self.view is not None:
            self.view.show_rulers(on)

    def _toggle_grid(self, on: bool) -> None:
        if self.scene is not None:
            self.scene.show_grid = on
            self.scene.update()

    def _on_cursor(self, point: QPointF) -> None:
        board = self.document.board if self.document else None
        if board is None or not (0 <= point.x() <= board.width_mm and 0 <= point.y() <= board.height_mm):
            self.cursor_position.emit("")
            return
        self.cursor_position.emit(self.tr("x {x} · y {y} mm").format(x=round(point.x()), y=round(point.y())))

    def _on_nudge(self, dx: int, dy: int, fine: bool) -> None:
        step = 1.0 if fine or self.scene is None else (self.scene.grid_mm or 1.0)
        self.nudge(dx * step, dy * step)
