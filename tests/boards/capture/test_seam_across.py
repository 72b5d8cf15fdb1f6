"""``seam_across`` measures every position along a rectangle at once; it answers as the plain loop over the
positions, one line at a time, that it replaces."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes import (
    SEAM_CHANGE_OVER,
    SEAM_OVER_GRAIN,
    SEAM_REACH_MM,
    SEAM_SHADOW_MAX,
    SEAM_SLACK_MM,
    SEAM_STEADY,
    SEAM_STEP,
    SIZE_TOLERANCE_MM,
    STROKE_RIM_MM,
    seam_across,
)

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
        base = p0[None, :] + (t_mm * px_per_mm) * unit[None, :] + s[:, None] * across[None, :]
        points = [np.round(base + shift * unit).astype(int) for shift in (-reach, 0.0, reach)]
        ok = np.ones(len(s), bool)
        for point in points:
            ok &= (point[:, 0] >= 0) & (point[:, 1] >= 0) & (point[:, 0] < width) & (point[:, 1] < height)
        points = [point[ok] for point in points]
        both = member[points[0][:, 1], points[0][:, 0]] & member[points[2][:, 1], points[2][:, 0]]
        return both, [data[point[both, 1], point[both, 0]] for point in points]

    def step(t_mm: float) -> float | None:
        both, (before, middle, after) = sides(t_mm)
        if np.count_nonzero(both) < 0.5 * len(s):
            return None
        shadow = steady_median((before + after) // 2 - middle)
        return max(steady_median(after - before), shadow if shadow <= SEAM_SHADOW_MAX else 0.0)

    def change(t_mm: float) -> float | None:
        # the colour change across the line either way: a step, or a line darker than both sides
        both, (before, middle, after) = sides(t_mm)
        if not both.any():
            return None
        dip = np.maximum((before + after) // 2 - middle, 0)
        return float(np.median(np.maximum(np.linalg.norm(after - before, axis=1), np.linalg.norm(dip, axis=1))))

    positions = np.arange(8.0, long_mm - 8.0, 1.0)
    near = np.array([min(abs(t - x) for x in expected) for t in positions])
    at_seam = [value for t in positions[near <= SEAM_SLACK_MM] if (value := step(float(t))) is not None]
    elsewhere = [value for t in positions[near > 2 * SEAM_SLACK_MM] if (value := step(float(t))) is not None]
    if not at_seam:
        return False
    grain = float(np.median(elsewhere)) if elsewhere else 0.0
    if max(at_seam) >= max(SEAM_STEP, SEAM_OVER_GRAIN * grain):
        return True
    if not elsewhere:
        return False
    # measured only where seen (as ``step``); marker strokes (far darker than a pad's shadow) wherever a side
    # of the line shows the note's colour, and their rims beside them, left out
    measured = (near <= SEAM_SLACK_MM) | (near > 2 * SEAM_SLACK_MM)
    strokes = [t for t in positions[measured] if (value := change(float(t))) is not None and value > SEAM_SHADOW_MAX]
    changes = {}
    for t in positions[measured]:
        if step(float(t)) is not None and all(abs(t - stroke) > STROKE_RIM_MM for stroke in strokes):
            changes[float(t)] = change(float(t))
    at_seam = [value for t, value in changes.items() if min(abs(t - x) for x in expected) <= SEAM_SLACK_MM]
    elsewhere = [value for t, value in changes.items() if min(abs(t - x) for x in expected) > 2 * SEAM_SLACK_MM]
    if not at_seam or not elsewhere:
        return False
    floor = float(np.median(elsewhere))
    return max(at_seam) >= max(SEAM_CHANGE_OVER * floor, floor + SEAM_STEP)


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
    image = np.clip(image, 0, 255).astype(np.uint8)
    member = rng.random((height, width)) > rng.choice([0.02, 0.3, 0.55])
    angle = float(rng.uniform(-4, 4))
    centre = (x0 + long / 2, 20 + short / 2)
    corners = cv2.boxPoints((centre, (long, short) if rng.random() < 0.5 else (short, long), angle))
    return corners, image, member


def test_all_positions_at_once_answer_as_one_at_a_time():
    rng = np.random.default_rng(5)
    answers = []
    for case in range(160):
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


def test_a_stroke_where_a_seam_would_lie_is_measured_as_one_at_a_time():
    from tests.boards.capture.test_seams import PPM, _stroked_pad

    for seed in range(4):
        image, member, corners = _stroked_pad(seed)
        for sizes in (SIZES, [(76.0, 76.0)]):
            assert seam_across(corners, image, member, PPM, sizes) == _plain_seam_across(
                corners, image, member, PPM, sizes
            )
