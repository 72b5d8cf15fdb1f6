"""``benchmarks/capture_dots.py``: dots read matched to the true dots one to one, closest first; a dot left over next
to a true dot another took is a sticker read twice."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]


def _module():
    spec = importlib.util.spec_from_file_location("capture_dots", ROOT / "benchmarks" / "capture_dots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_sticker_read_twice_is_told_from_a_dot_that_is_not_there():
    capture_dots = _module()
    true = [{"x_mm": 100.0, "y_mm": 100.0}, {"x_mm": 200.0, "y_mm": 100.0}]
    found = [
        SimpleNamespace(x_mm=104.0, y_mm=100.0),  # the first sticker, read a little off
        SimpleNamespace(x_mm=101.0, y_mm=100.0),  # ... and read again, nearer: this one is matched
        SimpleNamespace(x_mm=200.0, y_mm=101.0),  # the second sticker
        SimpleNamespace(x_mm=300.0, y_mm=100.0),  # nothing there
    ]
    matched, nearest = capture_dots._matched(found, true)
    assert matched == {1: 0, 2: 1}
    assert nearest[0] == 0 and 3 not in nearest


def test_what_lies_under_a_dot_is_the_note_it_lies_most_inside_or_the_board():
    capture_dots = _module()
    notes = [
        {"x_mm": 100.0, "y_mm": 100.0, "width_mm": 76.0, "height_mm": 76.0, "angle": 0.0, "color": "green"},
        {"x_mm": 150.0, "y_mm": 100.0, "width_mm": 76.0, "height_mm": 76.0, "color": "pink", "curl": True},
    ]
    assert capture_dots._under(100.0, 100.0, notes) == "green note"
    assert capture_dots._under(130.0, 100.0, notes) == "pink note, curled"  # (8 mm inside the green, 18 the pink)
    assert capture_dots._under(100.0, 150.0, notes) == "board"
    # near the corner of a square note, a point that the note turned 45° leaves bare
    assert capture_dots._under(127.0, 127.0, notes[:1]) == "green note"
    assert capture_dots._under(127.0, 127.0, [{**notes[0], "angle": 45.0}]) == "board"


def test_missed_and_extra_dots_are_tallied_in_the_zones_not_marked_doubtful_only(capsys):
    capture_dots = _module()
    truth = {
        "notes": [{"x_mm": 100.0, "y_mm": 100.0, "width_mm": 76.0, "height_mm": 76.0, "color": "green"}],
        "dot_positions": [
            {"x_mm": 100.0, "y_mm": 100.0, "kind": "werkplezier", "zone_id": "a"},  # read
            {"x_mm": 120.0, "y_mm": 100.0, "kind": "werkplezier", "zone_id": "a"},  # missed, on the note
            {"x_mm": 300.0, "y_mm": 100.0, "kind": "werkplezier", "zone_id": "b"},  # missed, zone doubtful
        ],
    }
    dot = SimpleNamespace
    result = SimpleNamespace(
        doubtful_zones=["b"],
        dots=[
            dot(kind="werkplezier", zone_id="a", x_mm=101.0, y_mm=100.0),
            dot(kind="werkdruk", zone_id="a", x_mm=200.0, y_mm=200.0),  # extra, on the board
        ],
    )
    tally = capture_dots.Counter()
    capture_dots._unmatched_in_sure_zones(result, truth, "f/combined-1", tally)
    assert tally == {("missed", "werkplezier", "green note"): 1, ("extra", "werkdruk", "board"): 1}
    assert "f/combined-1 werkplezier: missed at (120,100), on green note" in capsys.readouterr().out
