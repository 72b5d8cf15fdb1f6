"""Choosing among a region's note candidates measures a candidate's outline only once its score could still win
(``choosing._choose``): the same notes as when every candidate's outline is measured first."""

from __future__ import annotations

import numpy as np

from boards.capture import CaptureOptions, capture_photos
from boards.capture.notes import candidates as notes_candidates
from boards.capture.notes import choosing, measuring, regions, sizes


def _plain_choose(candidates, region, px_per_mm):
    """``_choose`` as it was: every candidate that may fit measured whole first, then chosen among the viable."""
    for candidate in candidates:
        if candidate.polygon is None:
            measuring._evaluate(candidate, region, px_per_mm, thorough=False)
    note_area = sizes.TYPICAL_NOTE_MM * sizes.TYPICAL_NOTE_MM * px_per_mm * px_per_mm
    viable = [
        c
        for c in candidates
        if c.area > 0
        and measuring._may_fit(c)
        and (c.contradiction <= 0.3 or (c.support >= 0.6 and c.contradiction <= 0.42))
        and c.support >= (0.3 if c.votes else notes_candidates.EDGE_SUPPORT)
    ]
    if region.seamed is not None:
        viable = [
            c
            for c in viable
            if max(c.size) <= region.usual_mm + sizes.SIZE_TOLERANCE_MM or not region.seamed(c.polygon)
        ]
    explained = np.zeros(region.own.shape, bool)
    chosen = []
    while viable:
        best, best_score = None, 0.0
        for candidate in viable:
            gain = int(np.count_nonzero(candidate.own & ~explained[candidate.window]))
            if gain < max(0.22 * candidate.area, 0.12 * note_area):
                continue
            quality = candidate.support - 1.5 * candidate.contradiction - 2 * candidate.paper
            score = gain * max(0.05, 0.2 + quality) * (1 + 0.1 * candidate.measured)
            score *= (1 + 0.05 * min(candidate.votes, 4)) * (1.0 if candidate.known else 0.5)
            score *= 0.85 + 0.3 * candidate.common
            if score > best_score:
                best, best_score = candidate, score
        if best is None:
            break
        chosen.append(best)
        explained[best.window] |= best.own
        limit = 0.3 * min(best.size)
        viable = [
            c
            for c in viable
            if c is not best and float(np.hypot(*(c.center - best.center))) > limit and c.own is not None
        ]
    return choosing._beneath(chosen, candidates, region, px_per_mm, explained)  # (the notes beneath, as there)


def _read(board, jpeg: bytes, monkeypatch, plain: bool) -> tuple[list, int, int]:
    """Every note read (all fields), and how many candidates' outlines and insides were measured."""
    outlines, insides = [0], [0]
    real, real_inside = measuring._measure_outline, measuring._measure_inside

    def counted(*args, **kwargs):
        outlines[0] += 1
        return real(*args, **kwargs)

    def counted_inside(*args, **kwargs):
        insides[0] += 1
        return real_inside(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(measuring, "_measure_outline", counted)
        patch.setattr(choosing, "_measure_outline", counted)
        patch.setattr(measuring, "_measure_inside", counted_inside)
        patch.setattr(choosing, "_measure_inside", counted_inside)
        if plain:
            patch.setattr(regions, "_choose", _plain_choose)
        result = capture_photos([jpeg], board, CaptureOptions(crops=False))
    found = [
        (n.color, n.x_mm, n.y_mm, n.width_mm, n.height_mm, n.angle_deg, n.confidence, n.doubt, n.outline_mm)
        for n in result.photos[0].notes
    ]
    return found, outlines[0], insides[0]


def test_candidates_chosen_with_outlines_measured_only_when_they_could_win_are_those_of_measuring_all(
    board, brown_photo, crowded_photo, monkeypatch
):
    for photo in (brown_photo, crowded_photo):
        bounded, measured, insides = _read(board, photo.jpeg, monkeypatch, plain=False)
        plain, measured_plain, insides_plain = _read(board, photo.jpeg, monkeypatch, plain=True)
        assert bounded == plain and len(bounded) > 5
        assert measured < measured_plain  # (the bound spares outlines)
        assert insides < insides_plain  # (and the insides of candidates that cannot win)


def test_the_window_around_a_candidate_holds_the_pixels_its_inside_is_measured_on():
    """``_window_around`` (from the candidate's centre, size and angle) holds ``_measure_inside``'s window (from its
    corners) wherever the rectangle lies, at any angle, partly off the ROI or not: the pixels ``_choose`` bounds a
    candidate's gain by before measuring it."""
    rng = np.random.default_rng(5)
    shape = (180, 240)
    own = np.ones(shape, bool)
    empty = np.zeros(shape, bool)
    region = measuring.Region(np.array([37.0, 91.0]), own, empty, empty, empty, empty)
    tight = 0
    for _ in range(3000):
        centre = rng.uniform([10.0, 50.0], [210.0, 200.0])
        size = (float(rng.uniform(20.0, 130.0)), float(rng.uniform(20.0, 130.0)))
        angle = float(rng.choice([0.0, 90.0, -45.0, float(rng.uniform(-90.0, 90.0))]))
        for px_per_mm in (1.5, 2.0):
            candidate = notes_candidates.Candidate(centre, size, angle, measured=0)
            measuring._measure_inside(candidate, region, px_per_mm)
            rows, columns = choosing._window_around(candidate, 37.0, 91.0, px_per_mm, shape)
            if candidate.window is None:
                continue
            inner_rows, inner_columns = candidate.window
            assert rows.start <= inner_rows.start and inner_rows.stop <= rows.stop
            assert columns.start <= inner_columns.start and inner_columns.stop <= columns.stop
            assert candidate.area <= (rows.stop - rows.start) * (columns.stop - columns.start)
            tight += rows == inner_rows and columns == inner_columns
    assert tight > 1000  # (mostly the very same window)
