"""The print dialog: live preview of the real PDF, tile count, PDF export, printing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytest.importorskip("printing.render")

import pypdfium2 as pdfium

from desktop.document import BoardDocument
from desktop.print_dialog import PrintDialog, pdf_page_image, print_pdf


@pytest.fixture
def dialog(qtbot, window, procesplaat):
    window._set_document(BoardDocument(procesplaat))
    window.activateWindow()
    qtbot.keyClick(window.editor.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialogs = window.findChildren(PrintDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialog = dialogs[0]
    return dialog


def test_export_a4_tiled_pdf(qtbot, dialog, tmp_path, output_dir):
    assert dialog.rendered.page_count == 1
    assert dialog.summary.text().startswith("1 pagina")
    dialog.tiles.setCurrentIndex(dialog.tiles.findData("A4"))
    qtbot.waitUntil(lambda: dialog.rendered is not None and dialog.rendered.page_count > 1, timeout=5000)
    rendered = dialog.rendered
    assert rendered.rows * rendered.cols + 1 == rendered.page_count  # assembly map plus the tiles
    assert f"({rendered.rows} × {rendered.cols} tegels)" in dialog.summary.text()
    assert dialog.page_label.text() == f"Pagina 1 van {rendered.page_count}"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_index == 1
    assert not dialog.preview.pixmap().isNull()
    dialog.grab().save(str(output_dir / "print_dialog.png"))

    target = tmp_path / "procesplaat-a4.pdf"
    assert dialog.export_pdf(target) == target
    document = pdfium.PdfDocument(target.read_bytes())
    assert len(document) == rendered.page_count
    width_pt, height_pt = document[1].get_size()
    sizes = sorted((round(width_pt / 72 * 25.4), round(height_pt / 72 * 25.4)))
    assert sizes == [210, 297]  # A4 tiles
    document.close()


def test_options_change_the_pdf(qtbot, dialog):
    brown = pdf_page_image(dialog.rendered.data, 0, 200)
    dialog.background.setCurrentIndex(dialog.background.findData("none"))
    dialog.session_code.setText("2026-05-DTL-01")
    dialog.paper.format.setCurrentIndex(dialog.paper.format.findData("A3"))
    assert dialog.refresh()
    white = pdf_page_image(dialog.rendered.data, 0, 200)
    middle = brown.width() // 2, brown.height() // 2
    assert brown.pixelColor(*middle) != white.pixelColor(*middle)
    width_pt, _ = pdfium.PdfDocument(dialog.rendered.data)[0].get_size()
    assert round(width_pt / 72 * 25.4) == 420  # A3 landscape poster


def test_bad_overlap_shows_core_message(qtbot, dialog):
    dialog.tiles.setCurrentIndex(dialog.tiles.findData("A4"))
    dialog.overlap.setValue(50)
    dialog.paper.format.setCurrentIndex(dialog.paper.format.findData("A4"))
    dialog.refresh()
    if dialog.rendered is None:
        assert dialog.last_error and dialog.last_error == dialog.summary.text()
        assert not dialog.export_button.isEnabled()
    else:
        assert dialog.rendered.page_count >= 2


def test_print_to_pdf_printer(qtbot, dialog, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog.tiles.setCurrentIndex(dialog.tiles.findData("A3"))
    assert dialog.refresh()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert print_pdf(dialog.rendered.data, printer, dpi=50) == dialog.rendered.page_count
    printed = pdfium.PdfDocument(target.read_bytes())
    assert len(printed) == dialog.rendered.page_count
