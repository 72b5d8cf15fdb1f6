"""A new part goes into free space near where the user looks, never on top of other parts."""

from __future__ import annotations

from boards.editing.placing import GAP_MM, free_spot, occupied_rects
from boards.geometry import Point, Rect
from boards.model import Board, Holds, Zone, ZoneKind
from boards.paper import Orientation, Paper
from boards.readback import frame_width_mm
from boards.templates import load_template


def _board(*rects: Rect) -> Board:
    paper = Paper.a_series("A2", Orientation.LANDSCAPE)  # 594 × 420
    zones = [Zone(f"z{index}", ZoneKind.CELL, rect, f"Zone {index}", holds=Holds()) for index, rect in enumerate(rects)]
    return Board(id="leeg", title="Leeg", paper=paper, zones=zones)


def test_an_empty_spot_is_taken_as_wanted():
    board = _board()
    assert free_spot(board, 100, 60, Point(297, 210)) == Rect(245, 180, 100, 60)


def test_a_taken_spot_moves_to_the_nearest_free_one():
    middle = Rect(200, 150, 200, 120)
    board = _board(middle)
    spot = free_spot(board, 100, 60, Point(300, 210))
    assert spot is not None and (spot.width, spot.height) == (100, 60)
    assert not spot.overlaps(middle.inset(-GAP_MM + 0.01))
    frame = frame_width_mm(board.width_mm, board.height_mm)
    assert board.bounds.inset(frame).contains_rect(spot)
    # near: right beside the zone, the gap (on the 5 mm grid) between them
    gaps = (middle.x - spot.right, spot.x - middle.right, middle.y - spot.bottom, spot.y - middle.bottom)
    assert min(gap for gap in gaps if gap >= 0) <= GAP_MM + 5
    assert spot.x % 5 == 0 and spot.y % 5 == 0


def test_new_zones_never_cover_a_part_they_are_not_inside_of():
    board = load_template("ideeen-genereren")
    for _ in range(4):
        spot = free_spot(board, 150, 90, Point(board.width_mm / 2, board.height_mm / 2))
        assert spot is not None
        inside = [rect for rect in occupied_rects(board) if rect.contains_rect(spot)]
        assert len(inside) <= 1
        assert not any(spot.overlaps(rect) for rect in occupied_rects(board) if rect not in inside)
        board.zones.append(Zone(f"n{len(board.zones)}", ZoneKind.CELL, spot, "Nieuw", holds=Holds()))


def test_a_board_without_any_room_has_no_spot():
    cells = [Rect(x, y, 28, 28) for x in range(0, 594, 30) for y in range(0, 420, 30)]  # small cells everywhere
    assert free_spot(_board(*cells), 100, 60, Point(297, 210)) is None


def test_on_a_full_board_a_new_zone_goes_inside_one_zone_below_its_label():
    board = load_template("ideeen-genereren")
    centre = Point(board.width_mm / 2, board.height_mm / 2)
    spot = free_spot(board, 160, 100, centre)
    assert spot is not None
    holders = [zone for zone in board.zones if zone.rect.contains_rect(spot)]
    assert len(holders) == 1  # inside one quadrant, not across two
    (holder,) = holders
    assert spot.y >= holder.rect.y + max(12.0, holder.rect.height * 0.25)  # its label stays readable
    others = [rect for rect in occupied_rects(board) if rect != holder.rect and not rect.contains_rect(holder.rect)]
    assert not any(spot.overlaps(rect) for rect in others)
    assert spot.width % 5 == 0 and spot.height % 5 == 0 and spot.width <= 160
