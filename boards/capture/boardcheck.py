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
of them where a line shows; ``PrintAgreement.verdict`` turns that into "sure", "unsure" or "other".
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


def border_places(board: Board, region: Rect, ppm: float) -> tuple[np.ndarray, np.ndarray]:
    """Points along the printed zone borders of ``board`` (solid or dashed), every SAMPLE_STEP_MM, as pixels
    of the image of ``region`` at ``ppm`` (x, y; float), with the unit normal of the border at each."""
    points: list[tuple[float, float]] = []
    normals: list[tuple[float, float]] = []
    for key, part in drawing_order(board, printed_only=True):
        kind, _ = split_key(key)
        if kind != "zone":
            continue
        stroke = zone_stroke(part)
        if not stroke.visible or stroke.dash not in ("solid", "dashed") or stroke.width_mm < 0.3:
            continue
        rect = part.rect
        if part.shape in (Shape.ELLIPSE, Shape.CIRCLE):
            a, b = rect.width / 2, rect.height / 2
            count = max(8, int(np.pi * (a + b) / SAMPLE_STEP_MM))
            for t in np.linspace(0.0, 2 * np.pi, count, endpoint=False):
                points.append((rect.x + a + a * np.cos(t), rect.y + b + b * np.sin(t)))
                nx, ny = b * np.cos(t), a * np.sin(t)
                length = float(np.hypot(nx, ny)) or 1.0
                normals.append((nx / length, ny / length))
            continue
        if part.shape not in (Shape.RECT, Shape.ROUNDED):
            continue
        inset = corner_radius_mm(rect) if part.shape == Shape.ROUNDED else 0.0
        for (x0, y0), (x1, y1), normal in (
            ((rect.x + inset, rect.y), (rect.right - inset, rect.y), (0.0, 1.0)),
            ((rect.x + inset, rect.bottom), (rect.right - inset, rect.bottom), (0.0, 1.0)),
            ((rect.x, rect.y + inset), (rect.x, rect.bottom - inset), (1.0, 0.0)),
            ((rect.right, rect.y + inset), (rect.right, rect.bottom - inset), (1.0, 0.0)),
        ):
            length = float(np.hypot(x1 - x0, y1 - y0))
            count = int(length // SAMPLE_STEP_MM)
            if count < 1:
                continue
            for t in (np.arange(count) + 0.5) / count:
                points.append((x0 + t * (x1 - x0), y0 + t * (y1 - y0)))
                normals.append(normal)
    if not points:
        return np.zeros((0, 2)), np.zeros((0, 2))
    where = (np.array(points) - (region.x, region.y)) * ppm
    return where, np.array(normals)


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
    where, normals = border_places(board, region, ppm)
    height, width = gray.shape
    across = np.arange(-round(BARE_MM * ppm), round(BARE_MM * ppm) + 1)
    along = np.arange(-round(ALONG_MM * ppm), round(ALONG_MM * ppm) + 1)
    tangents = np.stack([normals[:, 1], -normals[:, 0]], axis=1) if len(normals) else normals
    # (places, across, along): the pixels around each place
    xs = where[:, 0, None, None] + across[None, :, None] * normals[:, 0, None, None]
    xs = np.rint(xs + along[None, None, :] * tangents[:, 0, None, None]).astype(np.int64)
    ys = where[:, 1, None, None] + across[None, :, None] * normals[:, 1, None, None]
    ys = np.rint(ys + along[None, None, :] * tangents[:, 1, None, None]).astype(np.int64)
    inside = ((xs >= 0) & (xs < width) & (ys >= 0) & (ys < height)).all(axis=(1, 2))
    xs, ys, normals = xs[inside], ys[inside], normals[inside]
    near = np.abs(across) <= REACH_MM * ppm
    beyond = np.abs(across) > REACH_MM * ppm + 1
    kind = labels[ys, xs]
    bare = (np.isin(kind, (PAPER, INK, WHITE)) & usable[ys, xs]).all(axis=(1, 2))
    telling = bare & ((kind[:, beyond] == INK).mean(axis=(1, 2)) <= INK_AROUND)
    profile = gray[ys, xs].astype(np.float32).mean(axis=2)
    dip = np.median(profile[:, beyond], axis=1) - profile[:, near].min(axis=1)
    shown = telling & (dip >= DIP)
    vertical = np.abs(normals[:, 0]) > np.abs(normals[:, 1])
    return PrintAgreement(
        len(xs),
        (int((telling & vertical).sum()), int((telling & ~vertical).sum())),
        (int((shown & vertical).sum()), int((shown & ~vertical).sum())),
    )
