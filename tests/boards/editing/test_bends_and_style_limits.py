"""Bends of an arrow, the named style a selection is in, and the limits of the numbers a look may have."""

from __future__ import annotations

import json
from dataclasses import replace

from boards.connectors import bend_spots, connector_path, connector_points, control_points
from boards.editing import (
    MAX_BENDS,
    bend_added,
    bend_moved,
    bend_removed,
    common_named_style,
    named_styled_objects,
    style_problem,
    zone_key,
)
from boards.editing.style import FONT_SIZE_PT, LINE_WIDTH_MM
from boards.fileformat import dumps_board, loads_board
from boards.geometry import Point
from boards.model import ConnectorElement
from boards.styles import named_style
from resources import resource_path
from tests.support.design import styled_board


def _arrow(board):
    return board.element("pijl")


def test_bends_are_added_moved_and_removed_on_the_paper_to_a_hundredth_mm():
    board = styled_board()
    arrow = _arrow(board)  # one bend at (200, 255)
    added = bend_added(board, arrow, 0, Point(150.123, 990))
    assert added.waypoints == (Point(150.12, board.height_mm), Point(200, 255))  # kept on the paper
    moved = bend_moved(board, added, 1, Point(-5, 100))
    assert moved.waypoints[1] == Point(0, 100)
    assert bend_moved(board, added, 7, Point(1, 1)) == added  # no such bend: nothing changes
    assert bend_removed(moved, 0).waypoints == (Point(0, 100),)
    assert bend_removed(moved).waypoints == ()
    board.elements = [moved if element.id == "pijl" else element for element in board.elements]
    assert loads_board(dumps_board(board)).element("pijl").waypoints == moved.waypoints


def test_no_more_bends_than_the_file_format_takes():
    board = styled_board()
    full = replace(_arrow(board), waypoints=tuple(Point(100 + i, 260) for i in range(MAX_BENDS)))
    assert bend_added(board, full, 3, Point(10, 10)) is full
    schema = json.loads(resource_path("schema", "board.schema.json").read_text(encoding="utf-8"))
    rules = schema["$defs"]["element"]["allOf"]
    connector = next(rule["then"] for rule in rules if rule["if"]["properties"]["type"]["const"] == "connector")
    assert connector["properties"]["waypoints"]["maxItems"] == MAX_BENDS


def test_a_new_bend_can_be_pulled_out_of_every_leg():
    board = styled_board()
    arrow = _arrow(board)
    path = connector_points(board, arrow)
    spots = bend_spots(arrow, path)
    assert [place for place, _ in spots] == [0, 1]  # before and after its one bend
    controls = control_points(arrow, path)
    assert controls[1] == Point(200, 255)
    # Pulling the second spot out puts the new bend after the old one: the arrow runs through both in order.
    place, point = spots[1]
    shaped = bend_added(board, arrow, place, Point(point.x, point.y + 20))
    new_path = connector_path(shaped, board.zone("goed").rect, board.zone("acties").rect)
    assert new_path.index(Point(200, 255)) < new_path.index(shaped.waypoints[1])
    # A routed arrow (no bends) has one leg.
    straight = ConnectorElement("p2", "rond", "cirkel")
    assert len(bend_spots(straight, connector_points(board, straight))) == 1


def test_the_named_style_a_selection_is_in():
    board = styled_board()
    keys = [zone_key("beter"), zone_key("acties")]
    assert common_named_style([board.zone("beter"), board.zone("acties")]) is None
    for key, value in named_styled_objects(board, keys, named_style("groen")).items():
        board.zones = [value if zone_key(zone.id) == key else zone for zone in board.zones]
    assert common_named_style([board.zone("beter"), board.zone("acties")]) == "groen"
    assert common_named_style([board.zone("beter"), board.zone("goed")]) is None
    assert common_named_style([board.element("ster")]) is None  # a symbol takes no named style


def test_text_sizes_and_line_widths_within_what_the_file_format_takes():
    assert style_problem(font_size_pt=None) is None  # fitted
    assert style_problem(font_size_pt=12) is None
    assert "2 tot 400 pt" in str(style_problem(font_size_pt=1))
    assert "0.1 tot 20 mm" in str(style_problem(line_width_mm=25))
    assert style_problem(fill="#ffffff") is None
    schema = json.loads(resource_path("schema", "board.schema.json").read_text(encoding="utf-8"))["$defs"]
    assert schema["text_style"]["properties"]["size_pt"]["minimum"] <= FONT_SIZE_PT[0]
    assert schema["text_style"]["properties"]["size_pt"]["maximum"] >= FONT_SIZE_PT[1]
    assert schema["line_style"]["properties"]["width_mm"]["maximum"] >= LINE_WIDTH_MM[1]
