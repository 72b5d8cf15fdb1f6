"""Heat views shade by one measure at a time; measures of opposite meaning are never added up."""

from __future__ import annotations

from boards.analysis.heat import EMPTY_COLOR
from boards.analysis.measures import (
    BALANCE,
    NOT_COUNTED_COLOR,
    NOTES,
    MeasureKind,
    board_measures,
    find_measure,
    heat,
)
from boards.session import Note
from boards.templates import load_template
from tests.support.builders import problemen_lokaliseren, session_on, with_dots


def toetsen(procesplaat):
    """The issue's example: "Toetsen afnemen" with 5 werkdruk, 2 werkplezier and 1 note."""
    session = with_dots(session_on(procesplaat), {"toetsen-afnemen": (5, 2), "resultaten-nabespreken": (0, 4)})
    session.results.notes.append(Note("Te veel toetsen", "toetsen-afnemen"))
    session.results.notes.append(Note("Energie van de klas", "antwoorden"))
    return session


def test_a_procesplaat_offers_werkdruk_first_then_werkplezier_the_balance_and_the_notes(procesplaat):
    measures = board_measures(procesplaat)
    assert [m.id for m in measures] == ["werkdruk", "werkplezier", BALANCE, NOTES]
    assert [str(m.label) for m in measures] == [
        "stippen werkdruk",
        "stippen werkplezier",
        "balans: werkplezier − werkdruk",
        "briefjes",
    ]
    assert measures[2].kind is MeasureKind.BALANCE
    assert find_measure(procesplaat, None).id == "werkdruk"
    assert find_measure(procesplaat, "bestaat-niet").id == "werkdruk"


def test_each_measure_counts_on_its_own_never_summed(procesplaat):
    session = toetsen(procesplaat)
    assert heat(session, "werkdruk").values["toetsen-afnemen"] == 5
    assert heat(session, "werkplezier").values["toetsen-afnemen"] == 2
    assert heat(session, NOTES).values["toetsen-afnemen"] == 1
    balance = heat(session, BALANCE)
    assert balance.values["toetsen-afnemen"] == -3 and balance.values["resultaten-nabespreken"] == 4
    assert (balance.text("toetsen-afnemen"), balance.text("resultaten-nabespreken")) == ("−3", "+4")
    assert 8 not in heat(session, "werkdruk").values.values()  # the old 5 + 2 + 1


def test_free_text_zones_hold_no_dots_and_are_not_counted_as_zero(procesplaat):
    session = toetsen(procesplaat)
    werkdruk = heat(session, "werkdruk")
    for zone_id in ("antwoorden", "conclusie"):
        assert werkdruk.values[zone_id] is None
        assert werkdruk.text(zone_id) == "" and werkdruk.color(zone_id) == NOT_COUNTED_COLOR
    # It holds notes, but what the team writes there is text (shown in the area), not a count of briefjes.
    assert heat(session, NOTES).values["antwoorden"] is None
    assert str(werkdruk.legend()[-1].text) == "telt hier niet mee"


def test_colours_run_from_white_to_the_kind_colour_and_both_ways_for_the_balance(procesplaat):
    session = toetsen(procesplaat)
    werkdruk = heat(session, "werkdruk")
    assert werkdruk.color("toetsen-afnemen") == "#e53935"  # the most werkdruk: the werkdruk colour
    assert werkdruk.color("lessen-vormgeven-lesmaterialen") == EMPTY_COLOR
    assert [str(entry.text) for entry in werkdruk.legend()] == ["0", "3", "5", "telt hier niet mee"]
    balance = heat(session, BALANCE)
    assert balance.color("resultaten-nabespreken") == "#43a047"  # the most werkplezier over werkdruk
    red = balance.color("toetsen-afnemen")
    assert red != EMPTY_COLOR and int(red[1:3], 16) > int(red[3:5], 16)  # reddish: more werkdruk
    assert [str(entry.text) for entry in balance.legend()][:3] == [
        "4 meer werkdruk",
        "evenveel",
        "4 meer werkplezier",
    ]
    assert "werkplezier min werkdruk" in str(balance.caption())


def test_a_board_with_notes_only_shades_by_notes():
    board = problemen_lokaliseren()
    session = session_on(board)
    session.results.notes += [Note("a", "uitvoering"), Note("b", "uitvoering")]
    assert [m.id for m in board_measures(board)] == [NOTES]
    shaded = heat(session)
    assert shaded.values == {"voorbereiding": 0, "uitvoering": 2, "evaluatie-reflectie": 0}
    assert str(shaded.caption()) == "Hoe donkerder het vak, hoe meer briefjes erop."


def test_an_empty_session_has_nothing_to_shade():
    session = session_on(load_template("procesplaat-1"))
    shaded = heat(session, BALANCE)
    assert shaded.extreme == 0 and shaded.color("toetsen-afnemen") == EMPTY_COLOR
    assert [str(entry.text) for entry in shaded.legend()] == ["evenveel", "telt hier niet mee"]


def test_a_board_without_its_own_summary_charts_each_measure_apart():
    from boards.analysis import analyse
    from boards.analysis.charts import session_charts
    from boards.geometry import Rect
    from boards.model import Board, DotKind, Holds, Zone, ZoneKind
    from boards.paper import parse_paper

    kans, zorg = DotKind("plus", "kans", "#43a047"), DotKind("min", "zorg", "#e53935")
    zones = [
        Zone(id=zone_id, kind=ZoneKind.FREE_AREA, rect=Rect(20 + i * 200, 100, 190, 300), label=label, holds=holds)
        for i, (zone_id, label, holds) in enumerate(
            [
                ("links", "Links", Holds(notes=True, dots=[kans])),
                ("midden", "Midden", Holds(notes=True, dots=[kans, zorg])),
                ("rechts", "Rechts", Holds(notes=True, dots=[zorg])),
            ]
        )
    ]
    board = Board(id="eigen-bord", title="Eigen bord", paper=parse_paper("A1"), zones=zones)
    session = session_on(board)
    session.results.set_dot_count("midden", "plus", 4)
    session.results.set_dot_count("midden", "min", 3)
    session.results.set_dot_count("rechts", "min", 5)
    session.results.notes.append(Note("a", "links"))
    charts = session_charts(analyse([session]).per_session[0])
    assert [(chart.title, chart.labels, chart.series) for chart in charts] == [
        ("stippen kans per vak", ["Midden"], [[4]]),
        ("stippen zorg per vak", ["Rechts", "Midden"], [[5, 3]]),
        ("briefjes per vak", ["Links"], [[1]]),
    ]
