"""The English interface shows no Dutch, except the board content itself: every page, empty and filled."""

from __future__ import annotations

import pytest

from tests.support.app_pages import fill_every_page, shown_pages
from tests.support.visible_texts import content_texts, dutch_words, visible_texts, without_content


def _english_window(qtbot, controller):
    window = controller.switch_language("en")
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("filled", [False, True], ids=["empty", "filled"])
def test_every_page_in_english_shows_no_dutch(qtbot, controller, tmp_path, filled):
    window = _english_window(qtbot, controller)
    if filled:
        fill_every_page(controller, tmp_path)
    workspace = controller.workspace
    boards = [window.document.board] if window.document is not None else []
    content = content_texts(boards, [workspace.session] if workspace.session is not None else [])
    problems = []
    checked = 0
    for page_id in shown_pages(window):
        for where, text in visible_texts(window):
            checked += 1
            words = dutch_words(without_content(text, content))
            if words:
                problems.append(f"{page_id}: {where}: {text!r} ({', '.join(words)})")
    assert checked > 200  # the walk saw the pages
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_check_sees_dutch(qtbot, controller):
    """The check itself: a Dutch label in the English window is reported; board content is not."""
    from PySide6.QtWidgets import QLabel

    window = _english_window(qtbot, controller)
    label = QLabel("Nog geen sessie", window.gallery)
    label.show()
    texts = [text for _, text in visible_texts(window)]
    assert "Nog geen sessie" in texts
    assert dutch_words("Nog geen sessie") == ["Nog", "geen", "sessie"]
    assert not dutch_words(without_content("Procesplaat 1 — A0 landscape", content_texts()))
