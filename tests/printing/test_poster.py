"""A board as one poster page: true size, text layer, fonts, backgrounds."""

from __future__ import annotations

import pytest

from boards.errors import InvalidArgumentError
from boards.paper import Paper, parse_paper
from printing import PrintOptions, print_plan, render_board_pdf, write_board_pdf
from tests.support.pdf import page_sizes_mm, pdf_text


def test_a0_poster_is_true_size_and_has_every_zone_label(procesplaat, tmp_path):
    pdf = render_board_pdf(procesplaat, PrintOptions(school="De Borgstee", session_code="X7K2"))
    sizes = page_sizes_mm(pdf)
    assert len(sizes) == 1
    assert sizes[0][0] == pytest.approx(1189, abs=0.5)
    assert sizes[0][1] == pytest.approx(841, abs=0.5)
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for zone in procesplaat.zones:
        assert " ".join(zone.label.split()) in text, zone.label
    for group in procesplaat.groups:
        assert group.label in text
    assert "Procesplaat 1" in text
    assert "De Borgstee" in text and "X7K2" in text
    assert "Design Thinking en Lean" in text


@pytest.mark.parametrize("paper", ["A1", "A4", "900x2000"])
def test_other_paper_sizes_scale_with_proportions_kept(procesplaat, paper):
    target = parse_paper(paper, landscape=True)
    pdf = render_board_pdf(procesplaat, PrintOptions(paper=target))
    ((width, height),) = page_sizes_mm(pdf)
    assert width == pytest.approx(target.width_mm, abs=0.5)
    assert height == pytest.approx(target.height_mm, abs=0.5)
    plan = print_plan(procesplaat, PrintOptions(paper=target))
    assert plan.poster_width_mm / plan.poster_height_mm == pytest.approx(1189 / 841)
    assert plan.poster_width_mm <= target.width_mm + 1e-6 and plan.poster_height_mm <= target.height_mm + 1e-6


def test_custom_roll_board_is_true_size(tiny_board):
    tiny_board.paper = Paper.custom(900, 2000)
    (size,) = page_sizes_mm(render_board_pdf(tiny_board, PrintOptions(background="none")))
    assert size == pytest.approx((900, 2000), abs=0.5)


def test_dutch_diacritics_survive_in_the_text_layer(tiny_board, tmp_path):
    text = pdf_text(render_board_pdf(tiny_board), tmp_path)
    for word in ("Geïnteresseerd", "Ideeën", "café", "één", "‘nieuwsgierig’"):
        assert word in text
    assert b"DejaVuSans" in render_board_pdf(tiny_board)


def test_unknown_background_is_refused(tiny_board):
    with pytest.raises(InvalidArgumentError, match="achtergrond"):
        render_board_pdf(tiny_board, PrintOptions(background="paars"))


def test_write_is_atomic_and_complete(tiny_board, tmp_path):
    target = tmp_path / "bord.pdf"
    write_board_pdf(tiny_board, PrintOptions(), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir()] == ["bord.pdf"]


def test_every_template_prints_at_true_size_with_all_zone_labels(tmp_path):
    from boards.templates import list_templates

    for board in list_templates():
        pdf = render_board_pdf(board, PrintOptions(background="none"))
        (size,) = page_sizes_mm(pdf)
        assert size == pytest.approx((board.width_mm, board.height_mm), abs=0.5), board.id
        text = " ".join(pdf_text(pdf, tmp_path).split())
        for zone in board.zones:
            assert " ".join(zone.label.split()) in text, (board.id, zone.label)
        assert board.title in text, board.id


def test_scaled_down_print_keeps_every_word_at_the_minimum_size(procesplaat, tmp_path):
    import re
    import subprocess

    from printing.space import MIN_FONT_PT

    source = tmp_path / "a4.pdf"
    source.write_bytes(render_board_pdf(procesplaat, PrintOptions(paper=parse_paper("A4", landscape=True))))
    html = subprocess.run(["pdftotext", "-bbox", str(source), "-"], check=True, capture_output=True, text=True).stdout
    heights = [float(y1) - float(y0) for y0, y1 in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', html)]
    assert len(heights) > 50
    assert min(heights) >= MIN_FONT_PT - 0.01


def test_awkward_content_still_renders(tiny_board, tmp_path):
    from boards.geometry import Point, Rect
    from boards.model import ConnectorElement, LineElement, Zone, ZoneKind

    tiny_board.zones.append(
        Zone("klein", ZoneKind.CELL, Rect(150, 140, 8, 4), "Onwaarschijnlijklangwoordzonderspaties")
    )
    tiny_board.zones.append(Zone("leeg", ZoneKind.FREE_AREA, Rect(165, 140, 20, 20), ""))
    tiny_board.legend.rect = Rect(210, 136, 57, 3)
    tiny_board.elements += [
        ConnectorElement("zelf", "links", "links"),
        ConnectorElement("weg", "links", "bestaat-niet"),
        LineElement("punt", Point(100, 100), Point(100, 100), arrow=True),
    ]
    pdf = render_board_pdf(tiny_board, PrintOptions(paper=parse_paper("A4")))
    assert page_sizes_mm(pdf) == [pytest.approx((210, 297), abs=0.5)]
    assert "Geïnteresseerd" in pdf_text(pdf, tmp_path)


def test_brown_background_fills_the_page_and_none_leaves_it_white(tiny_board, tmp_path):
    from tests.support.pdf import render_page

    dpi = 20
    # a spot in the free frame, away from markers and zones: middle of the top edge band, between markers
    for background, expected in (("brown", 170), ("none", 255)):
        image = render_page(render_board_pdf(tiny_board, PrintOptions(background=background)), tmp_path, 1, dpi)
        spot = image[int(12 / 25.4 * dpi), int(80 / 25.4 * dpi)]
        assert abs(int(spot) - expected) <= 6, (background, spot)


@pytest.mark.parametrize("paper", ["A1", "A2", "A3", "A4"])
def test_a_scaled_print_keeps_its_markers_clear_of_the_content(paper):
    from boards.readback import markers_clear_of, to_board_mm
    from boards.templates import load_template
    from printing import PrintOptions, print_plan

    board = load_template("procesplaat-1")
    plan = print_plan(board, PrintOptions(paper=parse_paper(paper, landscape=True)))
    assert plan.scale < 1.0
    content = [zone.rect for zone in board.zones] + ([board.header] if board.header else [])
    assert markers_clear_of(to_board_mm(plan.markers, plan.scale), content) == []


@pytest.mark.parametrize("paper", ["A1", "A2", "A3", "A4"])
def test_a_scaled_print_keeps_its_markers_off_the_printers_unprintable_edge(paper):
    from boards.readback import PRINTER_SAFE_MM
    from boards.templates import load_template
    from printing import PrintOptions, print_plan

    board = load_template("procesplaat-1")
    plan = print_plan(board, PrintOptions(paper=parse_paper(paper, landscape=True)))
    half = plan.markers.size_mm / 2
    for marker in plan.markers.markers:
        x, y = plan.offset_x_mm + marker.x, plan.offset_y_mm + marker.y
        assert x - half >= PRINTER_SAFE_MM - 0.01 and plan.paper.width_mm - (x + half) >= PRINTER_SAFE_MM - 0.01
        assert y - half >= PRINTER_SAFE_MM - 0.01 and plan.paper.height_mm - (y + half) >= PRINTER_SAFE_MM - 0.01
