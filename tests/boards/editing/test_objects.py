"""Parts of a board by key, and change sets written and put back in place (no Qt)."""

from __future__ import annotations

from boards.editing import (
    HEADER_KEY,
    LEGEND_KEY,
    element_key,
    get_object,
    group_key,
    key_for_id,
    object_keys,
    object_rect,
    put_objects,
    snapshot,
    split_key,
    with_rect,
    zone_key,
)
from boards.geometry import Point, Rect
from boards.model import Zone, ZoneKind


def test_keys_name_every_part(small_board):
    keys = object_keys(small_board)
    assert keys[:5] == [zone_key(zone.id) for zone in small_board.zones]
    assert group_key("kop") in keys and element_key("lijn") in keys
    assert keys[-2:] == [HEADER_KEY, LEGEND_KEY]
    assert split_key("zone:links") == ("zone", "links") and split_key(HEADER_KEY) == ("header", "")
    assert key_for_id(small_board, "kop") == "group:kop"
    assert key_for_id(small_board, "noot") == "element:noot"
    assert key_for_id(small_board, "bestaat-niet") is None
    assert get_object(small_board, HEADER_KEY) == small_board.header
    assert get_object(small_board, zone_key("bestaat-niet")) is None


def test_a_change_set_put_back_restores_list_places(small_board):
    order = [zone.id for zone in small_board.zones]
    change = {
        zone_key("rechts"): None,
        zone_key("kern"): None,
        zone_key("extra"): Zone("extra", ZoneKind.CELL, Rect(1, 1, 9, 9), "Extra"),
    }
    before = snapshot(small_board, change)
    put_objects(small_board, {key: (before[key][0], value) for key, value in change.items()})
    assert [zone.id for zone in small_board.zones] == ["links", "binnen", "los", "extra"]
    put_objects(small_board, before)
    assert [zone.id for zone in small_board.zones] == order


def test_put_objects_copies_what_it_is_given(small_board):
    header = Rect(10, 10, 100, 30)
    values = {HEADER_KEY: (0, header), LEGEND_KEY: (0, None)}
    put_objects(small_board, values)
    assert small_board.header == header and small_board.legend is None
    zone = Zone("nieuw", ZoneKind.CELL, Rect(1, 1, 9, 9), "Nieuw")
    put_objects(small_board, {zone_key("nieuw"): (-1, zone)})
    zone.label = "later veranderd"
    assert small_board.zone("nieuw").label == "Nieuw"
    assert small_board.zones[-1].id == "nieuw"


def test_object_rect_and_with_rect_of_a_line_move_both_ends(small_board):
    line = small_board.element("lijn")
    assert object_rect(line) == Rect(40, 320, 200, 0)
    moved = with_rect(line, Rect(50, 300, 200, 0))
    assert (moved.start, moved.end) == (Point(50, 300), Point(250, 300))
    assert object_rect(small_board.header) == small_board.header
    assert object_rect(small_board.element("pijl")) is None  # an arrow follows its ends


def test_any_change_set_put_back_gives_the_board_as_it_was(procesplaat):
    import copy
    import random

    from boards.editing import with_rect

    original = copy.deepcopy(procesplaat)
    keys = object_keys(procesplaat)
    chooser = random.Random(4)
    for _ in range(20):
        chosen = chooser.sample(keys, 12)
        change = {}
        for key in chosen:
            value = get_object(procesplaat, key)
            rect = object_rect(value)
            change[key] = None if chooser.random() < 0.5 or rect is None else with_rect(value, rect.moved(3, 4))
        before = snapshot(procesplaat, change)
        put_objects(procesplaat, {key: (before[key][0], value) for key, value in change.items()})
        assert procesplaat != original
        put_objects(procesplaat, before)
        assert procesplaat == original
