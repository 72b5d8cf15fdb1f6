"""When a chosen note is vouched for: edges crossed by writing, sizes whose end is not seen, bare board under it."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.base import NoteBlob, _outward_normals
from boards.capture.notes.candidates import Candidate
from boards.capture.notes.doubt import BARE_STRIP_MM, _bare_beyond, _doubt, _size_unseen
from boards.capture.notes.layers import _doubt_open_board
from boards.capture.notes.measuring import LINE, _crossed
from boards.capture.notes.sizes import SizeBook
from boards.capture.segment import NOTE_BASE, PAPER

PPM = 1.5


def test_a_stroke_across_a_side_is_no_edge_but_a_line_along_it_is():
    lines = np.zeros((200, 200), bool)
    side_x = 100
    lines[60:66, 40:160] = True  # a stroke of writing across the side
    lines[120:180, side_x - 1 : side_x + 2] = True  # an edge running along the side
    samples = np.array([[side_x, y] for y in range(20, 190, 2)], np.float64)
    start, end = np.array([side_x, 0.0]), np.array([side_x, 199.0])
    normal = _outward_normals(start[None], end[None], np.array([50.0, 100.0]))[0]
    bits = np.pad(lines.astype(np.uint8) * LINE, 1)  # (Region.bits: a border of zeros around the maps)
    crossed = _crossed(samples, np.broadcast_to(normal, samples.shape), bits, PPM)
    across = (samples[:, 1] >= 60) & (samples[:, 1] < 66)
    assert crossed[across].all()
    assert not crossed[~across].any()


def _candidate(size, edged, free=(1.0, 1.0, 1.0, 1.0), casts=(0.0, 0.0, 0.0, 0.0)) -> Candidate:
    """A note whose sides are seen as edges along ``edged`` of them, against open board along ``free`` (by
    default all of them) and casting its shadow across along ``casts``."""
    candidate = Candidate(np.array([200.0, 200.0]), size, 0.0, measured=1)
    candidate.edged, candidate.free, candidate.casts = edged, free, casts
    return candidate


def test_another_size_than_the_usual_with_an_end_unseen_is_doubtful():
    sizes = SizeBook()
    sizes.add(127.0, 76.0, weight=3.0)  # even when that size is the most common on the photo
    seen = (1.0, 1.0, 1.0, 1.0)
    right_end_hidden = (1.0, 0.1, 1.0, 1.0)
    assert _size_unseen(_candidate((127.0, 76.0), seen), sizes) == ""
    assert _size_unseen(_candidate((127.0, 76.0), right_end_hidden), sizes) == "size"
    # its long side's end hidden, but across it the note is as wide as the usual one: only that end counts
    assert _size_unseen(_candidate((127.0, 76.0), (0.1, 1.0, 1.0, 1.0)), sizes) == ""
    assert _size_unseen(_candidate((76.0, 127.0), (1.0, 1.0, 0.1, 1.0)), sizes) == "size"
    # the usual note itself, or one so close to it that its centre would hardly move, stays sure
    assert _size_unseen(_candidate((76.0, 76.0), right_end_hidden), sizes) == ""
    assert _size_unseen(_candidate((63.0, 63.0), right_end_hidden), sizes) == ""
    assert _size_unseen(_candidate((51.0, 51.0), right_end_hidden), sizes) == "size"


def test_an_end_that_may_be_a_neighbours_edge_lying_over_it_is_not_seen():
    # a usual note with a neighbour over its right 25 mm shows 51 x 76 mm, a size sold: its right side is an edge,
    # but not against open board, and it casts no shadow across it
    sizes = SizeBook()
    sizes.add(76.0, 51.0)
    seen = (1.0, 1.0, 1.0, 1.0)
    under = (1.0, 0.2, 1.0, 1.0)  # (the neighbour's lit part taken for open board along a fifth of it)
    assert _size_unseen(_candidate((51.0, 76.0), seen), sizes) == ""
    assert _size_unseen(_candidate((51.0, 76.0), seen, free=under), sizes) == "size"
    # its shadow cast across that side: it lies on the neighbour, the side is its own end
    assert _size_unseen(_candidate((51.0, 76.0), seen, free=under, casts=(0.0, 0.9, 0.0, 0.0)), sizes) == ""
    # as wide as the usual note neither way: the usual note, partly covered, would not show as this
    assert _size_unseen(_candidate((51.0, 51.0), seen, free=under), sizes) == ""
    # the end against the neighbour is across the usual length: the centre would not move far
    assert _size_unseen(_candidate((51.0, 76.0), seen, free=(0.2, 1.0, 1.0, 1.0)), sizes) == ""


def _of_a_new_size(size, edged=(1.0, 1.0, 1.0, 1.0), seen=0.99, measured=2) -> Candidate:
    """A note of a size no other note on the photo has, between notes of other colours (nothing alike outside,
    no open board)."""
    candidate = Candidate(np.array([200.0, 200.0]), size, 0.0, measured=measured, known=False)
    candidate.edged, candidate.seen = edged, seen
    candidate.free, candidate.alike = (0.0, 0.0, 0.0, 0.0), (0.0, 0.0, 0.0, 0.0)
    return candidate


def test_a_note_of_a_new_size_is_sure_only_when_it_shows_whole_and_is_a_size_sold():
    assert _doubt(_of_a_new_size((63.0, 63.0))) == ""
    assert _doubt(_of_a_new_size((127.0, 76.0))) == ""
    # two notes of one colour in line make a rectangle of a size nobody sells; a part of a note likewise
    assert _doubt(_of_a_new_size((110.0, 62.0))) == "size"
    assert _doubt(_of_a_new_size((62.0, 45.0))) == "size"
    # a side not seen as an edge, a part not in view, or a length not measured whole: no longer vouched for
    assert _doubt(_of_a_new_size((63.0, 63.0), edged=(1.0, 0.6, 1.0, 1.0))) == "size"
    assert _doubt(_of_a_new_size((63.0, 63.0), seen=0.85)) == "size"
    assert _doubt(_of_a_new_size((63.0, 63.0), measured=1)) == "size"


def test_a_note_lying_partly_over_bare_board_is_doubtful():
    labels = np.full((300, 400), PAPER, np.uint8)
    top, left, side = 150, 100, int(76 * PPM)
    labels[top : top + side, left : left + side] = NOTE_BASE
    centre = ((left + side / 2) / PPM, (top + side / 2) / PPM)

    def blob(dy_mm: float) -> NoteBlob:
        return NoteBlob("yellow", (centre[0], centre[1] + dy_mm), (76.0, 76.0), 0.0, 0.9)

    right, shifted, washed_out, doubtful = blob(0.0), blob(-25.0), blob(-25.0), blob(-25.0)
    doubtful.doubtful, doubtful.reason = True, "size"
    _doubt_open_board([right, shifted, doubtful], labels, None, PPM)
    assert not right.doubtful and right.reason == ""
    assert shifted.doubtful and shifted.reason == "covered" and shifted.confidence < 0.5
    assert doubtful.reason == "size"  # a note already doubtful keeps its reason
    # under a highlight that washes colours out, paper-coloured pixels may be the note's washed-out part
    washed = np.zeros(labels.shape, bool)
    washed[: top + 10, :] = True
    _doubt_open_board([washed_out], labels, washed, PPM)
    assert not washed_out.doubtful


def _notes_at(places) -> list[NoteBlob]:
    """Yellow 76 mm notes with these top-left corners (mm) on bare board, read back."""
    from boards.capture.notes.search import detect_notes
    from boards.capture.segment import build_palette
    from boards.templates import load_template

    palette = build_palette(load_template("ideeen-genereren"), (122, 165, 200))
    labels = np.full((int(300 * PPM), int(300 * PPM)), PAPER, np.uint8)
    for x, y in places:
        labels[int(y * PPM) : int((y + 76) * PPM), int(x * PPM) : int((x + 76) * PPM)] = NOTE_BASE
    return detect_notes(labels, np.zeros(labels.shape, bool), np.ones(labels.shape, bool), palette, PPM)


def test_the_rest_of_a_region_is_judged_by_the_rule_every_note_is_judged_by():
    # three notes of one colour in an L: the corner one is what the two others leave over, its two outer
    # edges against bare board fix it; it is as sure as they are
    found = _notes_at([(20, 20), (96, 20), (20, 96)])
    assert len(found) == 3
    for centre in ((58, 58), (134, 58), (58, 134)):
        assert min(np.hypot(b.center[0] - centre[0], b.center[1] - centre[1]) for b in found) < 5
    assert not any(blob.doubtful for blob in found)
    # the middle one of three in a row, overlapping both neighbours: across the row nothing fixes it
    found = _notes_at([(20, 20), (90, 25), (160, 20)])
    middle = min(found, key=lambda blob: abs(blob.center[0] - 128))
    assert abs(middle.center[0] - 128) < 10 and middle.doubtful and middle.reason == "covered"


def _two_small_notes_below(width_mm: int, above: list[tuple[int, int, int, int]]):
    """Labels (PAPER, ``width_mm`` × 300 mm at PPM) with the square notes ``above`` (x, y, side, class), and
    below them two 63 mm notes of one colour side by side with a seam line between them; the thin lines."""
    labels = np.full((int(300 * PPM), int(width_mm * PPM)), PAPER, np.uint8)
    lines = np.zeros(labels.shape, bool)
    for x, y, side, klass in [*above, (40, 150, 63, NOTE_BASE), (103, 150, 63, NOTE_BASE)]:
        labels[int(y * PPM) : int((y + side) * PPM), int(x * PPM) : int((x + side) * PPM)] = klass
    lines[int(150 * PPM) : int(213 * PPM), int(103 * PPM) - 1 : int(103 * PPM) + 1] = True
    return labels, lines


def _assert_the_two_small_notes(found) -> None:
    """The two 63 mm notes of ``_two_small_notes_below`` found as two sure notes, not one 126 mm note."""
    pair = [blob for blob in found if blob.center[1] > 120]
    assert len(pair) == 2
    for centre in ((71.5, 181.5), (134.5, 181.5)):
        blob = min(pair, key=lambda blob: np.hypot(blob.center[0] - centre[0], blob.center[1] - centre[1]))
        assert np.hypot(blob.center[0] - centre[0], blob.center[1] - centre[1]) < 5
        assert max(blob.size) < 70 and not blob.doubtful


def test_a_size_shown_whole_by_one_note_is_looked_for_in_every_region():
    # a 63 mm note against a note of another colour is not one standing alone, but it shows its size whole;
    # two 63 mm notes of one colour side by side (a seam between them) are then two notes, not one 126 mm note
    from boards.capture.notes.search import detect_notes
    from boards.capture.segment import build_palette
    from boards.templates import load_template

    palette = build_palette(load_template("ideeen-genereren"), (122, 165, 200))
    labels, lines = _two_small_notes_below(300, [(20, 20, 76, NOTE_BASE + 1), (96, 30, 63, NOTE_BASE)])
    _assert_the_two_small_notes(detect_notes(labels, lines, np.ones(labels.shape, bool), palette, PPM))


def test_the_second_search_reads_again_the_doubtful_regions_and_those_touching_them_only():
    from types import SimpleNamespace

    import cv2

    from boards.capture.notes.search import _doubted_neighbourhoods

    def components(*boxes):
        mask = np.zeros((300, 600), np.uint8)
        for x, y, w, h in boxes:
            mask[y : y + h, x : x + w] = 1
        count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
        return count, labels, stats

    def blob(region, doubtful):
        return NoteBlob("", (0.0, 0.0), (76.0, 76.0), 0.0, 0.5, doubtful=doubtful, region=region)

    yellow = components((10, 10, 114, 114), (400, 10, 114, 114))  # regions 1 (left) and 2 (right)
    pink = components((124, 10, 114, 114), (400, 180, 114, 114))  # 1: against yellow's 1; 2: on its own
    cluster = SimpleNamespace(components={10: yellow, 11: pink})
    searched = [
        (cluster, None, None, 10, [blob(1, True), blob(2, False)]),
        (cluster, None, None, 11, [blob(1, False), blob(2, False)]),
    ]
    assert _doubted_neighbourhoods(searched, PPM) == [{1}, {1}]
    # nothing doubtful: nothing to read again
    searched[0] = (cluster, None, None, 10, [blob(1, False), blob(2, False)])
    assert _doubted_neighbourhoods(searched, PPM) == [set(), set()]


def test_a_note_beside_a_highlight_is_found_from_its_visible_part_and_doubtful():
    # a 76 mm note whose left 45 mm lie in a highlight's halo: washed out there, read as paper
    from boards.capture.notes.search import detect_notes
    from boards.capture.segment import build_palette
    from boards.templates import load_template

    palette = build_palette(load_template("ideeen-genereren"), (122, 165, 200))
    labels = np.full((int(300 * PPM), int(300 * PPM)), PAPER, np.uint8)
    labels[int(100 * PPM) : int(176 * PPM), int(145 * PPM) : int(176 * PPM)] = NOTE_BASE
    glare = np.zeros(labels.shape, bool)
    glare[:, : int(148 * PPM)] = True
    found = detect_notes(labels, np.zeros(labels.shape, bool), np.ones(labels.shape, bool), palette, PPM, glare=glare)
    assert len(found) == 1
    note = found[0]
    # its visible part and edges give the note; where the highlight hides its extent, it is doubtful
    assert np.hypot(note.center[0] - 138, note.center[1] - 138) < 5
    assert note.doubtful


def _rest(*rects) -> tuple[Candidate, np.ndarray]:
    """A rest made of these rectangles (x, y, w, h mm): its bounding box and its pixels (mm)."""
    import cv2

    from boards.capture.notes.candidates import _box_candidate

    mask = np.zeros((int(300 * PPM), int(400 * PPM)), np.uint8)
    for x, y, w, h in rects:
        mask[int(y * PPM) : int((y + h) * PPM), int(x * PPM) : int((x + w) * PPM)] = 1
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    box = _box_candidate(max(contours, key=cv2.contourArea).astype(np.float32), PPM)
    return box, (cv2.findNonZero(mask).reshape(-1, 2) + 0.5) / PPM


def test_a_rest_as_long_as_two_notes_in_line_is_read_as_a_note_at_each_end():
    from boards.capture.notes.choosing import _ends_in_line

    sizes = SizeBook()
    sizes.add(63.0, 63.0)
    # a 76 mm note and a 63 mm one lying over its end: each laid against its own end, as wide as the rest there
    box, pixels = _rest((20, 40, 76, 76), (84, 46, 63, 63))
    ends = _ends_in_line(box, pixels, PPM, sizes)
    assert len(ends) == 2
    for centre, side in (((58.0, 78.0), 76.0), ((115.5, 77.5), 63.0)):
        end = min(ends, key=lambda c: np.hypot(*(c.center - centre)))
        assert np.hypot(*(end.center - centre)) < 2 and abs(max(end.size) - side) < 2
    # one below the other, shifted sideways: each end as wide as a note, each note where its end lies
    ends = _ends_in_line(*_rest((20, 40, 63, 63), (60, 100, 63, 63)), PPM, sizes)
    assert len(ends) == 2
    for centre in ((51.5, 71.5), (91.5, 131.5)):
        assert min(np.hypot(*(c.center - centre)) for c in ends) < 2
    # an L of three notes, and two with a third between them (a gap between the ends' notes) are no such pair
    assert _ends_in_line(*_rest((20, 40, 63, 63), (20, 103, 63, 63), (83, 103, 63, 63)), PPM, sizes) == []
    assert _ends_in_line(*_rest((20, 40, 63, 63), (83, 50, 20, 40), (97, 40, 63, 63)), PPM, sizes) == []


def test_both_edges_of_an_axis_seen_a_known_size_apart_fix_a_note_partly_covered_elsewhere():
    from boards.capture.notes.doubt import _unfixed_axes

    # a 76 mm note among others: no side against open board, a corner under another note (not seen whole);
    # its left and right sides are edges seen, 76 mm apart: neither can be a neighbour's lying over it
    note = Candidate(np.array([200.0, 200.0]), (76.0, 76.0), 0.0, measured=0)
    note.free, note.alike, note.seen = (0.0, 0.0, 0.0, 0.0), (0.0, 0.6, 0.0, 0.6), 0.85
    note.edged = (0.3, 0.9, 0.3, 0.85)
    assert _unfixed_axes(note) == [(0, 2)]
    # a size not known on the photo: the two edges may be the note's neighbours' (it may be larger)
    note.known = False
    assert _unfixed_axes(note) == [(0, 2), (1, 3)]
    # one of the two not seen: it may lie under the neighbour there
    note.known, note.edged = True, (0.3, 0.9, 0.3, 0.5)
    assert _unfixed_axes(note) == [(0, 2), (1, 3)]


def _spanning(width_mm: float) -> np.ndarray:
    """The note's own pixels (``Candidate.own``) of a 76 mm note whose colour shows ``width_mm`` of its width."""
    return np.ones((round(76.0 * PPM), round(width_mm * PPM)), bool)


def test_a_note_whose_colour_spans_its_length_across_an_axis_is_fixed_there():
    """A 76 mm note with its top against open board, its left end under a note of another colour and its right
    end seen as an edge against another (no shadow either way): its colour spans 70 mm of its width, so, a note
    covering all of its colour, it lies at most 6 mm off where it is laid across that axis, whichever of the
    two ends lies on top. Spanning 60 mm it could lie 16 mm off: still doubtful; so too where its colour runs on
    past its left end unseen (that colour may be a neighbour's of its colour), or where the usual note on the
    photo is longer than it (it may be a usual note read short)."""
    from boards.capture.notes.doubt import _spanned, _unfixed_axes

    usual = (76.0, 76.0)
    note = Candidate(np.array([200.0, 200.0]), (76.0, 76.0), 0.0, measured=0)
    note.free, note.alike, note.seen = (1.0, 0.0, 0.0, 0.0), (0.0, 0.0, 0.0, 0.0), 0.9
    note.edged = (1.0, 0.9, 0.3, 0.1)
    note.own = _spanning(70.0)
    assert _doubt(note) == "covered"  # (nothing measured yet)
    note.spanned = _spanned(note, PPM, usual)
    assert note.spanned == (True, True)
    assert _unfixed_axes(note) == [] and _doubt(note) == ""
    note.own = _spanning(60.0)
    note.spanned = _spanned(note, PPM, usual)
    assert _doubt(note) == "covered"
    note.own, note.alike = _spanning(70.0), (0.0, 0.0, 0.0, 0.8)
    note.spanned = _spanned(note, PPM, usual)
    assert _doubt(note) == "covered"
    # (its colour running on past its right end, seen there as a seam: the colour beyond is another pad's)
    note.alike = (0.0, 0.8, 0.0, 0.0)
    note.spanned = _spanned(note, PPM, usual)
    assert _doubt(note) == ""
    note.alike = (0.0, 0.0, 0.0, 0.0)
    note.spanned = _spanned(note, PPM, (127.0, 76.0))
    assert _doubt(note) == "covered"


def test_a_side_against_open_board_along_a_stretch_past_its_neighbour_fixes_the_note():
    from boards.capture.notes.doubt import _unfixed_axes

    # a 76 mm note on a dense board: its left side under a neighbour but for 12 mm against open board past
    # the neighbour's corner, its right side against a note of its own colour with no seam to see
    note = Candidate(np.array([200.0, 200.0]), (76.0, 76.0), 0.0, measured=1)
    note.free, note.alike, note.seen = (0.0, 0.0, 0.0, 0.16), (0.0, 0.9, 0.0, 0.0), 0.9
    note.edged = (1.0, 0.4, 1.0, 0.3)
    # that stretch is the note's own edge (board beyond it, its colour inside): it fixes where the note lies
    assert _unfixed_axes(note) == []
    # a side that touches open board over a few mm only (a corner of a rectangle laid a little off) does not
    note.free = (0.0, 0.0, 0.0, 0.08)
    assert _unfixed_axes(note) == [(1, 3)]


def test_a_note_shows_its_size_with_three_sides_seen_along_half_their_length_or_more():
    from boards.capture.notes.doubt import _shows_size

    def note(size, edged, measured=2, seen=0.97) -> Candidate:
        candidate = Candidate(np.array([200.0, 200.0]), size, 0.0, measured=measured)
        candidate.edged, candidate.seen = edged, seen
        return candidate

    # a 63 mm note whose top edge runs partly under a neighbour, its fourth side against a note of its colour
    assert _shows_size(note((63.0, 64.0), (0.73, 1.0, 1.0, 0.31)))
    assert not _shows_size(note((63.0, 64.0), (0.45, 1.0, 1.0, 0.31)))  # two sides hardly seen
    assert not _shows_size(note((62.0, 48.0), (1.0, 1.0, 1.0, 1.0)))  # no size sold
    assert not _shows_size(note((63.0, 64.0), (1.0, 1.0, 1.0, 1.0), measured=1))
    assert not _shows_size(note((63.0, 64.0), (1.0, 1.0, 1.0, 1.0), seen=0.8))  # another note over a part


def test_sizes_two_notes_show_are_proven_once_per_note():
    from boards.capture.notes.sizes import _proven_sizes

    def note(center, size, shows=True, proves=False, doubtful=False) -> NoteBlob:
        blob = NoteBlob("", center, size, 0.0, 0.9, doubtful=doubtful)
        blob.shows_size, blob.proves_size = shows, proves
        return blob

    # two notes, each showing both lengths of 63 × 63 mm (a side of each against a note of its colour)
    assert _proven_sizes([note((100.0, 100.0), (63.0, 62.0)), note((300.0, 120.0), (62.0, 64.0))]) == [(63.0, 62.0)]
    # one note proposed twice (cut in two regions by a stroke, both proposing it) is still one note
    assert _proven_sizes([note((100.0, 100.0), (63.0, 62.0)), note((104.0, 101.0), (62.0, 64.0))]) == []
    # one note alone, or two of different sizes, show nothing for sure
    assert _proven_sizes([note((100.0, 100.0), (63.0, 62.0))]) == []
    assert _proven_sizes([note((100.0, 100.0), (63.0, 62.0)), note((300.0, 120.0), (76.0, 76.0))]) == []
    # a note shown whole proves its size alone, unless doubtful
    assert _proven_sizes([note((100.0, 100.0), (102.0, 76.0), shows=False, proves=True)]) == [(102.0, 76.0)]
    assert _proven_sizes([note((100.0, 100.0), (102.0, 76.0), shows=False, proves=True, doubtful=True)]) == []


def test_a_size_two_notes_show_is_looked_for_in_every_region(monkeypatch):
    # as a size shown whole by one note (above), a size two notes each show both lengths of is known to the
    # second search: two 63 mm notes of one colour side by side are then two notes, not one 126 mm note
    from boards.capture.notes import search as notes_search
    from boards.capture.segment import build_palette
    from boards.templates import load_template

    palette = build_palette(load_template("ideeen-genereren"), (122, 165, 200))
    # two 63 mm notes, each against a note of another colour
    above = [
        (20, 20, 76, NOTE_BASE + 1),
        (96, 30, 63, NOTE_BASE),
        (220, 20, 76, NOTE_BASE + 1),
        (296, 30, 63, NOTE_BASE),
    ]
    labels, lines = _two_small_notes_below(400, above)
    search = notes_search._search

    def showing_only(*args, **kwargs):
        # in the first search (of all regions) the two notes against another colour show their size without
        # proving it alone, as a note does whose fourth side lies against a note of its own colour
        blobs = search(*args, **kwargs)
        if len(args) < 10 and kwargs.get("only") is None:
            for blob in blobs:
                if blob.proves_size:
                    blob.proves_size, blob.shows_size = False, True
        return blobs

    monkeypatch.setattr(notes_search, "_search", showing_only)
    _assert_the_two_small_notes(notes_search.detect_notes(labels, lines, np.ones(labels.shape, bool), palette, PPM))


def test_a_small_note_with_bare_board_beyond_its_unseen_end_shows_its_size():
    """Dots stuck across the right edge of a 51 mm note hide that edge; the usual 76 mm note would reach 25 mm
    past it, where the board shows bare: no note lies under bare board, so the size is seen after all. With a
    neighbour beyond that end (no bare board there) the usual note may lie under it: still doubtful."""
    from tests.boards.capture.synthetic import rectangle_region

    sizes = SizeBook()
    sizes.add(76.0, 76.0, weight=3.0)
    region = rectangle_region((100.0, 100.0), (51.0, 51.0), (300, 300), PPM)
    right_end_hidden = (1.0, 0.1, 1.0, 1.0)
    small = Candidate(np.array([100.0, 100.0]), (51.0, 51.0), 0.0, measured=1)
    small.edged = right_end_hidden
    assert _size_unseen(small, sizes) == "size"  # (nothing to look at)
    assert _size_unseen(small, sizes, region, PPM) == ""
    # both ends across that axis unseen: no edge fixes where it lies along it, bare board beyond or not
    small.edged = (1.0, 0.1, 1.0, 0.1)
    assert _size_unseen(small, sizes, region, PPM) == "size"
    small.edged = right_end_hidden
    # a neighbour lies beyond the right end: the usual note may reach under it
    window_bare = region.paper.copy()
    region.paper[:, int(127 * PPM) :] = False
    assert _size_unseen(small, sizes, region, PPM) == "size"
    # (the region's own maps end short of the strip, the window's bare board shows it: that counts)
    region.bare = lambda: window_bare
    assert _size_unseen(small, sizes, region, PPM) == ""
    # a note longer than the usual one is left as it was (bare board beyond an end does not shorten the usual one)
    long_region = rectangle_region((100.0, 100.0), (127.0, 76.0), (300, 400), PPM)
    long = Candidate(np.array([100.0, 100.0]), (127.0, 76.0), 0.0, measured=1)
    long.edged = right_end_hidden
    assert _size_unseen(long, sizes, long_region, PPM) == "size"


def test_bare_board_past_dots_across_a_small_note_s_end_shows_its_size():
    """Dots of 20 mm stuck across the right edge of a 51 mm note fill the strip just beyond it; further out, where
    the usual 76 mm note would still reach (25 mm past the edge), the board shows bare: no note lies there, so the
    size is seen. With a neighbour there instead the usual note may reach under it: still doubtful."""
    from tests.boards.capture.synthetic import rectangle_region

    sizes = SizeBook()
    sizes.add(76.0, 76.0, weight=3.0)
    region = rectangle_region((100.0, 100.0), (51.0, 51.0), (300, 300), PPM)
    window_bare = region.paper.copy()
    dots = np.zeros(window_bare.shape, np.uint8)
    for y_mm in (82.0, 100.0, 118.0):  # (bare board is counted from 2.4 mm off a dot)
        cv2.circle(dots, (round(126.0 * PPM), round(y_mm * PPM)), round((10.0 + 2.4) * PPM), 1, -1)
    window_bare &= dots == 0
    region.bare = lambda: window_bare
    small = Candidate(np.array([100.0, 100.0]), (51.0, 51.0), 0.0, measured=1)
    small.edged = (1.0, 0.1, 1.0, 1.0)  # (the right end hidden under the dots)
    assert _bare_beyond(small, 1, region, PPM, BARE_STRIP_MM) is False  # (the strip alone: the dots fill it)
    assert _size_unseen(small, sizes, region, PPM) == ""
    # a neighbour lies past the dots, where the usual note would reach: it may lie under it
    window_bare[:, round(135 * PPM) :] = False
    assert _size_unseen(small, sizes, region, PPM) == "size"


def test_bare_board_past_a_narrow_note_over_a_small_note_s_end_shows_its_size():
    """A 51 mm note's right end lies under a note of another colour 14 mm wide; past that note the board shows
    bare. The usual 76 mm note would reach 25 mm past the end: its part beyond the covering note would show its
    colour on that bare board, which it does not, so the size is seen (the strip just beyond the end is all the
    covering note: the strip alone does not tell). A covering note 21 mm wide leaves too little bare board in the
    band to tell a note lying under it from one ending there: still doubtful."""
    from tests.boards.capture.synthetic import rectangle_region

    sizes = SizeBook()
    sizes.add(76.0, 76.0, weight=3.0)
    region = rectangle_region((100.0, 100.0), (51.0, 51.0), (300, 300), PPM)
    window_bare = region.paper.copy()
    region.bare = lambda: window_bare
    small = Candidate(np.array([100.0, 100.0]), (51.0, 51.0), 0.0, measured=1)
    small.edged = (1.0, 0.1, 1.0, 1.0)  # (the right end, at x 125.5 mm, hidden under the covering note)
    end = 125.5
    # (bare board is counted from 2.4 mm off any note)
    window_bare[:, : round((end + 14.0 + 2.4) * PPM)] = False
    assert _bare_beyond(small, 1, region, PPM, BARE_STRIP_MM) is False  # (the strip alone: the cover fills it)
    assert _size_unseen(small, sizes, region, PPM) == ""
    window_bare[:, : round((end + 21.0 + 2.4) * PPM)] = False
    assert _size_unseen(small, sizes, region, PPM) == "size"


def test_thin_rims_of_board_brown_inside_a_note_are_no_board_showing():
    """The blurred rims of marker strokes on a 51 mm note mix the stroke's dark with the note's colour to the
    board's brown: lines of "bare board" a pixel wide, a sixth of the note in all. No board shows there: the note
    stays sure. A band as wide as the note laid 10 mm off still makes it doubtful."""
    labels = np.full((300, 300), PAPER, np.uint8)
    top, left, side = 100, 100, round(51 * PPM)
    labels[top : top + side, left : left + side] = NOTE_BASE
    rims = np.arange(top + 2, top + side - 2, 5)
    labels[rims, left + 2 : left + side - 2] = PAPER  # (one pixel, 0.7 mm, each)
    assert np.count_nonzero(labels[top : top + side, left : left + side] == PAPER) > 0.15 * side * side
    centre = ((left + side / 2) / PPM, (top + side / 2) / PPM)
    written = NoteBlob("yellow", centre, (51.0, 51.0), 0.0, 0.9)
    laid_off = NoteBlob("yellow", (centre[0] + 10.0, centre[1]), (51.0, 51.0), 0.0, 0.9)
    _doubt_open_board([written, laid_off], labels, None, PPM)
    assert not written.doubtful and written.reason == ""
    assert laid_off.doubtful and laid_off.reason == "covered"
