"""The archive browser, driven by clicks and typing (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from boards.archive import Archive
from boards.session import Note, Session
from boards.templates import load_template
from desktop.archive_browser import ArchiveBrowser
from tests.support.builders import photo_bytes

JPEG = photo_bytes("bord")


@pytest.fixture
def archive(tmp_path):
    store = Archive(f"sqlite:///{tmp_path / 'archief.sqlite'}")
    first = Session(
        board=load_template("problemen-lokaliseren"),
        school="OBS Akkrum",
        date="2019-03-12",
        topic="Speciale aandacht leerlingen",
    )
    first.results.notes.append(Note("Storen leerling", "uitvoering"))
    store.save(first)
    store.add_photo(first.id, "bord.jpg", JPEG)
    store.save(
        Session(
            board=load_template("procesplaat-1"),
            school="De Borgstee",
            date="2021-10-01",
            method="design-thinking-lean",
            step="procesplaten",
        )
    )
    store.save(Session(board=load_template("ideeen-genereren"), school="CBS Blokhuus", date="2020-01-20"))
    yield store
    store.close()


@pytest.fixture
def browser(qtbot, archive):
    widget = ArchiveBrowser(archive)
    widget.show_error = lambda message: None
    qtbot.addWidget(widget)
    widget.show()
    return widget


def schools(browser):
    return [row.school for row in browser.model.rows]


def test_lists_newest_first_and_filters(qtbot, browser):
    assert schools(browser) == ["De Borgstee", "CBS Blokhuus", "OBS Akkrum"]
    QTest.keyClicks(browser.school_filter, "akk")
    assert schools(browser) == ["OBS Akkrum"]
    browser.school_filter.clear()
    browser.method_filter.setCurrentIndex(browser.method_filter.findData("design-thinking-lean"))
    assert schools(browser) == ["De Borgstee"]
    browser.method_filter.setCurrentIndex(0)
    browser.board_filter.setCurrentIndex(browser.board_filter.findData("ideeen-genereren"))
    assert schools(browser) == ["CBS Blokhuus"]
    browser.board_filter.setCurrentIndex(0)
    QTest.keyClicks(browser.date_from, "2020-01-01")
    QTest.keyClicks(browser.date_to, "2020-12-31")
    assert schools(browser) == ["CBS Blokhuus"]
    browser.date_to.setText("31-12-2020")  # not a date: ignored and marked
    assert "ffcdd2" in browser.date_to.styleSheet()
    assert schools(browser) == ["De Borgstee", "CBS Blokhuus"]
    browser.date_to.setText("2020-02-30")  # a day that does not exist: the same
    assert "ffcdd2" in browser.date_to.styleSheet()
    assert schools(browser) == ["De Borgstee", "CBS Blokhuus"]
    browser.date_from.clear()
    browser.date_to.clear()
    QTest.keyClicks(browser.search, "storen")
    assert schools(browser) == ["OBS Akkrum"]
    assert browser.status.text() == "1 sessie(s)"


def test_open_by_double_click(qtbot, browser):
    opened = []
    browser.sessionOpened.connect(opened.append)
    assert not browser.open_button.isEnabled()
    browser.table.selectRow(2)
    assert browser.open_button.isEnabled()
    qtbot.mouseClick(browser.open_button, Qt.MouseButton.LeftButton)
    assert opened[0].school == "OBS Akkrum" and opened[0].results.notes[0].text == "Storen leerling"


def test_duplicate_and_delete_with_confirmation(qtbot, browser, archive):
    browser.table.selectRow(2)
    qtbot.mouseClick(browser.duplicate_button, Qt.MouseButton.LeftButton)
    assert schools(browser).count("OBS Akkrum") == 2
    copy_id = browser.selected_id()
    assert archive.photo(copy_id, "bord.jpg") == JPEG
    questions = []
    browser.confirm = lambda question: questions.append(question) or False
    qtbot.mouseClick(browser.delete_button, Qt.MouseButton.LeftButton)
    assert len(browser.model.rows) == 4  # refused: nothing deleted
    assert "OBS Akkrum" in questions[0] and "definitief verwijderen" in questions[0]
    browser.confirm = lambda question: True
    qtbot.mouseClick(browser.delete_button, Qt.MouseButton.LeftButton)
    assert len(browser.model.rows) == 3 and not archive.exists(copy_id)


def test_bundle_export_and_import(qtbot, browser, archive, tmp_path):
    browser.table.selectRow(2)
    original = browser.selected_id()
    browser.ask_save_path = lambda title, suggestion: tmp_path / "akkrum"
    qtbot.mouseClick(browser.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "akkrum.bpbundel").exists()
    browser.ask_open_path = lambda title: tmp_path / "akkrum.bpbundel"
    qtbot.mouseClick(browser.import_button, Qt.MouseButton.LeftButton)
    new_id = browser.selected_id()
    assert new_id not in (None, original)
    assert archive.get(new_id).results.notes[0].text == "Storen leerling"
    assert len(browser.model.rows) == 4


def test_a_bad_bundle_shows_a_message(qtbot, browser, tmp_path):
    bad = tmp_path / "kapot.bpbundel"
    bad.write_text("geen zip")
    browser.ask_open_path = lambda title: bad
    qtbot.mouseClick(browser.import_button, Qt.MouseButton.LeftButton)
    assert "kapot.bpbundel" in browser.errors[-1] and "geen zip-bestand" in browser.errors[-1]
    assert len(browser.model.rows) == 3


def test_board_filter_offers_boards_that_are_no_template(qtbot, archive):
    custom = load_template("procesplaat-1")
    custom.id, custom.title = "eigen-procesplaat", "Eigen procesplaat"
    archive.save(Session(board=custom, school="OBS Akkrum", date="2022-01-01"))
    browser = ArchiveBrowser(archive)
    qtbot.addWidget(browser)
    index = browser.board_filter.findData("eigen-procesplaat")
    assert index > 0 and browser.board_filter.itemText(index) == "Eigen procesplaat"
    browser.board_filter.setCurrentIndex(index)
    assert [row.board_id for row in browser.model.rows] == ["eigen-procesplaat"]
    assert browser.school_completer.model().stringList() == ["CBS Blokhuus", "De Borgstee", "OBS Akkrum"]


def test_privacy_menu_exports_then_erases_everything_of_one_school(qtbot, browser, archive, tmp_path):
    import zipfile

    from boards.fileformat import SESSION_SUFFIX, dumps_session, load_session
    from boards.recovery import RecoveryOwner, recovery_files
    from desktop.paths import recovery_dir
    from tests.support.builders import simulate_crash

    # An unsaved session of the school in a recovery copy (its window crashed).
    owner = RecoveryOwner(recovery_dir)
    owner.copy("sessie", SESSION_SUFFIX, dumps_session, load_session).write(
        Session(board=load_template("procesplaat-1"), school="OBS Akkrum"), {}
    )
    simulate_crash(owner)
    asked = []
    browser.ask_school = lambda title: asked.append(title) or "obs akkrum"
    browser.ask_save_path = lambda title, suggestion: tmp_path / "akkrum"
    browser.export_school_action.trigger()
    with zipfile.ZipFile(tmp_path / "akkrum.bpbundel") as bundle:
        names = bundle.namelist()
    assert "school.json" in names and len([name for name in names if name.startswith("sessies/")]) == 1
    assert "OBS Akkrum" in browser.status.text() and "1 foto('s)" in browser.status.text()

    questions = []
    browser.confirm = lambda question, title=None: questions.append(question) or False
    browser.erase_school_action.trigger()
    assert "OBS Akkrum" in questions[0] and "1 sessie(s) met 1 foto('s)" in questions[0]
    assert "1 herstelbestand(en)" in questions[0]
    assert len(browser.model.rows) == 3  # declined: nothing erased
    browser.confirm = lambda question, title=None: True
    browser.erase_school_action.trigger()
    assert schools(browser) == ["De Borgstee", "CBS Blokhuus"]
    assert "Gewist: 1 sessie(s), 1 foto('s)" in browser.status.text()
    assert [path for path in recovery_files(recovery_dir()) if "sessie" in path.name] == []
    # A name that only partly matches is never taken.
    browser.ask_school = lambda title: "Borg"
    browser.erase_school_action.trigger()
    assert "bedoelt u: De Borgstee" in browser.errors[-1]
    assert len(browser.model.rows) == 2
