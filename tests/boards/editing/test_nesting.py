"""Which part belongs to which, and what comes along when parts move (no Qt)."""

from __future__ import annotations

from dataclasses import replace

from boards.editing import (
    MAX_NESTING_DEPTH,
    carried_along,
    element_key,
    group_key,
    loosen_nesting,
    moved_objects,
    nesting_depth,
    placed_objects,
    zone_key,
)
from boards.geometry import Rect
from boards.model import Zone, ZoneKind


def test_a_heading_carries_its_zones_and_what_is_nested_in_them(small_board):
    assert carried_along(small_board, [group_key("kop")]) == [
        zone_key("links"),
        zone_key("rechts"),
        zone_key("binnen"),
        zone_key("kern"),
    ]


def test_a_zone_carries_what_is_nested_in_it_at_every_depth(small_board):
    assert carried_along(small_board, [zone_key("links")]) == [zone_key("binnen"), zone_key("kern")]
    assert carried_along(small_board, [zone_key("binnen")]) == [zone_key("kern")]
    assert carried_along(small_board, [zone_key("links"), zone_key("kern")]) == [zone_key("binnen")]
    assert carried_along(small_board, [zone_key("los"), element_key("noot")]) == []


def test_a_zone_moved_out_of_its_parent_is_no_longer_nested(small_board):
    kern = small_board.zone("kern")
    after = loosen_nesting(small_board, {zone_key("kern"): replace(kern, rect=kern.rect.moved(300, 0))})
    assert after[zone_key("kern")].parent is None
    inside = loosen_nesting(small_board, {zone_key("kern"): replace(kern, rect=kern.rect.moved(5, 5))})
    assert inside[zone_key("kern")].parent == "binnen"


def test_zones_left_behind_by_their_parent_are_no_longer_nested(small_board):
    binnen = small_board.zone("binnen")
    after = loosen_nesting(small_board, {zone_key("binnen"): replace(binnen, rect=binnen.rect.moved(0, 150))})
    assert after[zone_key("kern")].parent is None
    assert after[zone_key("kern")].rect == small_board.zone("kern").rect
    assert after[zone_key("binnen")].parent is None  # and it left "links" too


def test_moved_objects_round_and_keep_nesting_valid(small_board):
    after = moved_objects(small_board, [zone_key("links"), zone_key("binnen"), zone_key("kern")], 10.004, -5)
    assert after[zone_key("links")].rect == Rect(50, 95, 200, 200)
    assert after[zone_key("kern")].parent == "binnen"  # moved together: still nested
    alone = moved_objects(small_board, [zone_key("binnen")], 200, 0)
    assert alone[zone_key("binnen")].parent is None and alone[zone_key("kern")].parent is None
    line = moved_objects(small_board, [element_key("lijn"), element_key("pijl")], 0, 10)
    assert list(line) == [element_key("lijn")]  # an arrow has no place of its own


def test_placed_objects_keep_nesting_valid(small_board):
    after = placed_objects(small_board, {zone_key("binnen"): Rect(60, 140, 30.123, 30)})
    assert after[zone_key("binnen")].rect == Rect(60, 140, 30.12, 30)
    assert after[zone_key("kern")].parent is None  # no longer inside the smaller "binnen"
    assert placed_objects(small_board, {zone_key("bestaat-niet"): Rect(0, 0, 1, 1)}) == {}


def test_nesting_depth_counts_the_zones_around_one(small_board):
    assert [nesting_depth(small_board, zone) for zone in small_board.zones] == [0, 0, 1, 2, 0]


def test_nesting_depth_stops_at_a_loop_of_parents(small_board):
    small_board.zones += [
        Zone("a", ZoneKind.CELL, Rect(0, 0, 1, 1), "A", parent="b"),
        Zone("b", ZoneKind.CELL, Rect(0, 0, 1, 1), "B", parent="a"),
    ]
    assert nesting_depth(small_board, small_board.zone("a")) == MAX_NESTING_DEPTH
