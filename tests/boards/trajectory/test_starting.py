"""Starting a board of a trajectory: the team chooses the process, the session is dated, the edited board is used."""

from __future__ import annotations

import datetime

import pytest

from boards.errors import InvalidArgumentError
from boards.session import DotCount
from boards.templates import load_template
from boards.trajectory import add_next_sessions, new_trajectory, process_choice


def borgstee(dots=True):
    trajectory = new_trajectory("design-thinking-lean", "CBS De Borgstee")
    (plaat,) = add_next_sessions(trajectory, board_id="procesplaat-1", date="2017-10-02")
    if dots:
        plaat.results.dots += [
            DotCount("rapporten-schrijven", "werkdruk", 9),
            DotCount("groepsplannen-maken", "werkdruk", 7),
            DotCount("lessen-vormgeven-lesmaterialen", "werkplezier", 8),
        ]
    return trajectory


def test_the_process_is_chosen_from_a_suggestion_with_its_reason():
    trajectory = borgstee()
    choice = process_choice(trajectory, "rapportageproces")
    assert choice is not None and choice.suggested == "rapporten-schrijven"
    assert [(o.label, o.count) for o in choice.options[:3]] == [
        ("Rapporten schrijven", 9),
        ("Groepsplannen maken", 7),
        ("Lessen vormgeven (lesmaterialen)", 0),
    ]
    assert str(choice.reason()) == (
        "Voorstel: Rapporten schrijven, met de meeste stippen werkdruk (9) op Procesplaat 1 (2017-10-02)."
    )
    # The free-text areas of the procesplaat hold no dots: they are no process to choose.
    assert choice.option("antwoorden") is None and choice.option("conclusie") is None
    (workshop,) = add_next_sessions(trajectory, board_id="rapportageproces", topic_zone="groepsplannen-maken")
    assert workshop.topic == "Groepsplannen maken" and "werkdruk: 7" in workshop.remarks
    with pytest.raises(InvalidArgumentError, match="rapporten-schrijven") as error:
        add_next_sessions(trajectory, board_id="verbeterplan", topic_zone="antwoorden")
    assert "antwoorden" not in str(error.value).split("processen:")[1]


def test_without_dots_there_is_no_suggestion_and_the_reason_says_so():
    choice = process_choice(borgstee(dots=False), "rapportageproces")
    assert choice is not None and choice.suggested is None
    assert "nog geen stippen werkdruk" in str(choice.reason())


def test_boards_that_take_no_process_need_no_choice():
    trajectory = borgstee()
    assert process_choice(trajectory, "procesplaat-2") is None
    assert process_choice(new_trajectory("design-thinking-lean", "X"), "rapportageproces") is None  # no plaat yet


def test_sessions_are_dated_today_unless_a_date_is_given():
    trajectory = new_trajectory("design-thinking-lean", "CBS De Borgstee")
    (today,) = add_next_sessions(trajectory, board_id="procesplaat-1")
    assert today.date == datetime.date.today().isoformat()
    (given,) = add_next_sessions(trajectory, board_id="procesplaat-2", date="2017-10-09")
    assert given.date == "2017-10-09"
    with pytest.raises(InvalidArgumentError, match="JJJJ-MM-DD"):
        add_next_sessions(trajectory, board_id="zelfevaluatie", date="9-10-2017")


def test_the_board_the_facilitator_edited_is_used_instead_of_the_template():
    trajectory = new_trajectory("design-thinking-lean", "CBS De Borgstee")
    edited = load_template("procesplaat-1")
    edited.zones[0].label = "Lessen voorbereiden"
    (session,) = add_next_sessions(trajectory, board=edited)
    assert session.board.zones[0].label == "Lessen voorbereiden"
    assert session.board is not edited  # a snapshot
    with pytest.raises(InvalidArgumentError, match="niet het bord 'procesplaat-2'"):
        add_next_sessions(trajectory, board_id="procesplaat-2", board=load_template("procesplaat-1"))
