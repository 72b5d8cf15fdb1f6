"""Every control that cannot be used says why: its tooltip (menus show them) names the reason."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from tests.support.accessibility import controls, describe
from tests.support.app_pages import fill_every_page, shown_pages


def _menu_actions(menu: QMenu):
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield action
            yield from _menu_actions(action.menu())
        else:
            yield action


def _reason(control: QWidget | QAction) -> str:
    tip = control.toolTip().strip()
    text = control.text().replace("&", "").strip() if hasattr(control, "text") else ""
    return "" if tip == text else tip  # a QAction without a tooltip shows its own text


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
def test_every_disabled_control_says_why(qtbot, controller, tmp_path, filled):
    window = controller.window
    if filled:
        fill_every_page(controller, tmp_path)
    problems = []
    for page_id in shown_pages(window):
        for widget in controls(window):
            if not widget.isEnabled() and not _reason(widget):
                problems.append(f"{page_id}: {describe(widget)}")
        for menu in window.menuBar().findChildren(QMenu):
            if menu.parent() is not window.menuBar() and not isinstance(menu.parent(), QMenu):
                continue
        for top in window.menuBar().actions():
            if top.menu() is None:
                continue
            for action in _menu_actions(top.menu()):
                if not action.isEnabled() and not _reason(action):
                    problems.append(f"{page_id}: menu {top.text().replace('&', '')} → {action.text().replace('&', '')}")
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_print_dialog_says_why_too(qtbot, window):
    from boards.templates import load_template
    from desktop.document import BoardDocument
    from desktop.print_dialog import PrintDialog

    window._set_document(BoardDocument(load_template("procesplaat-1")))
    dialog = PrintDialog(window.document.board, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.rendered is not None, timeout=30_000)
    disabled = [widget for widget in controls(dialog) if not widget.isEnabled()]
    assert dialog.overlap in disabled  # one sheet: no tiles, no overlap
    assert all(_reason(widget) for widget in disabled), [describe(w) for w in disabled if not _reason(w)]
