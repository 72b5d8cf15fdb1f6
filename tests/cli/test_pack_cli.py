"""Session packs and the print/pack commands."""

from __future__ import annotations

import json

import pytest

from boards.errors import NotFoundError
from boards.methods import get_method
from boards.paper import Paper
from cli.main import main
from printing import PrintOptions, render_pack
from printing.pack import step_boards
from tests.support.pdf import page_sizes_mm, pdf_text


def test_pack_holds_cover_each_board_and_a4_handouts(tmp_path):
    _method, step, boards = step_boards("design-thinking-lean", "procesplaten")
    assert [b.id for b in boards] == list(step.boards)
    pdf = render_pack("design-thinking-lean", "procesplaten", PrintOptions(school="De Borgstee"))
    sizes = page_sizes_mm(pdf)
    assert len(sizes) == 1 + 2 * len(boards)
    assert sizes[0] == pytest.approx((210, 297), abs=0.5)  # cover
    for index, board in enumerate(boards):
        assert sizes[1 + index] == pytest.approx((board.width_mm, board.height_mm), abs=0.5)
        handout = sizes[1 + len(boards) + index]
        assert sorted(handout) == pytest.approx([210, 297], abs=0.5)
    text = pdf_text(pdf, tmp_path)
    assert "Sessiepakket" in text and "Procesplaten" in text and "Hand-out" in text
    handout_text = " ".join(pdf_text(pdf, tmp_path, len(sizes), len(sizes)).split())
    for zone in boards[-1].zones:
        assert " ".join(zone.label.split()) in handout_text


def test_tiled_pack_uses_the_sheet_for_every_board():
    pdf = render_pack("design-thinking-lean", "1", PrintOptions(tile_sheet=Paper.a_series("A3", "landscape")))
    sizes = page_sizes_mm(pdf)
    assert all(
        sorted(size) == pytest.approx([210, 297], abs=0.5) or size == pytest.approx((420, 297), abs=0.5)
        for size in sizes
    )
    assert len(sizes) > 4


def test_pack_of_unknown_step_is_a_clear_error():
    with pytest.raises(NotFoundError, match="geen stap"):
        render_pack("design-thinking-lean", "niet-bestaand", PrintOptions())


def test_cli_print_poster_and_tiles(tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert main(["print", "procesplaat-1", "--school", "De Borgstee", "--session", "K9", "-o", str(out)]) == 0
    assert page_sizes_mm(out.read_bytes())[0] == pytest.approx((1189, 841), abs=0.5)
    tiles = tmp_path / "tegels.pdf"
    assert main(["print", "procesplaat-1", "--tile", "A4P", "--overlap", "15", "--json", "-o", str(tiles)]) == 0
    summary = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert summary["tiles"] == len(page_sizes_mm(tiles.read_bytes())) - 1
    assert "t=A4P:15:5" in summary["qr"]


def test_cli_tile_picks_the_orientation_with_fewest_sheets(tmp_path, capsys):
    out = tmp_path / "t.pdf"
    assert main(["print", "procesplaat-1", "--tile", "A4", "--json", "-o", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["tiles"] == 25  # landscape A4: 5 × 5, portrait would need 28
    assert summary["page_mm"] == [297.0, 210.0]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--paper", "B5"], "onbekend papierformaat 'B5'"),
        (["--tile", "A4", "--overlap", "150"], "is te groot"),
        (["--tile", "A5"], "onbekend tegelvel"),
        (["--overlap", "-3", "--tile", "A3"], "0 mm of meer"),
    ],
)
def test_cli_bad_arguments_give_a_dutch_message(tmp_path, capsys, arguments, message):
    out = tmp_path / "x.pdf"
    assert main(["print", "procesplaat-1", *arguments, "-o", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_cli_unwritable_output_and_wrong_suffix(tmp_path, capsys):
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    assert main(["print", "procesplaat-1", "-o", str(blocker / "sub" / "x.pdf")]) == 1
    assert "kan" in capsys.readouterr().err
    assert main(["print", "procesplaat-1", "-o", str(tmp_path / "x.png")]) == 1
    assert ".pdf" in capsys.readouterr().err


def test_cli_pack(tmp_path, capsys):
    out = tmp_path / "pakket.pdf"
    assert main(["pack", "design-thinking-lean", "procesplaten", "-o", str(out)]) == 0
    assert "sessiepakket" in capsys.readouterr().out
    boards = get_method("design-thinking-lean").step("procesplaten").boards
    assert len(page_sizes_mm(out.read_bytes())) == 1 + 2 * len(boards)  # cover, then each board and its hand-out
    assert main(["pack", "onbekend", "1", "-o", str(out)]) == 1
    assert "methode 'onbekend' bestaat niet" in capsys.readouterr().err


def test_pack_can_turn_the_tile_sheet_per_board():
    from printing import best_tile_sheet, print_plan

    _, _, boards = step_boards("vernieuwend-werken", "stap-5")
    options = PrintOptions(tile_sheet=Paper.a_series("A4"))
    pdf = render_pack("vernieuwend-werken", "stap-5", options, fit_tile_orientation=True)
    sizes = page_sizes_mm(pdf)
    index = 1  # after the cover
    for board in boards:
        sheet = best_tile_sheet("A4", board.width_mm, board.height_mm)
        plan = print_plan(board, PrintOptions(tile_sheet=sheet))
        tiles = sizes[index + 1 : index + plan.page_count]  # skip the assembly map
        assert all(size == pytest.approx((sheet.width_mm, sheet.height_mm), abs=0.5) for size in tiles), board.id
        index += plan.page_count
    assert len(sizes) == index + len(boards)  # then one A4 hand-out per board
    fixed = render_pack("vernieuwend-werken", "stap-5", options)
    assert len(page_sizes_mm(fixed)) >= len(sizes)
