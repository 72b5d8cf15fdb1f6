"""``Board.zones_at`` (many points at once, as a photo's dots are placed in zones) gives what ``zone_at`` gives
point by point: nested zones, ellipses, points on an edge, points outside every zone."""

from __future__ import annotations

import numpy as np

from boards.templates import load_template
from tests.support.design import styled_board


def _points(board) -> list[tuple[float, float]]:
    """A grid over the board, every zone's corners and edges' middles (on its box exactly), a few points off it."""
    xs, ys = np.linspace(-5, board.width_mm + 5, 61), np.linspace(-5, board.height_mm + 5, 47)
    points = [(float(x), float(y)) for x in xs for y in ys]
    for zone in board.zones:
        r = zone.rect
        points += [(r.x, r.y), (r.right, r.bottom), (r.x + r.width / 2, r.y), (r.x, r.y + r.height / 2)]
        points += [(r.x + r.width / 2, r.y + r.height / 2), (np.float32(r.x + 1.25), np.float64(r.y + 0.5))]
    return points


def test_zones_at_is_zone_at_point_by_point():
    for board in (styled_board(), load_template("vsm-schema"), load_template("procesplaat-1")):
        points = _points(board)
        expected = [board.zone_at(x, y) for x, y in points]
        assert board.zones_at(points) == expected
        found = {zone.id for zone in expected if zone is not None}
        assert len(found) >= min(3, len(board.zones)) and None in expected


def test_nested_zones_and_ellipses_count_as_zone_at_says():
    board = load_template("vsm-schema")
    inner = next(zone for zone in board.zones if zone.parent)
    centre = (inner.rect.x + inner.rect.width / 2, inner.rect.y + inner.rect.height / 2)
    assert board.zones_at([centre]) == [inner]  # (the innermost wins over its parent)
    styled = styled_board()
    assert styled.zones_at([(42, 192), (80, 220)]) == [None, styled.zone("rond")]  # (the ellipse's shape, not box)
    assert styled.zones_at([]) == []
