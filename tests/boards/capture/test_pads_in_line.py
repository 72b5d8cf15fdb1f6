"""Notes lying in line are proposed from the ends of their region, and are read as one long note or two pads as the
photo shows them.

On the third `combined` photo of seed 241010 a green 127 × 76 mm note has dots over all four corners and writing
across it: no corner of it proposed the long note, nor a usual note at its far end, so the reader chose a usual note
at one end, sure, and laid a covered 51 mm note in the rest. A region as long as notes of a size seen lying in line
(``SizeBook.tiles``) now proposes the usual note against each end of its rectangle too; chosen at both ends with no
seam between them, they are the one long note they make.

On the third `combined` photo of seed 270404 two pink pads overlap askew, the right one 9 mm lower: their 136 × 82
mm outline passed for the 127 × 76 mm size another note on the photo had shown (measured 130 × 77 mm), and was read
as one note. A rectangle as long as usual notes in line and longer than any note sold as wide is a size seen only as
exactly as an outline is fitted.

On the second `combined` photo of seed 130501 a yellow 76 × 127 mm note has rows of thick writing across it. Searched
again once a 51 mm note had shown its size, it was read as a sure usual note and a doubtful 51 mm piece: a row of
writing parallel to the usual note's end passed for the edge of a pad lying on the note. A line across a note stops
its joining with the piece beyond only where a pad's edge shows across the two together, as for two notes in line.
"""

from __future__ import annotations

import math

import pytest

from boards.capture.notes.sizes import SizeBook
from tests.boards.capture.synthetic import near
from tests.support.photo_fixtures import read_benchmark_photo


def test_a_long_note_with_dots_over_its_corners_is_no_sure_usual_note():
    truth, result = read_benchmark_photo("combined", 2, 241010)
    (long,) = [note for note in truth if note["zone_id"] == "handelingsplannen-schrijven" and note["color"] == "green"]
    assert (long["width_mm"], long["height_mm"]) == (127.0, 76.0)
    found = [note for note in near(result.notes, long["x_mm"], long["y_mm"], 70.0) if note.color == "green"]
    assert len(found) == 1
    (note,) = found
    assert math.hypot(note.x_mm - long["x_mm"], note.y_mm - long["y_mm"]) < 5.0
    assert sorted((note.width_mm, note.height_mm)) == pytest.approx([76, 127], abs=6)


def test_two_pads_overlapping_askew_are_no_note_of_a_long_size_seen():
    truth, result = read_benchmark_photo("combined", 2, 270404)
    pair = [note for note in truth if note["zone_id"] == "vergaderingen-bijwonen" and note["color"] == "pink"]
    assert len(pair) == 2
    for true in pair:
        found = [note for note in near(result.notes, true["x_mm"], true["y_mm"], 5.0) if note.color == "pink"]
        assert len(found) == 1


def test_writing_across_a_long_note_is_no_edge_of_a_pad_lying_on_it():
    truth, result = read_benchmark_photo("combined", 1, 130501)
    (long,) = [
        note
        for note in truth
        if note["zone_id"] == "ict" and note["color"] == "yellow" and not note["ignore"] and note["height_mm"] == 127.0
    ]
    found = [note for note in near(result.notes, long["x_mm"], long["y_mm"], 50.0) if note.color == "yellow"]
    assert len(found) == 1
    (note,) = found
    assert math.hypot(note.x_mm - long["x_mm"], note.y_mm - long["y_mm"]) < 5.0
    assert sorted((note.width_mm, note.height_mm)) == pytest.approx([76, 127], abs=6)
    assert note.doubt == "size"  # (its length a guess: joined from a note and the piece beyond its end)


def test_usual_pads_in_line_longer_than_any_note_sold_as_wide_are_a_size_seen_only_as_exactly_as_it_is_fitted():
    sizes = SizeBook()  # (76 × 76 mm in it from the start)
    sizes.add(130.3, 76.7)  # (a 127 × 76 mm note, measured a little long)
    assert sizes.known(127.0, 76.0)  # (no longer than a note sold: within the usual tolerance)
    assert sizes.known(131.5, 78.0)
    # two usual pads overlapping askew: as long as usual notes in line, longer than any note as wide is sold
    assert sizes.tiles(136.0, 82.0)
    assert not sizes.known(136.0, 82.0)
    # a size no usual notes in line make keeps the usual tolerance, however far from a note sold (a size the team
    # uses, a smaller note measured a little long)
    sizes.add(150.0, 100.0)
    assert sizes.known(154.0, 104.0)
    sizes.add(61.9, 61.5)  # (a 63 mm note, measured a little short)
    assert sizes.known(66.0, 62.0)
