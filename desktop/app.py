"""Start the desktop app."""

from __future__ import annotations

import sys
from typing import Sequence

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Bruinpapier")
        self.resize(1100, 750)
        label = QLabel(self.tr("Welkom bij Bruinpapier"))
        self.setCentralWidget(label)


def main(argv: Sequence[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("Bruinpapier")
    app.setOrganizationName("Bruinpapier")
    window = MainWindow()
    window.show()
    return app.exec()
