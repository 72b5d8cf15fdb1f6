"""Qt's own warnings during a test (pytest-qt's ``qtlog``), without the offscreen platform's noise."""

from __future__ import annotations

from PySide6.QtCore import QtMsgType

#: Said by the offscreen platform plugin the tests run on, not by the app.
PLATFORM_NOISE = ("This plugin does not support",)


def qt_warnings(qtlog) -> list[str]:
    """The warnings, criticals and fatals Qt logged so far in this test."""
    return [
        record.message
        for record in qtlog.records
        if record.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not record.message.startswith(PLATFORM_NOISE)
    ]
