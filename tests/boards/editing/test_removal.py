"""What goes or changes with a removed part (no Qt)."""

from __future__ import annotations

from boards.editing import element_key, group_key, removal, zone_key


def test_an_arrow_goes_with_the_zone_at_either_end(small_board):
    after = removal(small_board, [zone_key("rechts")])
    assert after[zone_key("rechts")] is None
    assert after[element_key("pijl")] is None
    assert element_key("naar-noot") not in after


def test_an_arrow_goes_with_the_text_box_it_starts_at(small_board):
    after = removal(small_board, [element_key("noot")])
    assert after == {element_key("noot"): None, element_key("naar-noot"): None}


def test_zones_under_a_removed_heading_stay_without_a_group(small_board):
    after = removal(small_board, [group_key("kop")])
    assert after[group_key("kop")] is None
    assert after[zone_key("links")].group is None and after[zone_key("rechts")].group is None
    assert after[zone_key("links")].rect == small_board.zone("links").rect
    assert zone_key("los") not in after


def test_what_lies_on_a_removed_zone_goes_with_it(small_board):
    after = removal(small_board, [zone_key("binnen")])
    assert after[zone_key("kern")] is None  # nested in it, and lying on it
    assert zone_key("links") not in after  # the outer zone is not touched
    everything = removal(small_board, [zone_key("links")])
    assert everything[zone_key("binnen")] is None and everything[zone_key("kern")] is None
    assert everything[element_key("pijl")] is None


def test_removal_leaves_the_board_as_it_is(small_board):
    removal(small_board, [zone_key("links"), group_key("kop")])
    assert small_board.zone("links") is not None and small_board.zone("rechts").group == "kop"
