"""Dutch durations as teams write them on a Value Stream Map."""

from __future__ import annotations

import pytest

from boards.durations import find_durations, format_duration, format_duration_long, parse_duration
from boards.errors import InvalidArgumentError


@pytest.mark.parametrize(
    "text, minutes",
    [
        ("10 min", 10),
        ("10 minuten", 10),
        ("10 Min.", 10),
        ("45", 45),
        ("1,5", 1.5),
        ("15'", 15),
        ("1,5 uur", 90),
        ("1.5 uur", 90),
        ("een half uur", 30),
        ("anderhalf uur", 90),
        ("2 u", 120),
        ("1 uur en 10 min", 70),
        ("2 dagen", 2880),
        ("1 dag", 1440),
        ("1 week", 10080),
        ("30 sec", 0.5),
        ("", None),
        ("  ", None),
    ],
)
def test_parse(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["tien min", "10 kg", "1 uur bla", "3 werkdagen", "-5"])
def test_parse_refuses_in_dutch(text):
    with pytest.raises(InvalidArgumentError, match="is geen duur"):
        parse_duration(text)


@pytest.mark.parametrize("minutes", [0, 10, 37.5, 90, 100, 1440, 2160, 2880, 10080, 3000])
def test_format_reads_back_exactly(minutes):
    assert parse_duration(format_duration(minutes)) == minutes


def test_format_words():
    assert [format_duration(value) for value in (10, 90, 1440, 2880)] == ["10 min", "1,5 uur", "1 dag", "2 dagen"]
    assert format_duration(None) == ""
    assert format_duration_long(3000) == "2 dagen 2 uur" and format_duration_long(75) == "1 uur 15 min"
    assert format_duration_long(0) == "0 min"


def test_find_in_free_text_tells_waits_from_work():
    found = find_durations("Groepsplan invullen 20 min, wacht 2 dagen op de IB'er")
    assert [(item.minutes, item.waiting, item.text) for item in found] == [
        (20, False, "20 min"),
        (2880, True, "2 dagen"),
    ]
    assert find_durations("Wachttijd: 1 uur")[0].waiting
    assert find_durations("Groep 8 werkt zelfstandig") == []  # a number without a unit is no duration
