"""Before the next board of a trajectory starts: its date, the process it is about, and which board.

The process comes from an earlier board (``boards.trajectory.process_choice``): the suggestion is
pre-selected with its reason, the facilitator chooses. The board is the template, or the version of it
open in the editor when the facilitator edited it there (pre-selected then).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from boards.methods import MethodStep
from boards.model import Board
from boards.templates import load_template
from boards.trajectory import ProcessChoice
from desktop.accessibility import describe_buttons
from desktop.feedback import explain

EDITED, TEMPLATE = "edited", "template"


class StartSessionDialog(QDialog):
    def __init__(
        self,
        board_id: str,
        step: MethodStep,
        choice: ProcessChoice | None = None,
        edited: Board | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Volgende sessie starten"))
        self.template = load_template(board_id)
        self.edited = edited if edited is not None and edited.id == board_id else None
        heading = QLabel(
            self.tr("{board} (stap {nr} · {step})").format(board=self.template.title, nr=step.nr, step=step.title)
        )
        heading.setStyleSheet("font-weight: bold;")
        form = QFormLayout()

        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Datum van de sessie"))
        self.date.setToolTip(self.tr("De datum waarop de sessie wordt gehouden; standaard vandaag"))
        form.addRow(self.tr("&Datum"), self.date)

        self.choice = choice
        self.process: QComboBox | None = None
        self.reason: QLabel | None = None
        if choice is not None:
            self.process = QComboBox()
            self.process.setAccessibleName(self.tr("Proces om verder uit te werken"))
            self.process.setToolTip(self.tr("Het proces waar deze sessie over gaat; het voorstel staat eronder"))
            if choice.suggested is None:
                self.process.addItem(self.tr("(kies een proces)"), None)
            for option in choice.options:
                self.process.addItem(
                    self.tr("{process} ({count} stippen {kind})").format(
                        process=option.label, count=option.count, kind=choice.kind_label
                    ),
                    option.zone_id,
                )
            self.process.setCurrentIndex(max(0, self.process.findData(choice.suggested)))
            self.process.currentIndexChanged.connect(self._update)
            form.addRow(self.tr("&Proces"), self.process)
            self.reason = QLabel(choice.reason().render(QCoreApplication.translate))
            self.reason.setWordWrap(True)
            self.reason.setObjectName("muted")
            form.addRow("", self.reason)

        self.board_choice: QComboBox | None = None
        if self.edited is not None:
            self.board_choice = QComboBox()
            self.board_choice.setAccessibleName(self.tr("Welk bord"))
            self.board_choice.setToolTip(self.tr("Het bord zoals je het in de editor aanpaste, of het sjabloon"))
            self.board_choice.addItem(
                self.tr("het bord in de editor ({title}), zoals je het bewerkt hebt").format(title=self.edited.title),
                EDITED,
            )
            self.board_choice.addItem(self.tr("het sjabloon ({title})").format(title=self.template.title), TEMPLATE)
            form.addRow(self.tr("&Bord"), self.board_choice)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sessie starten"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        describe_buttons(
            self.buttons,
            self.tr("De sessie starten, voorgevuld met wat eerdere stappen opleverden"),
            self.tr("Geen sessie starten"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        explain(ok, self.process is None or self.process.currentData() is not None, self.tr("Kies eerst het proces"))

    def session_date(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")

    def topic_zone(self) -> str | None:
        return None if self.process is None else self.process.currentData()

    def board(self) -> Board | None:
        """The edited board when chosen; None: the template."""
        if self.board_choice is not None and self.board_choice.currentData() == EDITED:
            return self.edited
        return None
