"""The trajectory timeline in the app, driven with clicks as a user would."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from boards.session import ActionItem, DotCount, Note
from boards.templates import load_template
from boards.trajectory import add_next_sessions, load_trajectory, new_trajectory, save_trajectory
from desktop.trajectory_view import TrajectoryView
from desktop.trajectory_view.start_dialog import StartSessionDialog
from tests.support.modal import when_shown
from tests.support.pdf import page_sizes_mm

OK = QDialogButtonBox.StandardButton.Ok


def _akkrum_file(tmp_path):
    trajectory = new_trajectory("verbetering-in-beeld", "OBS Akkrum", planned_dates=["2018-01-08"])
    for step in ["brainstorm", "observatie", "interpretatie"]:
        trajectory.step(step).done = True
    (_problems_sheet,) = add_next_sessions(trajectory, board_id="problemen")
    (vsm,) = add_next_sessions(trajectory, board_id="vsm-schema")
    vsm.topic = "speciale aandacht leerlingen"
    vsm.results.notes += [
        Note("Storen leerling", zone_id="datazijde", category="probleem"),
        Note("Hoe administreren", zone_id="datazijde", category="probleem"),
    ]
    trajectory.step("value-stream-mapping").done = True
    path = tmp_path / "akkrum.bptraject"
    save_trajectory(trajectory, path)
    return path


def _item(view, text):
    for index in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(index)
        if text in top.text(0):
            return top
        for child_index in range(top.childCount()):
            if text in top.child(child_index).text(0):
                return top.child(child_index)
    raise AssertionError(f"{text} not in the timeline")


def test_timeline_start_next_details_pack_and_close(qtbot, tmp_path) -> None:
    path = _akkrum_file(tmp_path)
    view = TrajectoryView()
    qtbot.addWidget(view)
    assert not view.start_button.isEnabled()
    assert view.load(path)
    assert "OBS Akkrum" in view.heading.text()
    assert "Problemen lokaliseren" in view.next_label.text()
    assert _item(view, "Stap 1").text(2) == "2018-01-08"
    assert _item(view, "Stap 4").text(1) == "afgerond"

    asked = when_shown(StartSessionDialog, lambda dialog: dialog.buttons.button(OK).click())
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].process is None and asked[0].board_choice is None  # nothing to choose here
    started = _item(view, "Problemen lokaliseren")
    assert started.text(2) == datetime.date.today().isoformat()  # dated: today unless changed
    assert "speciale aandacht leerlingen" in started.text(0)
    assert view.tree.currentItem() is started
    details = view.details.toPlainText()
    assert "Nog in te delen" in details and "Storen leerling" in details and "Hoe administreren" in details
    assert "Ideeën genereren" in view.next_label.text()

    saved = load_trajectory(path)  # every change is saved at once
    assert [session.board.id for session in saved.step("verandering").sessions] == ["problemen-lokaliseren"]

    pack = tmp_path / "pakket.pdf"
    assert view.print_pack(str(pack))
    assert len(page_sizes_mm(pack.read_bytes())) == 2  # the board and one cut-out sheet

    opened = []
    view.session_opened.connect(opened.append)
    qtbot.mouseClick(view.open_session_button, Qt.MouseButton.LeftButton)
    assert [session.board.id for session in opened] == ["problemen-lokaliseren"]

    view.tree.setCurrentItem(_item(view, "Stap 5"))
    assert "Verandering" in view.details.toPlainText()
    qtbot.mouseClick(view.close_step_button, Qt.MouseButton.LeftButton)
    assert _item(view, "Stap 5").text(1) == "afgerond"
    assert load_trajectory(path).status("verandering").value == "afgerond"


def test_a_broken_file_shows_the_message_and_keeps_what_is_open(qtbot, tmp_path, monkeypatch) -> None:
    view = TrajectoryView()
    qtbot.addWidget(view)
    assert view.load(_akkrum_file(tmp_path))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    broken = tmp_path / "kapot.bptraject"
    broken.write_text("{niet af", encoding="utf-8")
    assert not view.load(broken)
    assert shown and "kapot.bptraject" in shown[0]
    assert "OBS Akkrum" in view.heading.text()


def test_new_trajectory_through_the_dialog(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.trajectory_view.new_dialog import NewTrajectoryDialog

    view = TrajectoryView()
    qtbot.addWidget(view)
    dialog = NewTrajectoryDialog(view)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a school is needed
    dialog.method.setCurrentIndex(dialog.method.findData("design-thinking-lean"))
    qtbot.keyClicks(dialog.school, "CBS De Borgstee")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    path = tmp_path / "borgstee.bptraject"
    assert view.new_file(dialog, str(path))
    assert load_trajectory(path).method_id == "design-thinking-lean"
    assert "Procesplaat 1" in view.next_label.text()


def _borgstee_file(tmp_path):
    trajectory = new_trajectory("design-thinking-lean", "CBS De Borgstee")
    (plaat,) = add_next_sessions(trajectory, board_id="procesplaat-1", date="2017-10-02")
    plaat.results.dots += [DotCount("rapporten-schrijven", "werkdruk", 9), DotCount("toetsen-afnemen", "werkdruk", 4)]
    for step in ("procesplaten", "zelfevaluatie"):
        trajectory.step(step).done = True
    path = tmp_path / "borgstee.bptraject"
    save_trajectory(trajectory, path)
    return path


def test_the_user_chooses_the_process_from_a_suggestion_and_dates_the_session(qtbot, tmp_path) -> None:
    view = TrajectoryView()
    qtbot.addWidget(view)
    view.load(_borgstee_file(tmp_path))
    seen = {}

    def choose(dialog: StartSessionDialog) -> None:
        seen["options"] = [dialog.process.itemText(i) for i in range(dialog.process.count())]
        seen["current"] = dialog.process.currentText()
        seen["reason"] = dialog.reason.text()
        dialog.process.setCurrentIndex(dialog.process.findData("toetsen-afnemen"))  # not the suggestion
        dialog.date.setDate(QDate(2017, 11, 6))
        dialog.grab().save(str(tmp_path / "start.png"))
        dialog.buttons.button(OK).click()

    when_shown(StartSessionDialog, choose)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert seen["current"] == "Rapporten schrijven (9 stippen werkdruk)"
    assert seen["options"][1] == "Toetsen afnemen (4 stippen werkdruk)"
    assert not any("WAAR KRIJG IK" in option or "CONCLUSIE" in option for option in seen["options"])
    assert seen["reason"].startswith("Voorstel: Rapporten schrijven, met de meeste stippen werkdruk (9)")
    (workshop,) = load_trajectory(view.path).step("workshops").sessions
    assert (workshop.topic, workshop.date) == ("Toetsen afnemen", "2017-11-06")
    assert _item(view, "Toetsen afnemen").text(2) == "2017-11-06"


def test_cancel_starts_nothing(qtbot, tmp_path) -> None:
    view = TrajectoryView()
    qtbot.addWidget(view)
    view.load(_borgstee_file(tmp_path))
    when_shown(StartSessionDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert load_trajectory(view.path).step("workshops").sessions == []


def test_the_board_edited_in_the_editor_is_used(qtbot, tmp_path) -> None:
    path = tmp_path / "nieuw.bptraject"
    save_trajectory(new_trajectory("design-thinking-lean", "CBS De Borgstee"), path)
    edited = load_template("procesplaat-1")
    edited.zones[0].label = "Lessen voorbereiden"
    view = TrajectoryView()
    qtbot.addWidget(view)
    view.board_in_editor = lambda: edited
    view.load(path)
    seen = []

    def accept(dialog: StartSessionDialog) -> None:
        seen.append(dialog.board_choice.currentText())
        dialog.buttons.button(OK).click()

    when_shown(StartSessionDialog, accept)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert seen == ["het bord in de editor (Procesplaat 1), zoals je het bewerkt hebt"]
    (plaat,) = load_trajectory(path).step("procesplaten").sessions
    assert plaat.board.zones[0].label == "Lessen voorbereiden"


def test_where_an_action_came_from_is_worded_in_the_ui_language(qtbot, tmp_path) -> None:
    trajectory = new_trajectory("verbetering-in-beeld", "OBS Akkrum")
    (ideas,) = add_next_sessions(trajectory, board_id="ideeen-genereren")
    problem = Note("Storen leerling", zone_id="organisatie", category="probleem")
    idea = Note("Visualiseren afspraken", zone_id="organisatie", chosen=True, links={"problem": problem.id})
    ideas.results.notes += [problem, idea]
    (actions,) = add_next_sessions(trajectory, board_id="actiepunten")
    actions.results.actions.append(ActionItem(2, "Zonder herkomst"))
    path = tmp_path / "akkrum.bptraject"
    save_trajectory(trajectory, path)
    view = TrajectoryView()
    qtbot.addWidget(view)
    view.load(path)
    view.tree.setCurrentItem(_item(view, "Actiepunten"))
    details = view.details.toPlainText()
    assert "← idee: Visualiseren afspraken ← probleem: Storen leerling" in details
    assert "idea" not in details and "problem:" not in details
