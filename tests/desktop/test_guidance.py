"""A newcomer is never stuck: every page says what it is for and offers the way on; no command does
nothing without saying why; every save says where it went; Qt's own texts follow the language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton

from boards.methods import get_method
from boards.templates import load_template
from desktop.document import BoardDocument
from desktop.empty_state import EmptyState
from desktop.feedback import SavedNotice
from desktop.i18n import install_language
from desktop.workspace import ANALYSIS_PAGE, PHOTO_PAGE, SESSION_PAGE, TRAJECTORY_PAGE

EMPTY_PAGES = ("editor", SESSION_PAGE, PHOTO_PAGE, ANALYSIS_PAGE, TRAJECTORY_PAGE)


def _empty_state(window) -> EmptyState:
    (state,) = [widget for widget in window.tabs.currentWidget().findChildren(EmptyState) if widget.isVisible()]
    return state


@pytest.fixture
def opened_folders(monkeypatch) -> list[str]:
    folders: list[str] = []

    def open_url(url: QUrl) -> bool:
        folders.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return folders


def _notice(window) -> SavedNotice:
    notice = window.statusBar().findChild(SavedNotice)
    assert notice is not None and notice.isVisible()
    assert window.statusBar().currentMessage() == ""  # no temporary message drawn over the notice
    return notice


@pytest.mark.parametrize("page_id", EMPTY_PAGES)
def test_a_fresh_page_says_what_it_is_for_and_offers_a_way_on(qtbot, window, page_id):
    window.show_page(page_id)
    state = _empty_state(window)
    assert state.title.text() and len(state.text.text().split()) > 8  # one sentence, not a word
    assert state.buttons and any(button.isEnabled() for button in state.buttons)
    for button in state.buttons:
        assert button.toolTip(), button.text()  # says what it does, or why it cannot
    assert "bruinpapier " not in state.text.text()  # no command line in the app


def test_the_editor_page_leads_to_the_templates(qtbot, window):
    window.show_page("editor")
    button = next(
        button for button in _empty_state(window).buttons if button.text().replace("&", "") == "Sjabloon kiezen"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "gallery"


def test_a_session_needs_a_board_and_the_button_says_so(qtbot, controller):
    window, workspace = controller.window, controller.workspace_controller
    window.show_page(SESSION_PAGE)
    new = workspace.new_session_button
    assert not new.isEnabled() and "bord" in new.toolTip().lower()
    assert not workspace.new_action.isEnabled() and "bord" in workspace.new_action.toolTip().lower()
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    assert new.isEnabled() and new.toolTip() == "Een sessie starten met het bord dat op de pagina Bord open is"
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert workspace.session_page.session is not None


@pytest.mark.parametrize("command", ["save_action", "export_action", "analyse_action", "import_action"])
def test_a_session_command_without_a_session_says_so_and_shows_the_way(qtbot, controller, command):
    window, workspace = controller.window, controller.workspace_controller
    window.show_page("gallery")
    getattr(workspace, command).trigger()
    assert window.current_page_id() == SESSION_PAGE
    assert "geen sessie" in window.statusBar().currentMessage()
    assert _empty_state(window).isVisible()


def test_analysis_without_sessions_offers_a_way_to_choose_them(qtbot, controller):
    window, workspace = controller.window, controller.workspace_controller
    window.show_page(ANALYSIS_PAGE)
    state = _empty_state(window)
    analyse = workspace.analyse_session_button
    assert not analyse.isEnabled() and analyse.toolTip() == "Er is geen sessie open op de pagina Sessie"
    choose = next(button for button in state.buttons if "archief" in button.text())
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "archive"
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    workspace.new_session()
    window.show_page(ANALYSIS_PAGE)
    assert analyse.isEnabled()
    qtbot.mouseClick(analyse, Qt.MouseButton.LeftButton)
    assert not state.isVisible() and workspace.analysis_page.view.isVisible()


def test_an_empty_analysis_cannot_be_exported_and_says_why(qtbot):
    from desktop.analysis_view import AnalysisView

    view = AnalysisView()
    qtbot.addWidget(view)
    for button in (view.excel_button, view.report_button, view.export_button):
        assert not button.isEnabled() and "kies eerst sessies" in button.toolTip()
    assert not view.tabs.isTabEnabled(view.trend_tab_index)
    assert "twee of meer sessies" in view.tabs.tabToolTip(view.trend_tab_index)


def test_the_trajectory_page_offers_new_and_open_instead_of_a_command(qtbot, window):
    window.show_page(TRAJECTORY_PAGE)
    state = _empty_state(window)
    assert [button.text().replace("&", "") for button in state.buttons] == ["Nieuw traject…", "Traject openen…"]


def test_saving_a_board_says_where_and_opens_the_folder(qtbot, window, tmp_path, opened_folders):
    window.resize(1024, 700)
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    qtbot.wait(50)
    path = tmp_path / "mijn bord.bpbord"
    assert window._save_to(path)
    notice = _notice(window)
    assert str(path) in notice.label.text()
    assert notice.button.text() == "Map openen" and notice.button.toolTip()
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert opened_folders == [str(tmp_path)]


def test_exporting_an_analysis_says_where(qtbot, controller, tmp_path, monkeypatch, opened_folders):
    window, workspace = controller.window, controller.workspace_controller
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    workspace.new_session()
    workspace.analyse_session()
    view = workspace.analysis_page.view
    for button, name in ((view.excel_button, "analyse.xlsx"), (view.report_button, "rapport.pdf")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, t=target: (str(t), "")))
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert target.exists()
        assert str(target) in _notice(window).label.text()
    _notice(window).open_action.trigger()
    assert opened_folders == [str(tmp_path)]


def test_saving_a_session_says_where_it_went(qtbot, controller, tmp_path, opened_folders):
    window, workspace = controller.window, controller.workspace_controller
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    workspace.new_session()
    assert workspace.save_session()
    notice = _notice(window)
    archive = Path(workspace.archive().engine.url.database)
    assert "archief" in notice.label.text() and str(archive) in notice.label.text()
    notice.open_action.trigger()
    assert opened_folders == [str(archive.parent)]


def test_qt_dialogs_follow_the_interface_language(qtbot):
    install_language("nl")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    assert {button.text().replace("&", "") for button in buttons.findChildren(QPushButton)} == {"Annuleren", "Ja"}
    install_language("en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    assert {button.text().replace("&", "") for button in buttons.findChildren(QPushButton)} == {"Cancel", "Yes"}
    install_language("nl")


def test_the_analysis_stays_when_the_language_changes(qtbot, controller):
    window, workspace = controller.window, controller.workspace_controller
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    workspace.new_session()
    workspace.analyse_session()
    english = controller.switch_language("en")
    qtbot.addWidget(english)
    view = controller.workspace_controller.analysis_page.view
    assert view.session_combo.count() == 1 and view.isVisibleTo(controller.workspace_controller.analysis_page)
    assert view.findings.text() == (
        "<b>The team&#x27;s conclusion: (not filled in yet)</b><br>No dots have been stuck on (yet)."
    )
    assert english.paper_label.text() == "A0 landscape"


def test_the_archive_shows_method_titles(qtbot, controller):
    window, workspace = controller.window, controller.workspace_controller
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    workspace.new_session()
    assert workspace.save_session()
    window.show_page("archive")
    model = workspace.archive_page.browser.model
    column = model.headers.index("Methode")
    board = load_template("procesplaat-1")
    assert model.data(model.index(0, column)) == get_method(board.method).title != board.method
