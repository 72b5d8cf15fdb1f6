"""Dot stickers in a labelled, rectified board image: round discs of a dot colour, counted one by one.

Per dot kind, the edge of its colour's pixels votes for disc centres one
radius inwards (a Hough transform for circles of the dots' own size, measured
on the dots that stand alone). A centre is a dot when enough of its circle is
edge and its inside has the dot's colour. Touching and overlapping dots each
keep part of their own circle, so each gets its own vote; a dot on a note's
edge is one circle; a note of the same hue (a green note among green dots, its
shaded lower edge) has straight edges, not circles, and is never counted: no
dot is taken from inside a straight band of the dot's colour (``_bands``). What
a group of dot pixels keeps unexplained is reported: its zone's count cannot
be vouched for. A dot's lighter parts, which the colours take for the note
colour of its hue, count as the dot where they lie inside its outline
(``_with_pale_parts``). A batch of dots printed as pale as the note of their hue, and as saturated, is taken
for the note's colour altogether; on or against the note such a dot is still a darker disc, no greyer than the
note, with a step up in brightness round its edge, or, where the note round it lies in shade as dark (a curled
note's lower part), of a hue of its own, some degrees from the note's (``_darker_dots``).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import cv2
import numpy as np

from boards.capture.segment import (
    INK,
    NOTE_CORE_MM,
    NOTE_SHAPED_MM2,
    PAPER,
    WHITE,
    Palette,
    components8,
    disk,
    dot_note_pairs,
    opened_by_disc,
    round_and_dot_sized,
)

DEFAULT_DOT_MM = 12.0
MIN_DOT_MM = 6.0
MAX_DOT_MM = 24.0
MIN_ARC = 0.38  # share of a circle that must be edge
UNEVEN = 21.0  # grey levels (standard deviation) inside a dot's face beyond which it is writing, not a dot
MIN_INSIDE = 0.55  # share of a disc that must have the dot's colour (or another dot's on top)


@dataclass
class DotBlob:
    kind: str
    color: str
    center: tuple[float, float]  # mm
    diameter_mm: float
    confidence: float


@dataclass
class DotReport:
    dots: list[DotBlob]
    unresolved: list[tuple[float, float]]  # mm: centres of dot-coloured groups the circles do not explain


Components = tuple[int, np.ndarray, np.ndarray, np.ndarray]  # count, labels, stats, centroids


def _single_radius(regions: Components, px_per_mm: float) -> float | None:
    """Radius (px) of the dots standing alone: round components of a dot's size."""
    _, _, stats, _ = regions
    # (6-24 mm across, the dots' size range: MIN_DOT_MM, MAX_DOT_MM)
    areas = stats[round_and_dot_sized(stats, px_per_mm), 4]
    if len(areas) < 2:
        return None
    return float(np.median(np.sqrt(areas / math.pi)))


def detect_dots(
    labels: np.ndarray,
    allowed: np.ndarray,
    palette: Palette,
    px_per_mm: float,
    report: bool = False,
    gray: np.ndarray | None = None,
    image: np.ndarray | None = None,
) -> list[DotBlob] | DotReport:
    """The dots in ``labels`` where ``allowed``; with ``gray`` (the image's brightness, light evened out) a
    disc that is not evenly lit inside is no dot (``_flat``); with ``image`` (its colours, BGR) too, a note's
    darker, no less saturated discs with a step in brightness round them are dots of its hue the colours took
    for the note (``_darker_dots``)."""
    kinds = sorted(palette.dot_kinds)
    if not kinds:
        return DotReport([], []) if report else []
    opening = disk(1.0)
    masks = {}
    note_of_hue = (  # dot class → the note class of its hue (where a dot's lighter parts are classed)
        {dot_class: note_class for dot_class, note_class, *_ in dot_note_pairs(palette)} if palette.note_colors else {}
    )
    darker: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # dot class → a note's darker pixels, its mask with them
    note_of: dict[int, np.ndarray] = {}  # dot class → the pixels of the note colour of its hue
    for klass in kinds:
        mask = np.equal(labels, klass)
        mask &= allowed
        if klass in note_of_hue:
            note = np.equal(labels, note_of_hue[klass]) & allowed
            note_of[klass] = note
            # (the pieces of the dot colour with the note's: the same with the note's darker pixels added to the dot)
            pieces = components8((mask | note).view(np.uint8))
            others = np.zeros(256, np.uint8)
            others[[other for other in palette.note_colors if other != note_of_hue[klass]]] = 1
            with_pale = _with_pale_parts(mask, note, px_per_mm, pieces, functools.partial(_classes_in, labels, others))
            if image is not None and gray is not None:
                # (not the rim where the blur mixed the note with writing, another note or a dot of another colour:
                # only the note beside itself, the dot's colour and the paper)
                plain = np.full(256, 255, np.uint8)
                plain[[klass, note_of_hue[klass], PAPER, WHITE]] = 0
                others = cv2.LUT(labels, plain) > 0
                beside = note & ~_near(others, RIM_MM * px_per_mm)
                taken = _darker_than_note(mask, beside, gray, image, px_per_mm)
                if taken.any():
                    with_taken = _with_more_pale_parts(with_pale, mask, taken, pieces, px_per_mm).view(np.uint8)
                    darker[klass] = (taken, cv2.morphologyEx(with_taken, cv2.MORPH_OPEN, opening))
            mask = with_pale
            # (on the note of its hue a dot barely darker than the pad is read in speckles, a share of its pixels the
            # note's colour: its pinholes there are closed before the opening that clears lone specks takes it all)
            closed = cv2.morphologyEx(mask.view(np.uint8), cv2.MORPH_CLOSE, opening).view(bool)
            mask = mask | (closed & note)
        mask = mask.view(np.uint8)
        masks[klass] = cv2.morphologyEx(mask, cv2.MORPH_OPEN, opening)
    any_dot = np.zeros(labels.shape, np.uint8)
    for mask in masks.values():
        any_dot |= mask
    # (where notes of its hue and ink lie, per dot colour: a band of a dot colour is such a note's shade, with the
    # shadow of its curl beyond it, or the fringe of writing on such a note; looked up in the window of a band only)
    on_notes = {klass: functools.partial(_classes_in, labels, _hue_table(palette, klass)) for klass in kinds}
    regions: dict[int, Components] = {}
    for klass, mask in masks.items():
        regions[klass] = components8(mask)
    radii = {klass: _single_radius(regions[klass], px_per_mm) for klass in kinds}
    known = [radius for radius in radii.values() if radius is not None]
    fallback = float(np.median(known)) if known else DEFAULT_DOT_MM / 2 * px_per_mm
    dots: list[DotBlob] = []
    unresolved: list[tuple[float, float]] = []
    found_of: dict[int, list[tuple[tuple[float, float], float]]] = {}
    rest_of: dict[int, list[tuple[float, float]]] = {}
    radius_of = {klass: radii[klass] or fallback for klass in kinds}
    # (the note colour's hue on this photo, as the palette was adapted to it, per dot class of its hue)
    hue_of = {
        klass: float(_hues(np.array([palette.colors_bgr[palette.classes.index(note_class)]], np.uint8))[0])
        for klass, note_class in note_of_hue.items()
    }
    for klass in kinds:
        radius = radius_of[klass]
        found, rest_of[klass] = _circles(regions[klass], any_dot, radius, MIN_DOT_MM / 2 * px_per_mm, on_notes[klass])
        if gray is not None:
            found = _even(gray, found, radius)
        if image is not None and klass in note_of:
            centres = np.array([dot[0] for dot in found])
            shade = _note_shades(image, note_of[klass], hue_of[klass], centres, radius)
            found = [dot for dot, shaded in zip(found, shade, strict=True) if not shaded]
        found_of[klass] = found
    if gray is not None and image is not None:
        for klass, (taken, with_taken) in darker.items():
            new = _darker_dots(
                with_taken,
                taken,
                any_dot,
                gray,
                radius_of[klass],
                MIN_DOT_MM / 2 * px_per_mm,
                found_of.values(),
                px_per_mm,
                functools.partial(_own_hue, image, note_of[klass], hue_of[klass]),
            )
            # (a piece the colours left unexplained stays a doubt: a darker dot found in it need not be all of it)
            found_of[klass] = found_of[klass] + new
    for klass in kinds:
        radius = radius_of[klass]
        found_of[klass] = _one_per_disc(found_of[klass], radius)
        for (cx, cy), confidence in found_of[klass]:
            dots.append(
                DotBlob(
                    palette.dot_kinds[klass],
                    palette.dot_colors[klass],
                    (cx / px_per_mm, cy / px_per_mm),
                    2 * radius / px_per_mm,
                    confidence,
                )
            )
        unresolved += [(x / px_per_mm, y / px_per_mm) for x, y in rest_of[klass]]
    return DotReport(dots, unresolved) if report else dots


#: a note colour's hue within this of a dot colour's (degrees, on the photo's palette) is of the dot's hue: its shade
#: and the blur of writing on it (its colour darkened) may take the dot's colour. On the procesplaat's palette the
#: red dots' hue is 36 and 42 degrees from the pink and orange notes', 66 from the yellow; the green dots' 14 from
#: the green notes', 41 from the yellow
DOT_HUE_NEAR = 45.0


def _classes_in(labels: np.ndarray, table: np.ndarray, window: tuple[slice, slice]) -> np.ndarray:
    """``table`` (a lookup table over the classes) looked up on the labels of ``window`` (rows, columns)."""
    return cv2.LUT(labels[window], table)


def _hue_table(palette: Palette, klass: int) -> np.ndarray:
    """A lookup table over the classes (uint8 0/1): the note colours of the dot colour ``klass``'s hue
    (DOT_HUE_NEAR), and ink."""
    table = np.zeros(256, np.uint8)
    table[INK] = 1
    hues = _hues(
        np.array([palette.colors_bgr[palette.classes.index(k)] for k in (klass, *palette.note_colors)], np.uint8)
    )
    for note_class, hue in zip(palette.note_colors, hues[1:], strict=True):
        if abs((float(hue) - float(hues[0]) + 180.0) % 360.0 - 180.0) <= DOT_HUE_NEAR:
            table[note_class] = 1
    return table


def _even(gray: np.ndarray, found: list[tuple[tuple[float, float], float]], radius: float) -> list:
    """The dots of ``found`` whose face is evenly lit (``_flat``)."""
    flat = _all_flat(gray, [centre for centre, _ in found], _disc_offsets(radius * 0.8))
    return [dot for dot, even in zip(found, flat, strict=True) if even]


NEW_APART = 1.2  # (× radius) a darker dot's centre lies at least this far from every dot found by its colour
ONE_DISC = 0.9  # (× radius, as measured: blur widens it) two dots of one colour closer than this are one sticker


def _one_per_disc(
    found: list[tuple[tuple[float, float], float]], radius: float
) -> list[tuple[tuple[float, float], float]]:
    """``found`` (centres px, confidence; one dot colour) with one dot per disc: of two dots closer than ONE_DISC
    radii, the less sure one (the later one of two as sure) is the same sticker found twice, not a second dot.
    A sticker whose colour runs on into the blurred fringe of writing beside it, or that two pieces of its colour
    show, gives two circles a few mm apart; stickers overlapping each other by up to 30 % of their width lie
    farther apart."""
    if len(found) < 2:
        return found
    centres = np.array([centre for centre, _ in found], np.float64)
    order = sorted(range(len(found)), key=lambda index: -found[index][1])
    kept: list[int] = []
    apart = ONE_DISC * radius
    for index in order:
        if not kept or np.hypot(*(centres[kept] - centres[index]).T).min() >= apart:
            kept.append(index)
    if len(kept) == len(found):
        return found
    return [found[index] for index in sorted(kept)]


def _darker_dots(
    with_taken: np.ndarray,
    taken: np.ndarray,
    any_dot: np.ndarray,
    gray: np.ndarray,
    radius: float,
    min_radius: float,
    found: Iterable[list[tuple[tuple[float, float], float]]],
    px_per_mm: float,
    own_hue: Callable[[tuple[float, float], float], bool],
) -> list[tuple[tuple[float, float], float]]:
    """Dots (centres px, confidence) made of a note's darker pixels (``taken``, see ``_darker_than_note``): the
    discs the circle search finds in the pieces of ``with_taken`` (the dot colour with them, uint8) that hold
    such pixels, whose face is even and mostly those pixels, with a step up in brightness all round
    (``_ringed``) or, where the note round it is in shade too (a curled note's lower part), of a hue of their own
    (``own_hue``, given the centre and radius: see ``_own_hue``), apart from every dot already ``found`` by
    colour."""
    count, parts, stats, centroids = components8(with_taken)
    # (their size as this colour with the note's darker pixels shows the dots standing alone, where it can)
    radius = _single_radius((count, parts, stats, centroids), px_per_mm) or radius
    holds = np.zeros(count, bool)
    holds[parts.ravel()[np.flatnonzero(taken)]] = True
    # (a piece with a note's body, where a disc NOTE_CORE_MM wide fits: a darker note of the hue on it, a neon
    # pad on a pastel one, not dots; a cluster of dots is narrower)
    holds &= ~_with_body(with_taken, (count, parts, stats, centroids), holds, NOTE_CORE_MM / 2 * px_per_mm)
    stats = stats.copy()
    stats[~holds, 4] = 0  # (pieces without them: left to the search by colour)
    dotted = any_dot | with_taken
    circles, _ = _circles((count, parts, stats, centroids), dotted, radius, min_radius)
    known = np.array([centre for dots in found for centre, _ in dots], float).reshape(-1, 2)
    apart = NEW_APART * radius
    new = []
    for centre, confidence in _even(gray, circles, radius):
        # (those within a square round it first: a distance is no less than its larger step across or down)
        close = known[(np.abs(known - centre) < 1.01 * apart).all(axis=1)]
        if any(math.hypot(centre[0] - x, centre[1] - y) < apart for x, y in close.tolist()):
            continue
        if _ringed(gray, taken, dotted, centre, radius) or own_hue(centre, radius):
            new.append((centre, confidence))
    return new


OWN_HUE = 7.0  # (degrees) a disc this far from the hue of the note round it is a colour of its own: a dot sticker


def _own_hue(image: np.ndarray, note: np.ndarray, note_hue: float, centre: tuple[float, float], radius: float) -> bool:
    """Whether a disc at ``centre`` (px) is of a hue of its own, OWN_HUE or more from the hue the note of that
    colour shows round it (``_face_from_note``): a dot sticker, more pigment than the pad, not the note's shade
    (within SHADE_HUE) nor its light's fall-off."""
    apart = float(_face_from_note(image, note, note_hue, np.array([centre], np.float64), radius)[0])
    return math.isfinite(apart) and apart >= OWN_HUE


def _with_body(mask: np.ndarray, regions: Components, which: np.ndarray, reach: float) -> np.ndarray:
    """Per piece of ``mask`` (uint8; ``regions`` its components): whether it is one of ``which`` with a pixel
    ``reach`` (px) or more from every pixel outside ``mask`` (its distance transform, DIST_L2 5 × 5). Worked out
    in a window round each such piece ``reach`` wider than it: a chamfer distance is no less than the larger
    of its steps across and down, so that the pixels outside ``mask`` beyond that window lie farther off."""
    count, parts, stats, _ = regions
    height, width = mask.shape
    margin = int(math.ceil(reach)) + 1
    result = np.zeros(count, bool)
    for index in np.flatnonzero(which[1:]) + 1:  # (not the background)
        x, y, w, h, _ = stats[index]
        x0, y0 = max(0, x - margin), max(0, y - margin)
        x1, y1 = min(width, x + w + margin), min(height, y + h + margin)
        distance = cv2.distanceTransform(mask[y0:y1, x0:x1], cv2.DIST_L2, 5)
        piece = parts[y : y + h, x : x + w] == index
        result[index] = bool((distance[y - y0 : y - y0 + h, x - x0 : x - x0 + w][piece] >= reach).any())
    return result


DARKER = 20.0  # grey levels a dot sticker of a note's hue lies below that note's own level around it
NOTE_LEVEL_MM = 12.0  # reach (mm, a Gaussian's sigma: about a dot's width) over which a note's own level is taken
NOTE_NEAR = 0.05  # share of note pixels around a point (weighted by that Gaussian) below which no level is known


def _darker_than_note(
    dot: np.ndarray, note: np.ndarray, gray: np.ndarray, image: np.ndarray, px_per_mm: float
) -> np.ndarray:
    """The pixels of a note colour (``note``, bool) DARKER grey levels or more below that note colour's own level
    around them (its mean brightness within NOTE_LEVEL_MM, without what is that much darker) and at least as
    saturated as the note there (``image``, BGR): a dot sticker of the note's hue, more pigment than the pad,
    printed darker and so no less saturated, which the colours took for the note's colour. The note's shade (a
    curled end, the light's fall-off) and the blur of writing on it are darker too, but greyer than the note.
    Only where a disc of the smallest dot's half width fits in them with the dot colour (``dot``): not a thin
    rim."""
    if not note.any():
        return note
    ys, xs = np.divmod(np.flatnonzero(note), note.shape[1])  # (as np.nonzero gives them, in a fraction of the time)
    light = gray[ys, xs].astype(np.float32)
    chroma = _chroma(image[ys, xs])
    near = np.ones(len(ys), bool)  # (the note's pixels its own level is taken from)
    for last in (False, True):  # (the second time without what is darker: the dots on the note and its shade)
        # (the note's saturation only the last time: the first one's is not used)
        around, means = _local_means(
            note.shape, ys, xs, near, (light, chroma) if last else (light,), NOTE_LEVEL_MM * px_per_mm
        )
        # (nor lighter than the colour's usual level in the photo: a darker pad of the hue on a note of it is
        # darker all over, not only where the lighter note lies around it)
        level = np.maximum(means[0], np.median(light[near]))
        darker = (around > NOTE_NEAR) & (light < level - DARKER)
        if not darker.any():
            return np.zeros(note.shape, bool)  # (the second time would be the same as the first: none)
        near = ~darker
    darker &= chroma >= means[1]
    result = np.zeros(note.shape, bool)
    if not darker.any():
        return result
    result[ys[darker], xs[darker]] = True
    # (where a disc of the smallest dot's half width fits in them with the dot colour: not a thin rim)
    rim_disk = disk(MIN_DOT_MM / 4 * px_per_mm)
    # (in a window round them twice the disc's reach wider: what lies beyond it does not reach them)
    rows, columns = ys[darker], xs[darker]
    margin = rim_disk.shape[0] + 1
    y0, x0 = max(0, int(rows.min()) - margin), max(0, int(columns.min()) - margin)
    y1, x1 = min(note.shape[0], int(rows.max()) + margin + 1), min(note.shape[1], int(columns.max()) + margin + 1)
    window = result[y0:y1, x0:x1]
    fits = cv2.morphologyEx((window | dot[y0:y1, x0:x1]).view(np.uint8), cv2.MORPH_OPEN, rim_disk)
    window &= fits > 0
    return result


LEVEL_STEP = 4  # the local means are worked out on an image this many times smaller (they vary over a dot's width)


def _local_means(
    shape: tuple[int, ...],
    ys: np.ndarray,
    xs: np.ndarray,
    near: np.ndarray,
    values: tuple[np.ndarray, ...],
    sigma: float,
) -> tuple[np.ndarray, list[np.ndarray]]:
    """At the pixels (``ys``, ``xs``): the Gaussian (``sigma`` px) share of those of them ``near`` around each,
    and the mean of each of ``values`` over those; on an image LEVEL_STEP times smaller."""
    small = ((shape[0] + LEVEL_STEP - 1) // LEVEL_STEP, (shape[1] + LEVEL_STEP - 1) // LEVEL_STEP)
    rows, columns = ys // LEVEL_STEP, xs // LEVEL_STEP
    cells = rows * small[1] + columns
    planes = []
    for weights in (near, *(value * near for value in values)):
        plane = np.bincount(cells, weights, small[0] * small[1]).astype(np.float32).reshape(small)
        planes.append(cv2.GaussianBlur(plane, (0, 0), sigma / LEVEL_STEP)[rows, columns])
    around = planes[0] / (LEVEL_STEP * LEVEL_STEP)
    weight = np.maximum(planes[0], 1e-3)
    return around, [plane / weight for plane in planes[1:]]


def _chroma(pixels: np.ndarray) -> np.ndarray:
    """The saturation of BGR ``pixels`` (n × 3, uint8): their distance from grey in Lab's a*, b* (float32)."""
    a, b = _ab(pixels)
    return np.sqrt(a * a + b * b)


RIM_MM = 1.5  # reach of the blur: a note's pixels this near ink or another dot colour are mixed with it


def _near(mask: np.ndarray, reach: float) -> np.ndarray:
    """Where a pixel of ``mask`` (bool) lies within ``reach`` (px)."""
    if not mask.any():
        return mask
    return cv2.dilate(mask.view(np.uint8), disk(reach)) > 0


TAKEN_SHARE = 0.25  # share of a dot's face taken from a note's darker pixels beyond which its ring must show
RAY_AT = np.array([0.55, 0.8, 1.05, 1.35, 1.7])  # (× radius) a ray's samples: from a dot's face out beyond its edge
RAY_EDGE = 3  # the samples from this one on lie beyond the edge of a dot of the size measured or somewhat larger
RING_FREE = 0.25  # share of the ring that must lie clear of other dots to judge its edge (less: a dot in a cluster)
RING_STEP = 0.7  # share of the ring clear of other dots that must step up in brightness by DARKER / 2 beyond it


def _ringed(
    gray: np.ndarray,
    taken: np.ndarray,
    any_dot: np.ndarray,
    centre: tuple[float, float],
    radius: float,
) -> bool:
    """Whether a dot found at ``centre`` (px) is a darker disc with a step all round where the note lies beyond
    its edge, if much of its face (TAKEN_SHARE) is made of the note's darker pixels (``taken``): a sticker's
    edge is a circle, the note around it lighter; the fringe of writing has ink beyond it, a curled note's
    shaded band goes on in the same shade, the light's fall-off has no edge."""
    height, width = gray.shape
    face = np.round(np.array(centre) + _disc_offsets(radius * 0.8)).astype(int)
    face = face[(face[:, 0] >= 0) & (face[:, 1] >= 0) & (face[:, 0] < width) & (face[:, 1] < height)]
    if face.size == 0 or taken[face[:, 1], face[:, 0]].mean() < TAKEN_SHARE:
        return False
    ring = _ring_offsets(radius)
    # (rays from the face out beyond the edge: the levels along each, the face's first, the note's last)
    rays = np.round(np.array(centre) + ring[None] * RAY_AT[:, None, None]).astype(int)
    seen = ((rays[..., 0] >= 0) & (rays[..., 1] >= 0) & (rays[..., 0] < width) & (rays[..., 1] < height)).all(axis=0)
    rays = rays[:, seen]
    outer = rays[-1]
    beyond = any_dot[outer[:, 1], outer[:, 0]] == 0  # (not where another dot lies against it)
    if beyond.sum() < RING_FREE * len(ring):
        return True
    levels = gray[rays[..., 1], rays[..., 0]].astype(np.float32)
    step = levels[RAY_EDGE:].max(axis=0) - levels[0] >= DARKER / 2
    return bool(step[beyond].mean() >= RING_STEP)


SHADE_HUE = 3.5  # (degrees of hue in Lab) a disc this near the hue of the note around it is that note in shade
SHADE_AROUND = 0.15  # share of the ring round a disc (1.3 to 2.2 radii) on the note of its hue to measure that hue
SHADE_CHROMA = 15.0  # (Lab a*, b*) a note's colour this far from grey, or its hue is not measured
SHADE_NOTE = 4.0  # (degrees) the note's pixels round a disc this near the note colour's hue: the note, not a rim


def _note_shades(
    image: np.ndarray, note: np.ndarray, note_hue: float, centres: np.ndarray, radius: float
) -> np.ndarray:
    """Per disc of a dot colour found at ``centres`` (px, n × 2): whether it is the shade of the note of its hue it
    lies on or beside (``note``, bool; ``note_hue``: that note colour's hue on the photo, degrees): its face (0.6
    radius) within SHADE_HUE degrees of the hue the note shows round it (the median over the note's pixels in a
    ring 1.3 to 2.2 radii from its centre, SHADE_AROUND of them or more, within SHADE_NOTE of ``note_hue``; where
    that ring holds fewer, as many in a wider ring, WIDE_RING radii: a disc in a wide shaded band has the band
    round it, the note's light part beyond). A curled note's shaded edge and the shadow of its writing are the
    note's colour with less light, a darker shade of the same hue, which the colours can take for the dot colour
    of that hue; a dot sticker is a colour of its own, its hue some degrees from the note's (measured on the design
    folders' photos: green dots on green notes 7 to 15 degrees, the shade within 4). The note's pixels must be the
    note's colour: the lighter rim of a dot or of a cluster of dots, taken for the note colour, has the dot's hue.
    (All discs at once, in a few numpy passes: a pass per disc, on the worker, held the notes search's thread up.)"""
    return _face_from_note(image, note, note_hue, centres, radius) < SHADE_HUE


def _face_from_note(
    image: np.ndarray, note: np.ndarray, note_hue: float, centres: np.ndarray, radius: float
) -> np.ndarray:
    """Per disc at ``centres`` (px, n × 2): how far (degrees) the hue of its face lies from the hue the note of
    that colour (``note``, bool; ``note_hue``: its hue on the photo) shows round it, measured as ``_note_shades``
    tells; infinite where that is not measured (too little of the note round it, not of its hue, no face)."""
    apart = np.full(len(centres), np.inf)
    if not len(centres):
        return apart
    face_offsets, ring_offsets = _shade_offsets(radius)
    centres = np.asarray(centres, np.float64).reshape(-1, 1, 2)
    least = SHADE_AROUND * len(ring_offsets)
    apart = _face_from_ring(image, note, note_hue, centres, face_offsets, ring_offsets, least)
    rest = np.flatnonzero(~np.isfinite(apart))
    if len(rest):
        # too little of the note round a disc to measure its hue there, or not of the note colour's hue (a shaded
        # band along a curled note's edge, the lighter rims of the dots on it): as many of the note's pixels
        # farther out, in a wider ring
        wide = _wide_ring_offsets(radius)
        apart[rest] = _face_from_ring(image, note, note_hue, centres[rest], face_offsets, wide, least)
    return apart


def _face_from_ring(
    image: np.ndarray,
    note: np.ndarray,
    note_hue: float,
    centres: np.ndarray,
    face_offsets: np.ndarray,
    ring_offsets: np.ndarray,
    least: float,
) -> np.ndarray:
    """``_face_from_note`` of the discs at ``centres`` (n × 1 × 2), the note's hue measured in the ring
    ``ring_offsets``: where ``least`` of its pixels or more lie on the note, coloured, of the note colour's hue."""
    apart = np.full(len(centres), np.inf)
    # (a disc with fewer of the note's pixels in the square round the ring than ``least`` has fewer in the ring:
    # most dots lie on the bare board, and are not sampled at all)
    near = np.flatnonzero(_count_around(note, centres, int(np.abs(ring_offsets).max())) >= least)
    if not len(near):
        return apart
    ring_x, ring_y, ring_in = _samples(centres[near], ring_offsets, image.shape)
    on_note = note[ring_y, ring_x] & ring_in
    kept = on_note.sum(axis=1) >= least
    measured = near[kept]
    if not len(measured):
        return apart
    on_note = on_note[kept]
    a, b = _ab(image[ring_y[kept][on_note], ring_x[kept][on_note]])
    note_a, note_b = np.full(on_note.shape, np.nan, np.float32), np.full(on_note.shape, np.nan, np.float32)
    note_a[on_note], note_b[on_note] = a, b
    around = np.nanmedian(np.degrees(np.arctan2(note_b, note_a)), axis=1)
    coloured = np.hypot(np.nanmedian(note_a, axis=1), np.nanmedian(note_b, axis=1)) >= SHADE_CHROMA
    face_x, face_y, face_in = _samples(centres[measured], face_offsets, image.shape)
    face_hues = _hues(image[face_y, face_x].reshape(-1, 3)).reshape(face_in.shape)
    face_hues[~face_in] = np.nan
    seen = face_in.any(axis=1)
    face_hue = np.zeros(len(measured), np.float32)
    face_hue[seen] = np.nanmedian(face_hues[seen], axis=1)
    judged = seen & coloured & (_hue_apart(around, note_hue) < SHADE_NOTE)
    apart[measured[judged]] = _hue_apart(face_hue[judged], around[judged])
    return apart


def _samples(centres: np.ndarray, offsets: np.ndarray, shape: tuple[int, ...]) -> tuple[np.ndarray, ...]:
    """The pixels (columns, rows: n × k, clipped to the image) at ``offsets`` (k × 2, whole pixels) from each of
    ``centres`` (n × 1 × 2) rounded, and whether each lies in the image (``shape``)."""
    height, width = shape[:2]
    points = np.round(centres).astype(np.intp) + offsets.astype(np.intp)[None]
    columns, rows = points[..., 0], points[..., 1]
    inside = (columns >= 0) & (rows >= 0) & (columns < width) & (rows < height)
    return np.clip(columns, 0, width - 1), np.clip(rows, 0, height - 1), inside


def _count_around(mask: np.ndarray, centres: np.ndarray, span: int) -> np.ndarray:
    """Per centre (px, n × 1 × 2, rounded): how many pixels of ``mask`` (bool) lie within ``span`` px of it along
    both axes (a square, clipped to the image)."""
    counts = np.zeros(len(centres), np.int64)
    for index, (x, y) in enumerate(np.round(centres.reshape(-1, 2)).astype(np.intp)):
        part = mask[max(0, y - span) : max(0, y + span + 1), max(0, x - span) : max(0, x + span + 1)]
        counts[index] = np.count_nonzero(part)
    return counts


WIDE_RING = (2.2, 4.0)  # (× radius) the wider ring round a disc with too little of the note in the first one


@functools.lru_cache(maxsize=8)
def _wide_ring_offsets(radius: float) -> np.ndarray:
    """The offsets (px) of the wider ring round a disc (WIDE_RING radii) that ``_note_shades`` looks at where the
    first ring shows too little of the note."""
    span = int(math.ceil(WIDE_RING[1] * radius))
    ys, xs = np.mgrid[-span : span + 1, -span : span + 1]
    distance = np.hypot(xs, ys)
    keep = (distance >= WIDE_RING[0] * radius) & (distance <= WIDE_RING[1] * radius)
    return np.column_stack([xs[keep], ys[keep]]).astype(np.float64)


@functools.lru_cache(maxsize=8)
def _shade_offsets(radius: float) -> tuple[np.ndarray, np.ndarray]:
    """The offsets (px) of a disc's face (0.6 ``radius``) and of the ring round it (1.3 to 2.2 radii) that
    ``_note_shades`` looks at: the same for every dot of a colour on a photo."""
    span = int(math.ceil(2.2 * radius))
    ys, xs = np.mgrid[-span : span + 1, -span : span + 1]
    distance = np.hypot(xs, ys)
    keep = (distance >= 1.3 * radius) & (distance <= 2.2 * radius)
    return _disc_offsets(0.6 * radius), np.column_stack([xs[keep], ys[keep]]).astype(np.float64)


def _hue_apart(first: np.ndarray | float, second: np.ndarray | float) -> np.ndarray:
    """How far apart two hues (degrees; floats or arrays) lie on the circle."""
    return np.abs((first - second + 180.0) % 360.0 - 180.0)


def _hues(pixels: np.ndarray) -> np.ndarray:
    """The hue (degrees, Lab's a*, b* angle) of BGR ``pixels`` (n × 3, uint8)."""
    a, b = _ab(pixels)
    return np.degrees(np.arctan2(b, a))


def _ab(pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lab's a*, b* of BGR ``pixels`` (n × 3, uint8), float32, grey at 0."""
    lab = cv2.cvtColor(pixels.reshape(-1, 1, 3), cv2.COLOR_BGR2Lab).reshape(-1, 3)
    return lab[:, 1].astype(np.float32) - 128.0, lab[:, 2].astype(np.float32) - 128.0


PALE_INSIDE_MM = 1.5  # a dot's pale part lies at least this far within its outline (its rim is blur, not the dot)
PALE_AT_MOST = 0.5  # share of a dot's pixels its lighter parts may take (more: a piece of a note with a dot on it)


def _with_pale_parts(
    dot: np.ndarray,
    note: np.ndarray,
    px_per_mm: float,
    pieces: Components | None = None,
    on_other: Callable[[tuple[slice, slice]], np.ndarray] | None = None,
) -> np.ndarray:
    """``dot`` (bool: a dot colour's pixels) with the pixels of the note colour of its hue (``note``) that lie
    PALE_INSIDE_MM or more within the outline (convex hull) of the dot colour of a piece of the two colours too small
    for a note (NOTE_SHAPED_MM2)
    and mostly of the dot's colour (PALE_AT_MOST): a dot's lighter parts (lit more than the rest of it), which the
    colours took for the note's paler shade of the hue. A note shows as a piece of a note's size; a sticker has no
    hole and no pale bite in it. (Not its rim beyond that outline, the blur with a light note it lies on: the dot
    would grow by it.) ``pieces``: the components of ``dot | note`` where already known. ``on_other(window)``:
    where notes of other colours lie over ``window`` of the board (``_classes_in``); with it, a dot lit more still
    whose pale part is most of it is found too (``_pale_discs``)."""
    count, parts, stats, _ = pieces if pieces is not None else components8((dot | note).view(np.uint8))
    if count <= 1:
        return dot
    own = np.bincount(parts[dot], minlength=count)  # per piece: its pixels of the dot colour
    result = dot.copy()
    _fill_pale(result, dot, parts, stats, np.flatnonzero(_pale_kept(own, stats, px_per_mm)), px_per_mm)
    if on_other is not None:
        for index in _pale_discs(own, parts, stats, px_per_mm, on_other):
            x, y, w, h, _ = stats[index]
            result[y : y + h, x : x + w] |= parts[y : y + h, x : x + w] == index
    return result


PALE_DISC_OWN = 0.1  # share of a dot-sized disc of the two colours in the dot's colour for all of it to be the dot's
PALE_DISC_FILL = 0.75  # share of its smallest enclosing circle a piece fills to be such a disc
PALE_DISC_RING_MM = (1.0, 3.0)  # the ring around it (from, to: mm beyond its pixels) ...
PALE_DISC_ON_OTHER = 0.6  # ... this much on notes of other colours: the disc lies on such a note


def _pale_discs(
    own: np.ndarray,
    parts: np.ndarray,
    stats: np.ndarray,
    px_per_mm: float,
    on_other: Callable[[tuple[slice, slice]], np.ndarray],
) -> list[int]:
    """The pieces of a dot colour with the note colour of its hue (``own``: their pixels of the dot colour) that are
    one disc of a dot's size, some of it in the dot's colour, lying on a note of another colour (``on_other``, see
    ``_with_pale_parts``): a dot lifted more than the rest by evening out the light (measured on the paper, which
    beside a note's lower edge lies in its cast shadow), most of it classed as the note's paler shade of the hue. A
    piece of a note of its hue that small and round is a letter's loop, closed in by writing on that note or the
    paper."""
    area = stats[:, 4]
    widest = MAX_DOT_MM * px_per_mm
    narrowest = MIN_DOT_MM * px_per_mm
    sides = stats[:, 2:4]
    # (mostly the note's colour: a piece mostly the dot's has its pale parts already, see _pale_kept)
    maybe = (own >= PALE_DISC_OWN * area) & (own < (1.0 - PALE_AT_MOST) * area)
    maybe &= (sides.max(axis=1) <= widest) & (sides.min(axis=1) >= narrowest)
    maybe &= area <= np.pi * (widest / 2) ** 2
    maybe[0] = False
    found = []
    height, width = parts.shape
    inner, outer = (int(round(reach * px_per_mm)) for reach in PALE_DISC_RING_MM)
    for index in np.flatnonzero(maybe):
        x, y, w, h, _ = stats[index]
        points = cv2.findNonZero((parts[y : y + h, x : x + w] == index).view(np.uint8))
        _, radius = cv2.minEnclosingCircle(points)
        if area[index] < PALE_DISC_FILL * np.pi * (radius + 0.5) ** 2:
            continue
        window = np.s_[max(0, y - outer) : min(height, y + h + outer), max(0, x - outer) : min(width, x + w + outer)]
        piece = (parts[window] == index).view(np.uint8)
        ring = (cv2.dilate(piece, disk(outer)) > 0) & ~(cv2.dilate(piece, disk(inner)) > 0)
        around = np.count_nonzero(ring)
        if around and np.count_nonzero(on_other(window)[ring]) >= PALE_DISC_ON_OTHER * around:
            found.append(int(index))
    return found


def _with_more_pale_parts(
    before: np.ndarray, dot: np.ndarray, added: np.ndarray, pieces: Components, px_per_mm: float
) -> np.ndarray:
    """``_with_pale_parts(dot | added, note, px_per_mm, pieces)`` from ``before``, ``_with_pale_parts(dot, note,
    px_per_mm, pieces)``, where ``added`` are pixels of ``note`` (so that the pieces stay the same): only the
    pieces with such pixels are filled again. What ``before`` filled in them is filled again or is ``added``: a
    piece kept before stays kept unless all its note pixels were added, and its dot pixels' outline only grows."""
    count, parts, stats, _ = pieces
    more = dot | added
    if count <= 1:
        return more
    changed = np.zeros(count, bool)
    changed[parts.ravel()[np.flatnonzero(added)]] = True
    changed[0] = False
    own = np.zeros(count, np.int64)  # (their pixels of the dot colour with those added, in the pieces changed)
    for index in np.flatnonzero(changed):
        x, y, w, h, _ = stats[index]
        own[index] = np.count_nonzero((parts[y : y + h, x : x + w] == index) & more[y : y + h, x : x + w])
    result = before | added
    _fill_pale(result, more, parts, stats, np.flatnonzero(_pale_kept(own, stats, px_per_mm) & changed), px_per_mm)
    return result


def _pale_kept(own: np.ndarray, stats: np.ndarray, px_per_mm: float) -> np.ndarray:
    """Per piece of a dot colour with the note colour of its hue (``own``: its pixels of the dot colour): whether
    its pale parts are the dot's (``_with_pale_parts``)."""
    pale = stats[:, 4] - own  # ... and of the note colour
    keep = (pale > 0) & (own >= (1.0 - PALE_AT_MOST) * stats[:, 4])
    keep &= stats[:, 4] < NOTE_SHAPED_MM2 * px_per_mm * px_per_mm
    keep[0] = False
    return keep


def _fill_pale(
    result: np.ndarray, dot: np.ndarray, parts: np.ndarray, stats: np.ndarray, kept: np.ndarray, px_per_mm: float
) -> None:
    """Adds to ``result`` the pixels of each piece of ``kept`` PALE_INSIDE_MM or more within the outline of its
    pixels of ``dot`` (``_with_pale_parts``)."""
    for index in kept:
        x, y, w, h, _ = stats[index]
        piece = parts[y : y + h, x : x + w] == index
        own_part = (piece & dot[y : y + h, x : x + w]).view(np.uint8)
        contours, _ = cv2.findContours(own_part, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        hull = cv2.fillConvexPoly(np.zeros((h + 2, w + 2), np.uint8), cv2.convexHull(np.concatenate(contours)) + 1, 1)
        inner = cv2.erode(hull, disk(PALE_INSIDE_MM * px_per_mm))[1:-1, 1:-1]
        result[y : y + h, x : x + w] |= piece & (inner > 0)


@dataclass
class _Piece:
    """A piece of one dot colour that is not one lone disc: its label, its statistics (x, y, w, h, area), the
    window (x0, y0, x1, y1) around it, its mask there and its candidate centres (px, in the window)."""

    index: int
    box: tuple[int, int, int, int, int]
    window: tuple[int, int, int, int]
    own: np.ndarray
    centres: list[tuple[float, float, float]]


def _circles(
    regions: Components,
    any_dot: np.ndarray,
    radius: float,
    min_radius: float,
    notes: Callable[[tuple[slice, slice]], np.ndarray] | None = None,
) -> tuple[list[tuple[tuple[float, float], float]], list[tuple[float, float]]]:
    """Disc centres (px) of one dot colour, with a confidence each; and groups left unexplained.

    A disc smaller than the dots' size, standing alone, is a dot too: a smaller sticker, or a dot on a note
    of a contrasting colour whose rim the blur mixed with the note's colour (neither the dot's nor the
    note's colour there), so that only its middle shows in the dot's colour. ``notes`` (a window (rows, columns) →
    uint8 0/1 there: where notes of the dot colour's hue and ink lie, see ``_hue_table``), when given, keeps the band
    rule to bands with such a note round them (``_on_a_note``)."""
    count, components, stats, centroids = regions
    height, width = components.shape
    disc_area = math.pi * radius * radius
    found: list[tuple[tuple[float, float], float]] = []
    unresolved: list[tuple[float, float]] = []
    margin = int(math.ceil(radius * 1.6)) + 2
    ring = _across(_ring_offsets(radius))
    inner = _disc_offsets(radius * 0.8)
    # (first the lone discs and each other piece's candidate centres; then every candidate's arc and shares,
    # those of all pieces at once; then, in the pieces' order, which candidates are dots)
    steps: list[tuple[tuple[float, float], float] | _Piece] = []
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if area < 0.3 * disc_area:
            continue
        if _single_disc(w, h, area, radius):
            steps.append(((float(centroids[index][0]), float(centroids[index][1])), 1.0))
            continue
        if min_radius * min_radius * math.pi <= area <= 1.35 * disc_area and _disc_shaped(
            components[y : y + h, x : x + w] == index, area
        ):
            # (a disc, but its edge ragged by noise and blur, so that its bounding box is a little large)
            steps.append(
                ((float(centroids[index][0]), float(centroids[index][1])), 1.0 if area >= 0.7 * disc_area else 0.6)
            )
            continue
        x0, y0 = max(0, x - margin), max(0, y - margin)
        x1, y1 = min(width, x + w + margin), min(height, y + h + margin)
        own = (components[y0:y1, x0:x1] == index).astype(np.uint8)
        steps.append(_Piece(index, (x, y, w, h, area), (x0, y0, x1, y1), own, _hough(own, radius)))
    pieces = [step for step in steps if isinstance(step, _Piece)]
    measured = iter(_measured(components, any_dot, pieces, ring, inner))
    for step in steps:
        if not isinstance(step, _Piece):
            found.append(step)
            continue
        (x, y, w, h, area), (x0, y0, right, bottom), own = step.box, step.window, step.own
        # (a straight band of the dot's colour: the shaded edge of a note of the same hue, no dots in it)
        mask = _bands(own, min_radius, disc_area) if area >= 2.5 * disc_area else None
        if mask is not None and notes is not None:
            mask = _on_a_note(mask, own, notes((slice(y0, bottom), slice(x0, right))), min_radius)
        bands = _Bands(own, mask) if mask is not None else None
        accepted = []
        hidden_candidates = []
        for cx, cy, _votes in step.centres:
            arc, inside, own_inside = next(measured)
            if inside < 0.8 or own_inside < MIN_INSIDE:
                continue
            if arc < MIN_ARC:
                hidden_candidates.append((cx, cy))
                continue
            if any(math.hypot(cx - ax, cy - ay) < 0.75 * radius for ax, ay, _ in accepted):
                continue
            if bands is not None and bands.mask[int(round(cy)), int(round(cx))] and not bands.bulges(cx, cy):
                continue  # (in a note's shaded edge)
            confidence = float(np.clip(0.4 + 0.6 * min(1.0, (arc - MIN_ARC) / 0.35 + 0.3), 0.05, 1.0))
            accepted.append((cx, cy, confidence))
        if accepted and hidden_candidates:
            accepted += _hidden_in_cluster(own, any_dot, (x0, y0), hidden_candidates, accepted, radius, bands)
        # what the discs do not explain
        covered = np.zeros_like(own)
        for cx, cy, _ in accepted:
            cv2.circle(covered, (int(round(cx)), int(round(cy))), int(round(radius * 1.1)), 1, -1)
        # thin leftovers are the halo of writing or an edge; a missed dot leaves a thick piece
        if accepted:
            left = cv2.erode(own & (1 - covered), disk(0.35 * radius))
            # (a straight piece left is a line of writing's fringe; a band, a note's shaded edge, stays unexplained:
            # a dot at its end is not told from it; what is kept is part of ``left``, so a small ``left`` is enough)
            if np.count_nonzero(left) > 0.15 * disc_area:
                left = _not_straight(left) if bands is None else _not_straight(left) | (left & bands.mask)
            if np.count_nonzero(left) > 0.15 * disc_area:
                ys, xs = np.nonzero(left)
                unresolved.append((float(xs.mean() + x0), float(ys.mean() + y0)))
        elif (
            0.6 * disc_area <= area <= 6 * disc_area
            and np.count_nonzero(_not_straight(cv2.erode(own, disk(0.35 * radius)))) > 0.15 * disc_area
        ):
            # a thick lump of dot colour the circles do not find: most likely dots, count unknown; round, or
            # crooked where a note of the dots' hue took bites out of a cluster on it, but not a straight strip
            # (the short shaded end of such a note, or a stroke of writing's fringe)
            unresolved.append((float(x + w / 2), float(y + h / 2)))
        for cx, cy, confidence in accepted:
            found.append(((cx + x0, cy + y0), confidence))
    return found, unresolved


CLUSTER_UNCOVERED = 0.4  # share of a dot's disc of its colour that the other dots of its cluster leave uncovered
CLUSTER_SEEN = 0.2  # share of a dot's circle clear of its cluster's other dots and of other colours: a fifth, its curve
CLUSTER_ARC = 0.5  # share of that clear part of its circle that must be edge: most of it
HIDDEN_CONFIDENCE = 0.5  # confidence of a dot found by the clear part of its circle alone


def _hidden_in_cluster(
    own: np.ndarray,
    any_dot: np.ndarray,
    origin: tuple[int, int],
    candidates: list[tuple[float, float]],
    accepted: list[tuple[float, float, float]],
    radius: float,
    bands: _Bands | None,
) -> list[tuple[float, float, float]]:
    """Dots (centres px in the window at ``origin`` of the piece ``own``, confidence) among ``candidates`` in a
    cluster of touching or overlapping dots of one colour, whose circle shows too little edge (MIN_ARC) because
    the cluster's other dots (``accepted``, and those found here) lie against it and dots of other colours on
    it: where neither lies, its circle is edge (CLUSTER_SEEN of it there, CLUSTER_ARC of that edge), and a fair
    part of its disc (CLUSTER_UNCOVERED) is of its colour and outside the other dots' discs. A cluster's area and
    outline say how many discs it holds: a centre between two dots has their discs over most of its own."""
    ring = _ring_offsets(radius)
    inward, outward = ring * (1.0 - 1.5 / radius), ring * (1.0 + 1.5 / radius)  # (just within, just beyond it)
    face = _disc_offsets(radius)
    shift = np.array(origin)
    found: list[tuple[float, float, float]] = []
    for cx, cy in candidates:
        centres = np.array([(ax, ay) for ax, ay, _ in accepted + found])
        if (np.hypot(*(centres - (cx, cy)).T) < 0.75 * radius).any():
            continue
        if bands is not None and bands.mask[int(round(cy)), int(round(cx))]:
            continue  # (in a note's shaded edge)
        at = np.array((cx, cy))
        points = at + face
        if (_inside(own, points) & ~_within(points, centres, radius)).mean() < CLUSTER_UNCOVERED:
            continue
        mine_in, mine_out = _inside(own, at + inward), _inside(own, at + outward)
        under = _inside(any_dot, at + outward + shift) & ~mine_out  # (another colour's dot on it)
        clear = ~_within(at + ring, centres, radius) & ~under
        if clear.mean() < CLUSTER_SEEN or (mine_in & ~mine_out)[clear].mean() < CLUSTER_ARC:
            continue
        found.append((cx, cy, HIDDEN_CONFIDENCE))
    return found


def _inside(mask: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Whether each of ``points`` (px, n × 2) lies on ``mask`` (off it: not)."""
    xs, ys = np.round(points[:, 0]).astype(int), np.round(points[:, 1]).astype(int)
    valid = (xs >= 0) & (ys >= 0) & (xs < mask.shape[1]) & (ys < mask.shape[0])
    result = np.zeros(len(points), bool)
    result[valid] = mask[ys[valid], xs[valid]] > 0
    return result


def _within(points: np.ndarray, centres: np.ndarray, radius: float) -> np.ndarray:
    """Whether each of ``points`` (px, n × 2) lies within ``radius`` of one of ``centres`` (m × 2)."""
    return (np.hypot(points[:, None, 0] - centres[None, :, 0], points[:, None, 1] - centres[None, :, 1]) <= radius).any(
        axis=1
    )


def _flat(gray: np.ndarray, centre: tuple[float, float], face: np.ndarray) -> bool:
    """Whether the disc ``face`` (offsets) around ``centre`` is evenly lit, as a dot sticker's face is: one
    colour, one brightness. Dark writing blurred into a note's colour can take a dot's colour, but it stays
    dark strokes and light gaps mixed."""
    height, width = gray.shape
    points = np.round(np.array(centre) + face).astype(int)
    inside = (points[:, 0] >= 0) & (points[:, 1] >= 0) & (points[:, 0] < width) & (points[:, 1] < height)
    values = gray[points[inside, 1], points[inside, 0]]
    return values.size == 0 or float(values.std()) <= UNEVEN


def _all_flat(gray: np.ndarray, centres: list[tuple[float, float]], face: np.ndarray) -> list[bool]:
    """``_flat`` of each centre, those whose face lies wholly on ``gray`` all at once (the spread of their levels
    worked out together; one near the limit, where the order of adding could tip it, and the others one by one):
    the same answers."""
    if not centres:
        return []
    height, width = gray.shape
    points = np.round(np.array(centres, np.float64)[:, None, :] + face[None]).astype(int)
    xs, ys = points[..., 0], points[..., 1]
    whole = ((xs >= 0) & (ys >= 0) & (xs < width) & (ys < height)).all(axis=1)
    values = gray[np.clip(ys, 0, height - 1), np.clip(xs, 0, width - 1)].astype(np.float64)
    values -= values.mean(axis=1, keepdims=True)
    spread = np.sqrt((values * values).mean(axis=1))
    clear = whole & (np.abs(spread - UNEVEN) > 1e-6)
    return [
        bool(even) if sure else _flat(gray, centre, face)
        for centre, even, sure in zip(centres, spread <= UNEVEN, clear, strict=True)
    ]


def _single_disc(width: int, height: int, area: int, radius: float) -> bool:
    """A component that is one dot standing alone: a disc's size, as wide as high, filling its box as a disc."""
    return (
        0.7 <= area / (math.pi * radius * radius) <= 1.35
        and abs(width - height) <= max(2.0, 0.15 * max(width, height))
        and 0.7 <= area / max(1, width * height) <= 0.85
    )


def _disc_shaped(own: np.ndarray, area: int) -> bool:
    """One round blob: about as wide as high, filling its bounding box about as a disc does (π/4), and
    without bays (most of its convex hull filled)."""
    height, width = own.shape
    if abs(width - height) > max(2.0, 0.2 * max(width, height)) or not 0.6 <= area / max(1, width * height) <= 0.88:
        return False
    contours, _ = cv2.findContours(own.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    hull = cv2.convexHull(max(contours, key=cv2.contourArea))
    return area >= 0.88 * max(1.0, cv2.contourArea(hull) + 0.5 * cv2.arcLength(hull, True))


BAND_ASPECT = 3.5  # a piece of a dot colour this many times as long as wide is a band, not a row of dots
LENGTH_ASPECT = 2.0  # a piece this many times as long as wide is no dot, nor two overlapping: a length of a band


def _bands(own: np.ndarray, radius: float, disc_area: float) -> np.ndarray | None:
    """The straight bands in the component ``own`` (uint8, with a margin of zeros), or None: where a disc of
    ``radius`` (px; the smallest dot's) fits (a dot keeps its disc, the thin fringe of blurred writing goes),
    pieces of 2.5 dots' area or more whose smallest rectangle is BAND_ASPECT times as long as wide, and the
    lengths (pieces LENGTH_ASPECT times as long as wide) that together are such a band. The curled, shaded lower
    part of a note of the dot's hue takes the dot's colour as such a band along the note; dots touching or
    overlapping make round or crooked clusters, and only four or more in a straight row reach it."""
    core = opened_by_disc(own, radius)
    count, parts, stats, _ = components8(core)
    bands = np.zeros(own.shape, bool)
    lengths = np.zeros(count, bool)  # (the pieces longer than a dot or two overlapping ones)
    for index in range(1, count):
        piece = (parts == index).astype(np.uint8)
        sides = _sides(piece)
        lengths[index] = _as_long(sides, LENGTH_ASPECT)
        if stats[index][4] >= 2.5 * disc_area and _as_long(sides, BAND_ASPECT):
            bands |= piece > 0
    # (a note's shaded edge narrows where its curl lifts less, and the disc breaks it there into lengths that lie
    # along one line: taken together they are a band, though each alone is too short or too small for one)
    if np.count_nonzero(lengths) >= 2 and stats[lengths, 4].sum() >= 2.5 * disc_area:
        together = lengths[parts].view(np.uint8)
        if _straight(together):
            bands |= together > 0
    return bands if bands.any() else None


BAND_ON_NOTE = 0.25  # share of the ring round a band (2 mm) that must be a note's colour or ink


def _on_a_note(bands: np.ndarray, own: np.ndarray, notes: np.ndarray, radius: float) -> np.ndarray | None:
    """The bands of ``bands`` (bool, see ``_bands``; ``own``: the piece of the dot colour they lie in, uint8) with
    the colour of a note of the dot's hue or ink (``notes``, uint8 0/1, the same window) on BAND_ON_NOTE or more of
    the ring round them (2 mm: two thirds of ``radius``, the smallest dot's, px) outside the piece; None if there are
    none. A band of a dot colour is the shaded edge of a note of its hue (the note on one side, the dark shadow of its
    curl on the other) or the blurred fringe of writing on such a note (the note's colour darkened); a straight row
    of dots touching each other on the paper, or across a note of another hue, has the paper or that note round it:
    they are dots."""
    count, parts, stats, _ = components8(bands.view(np.uint8))
    reach = disk(2.0 / 3.0 * radius)
    margin = reach.shape[0]
    kept = np.zeros(bands.shape, bool)
    for index in range(1, count):
        x, y, w, h, _ = stats[index]
        x0, y0 = max(0, x - margin), max(0, y - margin)
        x1, y1 = min(bands.shape[1], x + w + margin), min(bands.shape[0], y + h + margin)
        band = (parts[y0:y1, x0:x1] == index).view(np.uint8)
        ring = (cv2.dilate(band, reach) > 0) & (own[y0:y1, x0:x1] == 0)
        if ring.any() and notes[y0:y1, x0:x1][ring].mean() >= BAND_ON_NOTE:
            kept[y0:y1, x0:x1] |= band > 0
    return kept if kept.any() else None


BULGE = 1.3  # a disc this much wider than the band it lies in on average stands out of it: a dot on it


class _Bands:
    """The straight bands (``mask``, see ``_bands``) in a piece ``own``, and whether a point in one stands out of
    it (``bulges``); the bands' numbering, each band's mean width and the piece's distances to its edge are worked
    out once per piece, when a point first asks."""

    def __init__(self, own: np.ndarray, mask: np.ndarray) -> None:
        self.own, self.mask = own, mask
        self._parts: np.ndarray | None = None
        self._stats: np.ndarray | None = None
        self._distance: np.ndarray | None = None
        self._widths: dict[int, float] = {}

    def bulges(self, cx: float, cy: float) -> bool:
        """Whether ``own`` at (cx, cy), in a band, is wider than the band is on average (its area over its length)
        by BULGE: a dot at the end of a thick line of writing's fringe, not the even width of a note's shaded
        edge."""
        if self._parts is None:
            _, self._parts, self._stats, _ = components8(self.mask.view(np.uint8))
            self._distance = cv2.distanceTransform(self.own, cv2.DIST_L2, 5)
        row, column = int(round(cy)), int(round(cx))
        index = int(self._parts[row, column])
        if index not in self._widths:
            length, _ = _sides((self._parts == index).astype(np.uint8))
            self._widths[index] = self._stats[index][4] / max(1.0, length)
        thickness = 2.0 * self._distance[row, column]
        return thickness >= BULGE * self._widths[index]


def _not_straight(left: np.ndarray) -> np.ndarray:
    """``left`` (uint8) without its straight pieces (BAND_ASPECT times as long as wide): what the circles leave
    of a line of writing's blurred fringe or of a note's shaded edge in the dots' colour, not a dot they missed
    (that leaves a round piece)."""
    count, parts, _, _ = components8(left)
    keep = np.ones(count, bool)
    keep[0] = False
    for index in range(1, count):
        keep[index] = not _straight((parts == index).astype(np.uint8))
    return keep[parts].view(np.uint8)


def _sides(piece: np.ndarray) -> tuple[float, float]:
    """The long and the short side (px) of the smallest rectangle around ``piece`` (uint8), all its parts."""
    contours, _ = cv2.findContours(piece, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    (_, _), (width, height), _ = cv2.minAreaRect(np.concatenate(contours))
    return max(width, height), min(width, height)


def _straight(piece: np.ndarray) -> bool:
    """Whether ``piece`` (uint8) is BAND_ASPECT times as long as wide."""
    return _as_long(_sides(piece), BAND_ASPECT)


def _as_long(sides: tuple[float, float], aspect: float) -> bool:
    """Whether a rectangle of ``sides`` (long, short; px) is ``aspect`` times as long as wide (at least 1 px wide)."""
    length, width = sides
    return length >= aspect * max(1.0, width)


VOTE_FACTORS = np.array([0.88, 1.0, 1.12], np.float32)  # the distances (× radius) an edge votes at


def _hough(own: np.ndarray, radius: float) -> list[tuple[float, float, float]]:
    """Candidate centres: the mask's edge votes one radius inwards, along its normal."""
    smooth = cv2.GaussianBlur(own.astype(np.float32), (0, 0), 1.2)
    gx = cv2.Sobel(smooth, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(smooth, cv2.CV_32F, 0, 1, ksize=3)
    magnitude = np.hypot(gx, gy)
    ys, xs = np.nonzero(magnitude > 0.12)
    if len(xs) == 0:
        return []
    strength = magnitude[ys, xs]
    nx, ny = gx[ys, xs] / strength, gy[ys, xs] / strength  # pointing into the mask
    # (the votes at the three distances at once: float32 steps as the one-distance-at-a-time products gave)
    factors = VOTE_FACTORS[:, None]
    vx = np.round(xs + (nx * radius)[None] * factors).astype(int)
    vy = np.round(ys + (ny * radius)[None] * factors).astype(int)
    inside = (vx >= 0) & (vy >= 0) & (vx < own.shape[1]) & (vy < own.shape[0])
    # (counting the votes with bincount: the same whole numbers as adding them up one by one, much faster)
    accumulator = np.bincount(vy[inside] * own.shape[1] + vx[inside], minlength=own.size)
    accumulator = accumulator.astype(np.float32).reshape(own.shape)
    accumulator = cv2.GaussianBlur(accumulator, (0, 0), max(1.0, radius * 0.12))
    window = disk(max(1.5, radius * 0.6))
    peaks = (accumulator >= cv2.dilate(accumulator, window) - 1e-6) & (accumulator > 0.12 * radius)
    py, px = np.nonzero(peaks)
    strengths = accumulator[py, px]
    order = np.argsort(-strengths)
    return list(
        zip(px[order].astype(np.float64).tolist(), py[order].astype(np.float64).tolist(), strengths[order].tolist())
    )


def _ring_offsets(radius: float) -> np.ndarray:
    steps = max(16, int(2 * math.pi * radius))
    angles = np.arange(steps) * 2 * math.pi / steps
    return np.column_stack([np.cos(angles), np.sin(angles)]) * radius


def _disc_offsets(radius: float) -> np.ndarray:
    span = int(math.ceil(radius))
    ys, xs = np.mgrid[-span : span + 1, -span : span + 1]
    keep = xs * xs + ys * ys <= radius * radius
    return np.column_stack([xs[keep], ys[keep]]).astype(np.float64)


def _across(offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A ring's points with, for ``_arc``, the shifts to the pairs of points 3 px apart across it at each
    (three pairs: at -1.5, 0 and 1.5 px along the radius), all three stacked."""
    norms = np.hypot(offsets[:, 0], offsets[:, 1])[:, None]
    unit = offsets / np.maximum(norms, 1e-6)
    shifts_in = np.concatenate([unit * (shift - 1.5) for shift in (-1.5, 0.0, 1.5)])
    shifts_out = np.concatenate([unit * (shift + 1.5) for shift in (-1.5, 0.0, 1.5)])
    return offsets, shifts_in, shifts_out


def _measured(
    components: np.ndarray,
    any_dot: np.ndarray,
    pieces: list[_Piece],
    ring: tuple[np.ndarray, np.ndarray, np.ndarray],
    inner: np.ndarray,
) -> list[tuple[float, float, float]]:
    """For every candidate centre of every piece, in turn: its arc, the share of the ring (``_across``) around it
    on the border of the piece's mask in its window (inside just within, outside just beyond); and the shares of
    the disc ``inner`` around it that are of any dot colour and of the piece itself, in its window (off the
    window: neither). All centres of all pieces in one pass, each point placed in its piece's window, then
    looked up in the whole ``components`` and ``any_dot``: per centre, the numbers of the window on its own."""
    counts = [len(piece.centres) for piece in pieces]
    if not sum(counts):
        return []
    at = np.array([centre[:2] for piece in pieces for centre in piece.centres], np.float64)
    windows = np.array([piece.window for piece in pieces], np.int64).repeat(counts, axis=0)
    labels = np.array([piece.index for piece in pieces], np.int64).repeat(counts)[:, None]
    left, top = windows[:, :1], windows[:, 1:2]
    wide, high = windows[:, 2:3] - left, windows[:, 3:4] - top

    def looked_up(points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # (points: centres × points × 2, in each centre's window; off the window, nothing)
        xs, ys = points[..., 0], points[..., 1]
        valid = (xs >= 0) & (ys >= 0) & (xs < wide) & (ys < high)
        xs = np.clip(xs, 0, wide - 1) + left
        ys = np.clip(ys, 0, high - 1) + top
        own = (components[ys, xs] == labels) & valid
        return own, own | ((any_dot[ys, xs] > 0) & valid)

    offsets, shifts_in, shifts_out = ring
    around = np.tile(at[:, None, :] + offsets[None], (1, 3, 1))
    ok_in, _ = looked_up(np.round(around + shifts_in[None]).astype(int))
    ok_out, _ = looked_up(np.round(around + shifts_out[None]).astype(int))
    arcs = (ok_in & ~ok_out).reshape(len(at), 3, len(offsets)).any(axis=1).mean(axis=1)
    own, occupied = looked_up(np.round(at[:, None, :] + inner[None]).astype(int))
    return list(zip(arcs.tolist(), occupied.mean(axis=1).tolist(), own.mean(axis=1).tolist()))
