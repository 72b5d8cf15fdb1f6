"""Tiling geometry and read-back marker layouts (pure mm arithmetic)."""

from __future__ import annotations

import math

import pytest

from boards.errors import InvalidArgumentError
from boards.paper import Paper
from boards.readback import (
    PrintInfo,
    frame_width_mm,
    marker_size_mm,
    poster_layout,
    quiet_zone_mm,
    tiled_layout,
)
from boards.tiling import tile_grid, tile_label


def test_a0_on_a4_portrait_counts_and_overlap():
    grid = tile_grid(841, 1189, Paper.a_series("A4"), overlap_mm=10, margin_mm=5)
    # window 200 x 280 mm, step 190 x 270 → 5 columns, 5 rows
    assert (grid.window_width_mm, grid.window_height_mm) == (200, 280)
    assert (grid.cols, grid.rows) == (5, 5)
    assert grid.count == 25
    first, second = grid.tile(0, 0), grid.tile(0, 1)
    assert second.window.x - first.window.x == pytest.approx(190)
    assert first.window.right - second.window.x == pytest.approx(10)  # the overlap
    last = grid.tile(4, 4)
    assert last.window.right == pytest.approx(841)
    assert last.window.bottom == pytest.approx(1189)
    assert last.label == "E5"


def test_visible_parts_cover_poster_without_gaps():
    grid = tile_grid(1189, 841, Paper.a_series("A3", "landscape"), overlap_mm=15)
    area = sum(tile.visible.area for tile in grid.tiles)
    assert area == pytest.approx(1189 * 841)


def test_neighbours_and_labels():
    grid = tile_grid(900, 2000, Paper.a_series("A4"))
    assert grid.neighbours(grid.tile(0, 0)) == {"down": "B1", "right": "A2"}
    assert set(grid.neighbours(grid.tile(1, 1))) == {"up", "down", "left", "right"}
    assert tile_label(26, 0) == "AA1"


def test_overlap_larger_than_tile_is_refused():
    with pytest.raises(InvalidArgumentError, match="overlap van 150 mm is te groot"):
        tile_grid(841, 1189, Paper.a_series("A4"), overlap_mm=150)
    with pytest.raises(InvalidArgumentError, match="0 mm of meer"):
        tile_grid(841, 1189, Paper.a_series("A4"), overlap_mm=-1)


def test_small_poster_is_one_tile():
    grid = tile_grid(150, 200, Paper.a_series("A4"))
    assert grid.count == 1
    assert grid.tile(0, 0).visible.width == 150


def test_poster_markers_sit_in_the_frame_at_corners():
    layout = poster_layout(1189, 841)
    frame = frame_width_mm(1189, 841)
    half = layout.size_mm / 2
    ids = [marker.id for marker in layout.markers]
    assert ids == list(range(len(ids)))
    for marker in layout.markers:
        near_edge = min(marker.x, marker.y, 1189 - marker.x, 841 - marker.y)
        assert near_edge + half <= frame
        assert near_edge - half >= 5  # printer-safe distance
    c = 5 + quiet_zone_mm(layout.size_mm) + half
    for x, y in ((c, c), (1189 - c, c), (1189 - c, 841 - c), (c, 841 - c)):
        assert any(math.isclose(m.x, x) and math.isclose(m.y, y) for m in layout.markers), (x, y)


def test_marker_size_grows_with_the_board():
    assert marker_size_mm(210, 297) < marker_size_mm(594, 841) < marker_size_mm(841, 1189)


def test_without_the_board_only_the_frame_holds_markers():
    """Given only the paper, a tiled layout keeps to the frame: the edge sheets get markers, the middle none."""
    for sheet in (Paper.a_series("A4"), Paper.a_series("A3", "landscape")):
        grid = tile_grid(841, 1189, sheet)
        layout = tiled_layout(grid)
        frame = frame_width_mm(841, 1189)
        ids = [marker.id for marker in layout.markers]
        assert len(ids) == len(set(ids))
        for marker in layout.markers:
            rect = layout.rect(marker)
            assert min(rect.x, rect.y, 841 - rect.right, 1189 - rect.bottom) < frame
        for tile in grid.tiles:
            inside = [m for m in layout.markers if tile.visible.contains_rect(layout.rect(m))]
            if tile.row in (0, grid.rows - 1) or tile.col in (0, grid.cols - 1):
                assert len(inside) >= 2, tile.label


def test_markers_sized_to_fit_a_gap():
    """A gap too narrow for a frame-sized marker gets a smaller one, quiet zone and clearance included."""
    from boards.geometry import Rect
    from boards.model import Board, Zone, ZoneKind
    from boards.readback import marker_area

    paper = Paper.a_series("A3", "landscape")
    frame = frame_width_mm(paper.width_mm, paper.height_mm)
    inner = Rect(frame, frame, paper.width_mm - 2 * frame, paper.height_mm - 2 * frame)
    gap = 14.0
    half = (inner.width - gap) / 2
    board = Board(
        id="kier",
        title="Kier",
        paper=paper,
        zones=[
            Zone("l", ZoneKind.CELL, Rect(inner.x, inner.y, half, inner.height), "L"),
            Zone("r", ZoneKind.CELL, Rect(inner.x + half + gap, inner.y, half, inner.height), "R"),
        ],
    )
    grid = tile_grid(paper.width_mm, paper.height_mm, Paper.a_series("A4", "landscape"))
    layout = tiled_layout(grid, board)
    in_gap = [m for m in layout.markers if inner.x + half < m.x < inner.x + half + gap]
    assert in_gap and all(layout.size_of(m) < layout.size_mm for m in in_gap)
    for marker in in_gap:
        area = marker_area(layout, marker)
        assert area.x >= inner.x + half + 1 - 1e-6 and area.right <= inner.x + half + gap - 1 + 1e-6


def test_print_info_round_trip_and_layout():
    info = PrintInfo("procesplaat-1", 3, session="AK-24", scale=0.5, tile_sheet="A4P", overlap_mm=10, margin_mm=5)
    decoded = PrintInfo.decode(info.encode())
    assert decoded == info
    layout = decoded.layout_in_board_mm(Paper.a_series("A0", "landscape"))  # paper only: the frame
    # markers were laid out on the half-size poster; in board mm they double
    assert layout.size_mm == pytest.approx(marker_size_mm(594.5, 420.5) * 2)
    assert all(0 <= m.x <= 1189 and 0 <= m.y <= 841 for m in layout.markers)


def test_print_info_rejects_foreign_codes():
    with pytest.raises(ValueError):
        PrintInfo.decode("https://example.org")
    assert math.isclose(PrintInfo.decode("BP1;b=x;v=1").scale, 1.0)
