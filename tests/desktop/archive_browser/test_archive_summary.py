"""Archief → Getoonde sessies analyseren: the browser's filter, summarised by the database in a worker
thread (the window keeps answering), shown on the Analyse page; exports and the per-session view from
there; the archive chosen in Instellingen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from boards.archive import Archive
from boards.templates import load_template
from desktop.workspace import ANALYSIS_PAGE, ARCHIVE_PAGE
from tests.support.builders import session_on, with_dots
from tests.support.pdf import pdf_text


def fill(url: str, schools=("OBS Akkrum", "SWS Balans", "CBS De Borgstee"), years=(2019, 2020)) -> None:
    board = load_template("procesplaat-1")
    sessions = []
    for year in years:
        for index, school in enumerate(schools):
            session = session_on(board, school=school, date=f"{year}-03-1{index}")
            sessions.append(with_dots(session, {"rapporten-schrijven": (index + year - 2018, 1)}))
    with Archive(url) as archive:
        archive.add_many(sessions)


def press_test_button(qtbot, dialog) -> None:
    """Press "Verbinding testen" and wait for its answer (the test runs in a worker thread)."""
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.test_button.isEnabled(), timeout=30_000)


@pytest.fixture
def archive_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'bestuur.sqlite'}"
    monkeypatch.setenv("BRUINPAPIER_ARCHIVE", url)
    fill(url)
    return url


def test_the_listed_sessions_are_summarised_off_the_gui_thread(controller, qtbot, archive_url, tmp_path):
    window = controller.window
    workspace = controller.workspace_controller
    window.show_page(ARCHIVE_PAGE)
    page = workspace.archive_page
    browser = page.browser
    assert browser is not None and browser.model.rowCount() == 6
    browser.method_filter.setCurrentIndex(browser.method_filter.findData("design-thinking-lean"))
    assert browser.step_filter.isEnabled()
    browser.step_filter.setCurrentIndex(browser.step_filter.findData("procesplaten"))
    qtbot.keyClicks(browser.date_from, "2020-01-01")
    assert browser.model.rowCount() == 3
    assert browser.selection().to_dict() == {
        "method": "design-thinking-lean",
        "step": "procesplaten",
        "date_from": "2020-01-01",
    }

    with qtbot.waitSignal(page.summary_ready, timeout=30_000) as ready:
        qtbot.mouseClick(page.analyse_button, Qt.MouseButton.LeftButton)
        assert page.job is not None and not page.analyse_button.isEnabled()  # still counting; the window answers
        assert page.progress.isVisible()
    summary = ready.args[0]
    assert summary.sessions == 3 and not page.progress.isVisible()
    assert page.analyse_button.isEnabled()
    assert window.current_page_id() == ANALYSIS_PAGE
    view = workspace.analysis_page.content
    assert view.summary is summary
    assert "3 sessies van 3 scholen" in view.heading.text()
    assert view.findings.text().startswith("Suggestie van Bruinpapier: ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK")
    assert view.tabs.heat_view.zone_items and view.tabs.bar_chart.chart is not None
    charts = [view.tabs.chart_combo.itemText(i) for i in range(view.tabs.chart_combo.count())]
    assert "werkdruk en werkplezier per proces, alle sessies" in charts and "sessies per school" in charts
    tables = [view.tabs.table_combo.itemText(i) for i in range(view.tabs.table_combo.count())]
    assert "Scholen vergeleken: werkdruk" in tables and "Scholen" in tables
    view.tabs.table_combo.setCurrentIndex(tables.index("Scholen vergeleken: werkdruk"))
    assert view.tabs.table_model.rowCount() == 3  # a row per school

    pdf = tmp_path / "samenvatting.pdf"
    view.export("pdf", pdf)
    qtbot.waitUntil(lambda: view.job is None, timeout=60_000)
    assert "Samenvatting van 3 sessies" in pdf_text(pdf.read_bytes(), tmp_path)
    assert "Geschreven" in view.status.text()
    from desktop.feedback import SavedNotice

    assert str(pdf) in window.statusBar().findChild(SavedNotice).label.text()  # with Map openen

    assert view.per_session_button.isEnabled()
    workspace.analyse_summarised(view)
    qtbot.waitUntil(lambda: workspace.analysis_page.content is not view, timeout=60_000)
    analysis = workspace.analysis_view.analysis
    page_of_analysis = workspace.analysis_page
    assert page_of_analysis.content.isVisibleTo(page_of_analysis)  # shown, not the empty state
    assert not page_of_analysis.empty.isVisibleTo(page_of_analysis)
    assert [item.session.date for item in analysis.per_session] == ["2020-03-10", "2020-03-11", "2020-03-12"]
    assert analysis.comparisons  # three schools: compared side by side


def test_a_failed_summary_is_said_on_the_page(controller, qtbot, archive_url, monkeypatch):
    from boards.archive.store import ArchiveError
    from boards.errors import problem

    controller.window.show_page(ARCHIVE_PAGE)
    page = controller.workspace_controller.archive_page

    def broken(self, selection=None, progress=None):
        raise ArchiveError(problem("de schijf is vol"))

    monkeypatch.setattr(Archive, "summary", broken)
    page.analyse_listed()
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert "de schijf is vol" in page.message.text() and page.analyse_button.isEnabled()


def test_the_archive_is_chosen_and_tested_in_the_settings(controller, qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("BRUINPAPIER_ARCHIVE", raising=False)
    window = controller.window
    other = f"sqlite:///{tmp_path / 'ander.sqlite'}"
    fill(other, schools=("Ander",), years=(2021,))

    dialog = window.show_settings()
    assert dialog.archive_url.text() == "" and not dialog.archive_note.isVisible()
    folder_label = next(label for label in dialog.findChildren(QLabel) if label.text() == "&Schoolsjablonen")
    assert folder_label.buddy() is dialog.school_folder  # Alt+S, not a literal '&' beside the folder row
    dialog.archive_url.setText("dit is geen adres")
    press_test_button(qtbot, dialog)
    assert "geen geldig archiefadres" in dialog.archive_result.text()
    dialog.archive_url.setText(other)
    press_test_button(qtbot, dialog)
    assert "u ziet 1 sessie in" in dialog.archive_result.text()
    dialog.archive_url.setText(f"sqlite:///{tmp_path / 'nieuw' / 'leeg.sqlite'}")
    press_test_button(qtbot, dialog)
    assert "nog leeg" in dialog.archive_result.text() and not (tmp_path / "nieuw").exists()  # nothing made

    dialog.archive_url.setText(other)
    window.show_page(ARCHIVE_PAGE)
    dialog.accept()
    assert window.settings.value("archive/url") == other
    browser = controller.workspace_controller.archive_page.browser
    assert browser is not None and [row.school for row in browser.model.rows] == ["Ander"]


def test_the_environment_variable_wins_and_the_dialog_says_so(controller, archive_url):
    dialog = controller.window.show_settings()
    assert dialog.archive_note.isVisibleTo(dialog) and "BRUINPAPIER_ARCHIVE" in dialog.archive_note.text()
    dialog.reject()


@pytest.mark.postgres
def test_testing_a_postgresql_address(controller, qtbot, postgres_server_url):
    from tests.support.postgres_server import scratch_database

    with scratch_database(postgres_server_url) as url:
        dialog = controller.window.show_settings()
        dialog.archive_url.setText(url)
        press_test_button(qtbot, dialog)
        assert "Verbonden (PostgreSQL)" in dialog.archive_result.text() and "nog leeg" in dialog.archive_result.text()
        fill(url, schools=("A", "B"), years=(2019,))
        press_test_button(qtbot, dialog)
        assert "u ziet 2 sessies" in dialog.archive_result.text()
        dialog.reject()
