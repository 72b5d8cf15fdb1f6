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
