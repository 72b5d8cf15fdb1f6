"""The PDF report of an analysis, read back through its text layer."""

from __future__ import annotations

from boards.analysis import analyse
from boards.fileformat import save_session
from cli.main import main
from printing.report import write_report
from tests.support.builders import (
    borgstee_procesplaat_session,
    notes,
    seed_zelfevaluatie_session,
    session_on,
    werkdruk_frequentiematrix,
)
from tests.support.pdf import pdf_text


def test_pdf_report_contains_school_zones_and_conclusion(procesplaat, tmp_path):
    path = tmp_path / "rapport.pdf"
    write_report(analyse([borgstee_procesplaat_session(procesplaat)]), path)
    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path.read_bytes(), tmp_path)
    assert "CBS De Borgstee" in text
    assert "Design Thinking en Lean" in text
    for label in ("Rapporten schrijven", "Vergaderingen bijwonen", "Toetsen afnemen", "PRIMAIR (lesgeven)"):
        assert label in text, label
    flat = " ".join(text.split())
    assert "WERKDRUK IN DE SECUNDAIRE PROCESSEN ERVAREN" in flat
    assert "Rapportfunctie in Parnassys inrichten" in flat and "Initiatiefnemer" in flat


def test_pdf_report_shades_the_board_by_the_chosen_measure_with_a_legend(procesplaat, tmp_path):
    session = borgstee_procesplaat_session(procesplaat)
    path = tmp_path / "werkdruk.pdf"
    write_report(analyse([session]), path)
    flat = " ".join(pdf_text(path.read_bytes(), tmp_path).split())
    assert "Het bord: stippen werkdruk" in flat
    assert "Hoe donkerder het vak, hoe meer stippen werkdruk erop." in flat and "telt hier niet mee" in flat
    assert "Totaal" not in flat  # no column adds werkdruk, werkplezier and notes together
    saved = tmp_path / "sessie.bpsessie"
    save_session(session, saved)
    balance = tmp_path / "balans.pdf"
    assert main(["report", str(saved), "-o", str(balance), "--measure", "balance"]) == 0
    flat = " ".join(pdf_text(balance.read_bytes(), tmp_path).split())
    assert "Het bord: balans: werkplezier − werkdruk" in flat
    assert "4 meer werkdruk" in flat and "evenveel" in flat and "4 meer werkplezier" in flat
    assert "−4" in flat and "+3" in flat  # Rapporten schrijven 1 − 5, Toetsen afnemen 4 − 1


def test_pdf_report_of_scales_and_matrix_with_dutch_figures(tmp_path):
    matrix = session_on(werkdruk_frequentiematrix(), school="OBS Akkrum")
    notes(matrix, "dagelijks-inhoud", 3)
    path = tmp_path / "rapport.pdf"
    write_report(analyse([seed_zelfevaluatie_session(), matrix]), path)
    flat = " ".join(pdf_text(path.read_bytes(), tmp_path).split())
    assert "6 (66,7 %)" in flat and "7 (77,8 %)" in flat and "Gemiddelde 4,1" in flat
    assert "Afhankelijkheid" in flat and "Maandelijks" in flat and "OBS Akkrum" in flat


def test_pdf_report_table_headers_keep_their_words_whole(procesplaat, tmp_path):
    """The process table's narrow count columns still hold "werkplezier" on one line (it broke as "werkplezie/r")."""
    path = tmp_path / "rapport.pdf"
    write_report(analyse([borgstee_procesplaat_session(procesplaat)]), path)
    rows = [line.split() for line in pdf_text(path.read_bytes(), tmp_path).splitlines()]
    assert ["Rang", "Proces", "Groep", "werkdruk", "werkplezier", "Balans"] in rows


def test_pdf_report_draws_the_vsm_ladder_and_its_figures(tmp_path):
    from boards.session import Note, Session
    from boards.templates import load_template

    session = Session(board=load_template("vsm-schema"), school="OBS Akkrum", date="2018-10-01")
    session.results.notes += [
        Note("Instructie geven aan de groep", zone_id="proceszijde", work_min=10.0),
        Note("Administratie", zone_id="proceszijde", work_min=5.0, wait_min=2880.0),
    ]
    path = tmp_path / "vsm.pdf"
    write_report(analyse([session]), path)
    flat = " ".join(pdf_text(path.read_bytes(), tmp_path).split())
    assert "Value Stream Map: tijden" in flat
    assert "Doorlooptijd 2 dagen 15 min: bewerkingstijd 15 min, wachttijd 2 dagen." in flat
    assert "Waarde toevoegend (bewerkingstijd als deel van de doorlooptijd): 0,5 %." in flat
    # the ladder: the rungs' times, the steps under them, the totals at its end
    for text in ("10 min", "2 dagen", "Instructie geven aan de groep", "Doorlooptijd", "Bewerkingstijd"):
        assert text in flat, text
