"""The seam between two pads of one colour is measured on the image before evening out the light clipped it.

On the third `tidy` photo of seed 31205 two yellow 76 mm pads overlap in line, the right one 51 mm further on: their
outline is a clean 127 × 76 mm rectangle, the size of a longer note. Only the edge of the upper pad tells them apart,
and on the photo it shows as a step of 7–8 levels in red alone (the pads' green and blue the same). Evening out the
light on brown paper takes a yellow pad's red past white, so the light-evened image showed both pads at 255 there:
no seam, and the pair was read as one doubtful 127 mm note, both pads missed. Where the light-evened image shows no
seam either way round, the seam is now looked for on the image with those channels at the level they would have
(``segment.unclipped``): seen there either way round, standing out from all else on the pads, the pads stay two.

Not every seam is measured there: the rims of writing and a curled end's shade show in a channel that was flat at 255.
On the second `combined` photo of seed 180505 a yellow 76 × 127 mm note with five rows of writing across it was split
in two so (a seam seen one way round on the unclipped image).
"""

from __future__ import annotations

import math

import numpy as np

from boards.capture.segment import GAIN_ONE, WHITE_PAPER_BGR, Normalised, unclipped
from tests.boards.capture.synthetic import near
from tests.support.photo_fixtures import read_benchmark_photo


def test_two_yellow_pads_in_line_whose_seam_shows_in_clipped_red_alone_are_two_notes():
    truth, result = read_benchmark_photo("tidy", 2, 31205)
    pair = [note for note in truth if note["zone_id"] == "lessen-vormgeven-lesmaterialen" and note["color"] == "yellow"]
    assert len(pair) == 2
    assert math.dist(*[(note["x_mm"], note["y_mm"]) for note in pair]) < 76.0  # (they overlap)
    for true in pair:
        found = [note for note in near(result.notes, true["x_mm"], true["y_mm"], 30.0) if note.color == "yellow"]
        assert len(found) == 1
        (note,) = found
        assert math.hypot(note.x_mm - true["x_mm"], note.y_mm - true["y_mm"]) < 5.0
        assert max(note.width_mm, note.height_mm) < 82.0 and not note.doubt


def test_a_long_yellow_note_with_rows_of_writing_is_not_split_by_its_unclipped_red():
    truth, result = read_benchmark_photo("combined", 1, 180505)
    (long,) = [
        note
        for note in truth
        if note["zone_id"] == "persoonlijk" and note["color"] == "yellow" and note["height_mm"] == 127.0
    ]
    found = [note for note in near(result.notes, long["x_mm"], long["y_mm"], 50.0) if note.color == "yellow"]
    assert len(found) == 1
    (note,) = found
    assert math.hypot(note.x_mm - long["x_mm"], note.y_mm - long["y_mm"]) < 5.0
    assert max(note.width_mm, note.height_mm) > 120.0


def test_unclipped_gives_what_evening_out_took_past_white_and_the_image_elsewhere():
    source = np.array([[[60, 180, 200], [60, 180, 210], [40, 60, 80]]], np.uint8)
    gain8 = np.full(source.shape, int(1.5 * GAIN_ONE), np.uint8)
    image = np.array([[[84, 252, 255], [84, 252, 255], [56, 84, 112]]], np.uint8)  # (the evened image, clipped)
    image[0, 2, 0] = 30  # (changed after evening out, e.g. a lifted highlight: kept as it is)
    normalised = Normalised(image, WHITE_PAPER_BGR, "brown", evened_from=(source, gain8))
    whole = (slice(0, 1), slice(0, 3))
    shown = unclipped(normalised, whole)
    assert shown.dtype == np.uint16
    # the red of the two bright pixels as evening out made it (200 × 1.5 = 300, 210 × 1.5 = 315), apart again
    assert shown[0, 0, 2] == 300 and shown[0, 1, 2] == 315
    # every channel below white is the image's own
    assert shown[0, 0, :2].tolist() == [84, 252] and shown[0, 2].tolist() == [30, 84, 112]
    # without the source (a photo with no paper to even out by) the image itself
    plain = unclipped(Normalised(image, WHITE_PAPER_BGR, "white"), whole)
    assert plain.tolist() == image.astype(np.uint16).tolist()
