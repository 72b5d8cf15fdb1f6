"""Small dialogs: a new board (from a template or blank), settings."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from boards.editing import change_paper, slug
from boards.geometry import Rect
from boards.library import LibraryTemplate, Source
from boards.model import Board, Legend
from boards.paper import A_SERIES_MM, CUSTOM, Orientation, Paper
from boards.readback import board_poster_layout, frame_width_mm
from boards.templates import list_templates
from desktop.accessibility import describe, describe_buttons
from desktop.i18n import LANGUAGES

BLANK = ""


def blank_board(title: str, paper: Paper) -> Board:
    """An empty board with a title block and a legend, clear of the marker frame."""
    frame = frame_width_mm(paper.width_mm, paper.height_mm)
    width, height = paper.width_mm - 2 * frame, paper.height_mm - 2 * frame
    header = Rect(frame, frame, width, round(max(25.0, height * 0.1), 1))
    legend_size = (round(max(40.0, width * 0.18), 1), round(max(30.0, height * 0.14), 1))
    legend = Legend(
        Rect(paper.width_mm - frame - legend_size[0], paper.height_mm - frame - legend_size[1], *legend_size),
        QCoreApplication.translate("NewBoardDialog", "Legenda"),
    )
    return Board(
        id=slug(title) or "bord",
        title=title,
        paper=paper,
        header=header,
        legend=legend,
        markers=board_poster_layout(paper),
    )


class PaperChooser(QWidget):
    """A0–A4 or a custom size, with orientation."""

    def __init__(self, paper: Paper | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.format = QComboBox()
        for name in A_SERIES_MM:
            self.format.addItem(name, name)
        self.format.addItem(self.tr("Eigen maat (rol)"), CUSTOM)
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Liggend"), Orientation.LANDSCAPE.value)
        self.orientation.addItem(self.tr("Staand"), Orientation.PORTRAIT.value)
        self.width = QDoubleSpinBox()
        self.height = QDoubleSpinBox()
        for spin in (self.width, self.height):
            spin.setRange(50, 10_000)
            spin.setDecimals(0)
            spin.setSuffix(" mm")
        self.width.setValue(900)
        self.height.setValue(2000)
        describe(self.format, self.tr("Het papierformaat: A0 tot A4, of een eigen maat zoals een rol"))
        describe(self.orientation, self.tr("Liggend of staand papier"))
        describe(self.width, self.tr("Breedte van een eigen maat, in mm"))
        describe(self.height, self.tr("Hoogte van een eigen maat, in mm"))
        form.addRow(self.tr("Papier"), self.format)
        form.addRow(self.tr("Richting"), self.orientation)
        form.addRow(self.tr("Breedte"), self.width)
        form.addRow(self.tr("Hoogte"), self.height)
        self._form = form
        self.format.currentIndexChanged.connect(self._update)
        self.set_paper(paper or Paper.a_series("A0", Orientation.LANDSCAPE))

    def set_paper(self, paper: Paper) -> None:
        self.format.setCurrentIndex(self.format.findData(paper.format))
        self.orientation.setCurrentIndex(self.orientation.findData(paper.orientation.value))
        self.width.setValue(paper.width_mm)
        self.height.setValue(paper.height_mm)
        self._update()

    def _update(self) -> None:
        custom = self.format.currentData() == CUSTOM
        for widget in (self.width, self.height):
            widget.setVisible(custom)
            self._form.labelForField(widget).setVisible(custom)
        self.orientation.setVisible(not custom)
        self._form.labelForField(self.orientation).setVisible(not custom)

    def paper(self) -> Paper:
        if self.format.currentData() == CUSTOM:
            return Paper.custom(self.width.value(), self.height.value())
        return Paper.a_series(self.format.currentData(), self.orientation.currentData())


class NewBoardDialog(QDialog):
    """Choose a template (or a blank board), a title and the paper size."""

    def __init__(
        self, template_id: str = BLANK, parent: QWidget | None = None, own: Sequence[LibraryTemplate] = ()
    ) -> None:
        """``own``: the own and school templates (``desktop.library.LibraryModel.templates()``), listed after
        the built-in ones with where they come from."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuw bord"))
        self.setMinimumWidth(420)
        self._templates = {board.id: board for board in list_templates()}
        self.template = QComboBox()
        self.template.addItem(self.tr("Leeg bord"), BLANK)
        for board in self._templates.values():
            self.template.addItem(board.title, board.id)
        marks = {Source.OWN: self.tr("{title} (eigen)"), Source.SCHOOL: self.tr("{title} (school)")}
        for entry in own:
            if entry.id not in self._templates:
                self._templates[entry.id] = entry.board
                self.template.addItem(marks.get(entry.source, "{title}").format(title=entry.title), entry.id)
        self.title = QLineEdit()
        self.paper = PaperChooser()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #5a4632; font-style: italic;")
        form = QFormLayout()
        form.addRow(self.tr("Sjabloon"), self.template)
        form.addRow("", self.question)
        form.addRow(self.tr("Titel"), self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bord maken"))
        describe(self.template, self.tr("Het sjabloon waar het bord mee begint, of een leeg bord"))
        describe(self.title, self.tr("De titel bovenaan het bord"))
        describe_buttons(buttons, self.tr("Het bord maken en openen op de pagina Bord"), self.tr("Geen bord maken"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.paper)
        layout.addWidget(buttons)
        self.template.currentIndexChanged.connect(self._template_changed)
        index = self.template.findData(template_id)
        self.template.setCurrentIndex(max(0, index))
        self._template_changed()

    def _template_changed(self) -> None:
        board = self._templates.get(self.template.currentData())
        if board is None:
            self.title.setText(self.tr("Nieuw bord"))
            self.question.setText(self.tr("Een leeg vel met alleen een titelblok en een legenda."))
        else:
            self.title.setText(board.title)
            self.question.setText(board.question)
            self.paper.set_paper(board.paper)

    def board(self) -> Board:
        """The new board (raises InvalidArgumentError for an impossible custom size)."""
        paper = self.paper.paper()
        title = self.title.text().strip() or self.tr("Nieuw bord")
        template = self._templates.get(self.template.currentData())
        if template is None:
            return blank_board(title, paper)
        board = change_paper(template, paper, scale=True)
        board.title = title
        return board


class SettingsDialog(QDialog):
    """The language, the school's shared template folder, and the archive: the SQLite file in the user
    folder, or a school board's shared PostgreSQL archive (an address; "Verbinding testen" tries it without
    changing anything)."""

    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        school_folder: Path | None = None,
        archive_url: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(480)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.school_folder = QLineEdit(str(school_folder) if school_folder else "")
        self.school_folder.setPlaceholderText(self.tr("geen (alleen ingebouwde en eigen sjablonen)"))
        self.school_folder.setAccessibleName(self.tr("Map met schoolsjablonen"))
        self.school_folder.setToolTip(
            self.tr(
                "Een gedeelde map (netwerkschijf, gedeelde cloudmap) met sjablonen (.bpsjabloon) van je school; "
                "Bruinpapier leest er alleen uit"
            )
        )
        self.school_folder.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("&Kiezen…"))
        choose.setToolTip(self.tr("Een map kiezen"))
        choose.clicked.connect(self._choose_school_folder)
        self.choose_school_button = choose
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.school_folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Taal van de app"), self.language)
        folder_label = QLabel(self.tr("&Schoolsjablonen"))
        folder_label.setBuddy(self.school_folder)  # a row of a layout gets no buddy: Alt+S still goes to the field
        form.addRow(folder_label, folder_row)
        note = QLabel(
            self.tr(
                "Het venster wordt opnieuw opgebouwd in de gekozen taal; open borden blijven open. De sjablonen uit "
                "de schoolmap staan op de pagina Start onder 'Schoolsjablonen'; leeg laten om geen schoolmap te "
                "gebruiken."
            )
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignLeft)

        self.archive_url = QLineEdit(archive_url)
        self.archive_url.setPlaceholderText(self.tr("leeg: het archief in uw gebruikersmap (SQLite)"))
        self.archive_url.setMinimumWidth(380)
        self.archive_url.setToolTip(
            self.tr(
                "Een gedeeld archief van het schoolbestuur: postgresql://gebruiker@server/database. "
                "Laat het wachtwoord liever weg en zet het in het bestand .pgpass."
            )
        )
        self.archive_url.textChanged.connect(lambda _text: self.archive_result.clear())
        self.archive_url.setAccessibleName(self.tr("Adres van het archief"))
        self.test_button = QPushButton(self.tr("Verbinding testen"))
        self.test_button.setToolTip(self.tr("Probeert het adres hierboven zonder iets te veranderen"))
        self.test_button.clicked.connect(self.test_connection)
        archive_row = QHBoxLayout()
        archive_row.addWidget(self.archive_url, 1)
        archive_row.addWidget(self.test_button)
        form.addRow(self.tr("Archief"), archive_row)
        self.archive_result = QLabel()
        self.archive_result.setWordWrap(True)
        self.archive_result.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.archive_result)
        self.archive_note = QLabel()
        self.archive_note.setWordWrap(True)
        from boards.archive.store import ARCHIVE_ENV, display_url

        overridden = os.environ.get(ARCHIVE_ENV, "").strip()
        if overridden:
            self.archive_note.setText(
                self.tr("Let op: de omgevingsvariabele {name} gaat voor dit adres; nu gebruikt: {url}").format(
                    name=ARCHIVE_ENV, url=display_url(overridden)
                )
            )
        self.archive_note.setVisible(bool(overridden))
        form.addRow("", self.archive_note)
        self.job = None

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        describe(self.language, self.tr("De taal van menu's, knoppen en meldingen; de borden blijven zoals ze zijn"))
        describe_buttons(buttons, self.tr("De gekozen taal gebruiken"), self.tr("Niets veranderen"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_archive_url(self) -> str:
        return self.archive_url.text().strip()

    def test_connection(self):
        """Try the address in a worker thread (a server may take seconds to answer); the result below it."""
        from boards.archive.check import check_archive
        from boards.archive.store import default_archive_url
        from desktop.background import BackgroundJob

        url = self.chosen_archive_url() or default_archive_url()
        self.test_button.setEnabled(False)
        self.archive_result.setText(self.tr("Verbinden …"))
        job = BackgroundJob(lambda _progress: check_archive(url))
        job.succeeded.connect(self._tested)
        job.failed.connect(self._test_failed)
        self.job = job.start_tracked()
        return job

    def _tested(self, check) -> None:
        self.test_button.setEnabled(True)
        self.job = None
        kind = "PostgreSQL" if check.backend == "postgresql" else "SQLite"
        if check.newer:
            text = self.tr("Verbonden ({kind}), maar het archief komt uit een nieuwere Bruinpapier: werk eerst bij.")
        elif not check.exists:
            text = self.tr("Verbonden ({kind}); het archief is nog leeg en wordt bij het eerste gebruik ingericht.")
        elif check.sessions == 1:
            text = self.tr("Verbonden ({kind}): u ziet 1 sessie in dit archief.")
        else:
            text = self.tr("Verbonden ({kind}): u ziet {count} sessies in dit archief.")
        self.archive_result.setText(text.format(kind=kind, count=check.sessions))

    def _test_failed(self, error: Exception) -> None:
        from boards.errors import BruinpapierError
        from desktop.i18n import error_text

        self.test_button.setEnabled(True)
        self.job = None
        self.archive_result.setText(error_text(error) if isinstance(error, BruinpapierError) else str(error))

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_school_folder(self) -> Path | None:
        text = self.school_folder.text().strip()
        return Path(text).expanduser() if text else None

    def _choose_school_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Map met schoolsjablonen kiezen"), self.school_folder.text() or str(Path.home())
        )
        if folder:
            self.school_folder.setText(folder)
