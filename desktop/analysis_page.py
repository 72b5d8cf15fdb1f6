"""The "Analyse" page: the analysis view, built when it is first needed (pandas loads then, not at start-up).

It shows either sessions analysed one by one (:class:`AnalysisView`) or the summary of many archived
sessions (:class:`SummaryView`), whichever was asked for last; until either, it says what the page is
for and how to choose sessions (the empty state's buttons are added by the workspace).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from boards.session import Session
from desktop.empty_state import EmptyState
from desktop.lazy_page import LazyPage

if TYPE_CHECKING:
    from boards.analysis import Analysis
    from boards.analysis.summary import ArchiveSummary
    from desktop.analysis_view import AnalysisView
    from desktop.analysis_view.summary_view import SummaryView


class AnalysisPage(LazyPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sessions: list[Session] = []
        self.empty = EmptyState(
            self.tr("Analyse"),
            self.tr(
                "Hier zie je wat sessies opleveren: tellingen, conclusies, grafieken, het bord als warmtekaart "
                "en het verloop over tijd; als Excel of PDF-rapport te bewaren."
            ),
        )
        self._layout.addWidget(self.empty)

    @property
    def view(self) -> AnalysisView:
        """The view of sessions one by one, made on first use (it takes the place of a summary)."""
        from desktop.analysis_view import AnalysisView

        if not isinstance(self.content, AnalysisView):
            self.set_content(AnalysisView())
            self._showing(bool(self.sessions))
        return self.content  # type: ignore[return-value]

    def ensure_content(self) -> None:
        """Build the page when it is first shown, keeping whatever it shows already."""
        if self.content is None:
            self.view  # noqa: B018 - builds the view

    def _showing(self, something: bool) -> None:
        """The view when there is something to show, else the empty state."""
        if self.content is not None:
            self.content.setVisible(something)
        self.empty.setVisible(not something)

    def show_sessions(self, sessions: Sequence[Session]) -> None:
        self.sessions = list(sessions)
        self.view.set_sessions(self.sessions)
        self._showing(bool(self.sessions))

    def show_analysis(self, analysis: Analysis) -> None:
        """Sessions analysed elsewhere (a worker thread), one by one."""
        self.view.set_analysis(analysis)
        self._showing(True)

    def show_summary(self, summary: ArchiveSummary) -> SummaryView:
        from desktop.analysis_view.summary_view import SummaryView

        view = SummaryView(summary)
        self.set_content(view)
        self._showing(True)
        return view
