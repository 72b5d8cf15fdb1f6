"""Session details in the results editor: typed, checked, undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from boards.session import Session
from boards.templates import load_template
from desktop.results import ResultsEditor
from desktop.results.session_form import looks_like_full_name, parse_participants


def finish(edit, text):
    edit.clear()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_details_are_set_and_undone(qtbot):
    session = Session(board=load_template("problemen-lokaliseren"))
    editor = ResultsEditor(session)
    qtbot.addWidget(editor)
    form = editor.details
    finish(form.edits["school"], "OBS Akkrum")
    finish(form.edits["topic"], "Speciale aandacht leerlingen")
    finish(form.edits["date"], "12-03-2019")
    assert session.date == "" and "JJJJ-MM-DD" in form.hint.text()
    finish(form.edits["date"], "2019-03-12")
    finish(form.participants, "AB, Tijger; JdV")
    assert (session.school, session.topic, session.date) == ("OBS Akkrum", "Speciale aandacht leerlingen", "2019-03-12")
    assert session.participants == ["AB", "Tijger", "JdV"] and form.hint.text() == ""
    finish(form.participants, "Jan de Vries")
    assert "volledige naam" in form.hint.text() and session.participants == ["Jan de Vries"]
    editor.undo_stack.undo()
    assert session.participants == ["AB", "Tijger", "JdV"] and form.participants.text() == "AB, Tijger, JdV"
    form.remarks.setPlainText("Veel energie bij het bedenken van oplossingen")
    form.remarks.focusLost.emit()  # what leaving the field does
    assert session.remarks.startswith("Veel energie")
    editor.undo_stack.undo()
    assert session.remarks == "" and form.remarks.toPlainText() == ""


def test_helpers():
    assert parse_participants(" AB ,; CD\nEF ") == ["AB", "CD", "EF"]
    assert (
        looks_like_full_name("Jan de Vries")
        and not looks_like_full_name("JdV")
        and not looks_like_full_name("de tijger")
    )


def test_a_date_that_does_not_exist_gets_the_cores_message(qtbot):
    session = Session(board=load_template("problemen-lokaliseren"))
    editor = ResultsEditor(session)
    qtbot.addWidget(editor)
    finish(editor.details.edits["date"], "2019-02-30")
    assert session.date == ""
    assert editor.details.hint.text() == "Datum '2019-02-30' kan niet; schrijf JJJJ-MM-DD, bijv. 2019-03-12"
