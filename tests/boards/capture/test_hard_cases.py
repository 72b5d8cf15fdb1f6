"""Read-back of the cases that used to go wrong silently, each on a hand-made scene.

Touching notes of two colours, a marker stroke across a note, rotated notes of one colour
overlapping, a note size other than 76 × 76 mm, a green note among green dots, touching dots,
a dot on a note's edge, a highlight over dots: found right, or marked doubtful.
"""

from __future__ import annotations

import pytest

from boards.capture import CaptureOptions, capture_photos, is_doubtful
from boards.colors import DOT_GREEN, DOT_RED
from tests.boards.capture.synthetic import Dot, Note, Scene, Stroke, near, photograph


def _read(board, scene: Scene):
    jpeg, _ = photograph(board, scene)
    return capture_photos([jpeg], board, CaptureOptions(crops=False, keep_rectified=False))


NOTES = Scene(
    notes=[
        # lessen-vormgeven: a yellow and a pink note touching
        Note("yellow", 112, 232, 3.0),
        Note("pink", 188, 234, -2.0),
        # toetsen-afnemen: orange and blue touching, at an angle to each other
        Note("orange", 328, 232, 8.0),
        Note("blue", 404, 228, -6.0),
        # resultaten-nabespreken: a green note with a thick marker stroke right across it
        Note("green", 585, 232, 2.0),
        # portfolio: two pink notes overlapping, rotated ±15°
        Note("pink", 768, 236, 15.0, curl=0.7),
        Note("pink", 838, 226, -12.0),
        # leerlingen-individueel-begeleiden and leerlingvolgsysteem: notes of 127 × 76 mm
        Note("blue", 1020, 232, 2.0, size_mm=(127.0, 76.0)),
        Note("yellow", 140, 382, -3.0, size_mm=(127.0, 76.0)),
        # huiswerk: one usual note beside
        Note("orange", 372, 382, 0.0),
    ],
    strokes=[Stroke((530, 228), (642, 238), width_mm=4.5)],
)


@pytest.fixture(scope="module")
def notes_result(board):
    return _read(board, NOTES)


@pytest.mark.parametrize(
    ("color", "x", "y"), [("yellow", 112, 232), ("pink", 188, 234), ("orange", 328, 232), ("blue", 404, 228)]
)
def test_touching_notes_of_two_colours_are_two_notes(notes_result, color, x, y):
    found = near(notes_result.notes, x, y, 10.0)
    assert [note.color for note in found] == [color]
    assert 70 <= found[0].width_mm <= 82 and 70 <= found[0].height_mm <= 82


def test_no_phantom_notes(notes_result):
    assert len(notes_result.notes) == len(NOTES.notes)
    for note in notes_result.notes:
        assert any(abs(note.x_mm - true.x_mm) < 12 and abs(note.y_mm - true.y_mm) < 12 for true in NOTES.notes)


def test_marker_stroke_does_not_cut_a_note(notes_result):
    found = near(notes_result.notes, 585, 232, 10.0)
    assert len(found) == 1 and found[0].color == "green"
    assert not near(notes_result.notes, 585, 212, 10.0) or found == near(notes_result.notes, 585, 212, 25.0)


def test_rotated_overlapping_notes_of_one_colour(notes_result):
    for x, y in ((768, 236), (838, 226)):
        found = near(notes_result.notes, x, y, 12.0)
        assert len(found) == 1 and found[0].color == "pink"


def test_other_note_size_is_inferred(notes_result):
    for x, y in ((1020, 232), (140, 382)):
        found = near(notes_result.notes, x, y, 10.0)
        assert len(found) == 1
        assert sorted((found[0].width_mm, found[0].height_mm)) == pytest.approx([76, 127], abs=6)
    usual = near(notes_result.notes, 372, 382, 10.0)
    assert len(usual) == 1 and max(usual[0].width_mm, usual[0].height_mm) < 85


def test_sure_notes_are_not_doubtful(notes_result):
    # the notes standing alone (and the ones merely touching) are vouched for
    for x, y in ((112, 232), (188, 234), (585, 232), (372, 382)):
        (note,) = near(notes_result.notes, x, y, 10.0)
        assert not is_doubtful(note) and note.doubt == ""


DOTS = Scene(
    background="none",
    notes=[
        Note("green", 150, 232, 4.0, curl=0.9),  # lessen-vormgeven: a green note among green dots
        Note("pink", 372, 232, -3.0),  # toetsen-afnemen: red dots on a pink note
        Note("orange", 810, 232, 0.0, writing=False),  # portfolio: a dot on the note's edge
    ],
    dots=[
        Dot(DOT_GREEN, 70, 200),
        Dot(DOT_GREEN, 72, 262),
        Dot(DOT_GREEN, 232, 205),
        Dot(DOT_GREEN, 236, 266),
        Dot(DOT_GREEN, 165, 250),  # on the green note
        Dot(DOT_RED, 360, 222),
        Dot(DOT_RED, 388, 250),
        Dot(DOT_RED, 300, 200),
        # resultaten-nabespreken: three red dots touching and overlapping
        Dot(DOT_RED, 560, 230),
        Dot(DOT_RED, 571, 231),
        Dot(DOT_RED, 565, 241),
        Dot(DOT_GREEN, 620, 250),
        Dot(DOT_GREEN, 772, 240),  # on the orange note's left edge
    ],
)


@pytest.fixture(scope="module")
def dots_result(board):
    return _read(board, DOTS)


def _counts(result):
    return {(count.zone_id, count.kind): count.count for count in result.dot_counts()}


def test_a_note_of_the_dots_hue_never_becomes_dots(dots_result):
    counts = _counts(dots_result)
    assert counts.get(("lessen-vormgeven-lesmaterialen", "werkplezier")) == 5
    assert counts.get(("lessen-vormgeven-lesmaterialen", "werkdruk"), 0) == 0
    assert counts.get(("toetsen-afnemen", "werkdruk")) == 3


def test_touching_dots_and_a_dot_on_a_note_edge_are_counted_once(dots_result):
    counts = _counts(dots_result)
    assert counts.get(("resultaten-nabespreken", "werkdruk")) == 3
    assert counts.get(("resultaten-nabespreken", "werkplezier")) == 1
    assert counts.get(("portfolio-van-leerlingen-bijhouden", "werkplezier")) == 1
    assert len(near(dots_result.notes, 810, 232, 8.0)) == 1


def test_dot_scene_has_nothing_doubtful(dots_result):
    assert dots_result.doubtful_zones == {}
    assert dots_result.doubtful_notes == []


def test_dots_under_a_highlight_are_read_or_their_zone_is_doubtful(board):
    # groepsplannen-maken (709..922 × 326..437): dots in the middle of a strong highlight
    scene = Scene(
        dots=[Dot(DOT_GREEN, 800, 370), Dot(DOT_GREEN, 830, 395), Dot(DOT_RED, 790, 405), Dot(DOT_RED, 870, 360)],
        notes=[Note("yellow", 150, 232)],
        highlight=(815.0, 382.0, 70.0),
    )
    result = _read(board, scene)
    counts = _counts(result)
    doubtful = result.doubtful_zones
    zone = "groepsplannen-maken"
    read_right = counts.get((zone, "werkplezier")) == 2 and counts.get((zone, "werkdruk")) == 2
    assert read_right or "glare" in doubtful.get(zone, [])
    assert result.photos[0].glare_mm or read_right
    # far from the highlight nothing is doubtful
    assert "lessen-vormgeven-lesmaterialen" not in doubtful
    assert not any(is_doubtful(note) for note in near(result.notes, 150, 232))


def test_a_zone_the_highlight_only_pales_is_read_as_any_other(board):
    # a highlight's white core over groepsplannen-maken (709..922 × 326..437); its pale ring reaches into
    # informatieavonden (709..922 × 446..557) and handelingsplannen (931..1144 × 326..437), whose dots keep
    # their colour (whitened): read there, and those zones not doubtful
    scene = Scene(
        dots=[
            Dot(DOT_GREEN, 800, 380),
            Dot(DOT_RED, 830, 400),
            Dot(DOT_RED, 955, 360),
            Dot(DOT_GREEN, 960, 410),
            Dot(DOT_RED, 860, 470),
            Dot(DOT_GREEN, 890, 500),
        ],
        highlight=(830.0, 385.0, 45.0),
        highlight_kind="veiled",
    )
    result = _read(board, scene)
    counts = _counts(result)
    doubtful = result.doubtful_zones
    for zone in ("informatieavonden-en-open-dagen-organiseren", "handelingsplannen-schrijven"):
        assert counts.get((zone, "werkdruk")) == 1 and counts.get((zone, "werkplezier")) == 1
        assert zone not in doubtful
    # under the white core the dots are gone: that zone says so
    zone = "groepsplannen-maken"
    read_right = counts.get((zone, "werkplezier")) == 1 and counts.get((zone, "werkdruk")) == 1
    assert read_right or "glare" in doubtful.get(zone, [])
