"""The palette: new zones, text boxes, headings and the VSM symbols, one click to add."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from boards.model import VsmSymbol
from boards.symbols import SYMBOL_LABELS
from desktop.editor.painting import INK, draw_symbol

#: Mime type of a palette entry dragged onto the board.
PALETTE_MIME = "application/x-bruinpapier-palette"

#: Palette entries that are not symbols.
ZONE_ENTRY = "zone"
TEXT_ENTRY = "text"
GROUP_ENTRY = "group"
CONNECTOR_ENTRY = "connector"
LINE_ENTRY = "line"


@cache
def symbol_icon(symbol: VsmSymbol, size: int = 40) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_symbol(painter, symbol, QRectF(3, 3, size - 6, size - 6), INK, width_mm=1.6)
    painter.end()
    return QIcon(pixmap)


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
