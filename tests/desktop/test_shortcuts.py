"""No key means two things: on every page, empty and filled, in Dutch and in English."""

from __future__ import annotations

import pytest

from desktop.i18n import install_language
from tests.support.app_pages import Binding, clashes, fill_every_page, shortcut_bindings, shown_pages


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
def test_no_key_is_bound_twice_on_any_page(qtbot, controller, tmp_path, language, filled):
    if language == "en":
        install_language("en")
        controller.switch_language("en")
        qtbot.addWidget(controller.window)
    window = controller.window
    if filled:
        fill_every_page(controller, tmp_path)
    problems = []
    seen: dict[str, int] = {}
    for page_id in shown_pages(window):
        bindings = shortcut_bindings(window)
        seen[page_id] = len(bindings)
        problems += [f"{page_id}: {problem}" for problem in clashes(bindings)]
    assert not problems, "\n".join(problems)
    assert all(count > 10 for count in seen.values()), seen  # the walk found the window's keys on every page


def test_the_clash_check_sees_a_clash(qtbot, controller):
    """The check itself: two enabled window actions with one key are reported."""
    from PySide6.QtGui import QAction, QKeySequence

    window = controller.window
    for name in ("Eerste", "Tweede"):
        action = QAction(name, window)
        action.setShortcut(QKeySequence("Ctrl+Alt+Shift+F12"))
        window.addAction(action)
    found = clashes(shortcut_bindings(window))
    assert found == ["Ctrl+Alt+Shift+F12: 'Eerste' and 'Tweede'"]


def test_page_keys_and_note_colours_differ_on_the_session_page(qtbot, controller, tmp_path):
    """Ctrl+1 … goes to a page, Alt+1 … picks a note colour (issue: both were Ctrl+1 … on the Sessie page)."""
    window = controller.window
    fill_every_page(controller, tmp_path)
    window.show_page("session")
    keys = {binding.keys: binding for binding in shortcut_bindings(window) if isinstance(binding, Binding)}
    assert keys["Ctrl+1"].what == "Start"
    assert keys["Alt+2"].what.startswith("Notitiekleur")
