"""Bar and line charts drawn with QPainter (no QtCharts in PySide6-Essentials)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from boards.analysis.charts import ChartData, TrendLines, app_label
from desktop.i18n import qt_translate

LINE_COLORS = ["#d84315", "#1e88e5", "#43a047", "#8e24aa", "#f9a825", "#6d4c41"]


def _nice_top(value: float) -> float:
    if value <= 0:
        return 1.0
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value / step <= 6:
            return step * -(-value // step)
    return value


class BarChartWidget(QWidget):
    """Horizontal bars, one row per category, one bar per series."""

    ROW_GAP = 6.0
    BAR_HEIGHT = 12.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: ChartData | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAutoFillBackground(True)

    @property
    def chart(self) -> ChartData | None:
        return self._chart

    def set_chart(self, chart: ChartData | None) -> None:
        self._chart = chart
        self.updateGeometry()
        self.update()

    def _row_height(self) -> float:
        series = len(self._chart.series) if self._chart else 1
        return series * self.BAR_HEIGHT + self.ROW_GAP

    def sizeHint(self) -> QSize:
        rows = len(self._chart.labels) if self._chart else 0
        return QSize(600, int(60 + rows * self._row_height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def bar_rects(self) -> list[list[QRectF]]:
        """The bars' rectangles per series (for painting and for tests)."""
        chart = self._chart
        if chart is None:
            return []
        metrics = QFontMetricsF(self.font())
        label_width = min(
            self.width() * 0.4, max((metrics.horizontalAdvance(label) for label in shown_labels(chart)), default=0) + 12
        )
        left, top = label_width, 30.0
        width = max(10.0, self.width() - left - 60)
        peak = _nice_top(max((max(values) for values in chart.series if values), default=0))
        rects: list[list[QRectF]] = []
        for series_index, values in enumerate(chart.series):
            series_rects = []
            for row, value in enumerate(values):
                y = top + row * self._row_height() + series_index * self.BAR_HEIGHT
                series_rects.append(QRectF(left, y, width * float(value) / peak, self.BAR_HEIGHT - 2))
            rects.append(series_rects)
        return rects

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        chart = self._chart
        if chart is None or chart.empty:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nog niets om te tonen"))
            return
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(8, 4, self.width() - 16, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            shown_title(chart),
        )
        painter.setFont(self.font())
        rects = self.bar_rects()
        label_right = rects[0][0].left() - 6 if rects and rects[0] else 100
        for row, label in enumerate(shown_labels(chart)):
            y = 30 + row * self._row_height()
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(4, y, label_right - 4, self._row_height() - self.ROW_GAP),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                QFontMetricsF(self.font()).elidedText(label, Qt.TextElideMode.ElideRight, label_right - 4),
            )
        for series_index, series_rects in enumerate(rects):
            color = QColor(chart.colors[series_index % len(chart.colors)])
            texts = chart.value_labels[series_index] if series_index < len(chart.value_labels) else None
            for row, rect in enumerate(series_rects):
                painter.fillRect(rect, color)
                value = chart.series[series_index][row]
                text = texts[row] if texts else f"{value:g}"
                painter.setPen(QColor("#333333"))
                painter.drawText(QPointF(rect.right() + 4, rect.bottom() - 1), text)
        # legend
        x = 8.0
        y = self.height() - 8.0
        for label, color in zip(shown_legend(chart), chart.colors):
            painter.fillRect(QRectF(x, y - 9, 9, 9), QColor(color))
            painter.setPen(QColor("#333333"))
            painter.drawText(QPointF(x + 13, y), label)
            x += 30 + QFontMetricsF(self.font()).horizontalAdvance(label)
        painter.end()


class LineChartWidget(QWidget):
    """Counts over dates, one line per zone and measure."""

    LEGEND_ROW = 16.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: TrendLines | None = None
        self.setMinimumSize(400, 260)

    @property
    def lines(self) -> TrendLines | None:
        return self._lines

    def set_lines(self, lines: TrendLines | None) -> None:
        self._lines = lines
        self.update()

    def points(self) -> list[list[QPointF]]:
        lines = self._lines
        if lines is None or not lines.dates:
            return []
        left, top, right = 50.0, 30.0, self.width() - 50.0
        bottom = self.height() - 24.0 - self.LEGEND_ROW * len(lines.lines)
        peak = _nice_top(max((max(values) for _, values in lines.lines), default=0))
        steps = max(1, len(lines.dates) - 1)
        return [
            [
                QPointF(left + (right - left) * index / steps, bottom - (bottom - top) * value / peak)
                for index, value in enumerate(values)
            ]
            for _, values in lines.lines
        ]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        lines = self._lines
        if lines is None or not lines.lines:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Niets veranderd tussen de data"))
            return
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QPointF(8, 18), shown_title(lines))
        painter.setFont(self.font())
        all_points = self.points()
        if all_points:
            first = all_points[0]
            bottom = max(point.y() for points in all_points for point in points)
            painter.setPen(QPen(QColor("#999999"), 1))
            for index, date in enumerate(lines.dates):
                x = first[index].x()
                painter.drawText(QRectF(x - 40, bottom + 4, 80, 14), Qt.AlignmentFlag.AlignCenter, date)
        for number, ((label, _), points) in enumerate(zip(lines.lines, all_points)):
            color = QColor(LINE_COLORS[number % len(LINE_COLORS)])
            painter.setPen(QPen(color, 2))
            for start, end in itertools.pairwise(points):
                painter.drawLine(start, end)
            for point in points:
                painter.drawEllipse(point, 3, 3)
            y = self.height() - 6 - self.LEGEND_ROW * (len(lines.lines) - 1 - number)
            painter.drawLine(QPointF(8, y - 4), QPointF(24, y - 4))
            painter.drawText(QPointF(30, y), label)
        painter.end()


def shown_title(chart: ChartData | TrendLines) -> str:
    """A chart's title in the interface language (board content stays as it is)."""
    return chart.title_message.render(qt_translate) if chart.title_message is not None else chart.title


def shown_legend(chart: ChartData) -> list[str]:
    """A chart's legend in the interface language."""
    if chart.legend_messages is not None:
        return [message.render(qt_translate) for message in chart.legend_messages]
    return [shown_word(label) for label in chart.legend]


def shown_labels(chart: ChartData) -> list[str]:
    """The bars' names in the interface language: the ones the analysis made ("overige (12)", "(geen
    school)") translated, board content and school names as they are."""
    return [_shown_app_label(label) for label in chart.labels]


def _shown_app_label(text: str) -> str:
    message = app_label(text)
    return message.render(qt_translate) if message is not None else text


def shown_word(text: str) -> str:
    """A legend entry: a word of the analysis (``briefjes``, "gemiddelde overige (3)") translated, board
    content as it is."""
    message = app_label(text)
    return message.render(qt_translate) if message is not None else QCoreApplication.translate("analysis", text)
