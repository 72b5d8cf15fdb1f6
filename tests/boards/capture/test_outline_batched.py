"""The notes search measures a rectangle's outline faster, the same numbers as before.

``_seams`` measures all sides of a rectangle at once (one lookup of its samples, the pieces of sides of one length
in one median, the colours only where a dark band lies outside): the same numbers as measuring side by side, the
plain way it replaced (kept here as the reference). ``_measure_outline`` looks its crossing test up with its other
points, and keeps where an outline's samples lie for rectangles of one size."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.candidates import Candidate
from boards.capture.notes.measuring import Region
from boards.capture.notes.seams import (
    SEAM_CHUNK_MM,
    SEAM_CLEAR_MM,
    SEAM_LEVELS,
    SEAM_NEAR_MM,
    SHADOW_HUE_MARGIN,
    SHADOW_LEVELS,
    SHADOW_MM,
    _median,
    _seams,
    _side_seam_shares,
)


def _shadow_on_itself_plain(colours, profile, out_band, below, beyond):
    median = _median(colours, 1)
    chroma = median / np.maximum(median.sum(axis=2, keepdims=True), 1.0)
    offsets = np.flatnonzero(out_band)
    darkest = offsets[np.argmin(profile[:, offsets], axis=1)]
    dark = chroma[np.arange(len(chroma)), darkest]
    own = _median(chroma[:, below], 1)
    other = _median(chroma[:, beyond], 1)
    return np.linalg.norm(dark - own, axis=1) < SHADOW_HUE_MARGIN * np.linalg.norm(dark - other, axis=1)


def _seams_side_by_side(candidate: Candidate, region: Region, px_per_mm: float, sides=range(4)) -> tuple:
    """The seam, cast and received shares per side, one side after another (the reader's way before)."""
    gray, corners = region.gray, candidate.polygon
    height, width = gray.shape
    centre = corners.mean(axis=0)
    offsets = np.arange(-6.0, 6.01, 0.75) * px_per_mm
    near = np.abs(offsets) <= SEAM_NEAR_MM * px_per_mm + 1e-6
    below = offsets <= -SEAM_CLEAR_MM * px_per_mm + 1e-6
    beyond = offsets >= SEAM_CLEAR_MM * px_per_mm - 1e-6
    band = (np.abs(offsets) >= 0.75 * px_per_mm - 1e-6) & (np.abs(offsets) <= SHADOW_MM * px_per_mm + 1e-6)
    seams, casts, receives = [0.0] * 4, [0.0] * 4, [0.0] * 4
    for i in range(4):
        p, q = corners[i], corners[(i + 1) % 4]
        length = float(np.hypot(*(q - p)))
        direction = (q - p) / max(1e-6, length)
        normal = np.array([-direction[1], direction[0]])
        if normal @ ((p + q) / 2 - centre) < 0:
            normal = -normal
        margin = 6.0 * px_per_mm
        steps = int((length - 2 * margin) / (1.5 * px_per_mm))
        if steps < 6 or i not in sides:
            continue
        along = margin + (np.arange(steps) + 0.5) * (length - 2 * margin) / steps
        points = p[None, None, :] + along[:, None, None] * direction + offsets[None, :, None] * normal
        xs, ys = points[..., 0].astype(np.float32), points[..., 1].astype(np.float32)
        inside = (xs >= 0) & (ys >= 0) & (xs <= width - 1) & (ys <= height - 1)
        profiles = cv2.remap(gray, xs, ys, cv2.INTER_LINEAR)
        count = max(1, int(round(steps * 1.5 / SEAM_CHUNK_MM)))
        size = steps // count
        shape = (count, size, len(offsets))
        whole = inside[: count * size].reshape(shape).all(axis=(1, 2))
        if not whole.any():
            continue
        profile = _median(profiles[: count * size].reshape(shape)[whole], 1)
        step = np.abs(profile[:, 2:] - profile[:, :-2])
        dip = np.minimum(profile[:, :-2], profile[:, 2:]) - profile[:, 1:-1]
        at = np.maximum(step, dip)[:, near[1:-1]].max(axis=1)
        around = np.maximum(np.ptp(profile[:, below], axis=1), np.ptp(profile[:, beyond], axis=1))
        seamed = (at >= SEAM_LEVELS) & (at >= 2.0 * around)
        darkest = np.minimum(_median(profile[:, beyond], 1), _median(profile[:, below], 1))
        out_band = profile[:, band & (offsets > 0)].min(axis=1)
        in_band = profile[:, band & (offsets < 0)].min(axis=1)
        dark_outside = out_band <= darkest - SHADOW_LEVELS
        cast = dark_outside & (in_band > darkest - SHADOW_LEVELS / 2)
        received = in_band <= darkest - SHADOW_LEVELS
        if region.color is not None and dark_outside.any():
            colours = cv2.remap(region.color, xs, ys, cv2.INTER_LINEAR)[: count * size].reshape((*shape, 3))[whole]
            on_itself = dark_outside & _shadow_on_itself_plain(colours, profile, band & (offsets > 0), below, beyond)
            cast, received = cast & ~on_itself, received | on_itself
        seams[i], casts[i], receives[i] = float(np.mean(seamed)), float(np.mean(cast)), float(np.mean(received))
    return tuple(seams), tuple(casts), tuple(receives)


def _scene(rng: np.random.Generator, px_per_mm: float) -> Region:
    """Notes of two colours with seams, shadows in either colour and strokes of writing, in noise."""
    shape = (int(260 * px_per_mm), int(300 * px_per_mm))
    orange, blue = np.array([39.0, 104.0, 156.0]), np.array([133.0, 113.0, 65.0])
    image = np.empty((*shape, 3), np.float32)
    image[:] = orange
    split = int(rng.integers(shape[1] // 3, 2 * shape[1] // 3))
    image[:, split:] = blue
    for _ in range(12):  # seams, shadows (in one colour or the other), writing
        colour = (orange if rng.random() < 0.5 else blue) * rng.uniform(0.2, 0.9)
        width = int(rng.integers(1, 4))
        at = int(rng.integers(0, shape[rng.random() < 0.5] - width))
        if rng.random() < 0.5:
            image[at : at + width, :] = colour
        else:
            image[:, at : at + width] = colour
    image += rng.normal(0, 2.0, image.shape).astype(np.float32)
    empty = np.zeros(shape, bool)
    region = Region(np.zeros(2), empty, empty, empty, empty, empty)
    region.gray = cv2.GaussianBlur(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), (0, 0), 0.7)
    region.color = image if rng.random() < 0.8 else np.clip(image, 0, 255).astype(np.uint8)
    return region


def test_all_sides_at_once_are_the_numbers_of_one_side_after_another():
    rng = np.random.default_rng(13)
    compared = dark = 0
    for px_per_mm in (1.0, 1.5, 2.2):
        for _ in range(12):
            region = _scene(rng, px_per_mm)
            height, width = region.gray.shape
            for _ in range(25):
                # squares and oblongs at any angle, some reaching beyond the image, some too short to measure
                size = (float(rng.choice([20.0, 51.0, 76.0, 102.0, 127.0])), float(rng.choice([38.0, 76.0, 76.0])))
                centre = np.array([rng.uniform(-20, width + 20), rng.uniform(-20, height + 20)]) / px_per_mm
                candidate = Candidate(centre, size, float(rng.uniform(-45, 45)), measured=0)
                candidate.polygon = candidate.corners_mm() * px_per_mm
                sides = range(4) if rng.random() < 0.6 else {int(side) for side in rng.choice(4, 2)}
                expected = _seams_side_by_side(candidate, region, px_per_mm, sides)
                _seams(candidate, region, px_per_mm, sides)
                found = (candidate.seam, candidate.casts, candidate.receives)
                assert found == expected
                assert all(type(value) is float for values in found for value in values)
                compared += 1
                dark += any(expected[1]) or any(expected[2])
    assert compared == 900 and dark > 100  # (shadows were measured, their colours looked at)


def test_one_sides_seams_of_many_rectangles_at_once_are_each_rectangles_own():
    """``_side_seam_shares`` (``_seam_within``'s rectangles moved inward step by step, all at once) gives each
    rectangle's seam share of the side exactly as ``_seams`` measuring it alone."""
    rng = np.random.default_rng(29)
    compared = seamed = 0
    for px_per_mm in (1.0, 1.5, 2.2):
        for _ in range(8):
            region = _scene(rng, px_per_mm)
            height, width = region.gray.shape
            for _ in range(6):
                size = (float(rng.choice([51.0, 76.0, 102.0, 127.0])), float(rng.choice([38.0, 76.0, 102.0])))
                centre = np.array([rng.uniform(-20, width + 20), rng.uniform(-20, height + 20)]) / px_per_mm
                angle, side = float(rng.uniform(-45, 45)), int(rng.integers(4))
                across = 0 if side in (1, 3) else 1
                polygons, expected = [], []
                for shift in np.arange(3.0, size[across] - 12.0, 3.0):  # (some too short to measure)
                    moved_size = list(size)
                    moved_size[across] -= shift
                    moved = Candidate(centre + rng.normal(0, 1, 2), (moved_size[0], moved_size[1]), angle, 0)
                    moved.polygon = moved.corners_mm() * px_per_mm - region.origin
                    polygons.append(moved.polygon)
                    _seams(moved, region, px_per_mm, [side])
                    expected.append(moved.seam[side])
                found = _side_seam_shares(polygons, region, px_per_mm, side)
                assert found == expected
                assert all(type(value) is float for value in found)
                compared += len(found)
                seamed += sum(value > 0 for value in found)
    assert compared > 1000 and seamed > 50


def _outline_plain(candidate: Candidate, region: Region, px_per_mm: float) -> tuple:
    """``_measure_outline`` the way it was: the crossing test in a lookup of its own, nothing kept between calls."""
    from boards.capture.notes.base import _outward_normals, _rolled
    from boards.capture.notes.measuring import BARE, DEEP, NEAR, OTHER, OWN, SEEN, _crossed, _probe

    corners = candidate.polygon
    deltas = _rolled(corners, -1) - corners
    lengths = [max(2, int(length / (1.5 * px_per_mm))) for length in np.hypot(deltas[:, 0], deltas[:, 1])]
    side = np.repeat(np.arange(4), lengths)
    first = np.repeat(np.cumsum([0, *lengths[:3]]), lengths)
    t = (np.arange(len(side)) - first + 0.5) / np.repeat(lengths, lengths)
    exact = corners[side] + t[:, None] * deltas[side]
    total = max(1, sum(lengths))
    centre = corners.mean(axis=0)
    outward = (corners + _rolled(corners, -1)) / 2 - centre
    outward /= np.maximum(1e-6, np.hypot(outward[:, 0], outward[:, 1]))[:, None]
    probes = [exact, exact - (outward * 2.0 * px_per_mm)[side], exact + (outward * 3.0 * px_per_mm)[side]]
    bits = region.bits()
    on, inner, outer = _probe(bits, np.round(np.concatenate(probes)).astype(int)).reshape(3, -1)
    if not (on & SEEN).any():
        return None
    near_edge = (on & NEAR) > 0
    hit = near_edge.copy()
    if region.lines is not None:
        hit &= ~_crossed(exact, _outward_normals(corners, _rolled(corners, -1), centre)[side], bits, px_per_mm)
    edged = np.bincount(side, weights=hit, minlength=4)
    ok = (inner & outer & SEEN) > 0
    inner, outer, at = inner[ok], outer[ok], side[ok]
    own_outside = (outer & OWN) > 0
    open_outside = ~own_outside & ((outer & OTHER) == 0)
    seen_ok = np.bincount(at, minlength=4)
    free_sums = np.bincount(at, weights=((inner & OWN) > 0) & open_outside, minlength=4)
    alike_sums = np.bincount(at, weights=own_outside, minlength=4)
    return (
        tuple(float(edged[i]) / lengths[i] for i in range(4)),
        float(hit.sum()) / total,
        tuple(float(free_sums[i]) / lengths[i] if seen_ok[i] else 0.0 for i in range(4)),
        tuple(float(alike_sums[i]) / lengths[i] if seen_ok[i] == lengths[i] else 1.0 for i in range(4)),
        float((((on & (DEEP | BARE)) > 0) & ~near_edge).sum()) / total,
    )


def test_an_outline_measured_with_its_crossing_test_in_one_lookup_is_measured_as_before():
    from boards.capture.notes.measuring import _measure_outline

    rng = np.random.default_rng(21)
    measured = 0
    for px_per_mm in (1.0, 1.5, 2.2):
        shape = (int(220 * px_per_mm), int(260 * px_per_mm))
        for _ in range(6):
            own = np.zeros(shape, np.uint8)
            for _ in range(3):  # notes of this colour, at angles
                centre = (float(rng.uniform(0, shape[1])), float(rng.uniform(0, shape[0])))
                box = cv2.boxPoints((centre, (76 * px_per_mm, 76 * px_per_mm), float(rng.uniform(-30, 30))))
                cv2.fillPoly(own, [np.round(box).astype(np.int32)], 1)
            lines = np.zeros(shape, np.uint8)
            for _ in range(8):  # writing, seams
                start = (int(rng.integers(0, shape[1])), int(rng.integers(0, shape[0])))
                end = (int(rng.integers(0, shape[1])), int(rng.integers(0, shape[0])))
                cv2.line(lines, start, end, 1, int(rng.integers(1, 4)))
            own, lines = own > 0, (lines > 0) & (own > 0)
            border = own ^ (cv2.erode(own.view(np.uint8), np.ones((3, 3))) > 0)
            near_edge = (cv2.dilate(border.view(np.uint8), np.ones((5, 5))) > 0) | lines
            inside = (cv2.erode(own.view(np.uint8), np.ones((9, 9))) > 0) & ~lines
            paper, others = rng.random(shape) < 0.1, ~own & (rng.random(shape) < 0.3)
            for with_lines in (True, False):
                region = Region(np.zeros(2), own, paper, near_edge, inside, others, lines if with_lines else None)
                for _ in range(20):
                    size = (float(rng.choice([51.0, 76.0, 127.0])), float(rng.choice([38.0, 76.0])))
                    centre = np.array([rng.uniform(-30, shape[1] + 30), rng.uniform(-30, shape[0] + 30)]) / px_per_mm
                    candidate = Candidate(centre, size, float(rng.uniform(-45, 45)), measured=0)
                    candidate.polygon = candidate.corners_mm() * px_per_mm
                    expected = _outline_plain(candidate, region, px_per_mm)
                    _measure_outline(candidate, region, px_per_mm)
                    found = (
                        candidate.edged,
                        candidate.support,
                        candidate.free,
                        candidate.alike,
                        candidate.contradiction,
                    )
                    if expected is None:
                        assert found == ((0.0,) * 4, 0.0, (0.0,) * 4, (1.0,) * 4, 0.0)  # (nothing of it seen)
                        continue
                    assert found == expected
                    measured += 1
    assert measured > 500


def test_a_pieces_outline_drawn_and_listed_by_row_is_its_contours_points_once_each_sorted_by_row():
    # (how _split_by_lines lists a piece's outline for its rectangle: the way it replaced sorted the contour's
    # points, duplicates dropped, with np.unique)
    rng = np.random.default_rng(8)
    for _ in range(200):
        height, width = (int(value) for value in rng.integers(20, 160, 2))
        piece = np.zeros((height, width), np.uint8)
        for _ in range(int(rng.integers(1, 4))):  # notes, thin strips, bites: outlines that run back over themselves
            centre = (float(rng.uniform(0, width)), float(rng.uniform(0, height)))
            size = (float(rng.uniform(1, width)), float(rng.uniform(1, height)))
            box = cv2.boxPoints((centre, size, float(rng.uniform(0, 90))))
            cv2.fillPoly(piece, [np.round(box).astype(np.int32)], 1)
        cv2.line(piece, (0, int(rng.integers(0, height))), (width - 1, int(rng.integers(0, height))), 0, 2)
        outline, _ = cv2.findContours(piece, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
        if not outline:
            continue
        points = np.concatenate(outline).reshape(-1, 2)
        keys = np.unique(points[:, 1].astype(np.int64) * (1 << 32) + points[:, 0])
        expected = np.column_stack([keys & 0xFFFFFFFF, keys >> 32]).astype(np.int32).reshape(-1, 1, 2)
        drawn = cv2.drawContours(np.zeros_like(piece), outline, -1, 1, 1)
        found = cv2.findNonZero(drawn).reshape(-1, 1, 2)
        assert found.dtype == expected.dtype and np.array_equal(found, expected)
