"""The English interface shows no Dutch, except the board content itself: every page, empty and filled."""

from __future__ import annotations

import pytest

from tests.support.app_pages import fill_every_page, shown_pages
from tests.support.visible_texts import content_texts, dutch_words, method_texts, visible_texts, without_content


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


def test_method_titles_shown_in_english_are_content_as_written(qtbot, controller):
    """The methods' titles and subtitles are seed content (Dutch, from their publications; no English in
    the method files): the English Start page shows them as written, and the check counts them as content,
    explicitly — without them it would report Dutch."""
    from boards.methods import list_methods

    window = _english_window(qtbot, controller)
    window.show_page("gallery")
    window.gallery.ensure_templates()
    shown = [text for _, text in visible_texts(window)]
    titles = [method.title for method in list_methods()] + [method.subtitle for method in list_methods()]
    method_shown = [text for text in shown if text in titles]
    assert len(method_shown) >= len(list_methods())  # every method's heading is on the Start page
    assert any(dutch_words(text) for text in method_shown)  # "Vijf cyclische stappen (borgen van innovatie)"
    assert set(titles) <= set(method_texts())
    content = content_texts()
    assert not [text for text in method_shown if dutch_words(without_content(text, content))]
