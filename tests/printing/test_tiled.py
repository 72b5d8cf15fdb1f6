"""Tiled prints: sheet count, overlap, markers on every sheet, labels, one shared poster form."""

from __future__ import annotations

import re

import pytest

from boards.errors import InvalidArgumentError
from boards.paper import Paper
from printing import PrintOptions, print_plan, render_board_pdf
from tests.support.pdf import detect_markers, page_sizes_mm, pdf_text, render_page

A4P = Paper.a_series("A4")


def test_a0_landscape_on_a4_portrait_tile_count_and_overlap(procesplaat):
    plan = print_plan(procesplaat, PrintOptions(tile_sheet=A4P, overlap_mm=10, margin_mm=5))
    grid = plan.grid
    # printable window 200 × 280 mm minus the label band: 200 × 273 mm; steps 190 × 263 mm
    assert (grid.cols, grid.rows) == (7, 4)
    assert plan.page_count == 29
    a1, a2, b1 = grid.tile(0, 0), grid.tile(0, 1), grid.tile(1, 0)
    assert a1.window.right - a2.window.x == pytest.approx(10)
    assert a1.window.bottom - b1.window.y == pytest.approx(10)
    assert grid.tiles[-1].window.right == pytest.approx(1189)
    assert grid.tiles[-1].window.bottom == pytest.approx(841)


def test_tiled_pdf_pages_labels_and_size(procesplaat, tmp_path):
    poster = render_board_pdf(procesplaat, PrintOptions())
    tiled = render_board_pdf(procesplaat, PrintOptions(tile_sheet=A4P))
    sizes = page_sizes_mm(tiled)
    assert len(sizes) == 29
    assert sizes[0] == pytest.approx((297, 210), abs=0.5)  # the assembly map is turned like the poster
    assert all(size == pytest.approx((210, 297), abs=0.5) for size in sizes[1:])
    first = pdf_text(tiled, tmp_path, 1, 1)
    assert "Opbouwplan" in first and "28 vellen" in first
    for label in ("A1", "B3", "D7"):
        assert label in first
    page = pdf_text(tiled, tmp_path, 2 + 7 + 2, 2 + 7 + 2)  # B3 is the 10th tile
    assert "B3 vel 10/28 · rij B, kolom 3" in " ".join(page.split())
    assert "buren: boven A3, links B2, rechts B4, onder C3" in " ".join(page.split())
    # The poster is one form drawn by every tile, not copied per sheet.
    boxes = re.findall(rb"/BBox \[ 0 0 ([\d.]+) ([\d.]+) \]", tiled)
    poster_boxes = [box for box in boxes if float(box[0]) > 3000]
    assert len(poster_boxes) == 1  # the only poster-sized object: the shared form
    assert float(poster_boxes[0][0]) * 25.4 / 72 == pytest.approx(1189, abs=0.5)
    assert len(tiled) < 2 * len(poster)


@pytest.mark.parametrize("sheet", [Paper.a_series("A4"), Paper.a_series("A3", "landscape")])
def test_every_sheet_carries_markers_where_the_layout_says(procesplaat, tmp_path, sheet):
    options = PrintOptions(tile_sheet=sheet, overlap_mm=12)
    plan = print_plan(procesplaat, options)
    expected = {m.id: (m.x, m.y) for m in plan.markers.markers}
    pdf = render_board_pdf(procesplaat, options)
    dpi = 100
    margin = plan.grid.margin_mm
    for number, tile in enumerate(plan.grid.tiles, start=2):
        found = detect_markers(render_page(pdf, tmp_path, number, dpi), dpi)
        inside = {m.id for m in plan.markers.markers if tile.visible.contains_rect(plan.markers.rect(m))}
        assert inside <= set(found), (tile.label, sorted(inside), sorted(found))
        edge = tile.row in (0, plan.grid.rows - 1) or tile.col in (0, plan.grid.cols - 1)
        if edge:  # the board's free frame runs through every edge sheet
            assert len(found) >= 2, (tile.label, found)
        for marker_id, (px, py) in found.items():
            poster_x, poster_y = px - margin + tile.window.x, py - margin + tile.window.y
            ex, ey = expected[marker_id]
            assert abs(poster_x - ex) <= 1.0 and abs(poster_y - ey) <= 1.0, (tile.label, marker_id)


def test_tiles_are_white_by_default_and_glue_strips_empty(procesplaat, tmp_path):
    """Tiles save toner: no background unless asked; the strip under the next sheet carries no board."""
    plan = print_plan(procesplaat, PrintOptions(tile_sheet=A4P))
    assert plan.background == "none"
    assert print_plan(procesplaat, PrintOptions(tile_sheet=A4P, background="brown")).background == "brown"
    assert print_plan(procesplaat, PrintOptions()).background == "brown"
    pdf = render_board_pdf(procesplaat, PrintOptions(tile_sheet=A4P))
    dpi = 50
    image = render_page(pdf, tmp_path, 2, dpi)  # A1: a right and a lower neighbour
    px = dpi / 25.4
    tile = plan.grid.tile(0, 0)
    margin, overlap = plan.grid.margin_mm, plan.grid.overlap_mm
    right_strip = image[
        int((margin + 20) * px) : int((margin + tile.window.height - overlap - 5) * px),
        int((margin + tile.window.width - overlap + 1) * px) : int((margin + tile.window.width - overlap / 2 - 2) * px),
    ]
    assert right_strip.mean() > 250  # white paper, nothing of the board under the glue
    visible = image[
        int((margin + 5) * px) : int((margin + 150) * px), int((margin + 5) * px) : int((margin + 150) * px)
    ]
    assert visible.min() < 100  # while the sheet itself shows the board


def test_overlap_larger_than_a_tile_is_refused(procesplaat):
    with pytest.raises(InvalidArgumentError, match="te groot"):
        render_board_pdf(procesplaat, PrintOptions(tile_sheet=A4P, overlap_mm=120))


def test_only_a4_and_a3_sheets_tile(procesplaat):
    with pytest.raises(InvalidArgumentError, match="A4 of A3"):
        print_plan(procesplaat, PrintOptions(tile_sheet=Paper.a_series("A2")))
