"""Markers never cover the board: every template, as a poster and tiled on A4 and A3, read back from the PDF.

The check reads the text boxes of every printed page (pdfium's text layer)
and every marker the plan puts on that page, quiet zone included; then the
plan's markers against every part of the board (zones with their writing
area, headings, texts, symbols, legend, title block, lines and connectors).
"""

from __future__ import annotations

import pytest

from boards.geometry import Rect
from boards.readback import SEAM_CLEARANCE_MM, content_obstacles, marker_area
from boards.templates import load_template, template_ids
from printing import PrintOptions, best_tile_sheet, print_plan, render_board_pdf
from tests.support.pdf import text_boxes_mm

TEMPLATES = template_ids()


def _overlapping_text(boxes, areas: list[Rect]) -> list[str]:
    hits = []
    for char, x0, y0, x1, y1 in boxes:
        box = Rect(x0, y0, x1 - x0, y1 - y0).inset(0.2)  # glyph boxes touch their neighbours
        if box.width <= 0 or box.height <= 0:
            continue
        hits += [char for area in areas if area.overlaps(box)]
    return hits


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_poster_markers_cover_no_text(template_id):
    board = load_template(template_id)
    plan = print_plan(board, PrintOptions())
    page = plan.markers_on_page()
    areas = [marker_area(page, marker) for marker in page.markers]
    (boxes,) = text_boxes_mm(render_board_pdf(board, PrintOptions(), plan))
    assert _overlapping_text(boxes, areas) == []


@pytest.mark.parametrize("sheet_format", ["A4", "A3"])
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_tiled_markers_cover_no_text_no_content_and_no_seam(template_id, sheet_format):
    board = load_template(template_id)
    sheet = best_tile_sheet(sheet_format, board.width_mm, board.height_mm)
    options = PrintOptions(tile_sheet=sheet)
    plan = print_plan(board, options)
    grid, layout = plan.grid, plan.markers
    # against the board itself (poster mm), with the clearance the layout keeps
    content = [item for item in content_obstacles(board) if isinstance(item, Rect)]
    areas = {marker.id: marker_area(layout, marker) for marker in layout.markers}
    for marker_id, area in areas.items():
        assert not any(area.overlaps(rect.inset(0.99)) for rect in content), (marker_id, area)
    # never two markers on top of each other, never across a seam
    ordered = sorted(areas.items())
    for index, (first, area) in enumerate(ordered):
        for second, other in ordered[index + 1 :]:
            assert not area.overlaps(other), (first, second)
    for marker_id, area in areas.items():
        assert any(tile.visible.contains_rect(area) for tile in grid.tiles), marker_id
        for tile in grid.tiles:
            if tile.col < grid.cols - 1:
                seam = tile.visible.right
                assert not (area.x < seam + SEAM_CLEARANCE_MM - 0.01 and area.right > seam - SEAM_CLEARANCE_MM + 0.01)
    # every sheet along the board's edge carries at least two whole markers
    for tile in grid.tiles:
        edge = tile.row in (0, grid.rows - 1) or tile.col in (0, grid.cols - 1)
        inside = [m for m in layout.markers if tile.visible.contains_rect(layout.rect(m))]
        if edge and tile.visible.width > 60 and tile.visible.height > 60:
            assert len(inside) >= 2, (tile.label, len(inside))
    # and on paper: no marker on any tile page covers a character
    pages = text_boxes_mm(render_board_pdf(board, options, plan))
    margin = grid.margin_mm
    for number, tile in enumerate(grid.tiles, start=1):
        window = tile.window
        # the glue strips are blanked on the sheet: only markers of its visible part show
        shown = [area for area in areas.values() if area.overlaps(tile.visible)]
        on_page = [area.moved(margin - window.x, margin - window.y) for area in shown]
        page_window = Rect(margin, margin, window.width, window.height)
        boxes = [
            box for box in pages[number] if page_window.overlaps(Rect(box[1], box[2], box[3] - box[1], box[4] - box[2]))
        ]
        assert _overlapping_text(boxes, on_page) == [], tile.label
