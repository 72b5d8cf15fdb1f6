"""Two notes of one colour in line (one lying on the other) against one larger note.

The upper pad's edge shows as a faint straight step in colour, or a shadow line, across the
rectangle the two make together; one larger note has none, whatever its writing.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from boards.capture import CaptureOptions, capture_photos, is_doubtful
from boards.capture.notes.base import rect_corners
from boards.capture.notes.candidates import Candidate
from boards.capture.notes.choosing import _joined_in_line
from boards.capture.notes.seams import CLIPPED, UNCLIPPED, seam_across
from boards.capture.notes.sizes import SizeBook
from tests.boards.capture.synthetic import Note, Scene, near, photograph, rectangle_region

PPM = 1.5
YELLOW = (90, 220, 235)
SIZES = [(76.0, 76.0)]


def _yellow_rectangle():
    """A 127 × 76 mm yellow rectangle turned 3° on kraft (float image at PPM), its mask, corners (px), long axis
    and each pixel's distance along it from the first corner (px)."""
    image = np.full((200, 260, 3), (120, 160, 200), np.float32)
    corners = rect_corners((86.0, 66.0), (127.0, 76.0), 3.0) * PPM
    mask = np.zeros(image.shape[:2], np.uint8)
    cv2.fillConvexPoly(mask, np.round(corners).astype(np.int32), 1)
    image[mask > 0] = YELLOW
    ys, xs = np.mgrid[0 : image.shape[0], 0 : image.shape[1]]
    u = np.array([np.cos(np.radians(3.0)), np.sin(np.radians(3.0))])
    along = (xs - corners[0][0]) * u[0] + (ys - corners[0][1]) * u[1]
    return image, mask, corners, u, along


def _pad(shade_step: float = 0.0, shadow: float = 0.0, writing: bool = False, seed: int = 1):
    """A 127 × 76 mm yellow rectangle (px at PPM) on kraft; from 76 mm on, ``shade_step`` levels lighter
    (another pad) with a ``shadow`` line at that edge; some grain; optionally marker scribbles along it."""
    rng = np.random.default_rng(seed)
    image, mask, corners, u, along = _yellow_rectangle()
    upper = (mask > 0) & (along > 76 * PPM)
    image[upper] += shade_step
    edge = (mask > 0) & (np.abs(along - 76 * PPM) < 1.0 * PPM)
    image[edge] -= shadow
    if writing:
        for row in (20.0, 40.0, 55.0):  # scribbles along the long side, crossing the place of a seam
            wave = [
                corners[0] / PPM + u * t + np.array([-u[1], u[0]]) * (row + 2.0 * np.sin(t / 2.0))
                for t in np.linspace(10, 117, 120)
            ]
            cv2.polylines(image, [np.round(np.array(wave) * PPM).astype(np.int32)], False, (40, 35, 30), 3)
    image += rng.normal(0, 3.0, image.shape)
    image = cv2.GaussianBlur(np.clip(image, 0, 255).astype(np.uint8), (0, 0), 0.8)
    # the note's colour, away from writing: what the reader's labels give
    member = cv2.inRange(image, (50, 180, 190), (140, 255, 255)) > 0
    member = cv2.erode(member.view(np.uint8), np.ones((3, 3), np.uint8)).view(bool)
    return image, member, corners


@pytest.mark.parametrize(("step", "shadow"), [(8.0, 0.0), (-10.0, 0.0), (0.0, 25.0)])
def test_the_edge_of_an_upper_pad_is_a_seam(step, shadow):
    image, member, corners = _pad(step, shadow)
    assert seam_across(corners, image, member, PPM, SIZES)


@pytest.mark.parametrize("writing", [False, True])
def test_one_larger_note_has_no_seam(writing):
    image, member, corners = _pad(writing=writing)
    assert not seam_across(corners, image, member, PPM, SIZES)


def test_a_seam_only_counts_a_note_length_from_an_end():
    image, member, corners = _pad(8.0)
    # the same step, but where no note of a known size would end
    assert not seam_across(corners, image, member, PPM, [(102.0, 76.0)])


def _stroked_pad(seed: int = 3):
    """``_pad`` with no second pad, and a marker stroke drawn across it where an upper pad's edge would lie."""
    rng = np.random.default_rng(seed)
    image, mask, corners, _, along = _yellow_rectangle()
    image[(mask > 0) & (np.abs(along - 76 * PPM) < 0.7 * PPM)] = (40, 35, 30)
    image += rng.normal(0, 3.0, image.shape)
    image = cv2.GaussianBlur(np.clip(image, 0, 255).astype(np.uint8), (0, 0), 0.8)
    member = cv2.inRange(image, (50, 180, 170), (140, 255, 255)) > 0
    member = cv2.erode(member.view(np.uint8), np.ones((3, 3), np.uint8)).view(bool)
    return image, member, corners


def test_a_marker_stroke_across_one_larger_note_is_no_seam():
    # a stroke far darker than a pad's shadow, where an upper pad's edge would lie: neither it nor its blurred
    # rim (the colour changes across that too) is the edge of a pad
    for seed in range(4):
        image, member, corners = _stroked_pad(seed)
        assert not seam_across(corners, image, member, PPM, SIZES)


SCENE = Scene(
    notes=[
        # oudercontact: two yellow notes of the usual size in line, the left one lying on the right one
        Note("yellow", 607, 383, 0.0, writing=False),
        Note("yellow", 560, 382, 0.0, writing=False),
        # groepsplannen: one pink note of 127 × 76 mm, the only one of its size on the board
        Note("pink", 815, 382, 2.0, size_mm=(127.0, 76.0)),
    ]
)


@pytest.fixture(scope="module")
def seam_result(board):
    jpeg, _ = photograph(board, SCENE)
    return capture_photos([jpeg], board, CaptureOptions(crops=False, keep_rectified=False))


def test_two_notes_in_line_are_two_sure_notes(seam_result):
    for x, y in ((560, 382), (607, 383)):
        (note,) = near(seam_result.notes, x, y, 10.0)
        assert max(note.width_mm, note.height_mm) < 85
        assert not is_doubtful(note)


def test_one_larger_note_standing_alone_is_one_note(seam_result):
    # (one note of a size seen once may still be doubtful: two of the usual size overlapping with a seam too
    # faint to see would look the same)
    (note,) = near(seam_result.notes, 815, 382, 10.0)
    assert sorted((note.width_mm, note.height_mm)) == pytest.approx([76, 127], abs=6)
    assert len(seam_result.notes) == 3


def _region(seam: bool, distinct: bool | None = None):
    """A region of one colour shaped 127 × 76 mm (at PPM), and a seam test that answers ``seam`` (asked for a
    seam standing out from all else on the pads: ``distinct``, by default ``seam``; nothing on it went past white, so
    on the unclipped image alone no seam)."""
    region = rectangle_region((90.0, 65.0), (127.0, 76.0), (200, 260), PPM)
    region.seamed = lambda corners, distinct=False, on=CLIPPED, answer=(seam if distinct is None else distinct): (
        False if on == UNCLIPPED else answer if distinct else seam
    )
    return region


def _pair(overlap_mm: float) -> list[Candidate]:
    left = Candidate(np.array([26.5 + 38.0, 65.0]), (76.0, 76.0), 0.0, measured=2)
    right = Candidate(np.array([26.5 + 114.0 - overlap_mm, 65.0]), (76.0, 76.0), 1.0, measured=2)
    return [left, right]


def test_two_notes_in_line_without_a_seam_are_one_longer_note():
    (joined,) = _joined_in_line(_pair(25.0), _region(seam=False), PPM, SizeBook())
    assert sorted(joined.size) == pytest.approx([76, 127], abs=1.5)
    assert joined.center == pytest.approx([90.0, 65.0], abs=1.5)


def test_two_notes_in_line_with_a_seam_stay_two():
    pair = _pair(25.0)
    assert len(_joined_in_line(pair, _region(seam=True), PPM, SizeBook())) == 2
    assert not any(note.in_line for note in pair)
    # lying so exactly in line that only the seam tells them from one longer note, a seam that lines of writing
    # parallel to it match as well: neither is vouched for by its size
    pair = _pair(25.0)
    assert len(_joined_in_line(pair, _region(seam=True, distinct=False), PPM, SizeBook())) == 2
    assert all(note.in_line for note in pair)


def test_two_notes_in_line_along_one_of_them_only_are_judged_alike_either_way_round():
    # the second is turned 0.9° and lies 2.5 mm aside across the first's axis, 1.7 mm across its own: in line
    # (within IN_LINE_MM) laid along the second only; which of the two the search meets first must not matter
    first = Candidate(np.array([64.5, 65.0]), (76.0, 76.0), 0.0, measured=2)
    second = Candidate(np.array([115.5, 67.5]), (76.0, 76.0), 0.9, measured=2)
    for pair in ([first, second], [second, first]):
        (joined,) = _joined_in_line(list(pair), _region(seam=False), PPM, SizeBook())
        assert sorted(joined.size) == pytest.approx([76, 127], abs=1.5)


def test_notes_side_by_side_stay_two():
    pair = _pair(-1.0)
    assert len(_joined_in_line(pair, _region(seam=False), PPM, SizeBook())) == 2
    assert not any(note.in_line for note in pair)


def test_two_notes_in_line_longer_together_than_any_note_sold_stay_two_without_a_seam():
    # 76 + 76 - 20 = 132 mm: within the sizes' tolerance of 127 × 76, but a note never measures longer than it
    # is (a curled, shaded or lifted end only shortens it), so however faint the seam this is two notes
    assert len(_joined_in_line(_pair(20.0), _region(seam=False), PPM, SizeBook())) == 2
    # a union of a sold length give or take the outline's error is one note
    (joined,) = _joined_in_line(_pair(27.0), _region(seam=False), PPM, SizeBook())
    assert max(joined.size) == pytest.approx(125.0, abs=1.5)


def _photographed(image: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A float pad image (px at PPM) as the reader sees it: with noise, a little blur, and where it shows the
    yellow pad's colour away from writing (its labels, eroded as ``seam_member`` does)."""
    image += rng.normal(0, 2.0, image.shape)
    image = cv2.GaussianBlur(np.clip(image, 0, 255).astype(np.uint8), (0, 0), 0.8)
    member = cv2.inRange(image, (0, 120, 120), (160, 255, 255)) > 0
    return image, cv2.erode(member.view(np.uint8), np.ones((3, 3), np.uint8)).view(bool)


def _shaded_pad(falloff: float, step: float = 0.0, stroke: bool = False, seed: int = 5):
    """``_pad`` bent across its length from 66 to 86 mm (turned away from the light there, as a pad curls): its
    colour falls off by ``falloff`` levels per mm along those 20 mm, and stays as dark beyond; ``step`` levels
    lighter from 76 mm on (another pad's edge); optionally a straight marker stroke across it at 82 mm (a line of
    writing near where a 76 mm note would end)."""
    rng = np.random.default_rng(seed)
    image, mask, corners, _, along = _yellow_rectangle()
    inside = mask > 0
    image[inside] -= (falloff * np.clip(along[inside] / PPM - 66.0, 0.0, 20.0))[:, None]
    image[inside & (along > 76 * PPM)] += step
    if stroke:
        image[inside & (np.abs(along - 82 * PPM) < 0.7 * PPM)] = (40, 35, 30)
    image, member = _photographed(image, rng)
    return image, member, corners


@pytest.mark.parametrize("stroke", [False, True])
def test_a_pad_bent_across_one_long_note_is_no_seam(stroke):
    # 1.5 levels per mm over the bend: across the 5 mm a seam's step is measured over, more than a faint pad's
    # edge steps; but it steps as much 5 mm further on, where a pad's edge leaves the pad flat on either side
    for seed in range(3):
        image, member, corners = _shaded_pad(1.5, stroke=stroke, seed=seed)
        assert not seam_across(corners, image, member, PPM, SIZES)


def _lit_pad(start: float, end: float, seed: int = 5):
    """``_pad`` lit more and more along its length from ``start`` to ``end`` mm (light falling across it: a
    highlight's halo, vignetting), 1.2 levels per mm in every channel, and as light beyond."""
    rng = np.random.default_rng(seed)
    image, mask, corners, _, along = _yellow_rectangle()
    inside = mask > 0
    image[inside] += (1.2 * np.clip(along[inside] / PPM - start, 0.0, end - start))[:, None]
    image, member = _photographed(image, rng)
    return image, member, corners


@pytest.mark.parametrize("seed", range(3))
def test_light_rising_across_where_a_seam_may_lie_is_no_seam(seed):
    # the light rises from 34 to 47 mm along one 127 mm note: the step measured over 5 mm at 43–45 mm, where a
    # 76 mm pad laid from the far end would end, is as large as a pad's edge's; the line 5 mm before it (outside
    # where a seam may lie and not far enough to be weighed as the pad's grain) steps as much: light, not an edge
    image, member, corners = _lit_pad(34.0, 47.0, seed)
    assert not seam_across(corners, image, member, PPM, SIZES)


def _curled_pads(shade_from: float, seed: int = 7, stroke_at: float | None = None):
    """``_yellow_rectangle`` with its lower third 25 levels darker from ``shade_from`` mm on to its end (a pad's curled
    and shaded lower edge: from 76 mm on, the right one of two pads in line, curled while the left one lies flat; from
    0, one long pad curled all along); optionally a stroke of writing 4 mm wide along the width of that third only, at
    ``stroke_at`` mm (a word written across where a seam would lie)."""
    rng = np.random.default_rng(seed)
    image, mask, corners, u, along = _yellow_rectangle()
    inside = mask > 0
    ys, xs = np.mgrid[0 : image.shape[0], 0 : image.shape[1]]
    v = np.array([-u[1], u[0]])
    across = (xs - corners[0][0]) * v[0] + (ys - corners[0][1]) * v[1]  # (px from the long side through corner 0)
    lower = inside & (across > 52 * PPM) & (along > shade_from * PPM)
    image[lower] -= 25.0
    if stroke_at is not None:  # (marker ink, its rim blurred over a mm or two)
        ink = (inside & (across > 52 * PPM) & (np.abs(along - stroke_at * PPM) < 2.0 * PPM)).astype(np.float32)
        ink = cv2.GaussianBlur(ink, (0, 0), 2.0)[..., None]
        image = image * (1 - ink) + np.array([40, 35, 30], np.float32) * ink
    image, member = _photographed(image, rng)
    return image, member, corners


@pytest.mark.parametrize("seed", range(3))
def test_the_edge_of_a_pad_seen_in_the_shade_of_the_other_alone_is_a_seam(seed):
    # two pads in line, the right one curled (its lower third shaded from its edge on), the left one flat: across
    # most of the width the two look alike, but where the shade begins the lower third steps sharply
    image, member, corners = _curled_pads(76.0, seed)
    assert seam_across(corners, image, member, PPM, SIZES)
    # one long pad curled all along: its shade runs the whole length, stepping nowhere along it
    image, member, corners = _curled_pads(0.0, seed)
    assert not seam_across(corners, image, member, PPM, SIZES)
    # nor is a stroke of writing along where a seam would lie, in that third alone, a seam (its blurred rim)
    image, member, corners = _curled_pads(0.0, seed, stroke_at=76.0)
    assert not seam_across(corners, image, member, PPM, SIZES)


@pytest.mark.parametrize("step", [10.0, -12.0])
def test_the_edge_of_an_upper_pad_on_a_bent_pad_is_a_seam(step):
    image, member, corners = _shaded_pad(0.5, step=step)
    assert seam_across(corners, image, member, PPM, SIZES)
