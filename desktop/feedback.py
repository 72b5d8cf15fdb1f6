"""Telling the user what happened and why: where a file went, why a control is disabled.

``report_saved(widget, text, path)`` shows ``text`` in the main window's status bar
with a *Map openen* button that opens the folder the file went to (the system's
file manager, through ``QDesktopServices``). Pages that are widgets of their own
(analysis, trajectories, archive) call it with themselves; outside a main window
it does nothing, their callers still see the return value.

``explain(control, enabled, reason)`` enables or disables a button, action or
tab and keeps its tooltip honest: disabled, the tooltip says why; enabled, it
shows the control's own tooltip again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStatusBar, QTabWidget, QToolButton, QWidget

NOTICE_MS = 15000
_OWN_TIP = "bruinpapierOwnToolTip"


class SavedNotice(QWidget):
    """The status bar's "saved to …" line with its *Map openen* action; hides itself after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.folder: Path | None = None
        self.label = QLabel()
        self.label.setObjectName("savedNoticeText")
        self.open_action = QAction(QCoreApplication.translate("Feedback", "Map openen"), self)
        self.open_action.setToolTip(
            QCoreApplication.translate("Feedback", "De map met het bewaarde bestand openen in de bestandsbeheerder")
        )
        self.open_action.triggered.connect(self.open_folder)
        self.button = QToolButton()
        self.button.setDefaultAction(self.open_action)
        self.button.setAccessibleName(self.open_action.text())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_saved(self, text: str, path: Path | str) -> None:
        self.folder = Path(path).resolve().parent if Path(path).suffix else Path(path).resolve()
        self.label.setText(text)
        self.label.setToolTip(str(path))
        self.show()
        self._timer.start(NOTICE_MS)

    def open_folder(self) -> bool:
        if self.folder is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def saved_notice(bar: QStatusBar) -> SavedNotice:
    """The status bar's notice (made the first time)."""
    notice = bar.findChild(SavedNotice, "savedNotice")
    if notice is None:
        notice = SavedNotice(bar)
        bar.addWidget(notice, 1)
    return notice


def report_saved(widget: QWidget, text: str, path: Path | str) -> SavedNotice | None:
    """Say in the main window's status bar that a file was written to ``path``, with *Map openen*."""
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return None
    bar = window.statusBar()
    notice = saved_notice(bar)
    notice.show_saved(text, path)
    # A temporary message would be drawn over the notice; clear it after the notice is placed (placing
    # it can resize the board's view, whose zoom read-out is such a message).
    bar.clearMessage()
    return notice


def own_tooltip(control: QWidget | QAction) -> str:
    """The tooltip ``control`` has when it is enabled."""
    value = control.property(_OWN_TIP)
    return control.toolTip() if value is None else str(value)


def explain(control: QWidget | QAction, enabled: bool, reason: str = "") -> None:
    """Enable or disable ``control``; disabled, its tooltip says ``reason``."""
    if control.property(_OWN_TIP) is None:
        auto = isinstance(control, QAction) and control.toolTip() == control.text().replace("&", "")
        control.setProperty(_OWN_TIP, "" if auto else control.toolTip())
    control.setEnabled(enabled)
    control.setToolTip(own_tooltip(control) if enabled or not reason else reason)


def explain_tab(tabs: QTabWidget, index: int, enabled: bool, reason: str = "", tip: str = "") -> None:
    """Enable or disable a tab; disabled, its tooltip says why."""
    tabs.setTabEnabled(index, enabled)
    tabs.setTabToolTip(index, tip if enabled or not reason else reason)
