"""Session rules without Qt."""

from __future__ import annotations

import pytest

from boards.errors import InvalidArgumentError
from boards.session import MAX_DOT_COUNT, DotCount, Results, check_session_date, clamp_dot_count, is_session_date


def test_dot_counts_are_clamped():
    assert clamp_dot_count(-3) == 0
    assert clamp_dot_count(7) == 7
    assert clamp_dot_count(MAX_DOT_COUNT + 1) == MAX_DOT_COUNT
    results = Results()
    results.set_dot_count("z", "rood", 10**9)
    assert results.dot_count("z", "rood") == MAX_DOT_COUNT


def test_a_zone_without_dots_has_no_entry():
    results = Results()
    results.set_dot_count("z", "rood", 0)
    assert results.dots == []
    results.set_dot_count("z", "rood", 3)
    results.set_dot_count("z", "groen", 2)
    assert results.dots == [DotCount("z", "rood", 3), DotCount("z", "groen", 2)]
    results.set_dot_count("z", "rood", 5)
    assert results.dots == [DotCount("z", "rood", 5), DotCount("z", "groen", 2)]
    results.set_dot_count("z", "rood", -1)
    assert results.dots == [DotCount("z", "groen", 2)]
    assert results.dot_count("z", "rood") == 0


@pytest.mark.parametrize("text", ["2019-03-12", "2024-02-29"])
def test_session_dates_that_exist(text):
    assert is_session_date(text)
    assert check_session_date(text) == text


@pytest.mark.parametrize("text", ["12-03-2019", "2019-3-12", "2019-02-30", "2023-02-29", "20190312", " 2019-03-12"])
def test_session_dates_that_do_not(text):
    assert not is_session_date(text)
    with pytest.raises(InvalidArgumentError) as caught:
        check_session_date(text)
    assert f"datum '{text}' kan niet" in str(caught.value) and "JJJJ-MM-DD" in str(caught.value)


def test_no_date_is_allowed():
    assert check_session_date("") == "" and check_session_date(None) == ""
    assert not is_session_date("")
