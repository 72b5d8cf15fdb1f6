"""The print dialog: options, a live preview of the real PDF, export to PDF and printing.

The preview shows the pages that ``printing.render_board_pdf`` produces,
rendered with pypdfium2, so what you see is exactly what comes out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from boards.errors import BruinpapierError
from boards.model import Board
from boards.paper import Orientation, Paper
from boards.tiling import DEFAULT_OVERLAP_MM
from desktop.accessibility import describe
from desktop.dialogs import PaperChooser
from desktop.feedback import explain, report_saved
from desktop.i18n import error_text, paper_label

PREVIEW_WIDTH_PX = 620
POINTS_PER_MM = 72 / 25.4
AUTO = "auto"


@dataclass
class RenderedPdf:
    data: bytes
    page_count: int
    rows: int
    cols: int


def pdf_page_image(data: bytes, index: int, width_px: int) -> QImage:
    """Page ``index`` of a PDF as a QImage ``width_px`` wide."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        page = document[index]
        width_pt, _ = page.get_size()
        image = page.render(scale=width_px / width_pt).to_pil().convert("RGB")
        page.close()
    finally:
        document.close()
    raw = image.tobytes("raw", "RGB")
    return QImage(raw, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888).copy()


def pdf_page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def print_pdf(data: bytes, printer, dpi: int | None = None) -> int:
    """Paint every page of the PDF onto a QPrinter (each page at its own size); returns the page count."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    painter = QPainter()
    try:
        for index in range(len(document)):
            page = document[index]
            width_pt, height_pt = page.get_size()
            size = QPageSize(QSizeF(width_pt / POINTS_PER_MM, height_pt / POINTS_PER_MM), QPageSize.Unit.Millimeter)
            printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
            if index == 0:
                if not painter.begin(printer):
                    raise OSError("printer")
            else:
                printer.newPage()
            resolution = dpi or min(printer.resolution(), 300)
            image = page.render(scale=resolution / 72).to_pil().convert("RGB")
            page.close()
            raw = image.tobytes("raw", "RGB")
            qimage = QImage(raw, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888)
            target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            painter.drawImage(target, qimage)
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def fit_to_window(dialog: QDialog, width: int, height: int) -> None:
    """Open ``dialog`` at ``width`` × ``height``, but never larger than the window it belongs to (which
    the user sized to their screen: on a 1024 × 700 screen the dialog fits too)."""
    parent = dialog.parentWidget()
    if parent is not None:
        window = parent.window()
        width, height = min(width, window.width()), min(height, window.height())
    dialog.resize(max(width, dialog.minimumSizeHint().width()), max(height, dialog.minimumSizeHint().height()))


class PrintDialog(QDialog):
    """Choose how to print a board, look at the pages, export or print them."""

    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.setWindowTitle(self.tr("Afdrukken en PDF"))
        fit_to_window(self, 1060, 760)
        self.rendered: RenderedPdf | None = None
        self.page_index = 0
        self.last_error = ""

        self.paper = PaperChooser(board.paper)
        self.tiles = QComboBox()
        self.tiles.addItem(self.tr("Geen (één vel)"), "")
        self.tiles.addItem(self.tr("A4-vellen"), "A4")
        self.tiles.addItem(self.tr("A3-vellen"), "A3")
        self.tile_orientation = QComboBox()
        self.tile_orientation.addItem(self.tr("Automatisch (minste vellen)"), AUTO)
        self.tile_orientation.addItem(self.tr("Staand"), Orientation.PORTRAIT.value)
        self.tile_orientation.addItem(self.tr("Liggend"), Orientation.LANDSCAPE.value)
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 50)
        self.overlap.setDecimals(0)
        self.overlap.setSuffix(" mm")
        self.overlap.setValue(DEFAULT_OVERLAP_MM)
        self.background = QComboBox()
        self.background.addItem(self.tr("Automatisch"), "auto")
        self.background.setToolTip(self.tr("Automatisch: een poster kraftbruin, tegels wit (scheelt toner)"))
        self.background.addItem(self.tr("Bruin (kraftpapier)"), "brown")
        self.background.addItem(self.tr("Geen (wit)"), "none")
        self.session_code = QLineEdit()
        self.session_code.setPlaceholderText("2026-05-DTL-01")
        self.school = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText("2026-05-12")
        self.summary = QLabel()
        self.summary.setObjectName("printSummary")
        self.summary.setStyleSheet("font-weight: 600; color: #6b3e1f;")
        self.summary.setWordWrap(True)
        self.scale_label = QLabel()
        self.scale_label.setObjectName("printScale")
        self.scale_label.setWordWrap(True)
        self.toner_note = QLabel(
            self.tr(
                "Tegels komen standaard wit uit de printer, met alleen wat nodig is: dat scheelt toner. "
                "Kies bij Achtergrond 'Bruin' voor bruine vellen."
            )
        )
        self.toner_note.setObjectName("tonerNote")
        self.toner_note.setWordWrap(True)
        self.toner_note.setStyleSheet("color: #4a5a2a;")

        settings = QGroupBox(self.tr("Instellingen voor afdrukken"))
        form = QFormLayout(settings)
        form.addRow(self.paper)
        form.addRow(self.tr("Tegels"), self.tiles)
        form.addRow(self.tr("Vellen"), self.tile_orientation)
        form.addRow(self.tr("Overlap"), self.overlap)
        form.addRow(self.tr("Achtergrond"), self.background)
        form.addRow(self.tr("Sessiecode"), self.session_code)
        form.addRow(self.tr("School"), self.school)
        form.addRow(self.tr("Datum"), self.date)
        self.export_button = QPushButton(self.tr("PDF opslaan…"))
        self.export_button.setObjectName("primaryButton")
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.close_button = QPushButton(self.tr("Sluiten"))
        for widget, tip in (
            (self.tiles, self.tr("Eén vel in het formaat van het bord, of tegels op A4/A3 om aan elkaar te plakken")),
            (self.tile_orientation, self.tr("Hoe de tegelvellen liggen; automatisch kiest de minste vellen")),
            (self.overlap, self.tr("Hoeveel de tegels over elkaar vallen om te plakken, in mm")),
            (self.session_code, self.tr("Een code voor de sessie, in het titelblok en de QR-code")),
            (self.school, self.tr("De school, in het titelblok")),
            (self.date, self.tr("De datum van de sessie, in het titelblok (JJJJ-MM-DD)")),
            (self.export_button, self.tr("De PDF bewaren, om zelf of bij een drukker af te drukken")),
            (self.print_button, self.tr("Naar een printer sturen")),
            (self.close_button, self.tr("Dit venster sluiten")),
        ):
            describe(widget, tip)
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_pages)
        self.close_button.clicked.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(settings)
        left.addWidget(self.scale_label)
        left.addWidget(self.toner_note)
        left.addWidget(self.summary)
        left.addStretch(1)
        left.addWidget(self.export_button)
        left.addWidget(self.print_button)
        left.addWidget(self.close_button)

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH_PX, 400)
        self.preview.setStyleSheet("background: #d9d4cc;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Vorige pagina"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Volgende pagina"))
        self.page_label = QLabel()
        self.previous_button.clicked.connect(lambda: self.show_page(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_index + 1))
        navigation = QHBoxLayout()
        navigation.addStretch(1)
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.page_label)
        navigation.addWidget(self.next_button)
        navigation.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(navigation)
        layout = QHBoxLayout(self)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(330)
        layout.addWidget(left_widget)
        layout.addLayout(right, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.paper.format, self.paper.orientation, self.tiles, self.tile_orientation, self.background):
            combo.currentIndexChanged.connect(self.schedule_refresh)
        self.background.currentIndexChanged.connect(self._update_tile_fields)
        for spin in (self.paper.width, self.paper.height, self.overlap):
            spin.valueChanged.connect(self.schedule_refresh)
        for edit in (self.session_code, self.school, self.date):
            edit.textChanged.connect(self.schedule_refresh)
        self.tiles.currentIndexChanged.connect(self._update_tile_fields)
        self._update_tile_fields()
        self.refresh()

    # --- options ---------------------------------------------------------------------------

    def _update_tile_fields(self) -> None:
        tiled = bool(self.tiles.currentData())
        for widget in (self.tile_orientation, self.overlap):
            explain(widget, tiled, self.tr("Alleen bij tegels: kies A4- of A3-vellen bij Tegels"))
        self.toner_note.setVisible(tiled and self.background.currentData() == "auto")

    def options(self, tile_orientation: str | None = None):
        from printing import PrintOptions

        paper = self.paper.paper()
        tile_format = self.tiles.currentData()
        tile_sheet = None
        if tile_format:
            orientation = tile_orientation or self.tile_orientation.currentData()
            if orientation == AUTO:
                orientation = self._best_tile_orientation(paper, tile_format)
            tile_sheet = Paper.a_series(tile_format, orientation)
        return PrintOptions(
            paper=paper,
            tile_sheet=tile_sheet,
            overlap_mm=self.overlap.value(),
            background=self.background.currentData(),
            session_code=self.session_code.text().strip(),
            school=self.school.text().strip(),
            date=self.date.text().strip(),
        )

    def _best_tile_orientation(self, paper: Paper, tile_format: str) -> str:
        from printing import PrintOptions, print_plan

        counts = {}
        for orientation in (Orientation.PORTRAIT.value, Orientation.LANDSCAPE.value):
            try:
                plan = print_plan(
                    self.board,
                    PrintOptions(
                        paper=paper,
                        tile_sheet=Paper.a_series(tile_format, orientation),
                        overlap_mm=self.overlap.value(),
                    ),
                )
                counts[orientation] = plan.page_count
            except BruinpapierError:
                continue
        return min(counts, key=lambda key: counts[key]) if counts else Orientation.PORTRAIT.value

    # --- preview ---------------------------------------------------------------------------

    def schedule_refresh(self) -> None:
        self._timer.start()

    def refresh(self) -> bool:
        """Render the PDF with the current options and show the current page."""
        from printing import print_plan, render_board_pdf

        self._timer.stop()
        try:
            options = self.options()
            plan = print_plan(self.board, options)
            data = render_board_pdf(self.board, options)
        except BruinpapierError as error:
            self.rendered = None
            self.last_error = error_text(error)
            self.scale_label.setText("")
            self.summary.setText(self.last_error)
            self.summary.setStyleSheet("font-weight: 600; color: #b3261e;")
            self.preview.setPixmap(QPixmap())
            for button in (self.export_button, self.print_button):
                explain(button, False, self.last_error)
            self._update_navigation()
            return False
        self.last_error = ""
        self.show_scale(plan.scale)
        rows, cols = (plan.grid.rows, plan.grid.cols) if plan.grid else (1, 1)
        self.rendered = RenderedPdf(data, pdf_page_count(data), rows, cols)
        self.summary.setStyleSheet("font-weight: 600; color: #6b3e1f;")
        if plan.grid is not None:
            self.summary.setText(
                self.tr("{pages} pagina's ({rows} × {cols} tegels)").format(
                    pages=self.rendered.page_count, rows=rows, cols=cols
                )
                + f" · {paper_label(options.tile_sheet)}"
            )
        else:
            self.summary.setText(self.tr("1 pagina") + f" · {paper_label(options.paper) if options.paper else ''}")
        for button in (self.export_button, self.print_button):
            explain(button, True)
        self.show_page(min(self.page_index, self.rendered.page_count - 1))
        return True

    def show_scale(self, scale: float) -> None:
        """Say before printing whether the board comes out at true size, and if not, how much smaller or larger."""
        if scale == 1.0:
            self.scale_label.setText(self.tr("Schaal: ware grootte (1:1)"))
            self.scale_label.setStyleSheet("font-weight: 600; color: #2e6b1f;")
            return
        percent = f"{scale * 100:.1f}".replace(".", ",")
        self.scale_label.setText(
            self.tr("Schaal: geschaald naar {percent} % van ware grootte (het bord past niet op dit papier)").format(
                percent=percent
            )
            if scale < 1
            else self.tr("Schaal: vergroot naar {percent} % van ware grootte").format(percent=percent)
        )
        self.scale_label.setStyleSheet("font-weight: 600; color: #9a5b00;")

    def show_page(self, index: int) -> None:
        if self.rendered is None:
            return
        self.page_index = max(0, min(index, self.rendered.page_count - 1))
        image = pdf_page_image(self.rendered.data, self.page_index, PREVIEW_WIDTH_PX)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self._update_navigation()

    def _update_navigation(self) -> None:
        count = self.rendered.page_count if self.rendered else 0
        self.page_label.setText(
            self.tr("Pagina {page} van {pages}").format(page=self.page_index + 1, pages=count) if count else ""
        )
        explain(self.previous_button, self.page_index > 0, self.tr("Dit is de eerste pagina"))
        explain(self.next_button, self.page_index < count - 1, self.tr("Dit is de laatste pagina"))

    # --- output ----------------------------------------------------------------------------

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        if self.rendered is None and not self.refresh():
            return None
        if not path:
            suggestion = f"{self.board.id}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("PDF opslaan"), suggestion, self.tr("PDF-bestanden (*.pdf)")
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
        from printing.render import write_pdf_bytes

        assert self.rendered is not None
        try:
            write_pdf_bytes(path, self.rendered.data)
        except BruinpapierError as error:
            QMessageBox.critical(self, self.tr("PDF maken mislukt"), error_text(error))
            return None
        parent = self.parent()
        if isinstance(parent, QWidget):
            report_saved(parent, self.tr("PDF opgeslagen: {path}").format(path=path), path)
        return Path(path)

    def print_pages(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.rendered is None and not self.refresh():
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.board.title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer) -> bool:
        assert self.rendered is not None
        try:
            print_pdf(self.rendered.data, printer)
        except OSError:
            QMessageBox.critical(self, self.tr("Afdrukken mislukt"), self.tr("Afdrukken mislukt"))
            return False
        return True


class PdfTilesDialog(QDialog):
    """Bestand → PDF in tegels afdrukken…: any poster PDF over A4/A3 sheets, with a preview of the result."""

    def __init__(self, parent: QWidget | None = None, source: str | Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PDF in tegels afdrukken"))
        fit_to_window(self, 900, 640)
        self.source: Path | None = None
        self.result = None  # printing.pdf_tiles.PdfTiling
        self.last_error = ""
        self.page_index = 0

        self.file_label = QLabel(self.tr("Nog geen PDF gekozen"))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("PDF kiezen…"))
        self.choose_button.clicked.connect(lambda: self.choose_source())
        self.sheet = QComboBox()
        self.sheet.addItem(self.tr("A4-vellen"), "A4")
        self.sheet.addItem(self.tr("A3-vellen"), "A3")
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Automatisch (minste vellen)"), AUTO)
        self.orientation.addItem(self.tr("Staand"), Orientation.PORTRAIT.value)
        self.orientation.addItem(self.tr("Liggend"), Orientation.LANDSCAPE.value)
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 50)
        self.overlap.setDecimals(0)
        self.overlap.setSuffix(" mm")
        self.overlap.setValue(DEFAULT_OVERLAP_MM)
        self.summary = QLabel()
        self.summary.setObjectName("pdfTilesSummary")
        self.summary.setWordWrap(True)
        note = QLabel(
            self.tr(
                "De PDF wordt op ware grootte over de vellen verdeeld, met lijmstroken, kniplijnen, "
                "vellabels en een opbouwplan. Druk af zonder 'passend maken'."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.choose_button, self.file_label)
        form.addRow(self.tr("Tegels"), self.sheet)
        form.addRow(self.tr("Vellen"), self.orientation)
        form.addRow(self.tr("Overlap"), self.overlap)
        self.save_button = QPushButton(self.tr("Tegels opslaan…"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(lambda: self.save())
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(note)
        left.addWidget(self.summary)
        left.addStretch(1)
        left.addWidget(self.save_button)
        left.addWidget(close)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(330)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(480, 400)
        self.preview.setStyleSheet("background: #d9d4cc;")
        layout = QHBoxLayout(self)
        layout.addWidget(left_widget)
        layout.addWidget(self.preview, 1)
        for combo in (self.sheet, self.orientation):
            combo.currentIndexChanged.connect(lambda _=0: self.refresh())
        self.overlap.valueChanged.connect(lambda _=0: self.refresh())
        if source is not None:
            self.set_source(source)
        else:
            self.refresh()

    def choose_source(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Poster-PDF kiezen"), "", self.tr("PDF-bestanden (*.pdf)")
        )
        return bool(chosen) and self.set_source(chosen)

    def set_source(self, path: str | Path) -> bool:
        self.source = Path(path)
        self.file_label.setText(self.source.name)
        return self.refresh()

    def refresh(self) -> bool:
        """Tile the chosen PDF with the current options; the summary says how many sheets, or what is wrong."""
        from printing.pdf_tiles import tile_pdf

        self.result = None
        self.save_button.setEnabled(False)
        if self.source is None:
            self.summary.setText(self.tr("Kies een PDF om in tegels af te drukken."))
            self.preview.setPixmap(QPixmap())
            return False
        orientation = self.orientation.currentData()
        try:
            self.result = tile_pdf(
                self.source,
                self.sheet.currentData(),
                orientation=None if orientation == AUTO else orientation,
                overlap_mm=self.overlap.value(),
            )
        except BruinpapierError as error:
            self.last_error = error_text(error)
            self.summary.setText(self.last_error)
            self.summary.setStyleSheet("font-weight: 600; color: #b3261e;")
            self.preview.setPixmap(QPixmap())
            return False
        self.last_error = ""
        poster = self.result.posters[0]
        self.summary.setStyleSheet("font-weight: 600; color: #6b3e1f;")
        self.summary.setText(
            self.tr(
                "{sheets} vellen {sheet} ({rows} × {cols}) + opbouwplan; poster {width} × {height} mm, ware grootte"
            ).format(
                sheets=self.result.sheet_count,
                sheet=poster.grid.sheet.label(),
                rows=poster.grid.rows,
                cols=poster.grid.cols,
                width=f"{poster.poster_width_mm:.0f}",
                height=f"{poster.poster_height_mm:.0f}",
            )
        )
        self.preview.setPixmap(QPixmap.fromImage(pdf_page_image(self.result.data, 0, 480)))
        self.save_button.setEnabled(True)
        return True

    def save(self, path: str | Path | None = None) -> Path | None:
        if self.result is None and not self.refresh():
            return None
        if not path:
            suggestion = f"{self.source.stem}-tegels.pdf" if self.source else "tegels.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Tegels opslaan"), suggestion, self.tr("PDF-bestanden (*.pdf)")
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
        from printing.pages import write_pdf_bytes

        try:
            write_pdf_bytes(path, self.result.data)
        except BruinpapierError as error:
            QMessageBox.critical(self, self.tr("PDF maken mislukt"), error_text(error))
            return None
        parent = self.parent()
        if isinstance(parent, QWidget):
            report_saved(parent, self.tr("PDF opgeslagen: {path}").format(path=path), path)
        return Path(path)
