"""Print packs and the print/pack/tile commands: true size or a clear word, Dutch messages, exit codes."""

from __future__ import annotations

import json

import pytest

from boards.errors import NotFoundError
from boards.methods import get_method
from boards.paper import Paper
from cli.main import main
from printing import PrintOptions
from printing.pack import render_pack, step_boards
from tests.support.pdf import page_sizes_mm, pdf_text


def exit_code(arguments: list[str]) -> int:
    """What the command exits with, whether the parser stops it or the command returns."""
    try:
        return main(arguments)
    except SystemExit as stop:
        return int(stop.code or 0)


def test_pack_has_one_file_per_paper_with_a_cover_in_the_a4_file(tmp_path):
    _method, step, boards = step_boards("design-thinking-lean", "procesplaten")
    assert [b.id for b in boards] == list(step.boards)
    pack = render_pack("design-thinking-lean", "procesplaten", PrintOptions(school="De Borgstee"))
    assert list(pack.files) == ["A4", "A0"]
    a4, a0 = page_sizes_mm(pack.files["A4"]), page_sizes_mm(pack.files["A0"])
    assert len(a4) == 1 + len(boards)  # cover, then one hand-out per board
    assert all(sorted(size) == pytest.approx([210, 297], abs=0.5) for size in a4)
    assert a0 == [pytest.approx((board.width_mm, board.height_mm), abs=0.5) for board in boards]
    cover = " ".join(pdf_text(pack.files["A4"], tmp_path, 1, 1).split())
    assert "Sessiepakket" in cover and "Wat druk je waar af" in cover
    assert "A0.pdf" in cover and "copyshop of plotter (A0)" in cover and "eigen printer (A4)" in cover
    handout_text = " ".join(pdf_text(pack.files["A4"], tmp_path, len(a4), len(a4)).split())
    for zone in boards[-1].zones:
        assert " ".join(zone.label.split()) in handout_text


def test_tiled_pack_fits_an_office_printer():
    pack = render_pack("design-thinking-lean", "1", PrintOptions(tile_sheet=Paper.a_series("A3", "landscape")))
    assert set(pack.files) == {"A4", "A3"}
    assert all(sorted(size) == pytest.approx([297, 420], abs=0.5) for size in page_sizes_mm(pack.files["A3"]))
    assert all(sorted(size) == pytest.approx([210, 297], abs=0.5) for size in page_sizes_mm(pack.files["A4"]))


def test_pack_of_unknown_step_is_a_clear_error():
    with pytest.raises(NotFoundError, match="geen stap"):
        render_pack("design-thinking-lean", "niet-bestaand", PrintOptions())


def test_cli_print_poster_and_tiles(tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    assert main(["print", "procesplaat-1", "--school", "De Borgstee", "--session", "K9", "-o", str(out)]) == 0
    assert "ware grootte" in capsys.readouterr().out
    assert page_sizes_mm(out.read_bytes())[0] == pytest.approx((1189, 841), abs=0.5)
    tiles = tmp_path / "tegels.pdf"
    assert main(["print", "procesplaat-1", "--tile", "A4P", "--overlap", "15", "--json", "-o", str(tiles)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["tiles"] == len(page_sizes_mm(tiles.read_bytes())) - 1
    assert "t=A4P:15:5" in summary["qr"]
    assert summary["background"] == "none"  # tiles save toner
    assert summary["scaled"] is False and summary["scale_text"] == "ware grootte"


def test_cli_tile_picks_the_orientation_with_fewest_sheets(tmp_path, capsys):
    out = tmp_path / "t.pdf"
    assert main(["print", "procesplaat-1", "--tile", "A4", "--json", "-o", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["tiles"] == 25  # landscape A4: 5 × 5, portrait would need 28
    assert summary["page_mm"] == [297.0, 210.0]


def test_cli_says_the_scale_and_turns_the_paper_like_the_board(tmp_path, capsys):
    out = tmp_path / "a1.pdf"
    assert main(["print", "procesplaat-1", "--paper", "A1", "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "A1 liggend" in text and "geschaald naar 70,3 %" in text
    assert page_sizes_mm(out.read_bytes())[0] == pytest.approx((841, 594), abs=0.5)
    assert main(["print", "procesplaat-1", "--paper", "A1", "--portrait", "--json", "-o", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["paper"] == "A1 staand" and summary["scaled"] and summary["scale_percent"] == 49.5
    # a custom roll follows the board too; --landscape is honoured for it
    assert main(["print", "procesplaat-1", "--paper", "900x2000", "--json", "-o", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["page_mm"] == [2000.0, 900.0] and summary["scale_text"] == "geschaald naar 107,0 %"
    assert main(["print", "procesplaat-1", "--paper", "2000x900", "--portrait", "--json", "-o", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["page_mm"] == [900.0, 2000.0]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--paper", "B5"], "onbekend papierformaat 'B5'"),
        (["--paper", "-900x2000"], "minteken"),
        (["--paper=-900x2000"], "maten zijn positief"),
        (["--paper", "50x50"], "leesmarkers"),
        (["--tile", "A4", "--overlap", "150"], "overlap van '150' kan niet"),
        (["--tile", "A4L", "--overlap", "99"], "is te groot"),
        (["--tile", "A5"], "onbekend tegelvel"),
        (["--overlap", "-3", "--tile", "A3"], "geef een getal van 0 tot 100 mm"),
        (["--overlap", "abc"], "geef een getal"),
        (["--bleed", "30"], "afloop"),
        (["--tile", "A4", "--panels", "914"], "niet allebei"),
        (["--landscape", "--portrait"], "gaat niet samen met"),
        (["--nope"], "onbekende argumenten"),
    ],
)
def test_cli_bad_arguments_give_a_dutch_message_and_exit_2(tmp_path, capsys, arguments, message):
    out = tmp_path / "x.pdf"
    assert exit_code(["print", "procesplaat-1", *arguments, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "usage" not in err and "error:" not in err and "expected" not in err
    assert not out.exists()


@pytest.mark.parametrize(
    "arguments",
    [
        ["print"],
        ["prnt"],
        ["tile", "x.pdf"],
        ["pack", "-o", "x.pdf"],
        ["session", "--bestaat-niet"],
        ["templates", "--json", "extra"],
    ],
)
def test_every_command_reports_bad_arguments_in_dutch(capsys, arguments):
    assert exit_code(arguments) == 2
    err = capsys.readouterr().err
    assert err.startswith("bruinpapier: fout: ") and "--help" in err
    for english in ("usage", "error:", "the following", "invalid choice", "unrecognized", "expected"):
        assert english not in err


def test_help_is_dutch(capsys):
    with pytest.raises(SystemExit):
        main(["print", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: bruinpapier print") and "opties:" in out and "deze hulp tonen" in out


def test_cli_unwritable_output_and_wrong_suffix(tmp_path, capsys):
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    assert main(["print", "procesplaat-1", "-o", str(blocker / "sub" / "x.pdf")]) == 1
    assert "kan" in capsys.readouterr().err
    assert exit_code(["print", "procesplaat-1", "-o", str(tmp_path / "x.png")]) == 2
    assert ".pdf" in capsys.readouterr().err


def test_cli_pack_writes_a_file_per_paper(tmp_path, capsys):
    out = tmp_path / "pakket.pdf"
    assert main(["pack", "design-thinking-lean", "procesplaten", "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "pakket-A4.pdf" in text and "pakket-A0.pdf" in text
    boards = get_method("design-thinking-lean").step("procesplaten").boards
    assert len(page_sizes_mm((tmp_path / "pakket-A4.pdf").read_bytes())) == 1 + len(boards)
    assert len(page_sizes_mm((tmp_path / "pakket-A0.pdf").read_bytes())) == len(boards)
    assert main(["pack", "onbekend", "1", "-o", str(out)]) == 1
    assert "methode 'onbekend' bestaat niet" in capsys.readouterr().err


def test_cli_pack_any_boards_on_a_paper_and_tiled(tmp_path, capsys):
    out = tmp_path / "los.pdf"
    assert main(["pack", "vsm-symbolen", "procesplaat-1", "--paper", "A1", "--json", "-o", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert [item["paper"] for item in summary["files"]] == ["A4", "A1"]
    assert summary["scales"]["procesplaat-1"] == pytest.approx(0.703, abs=0.001)
    sizes = page_sizes_mm((tmp_path / "los-A1.pdf").read_bytes())
    assert sizes[1] == pytest.approx((841, 594), abs=0.5)  # turned like the landscape board
    assert main(["pack", "vsm-symbolen", "procesplaat-1", "--tile", "A4", "-o", str(out)]) == 0
    assert [path.name for path in sorted(tmp_path.glob("los-*.pdf"))] == ["los-A1.pdf", "los-A4.pdf"]


def test_pack_can_turn_the_tile_sheet_per_board():
    from printing import best_tile_sheet, print_plan

    _, _, boards = step_boards("vernieuwend-werken", "stap-5")
    options = PrintOptions(tile_sheet=Paper.a_series("A4"))
    pack = render_pack("vernieuwend-werken", "stap-5", options, fit_tile_orientation=True)
    sizes = page_sizes_mm(pack.files["A4"])
    index = 1  # after the cover
    for board in boards:
        sheet = best_tile_sheet("A4", board.width_mm, board.height_mm)
        plan = print_plan(board, PrintOptions(tile_sheet=sheet))
        tiles = sizes[index + 1 : index + plan.page_count]  # skip the assembly map
        assert all(size == pytest.approx((sheet.width_mm, sheet.height_mm), abs=0.5) for size in tiles), board.id
        index += plan.page_count
    assert len(sizes) == index + len(boards)  # then one A4 hand-out per board
    fixed = render_pack("vernieuwend-werken", "stap-5", options)
    assert len(page_sizes_mm(fixed.files["A4"])) >= len(sizes)


def test_cli_tile_any_pdf(tmp_path, capsys):
    poster = tmp_path / "poster.pdf"
    assert main(["print", "procesplaat-1", "-o", str(poster)]) == 0
    capsys.readouterr()
    out = tmp_path / "tegels.pdf"
    assert main(["tile", str(poster), "--paper", "A3", "--overlap", "12", "--json", "-o", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["pages"][0]["poster_mm"] == [1189.0, 841.0]
    sizes = page_sizes_mm(out.read_bytes())
    assert len(sizes) == 1 + summary["sheets"]
    assert all(size == pytest.approx((420, 297), abs=0.5) for size in sizes[1:])
    text = pdf_text(out.read_bytes(), tmp_path, 1, 2)
    assert "Opbouwplan: poster.pdf" in text and "lijmstrook" in text
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4 niets")
    assert main(["tile", str(broken), "-o", str(out)]) == 2
    assert "geen leesbare PDF" in capsys.readouterr().err
