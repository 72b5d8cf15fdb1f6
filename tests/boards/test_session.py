"""Session rules without Qt."""

from __future__ import annotations

import pytest

from boards.errors import InvalidArgumentError
from boards.session import check_session_date, is_session_date


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
