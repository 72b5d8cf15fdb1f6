"""``seam_across`` measures every position along a rectangle at once; it answers as the plain loop over the
positions, one line at a time, that it replaces."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.seams import (
    SEAM_BAND_HIDES,
    SEAM_BAND_MM,
    SEAM_CHANGE_OVER,
    SEAM_NEAR_MM,
    SEAM_OVER_GRAIN,
    SEAM_PIECE_MM,
    SEAM_PIECES_STEP,
    SEAM_REACH_MM,
    SEAM_SHADOW_MAX,
    SEAM_SHOWS,
    SEAM_SLACK_MM,
    SEAM_STEADY,
    SEAM_STEP,
    STROKE_RIM_MM,
    seam_across,
)
from boards.capture.notes.sizes import SIZE_TOLERANCE_MM

SIZES = [(76.0, 76.0), (127.0, 76.0), (102.0, 76.0)]


def _plain_seam_across(corners_px, image, member, px_per_mm, sizes_mm) -> bool:
    """The measure one position at a time."""
    p0, p1, p3 = corners_px[0], corners_px[1], corners_px[3]
    along, across = p1 - p0, p3 - p0
    if np.hypot(*across) > np.hypot(*along):
        along, across = across, along
    long_px, short_px = float(np.hypot(*along)), float(np.hypot(*across))
    if long_px < 1 or short_px < 1:
        return False
    unit = along / long_px
    long_mm, short_mm = long_px / px_per_mm, short_px / px_per_mm
    lengths = [x for a, b in sizes_mm for x, y in ((a, b), (b, a)) if abs(y - short_mm) < 1.5 * SIZE_TOLERANCE_MM]
    expected = [x for length in lengths for x in (length, long_mm - length) if 10.0 < x < long_mm - 10.0]
    if not expected:
        return False
    reach = SEAM_REACH_MM * px_per_mm
    s = np.linspace(0.1, 0.9, max(8, int(short_px * 0.8)))
    height, width = member.shape
    data = image.astype(np.int16)

    def steady_median(difference: np.ndarray) -> float:
        median = np.median(difference, axis=0)
        size = float(np.hypot.reduce(median))
        if size == 0:
            return 0.0
        steady = np.count_nonzero(difference @ (median / size) > 0.5 * size) / len(difference)
        return size if steady >= SEAM_STEADY else 0.0

    def sides(t_mm: float):
        """The points of a line and beside it (inside the picture), and where both sides show the note."""
        base = p0[None, :] + (t_mm * px_per_mm) * unit[None, :] + s[:, None] * across[None, :]
        points = [np.round(base + shift * unit).astype(int) for shift in (-reach, 0.0, reach)]
        ok = np.ones(len(s), bool)
        for point in points:
            ok &= (point[:, 0] >= 0) & (point[:, 1] >= 0) & (point[:, 0] < width) & (point[:, 1] < height)
        points = [point[ok] for point in points]
        both = member[points[0][:, 1], points[0][:, 0]] & member[points[2][:, 1], points[2][:, 0]]
        return both, points

    def step(t_mm: float) -> tuple[float | None, bool]:
        """The step at a line (None: not measured there), and whether it was measured in pieces under bold
        writing."""
        both, points = sides(t_mm)
        written = False
        if np.count_nonzero(both) < 0.5 * len(s):
            # under bold writing: only the pieces of the line at least SEAM_PIECE_MM long, two of them or more
            piece = max(2, int(round(SEAM_PIECE_MM / (0.8 * short_mm / max(1, len(s) - 1)))))
            runs, start = [], None
            for index, value in enumerate([*both.tolist(), False]):
                if value and start is None:
                    start = index
                elif not value and start is not None:
                    runs.append((start, index))
                    start = None
            kept = np.zeros(len(both), bool)
            long_runs = [(a, b) for a, b in runs if b - a >= piece]
            for a, b in long_runs:
                kept[a:b] = True
            if np.count_nonzero(kept) < SEAM_SHOWS * len(s) or len(long_runs) < 2:
                return None, False
            both, written = kept, True
        before, middle, after = (data[point[both, 1], point[both, 0]] for point in points)
        shadow = steady_median((before + after) // 2 - middle)
        value = max(steady_median(after - before), shadow if shadow <= SEAM_SHADOW_MAX else 0.0)
        return (0.0 if written and value < SEAM_PIECES_STEP else value), written

    def change(t_mm: float) -> float | None:
        """The colour change across the line either way (a step, or a line darker than both sides), where both
        sides show the note (None: nowhere)."""
        both, points = sides(t_mm)
        if not both.any():
            return None
        before, middle, after = (data[point[both, 1], point[both, 0]] for point in points)
        dip = np.maximum((before + after) // 2 - middle, 0)
        return float(np.median(np.maximum(np.linalg.norm(after - before, axis=1), np.linalg.norm(dip, axis=1))))

    def hidden_line(t_mm: float) -> bool:
        """Whether the line itself is hidden (not the note's colour) over SEAM_BAND_HIDES of it."""
        point = np.round(p0[None, :] + (t_mm * px_per_mm) * unit[None, :] + s[:, None] * across[None, :]).astype(int)
        ok = (point[:, 0] >= 0) & (point[:, 1] >= 0) & (point[:, 0] < width) & (point[:, 1] < height)
        shown = np.count_nonzero(member[point[ok, 1], point[ok, 0]])
        return shown < (1.0 - SEAM_BAND_HIDES) * len(s)

    positions = np.arange(8.0, long_mm - 8.0, 1.0)
    near = np.array([min(abs(t - x) for x in expected) for t in positions])
    # bands of writing along the lines: SEAM_BAND_MM hidden lines side by side, 1 mm apart, among every line sampled
    # (where a seam may lie, elsewhere, and between the two)
    sampled = [
        float(t)
        for t, d in zip(positions, near)
        if d <= SEAM_SLACK_MM + 2 * SEAM_REACH_MM + 1.0 or d > 2 * SEAM_SLACK_MM
    ]
    bands, run = [], []
    for t in sampled:
        if hidden_line(t) and (not run or t - run[-1] <= 1.0):
            run.append(t)
        else:
            if len(run) >= SEAM_BAND_MM:
                bands += run
            run = [t] if hidden_line(t) else []
    if len(run) >= SEAM_BAND_MM:
        bands += run

    def beside_writing(t_mm: float) -> bool:
        return any(abs(t_mm - b) <= SEAM_REACH_MM + SEAM_NEAR_MM for b in bands)

    def measured(t_mm: float) -> float | None:
        value, _ = step(t_mm)
        if value is not None and beside_writing(t_mm):
            return 0.0  # beside a line of writing along the line
        return value

    seam_positions = positions[near <= SEAM_SLACK_MM]
    at_seam = [value for t in seam_positions if (value := measured(float(t))) is not None]
    elsewhere = [value for t in positions[near > 2 * SEAM_SLACK_MM] if (value := measured(float(t))) is not None]
    if not len(seam_positions):
        return False
    if not at_seam:
        return True  # (measured nowhere a seam may lie: one may lie there unseen)
    grain = float(np.median(elsewhere)) if elsewhere else 0.0
    if max(at_seam) >= max(SEAM_STEP, SEAM_OVER_GRAIN * grain):
        return True
    # else the colour change either way, measured only where half the line shows the note (not in pieces under
    # writing); marker strokes (far darker than a pad's shadow) wherever a side of the line shows the note's
    # colour, and their rims beside them, left out, as are the lines beside writing along the line
    looked_at = positions[(near <= SEAM_SLACK_MM) | (near > 2 * SEAM_SLACK_MM)]
    strokes = [t for t in looked_at if (value := change(float(t))) is not None and value > SEAM_SHADOW_MAX]
    changes = {}
    for t in looked_at:
        value, written = step(float(t))
        if (
            value is not None
            and not written
            and all(abs(t - stroke) > STROKE_RIM_MM for stroke in strokes)
            and not beside_writing(float(t))
        ):
            changes[float(t)] = change(float(t))
    at_seam = [value for t, value in changes.items() if min(abs(t - x) for x in expected) <= SEAM_SLACK_MM]
    elsewhere = [value for t, value in changes.items() if min(abs(t - x) for x in expected) > 2 * SEAM_SLACK_MM]
    if not at_seam or not elsewhere:
        return False
    floor = float(np.median(elsewhere))
    bar = max(SEAM_CHANGE_OVER * floor, floor + SEAM_STEP)
    over = {t for t, value in changes.items() if min(abs(t - x) for x in expected) <= SEAM_SLACK_MM and value >= bar}
    return any(t + 1.0 in over for t in over)


def _two_pads(rng: np.random.Generator, px_per_mm: float):
    """Two pads of one colour, one lying over the other (a faint or clear step, sometimes a shadow line, or
    none), with grain, writing strokes, holes in ``member``, parts outside the picture; and the rectangle
    around both, turned a little, in float32 corners as ``cv2.boxPoints`` gives them."""
    short, long = 76.0 * px_per_mm, rng.choice([127.0, 140.0, 152.0, 180.0]) * px_per_mm
    seam = rng.choice([76.0, 64.0, 90.0]) * px_per_mm
    height, width = int(short + 40), int(long + 40)
    colour = rng.integers(60, 220, 3)
    image = np.clip(colour + rng.normal(0, rng.choice([1.0, 4.0, 9.0]), (height, width, 3)), 0, 255)
    x0 = 20 + int(rng.integers(-30, 10))  # sometimes partly outside the picture
    image[:, x0 + int(seam) :] += rng.choice([0.0, 3.0, 6.0, 12.0, -8.0]) * rng.choice([-1, 1], 3)
    if rng.random() < 0.4:
        image[:, x0 + int(seam) : x0 + int(seam) + 2] -= rng.choice([10.0, 30.0, 80.0])
    for _ in range(int(rng.integers(0, 12))):  # strokes of writing
        x, y = rng.integers(0, width), rng.integers(0, height)
        cv2.line(
            image, (int(x), int(y)), (int(x + rng.integers(-30, 30)), int(y + rng.integers(-30, 30))), (30, 30, 30), 2
        )
    member = rng.random((height, width)) > rng.choice([0.02, 0.3, 0.55])
    if rng.random() < 0.4:  # lines of bold writing along the pads, across the seam, hiding much of it
        every, band = int(rng.integers(12, 24)), int(rng.integers(6, 16))
        for y in range(int(rng.integers(0, every)), height, every):
            image[y : y + band] = (30, 30, 30)
            member[y : y + band] = False
    image = np.clip(image, 0, 255).astype(np.uint8)
    angle = float(rng.uniform(-4, 4))
    centre = (x0 + long / 2, 20 + short / 2)
    corners = cv2.boxPoints((centre, (long, short) if rng.random() < 0.5 else (short, long), angle))
    return corners, image, member


def test_all_positions_at_once_answer_as_one_at_a_time():
    rng = np.random.default_rng(5)
    answers = []
    for case in range(240):
        px_per_mm = float(rng.choice([2.0, 2.5, 3.1]))
        corners, image, member = _two_pads(rng, px_per_mm)
        for corners_px in (corners, corners.astype(np.float64)):
            expected = _plain_seam_across(corners_px, image, member, px_per_mm, SIZES)
            assert seam_across(corners_px, image, member, px_per_mm, SIZES) == expected, case
            answers.append(expected)
    # both answers were asked for, many times
    assert 20 < sum(answers) < len(answers) - 20


def test_rectangles_too_small_or_of_no_known_size_have_no_seam():
    image = np.full((100, 100, 3), 128, np.uint8)
    member = np.ones((100, 100), bool)
    tiny = np.array([[10, 10], [10.5, 10], [10.5, 10.5], [10, 10.5]], np.float32)
    odd = np.array([[0, 0], [90, 0], [90, 20], [0, 20]], np.float32)  # 20 mm wide: no note is
    for corners in (tiny, odd):
        assert not seam_across(corners, image, member, 1.0, SIZES)
        assert not _plain_seam_across(corners, image, member, 1.0, SIZES)


def _written_pads(seam: bool, writing_along: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A 127 x 76 mm rectangle of one pad colour at 1.5 px/mm, bold writing hiding more than half of any line
    across it, and the upper pad's edge (a shadow line) 76 mm from its left end when ``seam``. Lines of writing run
    along the long axis (across the seam), or with ``writing_along`` across it, one of them where a seam would
    lie."""
    px_per_mm = 1.5
    width, height = int(127 * px_per_mm) + 40, int(76 * px_per_mm) + 40
    rng = np.random.default_rng(3)
    image = np.clip(rng.normal((90, 200, 230), 3.0, (height, width, 3)), 0, 255)
    member = np.ones((height, width), bool)
    x_seam = 20 + int(76 * px_per_mm)
    if seam:
        image[:, x_seam : x_seam + 2] -= 25  # the upper pad's edge shades the lower pad
    if writing_along:
        for x in range(x_seam - 6, 20 + int(127 * px_per_mm), 16):
            image[:, x : x + 10] = (40, 40, 40)
            member[:, x : x + 10] = False
            member[::9, x : x + 10] = True  # specks of pad between the strokes
    else:
        for y in range(24, height - 20, 20):  # 7 mm bands 13 mm apart
            image[y : y + 11] = (40, 40, 40)
            member[y : y + 11] = False
    corners = np.array([[20, 20], [width - 20, 20], [width - 20, height - 20], [20, height - 20]], np.float32)
    return corners, np.clip(image, 0, 255).astype(np.uint8), member


def test_a_seam_under_bold_writing_shows_in_pieces_between_the_lines_of_writing():
    sizes = [(76.0, 76.0)]
    corners, image, member = _written_pads(seam=True, writing_along=False)
    assert seam_across(corners, image, member, 1.5, sizes)
    assert seam_across(corners, image, member, 1.5, sizes) == _plain_seam_across(corners, image, member, 1.5, sizes)
    # one note, written just as boldly: no seam
    corners, image, member = _written_pads(seam=False, writing_along=False)
    assert not seam_across(corners, image, member, 1.5, sizes)
    # a line laid along a line of writing shows the pad only in specks: no seam there either
    corners, image, member = _written_pads(seam=False, writing_along=True)
    assert not seam_across(corners, image, member, 1.5, sizes)


def test_the_blurred_rim_of_a_line_of_writing_along_the_line_is_no_seam():
    # one 127 x 76 mm note with a line of writing 5 mm wide running across it where a 76 mm note would end:
    # the writing hides the lines laid along it, and its blurred rim darkens one side of the lines beside it
    px_per_mm = 1.5
    width, height = int(127 * px_per_mm) + 40, int(76 * px_per_mm) + 40
    rng = np.random.default_rng(3)
    image = np.clip(rng.normal((90, 200, 230), 3.0, (height, width, 3)), 0, 255).astype(np.float32)
    ink = np.zeros((height, width), np.float32)
    x_band = 20 + int(76 * px_per_mm) - 4
    ink[30 : height - 30, x_band : x_band + 8] = 1.0
    ink = cv2.GaussianBlur(ink, (0, 0), 2.0)
    image = image * (1 - ink[..., None]) + np.array([40, 40, 40], np.float32) * ink[..., None]
    image = np.clip(image, 0, 255).astype(np.uint8)
    member = ink <= 0.5
    corners = np.array([[20, 20], [width - 20, 20], [width - 20, height - 20], [20, height - 20]], np.float32)
    sizes = [(76.0, 76.0)]
    assert not seam_across(corners, image, member, px_per_mm, sizes)
    assert not _plain_seam_across(corners, image, member, px_per_mm, sizes)
    # the upper pad's edge there instead: a thin shadow line, not hiding the line, is a seam
    shade = np.clip(rng.normal((90, 200, 230), 3.0, (height, width, 3)), 0, 255)
    shade[:, x_band + 3 : x_band + 5] -= 25
    shade = np.clip(shade, 0, 255).astype(np.uint8)
    assert seam_across(corners, shade, np.ones((height, width), bool), px_per_mm, sizes)


def test_a_stroke_where_a_seam_would_lie_is_measured_as_one_at_a_time():
    from tests.boards.capture.test_seams import PPM, _stroked_pad

    for seed in range(4):
        image, member, corners = _stroked_pad(seed)
        for sizes in (SIZES, [(76.0, 76.0)]):
            assert seam_across(corners, image, member, PPM, sizes) == _plain_seam_across(
                corners, image, member, PPM, sizes
            )


def test_a_seam_that_cannot_be_measured_where_it_may_lie_is_not_taken_for_none():
    # a 127 x 76 mm rectangle of one pad colour, no step anywhere; where a 76 mm pad would end, the note's colour
    # shows on no line (the lower pad curled and shaded into another class): whether a pad's edge lies there is
    # not known, so it is not vouched for as one note
    px_per_mm, sizes = 1.5, [(76.0, 76.0)]
    width, height = int(127 * px_per_mm) + 40, int(76 * px_per_mm) + 40
    image = np.clip(np.random.default_rng(4).normal((90, 200, 230), 3.0, (height, width, 3)), 0, 255).astype(np.uint8)
    corners = np.array([[20, 20], [width - 20, 20], [width - 20, height - 20], [20, height - 20]], np.float32)
    member = np.ones((height, width), bool)
    assert not seam_across(corners, image, member, px_per_mm, sizes)
    member[:, 20 + int(35 * px_per_mm) : 20 + int(100 * px_per_mm)] = False
    assert seam_across(corners, image, member, px_per_mm, sizes)
    assert _plain_seam_across(corners, image, member, px_per_mm, sizes)


def _note_with_writing(bands_mm: list[float], seam_mm: float | None = None):
    """One 127 x 76 mm note of one pad colour at 1.5 px/mm, with bold lines of writing 7 mm wide (blurred) across
    it whose middles lie ``bands_mm`` from its left end, and, with ``seam_mm``, the upper pad's edge (a shadow
    line) there."""
    px_per_mm = 1.5
    width, height = int(127 * px_per_mm) + 40, int(76 * px_per_mm) + 40
    rng = np.random.default_rng(7)
    image = np.clip(rng.normal((200, 160, 80), 3.0, (height, width, 3)), 0, 255).astype(np.float32)
    if seam_mm is not None:
        x_seam = 20 + int(seam_mm * px_per_mm)
        image[:, x_seam : x_seam + 2] -= 25
    ink = np.zeros((height, width), np.float32)
    for middle in bands_mm:
        x = 20 + int((middle - 3.5) * px_per_mm)
        ink[26 : height - 26, x : x + int(7 * px_per_mm)] = 1.0
    ink = cv2.GaussianBlur(ink, (0, 0), 2.0)
    image = image * (1 - ink[..., None]) + np.array([40, 40, 40], np.float32) * ink[..., None]
    member = ink <= 0.5
    corners = np.array([[20, 20], [width - 20, 20], [width - 20, height - 20], [20, height - 20]], np.float32)
    return corners, np.clip(image, 0, 255).astype(np.uint8), member


def test_a_line_of_writing_across_the_end_of_where_a_seam_may_lie_is_no_seam():
    # on the hold-out 290909 `combined-2` a blue 127 x 76 mm note written in bold lines across it was read as two
    # sure 76 mm notes: a line of writing lay across the start of the lines where the upper pad's edge may lie (51 mm
    # from an end, give or take SEAM_SLACK_MM), so among those lines alone it hid too few side by side to count as
    # writing along them, and its blurred rim beside it passed for a pad's edge
    sizes = [(76.0, 76.0)]
    start = 127.0 - 76.0 - SEAM_SLACK_MM  # (where the lines a seam may lie on begin)
    corners, image, member = _note_with_writing([start - 2.0, start + 21.0, 100.0, 20.0])
    assert not seam_across(corners, image, member, 1.5, sizes)
    # the upper pad's edge 76 mm from the left end, with the same writing: a seam
    corners, image, member = _note_with_writing([start - 2.0, start + 21.0, 100.0, 20.0], seam_mm=76.0)
    assert seam_across(corners, image, member, 1.5, sizes)
