"""The dots' circle tests for all Hough centres of all pieces at once (``dots._measured``) give, per centre,
the numbers the plain one-centre-at-a-time tests in the piece's own window gave (kept here as the reference);
whether the faces of all found dots are evenly lit (``dots._all_flat``) is what ``dots._flat`` says of each."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.dots import UNEVEN, _across, _all_flat, _disc_offsets, _flat, _measured, _Piece, _ring_offsets
from boards.capture.segment import components8


def _lookup(mask: np.ndarray, points: np.ndarray, height: int, width: int, outside: int = 0) -> np.ndarray:
    xs, ys = points[:, 0], points[:, 1]
    valid = (xs >= 0) & (ys >= 0) & (xs < width) & (ys < height)
    values = np.full(len(points), outside, mask.dtype)
    values[valid] = mask[ys[valid], xs[valid]]
    return values


def _arc(mask: np.ndarray, cx: float, cy: float, ring: tuple[np.ndarray, np.ndarray, np.ndarray]) -> float:
    height, width = mask.shape
    offsets, shifts_in, shifts_out = ring
    around = np.tile(np.array([cx, cy]) + offsets, (3, 1))
    ok_in = _lookup(mask, np.round(around + shifts_in).astype(int), height, width)
    ok_out = _lookup(mask, np.round(around + shifts_out).astype(int), height, width, outside=0)
    hits = ((ok_in > 0) & (ok_out == 0)).reshape(3, len(offsets)).any(axis=0)
    return float(hits.mean())


def _share(mask: np.ndarray, cx: float, cy: float, offsets: np.ndarray) -> float:
    height, width = mask.shape
    points = np.round(np.array([cx, cy]) + offsets).astype(int)
    return float((_lookup(mask, points, height, width) > 0).mean())


def test_arcs_and_shares_of_all_centres_are_those_of_each():
    rng = np.random.default_rng(7)
    for radius in (6.0, 9.3, 13.5):
        mask = np.zeros((90, 120), np.uint8)
        for _ in range(9):  # overlapping discs, some cut by the edge of the image
            centre = (int(rng.integers(0, 120)), int(rng.integers(0, 90)))
            cv2.circle(mask, centre, int(round(radius)), 1, -1)
        mask[rng.random(mask.shape) < 0.03] ^= 1  # (noise)
        count, components, stats, _ = components8(mask)
        any_dot = mask.copy()
        any_dot[rng.random(mask.shape) < 0.2] = 1  # (the other dot colours)
        ring, inner = _across(_ring_offsets(radius)), _disc_offsets(radius * 0.8)
        margin = int(radius * 1.6) + 2
        pieces = []
        for index in range(1, count):
            x, y, w, h, area = stats[index]
            x0, y0 = max(0, x - margin), max(0, y - margin)
            x1, y1 = min(120, x + w + margin), min(90, y + h + margin)
            # whole-pixel centres as the Hough transform gives, others between pixels, on and beyond the edges
            centres = [(float(cx), float(cy), 1.0) for cx, cy in rng.integers(-5, 40, (int(rng.integers(0, 6)), 2))]
            centres += [(float(cx), float(cy), 2.0) for cx, cy in rng.uniform(-5, 40, (3, 2))]
            centres += [(0.5, 0.5, 0.0), (x1 - x0 - 0.5, y1 - y0 - 0.5, 0.0), (-30.0, 10.0, 0.0)]
            own = (components[y0:y1, x0:x1] == index).astype(np.uint8)
            pieces.append(_Piece(index, (x, y, w, h, area), (x0, y0, x1, y1), own, centres))
        pieces.insert(1, _Piece(1, tuple(stats[1]), (0, 0, 5, 5), np.zeros((5, 5), np.uint8), []))  # (no centres)
        measured = _measured(components, any_dot, pieces, ring, inner)
        plain = []
        for piece in pieces:
            x0, y0, x1, y1 = piece.window
            own = (components[y0:y1, x0:x1] == piece.index).astype(np.uint8)
            occupied = own | any_dot[y0:y1, x0:x1]
            plain += [
                (_arc(own, cx, cy, ring), _share(occupied, cx, cy, inner), _share(own, cx, cy, inner))
                for cx, cy, _ in piece.centres
            ]
        assert measured == plain
        assert all(type(value) is float for values in measured for value in values)
        arcs, inside, own_inside = (np.array(values) for values in zip(*measured, strict=True))
        assert arcs.sum() > 0 and 0 < own_inside.sum() < len(own_inside) and (inside >= own_inside).all()
        assert (inside > own_inside).any()  # (the other colours are met)
    assert _measured(components, any_dot, [], ring, inner) == []


def test_all_flat_is_flat_of_each_centre():
    rng = np.random.default_rng(11)
    face = _disc_offsets(7.2)
    gray = np.full((80, 100), 120, np.uint8)
    gray[:, 50:] = rng.integers(60, 200, (80, 50), dtype=np.uint8)  # (writing: uneven)
    gray[:40, :50] += rng.integers(0, 30, (40, 50), dtype=np.uint8)  # (a little noise)
    centres = [(float(x), float(y)) for x, y in rng.uniform(-10, 110, (60, 2))]
    centres += [(float(x), float(y)) for x, y in rng.integers(0, 100, (40, 2))]
    centres += [(0.0, 0.0), (99.4, 79.6), (-40.0, -40.0)]
    flat = _all_flat(gray, centres, face)
    assert flat == [_flat(gray, centre, face) for centre in centres]
    assert True in flat and False in flat
    assert _all_flat(gray, [], face) == []
    # a face whose spread is the limit itself (two levels 2 × UNEVEN apart) is told by the plain way
    pair = np.array([[0.0, 0.0], [1.0, 0.0]])
    gray[5, 10:12] = (100, 100 + int(2 * UNEVEN))
    assert _all_flat(gray, [(10.0, 5.0), (10.2, 4.9)], pair) == [True, True] == [_flat(gray, (10.0, 5.0), pair)] * 2
