"""The summary of many archived sessions: per board the board shaded by everything put on it, the charts
and the tables the database counted (``boards.archive.aggregate``), with Excel and PDF exports.

Made from an :class:`~boards.analysis.summary.ArchiveSummary` only, so ten thousand sessions show as
quickly as ten. A small selection can still be opened session by session ("Sessies apart bekijken").
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from boards.analysis.charts import NO_SCHOOL, summary_charts
from boards.analysis.measures import board_measures, find_measure
from boards.analysis.overview import SUGGESTION_LINE
from boards.analysis.summary import ArchiveSummary, BoardSummary, schools_by_measure
from boards.archive.selection import SessionFilter
from boards.errors import BruinpapierError
from boards.i18n import Message
from desktop.accessibility import describe
from desktop.analysis_view.charts import BarChartWidget, shown_title
from desktop.analysis_view.heat_view import BoardHeatView, HeatLegend
from desktop.analysis_view.table_model import DataFrameModel
from desktop.background import BackgroundJob
from desktop.feedback import explain, report_saved
from desktop.i18n import error_text, qt_translate

#: Up to this many sessions the summary offers to analyse them one by one (each is loaded then).
MAX_PER_SESSION = 200


def _schools_named(frame: pd.DataFrame) -> pd.DataFrame:
    """Sessions without a school under "(geen school)" in the interface language, not an empty cell."""
    if "school" not in frame.columns or not (frame["school"] == "").any():
        return frame
    named = frame.copy()
    named["school"] = named["school"].replace("", qt_translate("analysis", NO_SCHOOL))
    return named


class SummaryView(QWidget):
    """``per_session_requested`` asks to load the summarised sessions and analyse them one by one."""

    per_session_requested = Signal()

    def __init__(self, summary: ArchiveSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.job: BackgroundJob | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.board_combo = QComboBox()
        self.board_combo.currentIndexChanged.connect(self._show_board)
        self.per_session_button = QPushButton(self.tr("Sessies &apart bekijken"))
        self.per_session_button.clicked.connect(self.per_session_requested.emit)
        self.excel_button = QPushButton(self.tr("Ex&cel…"))
        self.excel_button.setToolTip(self.tr("De tabellen van de samenvatting als Excel-werkmap"))
        self.excel_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self.report_button = QPushButton(self.tr("&PDF-rapport…"))
        self.report_button.setToolTip(self.tr("Rapport van de samenvatting: overzicht, per bord, scholen vergeleken"))
        self.report_button.clicked.connect(lambda: self._ask_export("pdf"))
        self.status = QLabel()

        self.heat_view = BoardHeatView()
        self.measure_id: str | None = None
        self.measure_combo = QComboBox()
        self.measure_combo.setAccessibleName(self.tr("Wat het bord kleurt"))
        self.measure_combo.setToolTip(
            self.tr(
                "Wat de kleur van de vakken laat zien, opgeteld over alle sessies: één soort stippen, de "
                "briefjes of de balans"
            )
        )
        self.measure_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure_combo.currentIndexChanged.connect(self._measure_chosen)
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
        self.tabs = QTabWidget()
        self.tabs.addTab(heat_page, self.tr("Bord"))
        self.tabs.addTab(chart_page, self.tr("Grafieken"))
        self.tabs.addTab(table_page, self.tr("Tabellen"))

        for widget, tip, name in (
            (self.board_combo, self.tr("Welk bord van de samenvatting je ziet"), self.tr("Bord")),
            (self.chart_combo, self.tr("Welke grafiek je ziet"), self.tr("Grafiek")),
            (self.table_combo, self.tr("Welke tabel je ziet"), self.tr("Tabel")),
            (
                self.heat_view,
                self.tr("Het bord met de tellingen van alle sessies per vak; hoe donkerder, hoe meer"),
                self.tr("Bord"),
            ),
            (self.table_view, self.tr("De gekozen tabel; kopiëren met Ctrl+C"), self.tr("Tabel")),
        ):
            describe(widget, tip, name)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bord:")))
        top.addWidget(self.board_combo, 1)
        top.addWidget(self.per_session_button)
        top.addWidget(self.excel_button)
        top.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.findings)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._charts = []
        self._tables: dict[str, pd.DataFrame] = {}
        self._fill()

    # --- what is shown ---------------------------------------------------------------------

    def _fill(self) -> None:
        summary = self.summary
        schools = len([school for school in summary.schools["school"]]) if len(summary.schools) else 0
        period = f", {summary.first_date} – {summary.last_date}" if summary.first_date else ""
        self.heading.setText(
            self.tr("Samenvatting van {selection}: {sessions} sessies van {schools} scholen{period}").format(
                selection=SessionFilter(**summary.filters).describe_message().render(qt_translate),
                sessions=summary.sessions,
                schools=schools,
                period=period,
            )
        )
        self.per_session_button.setEnabled(0 < summary.sessions <= MAX_PER_SESSION)
        self.per_session_button.setToolTip(
            self.tr("Elke sessie apart analyseren (tot {limit} sessies)").format(limit=MAX_PER_SESSION)
        )
        self.board_combo.blockSignals(True)
        self.board_combo.clear()
        for item in summary.boards:
            self.board_combo.addItem(
                self.tr("{title} ({count} sessies)").format(title=item.board_title, count=item.sessions)
            )
        self.board_combo.blockSignals(False)
        self.excel_button.setEnabled(summary.sessions > 0)
        self.report_button.setEnabled(summary.sessions > 0)
        self._show_board(0)

    @property
    def current(self) -> BoardSummary | None:
        boards = self.summary.boards
        index = max(0, self.board_combo.currentIndex())
        return boards[index] if index < len(boards) else None

    def _show_board(self, _index: int) -> None:
        item = self.current
        if item is None:
            self.findings.setText(self.tr("Geen sessies gekozen."))
            self.heat_view.scene().clear()
            self.measure_combo.clear()
            self.heat_legend.show_heat(None)
            self._charts, self._tables = [], {}
        else:
            suggestion = item.processes.suggestion_message if item.processes is not None else None
            self.findings.setText(
                Message("analysis", SUGGESTION_LINE, {"text": suggestion}).render(qt_translate)
                if suggestion is not None and suggestion.render()
                else ""
            )
            self._fill_measures(item)
            self._show_heat()
            self._charts = summary_charts(self.summary, item)
            self._tables = self._board_tables(item)
        self.chart_combo.blockSignals(True)
        self.chart_combo.clear()
        self.chart_combo.addItems([shown_title(chart) for chart in self._charts])
        self.chart_combo.blockSignals(False)
        self._show_chart(0)
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        self.table_combo.addItems(list(self._tables))
        self.table_combo.blockSignals(False)
        self._show_table(0)

    def _fill_measures(self, item: BoardSummary) -> None:
        chosen = find_measure(item.board, self.measure_id).id
        self.measure_combo.blockSignals(True)
        self.measure_combo.clear()
        for measure in board_measures(item.board):
            self.measure_combo.addItem(measure.label.render(QCoreApplication.translate), measure.id)
        self.measure_combo.setCurrentIndex(max(0, self.measure_combo.findData(chosen)))
        self.measure_combo.blockSignals(False)

    def _measure_chosen(self, index: int) -> None:
        if index >= 0:
            self.measure_id = self.measure_combo.itemData(index)
            self._show_heat()

    def _show_heat(self) -> None:
        item = self.current
        if item is None:
            return
        shaded = item.heat(self.measure_combo.currentData())
        self.heat_view.show_heat(shaded)
        self.heat_legend.show_heat(shaded)

    def _board_tables(self, item: BoardSummary) -> dict[str, pd.DataFrame]:
        summary = self.summary
        unit = qt_translate("analysis", summary.period_unit)  # "jaar", "maand", "dag"
        tables: dict[str, pd.DataFrame] = {self.tr("Per vak (alle sessies)"): item.zones.drop(columns=["zone_id"])}
        if item.processes is not None:
            tables[self.tr("Procesplaat: rangorde")] = item.processes.labelled(
                item.processes.processes.drop(columns=["zone_id"])
            )
            tables[self.tr("Procesplaat: per groep")] = item.processes.labelled(item.processes.groups)
        if item.comparison is not None:
            for measure in item.measures:
                frame = schools_by_measure(item.comparison, measure)
                if int(frame["total"].sum()):
                    tables[self.tr("Scholen vergeleken: {measure}").format(measure=measure)] = frame
        if len(item.periods) > 1:
            tables[self.tr("Per {unit} (gemiddeld per sessie)").format(unit=unit)] = item.periods
            tables[self.tr("Verloop per vak")] = item.period_zones.drop(columns=["zone_id"])
        tables[self.tr("Scholen")] = summary.schools
        tables[self.tr("Per {unit}").format(unit=unit)] = summary.periods
        if len(summary.board_table) > 1:
            tables[self.tr("Borden")] = summary.board_table
        if not summary.colors.empty:
            tables[self.tr("Kleuren briefjes")] = summary.colors.drop(columns=["color"])
        return {name: _schools_named(frame) for name, frame in tables.items()}

    def _show_chart(self, index: int) -> None:
        self.bar_chart.set_chart(self._charts[index] if 0 <= index < len(self._charts) else None)

    def _show_table(self, index: int) -> None:
        names = list(self._tables)
        self.table_model.set_frame(self._tables[names[index]] if 0 <= index < len(names) else pd.DataFrame())
        self.table_view.resizeColumnsToContents()

    # --- export -------------------------------------------------------------------------------

    def export(self, kind: str, path: Path | str) -> BackgroundJob:
        """Write the workbook (``xlsx``) or the PDF report (``pdf``) in a worker thread."""
        from boards.analysis.excel import write_summary_workbook
        from printing.summary_report import write_summary_report

        summary, measure = self.summary, self.measure_id
        for button in (self.excel_button, self.report_button):
            explain(button, False, self.tr("Er wordt nog een bestand geschreven"))
        self.status.setText(self.tr("Bezig met {file} …").format(file=Path(path).name))
        if kind == "xlsx":
            job = BackgroundJob(lambda _progress: write_summary_workbook(summary, path))
        else:
            job = BackgroundJob(lambda _progress: write_summary_report(summary, path, measure))
        job.succeeded.connect(
            lambda _result: self._exported(self.tr("Geschreven: {file}").format(file=str(path)), Path(path))
        )
        job.failed.connect(self._export_failed)
        self.job = job.start_tracked()
        return job

    def _exported(self, message: str, path: Path | None = None) -> None:
        self.job = None
        for button in (self.excel_button, self.report_button):
            explain(button, True)
        self.status.setText(message)
        if path is not None:
            report_saved(self, message, path)  # the status bar too, with Map openen

    def _export_failed(self, error: Exception) -> None:
        text = error_text(error) if isinstance(error, BruinpapierError) else str(error)
        self._exported(self.tr("Opslaan mislukt: {reason}").format(reason=text))

    def _ask_export(self, kind: str) -> None:
        suggestion, pattern = (
            ("samenvatting.xlsx", self.tr("Excel-werkmap (*.xlsx)"))
            if kind == "xlsx"
            else ("samenvatting.pdf", self.tr("PDF (*.pdf)"))
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporteren"), suggestion, pattern)
        if path:
            self.export(kind, path)
