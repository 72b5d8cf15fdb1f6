"""The palette: new zones, text boxes, headings and the VSM symbols, one click to add."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from boards.model import Shape, VsmSymbol
from boards.symbols import SYMBOL_LABELS
from desktop.editor.painting import INK, draw_symbol, outline_path

#: Mime type of a palette entry dragged onto the board.
PALETTE_MIME = "application/x-bruinpapier-palette"

#: Palette entries that are not symbols.
ZONE_ENTRY = "zone"
TEXT_ENTRY = "text"
GROUP_ENTRY = "group"
CONNECTOR_ENTRY = "connector"
LINE_ENTRY = "line"
TABLE_ENTRY = "table"
IMAGE_ENTRY = "image"
#: Palette entries for zone shapes: "shape:ellipse", "shape:circle", "shape:rounded", "shape:note".
SHAPE_ENTRY_PREFIX = "shape:"


@cache
def symbol_icon(symbol: VsmSymbol, size: int = 40) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_symbol(painter, symbol, QRectF(3, 3, size - 6, size - 6), INK, width_mm=1.6)
    painter.end()
    return QIcon(pixmap)


@cache
def _shape_icon(kind: str, size: int = 40) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(INK, 1.6))
    if kind == ZONE_ENTRY:
        painter.setBrush(QColor("#e6d3b3"))
        painter.drawRect(QRectF(5, 9, size - 10, size - 18))
    elif kind == TEXT_ENTRY:
        font = painter.font()
        font.setPixelSize(int(size * 0.55))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), "Tt")
    elif kind == GROUP_ENTRY:
        painter.setBrush(QColor(43, 29, 18, 60))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(QRectF(4, 12, size - 8, 9))
        painter.setPen(QPen(INK, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(4, 24, (size - 12) / 2, 10))
        painter.drawRect(QRectF(8 + (size - 12) / 2, 24, (size - 12) / 2, 10))
    elif kind == CONNECTOR_ENTRY:
        painter.drawLine(6, size - 8, size - 8, 8)
        painter.setBrush(INK)
        painter.drawPolygon(QPolygonF([QPointF(size - 6, 6), QPointF(size - 17, 9), QPointF(size - 9, 17)]))
    elif kind.startswith(SHAPE_ENTRY_PREFIX):
        shape = Shape(kind.removeprefix(SHAPE_ENTRY_PREFIX))
        painter.setBrush(QColor("#e6d3b3"))
        box = QRectF(5, 9, size - 10, size - 18) if shape is not Shape.CIRCLE else QRectF(8, 8, size - 16, size - 16)
        if shape is Shape.NOTE:
            box = QRectF(9, 9, size - 18, size - 18)
            painter.setBrush(QColor("#fff176"))
            painter.setPen(QPen(INK, 1.2, Qt.PenStyle.DotLine))
        painter.drawPath(outline_path(shape, box))
    elif kind == TABLE_ENTRY:
        painter.setBrush(QColor("#fdf3dc"))
        painter.drawRect(QRectF(5, 8, size - 10, 7))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(5, 8, size - 10, size - 16))
        for step in (1, 2):
            x = 5 + (size - 10) * step / 3
            painter.drawLine(QPointF(x, 8), QPointF(x, size - 8))
        painter.drawLine(QPointF(5, 15 + (size - 23) / 2), QPointF(size - 5, 15 + (size - 23) / 2))
    elif kind == IMAGE_ENTRY:
        painter.setBrush(QColor("#d2e6f5"))
        painter.drawRect(QRectF(5, 9, size - 10, size - 18))
        painter.setBrush(QColor("#16441b"))
        painter.drawPolygon(QPolygonF([QPointF(8, size - 11), QPointF(18, 18), QPointF(28, size - 11)]))
        painter.setBrush(QColor("#f6e3a1"))
        painter.drawEllipse(QPointF(size - 12, 16), 3.5, 3.5)
    elif kind == LINE_ENTRY:
        painter.setPen(QPen(INK, 2.2))
        painter.drawLine(6, size - 10, size - 6, 10)
        painter.setPen(QPen(INK, 1.0))
        painter.setBrush(QColor("white"))
        painter.drawEllipse(QPointF(6, size - 10), 3, 3)
        painter.drawEllipse(QPointF(size - 6, 10), 3, 3)
    painter.end()
    return QIcon(pixmap)


class PaletteList(QListWidget):
    """Icons that can be clicked (add in the middle of the view) or dragged onto the board."""

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        if items:
            mime.setData(PALETTE_MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode("utf-8"))
        return mime

    def mimeTypes(self) -> list[str]:
        return [PALETTE_MIME]


class Palette(QWidget):
    """Emits ``chosen(entry)``: ``zone``, ``text``, ``group``, ``connector``, ``line`` or a VsmSymbol value."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = PaletteList()
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QListWidget.DragDropMode.DragOnly)
        # One entry per row, icon beside its whole label: no label is cut off, in any language.
        self.list.setViewMode(QListWidget.ViewMode.ListMode)
        self.list.setIconSize(QSize(28, 28))
        self.list.setSpacing(1)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setAccessibleName(self.tr("Palet"))
        self.list.setToolTip(self.tr("Klik om toe te voegen midden in beeld, of sleep naar een plek op het bord"))
        entries = [
            (ZONE_ENTRY, self.tr("Zone"), _shape_icon(ZONE_ENTRY)),
            (TEXT_ENTRY, self.tr("Tekstvak"), _shape_icon(TEXT_ENTRY)),
            (GROUP_ENTRY, self.tr("Groepskop"), _shape_icon(GROUP_ENTRY)),
            (CONNECTOR_ENTRY, self.tr("Verbinden"), _shape_icon(CONNECTOR_ENTRY)),
            (LINE_ENTRY, self.tr("Lijn"), _shape_icon(LINE_ENTRY)),
            (SHAPE_ENTRY_PREFIX + "ellipse", self.tr("Ellips"), _shape_icon(SHAPE_ENTRY_PREFIX + "ellipse")),
            (SHAPE_ENTRY_PREFIX + "circle", self.tr("Cirkel"), _shape_icon(SHAPE_ENTRY_PREFIX + "circle")),
            (SHAPE_ENTRY_PREFIX + "rounded", self.tr("Afgerond"), _shape_icon(SHAPE_ENTRY_PREFIX + "rounded")),
            (SHAPE_ENTRY_PREFIX + "note", self.tr("Post-it-plek"), _shape_icon(SHAPE_ENTRY_PREFIX + "note")),
            (TABLE_ENTRY, self.tr("Tabel"), _shape_icon(TABLE_ENTRY)),
            (IMAGE_ENTRY, self.tr("Afbeelding"), _shape_icon(IMAGE_ENTRY)),
        ]
        entries += [
            (symbol.value, QCoreApplication.translate("symbols", SYMBOL_LABELS[symbol]), symbol_icon(symbol))
            for symbol in VsmSymbol
        ]
        for entry, label, icon in entries:
            item = QListWidgetItem(icon, label)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(label)
            self.list.addItem(item)
        widest = max(self.list.fontMetrics().horizontalAdvance(label) for _, label, _ in entries)
        self.list.setMinimumWidth(widest + 28 + 36)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list)

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def entry_item(self, entry: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == entry:
                return item
        return None
