"""Sessions, archive, analysis and trajectories inside the main window, driven as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from boards.recovery import recovery_files
from boards.session import Note
from boards.templates import load_template
from boards.trajectory import add_next_sessions, load_trajectory, new_trajectory, save_trajectory
from desktop.document import BoardDocument
from desktop.paths import recovery_dir
from desktop.workspace import ANALYSIS_PAGE, SESSION_PAGE, TRAJECTORY_PAGE
from tests.support.builders import simulate_crash


def _open_procesplaat(window) -> None:
    window._set_document(BoardDocument(load_template("procesplaat-1")))


def test_enter_results_undo_save_to_archive_and_analyse(controller, qtbot) -> None:
    window = controller.window
    _open_procesplaat(window)
    workspace = controller.workspace_controller
    workspace.new_action.trigger()
    assert window.current_page_id() == SESSION_PAGE
    page = workspace.session_page
    editor = page.editor
    qtbot.keyClicks(editor.details.edits["school"], "CBS De Borgstee")
    qtbot.keyClicks(editor.details.participants, "AB, CD")  # still typing when "Bewaren" is clicked

    editor.entry.setFocus()
    qtbot.keyClicks(editor.entry, "Rapporten kosten veel tijd")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    assert [note.text for note in page.session.results.notes] == ["Rapporten kosten veel tijd"]

    assert window.active_undo_stack() is editor.undo_stack  # the window's undo acts on the results
    window.undo_action.trigger()
    assert page.session.results.notes == []
    window.redo_action.trigger()
    assert len(page.session.results.notes) == 1

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    archive = workspace.archive()
    (summary,) = archive.list()
    stored = archive.get(summary.id)
    assert stored.school == "CBS De Borgstee" and stored.participants == ["AB", "CD"]
    assert [note.text for note in stored.results.notes] == ["Rapporten kosten veel tijd"]

    qtbot.mouseClick(page.analyse_button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == ANALYSIS_PAGE
    assert workspace.analysis_view.analysis is not None

    window.show_page("archive")
    browser = workspace.archive_page.browser
    assert browser is not None and browser.model.rowCount() == 1
    browser.table.selectRow(0)
    qtbot.mouseClick(browser.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == SESSION_PAGE
    assert page.session.id == summary.id


def test_a_trajectory_session_is_entered_and_saved_back_into_the_trajectory(controller, qtbot, tmp_path) -> None:
    trajectory = new_trajectory("verbetering-in-beeld", "OBS Akkrum")
    (vsm,) = add_next_sessions(trajectory, board_id="vsm-schema")
    vsm.results.notes.append(Note("Storen leerling", zone_id="datazijde", category="probleem"))
    add_next_sessions(trajectory, board_id="problemen-lokaliseren")
    path = tmp_path / "akkrum.bptraject"
    save_trajectory(trajectory, path)

    window = controller.window
    workspace = controller.workspace_controller
    window.show_page(TRAJECTORY_PAGE)
    view = workspace.trajectory_view
    assert view.load(path)
    for index in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(index)
        for child in range(top.childCount()):
            if "Problemen lokaliseren" in top.child(child).text(0):
                view.tree.setCurrentItem(top.child(child))
    qtbot.mouseClick(view.open_session_button, Qt.MouseButton.LeftButton)
    page = workspace.session_page
    assert window.current_page_id() == SESSION_PAGE
    assert "traject" in page.where.text()
    (carried,) = page.session.results.notes
    page.editor.document.move_note(carried.id, "uitvoering")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    saved = load_trajectory(path)
    (sorting,) = saved.sessions_of("problemen-lokaliseren")
    assert [(note.text, note.zone_id) for note in sorting.results.notes] == [("Storen leerling", "uitvoering")]
    (archived,) = workspace.archive().list()  # archived too, under the same id
    assert archived.id == sorting.id
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)  # saving again updates, no copy
    assert len(workspace.archive().list()) == 1


def test_the_session_pages_switch_to_english_and_keep_the_open_session(controller, qtbot) -> None:
    window = controller.window
    _open_procesplaat(window)
    controller.workspace_controller.new_action.trigger()
    session = controller.workspace_controller.session_page.session
    window = controller.switch_language("en")
    qtbot.addWidget(window)
    assert window.menu("session").title() == "&Session"
    titles = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert {"Session", "Archive", "Analysis", "Trajectories"} <= set(titles)
    assert controller.workspace_controller.session_page.session is session


def test_unsaved_results_are_autosaved_asked_about_on_close_and_restored(controller, qtbot, messages) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import WindowController

    window = controller.window
    workspace = controller.workspace_controller
    _open_procesplaat(window)
    workspace.new_action.trigger()
    editor = workspace.session_page.editor
    qtbot.keyClicks(editor.entry, "Te veel vergaderingen")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    assert workspace.autosave() and controller.workspace.has_recovery()

    messages.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()  # cancelled: the window stays and nothing is lost
    assert [kind for kind, *_ in messages.shown] == ["question"]
    assert len(workspace.session_page.session.results.notes) == 1

    # After a crash the next start (a new app: nothing open) offers the copy.
    messages.answer = QMessageBox.StandardButton.Yes
    workspace.session_page.editor.undo_stack.setClean()  # the crashed window asks nothing any more
    simulate_crash(controller.recovery_owner)
    restarted = WindowController()
    fresh = restarted.open_window(check_recovery=False)
    qtbot.addWidget(fresh)
    assert restarted.workspace_controller.offer_recovery()
    assert not restarted.workspace_controller.offer_recovery()  # once
    restored = restarted.workspace_controller.session_page.session
    assert [note.text for note in restored.results.notes] == ["Te veel vergaderingen"]
    assert restarted.workspace_controller.session_dirty()
    assert restarted.workspace_controller.save_session() and not restarted.workspace.has_recovery()
    assert recovery_files(recovery_dir()) == []  # the crashed window's copy went once restored


def test_unsaved_results_stay_unsaved_in_the_window_rebuilt_for_another_language(controller, qtbot, messages) -> None:
    window = controller.window
    _open_procesplaat(window)
    controller.workspace_controller.new_action.trigger()
    editor = controller.workspace_controller.session_page.editor
    qtbot.keyClicks(editor.entry, "Te veel vergaderingen")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    english = controller.switch_language("en")
    qtbot.addWidget(english)
    assert messages.of_kind("question") == []  # the old window closes without asking: nothing is lost
    workspace = controller.workspace_controller
    assert workspace.window is english and workspace.session_dirty()
    assert [note.text for note in workspace.session_page.session.results.notes] == ["Te veel vergaderingen"]
    assert workspace.autosave()  # the new window autosaves, and asks on closing
    workspace.session_page.editor.undo_stack.setClean()


def test_a_trajectory_session_is_saved_into_its_own_file_when_another_trajectory_is_shown(
    controller, qtbot, tmp_path
) -> None:
    paths = []
    for school in ("OBS Akkrum", "CBS De Borgstee"):
        trajectory = new_trajectory("verbetering-in-beeld", school)
        add_next_sessions(trajectory, board_id="vsm-schema")
        paths.append(tmp_path / f"{school}.bptraject")
        save_trajectory(trajectory, paths[-1])
    akkrum, borgstee = paths
    workspace = controller.workspace_controller
    view = workspace.trajectory_view
    controller.window.show_page(TRAJECTORY_PAGE)
    assert view.load(akkrum)
    steps = [view.tree.topLevelItem(index) for index in range(view.tree.topLevelItemCount())]
    view.tree.setCurrentItem(next(step.child(0) for step in steps if step.childCount()))
    qtbot.mouseClick(view.open_session_button, Qt.MouseButton.LeftButton)
    page = workspace.session_page
    assert "OBS Akkrum" in page.where.text()
    page.session.results.notes.append(Note("Storen leerling", zone_id="datazijde"))
    assert view.load(borgstee)  # the user looks at another trajectory meanwhile

    assert workspace.save_session()
    (saved,) = load_trajectory(akkrum).all_sessions()
    assert [note.text for note in saved.results.notes] == ["Storen leerling"]
    assert all(not session.results.notes for session in load_trajectory(borgstee).all_sessions())
