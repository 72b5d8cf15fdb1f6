"""The analysis view for one session or a selection of sessions.

A standalone widget: give it sessions, it shows per session the board as a
heat view, bar charts and the tables, plus trends over time and comparisons
across schools when the selection has them. Every chart can be saved as PNG.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from boards.analysis import Analysis, SessionAnalysis, analyse
from boards.analysis.charts import comparison_charts, session_charts, trend_lines
from boards.analysis.measures import heat
from boards.analysis.overview import CONCLUSION_LINE, SUGGESTION_LINE
from boards.analysis.tables import session_label_message
from boards.analysis.vsm import ladder
from boards.errors import BruinpapierError
from boards.session import Session
from desktop.accessibility import describe
from desktop.analysis_view.charts import LineChartWidget
from desktop.analysis_view.table_model import DataFrameModel
from desktop.analysis_view.tabs import AnalysisTabs
from desktop.feedback import explain, explain_tab, report_saved
from desktop.i18n import qt_translate


def written_texts(item: SessionAnalysis) -> dict[str, str]:
    """What the team wrote in the board's written areas, to show there instead of a count."""
    return {area.zone_id: " / ".join(area.texts) for area in item.written if area.texts}


def findings_html(item: SessionAnalysis) -> str:
    """The findings for the label, in the interface language: the team's conclusion in bold,
    Bruinpapier's suggestion in grey italics, each with the words that say whose it is."""
    lines = []
    for message in item.finding_messages:
        text = html.escape(message.render(qt_translate))
        if message.template == CONCLUSION_LINE:
            text = f"<b>{text}</b>"
        elif message.template == SUGGESTION_LINE:
            text = f'<i style="color:#5d5d5d">{text}</i>'
        lines.append(text)
    return "<br>".join(lines)


class AnalysisView(QWidget):
    """Tables, charts, heat view and trends of a list of sessions."""

    session_changed = Signal(int)

    def __init__(self, sessions: Sequence[Session] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.analysis: Analysis | None = None
        self.session_combo = QComboBox()
        self.session_combo.currentIndexChanged.connect(self._show_session)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Grafiek opslaan als PNG…"))
        self.export_button.setToolTip(self.tr("De grafiek of het bord dat je nu ziet als afbeelding bewaren"))
        self.export_button.clicked.connect(self._ask_export_png)
        self.excel_button = QPushButton(self.tr("Ex&cel…"))
        self.excel_button.setToolTip(self.tr("Alle tabellen als Excel-werkmap, één blad per tabel"))
        self.excel_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self.report_button = QPushButton(self.tr("&PDF-rapport…"))
        self.report_button.setToolTip(self.tr("Rapport met voorblad, het bord, tabellen, grafieken en actiepunten"))
        self.report_button.clicked.connect(lambda: self._ask_export("pdf"))

        self.tabs = AnalysisTabs(
            self.tr("Wat de kleur van de vakken laat zien: één soort stippen, de briefjes of de balans"),
            self.tr("Het bord met de tellingen per vak; hoe donkerder, hoe meer"),
        )
        self.tabs.measure_chosen.connect(self._show_heat)

        self.trend_combo = QComboBox()
        self.trend_combo.currentIndexChanged.connect(self._show_trend)
        self.trend_chart = LineChartWidget()
        self.trend_model = DataFrameModel(parent=self)
        trend_table = QTableView()
        trend_table.setModel(self.trend_model)
        trend_page = QWidget()
        trend_layout = QVBoxLayout(trend_page)
        trend_layout.addWidget(self.trend_combo)
        trend_layout.addWidget(self.trend_chart, 2)
        trend_layout.addWidget(trend_table, 1)

        self.trend_tab_index = self.tabs.addTab(trend_page, self.tr("Verloop"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sessie:")))
        top.addWidget(self.session_combo, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.excel_button)
        top.addWidget(self.report_button)
        for widget, tip, name in (
            (self.session_combo, self.tr("Welke sessie je ziet"), self.tr("Sessie")),
            (self.trend_combo, self.tr("Welk verloop je ziet"), self.tr("Verloop")),
            (trend_table, self.tr("De tellingen per datum"), self.tr("Verloop per datum")),
        ):
            describe(widget, tip, name)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.findings)
        layout.addWidget(self.tabs, 1)
        self.set_sessions(sessions)

    # --- data ----------------------------------------------------------------------------

    def set_sessions(self, sessions: Sequence[Session]) -> None:
        self.set_analysis(analyse(sessions) if sessions else None)

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show an analysis made elsewhere (in a worker thread, for many sessions)."""
        self.analysis = analysis
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for item in self.analysis.per_session if self.analysis else []:
            self.session_combo.addItem(session_label_message(item.session).render(qt_translate))
        self.session_combo.blockSignals(False)
        self.trend_combo.blockSignals(True)
        self.trend_combo.clear()
        titles = {session.board.id: session.board.title for session in (analysis.sessions if analysis else [])}
        for trend in self.analysis.trends if self.analysis else []:
            self.trend_combo.addItem(
                self.tr("{board} bij {school}").format(
                    board=titles.get(trend.board_id, trend.board_id), school=trend.school
                )
            )
        self.trend_combo.blockSignals(False)
        explain_tab(
            self.tabs,
            self.trend_tab_index,
            bool(self.analysis and self.analysis.trends),
            self.tr(
                "Het verloop verschijnt bij twee of meer sessies met hetzelfde bord van dezelfde school op "
                "verschillende datums; kies ze samen in het archief"
            ),
            self.tr("Hoe de tellingen van hetzelfde bord bij een school veranderen over tijd"),
        )
        reason = self.tr("Er is nog niets om te bewaren: kies eerst sessies om te analyseren")
        for button in (self.export_button, self.excel_button, self.report_button):
            explain(button, self.analysis is not None, reason)
        self._show_session(0)
        self._show_trend(0)

    @property
    def current(self) -> SessionAnalysis | None:
        if self.analysis is None or not self.analysis.per_session:
            return None
        index = max(0, self.session_combo.currentIndex())
        return self.analysis.per_session[index]

    def _session_tables(self, item: SessionAnalysis) -> dict[str, pd.DataFrame]:
        tables: dict[str, pd.DataFrame] = {self.tr("Tellingen per vak"): item.zone_counts.drop(columns=["zone_id"])}
        if item.processes is not None:
            tables[self.tr("Procesplaat: rangorde")] = item.processes.labelled(
                item.processes.processes.drop(columns=["zone_id"])
            )
            tables[self.tr("Procesplaat: per groep")] = item.processes.labelled(item.processes.groups)
        if item.scales is not None:
            tables[self.tr("Vragenlijst: antwoorden")] = item.scales.answers.drop(
                columns=["question_id", "percent", "label"]
            )
            tables[self.tr("Vragenlijst: gemiddelden")] = item.scales.questions.drop(columns=["question_id", "mean"])
        if item.vsm is not None:
            tables[self.tr("VSM: tijden per processtap")] = item.vsm.steps.drop(
                columns=["note_id", "work_min", "wait_min"]
            )
        if item.distribution is not None:
            tables[self.tr("Verdeling")] = item.distribution.table.drop(columns=["zone_id", "share"])
        if item.grid is not None:
            tables[self.tr("Matrix")] = item.grid.table.rename_axis("").reset_index()
        tables[self.tr("Kleuren briefjes")] = item.color_counts.drop(columns=["color"])
        tables[self.tr("Soorten stippen")] = item.kind_counts.drop(columns=["kind"])
        if not item.actions.empty:
            tables[self.tr("Actiepunten")] = item.actions[
                ["nr", "action", "owner", "due", "impact", "workload", "open"]
            ]
        notes = self.analysis.notes if self.analysis is not None else pd.DataFrame()
        if not notes.empty:
            tables[self.tr("Briefjes")] = notes[notes["session"] == item.session.id][
                ["zone_label", "group_label", "color_label", "text", "source"]
            ]
        for comparison in self.analysis.comparisons if self.analysis else []:
            if comparison.board_id == item.session.board.id:
                tables[self.tr("Scholen vergeleken")] = comparison.table.drop(columns=["zone_id"])
        return tables

    @property
    def measure_id(self) -> str | None:
        """The measure chosen for the heat view (and the PDF report)."""
        return self.tabs.measure_id

    def set_measure(self, measure_id: str) -> None:
        """Shade the board by ``measure_id`` (a dot kind's id, ``notes`` or ``balance``) where it exists."""
        self.tabs.set_measure(measure_id)

    def _show_session(self, index: int) -> None:
        item = self.current
        if item is None:
            self.findings.setText(self.tr("Geen sessies gekozen."))
            self.tabs.show_nothing()
            return
        self.findings.setText(findings_html(item))
        self.tabs.show_measures(item.session.board)
        self._show_heat()
        charts = session_charts(item)
        for comparison in self.analysis.comparisons if self.analysis else []:
            if comparison.board_id == item.session.board.id:
                charts += comparison_charts(comparison)
        self.tabs.show_charts(charts)
        self.tabs.show_tables(self._session_tables(item))
        self.session_changed.emit(index)

    def _show_heat(self) -> None:
        item = self.current
        if item is None:
            return
        shaded = heat(item.session, self.tabs.current_measure())
        self.tabs.heat_view.show_heat(shaded, written_texts(item))
        if item.vsm is not None and item.vsm.has_times:
            self.tabs.heat_view.show_ladder(ladder(item.vsm, item.session), item.vsm)
        self.tabs.heat_legend.show_heat(shaded)

    def _show_trend(self, index: int) -> None:
        trends = self.analysis.trends if self.analysis else []
        if not 0 <= index < len(trends):
            self.trend_chart.set_lines(None)
            self.trend_model.set_frame(pd.DataFrame())
            return
        self.trend_chart.set_lines(trend_lines(trends[index]))
        self.trend_model.set_frame(trends[index].table.drop(columns=["zone_id"]))

    # --- export --------------------------------------------------------------------------

    def visible_chart(self) -> QWidget:
        """The chart on the current tab (the board's heat view on the first tab)."""
        page = self.tabs.currentIndex()
        if page == 0:
            return self.tabs.widget(0)  # the board with its measure and legend
        if page == self.trend_tab_index:
            return self.trend_chart
        return self.tabs.bar_chart

    def export_png(self, path: Path | str) -> None:
        """Save the visible chart as a PNG image; raises OSError when it cannot be written."""
        widget = self.visible_chart()
        if widget is self.tabs.bar_chart:
            widget.resize(max(widget.width(), 700), widget.sizeHint().height())
        if not widget.grab().save(str(path), "PNG"):
            raise OSError(self.tr("Kan {path} niet schrijven").format(path=path))

    def export_tables(self, kind: str, path: Path | str) -> None:
        """Write the analysis as an Excel workbook (``xlsx``) or a PDF report (``pdf``)."""
        from boards.analysis.excel import write_workbook
        from printing.report import write_report

        if self.analysis is None:
            raise ValueError("no analysis to export")
        if kind == "xlsx":
            write_workbook(self.analysis, path)
        else:
            write_report(self.analysis, path, measure=self.measure_id)

    def _ask_export(self, kind: str) -> None:
        if self.analysis is None:
            return
        suggestion, pattern = (
            ("analyse.xlsx", self.tr("Excel-werkmap (*.xlsx)"))
            if kind == "xlsx"
            else ("rapport.pdf", self.tr("PDF (*.pdf)"))
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporteren"), suggestion, pattern)
        if not path:
            return
        try:
            self.export_tables(kind, path)
        except (BruinpapierError, OSError) as error:
            message = error.render() if isinstance(error, BruinpapierError) else str(error)
            QMessageBox.warning(self, self.tr("Opslaan mislukt"), message)
            return
        text = self.tr("Excel-werkmap bewaard: {path}") if kind == "xlsx" else self.tr("PDF-rapport bewaard: {path}")
        report_saved(self, text.format(path=path), path)

    def _ask_export_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Grafiek opslaan"), "grafiek.png", self.tr("PNG-afbeelding (*.png)")
        )
        if not path:
            return
        try:
            self.export_png(path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Opslaan mislukt"), str(error))
            return
        report_saved(self, self.tr("Grafiek bewaard: {path}").format(path=path), path)
