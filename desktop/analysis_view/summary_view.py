"""The summary of many archived sessions: per board the board shaded by everything put on it, the charts
and the tables the database counted (``boards.archive.aggregate``), with Excel and PDF exports.

Made from an :class:`~boards.analysis.summary.ArchiveSummary` only, so ten thousand sessions show as
quickly as ten. A small selection can still be opened session by session ("Sessies apart bekijken").
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boards.analysis.charts import NO_SCHOOL, summary_charts
from boards.analysis.overview import SUGGESTION_LINE
from boards.analysis.summary import ArchiveSummary, BoardSummary, schools_by_measure
from boards.archive.selection import SessionFilter
from boards.errors import BruinpapierError
from boards.i18n import Message
from desktop.accessibility import describe
from desktop.analysis_view.tabs import AnalysisTabs
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

        self.tabs = AnalysisTabs(
            self.tr(
                "Wat de kleur van de vakken laat zien, opgeteld over alle sessies: één soort stippen, de "
                "briefjes of de balans"
            ),
            self.tr("Het bord met de tellingen van alle sessies per vak; hoe donkerder, hoe meer"),
        )
        self.tabs.measure_chosen.connect(self._show_heat)
        describe(self.board_combo, self.tr("Welk bord van de samenvatting je ziet"), self.tr("Bord"))
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

    @property
    def measure_id(self) -> str | None:
        """The measure chosen for the heat view (and the PDF report)."""
        return self.tabs.measure_id

    def _show_board(self, _index: int) -> None:
        item = self.current
        if item is None:
            self.findings.setText(self.tr("Geen sessies gekozen."))
            self.tabs.show_nothing()
            return
        suggestion = item.processes.suggestion_message if item.processes is not None else None
        self.findings.setText(
            Message("analysis", SUGGESTION_LINE, {"text": suggestion}).render(qt_translate)
            if suggestion is not None and suggestion.render()
            else ""
        )
        self.tabs.show_measures(item.board)
        self._show_heat()
        self.tabs.show_charts(summary_charts(self.summary, item))
        self.tabs.show_tables(self._board_tables(item))

    def _show_heat(self) -> None:
        item = self.current
        if item is None:
            return
        shaded = item.heat(self.tabs.current_measure())
        self.tabs.heat_view.show_heat(shaded)
        self.tabs.heat_legend.show_heat(shaded)

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
