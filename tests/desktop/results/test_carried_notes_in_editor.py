"""Trajectory sessions in the results editor: carried notes wait in a tray, ideas are chosen and linked."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from boards.session import Note
from boards.trajectory import add_next_sessions, new_trajectory, unanswered, unplaced_notes
from desktop.results import ResultsEditor


def _trajectory_with_problems():
    trajectory = new_trajectory("verbetering-in-beeld", "OBS Akkrum")
    (vsm,) = add_next_sessions(trajectory, board_id="vsm-schema")
    vsm.results.notes += [
        Note("Storen leerling", zone_id="datazijde", category="probleem"),
        Note("Hoe administreren", zone_id="datazijde", category="probleem"),
    ]
    return trajectory


def test_carried_notes_wait_in_the_tray_and_are_dragged_into_a_zone(qtbot) -> None:
    trajectory = _trajectory_with_problems()
    (sorting,) = add_next_sessions(trajectory, board_id="problemen-lokaliseren")
    editor = ResultsEditor(sorting)
    qtbot.addWidget(editor)
    view = editor.view
    tray = view.tray_rect()
    assert view.scene().sceneRect().contains(tray)
    storen = next(note for note in sorting.results.notes if note.text == "Storen leerling")
    assert view.note_items[storen.id].sceneBoundingRect().intersects(tray)

    uitvoering = sorting.board.zone("uitvoering").rect
    view.drop_note(storen.id, QPointF(uitvoering.x + uitvoering.width / 2, uitvoering.y + uitvoering.height / 2))
    assert storen.zone_id == "uitvoering"
    assert [note.text for note in unplaced_notes(sorting)] == ["Hoe administreren"]
    editor.undo_stack.undo()
    assert storen.zone_id is None


def test_ideas_are_linked_to_problems_and_chosen(qtbot) -> None:
    trajectory = _trajectory_with_problems()
    add_next_sessions(trajectory, board_id="problemen-lokaliseren")
    (ideas,) = add_next_sessions(trajectory, board_id="ideeen-genereren")
    editor = ResultsEditor(ideas)
    qtbot.addWidget(editor)
    editor.set_current_zone("organisatie")
    qtbot.keyClicks(editor.entry, "Tijd nemen om te noteren")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    idea = next(note for note in ideas.results.notes if note.text == "Tijd nemen om te noteren")
    assert len(unanswered(ideas)) == 2

    menu = editor.view.note_menu(idea.id)
    answers = next(action.menu() for action in menu.actions() if action.menu() and "probleem" in action.text())
    next(action for action in answers.actions() if action.text() == "Hoe administreren").trigger()
    assert [note.text for note in unanswered(ideas)] == ["Storen leerling"]

    editor.view.note_items[idea.id].setSelected(True)
    qtbot.keyClick(editor.entry, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert idea.chosen
    editor.undo_stack.undo()
    assert not idea.chosen

    (actions,) = add_next_sessions(trajectory, board_id="actiepunten")
    assert actions.results.actions == []  # nothing chosen, nothing carried
