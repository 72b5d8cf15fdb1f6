"""Learning the note sizes of a photo from the notes standing alone: a region that is one clean rectangle of a
size sold, not against notes of other colours and not cut by dark lines into note-sized pieces.
"""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.base import Components, NoteBlob, _normalise_angle, _others, components_of
from boards.capture.notes.outline import _bent, _corners, _simplify
from boards.capture.notes.seams import seam_across, seam_member
from boards.capture.notes.sizes import (
    MAX_NOTE_SIDE_MM,
    MIN_NOTE_AREA_MM2,
    MIN_NOTE_SIDE_MM,
    SIZE_TOLERANCE_MM,
    TYPICAL_NOTE_MM,
    SizeBook,
    _common,
)
from boards.capture.segment import disk

AGAINST_OTHERS = 0.1  # share of a region's surroundings in other notes' colours beyond which it borders them


def _against_others(own8: np.ndarray, others: np.ndarray, px_per_mm: float) -> bool:
    """Whether the region ``own8`` (uint8) borders notes of other colours (``others``, same window) along
    a good part of its outline: where it does, its edge may be theirs, lying over it (a note partly
    covered can look like a smaller clean one), so its outline alone shows neither its size nor its place."""
    ring = (cv2.dilate(own8, disk(3.0 * px_per_mm)) > 0) & (own8 == 0)
    return bool(ring.any()) and float((others[ring] > 0).mean()) > AGAINST_OTHERS


def _standing_alone(
    own8: np.ndarray,
    origin: tuple[int, int],
    px_per_mm: float,
    sizes: SizeBook,
    others: np.ndarray | None = None,
    against: bool | None = None,
) -> NoteBlob | None:
    """A region that is one clean rectangle of a known size, not against notes of other colours (``others``,
    same window; ``against``: whether it lies against them (``_against_others``), when known already), is that
    note: no search needed."""
    contours, _ = cv2.findContours(own8, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if len(contours) != 1:
        return None
    contour = contours[0].astype(np.float32) + np.float32(origin)
    (cx, cy), (w, h), angle = cv2.minAreaRect(contour)
    w_mm, h_mm = (w + 1.0) / px_per_mm, (h + 1.0) / px_per_mm
    if not sizes.known(max(w_mm, h_mm), min(w_mm, h_mm)) or cv2.contourArea(contour) < 0.93 * w * h:
        return None
    if _long_and_bent(contour, (w_mm, h_mm), px_per_mm, sizes):
        return None
    # (last, as the slowest to ask)
    if others is not None and (against if against is not None else _against_others(own8, others, px_per_mm)):
        return None
    size, angle = _normalise_angle((w_mm, h_mm), angle)
    return NoteBlob("", (cx / px_per_mm, cy / px_per_mm), (float(size[0]), float(size[1])), float(angle), 1.0)


def _long_and_bent(contour: np.ndarray, size_mm: tuple[float, float], px_per_mm: float, sizes: SizeBook) -> bool:
    """Whether a clean rectangle (``contour``, px) as long as notes of a known size in line (``SizeBook.tiles``) has
    an outline that bends along both long sides the same way (``_bent``): two pads overlapping in line."""
    long, short = max(size_mm), min(size_mm)
    return long > max(sizes.usual) + SIZE_TOLERANCE_MM and sizes.tiles(long, short) and _bent(contour, px_per_mm)


def learn_sizes(
    masks: dict[int, np.ndarray],
    lines: np.ndarray,
    px_per_mm: float,
    sizes: SizeBook,
    components: dict[int, Components] | None = None,
    image: np.ndarray | None = None,
    labels: np.ndarray | None = None,
    others_of: dict[int, np.ndarray] | None = None,
    against: dict[int, dict[int, bool]] | None = None,
) -> None:
    """Sizes of notes standing alone: a region that is one clean rectangle, not split by a dark line,
    and not against notes of another colour (a note partly covered can look like a smaller clean one).

    ``others_of``: per note class, the pixels of the other classes' masks (``_others``), when worked out
    already. ``against`` collects per class and region whether it lies against them (``_against_others``),
    where that was asked: ``_standing_alone`` asks the same of the same region."""
    min_area = MIN_NOTE_AREA_MM2 * px_per_mm * px_per_mm
    if others_of is None:
        others_of = _others(masks)
    pad = int(round(4 * px_per_mm))
    # (the ring _against_others looks at lies within ``pad`` of the region: the same in any larger window)
    reusable = against is not None and disk(3.0 * px_per_mm).shape[0] // 2 <= pad
    for klass, mask in masks.items():
        others = others_of[klass]
        count, parts, stats = components[klass] if components else components_of(mask)
        for index in range(1, count):
            x, y, w, h, area = stats[index]
            if area < min_area:
                continue
            blob = (parts[y : y + h, x : x + w] == index).astype(np.uint8)
            contours, _ = cv2.findContours(blob, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
            contour = max(contours, key=cv2.contourArea)
            (_, _), (bw, bh), _ = cv2.minAreaRect(contour)
            long, short = max(bw, bh) / px_per_mm, min(bw, bh) / px_per_mm
            if short < MIN_NOTE_SIDE_MM or long > MAX_NOTE_SIDE_MM:
                continue
            filled = cv2.contourArea(contour)
            if filled < 0.93 * bw * bh and not (
                # bites out of its edge (dots on the edge, marker writing to it) leave its outline convex
                filled >= 0.8 * bw * bh and cv2.contourArea(cv2.convexHull(contour)) >= 0.96 * bw * bh
            ):
                continue
            if not _common(long, short):
                continue  # e.g. two notes side by side
            if len(_corners(_simplify(contour, px_per_mm))) < 3:
                continue
            y0, x0 = max(0, y - pad), max(0, x - pad)
            own = (parts[y0 : y + h + pad, x0 : x + w + pad] == index).astype(np.uint8)
            lies_against = _against_others(own, others[y0 : y + h + pad, x0 : x + w + pad], px_per_mm)
            if reusable:
                against.setdefault(klass, {})[index] = lies_against
            if lies_against:
                continue
            if _split_by_lines(blob, lines[y : y + h, x : x + w], px_per_mm):
                continue
            # bites out of the edge, or writing across: its outline measures the size less exactly
            exact = filled >= 0.93 * bw * bh and np.count_nonzero(lines[y : y + h, x : x + w] & blob) < 20 * px_per_mm
            if long > TYPICAL_NOTE_MM + SIZE_TOLERANCE_MM and sizes.tiles(long, short):
                if _bent(contour, px_per_mm):
                    continue  # (two pads in line, a little turned or shifted against each other)
                # as long as two usual notes overlapping in line: believed once seen twice, and never where the
                # edge of an upper pad runs across it (a seam too faint to see proves nothing either way)
                if (
                    image is None
                    or labels is None
                    or not seam_across(
                        cv2.boxPoints(cv2.minAreaRect(contour + np.array([x, y], np.int32))),
                        image,
                        seam_member(labels, klass, px_per_mm),
                        px_per_mm,
                        sizes.ordered(),
                    )
                ):
                    sizes.propose(long, short, exact)
                continue
            sizes.add(long, short, exact=exact)


def _split_by_lines(blob: np.ndarray, lines: np.ndarray, px_per_mm: float) -> bool:
    across = lines & (blob > 0)
    if np.count_nonzero(across) < 20 * px_per_mm:  # not even one line across a small note
        return False
    cut = (blob & ~lines).astype(np.uint8)
    cut = cv2.erode(cut, np.ones((3, 3), np.uint8))
    _, pieces, stats, _ = cv2.connectedComponentsWithStats(cut, connectivity=4)
    # two notes side by side leave two note-sized pieces; writing across one note leaves strips
    large = np.flatnonzero(stats[1:, 4] >= MIN_NOTE_AREA_MM2 * 0.5 * px_per_mm * px_per_mm) + 1
    noted = 0
    for position, index in enumerate(large.tolist()):
        if noted + len(large) - position < 2:
            return False  # (not enough pieces left to make two notes: their outlines need not be measured)
        # its outline holds every corner of its convex hull: in the order cv2.findNonZero gives (by row), the
        # same rectangle as from all its pixels, and much faster
        x, y, w, h = stats[index, :4]
        piece = (pieces[y : y + h, x : x + w] == index).astype(np.uint8)
        outline, _ = cv2.findContours(piece, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
        # (its points once each, row by row, as np.unique sorts them: drawn one pixel wide, neighbours each to the
        # next, and listed by cv2.findNonZero)
        drawn = cv2.drawContours(np.zeros_like(piece), outline, -1, 1, 1)
        points = cv2.findNonZero(drawn).reshape(-1, 1, 2) + np.array([x, y], np.int32)
        (_, _), (pw, ph), _ = cv2.minAreaRect(points)
        long, short = max(pw, ph) / px_per_mm, min(pw, ph) / px_per_mm
        noted += _common(long, short, SIZE_TOLERANCE_MM + 3.0)  # (the line and the erosion take a little off)
        if noted >= 2:
            return True
    return False
