"""The scoring rules the capture targets are stated in."""

from __future__ import annotations

from dataclasses import dataclass

from tests.photos.scoring import Truth, match_notes, score_truth


@dataclass
class Found:
    x_mm: float
    y_mm: float
    color: str = "yellow"
    zone_id: str | None = "a"
    doubtful: bool = False
    kind: str = "rood"


def _truth(notes, cells=None) -> Truth:
    return Truth.from_json(
        {
            "board": "b",
            "notes": [
                {"x_mm": x, "y_mm": y, "color": "yellow", "zone_id": "a", "ignore": ignore} for x, y, ignore in notes
            ],
            "dots": cells or [],
        }
    )


def test_notes_match_one_to_one_closest_pairs_first():
    truth = _truth([(100, 100, False), (112, 100, False)])
    # the found note at 111 is closest to the true one at 112; the one at 100 then takes the other
    assert sorted(match_notes(truth.notes, [Found(111, 100), Found(100, 100)])) == [(0, 1), (1, 0)]
    # two found notes on one true note: only one matches, the other is an extra
    truth = _truth([(100, 100, False), (300, 100, False)])
    score = score_truth(truth, [Found(100, 100), Found(101, 100)], [])
    assert (score.matched_notes, score.found_notes, score.true_notes) == (1, 2, 2)
    assert score.recall == 0.5 and score.precision == 0.5


def test_matching_stops_at_15_mm():
    truth = _truth([(100, 100, False)])
    assert score_truth(truth, [Found(114.9, 100)], []).matched_notes == 1
    assert score_truth(truth, [Found(111, 111)], []).matched_notes == 0  # 15.6 mm on the diagonal


def test_ignored_notes_count_neither_way():
    truth = _truth([(100, 100, True), (300, 100, False)])
    score = score_truth(truth, [Found(101, 100), Found(300, 100)], [])
    assert (score.true_notes, score.found_notes, score.matched_notes) == (1, 1, 1)
    # a piece of the ignored note found 30 mm off its centre is not an extra either
    assert score_truth(truth, [Found(130, 100), Found(300, 100)], []).precision == 1.0
    missed = score_truth(truth, [], [])
    assert missed.recall == 0.0 and missed.true_notes == 1


def test_doubtful_notes_and_zones():
    truth = _truth(
        [(100, 100, False), (300, 100, False)],
        cells=[
            {"zone_id": "a", "kind": "rood", "count": 2},
            {"zone_id": "b", "kind": "rood", "count": 1},
            {"zone_id": "c", "kind": "rood", "count": 5, "ignore": True},
        ],
    )
    notes = [Found(100, 100), Found(300, 100), Found(500, 100, doubtful=True)]
    dots = [
        Found(10, 10, zone_id="a"),
        Found(20, 10, zone_id="a"),
        Found(30, 10, zone_id="b"),
        Found(0, 0, zone_id="b"),
    ]
    score = score_truth(truth, notes, dots, doubtful_zones=["b"])
    assert score.precision == 2 / 3 and score.sure_precision == 1.0
    assert (score.cells, score.cells_exact, score.sure_cells, score.sure_cells_exact) == (2, 1, 1, 1)
    assert score.doubtful_share == (1 + 1) / (3 + 2)  # one note and one cell of three notes and two cells

    # a reader that reports no doubt (no ``doubtful`` attribute, no confidence, no zones): everything is sure
    @dataclass
    class Plain:
        x_mm: float
        y_mm: float
        color: str = "yellow"
        zone_id: str | None = "a"
        kind: str = "rood"

    plain = score_truth(
        truth, [Plain(n.x_mm, n.y_mm) for n in notes], [Plain(d.x_mm, d.y_mm, zone_id=d.zone_id) for d in dots]
    )
    assert plain.sure_precision == plain.precision and plain.doubtful_share == 0.0


def test_without_flags_the_readers_confidence_rule_decides():
    @dataclass
    class Scored:
        x_mm: float
        y_mm: float
        confidence: float
        color: str = "yellow"
        zone_id: str | None = "a"
        kind: str = "rood"

    truth = _truth([(100, 100, False)], cells=[{"zone_id": "a", "kind": "rood", "count": 1}])
    score = score_truth(truth, [Scored(100, 100, 0.3), Scored(400, 100, 0.9)], [Scored(0, 0, 0.2)])
    assert (score.doubtful_notes, score.sure_found, score.sure_matched) == (1, 1, 0)
    assert score.sure_cells == 0  # its only dot is doubtful: the cell is


def test_a_note_matched_in_another_colour_is_matched_and_reported():
    # matching goes by place, as the targets are stated; the colour is counted and named, not held against recall
    truth = _truth([(100, 100, False), (300, 100, False)])
    score = score_truth(truth, [Found(101, 100, color="green"), Found(300, 100, doubtful=True, color="pink")], [])
    assert (score.matched_notes, score.color_right) == (2, 0)
    assert score.recall == 1.0
    assert "note yellow at (100,100) read as green" in score.misses
    assert "note yellow at (300,100) read as pink (doubtful)" in score.misses
    assert score_truth(truth, [Found(100, 100), Found(300, 100)], []).misses == []
