"""Session rules without Qt."""

from __future__ import annotations

import re

import pytest

from boards.errors import InvalidArgumentError
from boards.session import (
    MAX_DOT_COUNT,
    ActionItem,
    DotCount,
    Note,
    Results,
    check_session_date,
    clamp_dot_count,
    is_session_date,
    new_id,
)


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


def test_notes_and_action_items_by_id_put_back_in_place():
    first, second = Note("eerste", "z"), Note("tweede", "z")
    action = ActionItem(nr=1, action="doen")
    results = Results(notes=[first, second], actions=[action])
    assert results.item(second.id) is second and results.item(action.id) is action
    assert results.remove(first.id) == (first, 0)
    results.insert(first, 0)
    assert results.notes == [first, second]
    assert results.update(action.id, owner="JdV", done=True) == {"owner": "", "done": False}
    assert (action.owner, action.done) == ("JdV", True)
    with pytest.raises(AttributeError):
        results.update(first.id, bestaat_niet=1)
    with pytest.raises(KeyError):
        results.remove("weg")
    results.insert(ActionItem(nr=results.next_action_nr(), action="nog een"))
    assert [item.nr for item in results.actions] == [1, 2]


def test_next_action_number_follows_the_highest():
    assert Results().next_action_nr() == 1
    assert Results(actions=[ActionItem(nr=4, action="a"), ActionItem(nr=2, action="b")]).next_action_nr() == 5


def test_replace_with_takes_copies():
    other = Results(notes=[Note("n", "z")], dots=[DotCount("z", "rood", 2)], actions=[ActionItem(nr=1, action="a")])
    results = Results()
    notes = results.notes
    results.replace_with(other)
    assert results == other and results.notes is notes  # the same lists, now holding copies
    other.notes[0].text = "anders"
    assert results.notes[0].text == "n"


def test_new_ids_never_look_like_a_number_to_a_spreadsheet():
    # a CSV export opened in Excel or LibreOffice turned 123e4567890a-like ids into 1.23E+4567890 and
    # 000123456789 into 123456789, so the notes' links broke on import
    ids = [new_id() for _ in range(20_000)]
    assert all(len(i) == 12 and re.fullmatch(r"[abcdf][0-9a-f]{11}", i) for i in ids)
    assert len(set(ids)) == len(ids)
    for looks_like_a_number in (r"\d+", r"\d+e\d+", r"\d+\.\d*"):
        assert not any(re.fullmatch(looks_like_a_number, i) for i in ids)
