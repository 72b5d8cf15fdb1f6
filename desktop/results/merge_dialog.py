"""Before results from a photo or a file go into a session: where the session already holds something
else, show both per zone and let the user keep either or add them up (``boards.merging``).

The dialog only shows a :class:`boards.merging.MergePlan` and records the choices on it; the rule of
what each choice does lives in the core.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from boards.merging import UNPLACED_ZONE, Keep, MergePlan, Part, ZoneComparison
from desktop.accessibility import describe_buttons

PHOTO, FILE = "photo", "file"  # where the incoming results come from
COLUMN_ZONE, COLUMN_PART, COLUMN_SESSION, COLUMN_INCOMING, COLUMN_CHOICE = range(5)
MAX_LISTED_NOTES = 6


class MergeDialog(QDialog):
    """Shows where ``plan``'s incoming results differ from the session's; OK keeps the choices on ``plan``."""

    def __init__(self, plan: MergePlan, source: str = PHOTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.source = source
        self.setWindowTitle(self.tr("Resultaten overnemen: al ingevuld"))
        self.resize(980, 460)
        from_photo = source == PHOTO
        intro = QLabel(
            self.tr(
                "In deze zones staat in de sessie al iets anders dan op de foto. Kies per zone wat blijft; "
                "standaard blijft wat er al stond. Ongedaan maken (Ctrl+Z) zet alles in één stap terug."
            )
            if from_photo
            else self.tr(
                "In deze zones staat in de sessie al iets anders dan in het bestand. Kies per zone wat blijft; "
                "standaard blijft wat er al stond. Ongedaan maken (Ctrl+Z) zet alles in één stap terug."
            ),
            self,
        )
        intro.setWordWrap(True)
        incoming = self.tr("Van de foto") if from_photo else self.tr("Uit het bestand")
        self.choice_labels = {
            Keep.SESSION: self.tr("Sessie houden"),
            Keep.INCOMING: self.tr("Foto overnemen") if from_photo else self.tr("Bestand overnemen"),
            Keep.BOTH: self.tr("Allebei (optellen)"),
        }
        self.choice_tips = {
            Keep.SESSION: self.tr("Wat in de sessie staat blijft; dit deel van de foto wordt niet overgenomen")
            if from_photo
            else self.tr("Wat in de sessie staat blijft; dit deel van het bestand wordt niet overgenomen"),
            Keep.INCOMING: self.tr("Vervangt wat in de sessie staat"),
            Keep.BOTH: self.tr(
                "Stippen opgeteld; notities van allebei, een notitie die er al staat komt er niet dubbel in"
            ),
        }
        self.conflicts = plan.conflicts()
        self.table = QTableWidget(len(self.conflicts), 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Zone"), self.tr("Wat"), self.tr("Nu in de sessie"), incoming, self.tr("Keuze")]
        )
        self.table.setAccessibleName(self.tr("Verschillen per zone"))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (COLUMN_SESSION, COLUMN_INCOMING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_ZONE, COLUMN_PART, COLUMN_CHOICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.choice_boxes: list[QComboBox] = []
        for row, (zone, part) in enumerate(self.conflicts):
            self._fill_row(row, zone, part)
        self.table.resizeRowsToContents()

        self.all_buttons: dict[Keep, QPushButton] = {}
        choose_all = QHBoxLayout()
        choose_all.addWidget(QLabel(self.tr("Overal:"), self))
        for keep in Keep:
            button = QPushButton(self.choice_labels[keep], self)
            button.setToolTip(self.choice_tips[keep])
            button.clicked.connect(lambda _=False, k=keep: self.choose_all(k))
            choose_all.addWidget(button)
            self.all_buttons[keep] = button
        choose_all.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Overnemen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        describe_buttons(
            self.buttons,
            self.tr("Zet de keuzes in de sessie, als één stap die Ctrl+Z terugzet"),
            self.tr("Niets overnemen; de gelezen resultaten blijven staan"),
        )
        self.table.setToolTip(
            self.tr("Per zone wat nu in de sessie staat en wat binnenkomt; rechts kies je wat blijft")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(choose_all)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._update_summary()

    # --- rows ------------------------------------------------------------------------------------

    def _fill_row(self, row: int, zone: ZoneComparison, part: Part) -> None:
        zone_label = zone.label or QCoreApplication.translate("merging", UNPLACED_ZONE)
        part_label = self.tr("stippen") if part is Part.DOTS else self.tr("notities")
        self._set(row, COLUMN_ZONE, zone_label)
        self._set(row, COLUMN_PART, part_label)
        self._set(row, COLUMN_SESSION, self.describe(zone, part, Keep.SESSION))
        self._set(row, COLUMN_INCOMING, self.describe(zone, part, Keep.INCOMING))
        box = QComboBox(self.table)
        for keep in Keep:
            box.addItem(self.choice_labels[keep], keep.value)
            box.setItemData(box.count() - 1, self.choice_tips[keep], Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(box.findData(self.plan.choice(zone.zone_id, part).value))
        box.setAccessibleName(self.tr("Keuze voor {zone}, {part}").format(zone=zone_label, part=part_label))
        box.setToolTip(box.accessibleName())
        box.currentIndexChanged.connect(lambda _i, r=row: self._chosen(r))
        self.table.setCellWidget(row, COLUMN_CHOICE, box)
        self.choice_boxes.append(box)

    def describe(self, zone: ZoneComparison, part: Part, side: Keep) -> str:
        """``werkdruk 1 · werkplezier 4`` or ``2 notities: Te veel overleg; Fijn team``."""
        if part is Part.DOTS:
            pairs = [
                (pair.label, pair.session if side is Keep.SESSION else pair.incoming)
                for pair in zone.dots
                if side is Keep.SESSION or pair.incoming is not None
            ]
            return " · ".join(f"{label} {count}" for label, count in pairs)
        notes = zone.session_notes if side is Keep.SESSION else zone.incoming_notes
        texts = [note.text.strip() or self.tr("(zonder tekst)") for note in notes]
        listed = "; ".join(texts[:MAX_LISTED_NOTES]) + ("; …" if len(texts) > MAX_LISTED_NOTES else "")
        return self.tr("{count} notitie(s): {texts}").format(count=len(notes), texts=listed)

    def _set(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setToolTip(text)
        self.table.setItem(row, column, item)

    # --- choosing ----------------------------------------------------------------------------------

    def _chosen(self, row: int) -> None:
        zone, part = self.conflicts[row]
        self.plan.choose(zone.zone_id, part, Keep(self.choice_boxes[row].currentData()))
        self._update_summary()

    def choose(self, row: int, keep: Keep) -> None:
        box = self.choice_boxes[row]
        box.setCurrentIndex(box.findData(keep.value))

    def choose_all(self, keep: Keep) -> None:
        for row in range(len(self.conflicts)):
            self.choose(row, keep)

    def _update_summary(self) -> None:
        summary = self.plan.summary()
        self.summary.setText(
            self.tr(
                "Er komen {notes} notitie(s) en {dots} stiptelling(en) bij of veranderen; {kept} keer blijft de "
                "sessie zoals ze is; {replaced} notitie(s) in de sessie worden vervangen."
            ).format(
                notes=summary.notes_taken, dots=summary.dots_taken, kept=summary.kept, replaced=summary.notes_replaced
            )
        )
