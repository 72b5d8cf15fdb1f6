"""Entering what the seeds' boards hold in the app: the team's CONCLUSIE typed in its area, a
questionnaire's respondents, a VSM step's times; each one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from boards.analysis import analyse_session
from boards.session import Note, Session
from boards.templates import load_template
from desktop.results import ResultsEditor
from desktop.results.times_dialog import StepTimesDialog

WORDS = "ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK IN DE ADMINISTRATIEVE PROCESSEN ERVAREN"


def test_the_conclusie_is_typed_in_its_area_and_is_the_teams(qtbot):
    session = Session(board=load_template("procesplaat-1"))
    session.results.set_dot_count("rapporten-schrijven", "werkdruk", 4)
    editor = ResultsEditor(session)
    qtbot.addWidget(editor)
    editor.set_current_zone("conclusie")
    qtbot.keyClicks(editor.entry, WORDS)
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    item = analyse_session(session)
    assert item.conclusion == WORDS
    assert f"Conclusie van het team: {WORDS}" in item.findings
    assert item.suggestion and f"Suggestie van Bruinpapier: {item.suggestion}" in item.findings
    assert "conclusie" not in item.zone_counts["zone_id"].tolist()
    editor.undo_stack.undo()
    assert analyse_session(session).conclusion == ""


def test_respondents_of_a_questionnaire_in_the_session_details(qtbot):
    session = Session(board=load_template("zelfevaluatie"))
    session.results.set_dot_count("v5-3", "antwoord", 9)
    editor = ResultsEditor(session)
    qtbot.addWidget(editor)
    spin = editor.details.respondents
    assert spin.isVisibleTo(editor.details) and spin.specialValueText() == "(niet ingevuld)"
    spin.setValue(11)
    spin.editingFinished.emit()
    assert session.results.respondents == {"": 11}
    answers = analyse_session(session).scales.answers
    assert answers[answers["zone_label"].str.startswith("incidenten")]["label"].tolist() == ["9 (81,8 %)"]
    editor.undo_stack.undo()
    assert session.results.respondents == {} and spin.value() == 0
    other = ResultsEditor(Session(board=load_template("procesplaat-1")))
    qtbot.addWidget(other)
    assert not other.details.respondents.isVisibleTo(other.details)  # not a questionnaire


def test_a_vsm_steps_times_from_its_context_menu(qtbot, monkeypatch):
    session = Session(board=load_template("vsm-schema"))
    step = Note("Administratie", zone_id="proceszijde", category="processtap")
    problem = Note("Hoe administreren", zone_id="datazijde", category="probleem")
    session.results.notes += [step, problem]
    editor = ResultsEditor(session)
    qtbot.addWidget(editor)
    assert "Tijden (bewerkingstijd, wachttijd)…" in [a.text() for a in editor.view.note_menu(step.id).actions()]
    assert "Tijden (bewerkingstijd, wachttijd)…" not in [a.text() for a in editor.view.note_menu(problem.id).actions()]

    dialog = StepTimesDialog(step)
    qtbot.addWidget(dialog)
    dialog.work.setText("10 minuten")
    dialog.wait.setText("twee dagen")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != StepTimesDialog.DialogCode.Accepted
    assert "'twee dagen' is geen duur" in dialog.hint.text()
    dialog.wait.setText("2 dagen")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == StepTimesDialog.DialogCode.Accepted and (dialog.work_min, dialog.wait_min) == (10, 2880)

    monkeypatch.setattr(dialog, "exec", lambda: StepTimesDialog.DialogCode.Accepted)
    monkeypatch.setattr(editor.view, "make_times_dialog", lambda note: dialog)
    assert editor.view.edit_times(step.id)
    assert (step.work_min, step.wait_min) == (10, 2880)
    vsm = analyse_session(session).vsm
    assert vsm.lead_min == 2890 and vsm.steps["source"].tolist() == ["getypt"]
    editor.undo_stack.undo()
    assert (step.work_min, step.wait_min) == (None, None)


def test_importing_a_sorted_table_places_the_carried_problems(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialog

    from boards.trajectory import add_next_sessions, new_trajectory, unplaced_notes

    trajectory = new_trajectory("verbetering-in-beeld", "OBS Akkrum")
    (vsm,) = add_next_sessions(trajectory, board_id="vsm-schema")
    phases = {"Niet horen van instructie": "voorbereiding", "Storen leerling": "uitvoering"}
    vsm.results.notes += [Note(text, zone_id="datazijde", category="probleem") for text in phases]
    vsm.results.notes.append(Note("Visueel maken niet horen", zone_id="datazijde", category="idee"))
    (sorting,) = add_next_sessions(trajectory, board_id="problemen-lokaliseren")
    assert len(unplaced_notes(sorting)) == 2  # the problems; the idea goes to Ideeën genereren
    path = tmp_path / "ingedeeld.csv"
    path.write_text(
        "soort;zone;tekst\n" + "".join(f"notitie;{zone};{text}\n" for text, zone in phases.items()),
        encoding="utf-8",
    )
    editor = ResultsEditor(sorting)
    qtbot.addWidget(editor)

    class Accepting:
        def __init__(self, preview):
            self.preview = preview

        def exec(self):
            return QDialog.DialogCode.Accepted

    editor.make_import_dialog = Accepting
    assert editor.import_results(str(path))
    assert {note.text: note.zone_id for note in sorting.results.notes} == phases  # placed, nothing added
    assert unplaced_notes(sorting) == []
    editor.undo_stack.undo()
    assert len(unplaced_notes(sorting)) == 2
