"""Print-shop ready: TrimBox on every poster, bleed with crop marks, an sRGB output intent, true size past 5.08 m.

Read back with pypdf (boxes, UserUnit, output intent) and checked with ``qpdf --check``.
"""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from boards.model import Board
from boards.paper import Paper
from printing import PrintOptions, print_plan, render_board_pdf
from printing.pdf_tiles import tile_pdf

PT = 72 / 25.4


def _box_mm(page, name: str) -> list[float]:
    unit = float(page.get("/UserUnit", 1))
    return [round(float(v) * unit / PT, 2) for v in page[name]]


def qpdf_check(pdf: bytes, tmp_path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed (CI installs it)")
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def test_poster_has_a_trimbox_equal_to_the_board_and_an_srgb_output_intent(procesplaat, tmp_path):
    pdf = render_board_pdf(procesplaat, PrintOptions())
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    assert _box_mm(page, "/MediaBox") == [0, 0, 1189, 841]
    assert _box_mm(page, "/TrimBox") == [0, 0, 1189, 841]
    assert "/BleedBox" not in page
    (intent,) = reader.trailer["/Root"]["/OutputIntents"]
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"  # an ICC profile
    qpdf_check(pdf, tmp_path)


def test_a_scaled_poster_trims_to_the_board_on_the_paper(procesplaat):
    options = PrintOptions(paper=Paper.a_series("A1", "landscape"))
    plan = print_plan(procesplaat, options)
    page = PdfReader(io.BytesIO(render_board_pdf(procesplaat, options))).pages[0]
    x0, y0, x1, y1 = _box_mm(page, "/TrimBox")
    assert (x1 - x0, y1 - y0) == pytest.approx((plan.poster_width_mm, plan.poster_height_mm), abs=0.02)
    assert x0 == pytest.approx(plan.offset_x_mm, abs=0.02)


def test_bleed_extends_the_background_with_crop_marks(procesplaat, tmp_path):
    pdf = render_board_pdf(procesplaat, PrintOptions(bleed_mm=3))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert _box_mm(page, "/TrimBox") == [13, 13, 1202, 854]  # 3 mm bleed + 10 mm for the crop marks
    assert _box_mm(page, "/BleedBox") == [10, 10, 1205, 857]
    assert _box_mm(page, "/MediaBox") == [0, 0, 1215, 867]
    from tests.support.pdf import render_page

    image = render_page(pdf, tmp_path, 1, 40)
    px = 40 / 25.4
    assert image[int(11.5 * px), int(400 * px)] < 240  # the brown runs into the bleed
    assert image[int(5 * px), int(400 * px)] > 250  # not past it
    assert image[int(5 * px), int(13 * px)] < 128  # a crop mark in line with the trim, in the slug
    qpdf_check(pdf, tmp_path)
    with pytest.raises(Exception, match="afloop"):
        render_board_pdf(procesplaat, PrintOptions(bleed_mm=3, tile_sheet=Paper.a_series("A4")))


def test_a_board_longer_than_five_metres_prints_at_true_size_through_userunit(tmp_path):
    board = Board(id="rol", title="Lange rol", paper=Paper.custom(900, 6000))
    pdf = render_board_pdf(board, PrintOptions())
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert float(page["/UserUnit"]) > 1
    assert max(float(v) for v in page["/MediaBox"]) <= 14_400
    assert _box_mm(page, "/MediaBox") == pytest.approx([0, 0, 900, 6000], abs=0.5)
    assert _box_mm(page, "/TrimBox") == pytest.approx([0, 0, 900, 6000], abs=0.5)
    qpdf_check(pdf, tmp_path)


def test_roll_panels_split_a_wide_board_with_seams(tmp_path):
    from printing.options import panel_sheet

    board = Board(id="breed", title="Breed", paper=Paper.custom(6000, 1500))
    sheet = panel_sheet(6000, 1500, 914, None, 5)
    plan = print_plan(board, PrintOptions(tile_sheet=sheet))
    assert (plan.grid.rows, plan.grid.cols) == (2, 1) and plan.scale == 1.0
    pdf = render_board_pdf(board, PrintOptions(tile_sheet=sheet))
    reader = PdfReader(io.BytesIO(pdf))
    assert _box_mm(reader.pages[1], "/MediaBox") == pytest.approx([0, 0, sheet.width_mm, 914], abs=0.5)
    assert float(reader.pages[1]["/UserUnit"]) > 1  # 6 m panels
    qpdf_check(pdf, tmp_path)


def test_every_kind_of_pdf_passes_qpdf(procesplaat, tmp_path):
    from printing.pack import render_pack

    tiled = render_board_pdf(procesplaat, PrintOptions(tile_sheet=Paper.a_series("A3")))
    qpdf_check(tiled, tmp_path)
    for data in render_pack("design-thinking-lean", "procesplaten").files.values():
        qpdf_check(data, tmp_path)
    qpdf_check(tile_pdf(render_board_pdf(procesplaat, PrintOptions()), "A4").data, tmp_path)
