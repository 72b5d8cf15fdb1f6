"""A board as one poster page: true size, text layer, fonts, backgrounds."""

from __future__ import annotations

import pytest

from boards.errors import InvalidArgumentError
from boards.paper import Paper, parse_paper
from printing import PrintOptions, print_plan, render_board_pdf, write_board_pdf
from tests.printing.conftest import page_sizes_mm, pdf_text


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
    (width, height), = page_sizes_mm(pdf)
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
