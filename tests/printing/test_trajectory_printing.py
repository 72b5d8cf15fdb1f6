"""Printing pre-filled sessions: carried notes in place, loose ones on cut-out sheets."""

from __future__ import annotations

from boards.session import Note
from boards.trajectory import add_next_sessions, new_trajectory
from cli.main import main
from printing.sessions_pack import render_sessions_pdf
from tests.support.pdf import page_sizes_mm, pdf_text

PROBLEMS = [
    "Niet horen van instructie",
    "Storen leerling",
    "Hoe administreren",
    "Aandacht klas",
    "Niet kunnen uitvoeren",
]


def _akkrum_sorting_session():
    trajectory = new_trajectory("verbetering-in-beeld", "OBS Akkrum")
    (vsm,) = add_next_sessions(trajectory, board_id="vsm-schema")
    vsm.results.notes += [Note(text, zone_id="datazijde", category="probleem") for text in PROBLEMS]
    vsm.results.notes.append(Note("Tijd nemen om te noteren", zone_id="datazijde", category="idee"))
    return trajectory, add_next_sessions(trajectory, board_id="problemen-lokaliseren")


def test_loose_carried_notes_come_on_real_size_cutout_sheets(tmp_path) -> None:
    _, (sorting,) = _akkrum_sorting_session()
    pdf = render_sessions_pdf([sorting])
    sizes = page_sizes_mm(pdf)
    board = sorting.board.paper
    assert abs(sizes[0][0] - board.width_mm) < 0.5 and abs(sizes[0][1] - board.height_mm) < 0.5
    assert [(round(w), round(h)) for w, h in sizes[1:]] == [(210, 297), (210, 297)]  # 4 notes per A4, 5 notes
    cutouts = " ".join(pdf_text(pdf, tmp_path, first=2).split())
    for text in PROBLEMS:
        assert text in cutouts
    assert "Tijd nemen om te noteren" not in cutouts  # ideas stay on the VSM
    assert "meegenomen" in cutouts and sorting.code in cutouts


def test_carried_notes_with_a_zone_are_printed_on_the_board(tmp_path) -> None:
    trajectory = new_trajectory("vernieuwend-werken", "SWS Balans")
    (brown,) = add_next_sessions(trajectory, board_id="brown-paper-nieuwe-mogelijkheden")
    brown.results.notes.append(Note("Maatwerk in onderwijs", zone_id="nieuwe-mogelijkheden", chosen=True))
    (sheet,) = add_next_sessions(trajectory, board_id="beleidsthema-inventarisatie")
    pdf = render_sessions_pdf([sheet])
    assert len(page_sizes_mm(pdf)) == 1
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Maatwerk in onderwijs" in text and "meegenomen" in text


def test_cli_next_prints_the_pack(tmp_path, capsys) -> None:
    path = tmp_path / "t.bptraject"
    assert main(["trajectory", "new", "design-thinking-lean", "--school", "De Borgstee", "-o", str(path)]) == 0
    pack = tmp_path / "pakket.pdf"
    assert main(["trajectory", "next", str(path), "--pack", str(pack), "--tile", "A3"]) == 0
    assert "sessiepakket" in capsys.readouterr().out
    sizes = page_sizes_mm(pack.read_bytes())
    assert len(sizes) > 2 and {(round(w), round(h)) for w, h in sizes[1:]} <= {(297, 420), (420, 297)}
