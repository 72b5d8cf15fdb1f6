"""The "Analyse" page: the analysis view, built when it is first shown (pandas loads then, not at start-up)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from boards.session import Session
from desktop.lazy_page import LazyPage

if TYPE_CHECKING:
    from desktop.analysis_view import AnalysisView


class AnalysisPage(LazyPage):
    @property
    def view(self) -> AnalysisView:
        """The analysis view, made on first use."""
        if self.content is None:
            from desktop.analysis_view import AnalysisView

            self.set_content(AnalysisView())
        return self.content  # type: ignore[return-value]

    def show_sessions(self, sessions: Sequence[Session]) -> None:
        self.view.set_sessions(sessions)
