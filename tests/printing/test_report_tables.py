"""Report tables of any width stay readable: sized to their content, turned, or split into parts that fit;
charts show the biggest bars and 'overige'. (A 73 × 44 table made ReportLab fail with "negative width";
30 schools side by side printed one letter per line.)"""

from __future__ import annotations

import pandas as pd
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Table

from boards.analysis import across_schools
from boards.analysis.charts import with_rest
from printing.fonts import register_fonts
from printing.report import CONTENT_WIDTH, _comparisons_story, _styles, build_pdf
from printing.report_tables import Flowables, fitted_table
from tests.support.builders import session_on, with_dots
from tests.support.pdf import pdf_text


def tables_in(flowable) -> list[Table]:
    parts = flowable.flowables if isinstance(flowable, Flowables) else [flowable]
    return [part for part in parts if isinstance(part, Table)]


def test_a_table_of_44_columns_is_split_into_parts_that_fit_and_repeat_the_row_names(tmp_path):
    register_fonts()
    styles = _styles()
    columns = {"Vak": [f"Vak met een lange naam {row}" for row in range(73)], "Telling": ["werkdruk"] * 73}
    columns |= {f"School {number:02d}": list(range(73)) for number in range(1, 43)}
    frame = pd.DataFrame(columns)
    flowable = fitted_table(frame, styles, CONTENT_WIDTH)
    tables = tables_in(flowable)
    assert len(tables) > 1
    bold = styles["cellbold"]
    for table in tables:
        assert sum(table._colWidths) <= CONTENT_WIDTH + 0.5
        header = [cell.text for cell in table._cellvalues[0]]
        assert header[:2] == ["Vak", "Telling"]  # the rows' names in every part
        for text, width in zip(header, table._colWidths):
            widest = max(pdfmetrics.stringWidth(word, bold.fontName, bold.fontSize) for word in text.split())
            assert width >= widest  # a header's words are never broken: no one letter per line
    text = pdf_text(build_pdf([flowable], "breed"), tmp_path)
    assert "Deel 1 van" in text and "School 42" in " ".join(text.split())


def test_a_wide_table_with_few_rows_is_turned():
    register_fonts()
    frame = pd.DataFrame({"Telling": ["werkdruk", "werkplezier"], **{f"Vak {i}": [i, i + 1] for i in range(30)}})
    (table,) = tables_in(fitted_table(frame, _styles(), CONTENT_WIDTH))
    assert len(table._cellvalues) == 31  # a row per former column, after the header


def test_thirty_schools_compared_in_the_per_session_report(procesplaat, tmp_path):
    zones = [zone.id for zone in procesplaat.zones if zone.holds.dots][:8]
    sessions = [
        with_dots(session_on(procesplaat, school=f"School {number:02d}"), {zone: (number % 7, 1) for zone in zones})
        for number in range(1, 31)
    ]
    from boards.analysis.overview import Analysis

    analysis = Analysis(sessions, [], None, None, None, None, [], [across_schools(sessions)])
    register_fonts()
    pdf = build_pdf(_comparisons_story(analysis, _styles()), "scholen")
    flat = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Scholen vergeleken" in flat and "Deel 1 van" in flat and "School 30" in flat


def test_charts_keep_the_biggest_bars_and_add_up_the_rest():
    labels = [f"vak {i}" for i in range(30)]
    values = list(range(30))
    kept, series = with_rest(labels, [values], limit=5)
    assert kept == ["vak 26", "vak 27", "vak 28", "vak 29", "overige (26)"]
    assert series == [[26, 27, 28, 29, sum(range(26))]]
    kept, series = with_rest(labels, [values], limit=5, mean=True)
    assert kept[-1] == "overige 26 (gemiddeld)" and series[0][-1] == sum(range(26)) / 26
    assert with_rest(labels[:3], [values[:3]], limit=5) == (labels[:3], [values[:3]])


def test_big_numbers_in_report_tables_have_the_dutch_thousands_separator():
    import numpy as np

    from boards.analysis.dutch import format_count_percent, format_value
    from printing.report_tables import cell_text

    assert format_value(100000) == "100.000" and format_value(np.int64(1234567)) == "1.234.567"
    assert format_value(-4500) == "-4.500" and format_value(999) == "999"
    assert format_value(1234.56) == "1.234,6" and format_value(np.float64(0.25)) == "0,3"
    assert format_value(float("nan")) == "" and format_value(None) == ""
    assert format_value(True) == "ja" and format_value(np.bool_(False)) == "nee"
    assert format_value("School 1000") == "School 1000"  # text stays as it is
    assert format_count_percent(12000, 66.666) == "12.000 (66,7 %)"
    assert cell_text(np.int64(100000)) == "100.000"

    register_fonts()
    frame = pd.DataFrame({"School": ["OBS Akkrum", "SWS Balans"], "Briefjes": [100000, 2500]})
    (table,) = tables_in(fitted_table(frame, _styles(), CONTENT_WIDTH))
    assert [row[1] for row in table._cellvalues[1:]] == ["100.000", "2.500"]
