"""Every control on every page has a name a screen reader announces and a tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.support.accessibility import controls, describe, name_of
from tests.support.app_pages import fill_every_page, shown_pages


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
def test_every_control_has_a_name_and_a_tooltip(qtbot, controller, tmp_path, filled):
    window = controller.window
    if filled:
        fill_every_page(controller, tmp_path)
    problems = []
    checked = 0
    for page_id in shown_pages(window):
        labels = window.findChildren(QLabel)
        for widget in controls(window):
            checked += 1
            missing = []
            if not name_of(widget, labels):
                missing.append("name")
            if not widget.toolTip().strip():
                missing.append("tooltip")
            if missing:
                problems.append(f"{page_id}: {describe(widget)}: no {' and no '.join(missing)}")
    assert checked > 30
    assert not problems, "\n".join(sorted(set(problems)))


def test_every_control_of_the_dialogs_has_a_name_and_a_tooltip(qtbot, controller, tmp_path):
    from boards.templates import load_template
    from desktop.dialogs import NewBoardDialog, SettingsDialog
    from desktop.document import BoardDocument
    from desktop.print_dialog import PrintDialog
    from desktop.trajectory_view.new_dialog import NewTrajectoryDialog

    window = controller.window
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    dialogs = [
        NewBoardDialog("procesplaat-1", window),
        SettingsDialog("nl", window),
        PrintDialog(window.document.board, window),
        NewTrajectoryDialog(window),
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        labels = dialog.findChildren(QLabel)
        for widget in controls(dialog):
            missing = [
                part for part, ok in (("name", name_of(widget, labels)), ("tooltip", widget.toolTip())) if not ok
            ]
            if missing:
                problems.append(f"{type(dialog).__name__}: {describe(widget)}: no {' and no '.join(missing)}")
        dialog.close()
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_merge_and_start_dialogs_name_their_controls(qtbot, controller):
    from boards.merging import plan_merge
    from boards.methods import get_method
    from boards.session import Results
    from boards.templates import load_template
    from boards.trajectory import new_trajectory, process_choice
    from boards.workspace import new_session
    from desktop.results.merge_dialog import MergeDialog
    from desktop.trajectory_view.start_dialog import StartSessionDialog

    board = load_template("procesplaat-1")
    session = new_session(board)
    zone = board.zones[0].id
    session.results.set_dot_count(zone, "werkdruk", 2)
    incoming = Results()
    incoming.set_dot_count(zone, "werkdruk", 5)
    window = controller.window
    trajectory = new_trajectory("design-thinking-lean", "OBS Akkrum")
    step = get_method("design-thinking-lean").steps[0]
    dialogs = [
        MergeDialog(plan_merge(board, session.results, incoming, whole_zones=True), parent=window),
        StartSessionDialog("procesplaat-1", step, process_choice(trajectory, "procesplaat-1"), board, window),
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        labels = dialog.findChildren(QLabel)
        for widget in controls(dialog):
            missing = [
                part for part, ok in (("name", name_of(widget, labels)), ("tooltip", widget.toolTip())) if not ok
            ]
            if missing:
                problems.append(f"{type(dialog).__name__}: {describe(widget)}: no {' and no '.join(missing)}")
        dialog.close()
    assert not problems, "\n".join(sorted(set(problems)))
