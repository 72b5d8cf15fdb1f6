"""The analysis as an Excel workbook, read back."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from boards.analysis import analyse
from boards.analysis.excel import write_workbook
from tests.support.builders import borgstee_procesplaat_session, seed_zelfevaluatie_session, session_on, with_dots


def test_workbook_sheets_read_back(procesplaat, tmp_path):
    later = with_dots(session_on(procesplaat, date="2020-03-10"), {"rapporten-schrijven": (2, 2)})
    analysis = analyse([borgstee_procesplaat_session(procesplaat), later, seed_zelfevaluatie_session()])
    path = tmp_path / "analyse.xlsx"
    write_workbook(analysis, path)
    book = load_workbook(path)
    for name in (
        "Sessies",
        "Tellingen per vak",
        "Procesplaat rangorde",
        "Procesplaat groepen",
        "Vragenlijst antwoorden",
        "Conclusies",
        "Actiepunten",
        "Briefjes",
        "Stippen",
        "Over tijd",
    ):
        assert name in book.sheetnames, name
    ranking = book["Procesplaat rangorde"]
    header = [cell.value for cell in ranking[1]]
    assert header[:3] == ["Sessie", "Rang", "Vak"] and "werkdruk" in header and "werkplezier" in header
    first = [cell.value for cell in ranking[2]]
    assert first[header.index("Vak")] == "Rapporten schrijven" and first[header.index("werkdruk")] == 5
    assert first[header.index("Balans")] == -4
    answers = book["Vragenlijst antwoorden"]
    header = [cell.value for cell in answers[1]]
    column = header.index("Percentage (%)") + 1
    cells = [answers.cell(row=row, column=column) for row in range(2, 7)]
    assert [cell.value for cell in cells] == pytest.approx([0, 0, 1 / 9, 6 / 9, 2 / 9])  # numbers, not text
    assert {cell.number_format for cell in cells} == {"0.0%"}  # Excel shows 11,1% in Dutch
    conclusions = [row[1:] for row in book["Conclusies"].iter_rows(min_row=2, values_only=True)]
    assert (
        "Suggestie van Bruinpapier",
        "ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK IN DE SECUNDAIRE PROCESSEN ERVAREN",
    ) in conclusions
    assert ("Conclusie van het team", "(nog niet ingevuld)") in conclusions
    acts = book["Actiepunten"]
    header = [cell.value for cell in acts[1]]
    assert {"Nr.", "Concreet actiepunt", "Initiatiefnemer", "Tijdpad", "Impact", "Werkbelasting", "Open"} <= set(header)
    assert [row[header.index("Open")] for row in acts.iter_rows(min_row=2, values_only=True)] == [True, False, True]
    assert ranking.column_dimensions["C"].width >= len("Rapporten schrijven")
    over_time = book["Over tijd"]
    header = [cell.value for cell in over_time[1]]
    assert "2019-03-12" in header and "2020-03-10" in header and "Verandering" in header
