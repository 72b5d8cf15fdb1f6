"""Editor geometry without Qt: snapping, aligning, distributing, resizing, the clipboard, ids."""

from __future__ import annotations

import pytest

from boards.editing import paste_objects
from boards.geometry import Point, Rect
from boards.model import ConnectorElement, Zone, ZoneKind
from desktop.editor.operations import (
    align_rects,
    clipboard_json,
    distribute_rects,
    parse_clipboard,
    resize_rect,
    snap_rect_move,
)


def test_snap_prefers_a_nearby_edge_over_the_grid():
    moving = Rect(0, 0, 50, 20)
    other = Rect(103, 40, 30, 30)
    # Right edge would land at 101: it snaps onto the other's left edge (103) within 3 mm.
    assert snap_rect_move(moving, 51, 10, [other], grid=5, tolerance=3) == (53, 10)
    # Far from every edge: left/top go to the 5 mm grid.
    assert snap_rect_move(moving, 12.4, 7.6, [other], grid=5, tolerance=3) == (10, 10)


def test_align_and_distribute():
    rects = {"a": Rect(0, 0, 10, 10), "b": Rect(30, 5, 20, 10), "c": Rect(90, 12, 10, 10)}
    assert {r.y for r in align_rects(rects, "top").values()} == {0}
    assert {r.right for r in align_rects(rects, "right").values()} == {100}
    assert {r.center.x for r in align_rects(rects, "hcenter").values()} == {50}
    spread = distribute_rects(rects, horizontal=True)
    gaps = [spread["b"].x - spread["a"].right, spread["c"].x - spread["b"].right]
    assert gaps[0] == pytest.approx(gaps[1]) == pytest.approx(30)
    assert spread["a"] == rects["a"] and spread["c"] == rects["c"]
    assert align_rects({"a": rects["a"]}, "left") == {"a": rects["a"]}


def test_resize_from_each_handle_keeps_a_minimum_size():
    rect = Rect(10, 10, 100, 50)
    assert resize_rect(rect, "se", Point(150, 90)) == Rect(10, 10, 140, 80)
    assert resize_rect(rect, "nw", Point(0, 0)) == Rect(0, 0, 110, 60)
    assert resize_rect(rect, "e", Point(-500, 0), minimum=5) == Rect(10, 10, 5, 50)
    assert resize_rect(rect, "n", Point(0, 30)) == Rect(10, 30, 100, 30)


def test_clipboard_round_trip_and_paste_with_fresh_ids(procesplaat):
    zones = procesplaat.zones[:2]
    arrow = ConnectorElement("pijl", zones[0].id, zones[1].id)
    text = clipboard_json(zones, [], [arrow])
    parsed = parse_clipboard(text)
    assert parsed is not None and parsed[0] == zones and parsed[2] == [arrow]
    assert parse_clipboard("gewone tekst") is None
    assert parse_clipboard('{"format": "iets anders"}') is None
    taken = set(procesplaat.all_ids())

    def new_id(base, extra):
        number = 2
        while f"{base}-{number}" in taken | extra:
            number += 1
        return f"{base}-{number}"

    zones_in, groups_in, elements_in, bundles_in = parsed
    pasted = paste_objects(procesplaat, zones_in, groups_in, elements_in, new_id, 10, bundles_in)
    new_zones = [value for key, value in pasted.items() if key.startswith("zone:")]
    new_arrow = next(value for key, value in pasted.items() if key.startswith("element:"))
    assert {zone.id for zone in new_zones}.isdisjoint(taken)
    assert {new_arrow.source, new_arrow.target} == {zone.id for zone in new_zones}
    assert new_zones[0].rect == zones[0].rect.moved(10, 10)
    assert all(zone.group == zones[0].group for zone in new_zones)  # the group exists on the board


def test_new_ids_are_unique_slugs(procesplaat):
    from desktop.document import BoardDocument

    document = BoardDocument(procesplaat)
    assert document.new_id("Nieuwe zone!") == "nieuwe-zone"
    existing = procesplaat.zones[0].id
    assert document.new_id(existing) == f"{existing}-2"
    assert document.new_id("", {"zone"}) == "zone-2"


def test_document_undo_restores_list_positions(procesplaat):
    from boards.editing import zone_key
    from desktop.document import BoardDocument

    document = BoardDocument(procesplaat)
    order = [zone.id for zone in document.board.zones]
    document.apply("weg", {zone_key(order[3]): None, zone_key(order[7]): None})
    assert len(document.board.zones) == len(order) - 2
    document.undo_stack.undo()
    assert [zone.id for zone in document.board.zones] == order
    document.undo_stack.redo()
    assert order[3] not in [zone.id for zone in document.board.zones]
    new = Zone("extra", ZoneKind.CELL, Rect(1, 1, 10, 10), "Extra")
    document.apply("erbij", {zone_key("extra"): new})
    assert document.board.zones[-1] == new
    assert document.dirty
