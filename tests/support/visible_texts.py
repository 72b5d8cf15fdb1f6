"""The texts a user reads in the window, and the board content among them.

``visible_texts(window)`` gathers the texts of the shown widgets: labels,
buttons, tabs, menus and their entries, table headers, combo boxes, line-edit
placeholders, group boxes, bar charts' titles, bars and legends, and tooltips of what is shown. ``content_texts(...)``
lists what is board content (titles, labels, questions of boards; the methods'
texts, ``method_texts()``; what was typed in a session): that stays as written, in any language.
``dutch_words(text)`` finds words that only Dutch uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from boards.methods import list_methods
from boards.model import Board
from boards.session import Session
from boards.templates import list_templates
from desktop.analysis_view.charts import BarChartWidget, shown_labels, shown_legend, shown_title
from tests.support.app_pages import visible_widgets

# Words of the Dutch interface that English never uses (checked as whole words, any case).
DUTCH_WORDS = {
    "aan",
    "actiepunt",
    "actiepunten",
    "afdrukken",
    "alle",
    "analyseren",
    "annuleren",
    "archief",
    "bestand",
    "bewaard",
    "bewaren",
    "bewerken",
    "bij",
    "bord",
    "borden",
    "briefjes",
    "datum",
    "deze",
    "dit",
    "een",
    "eerst",
    "geen",
    "gekozen",
    "het",
    "hier",
    "kiezen",
    "kies",
    "klaar",
    "kleur",
    "liggend",
    "maken",
    "meer",
    "minder",
    "naar",
    "niet",
    "nieuw",
    "nieuwe",
    "nog",
    "notities",
    "ongedaan",
    "openen",
    "opnieuw",
    "opslaan",
    "opgeslagen",
    "pagina",
    "sessie",
    "sessies",
    "sjabloon",
    "sjablonen",
    "staand",
    "stap",
    "stappen",
    "stip",
    "stippen",
    "tekst",
    "toevoegen",
    "traject",
    "trajecten",
    "van",
    "verwijderen",
    "voor",
    "waarvan",
    "wordt",
    "zijn",
    "zoeken",
    "jaar",
    "maand",
    "overige",
    "vakken",
    "conclusie",
    "geselecteerd",
    "gebruik",
    "jouw",
    "je",
    "wat",
    "welk",
    "welke",
    "uit",
}
_WORD = re.compile(r"[A-Za-zÀ-ÿ']+")


def dutch_words(text: str) -> list[str]:
    return sorted({word for word in _WORD.findall(text) if word.lower() in DUTCH_WORDS})


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def widget_texts(widget: QWidget) -> Iterator[str]:
    """What ``widget`` shows as its own text (not its children's)."""
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield widget.itemText(index)
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, (QTableView, QTreeView)):
        yield from _item_texts(widget)
    elif isinstance(widget, BarChartWidget) and widget.chart is not None:
        yield from (shown_title(widget.chart), *shown_labels(widget.chart), *shown_legend(widget.chart))
    elif isinstance(widget, QMenuBar):
        for action in widget.actions():
            yield action.text()
            if action.menu() is not None:
                yield from menu_texts(action.menu())
    yield widget.toolTip()
    yield widget.accessibleName()


def menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None:
            yield from menu_texts(action.menu())


def visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every text on the shown page, the menus, the status bar."""
    found = []
    for widget in visible_widgets(window):
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        for text in widget_texts(widget):
            if text and text.strip():
                found.append((where, text.replace("&", "")))
    found.append(("window title", window.windowTitle()))
    found.append(("status bar", window.statusBar().currentMessage()))
    return found


def _board_texts(board: Board) -> Iterator[str]:
    yield from (board.title, board.question, board.description)
    for zone in board.zones:
        yield from (zone.label, zone.question, zone.definition)
        for kind in zone.holds.dots:
            yield kind.label
    for group in board.groups:
        yield group.label
    for element in board.elements:
        yield from (getattr(element, "text", ""), getattr(element, "label", ""))
    if board.legend is not None:
        yield board.legend.title


def method_texts() -> list[str]:
    """The methods' own texts: titles, subtitles, summaries, the worked example's school, steps' titles,
    goals, who and what. They are seed content, quoted from the Dutch publications the methods come from
    (``resources/methods``, each with its source), with no English version: like a board's texts, the
    English interface shows them as written."""
    texts: list[str] = []
    for method in list_methods():
        texts += [method.title, method.subtitle, method.summary, method.school]
        for step in method.steps:
            texts += [step.title, step.goal, step.duration, step.who, *step.materials, *step.results]
    return [text for text in texts if text]


def content_texts(boards: Iterable[Board] = (), sessions: Iterable[Session] = ()) -> list[str]:
    """Board content that stays as written: boards, templates, methods, what was typed in sessions."""
    texts: list[str] = []
    for board in [*boards, *list_templates()]:
        texts += _board_texts(board)
    texts += method_texts()
    for session in sessions:
        texts += [session.school, session.team, session.topic, session.facilitator, session.remarks]
        texts += [note.text for note in session.results.notes]
        texts += [item.action for item in session.results.actions] + [item.owner for item in session.results.actions]
    # longest first, so that a label is taken out before a shorter label inside it
    return sorted({text.strip() for text in texts if text and len(text.strip()) > 1}, key=len, reverse=True)


def without_content(text: str, content: list[str]) -> str:
    """``text`` with the board content taken out (also content shortened to "… …" on a card)."""
    if text.endswith(" …"):
        start = " ".join(text[:-2].split())
        if any(" ".join(piece.split()).startswith(start) for piece in content):
            return ""
    for piece in content:
        if piece in text:
            text = text.replace(piece, " ")
        upper = piece.upper()
        if upper in text:
            text = text.replace(upper, " ")
    return text
