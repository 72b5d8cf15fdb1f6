"""No key means two things: on every page, empty and filled, in Dutch and in English."""

from __future__ import annotations

import pytest

from desktop.i18n import install_language
from tests.support.app_pages import (
    Binding,
    buttons_without_mnemonic,
    clashes,
    fill_every_page,
    mnemonics,
    settle,
    shortcut_bindings,
    shown_pages,
)


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


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_button_on_every_page_has_its_own_mnemonic(qtbot, controller, tmp_path, language):
    """The loop by keyboard alone: each page's buttons have an Alt+letter, and no letter means two things on
    a page (disabled buttons count too: their letter works as soon as they are enabled)."""
    if language == "en":
        install_language("en")
        controller.switch_language("en")
        qtbot.addWidget(controller.window)
    window = controller.window
    problems = []
    walked = []
    for filled in (False, True):
        if filled:
            fill_every_page(controller, tmp_path)
        for page_id in shown_pages(window):
            where = f"{page_id} ({'filled' if filled else 'empty'})"
            walked.append(where)
            problems += [f"{where}: no mnemonic: {text!r}" for text in buttons_without_mnemonic(window)]
            letters: dict[str, list[str]] = {}
            for keys, text in mnemonics(window):
                letters.setdefault(keys, []).append(text)
            problems += [
                f"{where}: {keys} is {' and '.join(map(repr, texts))}"
                for keys, texts in letters.items()
                if len(texts) > 1
            ]
    assert "analysis-summary (filled)" in walked and "trajectory (filled)" in walked
    assert not problems, "\n".join(problems)


def test_the_mnemonic_check_sees_a_missing_and_a_double_letter(qtbot, controller):
    from PySide6.QtWidgets import QPushButton

    window = controller.window
    window.show_page("gallery")
    settle()
    for text in ("Zonder letter", "&Nog een Nieuw"):
        QPushButton(text, window.gallery).show()
    settle()
    assert "Zonder letter" in buttons_without_mnemonic(window)
    doubles = [text for keys, text in mnemonics(window) if keys == "Alt+N"]
    assert "Nog een Nieuw" in doubles and len(doubles) > 1
