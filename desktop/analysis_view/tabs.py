"""The board, chart and table tabs that the analysis view and the archive summary both show.

The board tab shades the board by a measure chosen from the board's own measures (with a legend),
the chart tab shows one bar chart at a time, the table tab one table at a time. What is shaded,
charted and tabled is up to the view that holds the tabs: it fills them through
:meth:`AnalysisTabs.show_measures`, :meth:`show_charts` and :meth:`show_tables` and draws the heat
itself when :attr:`measure_chosen` says the facilitator picked another measure.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boards.analysis.charts import ChartData
from boards.analysis.measures import board_measures, find_measure
from boards.model import Board
from desktop.accessibility import describe
from desktop.analysis_view.charts import BarChartWidget, shown_title
from desktop.analysis_view.heat_view import BoardHeatView, HeatLegend
from desktop.analysis_view.table_model import DataFrameModel


class AnalysisTabs(QTabWidget):
    """Tabs "Bord", "Grafieken" and "Tabellen"; ``measure_chosen`` carries the chosen measure's id.

    ``measure_tip`` and ``heat_tip`` say what the shading counts (one session or all of them).
    """

    measure_chosen = Signal(str)

    def __init__(self, measure_tip: str, heat_tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure_id: str | None = None  # the measure chosen for the heat view (and the PDF report)
        self.heat_view = BoardHeatView()
        self.measure_combo = QComboBox()
        self.measure_combo.setAccessibleName(self.tr("Wat het bord kleurt"))
        self.measure_combo.setToolTip(measure_tip)
        self.measure_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure_combo.currentIndexChanged.connect(self._measure_picked)
        self.heat_legend = HeatLegend()
        measure_row = QHBoxLayout()
        measure_label = QLabel(self.tr("&Kleur naar:"))
        measure_label.setBuddy(self.measure_combo)
        measure_row.addWidget(measure_label)
        measure_row.addWidget(self.measure_combo)
        measure_row.addWidget(self.heat_legend, 1)
        heat_page = QWidget()
        heat_layout = QVBoxLayout(heat_page)
        heat_layout.setContentsMargins(0, 0, 0, 0)
        heat_layout.addLayout(measure_row)
        heat_layout.addWidget(self.heat_view, 1)

        self.chart_combo = QComboBox()
        self.chart_combo.currentIndexChanged.connect(self._show_chart)
        self.bar_chart = BarChartWidget()
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.bar_chart)
        chart_page = QWidget()
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.addWidget(self.chart_combo)
        chart_layout.addWidget(chart_scroll)

        self.table_combo = QComboBox()
        self.table_combo.currentIndexChanged.connect(self._show_table)
        self.table_model = DataFrameModel(parent=self)
        self.table_view = QTableView()
        self.table_view.setModel(self.table_model)
        self.table_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.addWidget(self.table_combo)
        table_layout.addWidget(self.table_view)

        self.addTab(heat_page, self.tr("Bord"))
        self.addTab(chart_page, self.tr("Grafieken"))
        self.addTab(table_page, self.tr("Tabellen"))
        for widget, tip, name in (
            (self.heat_view, heat_tip, self.tr("Bord")),
            (self.chart_combo, self.tr("Welke grafiek je ziet"), self.tr("Grafiek")),
            (self.table_combo, self.tr("Welke tabel je ziet"), self.tr("Tabel")),
            (self.table_view, self.tr("De gekozen tabel; kopiëren met Ctrl+C"), self.tr("Tabel")),
        ):
            describe(widget, tip, name)
        self._charts: list[ChartData] = []
        self._tables: dict[str, pd.DataFrame] = {}

    # --- filling -------------------------------------------------------------------------------

    def show_measures(self, board: Board) -> None:
        """The measures of ``board``; the one chosen before stays chosen where the board has it."""
        chosen = find_measure(board, self.measure_id).id
        self.measure_combo.blockSignals(True)
        self.measure_combo.clear()
        for measure in board_measures(board):
            self.measure_combo.addItem(measure.label.render(QCoreApplication.translate), measure.id)
        self.measure_combo.setCurrentIndex(max(0, self.measure_combo.findData(chosen)))
        self.measure_combo.blockSignals(False)

    def set_measure(self, measure_id: str) -> None:
        """Shade by ``measure_id`` (a dot kind's id, ``notes`` or ``balance``) where the board has it."""
        self.measure_id = measure_id
        index = self.measure_combo.findData(measure_id)
        if index >= 0:
            self.measure_combo.setCurrentIndex(index)

    def current_measure(self) -> str | None:
        """The id of the measure the board is shaded by now (None before a board is shown)."""
        return self.measure_combo.currentData()

    def show_charts(self, charts: Sequence[ChartData]) -> None:
        self._charts = list(charts)
        self.chart_combo.blockSignals(True)
        self.chart_combo.clear()
        self.chart_combo.addItems([shown_title(chart) for chart in self._charts])
        self.chart_combo.blockSignals(False)
        self._show_chart(0)

    def show_tables(self, tables: dict[str, pd.DataFrame]) -> None:
        """Tables by their (translated) name, in the order the table list shows them."""
        self._tables = dict(tables)
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        self.table_combo.addItems(list(self._tables))
        self.table_combo.blockSignals(False)
        self._show_table(0)

    def show_nothing(self) -> None:
        """Empty tabs, for when there is no session or board to show."""
        self.heat_view.scene().clear()
        self.measure_combo.clear()
        self.heat_legend.show_heat(None)
        self.show_charts([])
        self.show_tables({})

    # --- reacting --------------------------------------------------------------------------------

    def _measure_picked(self, index: int) -> None:
        if index >= 0:
            self.measure_id = self.measure_combo.itemData(index)
            self.measure_chosen.emit(self.measure_id)

    def _show_chart(self, index: int) -> None:
        self.bar_chart.set_chart(self._charts[index] if 0 <= index < len(self._charts) else None)

    def _show_table(self, index: int) -> None:
        names = list(self._tables)
        self.table_model.set_frame(self._tables[names[index]] if 0 <= index < len(names) else pd.DataFrame())
        self.table_view.resizeColumnsToContents()
