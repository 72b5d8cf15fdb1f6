"""Whether a photo shows the board it is read as, when its QR code cannot tell (issue 13, item 5).

The QR code names the board a photo shows; when it cannot be read (a highlight over it, blur, a covered
corner), the photo is still placed by its markers, and those are the same on every board of a paper size
(and, placed anew, on the other paper sizes too). A photo of another board is then read silently as the
asked one, with its notes in the wrong zones. What the print put on the board tells them apart: the
asked board's zone borders are thin dark lines at known places. Where such a border should show on bare
paper (no note or dot over it, seen in the photo, no highlight), a photo of this board shows a thin dark
line within a few millimetres (the markers' fit error); a photo of another board shows its own borders
elsewhere, and mostly bare paper where this board's should be.

``print_agreement`` counts the places along the borders that can tell (bare paper on both sides) and those
of them where a line shows (the gray, averaged along the border, dips there), for the vertical and the
horizontal borders apart: a grid of another board may line up with this one's rows, hardly with its rows
and its columns. ``PrintAgreement.verdict`` turns that into "sure", "unsure" or "other". Measured on 285
saved photos of two boards (``benchmarks/capture_wrong_board.py``, ``--own``): a photo of the board shows
0.66-1.00 of the places, the same photos read as the other board 0.00-0.20.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from boards.capture.segment import INK, PAPER, WHITE
from boards.editing import drawing_order, split_key
from boards.geometry import Rect
from boards.look import corner_radius_mm, zone_stroke
from boards.model import Board, Shape

SAMPLE_STEP_MM = 4.0  # a place along the borders every this many millimetres
REACH_MM = 3.0  # a border's line is looked for this far (across it) from where the board puts it: the fit's error
ALONG_MM = 2.0  # ... in the gray averaged along it this far either way (a line across it hardly counts)
BARE_MM = 6.0  # a place tells only with bare paper (or ink) this far on both sides of the border
INK_AROUND = 0.1  # ... and at most this share of ink beyond REACH_MM (no title, header bar or writing there)
#: a line shows where the gray, averaged along the border, is this much darker within REACH_MM than the median
#: beyond it (a 0.7 mm ink line on paper: 35-95 levels on sharp photos, 10-25 on the blurred 12 MP ones)
DIP = 8.0
MIN_PLACES = 20  # fewer places of one direction (across or along the board) that can tell: that direction is left out
SHOWN_OTHER = 0.35  # the border lines show at fewer than this share of the places (in either direction): another board
SHOWN_SURE = 0.5  # ... at this share or more (in both): this board; in between: unsure


@dataclass(frozen=True)
class PrintAgreement:
    """How far a photo shows the asked board's printed zone borders where they should show on bare paper, per
    direction: the borders running down the board (vertical) and across it (horizontal)."""

    printed: int  # places along the board's printed borders in the analysed image (0: nothing to check)
    places: tuple[int, int]  # of those, the places on bare, seen paper along (vertical, horizontal) borders
    shown: tuple[int, int]  # of those, the places where a thin dark line shows

    @property
    def share(self) -> float | None:
        """The smaller share of places showing the line of the two directions with MIN_PLACES places or more
        (None: neither has): a grid of another board may line up with this one's in one direction, hardly in
        both."""
        shares = [shown / places for places, shown in zip(self.places, self.shown) if places >= MIN_PLACES]
        return min(shares) if shares else None

    def verdict(self) -> str:
        """ "sure" (the photo shows this board's borders), "other" (clearly another board's photo) or "unsure"."""
        share = self.share
        if share is None:
            return "unsure"
        if share < SHOWN_OTHER:
            return "other"
        return "sure" if share >= SHOWN_SURE else "unsure"


def _borders(board: Board) -> tuple[tuple[Rect, Shape], ...]:
    """The printed zones with a solid or dashed border of ``board`` (their rectangle and shape), in drawing order."""
    borders = []
    for key, part in drawing_order(board, printed_only=True):
        kind, _ = split_key(key)
        if kind != "zone" or part.shape not in (Shape.RECT, Shape.ROUNDED, Shape.ELLIPSE, Shape.CIRCLE):
            continue
        stroke = zone_stroke(part)
        if stroke.visible and stroke.dash in ("solid", "dashed") and stroke.width_mm >= 0.3:
            borders.append((part.rect, part.shape))
    return tuple(borders)


def _places(borders: tuple[tuple[Rect, Shape], ...], region: Rect, ppm: float) -> tuple[np.ndarray, np.ndarray]:
    """Points along the ``borders`` every SAMPLE_STEP_MM, as pixels of the image of ``region`` at ``ppm`` (x, y;
    float), with the unit normal of the border at each."""
    points, normals = [np.zeros((0, 2))], [np.zeros((0, 2))]
    for rect, shape in borders:
        if shape in (Shape.ELLIPSE, Shape.CIRCLE):
            a, b = rect.width / 2, rect.height / 2
            t = np.linspace(0.0, 2 * np.pi, max(8, int(np.pi * (a + b) / SAMPLE_STEP_MM)), endpoint=False)
            points.append(np.stack([rect.x + a + a * np.cos(t), rect.y + b + b * np.sin(t)], axis=1))
            normal = np.stack([b * np.cos(t), a * np.sin(t)], axis=1)
            normals.append(normal / np.maximum(np.hypot(normal[:, 0], normal[:, 1]), 1e-9)[:, None])
            continue
        inset = corner_radius_mm(rect) if shape == Shape.ROUNDED else 0.0
        for (x0, y0), (x1, y1), normal in (
            ((rect.x + inset, rect.y), (rect.right - inset, rect.y), (0.0, 1.0)),
            ((rect.x + inset, rect.bottom), (rect.right - inset, rect.bottom), (0.0, 1.0)),
            ((rect.x, rect.y + inset), (rect.x, rect.bottom - inset), (1.0, 0.0)),
            ((rect.right, rect.y + inset), (rect.right, rect.bottom - inset), (1.0, 0.0)),
        ):
            count = int(np.hypot(x1 - x0, y1 - y0) // SAMPLE_STEP_MM)
            if count >= 1:
                t = ((np.arange(count) + 0.5) / count)[:, None]
                points.append(np.array([x0, y0]) + t * np.array([x1 - x0, y1 - y0]))
                normals.append(np.tile(normal, (count, 1)))
    return (np.concatenate(points) - (region.x, region.y)) * ppm, np.concatenate(normals)


@dataclass(frozen=True)
class _Samples:
    """Where ``print_agreement`` looks in an image: around each place along the borders (that lies wholly inside
    it), the flat index of every pixel (places, across, along), and whether the border there runs vertically."""

    index: np.ndarray
    vertical: np.ndarray
    near: np.ndarray  # across offsets within REACH_MM
    beyond: np.ndarray  # across offsets beyond it (a pixel's margin left out)


_SAMPLES: dict[tuple, _Samples] = {}


def border_samples(board: Board, region: Rect, ppm: float, shape: tuple[int, int]) -> _Samples:
    """The ``_Samples`` of ``board``'s borders in the image of ``region`` (``shape``) at ``ppm``: the board's alone,
    so worked out once for the photos of one board (the last few kept)."""
    borders = _borders(board)
    key = (borders, region, ppm, tuple(shape))
    samples = _SAMPLES.get(key)  # (the worker may fill it meanwhile: looked up once)
    if samples is None:
        where, normals = _places(borders, region, ppm)
        if not len(where):  # (a border of one direction at least, for the reductions below)
            where, normals = np.zeros((1, 2)) - 10**6, np.array([[1.0, 0.0]])
        height, width = shape
        across = np.arange(-round(BARE_MM * ppm), round(BARE_MM * ppm) + 1)
        along = np.arange(-round(ALONG_MM * ppm), round(ALONG_MM * ppm) + 1)
        # the pixels around a place, relative to its own, are the same for every place of one direction (all but
        # the places along a round border share one of two)
        directions, which = np.unique(np.round(normals, 3), axis=0, return_inverse=True)
        which = which.ravel()
        dx = np.rint(across[None, :, None] * directions[:, 0, None, None] + along * directions[:, 1, None, None])
        dy = np.rint(across[None, :, None] * directions[:, 1, None, None] - along * directions[:, 0, None, None])
        dx, dy = dx.astype(np.intp), dy.astype(np.intp)
        x, y = np.rint(where[:, 0]).astype(np.intp), np.rint(where[:, 1]).astype(np.intp)
        inside = (x + dx.min(axis=(1, 2))[which] >= 0) & (x + dx.max(axis=(1, 2))[which] < width)
        inside &= (y + dy.min(axis=(1, 2))[which] >= 0) & (y + dy.max(axis=(1, 2))[which] < height)
        offsets = dy * width + dx
        index = (y * width + x)[inside, None, None] + offsets[which[inside]]
        vertical = np.abs(normals[inside, 0]) > np.abs(normals[inside, 1])
        near = np.abs(across) <= REACH_MM * ppm
        beyond = np.abs(across) > REACH_MM * ppm + 1
        samples = _Samples(index, vertical, near, beyond)
        if len(_SAMPLES) >= 4:
            _SAMPLES.clear()
        _SAMPLES[key] = samples
    return samples


#: a colour class's part in the check: 0 no bare paper (a note, a dot, nothing known), 1 paper, 2 ink
_BARE = np.zeros(256, np.uint8)
_BARE[[PAPER, WHITE]] = 1
_BARE[INK] = 2


def print_agreement(
    board: Board,
    region: Rect,
    ppm: float,
    gray: np.ndarray,
    labels: np.ndarray,
    usable: np.ndarray,
) -> PrintAgreement:
    """How far the image of ``region`` (at ``ppm``) shows ``board``'s zone borders: ``gray`` the image (light
    evened out), ``labels`` its colour classes, ``usable`` (bool) where it is seen and not under a highlight."""
    samples = border_samples(board, region, ppm, gray.shape)
    index = samples.index
    kind = _BARE[labels.ravel()[index]]
    kind[~usable.ravel()[index]] = 0
    ink = (kind[:, samples.beyond] == 2).mean(axis=(1, 2))
    telling = kind.all(axis=(1, 2)) & (ink <= INK_AROUND)
    profile = gray.ravel()[index].mean(axis=2, dtype=np.float32)
    dip = np.median(profile[:, samples.beyond], axis=1) - profile[:, samples.near].min(axis=1)
    shown = telling & (dip >= DIP)
    vertical = samples.vertical
    return PrintAgreement(
        len(index),
        (int((telling & vertical).sum()), int((telling & ~vertical).sum())),
        (int((shown & vertical).sum()), int((shown & ~vertical).sum())),
    )
