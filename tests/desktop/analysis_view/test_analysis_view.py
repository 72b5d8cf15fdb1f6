"""The analysis widget: heat view shading, chart values, tables, trends, PNG export."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop.analysis_view import AnalysisView
from tests.support.builders import actions, seed_zelfevaluatie_session, session_on, with_dots


@pytest.fixture
def view(qtbot, procesplaat):
    first = with_dots(
        session_on(procesplaat, date="2019-03-12"),
        {
            "rapporten-schrijven": (6, 0),
            "toetsen-afnemen": (1, 2),
            "vergaderingen-bijwonen": (3, 0),
        },
    )
    actions(first)
    later = with_dots(session_on(procesplaat, date="2020-03-10"), {"rapporten-schrijven": (2, 2)})
    widget = AnalysisView([first, later, seed_zelfevaluatie_session()])
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def test_heat_view_shades_zones_by_their_counts(view):
    heat = view.tabs.heat_view
    assert view.tabs.measure_combo.currentText() == "stippen werkdruk"  # a procesplaat starts with werkdruk
    busiest = heat.zone_color("rapporten-schrijven")
    middle = heat.zone_color("vergaderingen-bijwonen")
    empty = heat.zone_color("mr-taken-uitvoeren")
    assert empty.name() == "#ffffff"
    assert busiest.name() == "#e53935"  # the most werkdruk: the werkdruk colour
    assert busiest.lightness() < middle.lightness() < empty.lightness()
    assert heat.count_items["rapporten-schrijven"].text() == "6"
    assert heat.count_items["toetsen-afnemen"].text() == "1"  # werkdruk only, not werkdruk + werkplezier
    assert heat.label_items["toetsen-afnemen"].toPlainText() == "Toetsen afnemen"


def test_the_user_chooses_the_measure_and_the_legend_follows(qtbot, view):
    combo = view.tabs.measure_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "stippen werkdruk",
        "stippen werkplezier",
        "balans: werkplezier − werkdruk",
        "briefjes",
    ]
    heat = view.tabs.heat_view
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # werkplezier
    assert heat.count_items["toetsen-afnemen"].text() == "2"
    assert heat.zone_color("toetsen-afnemen").name() == "#43a047"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the balance
    assert heat.count_items["toetsen-afnemen"].text() == "+1"
    assert heat.count_items["rapporten-schrijven"].text() == "−6"
    assert heat.zone_color("rapporten-schrijven").name() == "#e53935"
    assert [text for _color, text in view.tabs.heat_legend.entries] == [
        "6 meer werkdruk",
        "evenveel",
        "6 meer werkplezier",
        "telt hier niet mee",
    ]
    assert "werkplezier min werkdruk" in view.tabs.heat_legend.caption.text()
    # The free-text zones of the procesplaat hold no dots: no number, not a zero.
    assert heat.count_items["antwoorden"].text() == "" and heat.count_items["conclusie"].text() == ""
    # The chosen measure stays when another session of a board that has it is shown.
    view.session_combo.setCurrentIndex(1)
    assert combo.currentText() == "balans: werkplezier − werkdruk"
    assert heat.count_items["rapporten-schrijven"].text() == "0"


def test_findings_and_bar_chart_values(view):
    assert "WERKDRUK IN DE SECUNDAIRE PROCESSEN" in view.findings.text()
    chart = view.tabs.bar_chart.chart
    assert chart.labels[:3] == ["Rapporten schrijven", "Vergaderingen bijwonen", "Toetsen afnemen"]
    assert chart.series == [[6, 3, 1], [0, 0, 2]] and chart.legend == ["werkdruk", "werkplezier"]
    view.tabs.setCurrentIndex(1)
    view.tabs.bar_chart.resize(700, view.tabs.bar_chart.sizeHint().height())
    bars = view.tabs.bar_chart.bar_rects()
    assert bars[0][0].width() == pytest.approx(2 * bars[0][1].width())  # 6 against 3


def test_tables_show_dutch_headers_and_values(view):
    names = [view.tabs.table_combo.itemText(i) for i in range(view.tabs.table_combo.count())]
    assert "Procesplaat: rangorde" in names and "Actiepunten" in names
    view.tabs.table_combo.setCurrentIndex(names.index("Procesplaat: rangorde"))
    model = view.tabs.table_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Rang", "Vak"] and "werkdruk" in headers
    assert model.data(model.index(0, 1)) == "Rapporten schrijven"
    assert model.data(model.index(0, headers.index("Balans"))) == "-6"


def test_scale_session_shows_the_seed_percentages(view):
    view.session_combo.setCurrentIndex(2)
    chart = view.tabs.bar_chart.chart
    assert chart.value_labels[0] == ["0 (0 %)", "0 (0 %)", "1 (11,1 %)", "6 (66,7 %)", "2 (22,2 %)"]


def test_trend_over_time_and_png_export(view, tmp_path):
    assert view.tabs.isTabEnabled(view.trend_tab_index)
    lines = view.trend_chart.lines
    assert lines.dates == ["2019-03-12", "2020-03-10"]
    assert ("Rapporten schrijven (werkdruk)", [6, 2]) in lines.lines
    view.tabs.setCurrentIndex(view.trend_tab_index)
    path = tmp_path / "verloop.png"
    view.export_png(path)
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 100
    view.tabs.setCurrentIndex(0)
    view.export_png(tmp_path / "bord.png")
    board = QImage(str(tmp_path / "bord.png"))
    colors = {board.pixelColor(x, y).name() for x in range(0, board.width(), 7) for y in range(0, board.height(), 7)}
    assert "#e53935" in colors  # the heat (werkdruk) shows in the exported picture


def test_empty_selection(qtbot):
    widget = AnalysisView([])
    qtbot.addWidget(widget)
    assert widget.findings.text() == "Geen sessies gekozen."
    assert not widget.tabs.isTabEnabled(widget.trend_tab_index)


def test_comparison_across_schools_in_the_charts(qtbot, procesplaat):
    borgstee = with_dots(session_on(procesplaat), {"rapporten-schrijven": (5, 0)})
    akkrum = with_dots(
        session_on(procesplaat, school="OBS Akkrum"), {"rapporten-schrijven": (2, 1), "toetsen-afnemen": (4, 0)}
    )
    widget = AnalysisView([borgstee, akkrum])
    qtbot.addWidget(widget)
    titles = [widget.tabs.chart_combo.itemText(i) for i in range(widget.tabs.chart_combo.count())]
    assert "werkdruk per school" in titles
    widget.tabs.chart_combo.setCurrentIndex(titles.index("werkdruk per school"))
    chart = widget.tabs.bar_chart.chart
    assert chart.legend == ["CBS De Borgstee", "OBS Akkrum"]
    assert chart.labels == ["Rapporten schrijven", "Toetsen afnemen"]
    assert chart.series == [[5, 0], [2, 4]]


def test_excel_and_pdf_export_from_the_view(view, tmp_path):
    import subprocess

    import openpyxl

    workbook_path = tmp_path / "analyse.xlsx"
    view.export_tables("xlsx", workbook_path)
    workbook = openpyxl.load_workbook(workbook_path)
    assert len(workbook.sheetnames) >= 3
    report_path = tmp_path / "rapport.pdf"
    view.export_tables("pdf", report_path)
    text = subprocess.run(["pdftotext", str(report_path), "-"], capture_output=True, text=True, check=True).stdout
    assert "CBS De Borgstee" in text and "Rapporten schrijven" in " ".join(text.split())


def test_the_pdf_report_uses_the_measure_chosen_on_screen(view, tmp_path):
    import subprocess

    view.set_measure("werkplezier")
    path = tmp_path / "rapport.pdf"
    view.export_tables("pdf", path)
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    assert "Het bord: stippen werkplezier" in text and "stippen werkdruk" not in text


def test_the_seeds_figures_in_the_app(qtbot, tmp_path):
    """The team's conclusion in its area and marked apart from the suggestion; a multiple-choice question as
    shares of its respondents; a VSM's ladder under the board."""
    from boards.session import Note, Session
    from boards.templates import load_template

    plate = Session(board=load_template("procesplaat-1"), school="CBS De Borgstee", date="2018-10-01")
    plate.results.set_dot_count("rapporten-schrijven", "werkdruk", 4)
    words = "ER WORDT DOOR LEERKRACHTEN MET NAME WERKDRUK IN DE ADMINISTRATIEVE PROCESSEN ERVAREN"
    plate.results.notes.append(Note(words, zone_id="conclusie"))
    questionnaire = Session(board=load_template("zelfevaluatie"), school="CBS De Borgstee", date="2018-10-02")
    for option, count in zip(range(1, 6), [3, 3, 9, 3, 2]):
        questionnaire.results.set_dot_count(f"v5-{option}", "antwoord", count)
    questionnaire.results.respondents[""] = 11
    vsm = Session(board=load_template("vsm-schema"), school="OBS Akkrum", date="2018-10-03")
    vsm.results.notes += [
        Note("Instructie geven 10 min", zone_id="proceszijde"),
        Note("Administratie 5 min, wacht 2 dagen", zone_id="proceszijde"),
    ]
    view = AnalysisView([plate, questionnaire, vsm])
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()

    assert f"<b>Conclusie van het team: {words}</b>" in view.findings.text()
    assert '<i style="color:#5d5d5d">Suggestie van Bruinpapier: ER WORDT' in view.findings.text()
    assert view.tabs.heat_view.written_items["conclusie"].toPlainText() == words
    assert "conclusie" not in view.tabs.heat_view.count_items

    view.session_combo.setCurrentIndex(1)
    titles = [view.tabs.chart_combo.itemText(i) for i in range(view.tabs.chart_combo.count())]
    view.tabs.chart_combo.setCurrentIndex(titles.index(load_template("zelfevaluatie").group("v5").label))
    chart = view.tabs.bar_chart.chart
    assert chart.value_labels[0] == ["3 (27,3 %)", "3 (27,3 %)", "9 (81,8 %)", "3 (27,3 %)", "2 (18,2 %)"]
    assert chart.legend == ["van 11 respondenten"]

    view.session_combo.setCurrentIndex(2)
    texts = [item.text() for item in view.tabs.heat_view.ladder_texts]
    assert texts == ["?", "10 min", "2 dagen", "5 min", "Doorlooptijd: 2 dagen 15 min", "Bewerkingstijd: 15 min"]
    assert view.tabs.heat_view.scene().sceneRect().height() > load_template("vsm-schema").height_mm  # under the board
    view.tabs.setCurrentIndex(0)
    view.export_png(tmp_path / "vsm.png")
    from tests.desktop.review.conftest import save_png

    save_png(qtbot, view, "analysis-vsm.png")


def test_bar_names_the_analysis_makes_follow_the_language(qtbot, controller):
    """'overige (n)', its mean and '(geen school)' are the app's words: English in the English UI; a
    zone or school name stays as it is."""
    from boards.analysis.charts import ChartData, with_mean_of_rest, with_rest
    from desktop.analysis_view.charts import shown_labels, shown_legend

    labels, series = with_rest([f"vak {n}" for n in range(30)] + ["(geen school)"], [list(range(31))], limit=5)
    legend, _series, _ = with_mean_of_rest(["De Klimop", "Het Anker", "De Regenboog"], [[3], [2], [1]], limit=2)
    chart = ChartData("t", [*labels, "(geen school)"], [[*series[0], 1]], ["#000000"], legend)
    assert shown_labels(chart)[3:] == ["(geen school)", "overige (27)", "(geen school)"]
    assert shown_legend(chart) == ["De Klimop", "gemiddelde overige (2)"]
    window = controller.switch_language("en")
    qtbot.addWidget(window)
    assert shown_labels(chart)[:3] == labels[:3] == ["vak 27", "vak 28", "vak 29"]
    assert shown_labels(chart)[3:] == ["(no school)", "others (27)", "(no school)"]
    assert shown_legend(chart) == ["De Klimop", "average of others (2)"]
    mean_label = with_rest([f"school {n}" for n in range(9)], [list(range(9))], limit=3, mean=True)[0][-1]
    assert shown_labels(ChartData("t", [mean_label], [[1]], ["#000000"], ["x"])) == ["others 7 (average)"]
