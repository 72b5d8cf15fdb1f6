"""The start page: find a template by typing (accents and case ignored), by method, and with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from boards.templates import list_templates
from desktop.dialogs import NewBoardDialog


def _gallery(qtbot, window):
    gallery = window.gallery
    gallery.ensure_templates()
    window.show_page("gallery")
    qtbot.waitUntil(lambda: bool(gallery.visible_cards()))
    return gallery


def _shown_ids(gallery) -> list[str]:
    return [card.template_id for card in gallery.visible_cards()]


def test_search_ignores_case_and_accents_and_looks_in_title_method_step_and_question(qtbot, window):
    gallery = _gallery(qtbot, window)
    total = len(list_templates())
    assert len(_shown_ids(gallery)) == total
    assert gallery.result_label.text() == f"{total} sjablonen"

    qtbot.keyClicks(gallery.search, "IDEEEN GENEREREN")
    assert "ideeen-genereren" in _shown_ids(gallery)
    assert all("ideeen" in card.template_id or "idee" in card.board.title.lower() for card in gallery.visible_cards())

    gallery.search.clear()
    qtbot.keyClicks(gallery.search, "procesplaat 1")  # the title
    assert _shown_ids(gallery)[0] == "procesplaat-1"
    gallery.search.setText("energie in mijn werk")  # words of Procesplaat 1's question
    assert "procesplaat-1" in _shown_ids(gallery)
    gallery.search.setText("stap 3")  # the step
    assert _shown_ids(gallery) and len(_shown_ids(gallery)) < total
    gallery.search.setText("geen sjabloon heet zo")
    assert _shown_ids(gallery) == [] and "Geen sjablonen gevonden" in gallery.result_label.text()
    gallery.search.clear()
    assert len(_shown_ids(gallery)) == total


def test_the_method_filter_shows_one_method(qtbot, window):
    gallery = _gallery(qtbot, window)
    method_id = gallery.method_filter.itemData(1)
    gallery.method_filter.setCurrentIndex(1)
    shown = gallery.visible_cards()
    assert shown and all(card.board.method == method_id for card in shown)
    assert f"{len(shown)} van" in gallery.result_label.text()
    hidden_headings = [
        label for section in gallery.sections if section.method_id != method_id for label in section.labels
    ]
    assert all(not label.isVisible() for label in hidden_headings)


def test_the_cards_are_reached_and_opened_with_the_keyboard(qtbot, window):
    gallery = _gallery(qtbot, window)
    window.activateWindow()
    gallery.search.setFocus()
    qtbot.keyClick(gallery.search, Qt.Key.Key_Down)
    cards = gallery.visible_cards()
    assert QApplication.focusWidget() is cards[0]
    qtbot.keyClick(cards[0], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is cards[1]
    qtbot.keyClick(cards[1], Qt.Key.Key_Down)
    below = QApplication.focusWidget()
    assert (
        below in cards
        and below.mapTo(gallery, below.rect().topLeft()).y() > cards[1].mapTo(gallery, cards[1].rect().topLeft()).y()
    )
    qtbot.keyClick(below, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is cards[1]
    qtbot.keyClick(cards[0], Qt.Key.Key_Up)  # from the first row back to the search field
    assert QApplication.focusWidget() is gallery.search
    qtbot.keyClick(cards[1], Qt.Key.Key_Return)
    dialog = window.findChildren(NewBoardDialog)[-1]
    assert dialog.isVisible() and dialog.template.currentData() == cards[1].template_id
    dialog.reject()


def test_no_horizontal_scrolling_at_1024_pixels(qtbot, window):
    window.resize(1024, 700)
    gallery = _gallery(qtbot, window)
    qtbot.waitUntil(lambda: gallery.scroll.widget().width() <= gallery.scroll.viewport().width())
    assert gallery.scroll.horizontalScrollBar().maximum() == 0 or not gallery.scroll.horizontalScrollBar().isVisible()
    right = max(card.mapTo(gallery.scroll.viewport(), card.rect().topRight()).x() for card in gallery.visible_cards())
    assert right <= gallery.scroll.viewport().width()
