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
