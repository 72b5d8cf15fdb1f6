"""The editing rules of designing one's own boards: contents, bundles, locks, turning, stacking, tables, style."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from boards.connectors import connector_path, label_point
from boards.editing import (
    MIXED,
    bundle_key,
    carried_along,
    common_values,
    contents,
    copied_parts,
    drawing_order,
    duplicate_offset,
    element_key,
    group_key,
    grouping,
    moved_objects,
    new_object_id,
    paste_objects,
    placed_objects,
    placement_problem,
    put_objects,
    removal,
    rotated_objects,
    stack_level,
    styled_objects,
    table_zones,
    to_back,
    to_front,
    ungrouping,
    with_bundles,
    zone_key,
)
from boards.editing.style import named_styled_objects
from boards.errors import InvalidArgumentError
from boards.geometry import Point, Rect
from boards.model import ConnectorElement, Shape, Zone, ZoneKind
from boards.styles import named_style
from tests.support.design import styled_board


def _new_id(board):
    return lambda base, taken: new_object_id(board, base, taken)


def test_what_lies_on_a_zone_belongs_to_it():
    board = styled_board()
    assert contents(board, ["goed"]) == [element_key("noot-goed")]
    assert contents(board, ["beter"]) == [element_key("ster")]
    assert element_key("noot-goed") in carried_along(board, [zone_key("goed")])


def test_moving_a_zone_takes_its_contents_along_as_one_change():
    board = styled_board()
    keys = [zone_key("goed"), *carried_along(board, [zone_key("goed")])]
    after = moved_objects(board, keys, 0, 5)
    assert after[element_key("noot-goed")].rect == board.element("noot-goed").rect.moved(0, 5)


def test_duplicating_a_column_copies_its_contents_beside_it():
    board = styled_board()
    parts = copied_parts(board, [zone_key("beter")])
    assert [zone.id for zone in parts.zones] == ["beter"] and [e.id for e in parts.elements] == ["ster"]
    rects = [board.zone("beter").rect]
    occupied = [zone.rect for zone in board.zones if zone.id != "beter"]
    # no free spot of that size around it (the paper ends below): beside it on the paper
    assert duplicate_offset(board, rects, 5.0, occupied) == (110.0, 0.0)
    board.zones = [zone for zone in board.zones if zone.id in ("goed", "beter")]
    dx, dy = duplicate_offset(board, rects, 5.0, [board.zone("goed").rect])
    assert (dx, dy) == (110.0, 0.0)  # the next column, one grid step apart
    pasted = paste_objects(board, *parts[:3], _new_id(board), 10, parts.bundles, delta=(dx, dy))
    new_zone = next(value for key, value in pasted.items() if key.startswith("zone:"))
    new_star = next(value for key, value in pasted.items() if key.startswith("element:"))
    assert new_zone.rect == board.zone("beter").rect.moved(110, 0)
    assert new_star.rect == board.element("ster").rect.moved(110, 0)


def test_deleting_a_zone_deletes_its_contents():
    board = styled_board()
    after = removal(board, [zone_key("goed")])
    assert after[element_key("noot-goed")] is None
    assert after[element_key("pijl")] is None  # its arrow too


def test_locked_parts_are_not_moved_removed_or_carried():
    board = styled_board()
    board.elements[0] = replace(board.elements[0], locked=True)  # noot-goed
    assert element_key("noot-goed") not in carried_along(board, [zone_key("goed")])
    assert removal(board, [element_key("noot-goed")]) == {}
    assert moved_objects(board, [element_key("noot-goed")], 5, 5) == {}
    assert placed_objects(board, {element_key("noot-goed"): Rect(0, 0, 10, 10)}) == {}


def test_grouping_and_ungrouping():
    board = styled_board()
    assert with_bundles(board, [element_key("logo")]) == [element_key("logo"), element_key("foto")]
    change = grouping(board, [element_key("foto"), zone_key("rond")], "groep-1")
    assert change == {bundle_key("groep-1"): replace(board.bundles[0], id="groep-1", members=("set", "rond"))}
    put_objects(board, {key: (-1, value) for key, value in change.items()})
    assert set(with_bundles(board, [zone_key("rond")])) == {zone_key("rond"), element_key("logo"), element_key("foto")}
    assert grouping(board, [element_key("logo"), element_key("foto")], "x") == {}  # already one unit
    assert ungrouping(board, [element_key("logo")]) == {bundle_key("groep-1"): None}  # the outermost one
    # removing a member dissolves a bundle left with one member, and its parent in turn
    after = removal(board, [element_key("logo")])
    assert after[element_key("foto")] is None  # the bundle goes as one


def test_a_bundle_left_with_one_member_is_dissolved():
    board = styled_board()
    from boards.editing.bundles import pruned_bundles

    assert pruned_bundles(board, {"foto"}) == {bundle_key("set"): None}


def test_a_copied_bundle_is_copied_with_new_members():
    board = styled_board()
    parts = copied_parts(board, [element_key("logo")])
    assert [e.id for e in parts.elements] == ["logo", "foto"] and [b.id for b in parts.bundles] == ["set"]
    pasted = paste_objects(board, *parts[:3], _new_id(board), 10, parts.bundles)
    assert pasted[bundle_key("set-2")].members == ("logo-2", "foto-2")


def test_turning_a_quarter_swaps_the_box_and_turns_the_text():
    board = styled_board()
    after = rotated_objects(board, [element_key("noot-goed")])
    text = after[element_key("noot-goed")]
    old = board.element("noot-goed").rect
    assert (text.rect.width, text.rect.height) == (old.height, old.width)
    assert text.rect.center == old.center and text.rotation == 90
    twice = rotated_objects(board, [element_key("noot-goed")], 2)
    assert twice[element_key("noot-goed")].rotation == 180 and twice[element_key("noot-goed")].rect == old
    line = rotated_objects(board, [element_key("streep")])[element_key("streep")]
    assert line.start.x == line.end.x  # a horizontal line turns upright


def test_turning_keeps_parts_on_the_paper_or_refuses():
    board = styled_board()
    wide = Zone("breed", ZoneKind.CELL, Rect(0, 0, 420, 50), "Breed")
    board.zones.append(wide)
    assert rotated_objects(board, [zone_key("breed")]) is None  # 420 mm does not stand on 297 mm paper
    board.zones[-1] = replace(wide, rect=Rect(0, 0, 200, 40))
    turned = rotated_objects(board, [zone_key("breed")])[zone_key("breed")]
    assert turned.rect.y >= 0 and turned.rect.height == 200


def test_bring_to_front_and_send_to_back_change_the_drawing_order():
    board = styled_board()
    order = [key for key, _ in drawing_order(board)]
    assert order.index(zone_key("goed")) < order.index(element_key("noot-goed"))  # texts lie on zones
    change = to_front(board, [zone_key("goed")])
    assert change[zone_key("goed")].z == 1
    put_objects(board, {key: (0, value) for key, value in change.items()})
    order = [key for key, _ in drawing_order(board)]
    assert order.index(zone_key("goed")) > order.index(element_key("noot-goed"))
    assert to_front(board, [zone_key("goed")])[zone_key("goed")].z == 1  # already on top: stays
    assert to_back(board, [element_key("logo")])[element_key("logo")].z == -1
    assert stack_level(board, board.zone("rond")) > stack_level(board, board.group("kop"))
    assert zone_key("hulp") not in [key for key, _ in drawing_order(board, printed_only=True)]


def test_nested_zones_lie_above_their_parent_and_later_zones_above_earlier_ones():
    board = styled_board()
    board.zones.insert(0, Zone("klein", ZoneKind.CELL, Rect(50, 70, 20, 20), "klein", parent="goed"))
    board.zones.insert(0, Zone("onder", ZoneKind.CELL, Rect(160, 70, 20, 20), "onder"))
    order = [key for key, _ in drawing_order(board)]
    assert order.index(zone_key("klein")) > order.index(zone_key("goed"))  # nested: above, though first in the list
    assert order.index(zone_key("onder")) < order.index(zone_key("beter"))  # not nested: the list decides


def test_a_table_of_zones_in_one_step():
    board = styled_board()
    zones = table_zones(board, Rect(20, 20, 300, 200), 3, 4, header_row=True, header_column=True, new_id=_new_id(board))
    values = list(zones.values())
    assert len(values) == 1 + 4 + 3 + 12
    headers = [zone for zone in values if not zone.holds.notes]
    columns = [zone.label for zone in headers if zone.kind is ZoneKind.COLUMN]
    assert columns == ["Kolom 1", "Kolom 2", "Kolom 3", "Kolom 4"]
    cells = [zone for zone in values if zone.holds.notes]
    assert len(cells) == 12 and all(Rect(20, 20, 300, 200).contains_rect(zone.rect) for zone in values)
    right = max(zone.rect.right for zone in values)
    assert right == pytest.approx(320, abs=0.2)
    with pytest.raises(InvalidArgumentError, match="te klein"):
        table_zones(board, Rect(20, 20, 100, 100), 20, 20, new_id=_new_id(board))
    with pytest.raises(InvalidArgumentError, match="buiten het papier"):
        table_zones(board, Rect(300, 20, 300, 100), 2, 2, new_id=_new_id(board))


def test_style_applies_to_a_mixed_selection():
    board = styled_board()
    keys = [zone_key("goed"), zone_key("beter"), element_key("noot-goed"), element_key("pijl"), group_key("kop")]
    common = common_values(board_value for board_value in (board.zone("goed"), board.zone("beter")))
    assert common["fill"] is MIXED and common["bold"] is True
    after = styled_objects(board, keys, fill="#ffffff", text_color="#1d3f66", line_color="#6e1a12")
    assert after[zone_key("goed")].fill == "#ffffff" and after[zone_key("goed")].text_style.color == "#1d3f66"
    assert after[zone_key("beter")].border.color == "#6e1a12"
    assert after[element_key("noot-goed")].color == "#1d3f66" and after[element_key("noot-goed")].fill == "#ffffff"
    assert after[element_key("pijl")].color == "#6e1a12" and after[group_key("kop")].fill == "#ffffff"
    circle = styled_objects(board, [zone_key("goed")], shape="circle")[zone_key("goed")]
    assert circle.shape is Shape.CIRCLE and circle.rect.width == circle.rect.height == 105
    named = named_styled_objects(board, [zone_key("beter"), element_key("noot-goed")], named_style("kop"))
    assert named[zone_key("beter")].fill == named_style("kop").fill
    assert named[element_key("noot-goed")].color == "#ffffff"


def test_an_impossible_place_is_refused_with_a_message():
    board = styled_board()
    message = placement_problem(board, Rect(380, 60, 105, 120))
    assert message is not None and "valt buiten het papier" in str(message) and "315" in str(message)
    assert placement_problem(board, Rect(315, 60, 105, 120)) is None
    assert "minstens" in str(placement_problem(board, Rect(10, 10, 0.5, 10)))


def test_a_circle_stays_a_circle_when_resized():
    board = styled_board()
    after = placed_objects(board, {zone_key("cirkel"): Rect(200, 190, 80, 50)})
    assert after[zone_key("cirkel")].rect == Rect(200, 190, 50, 50)


def test_an_ellipse_zone_takes_only_what_is_on_its_shape():
    board = styled_board()
    ellipse = board.zone("rond")  # 40..120 × 190..250
    assert ellipse.contains_point(80, 220) and not ellipse.contains_point(42, 192)
    assert board.zone_at(42, 192) is None


def test_arrow_paths_straight_through_waypoints_and_with_elbows():
    source, target = Rect(0, 0, 20, 20), Rect(100, 60, 20, 20)
    straight = connector_path(ConnectorElement("p", "a", "b"), source, target)
    assert len(straight) == 2
    via = connector_path(ConnectorElement("p", "a", "b", waypoints=(Point(50, 100),)), source, target)
    assert via[1] == Point(50, 100) and len(via) == 3
    elbow = connector_path(ConnectorElement("p", "a", "b", elbow=True), source, target)
    assert all(a.x == b.x or a.y == b.y for a, b in itertools.pairwise(elbow))  # right angles only
    assert elbow[0].x == pytest.approx(20) and elbow[-1].y == pytest.approx(60)  # out of the side, into the top
    middle = label_point(elbow)
    assert (middle.x, middle.y) == (pytest.approx(65), pytest.approx(10))  # the middle of the longest leg
    moved = moved_objects(styled_board(), [zone_key("goed"), zone_key("acties")], 5, 0)
    assert moved[element_key("pijl")].waypoints == (Point(205, 255),)  # both ends moved: waypoints too
