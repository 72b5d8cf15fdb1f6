"""The image's own evidence of a note's edge: a seam where it lies on a note of its own colour, its shadow
on what lies beside it; and when that evidence lets the reader vouch for a note it cannot see whole."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.candidates import Candidate
from boards.capture.notes.doubt import _doubt
from boards.capture.notes.measuring import Region
from boards.capture.notes.seams import _seams

PPM = 1.5
SIDE_PX = int(76 * PPM)
SHAPE = (300, 300)


def _region(gray: np.ndarray) -> Region:
    empty = np.zeros(gray.shape, bool)
    region = Region(np.zeros(2), empty, empty, empty, empty, empty)
    region.gray = cv2.GaussianBlur(gray.astype(np.float32), (0, 0), 0.7)
    return region


def _square(left: float, top: float) -> Candidate:
    """A 76 mm note with its top-left corner at (left, top) px."""
    candidate = Candidate(np.array([left + SIDE_PX / 2, top + SIDE_PX / 2]) / PPM, (76.0, 76.0), 0.0, measured=0)
    candidate.polygon = candidate.corners_mm() * PPM
    return candidate


def _noisy(gray: np.ndarray, seed: int = 1) -> np.ndarray:
    noise = np.random.default_rng(seed).normal(0, 1.5, gray.shape)
    return np.clip(gray + noise, 0, 255)


def test_a_seam_shows_where_a_note_lies_on_one_of_its_own_colour_and_not_inside_a_note():
    gray = np.full(SHAPE, 160.0)
    left, top = 60, 60
    gray[:, left + SIDE_PX : left + SIDE_PX + 2] = 138  # the thin shaded line along the upper note's right edge
    writing = gray.copy()
    writing[100:104, 80:250] = 40  # a stroke of writing across the right side: it crosses, it runs not along
    for image in (gray, writing):
        found = _square(left, top)
        _seams(found, _region(_noisy(image)), PPM)
        assert found.seam[1] == 1.0  # the right side
        assert found.seam[3] == 0.0  # the left side runs through the uniform colour of the note
    # a rectangle slid 12 mm to the left: its right side lies inside the note, where nothing shows
    slid = _square(left - 18, top)
    _seams(slid, _region(_noisy(gray)), PPM)
    assert slid.seam[1] == 0.0


def test_a_line_of_writing_along_the_side_is_no_seam_when_the_note_varies_as_much_beside_it():
    gray = np.full(SHAPE, 160.0)
    left, top = 60, 60
    edge = left + SIDE_PX
    gray[:, edge : edge + 2] = 150
    gray[:, edge + 7 : edge + 9] = 130  # writing 5 mm beyond it, darker than the line itself
    found = _square(left, top)
    _seams(found, _region(_noisy(gray)), PPM)
    assert found.seam[1] == 0.0


def test_a_note_casts_its_shadow_beside_its_own_edge_and_receives_one_under_another():
    left, top = 60, 60
    edge = left + SIDE_PX
    on_top = np.full(SHAPE, 170.0)
    on_top[:, edge:] = 120  # a note of another colour beside it
    on_top[:, edge + 1 : edge + 3] = 95  # this note's shadow on it
    found = _square(left, top)
    _seams(found, _region(_noisy(on_top)), PPM)
    assert found.casts[1] == 1.0
    under = np.full(SHAPE, 170.0)
    under[:, edge:] = 120
    under[:, edge - 3 : edge - 1] = 140  # the other note's shadow on this one: that note lies on top
    found = _square(left, top)
    _seams(found, _region(_noisy(under)), PPM)
    assert found.casts[1] == 0.0
    # a plain change of colour (the blur mixes the two colours at the edge) is no shadow
    plain = np.full(SHAPE, 170.0)
    plain[:, edge:] = 60
    found = _square(left, top)
    _seams(found, _region(cv2.GaussianBlur(_noisy(plain), (0, 0), 1.2)), PPM)
    assert found.casts[1] == 0.0


def _partly_hidden(casts) -> Candidate:
    """A 76 mm note whose top lies under a note of its own colour (no edge seen there) and whose bottom edge
    borders a note of another colour; left and right against open board."""
    candidate = Candidate(np.array([200.0, 200.0]), (76.0, 76.0), 0.0, measured=1)
    candidate.seen = 0.75
    candidate.free = (0.0, 1.0, 0.0, 1.0)
    candidate.alike = (1.0, 0.0, 0.0, 0.0)
    candidate.edged = (0.0, 1.0, 1.0, 1.0)
    candidate.casts = casts
    return candidate


def test_an_edge_that_casts_the_notes_shadow_fixes_it_as_open_board_would():
    assert _doubt(_partly_hidden((0.0, 0.0, 0.0, 0.0))) == "covered"  # the other note may lie on it there
    assert _doubt(_partly_hidden((0.0, 0.0, 1.0, 0.0))) == ""
    # its shadow along only part of the edge: not enough
    assert _doubt(_partly_hidden((0.0, 0.0, 0.5, 0.0))) == "covered"


def test_a_seam_counts_as_a_seen_side_of_a_note_shown_whole():
    candidate = Candidate(np.array([200.0, 200.0]), (63.0, 63.0), 0.0, measured=2, known=False)
    candidate.seen = 0.99
    candidate.free, candidate.alike = (0.0, 0.0, 0.0, 0.0), (0.0, 0.0, 0.0, 0.0)
    candidate.edged = (1.0, 0.6, 1.0, 1.0)
    assert _doubt(candidate) == "size"
    candidate.seam = (0.0, 1.0, 0.0, 0.0)
    assert _doubt(candidate) == ""


def _board_with_two_notes(upper_is_pink: bool):
    """A pink 76 mm note and a sure yellow one overlapping it by 20 mm on its right; the pink one's left
    side lies under a note of its own colour (not fixed across that axis)."""
    from boards.capture.notes.base import NoteBlob
    from boards.capture.segment import PAPER, build_palette
    from boards.templates import load_template

    palette = build_palette(load_template("ideeen-genereren"), (122, 165, 200))
    klass = {color: index for index, color in palette.note_colors.items()}
    labels = np.full((int(300 * PPM), int(300 * PPM)), PAPER, np.uint8)

    def paint(color, left, top):
        labels[int(top * PPM) : int((top + 76) * PPM), int(left * PPM) : int((left + 76) * PPM)] = klass[color]

    pink = NoteBlob("pink", (88.0, 88.0), (76.0, 76.0), 0.0, 0.45, doubtful=True, reason="covered")
    pink.sure_confidence = 0.8
    right = (np.array([38.0, -38.0]), np.array([38.0, 38.0]))  # its right side, relative to its centre
    pink.open_sides = ((right,),)
    yellow = NoteBlob("yellow", (88.0 + 56.0, 88.0), (76.0, 76.0), 0.0, 0.9)
    order = [("yellow", 106, 50), ("pink", 50, 50)] if upper_is_pink else [("pink", 50, 50), ("yellow", 106, 50)]
    for color, left, top in order:
        paint(color, left, top)
    return pink, yellow, labels, palette


def test_a_note_whose_colour_shows_where_a_sure_neighbour_reaches_under_its_edge_lies_on_top():
    from boards.capture.notes.layers import _lying_on_top

    pink, yellow, labels, palette = _board_with_two_notes(upper_is_pink=True)
    _lying_on_top([pink, yellow], labels, palette, PPM)
    assert not pink.doubtful and pink.reason == "" and pink.confidence == 0.8
    # the neighbour's colour shows there: it lies on the pink one, the edge is the neighbour's
    pink, yellow, labels, palette = _board_with_two_notes(upper_is_pink=False)
    _lying_on_top([pink, yellow], labels, palette, PPM)
    assert pink.doubtful and pink.reason == "covered"
    # a neighbour that is itself doubtful proves nothing
    pink, yellow, labels, palette = _board_with_two_notes(upper_is_pink=True)
    yellow.doubtful, yellow.reason = True, "covered"
    _lying_on_top([pink, yellow], labels, palette, PPM)
    assert pink.doubtful


def test_a_size_shown_whole_by_one_note_is_a_size_seen_for_the_others():
    from boards.capture.notes.base import NoteBlob
    from boards.capture.notes.sizes import _sizes_seen

    def note(size, reason="size", if_size_seen=""):
        blob = NoteBlob("pink", (100.0, 100.0), size, 0.0, 0.45, doubtful=True, reason=reason)
        blob.if_size_seen, blob.sure_confidence = if_size_seen, 0.85
        return blob

    whole = NoteBlob("blue", (300.0, 100.0), (63.0, 63.0), 0.0, 0.9, proves_size=True)
    same, other, still_covered = note((62.0, 64.0)), note((102.0, 76.0)), note((63.0, 63.0), if_size_seen="covered")
    _sizes_seen([whole, same, other, still_covered])
    assert not same.doubtful and same.confidence == 0.85
    assert other.doubtful and other.reason == "size"
    assert still_covered.doubtful and still_covered.reason == "covered"


def test_two_notes_each_showing_both_lengths_of_one_size_show_that_size():
    from boards.capture.notes.base import NoteBlob
    from boards.capture.notes.sizes import _sizes_seen

    def note(size, shows_size, x=100.0):
        blob = NoteBlob("pink", (x, 100.0), size, 0.0, 0.3, doubtful=True, reason="size")
        blob.if_size_seen, blob.sure_confidence, blob.shows_size = "", 0.8, shows_size
        return blob

    # one note alone may be a larger one partly covered: nothing changes
    alone = [note((63.0, 64.0), True), note((62.0, 63.0), False, 200.0)]
    _sizes_seen(alone)
    assert all(blob.doubtful and blob.reason == "size" for blob in alone)
    # a second one of that size: the size is seen, for them and for others of it; not for another size
    pair = [
        note((63.0, 64.0), True),
        note((64.0, 62.0), True, 200.0),
        note((62.0, 63.0), False, 300.0),
        note((76.0, 51.0), True, 400.0),
    ]
    _sizes_seen(pair)
    assert [blob.doubtful for blob in pair] == [False, False, False, True]
    assert pair[0].confidence == 0.8
    # the same note proposed twice (from two regions a stroke cut it into) is one note: nothing changes
    twice = [note((63.0, 64.0), True), note((64.0, 62.0), True, 103.0)]
    _sizes_seen(twice)
    assert all(blob.doubtful for blob in twice)


def test_a_sure_neighbour_of_the_same_colour_must_reach_well_past_the_seam():
    from boards.capture.notes.base import NoteBlob
    from boards.capture.notes.layers import _lying_on_top
    from boards.capture.segment import PAPER, build_palette
    from boards.templates import load_template

    palette = build_palette(load_template("ideeen-genereren"), (122, 165, 200))
    klass = {color: index for index, color in palette.note_colors.items()}

    def lifted(neighbour_color: str, overlap_mm: float) -> bool:
        labels = np.full((int(300 * PPM), int(300 * PPM)), PAPER, np.uint8)
        left = 50 + 76 - overlap_mm
        labels[int(50 * PPM) : int(126 * PPM), int(left * PPM) : int((left + 76) * PPM)] = klass[neighbour_color]
        labels[int(50 * PPM) : int(126 * PPM), int(50 * PPM) : int(126 * PPM)] = klass["pink"]  # pink on top
        pink = NoteBlob("pink", (88.0, 88.0), (76.0, 76.0), 0.0, 0.45, doubtful=True, reason="covered")
        pink.open_sides = (((np.array([38.0, -38.0]), np.array([38.0, 38.0])),),)
        other = NoteBlob(neighbour_color, (left + 38.0, 88.0), (76.0, 76.0), 0.0, 0.9)
        _lying_on_top([pink, other], labels, palette, PPM)
        return not pink.doubtful

    assert lifted("yellow", 8.0)  # its colour would show in the overlap if it lay on top
    assert not lifted("pink", 8.0)  # the same colour shows either way: a sure note's side may be that far off
    assert lifted("pink", 20.0)


def test_a_neighbour_overlapping_a_corner_shows_nothing_about_an_edge_with_a_third_note_beyond_it():
    from boards.capture.notes.base import NoteBlob
    from boards.capture.notes.layers import _lying_on_top
    from boards.capture.segment import PAPER, build_palette
    from boards.templates import load_template

    palette = build_palette(load_template("ideeen-genereren"), (122, 165, 200))
    klass = {color: index for index, color in palette.note_colors.items()}

    def lifted(beyond: str) -> bool:
        """A pink note whose right side is an edge against ``beyond``; a sure pink neighbour lies under its
        lower right corner, 26 mm deep, and runs on past that side (under ``beyond``)."""
        labels = np.full((int(300 * PPM), int(300 * PPM)), PAPER, np.uint8)

        def paint(color, left, top):
            labels[int(top * PPM) : int((top + 76) * PPM), int(left * PPM) : int((left + 76) * PPM)] = klass[color]

        paint("pink", 100, 100)  # the neighbour
        paint("pink", 50, 50)  # the note, over it
        paint(beyond, 126, 50)  # what lies right of the note's right side
        pink = NoteBlob("pink", (88.0, 88.0), (76.0, 76.0), 0.0, 0.45, doubtful=True, reason="covered")
        pink.open_sides = (((np.array([38.0, -38.0]), np.array([38.0, 38.0])),),)
        neighbour = NoteBlob("pink", (138.0, 138.0), (76.0, 76.0), 0.0, 0.9)
        _lying_on_top([pink, neighbour], labels, palette, PPM)
        return not pink.doubtful

    # the edge may be the yellow note's, lying over the pink one: the neighbour under the corner shows nothing
    assert not lifted("yellow")
    # the neighbour itself seen across the edge, running on under it: the edge is the note's own
    assert lifted("pink")


def test_an_edge_with_no_shadow_inside_is_the_notes_own_where_notes_lying_over_it_would_cast_one():
    from boards.capture.notes.layers import _unshaded

    down, right, up = np.array([0.0, 1.0]), np.array([1.0, 0.0]), np.array([0.0, -1.0])
    # on this photo edges facing down cast clear shadows, edges facing up none
    light = [(down, 1.0), (down, 0.9), (down, 0.8), (up, 0.0), (up, 0.0), (up, 0.1)]
    centre = np.array([100.0, 100.0])
    top = (np.array([62.0, 62.0]), np.array([138.0, 62.0]))  # a note lying over it would face down here
    bottom = (np.array([62.0, 138.0]), np.array([138.0, 138.0]))  # and up here
    assert _unshaded(*top, centre, 0.0, light)
    assert not _unshaded(*top, centre, 0.6, light)  # a shadow inside: a note may lie on it
    assert not _unshaded(*bottom, centre, 0.0, light)  # a note over it would cast no shadow on it anyway
    assert not _unshaded(*top, centre, 0.0, light[1:])  # two edges seen that way are too few to tell
    assert not _unshaded(*top, centre, 0.0, [(right, 1.0)] * 4 + light[3:])


def test_a_dark_line_beside_an_edge_is_the_notes_own_shadow_only_in_the_colour_of_what_it_falls_on():
    # an orange note whose right side was laid a mm or two inside the true edge; beyond it a blue note, and
    # at the edge a dark line: darkened blue is the orange note's shadow on the blue one (it lies on top),
    # darkened orange is the blue note's shadow on the orange one (the blue one lies on top)
    orange, blue = np.array([39.0, 104.0, 156.0]), np.array([133.0, 113.0, 65.0])

    def shadows(shadow_on: np.ndarray) -> tuple[float, float]:
        image = np.zeros((SHAPE[0], SHAPE[1], 3), np.float32)
        image[:, :156] = orange
        image[:, 156:158] = 0.6 * shadow_on
        image[:, 158:] = blue
        region = _region(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
        region.color = image
        note = _square(40, 40)
        _seams(note, region, PPM, sides=[1])
        return note.casts[1], note.receives[1]

    cast, received = shadows(blue)
    assert cast >= 0.75 and received == 0.0
    cast, received = shadows(orange)
    assert cast == 0.0 and received >= 0.75


def test_all_sides_measured_at_once_are_each_side_measured_alone():
    # a seam along the right side, this note's shadow beside the bottom one, another note's shadow inside the
    # top one in the note's own colour (a colour image: the shadow on the note itself), the left side plain;
    # the square partly beyond the image on the left (its pieces there are left out)
    left, top = 20, 60
    edge, bottom = left + SIDE_PX, top + SIDE_PX
    gray = np.full(SHAPE, 165.0)
    gray[:, edge : edge + 2] = 140
    gray[bottom + 1 : bottom + 3, :] = 100
    gray[top - 3 : top - 1, :] = 135
    color = np.dstack([gray * 0.6, gray * 0.9, gray]).astype(np.float32)
    for shift in (0, -30):
        region = _region(_noisy(gray, seed=5))
        region.color = color
        together = _square(left + shift, top)
        _seams(together, region, PPM)
        assert max(together.seam) > 0 and max(together.casts) > 0
        for side in range(4):
            alone = _square(left + shift, top)
            _seams(alone, region, PPM, sides={side})
            assert (alone.seam[side], alone.casts[side], alone.receives[side]) == (
                together.seam[side],
                together.casts[side],
                together.receives[side],
            )
