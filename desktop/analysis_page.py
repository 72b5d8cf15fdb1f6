"""The "Analyse" page: the analysis view, built when sessions are first analysed (pandas loads then,
not at start-up); until then it says what the page is for and how to choose sessions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from boards.session import Session
from desktop.empty_state import EmptyState
from desktop.lazy_page import LazyPage

if TYPE_CHECKING:
    from desktop.analysis_view import AnalysisView


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
        """The analysis view, made on first use."""
        if self.content is None:
            from desktop.analysis_view import AnalysisView

            self.set_content(AnalysisView())
            self.content.setVisible(bool(self.sessions))
        return self.content  # type: ignore[return-value]

    def show_sessions(self, sessions: Sequence[Session]) -> None:
        self.sessions = list(sessions)
        self.view.set_sessions(self.sessions)
        self.view.setVisible(bool(self.sessions))
        self.empty.setVisible(not self.sessions)
