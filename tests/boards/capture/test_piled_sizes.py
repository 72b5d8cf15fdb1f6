"""Notes of a size sold that no note shows alone: every one of them lies on or under another note of its colour,
so no size is learnt from a note standing alone. Where a note of such a pile shows one whole edge (a corner at
each end) of a length no size seen has, the size sold with that side is tried there; where each side of that
note is then its own edge (against open board, casting its shadow onto a note of another colour, or a line on a
note of its colour where shadows fall on this photo), the note shows that size and the pile is read knowing it."""

from __future__ import annotations

import math

import numpy as np
import pytest

from boards.capture.notes.base import NoteBlob
from boards.capture.notes.candidates import Candidate, _sold_from_edge
from boards.capture.notes.doubt import _own_edges_round
from boards.capture.notes.outline import Corner
from boards.capture.notes.search import _sold_by_own_edges
from boards.capture.notes.sizes import SizeBook
from tests.support.photo_fixtures import read_benchmark_photo


def _corner(length_a: float, complete_a: bool, length_b: float = 40.0, complete_b: bool = False) -> Corner:
    """A note's top left corner at the origin: edge a runs along +x, edge b along +y."""
    return Corner(
        np.array([0.0, 0.0]), np.array([1.0, 0.0]), np.array([0.0, 1.0]), length_a, length_b, complete_a, complete_b
    )


def _sizes(guesses: list[Candidate]) -> list[tuple[int, int]]:
    return sorted((round(guess.size[0]), round(guess.size[1])) for guess in guesses)


def test_a_whole_edge_of_a_length_no_size_seen_has_lays_the_sizes_sold_with_that_side():
    sizes = SizeBook()  # only the usual 76 mm note known
    guesses = _sold_from_edge(_corner(62.0, True), sizes)
    assert _sizes(guesses) == [(62, 63)]  # 63 × 63 mm is the size sold with a side of about 62 mm
    assert np.allclose(guesses[0].center, (31.0, 31.5))  # at the corner, on the note's side of both edges
    assert guesses[0].sold_guess and not guesses[0].known and guesses[0].measured == 1
    # a side of 51 mm is sold with 38, 51 and 76 mm; along edge b the rectangle turns with it
    assert _sizes(_sold_from_edge(_corner(40.0, False, 50.0, True), sizes)) == [(38, 50), (51, 50), (76, 50)]


def test_no_guess_from_an_edge_not_whole_or_as_long_as_a_size_seen():
    sizes = SizeBook()
    assert _sold_from_edge(_corner(62.0, False), sizes) == []  # it may run on under a neighbour
    assert _sold_from_edge(_corner(74.0, True), sizes) == []  # the usual note's side: its proposals lay it
    assert _sold_from_edge(_corner(92.0, True), sizes) == []  # no size sold has that side
    sizes.add(63.0, 63.0)
    assert _sold_from_edge(_corner(62.0, True), sizes) == []  # once known, the sizes seen lay it


def _guessed(free=(1.0, 0.0, 0.0, 0.7), alike=(0.0, 1.0, 1.0, 0.0), seen=(1.0, 0.7, 1.0, 0.8), casts=(0.0,) * 4):
    """A 62 × 63 mm note laid at a size guessed, upright: sides top, right, bottom, left; by default the top and
    left against open board, the right and bottom lines on notes of its colour."""
    candidate = Candidate(np.array([200.0, 200.0]), (62.0, 63.0), 0.0, measured=1, known=False, sold_guess=True)
    candidate.free, candidate.alike, candidate.edged, candidate.casts = free, alike, seen, casts
    candidate.seen = 0.99
    return candidate


def _directions(normals) -> list[tuple[int, int]]:
    return [tuple(int(v) for v in np.round(normal)) for normal in normals]


def test_a_note_whose_every_side_is_its_own_edge_tells_which_lines_must_be_its_shadow():
    assert _directions(_own_edges_round(_guessed())) == [(1, 0), (0, 1)]  # the right and bottom sides
    # its right side against a note of another colour: its own edge only where it casts its shadow onto it
    against_other = {"free": (1.0, 0.0, 0.0, 0.7), "alike": (0.0, 0.0, 1.0, 0.0)}
    assert _own_edges_round(_guessed(**against_other)) is None
    assert _directions(_own_edges_round(_guessed(**against_other, casts=(0.0, 0.9, 0.0, 0.0)))) == [(0, 1)]
    # a side on a note of its colour that shows no line along most of it may lie under that note
    assert _own_edges_round(_guessed(seen=(1.0, 0.3, 1.0, 0.8))) is None
    # part of its rectangle not in its colour, or a size nobody sells (two notes in line, a part of one)
    partly = _guessed()
    partly.seen = 0.85
    assert _own_edges_round(partly) is None
    odd = _guessed()
    odd.size = (62.0, 45.0)
    assert _own_edges_round(odd) is None


def _note(lined) -> NoteBlob:
    return NoteBlob("blue", (200.0, 200.0), (61.0, 63.5), 0.0, 0.45, doubtful=True, reason="size", lined_sides=lined)


def _light(cast: float, notes: int = 3) -> list[tuple[np.ndarray, float]]:
    """The sides against open board of ``notes`` notes: their right and bottom sides cast their shadow along
    ``cast`` of their length, their left and top sides (facing the light) none."""
    sides = [((1.0, 0.0), cast), ((0.0, 1.0), cast), ((-1.0, 0.0), 0.0), ((0.0, -1.0), 0.0)]
    return [(np.array(normal), share) for _ in range(notes) for normal, share in sides]


RIGHT_AND_BOTTOM = (np.array([1.0, 0.0]), np.array([0.0, 1.0]))


def test_its_lines_prove_the_size_sold_where_shadows_fall_that_way_on_the_photo():
    assert _sold_by_own_edges([_note(RIGHT_AND_BOTTOM)], _light(0.7)) == [(63.0, 63.0)]
    # shadows do not (clearly) fall that way: the lines may be the shadows of notes lying on it
    assert _sold_by_own_edges([_note(RIGHT_AND_BOTTOM)], _light(0.3)) == []
    assert _sold_by_own_edges([_note((np.array([-1.0, 0.0]),))], _light(0.9)) == []
    # too few notes against open board to tell where shadows fall
    assert _sold_by_own_edges([_note(RIGHT_AND_BOTTOM)], _light(0.9, notes=2)) == []
    # a note each side of which lies against open board needs no light; one not shown whole proves nothing
    assert _sold_by_own_edges([_note(())], []) == [(63.0, 63.0)]
    assert _sold_by_own_edges([_note(None)], _light(0.9)) == []


def _blue_near(result, true: dict, within_mm: float) -> list:
    """The blue notes read within ``within_mm`` of a true note's centre; at least one."""
    found = [
        note
        for note in result.notes
        if note.color == "blue" and math.hypot(note.x_mm - true["x_mm"], note.y_mm - true["y_mm"]) <= within_mm
    ]
    assert found, f"no note found at ({true['x_mm']}, {true['y_mm']})"
    return found


@pytest.fixture(scope="module")
def blue_piles():
    # the second photo of `benchmarks/capture.py --seed 150505 --conditions dense`: in two quadrants blue notes,
    # 63 and 76 mm, lie half over each other; every note touches another, so none shows its size alone
    return read_benchmark_photo("dense", 1, 150505)


def test_piles_of_one_colour_are_read_at_the_size_their_notes_show(blue_piles):
    truth, result = blue_piles
    # the two piles: in the top left and the bottom right quadrant
    piled = [note for note in truth if note["color"] == "blue" and (note["y_mm"] < 300 or note["x_mm"] > 450)]
    assert sum(note["width_mm"] == 63.0 for note in piled) == 5
    for true in piled:
        found = _blue_near(result, true, 10.0)
        if true["width_mm"] == 63.0:
            assert any(not note.doubt and max(note.width_mm, note.height_mm) < 70 for note in found)
    matched = [
        note
        for note in result.notes
        if any(math.hypot(note.x_mm - t["x_mm"], note.y_mm - t["y_mm"]) <= 15.0 for t in truth)
    ]
    assert len(matched) == len(result.notes) == len(truth)
    assert sum(note.doubt != "" for note in result.notes) <= 4


@pytest.fixture(scope="module")
def large_blue_pile():
    # the second photo of `benchmarks/capture.py --seed 210303 --conditions dense`: in the top left quadrant six
    # blue notes, 63 and 76 mm, lie over each other in one region; what the notes chosen there leave of it is
    # longer than any note sold (so no rectangle of one note fits it)
    return read_benchmark_photo("dense", 1, 210303)


def test_what_a_pile_leaves_longer_than_a_note_is_still_read_not_dropped(large_blue_pile):
    truth, result = large_blue_pile
    piled = [note for note in truth if note["color"] == "blue" and 150 < note["x_mm"] < 310 and note["y_mm"] < 320]
    assert len(piled) == 6
    for true in piled:
        _blue_near(result, true, 15.0)
