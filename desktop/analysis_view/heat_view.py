"""The board itself in a QGraphicsScene (mm), zones shaded by one measure (``boards.analysis.measures``),
and its legend.

Areas the team writes in (the CONCLUSIE) show what it wrote; a Value Stream Map with times
gets the lead-time ladder under the board (:meth:`BoardHeatView.show_ladder`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from boards.analysis.charts import WAIT_COLOR, WORK_COLOR
from boards.analysis.measures import Heat
from boards.analysis.vsm import LadderSegment, VsmAnalysis
from boards.durations import format_duration_long
from boards.model import Board, TextElement


class BoardHeatView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.zone_items: dict[str, QGraphicsRectItem] = {}
        self.count_items: dict[str, QGraphicsSimpleTextItem] = {}
        self.label_items: dict[str, QGraphicsTextItem] = {}
        self.written_items: dict[str, QGraphicsTextItem] = {}
        self.ladder_texts: list[QGraphicsSimpleTextItem] = []
        self.ladder_steps: list[QGraphicsTextItem] = []
        self._board: Board | None = None

    def show_heat(self, heat: Heat, written: dict[str, str] | None = None) -> None:
        """Draw ``heat``'s board with every zone in the colour of its value; zones that do not count the
        measure stay grey without a number; ``written`` areas (zone id → text) show what the team wrote."""
        board = heat.board
        scene = self.scene()
        scene.clear()
        self.zone_items.clear()
        self.count_items.clear()
        self.label_items.clear()
        self.written_items.clear()
        self.ladder_texts.clear()
        self.ladder_steps.clear()
        self._board = board
        scene.setSceneRect(QRectF(0, 0, board.width_mm, board.height_mm))
        paper = scene.addRect(
            QRectF(0, 0, board.width_mm, board.height_mm), QPen(QColor("#a1887f"), 1), QBrush(QColor("#f6efe4"))
        )
        paper.setZValue(-10)
        if board.header is not None and board.title:
            header = board.header
            title = QGraphicsTextItem(board.title)
            title.setFont(self._font(max(4.0, min(header.height / 3, 24.0)), bold=True))
            title.setTextWidth(max(10.0, header.width))
            title.setPos(header.x, header.y)
            scene.addItem(title)
        for group in board.groups:
            if group.rect is not None:
                text = scene.addSimpleText(group.label, self._font(group.rect.height * 0.6, bold=True))
                text.setPos(group.rect.x, group.rect.y)
        for element in board.elements:
            if isinstance(element, TextElement) and element.text.strip():
                text = QGraphicsTextItem(element.text)
                size = (
                    max(4.0, min(element.rect.height / 3, 12.0))
                    if element.font_size_pt is None
                    else element.font_size_pt * 0.35
                )
                text.setFont(self._font(size, bold=element.bold))
                text.setTextWidth(max(10.0, element.rect.width))
                text.setPos(element.rect.x, element.rect.y)
                scene.addItem(text)
        for zone in sorted(board.zones, key=lambda z: -z.rect.area):
            count = heat.text(zone.id)
            rect = QRectF(zone.rect.x, zone.rect.y, zone.rect.width, zone.rect.height)
            item = scene.addRect(rect, QPen(QColor("#6d4c41"), 0.8), QBrush(QColor(heat.color(zone.id))))
            item.setToolTip(
                f"{zone.label}: {count}" if count else self.tr("{zone}: telt hier niet mee").format(zone=zone.label)
            )
            self.zone_items[zone.id] = item
            size = max(4.0, min(zone.rect.height / 6, zone.rect.width / 10, 14.0))
            label = QGraphicsTextItem(zone.label or zone.id)
            label.setParentItem(item)
            self.label_items[zone.id] = label
            label.setFont(self._font(size))
            label.setTextWidth(max(10.0, zone.rect.width - 4))
            label.setPos(zone.rect.x + 1, zone.rect.y + 1)
            if written and zone.id in written:
                text = QGraphicsTextItem(written[zone.id])
                text.setParentItem(item)
                text.setFont(self._font(size))
                text.setDefaultTextColor(QColor("#8a2b0e"))
                text.setTextWidth(max(10.0, zone.rect.width - 4))
                text.setPos(zone.rect.x + 1, zone.rect.y + 1 + label.boundingRect().height())
                self.written_items[zone.id] = text
                continue
            number = QGraphicsSimpleTextItem(count)
            number.setParentItem(item)
            number.setFont(self._font(size * 1.6, bold=True))
            box = number.boundingRect()
            number.setPos(zone.rect.right - box.width() - 2, zone.rect.bottom - box.height() - 1)
            self.count_items[zone.id] = number
        self.fit()

    def show_ladder(self, segments: list[LadderSegment], vsm: VsmAnalysis) -> None:
        """Draw the VSM's lead-time ladder under the board: waits on the upper rung between the steps,
        bewerkingstijd on the lower rung under each step, the totals at its right end."""
        board = self._board
        if board is None or not segments:
            return
        scene = self.scene()
        high = board.height_mm + 30
        low = high + 40
        size = max(8.0, board.width_mm / 120)
        previous = None
        for segment in segments:
            y = high if segment.level == "wacht" else low
            pen = QPen(QColor("#3e2723"), 3)
            if previous is not None:
                scene.addLine(segment.x0, previous, segment.x0, y, pen)
            scene.addLine(segment.x0, y, segment.x1, y, pen)
            previous = y
            text = scene.addSimpleText(segment.text, self._font(size))
            text.setBrush(QColor(WAIT_COLOR if segment.level == "wacht" else WORK_COLOR))
            box = text.boundingRect()
            text.setPos((segment.x0 + segment.x1 - box.width()) / 2, y - box.height() - 2)
            self.ladder_texts.append(text)
            if segment.step:
                name = QGraphicsTextItem(segment.step)
                name.setFont(self._font(size * 0.8))
                name.setTextWidth(max(10.0, segment.x1 - segment.x0))
                name.setPos(segment.x0, y + 3)
                scene.addItem(name)
                self.ladder_steps.append(name)
        right = max(segment.x1 for segment in segments) + 15
        for y, words in (
            (high, self.tr("Doorlooptijd: {time}").format(time=format_duration_long(vsm.lead_min))),
            (low, self.tr("Bewerkingstijd: {time}").format(time=format_duration_long(vsm.work_min))),
        ):
            text = scene.addSimpleText(words, self._font(size, bold=True))
            text.setPos(right, y - text.boundingRect().height() / 2)
            self.ladder_texts.append(text)
        scene.setSceneRect(scene.itemsBoundingRect().united(QRectF(0, 0, board.width_mm, board.height_mm)))
        self.fit()

    @staticmethod
    def _font(size_mm: float, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(max(1.0, size_mm))  # scene units are mm; the view scales the whole scene
        font.setBold(bold)
        return font

    def fit(self) -> None:
        if self._board is not None:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def zone_color(self, zone_id: str) -> QColor:
        return self.zone_items[zone_id].brush().color()


class HeatLegend(QWidget):
    """Swatches with what each colour means, and a sentence on how to read the board."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row)
        layout.addWidget(self.caption)
        self.entries: list[tuple[str, str]] = []  # (colour, text) as shown

    def show_heat(self, heat: Heat | None) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.entries = []
        self.caption.setText(heat.caption().render(QCoreApplication.translate) if heat is not None else "")
        if heat is None:
            return
        for entry in heat.legend():
            text = entry.text.render(QCoreApplication.translate)
            swatch = QLabel(self)
            swatch.setFixedSize(18, 14)
            swatch.setStyleSheet(f"background: {entry.color}; border: 1px solid #6d4c41;")
            swatch.setAccessibleName(text)
            label = QLabel(text, self)
            self.row.addWidget(swatch)
            self.row.addWidget(label)
            self.row.addSpacing(12)
            self.entries.append((entry.color, text))
        self.row.addStretch(1)
