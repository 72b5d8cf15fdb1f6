"""Bestand → Exporteren als afbeelding…: the board as PNG or SVG, drawn as printed (``printing.image_export``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from boards.errors import BruinpapierError
from boards.model import Board
from desktop.feedback import report_saved
from desktop.i18n import error_text, sentence
from desktop.paths import app_settings
from printing.image_export import (
    DEFAULT_WIDTH_PX,
    MAX_DPI,
    MAX_SIDE_PX,
    MIN_DPI,
    MIN_SIDE_PX,
    PNG_SUFFIX,
    SVG_SUFFIX,
    ExportedImage,
    ImageOptions,
    export_board_image,
    pixel_size,
)

LAST_DIR_KEY = "export/last_dir"
#: Widths offered at once (a slide, an e-mail, a detailed picture); any other width or a dpi can be typed.
WIDTH_PRESETS = (1280, 1920, 3840)


class ExportImageDialog(QDialog):
    """Format, resolution (width in pixels or dpi at true size), background and markers; OK asks where."""

    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.setWindowTitle(self.tr("Exporteren als afbeelding"))
        self.setMinimumWidth(440)
        self.png = QRadioButton(self.tr("&PNG (pixels: dia's, e-mail, website)"))
        self.svg = QRadioButton(self.tr("&SVG (vectoren: scherp op elke grootte, bewerkbaar)"))
        self.png.setChecked(True)
        self.png.setToolTip(self.tr("Een afbeelding van pixels, in de resolutie die je kiest"))
        self.svg.setToolTip(self.tr("Vectoren op de echte maat van het bord; de letters als vormen"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.png)
        kinds.addButton(self.svg)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Resolutie in"))
        self.unit.addItem(self.tr("pixels breed"), "px")
        self.unit.addItem(self.tr("dpi op ware grootte"), "dpi")
        self.unit.setToolTip(self.tr("De resolutie als breedte in pixels, of in punten per inch op de echte maat"))
        self.amount = QSpinBox()
        self.amount.setAccessibleName(self.tr("Resolutie"))
        self.amount.setRange(MIN_SIDE_PX, MAX_SIDE_PX)
        self.amount.setValue(DEFAULT_WIDTH_PX)
        self._amount_tip = self.tr(
            "Breedte in pixels (1920: een dia), of punten per inch op de echte maat van het bord"
        )
        self._unit_tip = self.unit.toolTip()
        resolution = QHBoxLayout()
        resolution.addWidget(self.amount)
        resolution.addWidget(self.unit)
        self.background = QComboBox()
        self.background.setAccessibleName(self.tr("Achtergrond"))
        self.background.addItem(self.tr("Zoals geprint (bruin papier)"), "auto")
        self.background.addItem(self.tr("Wit"), "none")
        self.background.setToolTip(self.tr("Bruin zoals de poster, of een witte achtergrond"))
        self.markers = QCheckBox(self.tr("Met terugleesmarkers en QR-code"))
        self.markers.setToolTip(
            self.tr("Alleen nodig als je de afbeelding zelf als poster afdrukt om hem later te fotograferen")
        )
        self.size_label = QLabel()
        self.size_label.setObjectName("muted")
        self.size_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Resolutie"), resolution)
        form.addRow(self.tr("Achtergrond"), self.background)
        form.addRow("", self.markers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Exporteren…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Niets exporteren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr("De afbeelding is het bord zoals het wordt geprint: dezelfde kleuren, lijnen, teksten en plaatjes.")
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.png)
        layout.addWidget(self.svg)
        layout.addLayout(form)
        layout.addWidget(self.size_label)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._widths = {"px": DEFAULT_WIDTH_PX, "dpi": 150}
        self._unit = "px"
        self.unit.currentIndexChanged.connect(self._unit_changed)
        for signal in (self.png.toggled, self.amount.valueChanged):
            signal.connect(self._update)
        self._update()

    def _unit_changed(self) -> None:
        self._widths[self._unit] = self.amount.value()
        self._unit = self.unit.currentData()
        low, high = (MIN_DPI, MAX_DPI) if self._unit == "dpi" else (MIN_SIDE_PX, MAX_SIDE_PX)
        self.amount.blockSignals(True)
        self.amount.setRange(int(low), int(high))
        self.amount.setValue(self._widths[self._unit])
        self.amount.blockSignals(False)
        self._update()

    def kind(self) -> str:
        return "png" if self.png.isChecked() else "svg"

    def options(self) -> ImageOptions:
        dpi = width = None
        if self.kind() == "png":
            if self.unit.currentData() == "dpi":
                dpi = float(self.amount.value())
            else:
                width = self.amount.value()
        return ImageOptions(
            dpi=dpi, width_px=width, markers=self.markers.isChecked(), background=self.background.currentData()
        )

    def _update(self) -> None:
        png = self.kind() == "png"
        for widget, tip in ((self.amount, self._amount_tip), (self.unit, self._unit_tip)):
            widget.setEnabled(png)
            widget.setToolTip(tip if png else self.tr("Een SVG heeft geen pixels: het is op elke grootte scherp"))
        paper = self.board.paper
        if not png:
            self.size_label.setText(
                self.tr("SVG van {width:g} × {height:g} mm (de echte maat van het bord).").format(
                    width=paper.width_mm, height=paper.height_mm
                )
            )
            self.ok_button.setEnabled(True)
            self.ok_button.setToolTip(self.tr("Kies waar de afbeelding komt"))
            return
        try:
            width, height, dpi = pixel_size(self.board, self.options())
        except BruinpapierError as error:
            self.size_label.setText(sentence(error_text(error)) + ".")
            self.ok_button.setEnabled(False)
            self.ok_button.setToolTip(self.tr("Kies een kleinere resolutie"))
            return
        self.size_label.setText(
            self.tr("{width} × {height} pixels ({dpi:.0f} dpi op de echte maat van {paper}).").format(
                width=width, height=height, dpi=dpi, paper=paper.label()
            )
        )
        self.ok_button.setEnabled(True)
        self.ok_button.setToolTip(self.tr("Kies waar de afbeelding komt"))


def export_image(parent: QWidget, board: Board, document_path: Path | None = None) -> ExportImageDialog:
    """Open the dialog (window-modal); OK asks for a file and writes it, with a busy cursor and a message."""
    dialog = ExportImageDialog(board, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)

    def accepted() -> None:
        suffix = PNG_SUFFIX if dialog.kind() == "png" else SVG_SUFFIX
        settings = app_settings()
        folder = Path(str(settings.value(LAST_DIR_KEY, "") or (document_path.parent if document_path else Path.home())))
        stem = document_path.stem if document_path else board.id
        kinds = {
            PNG_SUFFIX: QCoreApplication.translate("ExportImageDialog", "PNG-afbeeldingen (*.png)"),
            SVG_SUFFIX: QCoreApplication.translate("ExportImageDialog", "SVG-afbeeldingen (*.svg)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ExportImageDialog", "Afbeelding opslaan"),
            str(folder / f"{stem}{suffix}"),
            kinds[suffix],
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
        write(parent, board, path, dialog.options())

    dialog.accepted.connect(accepted)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def write(parent: QWidget, board: Board, path: Path, options: ImageOptions) -> ExportedImage | None:
    """Export with a busy cursor; says where it went, or what went wrong (nothing half-written stays)."""
    title = QCoreApplication.translate("ExportImageDialog", "Exporteren als afbeelding")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        exported = export_board_image(board, path, options)
    except BruinpapierError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.critical(parent, title, sentence(error_text(error)))
        return None
    QGuiApplication.restoreOverrideCursor()
    settings = app_settings()
    settings.setValue(LAST_DIR_KEY, str(path.parent))
    settings.sync()
    if exported.kind == "png":
        text = QCoreApplication.translate(
            "ExportImageDialog", "Afbeelding opgeslagen: {path} ({width} × {height} pixels)"
        ).format(path=path, width=exported.width_px, height=exported.height_px)
    else:
        text = QCoreApplication.translate("ExportImageDialog", "Afbeelding opgeslagen: {path} (SVG)").format(path=path)
    report_saved(parent, text, path)
    return exported
