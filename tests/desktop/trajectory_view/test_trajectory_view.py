"""The trajectory timeline in the app, driven with clicks as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from boards.session import Note
from boards.trajectory import add_next_sessions, load_trajectory, new_trajectory, save_trajectory
from desktop.trajectory_view import TrajectoryView
from tests.support.pdf import page_sizes_mm


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

    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    started = _item(view, "Problemen lokaliseren")
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
