"""The visible part of a note lying between others of its colour is read, not dropped.

On the second `dense` photo of seed 32512 two yellow pads show only a strip between neighbours of their colour
lying over both their sides: in "Organisatie" a 63 mm pad of which about 38 × 47 mm shows, in "ict" a 76 mm pad of
which the note read over its right neighbour leaves about 26 × 76 mm. What the notes chosen in a region leave
unexplained was read as a note only from 35 % of a usual note on (2,022 mm²): both pads were missed, silently. Beside
notes chosen, a rest now counts from ``REST_SMALL_SHARE`` of the smallest square note sold on (1,300 mm²), as a
region with no note chosen in it does: laid as any rest is, doubtful where its edges do not fix it.
"""

from __future__ import annotations

from tests.boards.capture.synthetic import near
from tests.support.photo_fixtures import read_benchmark_photo


def test_a_strip_of_a_pad_between_its_neighbours_is_read():
    truth, result = read_benchmark_photo("dense", 1, 32512)
    for zone, x_mm, y_mm in (("organisatie", 145.7, 248.4), ("ict", 530.9, 226.6)):
        true = [
            note
            for note in truth
            if note["zone_id"] == zone and abs(note["x_mm"] - x_mm) < 1 and abs(note["y_mm"] - y_mm) < 1
        ]
        assert len(true) == 1 and true[0]["color"] == "yellow"
        found = [note for note in near(result.notes, x_mm, y_mm, 15.0) if note.color == "yellow"]
        assert found, zone
