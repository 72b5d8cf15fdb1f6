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


def test_scale_is_shown_before_printing_and_tiles_save_toner(qtbot, dialog, output_dir):
    assert dialog.scale_label.text() == "Schaal: ware grootte (1:1)"
    dialog.paper.format.setCurrentIndex(dialog.paper.format.findData("A1"))
    assert dialog.refresh()
    assert "geschaald naar 70,3 %" in dialog.scale_label.text()
    assert not dialog.toner_note.isVisibleTo(dialog)
    dialog.tiles.setCurrentIndex(dialog.tiles.findData("A4"))
    assert dialog.refresh()
    assert dialog.toner_note.isVisibleTo(dialog) and "toner" in dialog.toner_note.text()
    tile = pdf_page_image(dialog.rendered.data, 1, 200)
    corner = tile.pixelColor(tile.width() // 2, tile.height() // 2)
    dialog.grab().save(str(output_dir / "print_dialog_scaled_tiles.png"))
    dialog.background.setCurrentIndex(dialog.background.findData("brown"))
    assert not dialog.toner_note.isVisibleTo(dialog)
    assert dialog.refresh()
    brown = pdf_page_image(dialog.rendered.data, 1, 200)
    assert brown.pixelColor(brown.width() // 2, brown.height() // 2) != corner  # white by default, brown when asked


def test_tile_any_pdf_from_the_file_menu(qtbot, window, tmp_path, procesplaat, output_dir):
    from printing import PrintOptions, render_board_pdf

    poster = tmp_path / "eigen-poster.pdf"
    poster.write_bytes(render_board_pdf(procesplaat, PrintOptions()))
    action = window.tile_pdf_action
    assert action in window.menu("file").actions() and action.isEnabled()
    dialog = window.tile_pdf()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.set_source(poster)
    assert "25 vellen A4 liggend" in dialog.summary.text()
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("A3"))
    assert "12 vellen A3 liggend" in dialog.summary.text()
    dialog.grab().save(str(output_dir / "pdf_tiles_dialog.png"))
    target = dialog.save(tmp_path / "tegels.pdf")
    assert target is not None and len(pdfium.PdfDocument(target.read_bytes())) == 13
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"geen pdf")
    assert not dialog.set_source(broken)
    assert "geen leesbare PDF" in dialog.summary.text() and not dialog.save_button.isEnabled()
