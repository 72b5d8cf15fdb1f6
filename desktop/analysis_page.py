"""The "Analyse" page: the analysis view, built when it is first shown (pandas loads then, not at start-up).

It shows either sessions analysed one by one (:class:`AnalysisView`) or the summary of many archived
sessions (:class:`SummaryView`), whichever was asked for last.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from boards.session import Session
from desktop.lazy_page import LazyPage

if TYPE_CHECKING:
    from boards.analysis.summary import ArchiveSummary
    from desktop.analysis_view import AnalysisView
    from desktop.analysis_view.summary_view import SummaryView


class AnalysisPage(LazyPage):
    @property
    def view(self) -> AnalysisView:
        """The view of sessions one by one, made on first use (it takes the place of a summary)."""
        from desktop.analysis_view import AnalysisView

        if not isinstance(self.content, AnalysisView):
            self.set_content(AnalysisView())
        return self.content  # type: ignore[return-value]

    def ensure_content(self) -> None:
        """Build the page when it is first shown, keeping whatever it shows already."""
        if self.content is None:
            self.view  # noqa: B018 - builds the view

    def show_sessions(self, sessions: Sequence[Session]) -> None:
        self.view.set_sessions(sessions)

    def show_summary(self, summary: ArchiveSummary) -> SummaryView:
        from desktop.analysis_view.summary_view import SummaryView

        view = SummaryView(summary)
        self.set_content(view)
        return view
