"""The board, chart and table tabs both analysis pages share (desktop.analysis_view.tabs), tried in
the analysis of sessions and in the archive summary alike: choosing a measure re-shades the board
and is what the PDF report uses, and the tabs speak English when the interface does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from boards.archive import Archive
from boards.archive.aggregate import summarise
from boards.archive.selection import SessionFilter
from desktop.analysis_view import AnalysisView
from desktop.analysis_view.summary_view import SummaryView
from desktop.i18n import install_language
from tests.support.builders import session_on, with_dots


def sessions(procesplaat):
    return [
        with_dots(session_on(procesplaat, school="OBS Akkrum", date="2019-03-12"), {"toetsen-afnemen": (1, 2)}),
        with_dots(session_on(procesplaat, school="SWS Balans", date="2020-03-10"), {"toetsen-afnemen": (3, 4)}),
    ]


@pytest.fixture(params=["sessions", "summary"])
def make_view(request, qtbot, procesplaat, tmp_path):
    """A function that builds the page under test (after the language is chosen)."""

    def make():
        if request.param == "sessions":
            widget = AnalysisView(sessions(procesplaat))
        else:
            with Archive(f"sqlite:///{tmp_path / 'archief.sqlite'}") as archive:
                archive.add_many(sessions(procesplaat))
                widget = SummaryView(summarise(archive, SessionFilter()))
        qtbot.addWidget(widget)
        widget.resize(1000, 700)
        widget.show()
        return widget

    return make


def test_choosing_a_measure_reshades_the_board(qtbot, make_view):
    view = make_view()
    tabs = view.tabs
    assert tabs.measure_combo.currentText() == "stippen werkdruk"
    werkdruk = tabs.heat_view.count_items["toetsen-afnemen"].text()
    legend = tabs.heat_legend.grab().toImage()
    tabs.measure_combo.setFocus()
    qtbot.keyClick(tabs.measure_combo, Qt.Key.Key_Down)
    assert tabs.measure_combo.currentText() == "stippen werkplezier"
    assert view.measure_id == "werkplezier"  # what the PDF report shades by
    werkplezier = tabs.heat_view.count_items["toetsen-afnemen"].text()
    assert (werkdruk, werkplezier) in {("1", "2"), ("4", "6")}  # one session, or both added up
    assert tabs.heat_legend.grab().toImage() != legend


def test_the_shared_tabs_speak_english(qtbot, make_view):
    install_language("en")
    try:
        view = make_view()
    finally:
        install_language("nl")
    tabs = view.tabs
    assert [tabs.tabText(index) for index in range(3)] == ["Board", "Charts", "Tables"]
    assert any(label.text() == "&Colour by:" for label in tabs.findChildren(QLabel))
    assert tabs.measure_combo.accessibleName() == "What the board is coloured by"
    assert (tabs.chart_combo.accessibleName(), tabs.table_combo.accessibleName()) == ("Chart", "Table")
