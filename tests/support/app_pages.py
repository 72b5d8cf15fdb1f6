"""Walking the app's pages as a user sees them: fill every page, show each in turn, list what is on it.

``fill_every_page(controller, tmp_path)`` opens a board, a session with results, the
photo review, a trajectory and an analysis, so that every page has its working
widgets; without it the pages show their empty states. ``shown_pages(window)``
shows each page and yields its id (and the archive summary on the Analyse page, "analysis-summary").
``visible_widgets(window)`` lists the widgets a user can see now: the menu bar, the shown page and the
docks that are open.
``shortcut_bindings(window)`` lists every key that does something now (actions,
shortcuts, button and label mnemonics, menu-bar mnemonics) with its scope.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QMenuBar,
    QPushButton,
    QTabBar,
    QWidget,
)

from boards.session import ActionItem, Note
from boards.templates import load_template


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def fill_every_page(controller, tmp_path: Path) -> None:
    """A board, a session with notes, dots and an action point, the review screen, a trajectory, an analysis,
    and an archive of sessions summarised (shown as its own view of the Analyse page by ``shown_pages``)."""
    from boards.trajectory import new_trajectory, save_trajectory
    from desktop.document import BoardDocument

    window = controller.window
    workspace = controller.workspace_controller
    window._set_document(BoardDocument(load_template("procesplaat-1")))
    session = workspace.new_session()
    assert session is not None
    zone = session.board.zones[0].id
    session.results.notes.append(Note(zone_id=zone, text="toetsen nakijken"))
    session.results.set_dot_count(zone, "werkdruk", 3)
    session.results.actions.append(ActionItem(nr=1, action="Rooster delen", owner="Els"))
    workspace.session_page.set_session(session, workspace._where())
    workspace.photo_page.review_board(session.board)
    trajectory_file = tmp_path / "traject.bptraject"
    save_trajectory(new_trajectory("verbetering-in-beeld", "OBS Akkrum"), trajectory_file)
    workspace.trajectory_view.load(trajectory_file)
    _summarise_an_archive(workspace)
    workspace.analyse([session])
    workspace.archive_page.ensure_browser()
    settle()


#: Per window, what shows the archive summary on the Analyse page (made by fill_every_page).
_SUMMARIES: WeakKeyDictionary = WeakKeyDictionary()


def _summarise_an_archive(workspace) -> None:
    """Archief → Getoonde sessies analyseren, on sessions of two schools and one without a school, over two
    years, so that the summary has its charts, its tables and its app-made names ("(geen school)")."""
    from tests.support.builders import session_on, with_dots

    board = load_template("procesplaat-1")
    zones = [zone.id for zone in board.zones if zone.holds.dots]
    sessions = []
    for year in (2019, 2020):
        for index, school in enumerate(("OBS Akkrum", "SWS Balans", "")):
            session = session_on(board, school=school, date=f"{year}-03-1{index}")
            sessions.append(with_dots(session, {zone: (index + 1, year - 2018) for zone in zones}))
    workspace.archive().add_many(sessions)
    page = workspace.archive_page
    page.ensure_browser()
    page.browser.refresh()  # listed before these were added, when the empty pages were walked
    found = []
    page.summary_ready.connect(found.append)
    job = page.analyse_listed()
    assert job is not None, page.message.text()
    deadline = time.monotonic() + 60
    while not found and time.monotonic() < deadline:
        settle()
        time.sleep(0.01)
    assert found, "the archive summary did not come"
    window = workspace.window
    _SUMMARIES[window] = lambda: workspace.show_summary(found[0])


def shown_views(window) -> Iterator[str]:
    """What the Analyse page can show besides the sessions one by one: the archive summary (when
    fill_every_page made one); shows it, yields its id, then puts the sessions back."""
    show = _SUMMARIES.get(window)
    if show is None:
        return
    page = window.page("analysis")
    show()
    settle()
    view = page.content
    yield "analysis-summary"
    # every table and every chart of the summary in turn (a combo box shows one at a time)
    for combo, tab in ((view.tabs.table_combo, 2), (view.tabs.chart_combo, 1)):
        view.tabs.setCurrentIndex(tab)
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            settle()
            yield "analysis-summary"
    view.tabs.setCurrentIndex(0)
    page.show_sessions(page.sessions)
    settle()


def shown_pages(window) -> Iterator[str]:
    """Show every page in turn; yields its id while it is shown."""
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        page_id = next(pid for pid in window._pages if window.page(pid) is page)
        window.show_page(page_id)
        settle()
        yield page_id
        if page_id == "analysis":
            yield from shown_views(window)


def visible_widgets(window) -> list[QWidget]:
    """The widgets the user can see: the window's own (menu bar, toolbar, status bar, the shown page, open docks)."""
    return [widget for widget in window.findChildren(QWidget) if widget.isVisible() and widget.window() is window]


# --- key bindings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Binding:
    keys: str  # portable text, e.g. "Ctrl+Shift+N"
    command: QObject  # the action, shortcut or widget that the keys trigger
    scope: QWidget  # where the keys work: the window, or a widget (and its children)
    what: str  # for the failure message

    def overlaps(self, other: Binding) -> bool:
        """Both can be triggered at the same moment: one scope lies inside the other."""
        return _inside(self.scope, other.scope) or _inside(other.scope, self.scope)


def _inside(widget: QWidget | None, ancestor: QWidget) -> bool:
    while widget is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False


def _text(value: str) -> str:
    return value.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _reachable_from(widget: QWidget, window) -> bool:
    """A widget shortcut can fire: the widget is shown and enabled in this window (a menu through its bar)."""
    if isinstance(widget, QMenu):
        return any(
            isinstance(owner, QWidget) and _reachable_from(owner, window)
            for owner in widget.menuAction().associatedObjects()
        )
    return widget.isVisible() and widget.isEnabled() and widget.window() is window


def _action_bindings(window) -> Iterator[Binding]:
    for action in window.findChildren(QAction):
        if not action.isEnabled() or not action.shortcuts():
            continue
        context = action.shortcutContext()
        for owner in action.associatedObjects():
            if not isinstance(owner, QWidget) or not _reachable_from(owner, window):
                continue
            scope = (
                window
                if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
                else owner
            )
            for sequence in action.shortcuts():
                yield Binding(
                    sequence.toString(QKeySequence.SequenceFormat.PortableText), action, scope, _text(action.text())
                )


def _shortcut_bindings(window) -> Iterator[Binding]:
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or not isinstance(parent, QWidget) or not _reachable_from(parent, window):
            continue
        context = shortcut.context()
        scope = (
            window if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut) else parent
        )
        for sequence in shortcut.keys():  # noqa: SIM118 - QShortcut.keys(), not a dict
            yield Binding(sequence.toString(QKeySequence.SequenceFormat.PortableText), shortcut, scope, "QShortcut")


def _widget_bindings(window) -> Iterator[Binding]:
    """Button shortcuts and mnemonics, label mnemonics (to their buddy), tab and menu-bar mnemonics."""
    for widget in visible_widgets(window):
        if not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton):
            sequence = widget.shortcut()
            if sequence.isEmpty():
                sequence = QKeySequence.mnemonic(widget.text())
            if not sequence.isEmpty():
                yield Binding(
                    sequence.toString(QKeySequence.SequenceFormat.PortableText), widget, window, _text(widget.text())
                )
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            sequence = QKeySequence.mnemonic(widget.text())
            if not sequence.isEmpty():
                yield Binding(
                    sequence.toString(QKeySequence.SequenceFormat.PortableText),
                    widget.buddy(),
                    window,
                    _text(widget.text()),
                )
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                sequence = QKeySequence.mnemonic(widget.tabText(index))
                if not sequence.isEmpty() and widget.isTabEnabled(index):
                    yield Binding(
                        sequence.toString(QKeySequence.SequenceFormat.PortableText),
                        widget,
                        window,
                        _text(widget.tabText(index)),
                    )
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                sequence = QKeySequence.mnemonic(action.text())
                if not sequence.isEmpty() and action.isVisible():
                    yield Binding(
                        sequence.toString(QKeySequence.SequenceFormat.PortableText),
                        action,
                        window,
                        _text(action.text()),
                    )


def shortcut_bindings(window) -> list[Binding]:
    """Every key binding that can do something on the page shown now."""
    return [*_action_bindings(window), *_shortcut_bindings(window), *_widget_bindings(window)]


def clashes(bindings: list[Binding]) -> list[str]:
    """Keys bound to two different commands that can both fire at the same moment."""
    problems = []
    for index, first in enumerate(bindings):
        for second in bindings[index + 1 :]:
            if first.keys == second.keys and first.command is not second.command and first.overlaps(second):
                problems.append(f"{first.keys}: {first.what!r} and {second.what!r}")
    return sorted(set(problems))


def mnemonics(window) -> list[tuple[str, str]]:
    """(Alt+letter, text) of every mnemonic the user sees now — buttons, labels with a buddy, tabs, the
    menu bar — enabled or not (a disabled button's letter works as soon as it is enabled)."""
    found = []

    def add(text: str) -> None:
        sequence = QKeySequence.mnemonic(text)
        if not sequence.isEmpty():
            found.append((sequence.toString(QKeySequence.SequenceFormat.PortableText), _text(text)))

    for widget in visible_widgets(window):
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text())
    return found


def buttons_without_mnemonic(window) -> list[str]:
    """The push buttons the user sees with a text in words but no Alt+letter to press them."""
    return [
        _text(widget.text())
        for widget in visible_widgets(window)
        if isinstance(widget, QPushButton)
        and any(character.isalpha() for character in widget.text())
        and QKeySequence.mnemonic(widget.text()).isEmpty()
    ]
