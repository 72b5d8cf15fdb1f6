"""A board on another paper: scaled along, or kept at its size (no Qt)."""

from __future__ import annotations

import pytest

from boards.editing import change_paper, scale_board
from boards.geometry import Point
from boards.paper import Orientation, Paper
from boards.readback import board_poster_layout


def test_scale_board_scales_every_rect(procesplaat):
    scaled = scale_board(procesplaat, 0.5, 0.5)
    assert scaled.zones[0].rect.width == pytest.approx(procesplaat.zones[0].rect.width / 2, abs=0.1)
    assert scaled.header.height == pytest.approx(procesplaat.header.height / 2, abs=0.1)
    assert procesplaat.zones[0].rect.width == 213.4  # the original is untouched


def test_scaled_along_the_content_fills_the_new_paper_as_before(small_board):
    paper = Paper.a_series("A1", Orientation.LANDSCAPE)  # 841 × 594, from 594 × 420
    sx, sy = 841 / 594, 594 / 420
    new = change_paper(small_board, paper, scale=True)
    assert new.paper == paper
    assert new.markers == board_poster_layout(paper)
    zone, old = new.zone("rechts").rect, small_board.zone("rechts").rect
    assert (zone.x, zone.width) == (round(old.x * sx, 1), round(old.width * sx, 1))
    assert (zone.y, zone.height) == (round(old.y * sy, 1), round(old.height * sy, 1))
    assert new.element("lijn").end == Point(240 * sx, 320 * sy)
    assert new.legend.rect.right == pytest.approx(small_board.legend.rect.right * sx, abs=0.1)
    assert small_board.paper == Paper.a_series("A2", Orientation.LANDSCAPE)  # the original is untouched


def test_kept_at_its_size_when_it_fits(small_board):
    paper = Paper.a_series("A1", Orientation.LANDSCAPE)
    new = change_paper(small_board, paper, scale=False)
    assert new.paper == paper
    assert [zone.rect for zone in new.zones] == [zone.rect for zone in small_board.zones]


def test_kept_content_shrinks_evenly_only_when_a_zone_would_fall_off(small_board):
    paper = Paper.a_series("A3", Orientation.LANDSCAPE)  # 420 × 297: "los" (x 460) would fall off
    new = change_paper(small_board, paper, scale=False)
    factor = min(420 / 594, 297 / 420)
    for zone, old in zip(new.zones, small_board.zones):
        assert zone.rect.width == pytest.approx(old.rect.width * factor, abs=0.05)
        assert zone.rect.height == pytest.approx(old.rect.height * factor, abs=0.05)
        assert zone.rect.right <= paper.width_mm and zone.rect.bottom <= paper.height_mm


def test_the_same_paper_gives_a_copy(small_board):
    new = change_paper(small_board, small_board.paper)
    assert new == small_board and new is not small_board
    new.title = "Anders"
    assert small_board.title == "Klein bord"
