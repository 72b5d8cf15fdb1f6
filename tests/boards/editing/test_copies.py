"""What copies take along and refer to, and the ids of new parts (no Qt)."""

from __future__ import annotations

from boards.editing import (
    clamp_move,
    copied_parts,
    element_key,
    group_key,
    new_object_id,
    paste_objects,
    slug,
    zone_key,
)
from boards.geometry import Rect
from boards.model import ConnectorElement


def test_clamp_keeps_the_rect_on_the_paper():
    assert clamp_move(Rect(10, 10, 50, 50), -30, 500, Rect(0, 0, 200, 100)) == (-10, 40)


def test_a_copy_takes_the_arrows_between_the_copied_parts(small_board):
    zones, groups, elements, _ = copied_parts(small_board, [zone_key("links"), zone_key("rechts"), group_key("kop")])
    # what lies on "links" (the zones nested in it) comes along
    assert [zone.id for zone in zones] == ["links", "rechts", "binnen", "kern"]
    assert [group.id for group in groups] == ["kop"]
    assert [element.id for element in elements] == ["pijl"]
    alone = copied_parts(small_board, [zone_key("los")]).elements
    assert alone == []  # the arrow from "noot" stays: its other end is not copied
    both = copied_parts(small_board, [element_key("naar-noot"), element_key("noot"), zone_key("los")]).elements
    assert [element.id for element in both] == ["naar-noot", "noot"]  # not twice


def test_pasted_copies_get_new_ids_and_refer_to_each_other(small_board):
    zones, groups, elements, _ = copied_parts(small_board, [group_key("kop"), zone_key("links"), zone_key("binnen")])
    pasted = paste_objects(
        small_board, zones, groups, elements, lambda base, taken: new_object_id(small_board, base, taken), 10
    )
    assert set(pasted) == {group_key("kop-2"), zone_key("links-2"), zone_key("binnen-2"), zone_key("kern-2")}
    assert pasted[zone_key("links-2")].group == "kop-2"  # the pasted heading
    assert pasted[zone_key("binnen-2")].parent == "links-2"  # nested in the pasted zone
    assert pasted[zone_key("links-2")].rect == small_board.zone("links").rect.moved(10, 10)
    alone = paste_objects(small_board, [small_board.zone("kern")], [], [], lambda base, taken: base + "-x", 10)
    assert alone[zone_key("kern-x")].parent is None  # its parent was not pasted


def test_paste_drops_arrows_to_missing_objects(procesplaat):
    arrow = ConnectorElement("pijl", "bestaat-niet", procesplaat.zones[0].id)
    pasted = paste_objects(procesplaat, [], [], [arrow], new_id=lambda base, extra: base + "-x", offset=10)
    assert pasted == {}


def test_new_ids_are_unique_slugs(small_board):
    assert slug("Nieuwe zone!") == "nieuwe-zone" and slug("Ideeën") == "idee-n" and slug("!!") == ""
    assert new_object_id(small_board, "Nieuwe zone!") == "nieuwe-zone"
    assert new_object_id(small_board, "links") == "links-2"
    assert new_object_id(small_board, "", {"zone", "zone-2"}) == "zone-3"
    assert len(slug("x" * 100)) == 40
