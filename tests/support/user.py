"""A user at the app: finds controls by the text they show, clicks them, types, looks (screenshots).

Texts are given as the Dutch source with its translation context, ``("SessionPage", "Bew&aren")``,
and looked for as the window shows them (translated, without the mnemonic ``&``), so the
same steps run in Dutch and in English. Only shown, enabled controls of the window or of
an open dialog are found; a control that is not there fails the step with what was there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QMenu,
    QTabBar,
    QWidget,
)

Text = tuple[str, str]  # (context, Dutch source text)


def shown(text: Text | str) -> str:
    """The text as the window shows it: translated, without mnemonic marks."""
    value = QCoreApplication.translate(*text) if isinstance(text, tuple) else text
    return value.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _plain(value: str) -> str:
    return shown(value)


class User:
    def __init__(self, qtbot, window, shots: Path) -> None:
        self.qtbot = qtbot
        self.window = window
        self.shots = shots
        self.count = 0
        shots.mkdir(parents=True, exist_ok=True)

    # --- looking ------------------------------------------------------------------------

    def settle(self, ms: int = 30) -> None:
        for _ in range(5):
            QApplication.processEvents()
        self.qtbot.wait(ms)

    def top(self) -> QWidget:
        """Where the user looks: an open dialog, else the main window."""
        dialogs = [
            widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QDialog) and widget.isVisible()
        ]
        return dialogs[-1] if dialogs else self.window

    def shot(self, name: str, widget: QWidget | None = None) -> Path:
        """A screenshot of the window (and of an open dialog over it), numbered in order."""
        self.settle()
        self.count += 1
        path = self.shots / f"{self.count:02d}-{name}.png"
        assert (widget or self.top()).grab().save(str(path)), path
        if widget is None and self.top() is not self.window:
            self.window.grab().save(str(path.with_name(path.stem + "-window.png")))
        return path

    def _visible(self, kind: type, root: QWidget | None = None) -> list:
        root = root or self.top()
        return [widget for widget in root.findChildren(kind) if widget.isVisible() and widget.window() is root.window()]

    # --- finding ------------------------------------------------------------------------

    def button(self, text: Text | str, root: QWidget | None = None) -> QAbstractButton:
        wanted = shown(text)
        buttons = [button for button in self._visible(QAbstractButton, root) if _plain(button.text()) == wanted]
        seen = sorted({_plain(button.text()) for button in self._visible(QAbstractButton, root) if button.text()})
        assert buttons, f"no button {wanted!r}; shown: {seen}"
        return buttons[0]

    def label(self, text: Text | str) -> QLabel:
        wanted = shown(text)
        labels = [label for label in self._visible(QLabel) if _plain(label.text()) == wanted]
        assert labels, f"no label {wanted!r}"
        return labels[0]

    def field(self, label: Text | str) -> QWidget:
        """The field a form label names."""
        buddy = self.label(label).buddy()
        assert buddy is not None and buddy.isVisible(), f"label {shown(label)!r} names no field"
        return buddy

    def widget(self, kind: type, test: Callable[[QWidget], bool], what: str) -> QWidget:
        found = [widget for widget in self._visible(kind) if test(widget)]
        assert found, f"no {what} shown"
        return found[0]

    # --- doing --------------------------------------------------------------------------

    def when_dialog(self, kind: type, act: Callable[[QDialog], None], timeout_ms: int = 30_000) -> None:
        """Do ``act`` in the next dialog of ``kind`` once it shows (for a dialog that runs its own loop, exec())."""
        waited = [0]

        def look() -> None:
            dialog = self.top()
            if isinstance(dialog, kind) and dialog.isVisible():
                act(dialog)
                return
            waited[0] += 50
            assert waited[0] < timeout_ms, f"no {kind.__name__} showed up"
            QTimer.singleShot(50, look)

        QTimer.singleShot(50, look)

    def choose(self, combo: QComboBox, text: Text | str) -> None:
        """Pick the entry ``text`` in a combo box, with the keyboard as a user can (open it, pick, Enter)."""
        wanted = shown(text)
        index = next((i for i in range(combo.count()) if _plain(combo.itemText(i)) == wanted), -1)
        assert index >= 0, f"no {wanted!r} in the list; it has {[combo.itemText(i) for i in range(combo.count())]}"
        combo.setFocus()
        while combo.currentIndex() != index:
            key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
            self.qtbot.keyClick(combo, key)
        self.settle()

    def click(self, text: Text | str, root: QWidget | None = None) -> None:
        button = self.button(text, root)
        assert button.isEnabled(), f"{shown(text)!r} is disabled: {button.toolTip()}"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.settle()

    def click_widget(self, widget: QWidget) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.settle()

    def tab(self, text: Text | str) -> None:
        """Click the tab that shows ``text`` (a page of the window, or a tab inside a page)."""
        wanted = shown(text)
        for bar in self._visible(QTabBar):
            for index in range(bar.count()):
                if _plain(bar.tabText(index)) == wanted:
                    self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                    self.settle()
                    return
        raise AssertionError(f"no tab {wanted!r}")

    def menu(self, title: Text | str, entry: Text | str) -> None:
        """Choose ``entry`` in the menu bar's menu ``title``."""
        menus = {_plain(action.text()): action.menu() for action in self.window.menuBar().actions() if action.menu()}
        menu: QMenu | None = menus.get(shown(title))
        assert menu is not None, f"no menu {shown(title)!r}; menus: {sorted(menus)}"
        wanted = shown(entry)
        actions: list[QAction] = [action for action in menu.actions() if _plain(action.text()) == wanted]
        assert actions, f"no {wanted!r} in menu {shown(title)!r}"
        assert actions[0].isEnabled(), f"{wanted!r} is disabled: {actions[0].toolTip()}"
        actions[0].trigger()
        self.settle()

    def list_item(self, text: Text | str, root: QWidget | None = None) -> None:
        """Click the entry ``text`` of a shown list (the palette)."""
        wanted = shown(text)
        for view in self._visible(QListWidget, root):
            for row in range(view.count()):
                item = view.item(row)
                if _plain(item.text()) == wanted:
                    rect = view.visualItemRect(item)
                    self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                    self.settle()
                    return
        raise AssertionError(f"no list entry {wanted!r}")

    def type(self, widget: QWidget, text: str, enter: bool = False, replace: bool = False) -> None:
        """Click into ``widget`` and type (``replace``: select what is there first, Ctrl+A)."""
        self.click_widget(widget)
        if replace:
            self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(widget, text)
        if enter:
            self.qtbot.keyClick(widget, Qt.Key.Key_Return)
        self.settle()

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(QApplication.focusWidget() or self.top(), key, modifiers)
        self.settle()
