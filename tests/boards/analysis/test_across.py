"""The same board over time and across schools."""

from __future__ import annotations

import pytest

from boards.analysis import across_schools, analyse, cross_session_summary, over_time
from boards.analysis.charts import trend_lines
from boards.errors import InvalidArgumentError
from tests.support.builders import notes, session_on, with_dots


def _three_years(procesplaat):
    first = with_dots(
        session_on(procesplaat, date="2019-03-12"), {"rapporten-schrijven": (6, 0), "toetsen-afnemen": (1, 3)}
    )
    notes(first, "rapporten-schrijven", 2)
    middle = with_dots(session_on(procesplaat, date="2020-03-10"), {"rapporten-schrijven": (4, 1)})
    last = with_dots(
        session_on(procesplaat, date="2021-03-09"), {"rapporten-schrijven": (2, 2), "toetsen-afnemen": (1, 5)}
    )
    return [last, first, middle]  # out of order on purpose


def test_over_time_per_zone_per_date_and_change(procesplaat):
    trend = over_time(_three_years(procesplaat), school="CBS De Borgstee")
    assert trend.dates == ["2019-03-12", "2020-03-10", "2021-03-09"]
    table = trend.table.set_index(["zone_id", "measure"])
    assert table.loc[("rapporten-schrijven", "werkdruk"), trend.dates].tolist() == [6, 4, 2]
    assert table.loc[("rapporten-schrijven", "werkdruk"), "change"] == -4
    assert table.loc[("rapporten-schrijven", "briefjes"), "change"] == -2
    assert table.loc[("toetsen-afnemen", "werkplezier"), "change"] == 2
    assert table.loc[("mr-taken-uitvoeren", "werkdruk"), "change"] == 0
    moved = trend.moved[["zone_id", "measure", "change"]].values.tolist()
    assert moved == [
        ["rapporten-schrijven", "werkdruk", -4],
        ["toetsen-afnemen", "werkplezier", 2],
        ["rapporten-schrijven", "briefjes", -2],
        ["rapporten-schrijven", "werkplezier", 2],
    ]
    # zones keep the board's order, the measures notes first then the dot kinds
    assert trend.table["zone_id"].iloc[0] == "lessen-vormgeven-lesmaterialen"
    assert trend.table["measure"].iloc[:3].tolist() == ["briefjes", "werkdruk", "werkplezier"]


def test_across_schools_uses_each_schools_latest_session(procesplaat):
    sessions = _three_years(procesplaat)
    sessions.append(
        with_dots(session_on(procesplaat, school="OBS Akkrum", date="2020-01-20"), {"rapporten-schrijven": (3, 3)})
    )
    comparison = across_schools(sessions)
    assert comparison.schools == ["CBS De Borgstee", "OBS Akkrum"]
    row = comparison.table.set_index(["zone_id", "measure"]).loc[("rapporten-schrijven", "werkdruk")]
    assert (row["CBS De Borgstee"], row["OBS Akkrum"], row["total"], row["mean"]) == (2, 3, 5, 2.5)


def test_cross_session_summary(procesplaat):
    summary = cross_session_summary(_three_years(procesplaat)).set_index(["zone_id", "measure"])
    row = summary.loc[("rapporten-schrijven", "werkdruk")]
    assert (row["sessions"], row["total"], row["mean"], row["min"], row["max"]) == (3, 12, 4.0, 2, 6)
    assert len(summary) == 26 * 3  # 24 processes, the answers and the CONCLUSIE line


def test_analyse_finds_trends_and_comparisons(procesplaat):
    sessions = _three_years(procesplaat)
    sessions.append(
        with_dots(session_on(procesplaat, school="OBS Akkrum", date="2020-01-20"), {"rapporten-schrijven": (3, 3)})
    )
    analysis = analyse(sessions)
    assert [(trend.school, len(trend.dates)) for trend in analysis.trends] == [("CBS De Borgstee", 3)]
    assert [comparison.schools for comparison in analysis.comparisons] == [["CBS De Borgstee", "OBS Akkrum"]]


def test_over_time_without_sessions_is_a_clear_error(procesplaat):
    with pytest.raises(InvalidArgumentError, match="geen sessies met bord"):
        over_time(_three_years(procesplaat), school="Onbekende school")
    with pytest.raises(InvalidArgumentError, match="geen sessies"):
        over_time([])


def test_a_session_without_a_date_has_no_place_in_a_trend(procesplaat):
    first = with_dots(session_on(procesplaat, date="2019-03-12"), {"rapporten-schrijven": (6, 0)})
    later = with_dots(session_on(procesplaat, date="2020-03-10"), {"rapporten-schrijven": (2, 2)})
    undated = with_dots(session_on(procesplaat, date=""), {"rapporten-schrijven": (9, 9)})
    (trend,) = analyse([first, undated, later]).trends
    assert trend.dates == ["2019-03-12", "2020-03-10"]
    assert trend_lines(trend).title == "Procesplaat 1 bij CBS De Borgstee"  # the board's title, not its id
    assert analyse([first, undated]).trends == []  # one dated moment is no trend
