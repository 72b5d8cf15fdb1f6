"""Colour segmentation of a rectified board: even out the light, then label every pixel.

The board's own paper (kraft brown or white) fills most of it. Its colour is
found as the peak of the chroma histogram; where paper shows, the light is
measured (a smooth field per channel), and dividing by that field removes
gradients, soft shadows and colour casts. Each pixel then gets the class of
the nearest reference colour in Lab (lightness weighted less than chroma):
paper, ink, white, one of the note colours or one of the dot colours.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

import cv2
import numpy as np

from boards.colors import KRAFT_BROWN, NOTE_COLORS, hex_to_rgb
from boards.model import Board

NONE, PAPER, INK, WHITE = 0, 1, 2, 3
NOTE_BASE = 10
DOT_BASE = 40
WHITE_PAPER_BGR = (245, 245, 245)
LIGHT_CELL_MM = 4.0  # resolution of the light field
LIGHT_SIGMA_MM = 30.0
FINE_SIGMA_MM = 8.0
L_WEIGHT = 0.3
LAB_WEIGHTS = np.array([L_WEIGHT, 1.0, 1.0], np.float32)
GAIN_ONE = 64.0
REJECT_DISTANCE = 34.0  # Lab units; farther from every reference → NONE
ADAPT_LIMIT = 40.0  # Lab units a reference colour may move towards the colours of a photo


BLAS_ROWS = 1024  # rows per block of ``_rows_times``


def _rows_times(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a @ b`` for a tall, narrow ``a``, in blocks of rows: OpenBLAS works such small products out on one
    thread (the same numbers), while the whole at once starts its threads, which costs more than the product."""
    return np.concatenate([a[start : start + BLAS_ROWS] @ b for start in range(0, len(a), BLAS_ROWS)])


def channel_sum(pixels: np.ndarray) -> np.ndarray:
    """``pixels.sum(axis=-1)`` of three channels: the same numbers (numpy adds them left to right), several
    times faster (numpy's reduction along a short last axis pays a loop per pixel)."""
    return (pixels[..., 0] + pixels[..., 1]) + pixels[..., 2]


def channel_max(pixels: np.ndarray) -> np.ndarray:
    """``pixels.max(axis=-1)`` of three channels, the fast way (``channel_sum``)."""
    return np.maximum(np.maximum(pixels[..., 0], pixels[..., 1]), pixels[..., 2])


def channel_min(pixels: np.ndarray) -> np.ndarray:
    """``pixels.min(axis=-1)`` of three channels, the fast way (``channel_sum``)."""
    return np.minimum(np.minimum(pixels[..., 0], pixels[..., 1]), pixels[..., 2])


def channel_norm(pixels: np.ndarray) -> np.ndarray:
    """``np.linalg.norm(pixels, axis=-1)`` of three (float) channels, the fast way (``channel_sum``)."""
    total = channel_sum(pixels * pixels)
    return np.sqrt(total, out=total) if total.dtype.kind == "f" else np.sqrt(total)  # (in place: the same numbers)


def components8(mask: np.ndarray) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """``cv2.connectedComponentsWithStats(mask, connectivity=8)``: the same labels, stats and centroids, by
    Grana's block-based algorithm (BBDT), about three times faster than the default with statistics."""
    return cv2.connectedComponentsWithStatsWithAlgorithm(mask, 8, cv2.CV_32S, cv2.CCL_GRANA)


def _lab(bgr: tuple[int, int, int]) -> np.ndarray:
    pixel = np.uint8([[list(bgr)]])
    return cv2.cvtColor(pixel, cv2.COLOR_BGR2LAB).reshape(3).astype(np.float32)


def _labs(colors: list[tuple[int, int, int]]) -> np.ndarray:
    """Lab (float32, OpenCV's 8-bit scale) of many BGR colours at once."""
    pixels = np.array(colors, np.uint8).reshape(-1, 1, 3)
    return cv2.cvtColor(pixels, cv2.COLOR_BGR2LAB).reshape(-1, 3).astype(np.float32)


def _bgr(hex_color: str) -> tuple[int, int, int]:
    r, g, b = hex_to_rgb(hex_color)
    return b, g, r


@dataclass
class Palette:
    """Reference colours and the class each stands for."""

    classes: list[int] = field(default_factory=list)
    colors_bgr: list[tuple[int, int, int]] = field(default_factory=list)
    note_colors: dict[int, str] = field(default_factory=dict)  # class → NOTE_COLORS id
    dot_kinds: dict[int, str] = field(default_factory=dict)  # class → dot kind id
    dot_colors: dict[int, str] = field(default_factory=dict)  # class → "#rrggbb"
    # indices of the references that take no colour: note colours the photo shows no cluster of (``_borrowed``)
    idle: set[int] = field(default_factory=set)
    _lut: np.ndarray | None = None

    def add(self, klass: int, bgr: tuple[int, int, int]) -> None:
        self.classes.append(klass)
        self.colors_bgr.append(bgr)
        self._lut = None

    _nearest: np.ndarray | None = None

    def _build(self) -> None:
        _, weighted = _cube()
        refs = _labs(self.colors_bgr) * LAB_WEIGHTS
        # |x - r|² = |x|² - 2 x·r + |r|², all references at once
        # (one row per reference, so numpy runs along the 32768 colours: the same float32 operations in the same
        # order as broadcasting over (colours, references), several times faster; then the first smallest one)
        squared = np.ascontiguousarray(_rows_times(weighted, refs.T).T)
        squared *= 2.0
        np.subtract(_CUBE_NORMS[0][None, :], squared, out=squared)
        squared += (refs * refs).sum(axis=1)[:, None]
        nearest = np.zeros(squared.shape[1], np.uint8)
        smallest = squared[0].copy()
        for ref in range(1, len(squared)):
            if ref in self.idle:
                continue
            closer = squared[ref] < smallest
            np.copyto(nearest, ref, where=closer)
            np.minimum(smallest, squared[ref], out=smallest)
        rejected = smallest > REJECT_DISTANCE**2
        classes = np.array(self.classes, np.uint8)[nearest]
        classes[rejected] = NONE
        nearest[rejected] = 255
        self._lut, self._nearest = classes, nearest

    def lut(self) -> np.ndarray:
        """Class of every colour quantised to 5 bits per channel (index b<<10 | g<<5 | r)."""
        if self._lut is None:
            self._build()
        return self._lut  # type: ignore[return-value]

    def nearest_lut(self) -> np.ndarray:
        """Index of the nearest reference colour (255: none near) of every quantised colour."""
        if self._nearest is None:
            self._build()
        return self._nearest  # type: ignore[return-value]

    def adapted(self, image: np.ndarray, px_per_mm: float, rounds: int = 2, index: np.ndarray | None = None) -> Palette:
        """This palette with its reference colours moved to the colours the photo shows.

        Printers, note brands and cameras differ: the note green of one photo may be as
        dark as the dot green of the palette. Each reference moves to the mean colour of the
        pixels nearest to it (k-means, started at the palette), as long as enough pixels
        take it and it stays near where it started. A note colour whose mean the photo shows
        no cluster at (``_borrowed``: its pixels are mostly the shaded rims of another note
        colour's notes) is set at the peak of its own notes' colours among them, where the
        photo shows one (``_own_peaks``: a few notes of it), else it takes no pixels
        (``idle``: none on the photo); the others move again, without it.
        """
        # the photo's colours as a histogram over the quantised cube: each round is then cheap
        index = quantised_index(image) if index is None else index
        # (cv2.calcHist counts the same whole numbers as np.bincount, several times faster)
        histogram = cv2.calcHist([index], [0], None, [32768], [0, 32768]).ravel().astype(np.float64)
        minimum = max(200, image.shape[0] * image.shape[1] // 4000)
        palette = self._moved(histogram, minimum, rounds, set())
        density = _density(histogram)
        held = _borrowed(palette, self, density)
        if not held:
            return palette
        own = _own_peaks(palette, self, density, held, OWN_PEAK_MM2 * px_per_mm**2)
        colours = [own.get(ref, colour) for ref, colour in enumerate(self.colors_bgr)]
        start = Palette(list(self.classes), colours, self.note_colors, self.dot_kinds, self.dot_colors, held - set(own))
        return start._moved(histogram, minimum, rounds, held)

    def _moved(self, histogram: np.ndarray, minimum: int, rounds: int, held: set[int]) -> Palette:
        """``adapted``'s k-means over the photo's ``histogram``: the references ``held`` (indices) stay put."""
        palette = Palette(
            list(self.classes), list(self.colors_bgr), self.note_colors, self.dot_kinds, self.dot_colors, self.idle
        )
        palette._lut, palette._nearest = self.lut(), self.nearest_lut()  # until a colour moves
        start = _labs(self.colors_bgr)
        cube, _ = _cube()
        for _ in range(rounds):
            nearest = palette.nearest_lut()
            counts = np.bincount(nearest, weights=histogram, minlength=256)
            sums = [np.bincount(nearest, weights=histogram * cube[:, channel], minlength=256) for channel in range(3)]
            changed = False
            references = len(palette.colors_bgr)
            means = [
                tuple(int(round(sums[channel][ref] / max(1.0, counts[ref]))) for channel in range(3))
                for ref in range(references)
            ]
            moved = np.linalg.norm(_labs(means) - start, axis=1)  # type: ignore[arg-type]
            for ref in range(references):
                if palette.classes[ref] in (PAPER, INK, WHITE) or counts[ref] < minimum or moved[ref] > ADAPT_LIMIT:
                    continue
                if ref in held:  # (a note colour with no cluster of its own in the photo)
                    continue
                if means[ref] != palette.colors_bgr[ref]:
                    palette.colors_bgr[ref] = means[ref]  # type: ignore[assignment]
                    changed = True
            if not changed:
                break
            palette._lut = palette._nearest = None
        return palette


#: reach (quantised steps of 8 levels a channel, either way) of the box the photo's colour histogram is smoothed
#: over before its peaks are sought: one step, 24 levels wide, the spread of one note colour's lit face
PEAK_REACH = 1
#: the 26 neighbours of a quantised colour, as steps of its blue, green and red parts
_STEPS = (-1, 0, 1)
_NEIGHBOURS = np.array([(b, g, r) for b in _STEPS for g in _STEPS for r in _STEPS if (b, g, r) != (0, 0, 0)])


def _density(histogram: np.ndarray) -> np.ndarray:
    """The photo's colour histogram (over ``quantised_index``) summed over a box of ``PEAK_REACH`` steps, as a
    32³ cube (blue, green, red)."""
    cube = histogram.reshape(32, 32, 32)
    width = 2 * PEAK_REACH + 1
    padded = np.pad(cube, PEAK_REACH)
    density = np.zeros_like(cube)
    for b in range(width):
        for g in range(width):
            for r in range(width):
                density += padded[b : b + 32, g : g + 32, r : r + 32]
    return density


def _peak_from(density: np.ndarray, bgr: tuple[int, int, int]) -> int:
    """The quantised colour (``quantised_index``) of the density peak reached from ``bgr`` by climbing to the
    densest neighbour while one is denser."""
    at = np.array(bgr) >> 3
    while True:
        around = at + _NEIGHBOURS
        around = around[((around >= 0) & (around < 32)).all(axis=1)]
        values = density[around[:, 0], around[:, 1], around[:, 2]]
        if values.max() <= density[at[0], at[1], at[2]]:
            return int(at[0] << 10 | at[1] << 5 | at[2])
        at = around[int(np.argmax(values))]


#: mm² of a note's face whose pixels the colour density's peak (``_density``: a box of 3 × 3 × 3 quantised colours)
#: must hold to count as a cluster of notes: a quarter of the smallest note (51 × 51 mm), lit alike
OWN_PEAK_MM2 = 51.0 * 51.0 / 4


def _peaks(density: np.ndarray) -> np.ndarray:
    """bool over the quantised colours (``quantised_index``): the colour density (``_density``) has a peak
    here (no neighbour denser)."""
    padded = np.pad(density, 1, constant_values=-1.0)
    peak = density > 0
    for b, g, r in _NEIGHBOURS:
        peak &= density >= padded[1 + b : 33 + b, 1 + g : 33 + g, 1 + r : 33 + r]
    return peak.ravel()


def _own_peaks(
    palette: Palette, start: Palette, density: np.ndarray, held: set[int], least: float
) -> dict[int, tuple[int, int, int]]:
    """Of the note colours ``held`` (``_borrowed``), those with a cluster of their own still: the densest peak
    of the colour density among the colours nearest to them (at their start colour, the others where
    ``palette`` moved them) holding at least ``least`` pixels, e.g. one orange note among many shaded yellow
    ones. Index → the peak's colour (BGR)."""
    trial = Palette(list(palette.classes), list(palette.colors_bgr))
    for ref in held:
        trial.colors_bgr[ref] = start.colors_bgr[ref]
    nearest = trial.nearest_lut()
    peaks = _peaks(density)
    values = density.ravel()
    cube, _ = _cube()
    own = {}
    for ref in held:
        at = np.flatnonzero(peaks & (nearest == ref))
        if len(at) and values[at].max() >= least:
            top = at[int(np.argmax(values[at]))]
            own[ref] = tuple(int(value) for value in cube[top])
    return own  # type: ignore[return-value]


def _borrowed(palette: Palette, start: Palette, density: np.ndarray) -> set[int]:
    """The note colours (indices) that ``palette``, moved by ``adapted``, took to a colour that is no cluster of
    their own: climbing the photo's colour density from there ends at a peak nearest another note colour.

    A photo without orange notes still has pixels nearest orange: the shaded lower edges of curled yellow notes,
    their rims and shadows. Their mean is a slope of the yellow cluster, and orange moved there takes the shaded
    yellow notes for orange. A note colour and the dot colour of its hue share one cluster (their pixels are told
    apart by shape, not by colour), so only a peak of another note colour counts."""
    nearest = palette.nearest_lut()
    held = set()
    for ref, klass in enumerate(palette.classes):
        if klass not in palette.note_colors or palette.colors_bgr[ref] == start.colors_bgr[ref]:
            continue
        owner = int(nearest[_peak_from(density, palette.colors_bgr[ref])])
        if owner != ref and owner < len(palette.classes) and palette.classes[owner] in palette.note_colors:
            held.add(ref)
    return held


def build_palette(board: Board, paper_bgr: tuple[int, int, int]) -> Palette:
    palette = Palette()
    palette.add(PAPER, paper_bgr)
    for zone in board.zones:
        if zone.fill:
            palette.add(PAPER, _bgr(zone.fill))
    palette.add(INK, (25, 25, 25))
    palette.add(INK, (60, 60, 60))
    palette.add(WHITE, (250, 250, 250))
    for index, color in enumerate(NOTE_COLORS):
        palette.add(NOTE_BASE + index, _bgr(color.hex))
        palette.note_colors[NOTE_BASE + index] = color.id
    for index, kind in enumerate(board.dot_kinds()):
        klass = DOT_BASE + index
        palette.add(klass, _bgr(kind.color))
        palette.dot_kinds[klass] = kind.id
        palette.dot_colors[klass] = kind.color
    return palette


@dataclass
class Normalised:
    image: np.ndarray  # BGR, light evened out, glare taken off, paper at its true colour
    paper_bgr: tuple[int, int, int]
    paper_kind: str  # "brown" | "white"
    glare: np.ndarray | None = None  # bool, image size: a highlight lies over the board here
    unreadable: np.ndarray | None = None  # bool, image size: the highlight washes out what lies under it
    # bool, image size: the part of ``unreadable`` where nothing under the highlight shows at all (None: all of it)
    blown: np.ndarray | None = None
    # BGR, image size: the photo's own colours (before the highlight is taken off), where a highlight lies
    photo: np.ndarray | None = None
    observed: np.ndarray | None = None  # the paper's colour as the photo shows it (bare paper, BGR)
    # bool, image size: where a note of nearly the paper's hue was followed into the haze by its hue alone, over
    # what read as paper (``notes_in_haze``)
    followed: np.ndarray | None = None
    # (the photo less its highlight, the gain × GAIN_ONE) that ``image`` was evened out from: see ``unclipped``
    evened_from: tuple[np.ndarray, np.ndarray] | None = None


GLARE_MIN = 0.25  # highlight / diffuse light: from here on a highlight is marked
GLARE_UNREADABLE = 1.6  # beyond this the colours under it are too washed out to trust
CLIPPED = 246
BLOWN = 230  # once the highlight is taken off, no paper, note or dot is this light in every channel
GLARE_MIN_CELLS = 12  # a highlight smaller than this many light cells (4 × 4 mm) is left alone


def light_grid(shape: tuple[int, ...], px_per_mm: float) -> tuple[int, tuple[int, int]]:
    """The grid the light is measured on over an image of ``shape``: its cell (px) and its size in cells
    (width, height)."""
    step = max(1, int(round(LIGHT_CELL_MM * px_per_mm)))
    return step, (max(1, shape[1] // step), max(1, shape[0] // step))


#: runs a list of jobs (without arguments) and gives their results in order: one after another
#: (``_one_after_another``) or on two threads (the pipeline's ``_on_both``)
Share = Callable[[list[Callable[[], object]]], list]


def seen_cells(valid: np.ndarray, px_per_mm: float) -> np.ndarray:
    """The cells of the light grid (``light_grid``) seen in the photo: ``valid`` (uint8, 255 = seen) all but
    wholly seen over the cell."""
    return cv2.resize(valid, light_grid(valid.shape, px_per_mm)[1], interpolation=cv2.INTER_AREA) > 250


def normalise_light(
    image: np.ndarray,
    valid: np.ndarray,
    px_per_mm: float,
    printed=None,
    small_valid: np.ndarray | None = None,
    share: Share | None = None,
) -> Normalised:
    """Even out the light measured on the paper; ``valid`` marks board pixels seen in the photo.

    The light on the paper is diffuse light (a smooth field that scales the paper's colour)
    plus, where a lamp or window reflects, a white highlight added on top. Both are measured on
    the paper: on brown paper a pixel's colour splits into "paper colour × light" plus "white";
    on white paper the two look alike, so the highlight is what rises above a smooth fit of the
    light over the board. The highlight is subtracted and the diffuse light divided out, which
    gives washed-out notes and dots under a highlight their colour back; where the highlight is
    much stronger than the diffuse light (or the photo is clipped white) it is marked unreadable.

    ``printed`` (optional, ``boards.capture.printed.PrintedParts``): what the print put on the board.
    Only bare paper decides the paper's colour (a sand-yellow fill has nearly kraft's hue); the light
    is then measured on the printed fills too, each converted to paper by its known printed colour, so
    the middle of a large filled zone is lit as it is, not as the paper around it. ``small_valid``:
    ``seen_cells(valid, px_per_mm)``, when made already. ``share``: runs a list of jobs (without arguments) and
    gives their results in order, e.g. on two threads (by default one after another): the light field's coarse
    and fine parts, the three searches for washed-out notes beside a highlight, and the full-size work once the
    gain is known are such jobs.
    """
    share = share or _one_after_another
    height, width = image.shape[:2]
    step, small_size = light_grid(image.shape, px_per_mm)
    small = cv2.resize(image, small_size, interpolation=cv2.INTER_AREA)
    if small_valid is None:
        small_valid = seen_cells(valid, px_per_mm)
    pixels = small.astype(np.float32)
    total = channel_sum(pixels) + 1.0
    cb, cg = pixels[:, :, 0] / total, pixels[:, :, 1] / total  # chromaticity: the same in light and shadow
    usable = small_valid & (total > 90)
    if printed is not None:
        usable &= printed.bare_cells(small_size)
    if usable.sum() < 4:
        return Normalised(image, WHITE_PAPER_BGR, "white")
    hist, b_edges, g_edges = np.histogram2d(cb[usable], cg[usable], bins=(50, 50), range=((0.1, 0.5), (0.2, 0.6)))
    peak_b, peak_g = np.unravel_index(int(hist.argmax()), hist.shape)
    cb0, cg0 = (b_edges[peak_b] + b_edges[peak_b + 1]) / 2, (g_edges[peak_g] + g_edges[peak_g + 1]) / 2
    near = usable & (np.abs(cb - cb0) < 0.022) & (np.abs(cg - cg0) < 0.022)
    if near.sum() < 4:
        near = usable
    cb_paper = float(np.median(cb[near]))
    paper_kind = "brown" if (1 / 3 - cb_paper) > 0.045 else "white"
    paper_bgr = _bgr(KRAFT_BROWN) if paper_kind == "brown" else WHITE_PAPER_BGR
    observed = np.median(pixels[near], axis=0)  # the paper's colour as the photo shows it (bare paper)
    if printed is not None:
        near = printed.light_on_fills(pixels, near, small_valid, paper_bgr, (cb0, cg0))
    white_cells = None
    if paper_kind == "brown":
        # every cell split once into a × the paper's colour + g × white: the rest and a per cell (``plane``)
        split = _plus_white(pixels, observed)
        consistent, white_cells = _paper_plus_white(pixels, observed, split)
        plane = (split[0].reshape(small.shape[:2]), split[1].reshape(small.shape[:2]))
        paper = (near | (consistent & usable)).astype(np.float32)
    else:
        paper = near.astype(np.float32)
    field, highlight = _light_and_highlight(pixels, paper, observed, white_cells, small_valid, share)
    if white_cells is not None:
        # a yellow or orange note washed out beside the highlight passed for paper: measured again without it
        shining = _shining(highlight, field, small_valid)
        if shining.any():
            steady = _glare_ratio(highlight, field) <= GLARE_UNREADABLE
            # (only beside a highlight that washes colours out: its haze is what whitens a note so)
            strong = (~steady & small_valid).astype(np.uint8)
            halo = cv2.dilate(strong, disk(WASHED_REACH_MM / LIGHT_CELL_MM)) > 0
            beside = (paper > 0) & usable & halo
            # (three ways of finding them, each on its own)
            washed, brighter, brighter_at_white = share(
                [
                    functools.partial(_washed_notes, pixels, plane, paper > 0, usable, white_cells, shining),
                    functools.partial(_brighter_than_light, plane[1], beside, steady),
                    functools.partial(_brighter_than_equally_white, plane[1], beside, white_cells),
                ]
            )
            washed = washed | brighter | brighter_at_white
        else:
            washed = _washed_notes(pixels, plane, paper > 0, usable, white_cells, shining)
        if washed.any():
            paper[washed] = 0.0
            field, highlight = _light_and_highlight(pixels, paper, observed, white_cells, small_valid, share)
    diffuse = np.maximum(field - highlight[:, :, None], 4.0)
    ratio = _glare_ratio(highlight, field)
    clipped = channel_min(small) >= CLIPPED  # white in every channel over a whole cell
    gain = np.array(paper_bgr, np.float32)[None, None, :] / diffuse
    # fixed point (gain × 64 in a byte, so up to 4×) keeps the full-size work in integers
    gain8 = np.clip(gain * GAIN_ONE, 0, 255).astype(np.uint8)
    glare = unreadable = blown = offset = None
    photo = image  # (the photo's own colours, before a highlight is taken off)
    full = (width, height)
    if paper_kind == "brown" and int(((ratio > GLARE_MIN) & small_valid).sum()) >= GLARE_MIN_CELLS:
        glare_small = ((ratio > GLARE_MIN) & small_valid).astype(np.uint8)
        # clipped white counts where it belongs to a highlight, not where the print is white (a legend, a box)
        near_glare = cv2.dilate(glare_small, np.ones((5, 5), np.uint8)) > 0
        unreadable_small = (((ratio > GLARE_UNREADABLE) | (clipped & near_glare)) & small_valid).astype(np.uint8)
        gain8, offset, glare, unreadable = share(
            [
                functools.partial(cv2.resize, gain8, full, interpolation=cv2.INTER_LINEAR),
                functools.partial(_offset, highlight, full),
                functools.partial(_nearest, glare_small, full),
                functools.partial(_nearest, unreadable_small, full),
            ]
        )
        image = np.empty_like(photo)  # (the photo less the highlight: ``_evened`` fills it)
    else:
        gain8 = cv2.resize(gain8, full, interpolation=cv2.INTER_LINEAR)
    corrected = np.empty_like(photo)
    share([functools.partial(_evened, photo, offset, gain8, image, corrected, rows) for rows in _halves(height, width)])
    if paper_kind == "white":
        # (``pixels``: printed fills already turned into paper, so a light fill is no washed-out note)
        small_corrected = np.clip(pixels * gain, 0, 255).astype(np.uint8)
        corrected, washed_small = _lift_glare_on_white(corrected, small_corrected, small_valid, step)
        highlight = _highlight_on_white(washed_small, _clipped_on_white(small, small_valid, observed), small_valid)
        if highlight is not None:
            # (washed out on white: nothing under it can be vouched for)
            glare = unreadable = cv2.resize(highlight, full, interpolation=cv2.INTER_NEAREST) > 0
    strong = channel_max(gain) * GAIN_ONE > 250
    if strong.any():
        # where the light is that low (under a strong highlight) the fixed point runs out: floats there
        ys, xs = np.nonzero(strong)
        y0, y1 = max(0, ys.min() * step - step), min(height, (ys.max() + 2) * step)
        x0, x1 = max(0, xs.min() * step - step), min(width, (xs.max() + 2) * step)
        # (the gain of that part only: the part of the whole image cv2.resize would give, interpolated alike)
        sx, sy = gain.shape[1] / width, gain.shape[0] / height
        to_cells = np.array([[sx, 0, (x0 + 0.5) * sx - 0.5], [0, sy, (y0 + 0.5) * sy - 0.5]], np.float64)
        full_gain = cv2.warpAffine(
            gain,
            to_cells,
            (x1 - x0, y1 - y0),
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )
        corrected[y0:y1, x0:x1] = np.clip(image[y0:y1, x0:x1] * full_gain, 0, 255).astype(np.uint8)
    if paper_kind == "brown" and unreadable is not None:
        blown = _blown(photo, corrected, unreadable)
    lit_photo = photo if glare is not None and paper_kind == "brown" else None
    evened_from = (image, gain8)  # (``image``: the photo, or the photo less the highlight where one lies)
    return Normalised(
        corrected, paper_bgr, paper_kind, glare, unreadable, blown, lit_photo, observed, evened_from=evened_from
    )


def _offset(highlight: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """The highlight's white part (light grid) at full ``size``, in all three channels."""
    offset = cv2.resize(np.clip(highlight, 0, 255).astype(np.uint8), size, interpolation=cv2.INTER_LINEAR)
    return cv2.merge([offset, offset, offset])


def _nearest(cells: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """A mask on the light grid at full ``size`` (bool)."""
    return cv2.resize(cells, size, interpolation=cv2.INTER_NEAREST) > 0


def _halves(height: int, width: int) -> list[slice]:
    """Two parts of an image's rows (3 channels of bytes) for pixelwise work on two threads: the first one's bytes a
    multiple of 64, so that each part is worked in the same vector steps as the whole image would be."""
    step = 64 // math.gcd(3 * width, 64)
    cut = min(height, int(round(height / 2 / step)) * step)
    return [rows for rows in (slice(0, cut), slice(cut, height)) if rows.stop > rows.start]


def _evened(
    photo: np.ndarray,
    offset: np.ndarray | None,
    gain8: np.ndarray,
    less: np.ndarray,
    corrected: np.ndarray,
    rows: slice,
) -> None:
    """``rows`` of the photo with the highlight (``offset``; None: none) taken off into ``less`` and the light
    evened out (``gain8``: the gain × GAIN_ONE) into ``corrected``."""
    source = photo[rows]
    if offset is not None:
        source = cv2.subtract(source, offset[rows], dst=less[rows])
    cv2.multiply(source, gain8[rows], dst=corrected[rows], scale=1.0 / GAIN_ONE, dtype=cv2.CV_8U)


def unclipped(normalised: Normalised, window: tuple[slice, slice]) -> np.ndarray:
    """``normalised.image`` over ``window`` (uint16) with what evening out the light took past white: a bright pad's
    channel (the red of a yellow note on brown paper) at the level it would have, not 255. Two such pads in line
    differ there by a few levels, which the clipped image turns into one white."""
    image = normalised.image[window]
    if normalised.evened_from is None:
        return image.astype(np.uint16)
    source, gain8 = normalised.evened_from
    bright = cv2.multiply(source[window], gain8[window], scale=1.0 / GAIN_ONE, dtype=cv2.CV_16U)
    # (only where the image is white in that channel: elsewhere it is what evening out gave, or changed after)
    return np.where(image == 255, np.maximum(bright, 255), image).astype(np.uint16)


def _blown(photo: np.ndarray, corrected: np.ndarray, unreadable: np.ndarray) -> np.ndarray:
    """Where a highlight hides what lies under it: the unreadable part that the ``photo`` clipped to white,
    or that stays white once the highlight is taken off and the light evened out. Around that white core
    the highlight only pales the colours (it adds white, the diffuse light still shows every note, dot and
    edge), and what is read there is read as everywhere else."""
    blown = np.zeros(unreadable.shape, bool)
    ys, xs = np.nonzero(unreadable.any(axis=1))[0], np.nonzero(unreadable.any(axis=0))[0]
    if not len(ys):
        return blown
    part = np.s_[ys[0] : ys[-1] + 1, xs[0] : xs[-1] + 1]
    white = (channel_min(photo[part]) >= CLIPPED) | (channel_min(corrected[part]) >= BLOWN)
    blown[part] = unreadable[part] & white
    return blown


WASHED = (6.0, 26.0)  # chroma (Lab) of washed-out colour
STRONG = 38.0


def _lift_glare_on_white(
    image: np.ndarray, small: np.ndarray, seen: np.ndarray, step: int
) -> tuple[np.ndarray, np.ndarray | None]:
    """White paper hides a highlight (white on white), but what lies under it is washed out: areas
    of faint colour and faint writing with nothing strong among them. Found that way (on the light
    grid ``small``, cells of ``step`` px, light evened out), the content there is stretched away from
    the paper's white by how much the strongest content nearby lost. With the image so lifted, those
    areas (uint8 cells of the light grid, 1 where washed out; None: none)."""
    height, width = image.shape[:2]
    cell_mm2 = (LIGHT_CELL_MM) ** 2
    deficit = 245.0 - np.minimum(np.minimum(small[:, :, 0], small[:, :, 1]), small[:, :, 2]).astype(np.float32)
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2LAB).astype(np.float32)
    chroma = np.hypot(lab[:, :, 1] - 128, lab[:, :, 2] - 128)
    # faint colour on a light ground: a note or dot washed out; strong: full colour or dark ink
    washed = ((chroma >= WASHED[0]) & (chroma <= WASHED[1]) & (lab[:, :, 0] > 170) & seen).astype(np.float32)
    strong = (((chroma > STRONG) | (lab[:, :, 0] < 110)) & seen).astype(np.float32)
    sigma = 8.0 / LIGHT_CELL_MM
    seeds = (cv2.GaussianBlur(washed, (0, 0), sigma) > 0.3) & (cv2.GaussianBlur(strong, (0, 0), sigma) < 0.12)
    seeds = seeds.astype(np.uint8)
    if seeds.sum() * cell_mm2 < 25 * 25:
        return image, None
    closed = cv2.morphologyEx(seeds, cv2.MORPH_CLOSE, disk(30.0 / 2.0 / LIGHT_CELL_MM))
    closed = cv2.dilate(closed, disk(6.0 / 2.0 / LIGHT_CELL_MM))
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    mask = np.zeros_like(closed)
    for contour in contours:
        if cv2.contourArea(contour) * cell_mm2 >= 25 * 25:
            # a highlight is a round patch: its washed-out ring closes over the core, where nothing shows
            cv2.drawContours(mask, [cv2.convexHull(contour)], -1, 1, cv2.FILLED)
    mask &= seen.astype(np.uint8)
    if not mask.any():
        return image, None
    # how much contrast the strongest content nearby kept: ink and dots lie about 180 below white
    strongest = cv2.dilate(deficit * mask, disk(10.0 / 2.0 / LIGHT_CELL_MM))
    stretch = np.clip(180.0 / np.maximum(strongest, 30.0), 1.0, 6.0) * mask + (1 - mask)
    stretch = cv2.GaussianBlur(stretch.astype(np.float32), (0, 0), 4.0 / LIGHT_CELL_MM)
    ys, xs = np.nonzero(mask)
    y0, y1 = max(0, (ys.min() - 4) * step), min(height, (ys.max() + 5) * step)
    x0, x1 = max(0, (xs.min() - 4) * step), min(width, (xs.max() + 5) * step)
    factor = cv2.resize(stretch, (width, height), interpolation=cv2.INTER_LINEAR)[y0:y1, x0:x1, None]
    part = image[y0:y1, x0:x1].astype(np.float32)
    lifted = image.copy()
    lifted[y0:y1, x0:x1] = np.clip(245.0 - (245.0 - part) * factor, 0, 255).astype(np.uint8)
    return lifted, mask


CLIPPED_PATCH_MM2 = 25.0 * 25.0  # a clipped patch this large on white paper is a highlight that can hide dots
CLIPPED_PAPER = CLIPPED - 10  # ... when the paper elsewhere is darker than this (the photo is not all clipped)
CLIPPED_KEPT = 0.02  # ... and when less than this share of it shows full colour or dark ink


def _clipped_on_white(small: np.ndarray, seen: np.ndarray, paper: np.ndarray) -> np.ndarray | None:
    """On white paper a strong highlight's core is clipped to pure white, and what lay there (notes, dots,
    writing) has gone white with it: no faint colour is left to find it by. Where the paper around is less
    bright, a clipped patch (on the light grid ``small``, the photo's colours) of several dots' size, its
    outline closed over the bits of content inside it, is such a core when nothing inside it kept full
    colour or dark ink: nothing under it can be vouched for. (Where notes and dots inside the patch keep
    their colour, only the paper clipped: what lies there is read as everywhere else.) The cores (uint8 cells,
    1 in a core), or None."""
    if float(np.min(paper)) >= CLIPPED_PAPER:
        return None  # the whole photo is that bright: a highlight cannot be told from the paper
    cell_mm2 = LIGHT_CELL_MM**2
    clipped = ((channel_min(small) >= CLIPPED) & seen).astype(np.uint8)
    contours, _ = cv2.findContours(clipped, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    contours = [contour for contour in contours if cv2.contourArea(contour) * cell_mm2 >= CLIPPED_PATCH_MM2]
    if not contours:
        return None
    lab = cv2.cvtColor(small, cv2.COLOR_BGR2LAB).astype(np.float32)
    kept = (np.hypot(lab[:, :, 1] - 128, lab[:, :, 2] - 128) > STRONG) | (lab[:, :, 0] < 110)
    mask = np.zeros(clipped.shape, np.uint8)
    for contour in contours:
        hull = cv2.drawContours(np.zeros_like(mask), [cv2.convexHull(contour)], -1, 1, cv2.FILLED) > 0
        if kept[hull].mean() < CLIPPED_KEPT:
            # (the patch itself, its holes filled: no more of the zones around than the light took)
            cv2.drawContours(mask, [contour], -1, 1, cv2.FILLED)
    return mask if mask.any() else None


HALO_MM = 20.0  # a clipped core and washed-out content this near it lie under one highlight (its halo between)


def _highlight_on_white(washed: np.ndarray | None, cores: np.ndarray | None, seen: np.ndarray) -> np.ndarray | None:
    """Where a highlight lies on white paper (uint8 cells of the light grid): the areas washed out
    (``_lift_glare_on_white``) and the clipped cores (``_clipped_on_white``). A highlight is one round patch:
    bright in its core, fading over a halo, and on white paper that halo shows only on what lies in it. A
    washed-out area within HALO_MM of a core is the same highlight, and so is the paper between them (the
    patch is the convex hull of the core and those areas): there a note's part faded to the paper's white is no
    bare paper."""
    if washed is None or cores is None:
        return cores if washed is None else washed
    joined = washed | cores
    _, parts = cv2.connectedComponents(washed, connectivity=8)
    cores_count, core_parts = cv2.connectedComponents(cores, connectivity=8)
    kernel = disk(HALO_MM / LIGHT_CELL_MM)
    seen8 = seen.astype(np.uint8)
    for core in range(1, cores_count):
        piece = (core_parts == core).astype(np.uint8)
        near = np.unique(parts[cv2.dilate(piece, kernel) > 0])
        near = near[near > 0]
        if len(near):
            joined |= _filled_hull(piece | np.isin(parts, near).astype(np.uint8)) & seen8
    return joined


def _filled_hull(mask: np.ndarray) -> np.ndarray:
    """The convex hull of ``mask``'s pixels (uint8), filled: 1 inside, as ``mask`` is shaped (all 0 if it has none)."""
    hull = np.zeros_like(mask)
    points = cv2.findNonZero(mask)
    if points is not None:
        cv2.drawContours(hull, [cv2.convexHull(points)], -1, 1, cv2.FILLED)
    return hull


def disk(radius_px: float) -> np.ndarray:
    """A disc-shaped kernel of about ``radius_px`` pixels' radius: an odd width, at least 3."""
    size = max(3, int(round(2 * radius_px)) | 1)
    return cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))


PRINT_HAZE_CELLS = 2  # light cells round white print that its blur into the light field lifts over GLARE_MIN


def _printed_white(highlight: np.ndarray, white_cells: np.ndarray, field: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Light cells that look like a highlight but are white print (a legend box, a white zone): a
    highlight fades out softly, print ends at a sharp edge. Per patch: the large steps of the white
    part between neighbouring cells, against its brightest white (``_sharp``). A patch whose haze joins
    white print to a highlight is both: where its strong white (GLARE_UNREADABLE) has a part of a
    highlight's size that fades out softly, only its sharp parts and their haze are print."""
    ratio = _glare_ratio(highlight, field)
    patches = ((ratio > GLARE_MIN) & valid).astype(np.uint8)
    count, labels, stats, _ = components8(patches)
    printed = np.zeros(highlight.shape, bool)
    if count <= 1:
        return printed
    step = np.zeros(white_cells.shape, np.float32)
    step[:, :-1] = np.abs(np.diff(white_cells, axis=1))
    step[:-1, :] = np.maximum(step[:-1, :], np.abs(np.diff(white_cells, axis=0)))
    strong = (ratio > GLARE_UNREADABLE) & valid
    around = np.ones((3, 3), np.uint8)
    for index in range(1, count):
        if stats[index][4] < GLARE_MIN_CELLS:
            continue
        patch = labels == index
        if not _sharp(white_cells, step, patch):
            continue
        parts, part_labels, part_stats, _ = components8((strong & patch).view(np.uint8))
        sharp = np.zeros(patch.shape, bool)
        soft = False
        for part in range(1, parts):
            cells = part_labels == part
            # (the steps at its edge too: a cell's step is to its right and lower neighbours)
            if _sharp(white_cells, step, (cv2.dilate(cells.view(np.uint8), around) > 0) & patch):
                sharp |= cells
            elif part_stats[part][4] >= GLARE_MIN_CELLS:
                soft = True
        if not soft:
            printed |= patch
            continue
        haze = cv2.dilate(sharp.view(np.uint8), around, iterations=PRINT_HAZE_CELLS) > 0
        printed |= patch & haze
    return printed


def _sharp(white_cells: np.ndarray, step: np.ndarray, cells: np.ndarray) -> bool:
    """Whether the white part of ``cells`` ends at sharp edges, as print does: the 95th percentile of its steps
    between neighbouring cells over 0.4 of its brightest white (95th percentile)."""
    top = float(np.percentile(white_cells[cells], 95))
    return top > 0 and float(np.percentile(step[cells], 95)) > 0.4 * top


def _light_field(
    pixels: np.ndarray,
    paper: np.ndarray,
    fallback: np.ndarray,
    share: Share | None = None,
) -> np.ndarray:
    """The paper's colour at every cell: a coarse fit, sharpened where paper is close by (``share``: runs the
    coarse and the fine part, see ``normalise_light``)."""
    field, fine = (share or _one_after_another)(
        [
            functools.partial(_masked_blur, pixels, paper, max(1.0, LIGHT_SIGMA_MM / LIGHT_CELL_MM), fallback),
            functools.partial(_masked_blur, pixels, paper, max(0.7, FINE_SIGMA_MM / LIGHT_CELL_MM), fallback),
        ]
    )
    fine_weight = cv2.GaussianBlur(paper, (0, 0), max(0.7, FINE_SIGMA_MM / LIGHT_CELL_MM))
    blend = np.clip((fine_weight - 0.15) / 0.35, 0.0, 1.0)[:, :, None]
    return fine * blend + field * (1 - blend)


def _paper_plus_white(
    pixels: np.ndarray, paper: np.ndarray, split: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Split colours into a × paper colour + g × white (least squares): whether a colour fits that
    (small rest, a > 0) and its white part g (``split``: ``_plus_white(pixels, paper)``, when worked out already)."""
    rest, lit, white = _plus_white(pixels, paper) if split is None else split
    size = channel_norm(pixels.reshape(-1, 3).astype(np.float64)) + 1.0
    # white has no part across the paper-white plane, so a highlight leaves the rest as small as on
    # unlit paper: the tolerance grows with the white only as far as a faint highlight (GLARE_MIN) would
    # swell it, so a washed-out yellow or orange note (nearly kraft + white, but steadily off that plane)
    # does not pass as paper under a strong highlight (the diffuse part counted as at least half the
    # paper's own, so near a white core, where little diffuse light is left, noise does not reject paper)
    diffuse = np.maximum(lit, 0.5) * float(np.linalg.norm(paper))
    fits = (rest < 0.035 * np.minimum(size, (1.0 + GLARE_MIN) * diffuse)) & (lit > 0.03) & (white > -0.06 * size)
    shape = pixels.shape[:2]
    return fits.reshape(shape), white.reshape(shape).astype(np.float32)


def _light_and_highlight(
    pixels: np.ndarray,
    paper: np.ndarray,
    observed: np.ndarray,
    white: np.ndarray | None,
    valid: np.ndarray,
    share: Share | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The light field measured on the ``paper`` cells, and (brown paper: ``white``, the cells' white parts,
    given) the highlight's white part of it; none on white paper."""
    field = _light_field(pixels, paper, observed, share)
    if white is None:
        return field, np.zeros(field.shape[:2], np.float32)
    # (the white part g of ``_paper_plus_white``, without the rest and the fit it also works out)
    highlight = _split_white(field, observed)[2][:, 1].reshape(field.shape[:2]).astype(np.float32)
    highlight = np.maximum(highlight, 0.0)
    highlight[_printed_white(highlight, np.maximum(white, 0.0), field, valid)] = 0.0
    return field, highlight


def _glare_ratio(highlight: np.ndarray, field: np.ndarray) -> np.ndarray:
    """The highlight's white part over the diffuse light (the light field without it), per cell."""
    return highlight / np.maximum(channel_sum(np.maximum(field - highlight[:, :, None], 4.0)) / 3, 4.0)


def _shining(highlight: np.ndarray, field: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Light cells under a highlight (its white part GLARE_MIN of the diffuse light or more), if enough."""
    shining = (_glare_ratio(highlight, field) > GLARE_MIN) & valid
    return shining if int(shining.sum()) >= GLARE_MIN_CELLS else np.zeros(shining.shape, bool)


WASHED_REACH_MM = 80.0  # a note washed out beside a highlight reaches this far from its part still in colour


def _plus_white(pixels: np.ndarray, colour: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Split colours into a × ``colour`` + g × white (least squares), flat (one row per pixel): the size of
    what is left, a and g."""
    flat, basis, coefficients = _split_white(pixels, colour)
    rest = channel_norm(flat - _rows_times(coefficients, basis.T))
    return rest, coefficients[:, 0], coefficients[:, 1]


def _split_white(pixels: np.ndarray, colour: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``_plus_white``'s colours (flat, float), its basis (``colour``, white: 3 × 2) and the n × 2 (a, g)."""
    basis = np.stack([colour.astype(np.float64), np.ones(3)], axis=1)  # 3 × 2
    flat = pixels.reshape(-1, 3).astype(np.float64)
    return flat, basis, _rows_times(flat, np.linalg.pinv(basis).T)


def _plane_rest(pixels: np.ndarray, colour: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``_plus_white`` in the shape of ``pixels``: the size of what is left, and a."""
    rest, lit, _ = _plus_white(pixels, colour)
    return rest.reshape(pixels.shape[:2]), lit.reshape(pixels.shape[:2])


def _washed_notes(
    pixels: np.ndarray,
    plane: tuple[np.ndarray, np.ndarray],
    paper: np.ndarray,
    usable: np.ndarray,
    white: np.ndarray,
    shining: np.ndarray,
) -> np.ndarray:
    """Cells taken for paper (``paper``) that are the washed-out part of a yellow or orange note beside a
    highlight. Whitened, such a note is nearly kraft plus white, cell by cell it passes for paper under the
    highlight; but where the highlight is fainter the same note shows its colour: more saturated than kraft
    in kraft's hue (a negative white part). From those cells in colour, near a highlight, the note is followed
    into the highlight through the cells that are its colour plus white, and not paper plus white as well
    as that, as far as a note reaches. Taken for paper they would lend the light field the note's colour, and
    evening out the light would turn the note into paper. ``plane``: per cell, the rest and a of the split
    into a × the paper's colour + g × white (``_plane_rest``)."""
    found = np.zeros(paper.shape, bool)
    if not shining.any():
        return found
    reach = max(1.0, WASHED_REACH_MM / LIGHT_CELL_MM)
    near_halo = cv2.dilate(shining.astype(np.uint8), disk(reach)) > 0
    rest, lit = plane
    size = channel_norm(pixels) + 1.0
    # in colour: kraft's hue, more saturated than kraft (a white part below none)
    coloured = usable & ~paper & near_halo & (rest < 0.035 * size) & (lit > 0.03) & (white < -0.06 * size)
    count, parts, stats, _ = components8(coloured.astype(np.uint8))
    margin = int(math.ceil(reach)) + 1
    height, width = paper.shape
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if area < 3:
            continue
        # (the cells a note reaches from these: their box and the reach around it)
        window = (
            slice(max(0, y - margin), min(height, y + h + margin)),
            slice(max(0, x - margin), min(width, x + w + margin)),
        )
        seed = parts[window] == index
        colour = np.median(pixels[window][seed], axis=0)
        own_rest, own_lit = _plane_rest(pixels[window], colour)
        # its colour plus white, fitting that clearly better than paper plus white
        fits = paper[window] & (own_lit > 0.03) & (own_rest < 0.035 * size[window]) & (own_rest < 0.5 * rest[window])
        within = cv2.dilate(seed.astype(np.uint8), disk(reach)) > 0
        # followed from the cells in colour through fitting cells (8-connected), as far as a note reaches
        _, grown, _, _ = components8(((fits & within) | seed).astype(np.uint8))
        labels = np.unique(grown[seed])
        found[window] |= np.isin(grown, labels[labels > 0]) & fits
    return found


BRIGHTER = 1.4  # a cell this much more lit than the paper around it is no paper: diffuse light has no such steps
BRIGHT_MIN_MM2 = 20.0 * 20.0  # ... over this much of the board (a note's part, not noise)
BRIGHT_MAX_MM = 130.0  # ... and no longer than the longest note sold
BRIGHTER_RIM = 1.2  # ... and the rest of such a note, next to that part, this much more
AROUND_MM = (45.0, 75.0)  # "around": a ring beyond half a note's diagonal, so a note is not its own surroundings


def _brighter_than_light(lit: np.ndarray, paper: np.ndarray, steady: np.ndarray) -> np.ndarray:
    """Cells taken for paper that are a pale note: in the split "a × paper colour + g × white" a highlight
    only adds white and the diffuse light changes a slowly over the board, but a pale note (yellow, orange
    whitened by the haze around a highlight) is paper-coloured and brighter: a much larger than on the paper
    in a ring around it (``steady``: cells where a can be measured, not under a highlight's core), over a
    note's part. ``lit``: a per cell."""
    lit = lit.astype(np.float32)
    inner, outer = (radius / LIGHT_CELL_MM for radius in AROUND_MM)
    size = 2 * int(math.ceil(outer)) + 1
    ys, xs = np.mgrid[0:size, 0:size] - size // 2
    distance = np.hypot(xs, ys)
    ring = ((distance >= inner) & (distance <= outer)).astype(np.float32)

    def brighter(than: np.ndarray, by: float) -> np.ndarray:
        mask = (paper & steady & ~than).astype(np.float32)
        weight = cv2.filter2D(mask, -1, ring, borderType=cv2.BORDER_CONSTANT)
        around = cv2.filter2D(lit * mask, -1, ring, borderType=cv2.BORDER_CONSTANT) / np.maximum(weight, 1e-6)
        return paper & (weight > 0.2 * ring.sum()) & (lit > by * np.maximum(around, 0.05))

    found = _note_sized(brighter(np.zeros(paper.shape, bool), BRIGHTER))
    if not found.any():
        return found
    # measured again against the paper around without those cells, the rest of such a note (its rim, whose
    # ring held the note itself) is followed from them where it stands out by less, as far as a note reaches
    within = cv2.dilate(found.astype(np.uint8), disk(WASHED_REACH_MM / LIGHT_CELL_MM)) > 0
    rim = brighter(cv2.dilate(found.astype(np.uint8), disk(2.0)) > 0, BRIGHTER_RIM) & within
    count, grown, stats, _ = components8((rim | found).astype(np.uint8))
    kept = np.zeros(count, bool)
    kept[np.unique(grown[found])] = True
    kept[1:] &= np.maximum(stats[1:, 2], stats[1:, 3]) * LIGHT_CELL_MM <= BRIGHT_MAX_MM
    kept[0] = False
    return kept[grown]


WHITE_BIN = 20.0  # cells whose white parts differ by less than this are lit alike by a highlight
BRIGHTER_AT_WHITE = 1.2  # a cell this much more lit than the paper as white as it is: a pale note
BIN_MIN_CELLS = 10  # ... measured against at least this many such paper cells


def _brighter_than_equally_white(lit: np.ndarray, paper: np.ndarray, white: np.ndarray) -> np.ndarray:
    """Cells taken for paper (``paper``: beside a highlight) that are a pale note: close to a highlight's
    clipped core the diffuse part a of the split "a × paper colour + g × white" no longer follows the light
    over the board but the highlight (the closer to the core, the more the photo clips, and the lower a);
    paper as white (g) as a cell there shows about the same a, a yellow or orange note whitened by the haze
    (paper-coloured and brighter) a clearly larger one, over a note's part. ``lit``: a per cell."""
    found = np.zeros(paper.shape, bool)
    measured = paper & (lit > 0.03)
    bins = np.clip(white / WHITE_BIN, 0, 255).astype(np.int32)
    for value in np.unique(bins[measured]):
        alike = measured & (bins == value)
        if int(alike.sum()) < BIN_MIN_CELLS:
            continue
        usual = max(float(np.median(lit[alike])), 0.05)
        found |= alike & (lit > BRIGHTER_AT_WHITE * usual)
    return _note_sized(found)


def _note_sized(cells: np.ndarray) -> np.ndarray:
    """The parts of ``cells`` (light cells) the size of a note's part: BRIGHT_MIN_MM2 or more, no longer than
    BRIGHT_MAX_MM (a larger bright area is the board's own, lit or printed)."""
    count, parts, stats, _ = components8(cells.astype(np.uint8))
    big = np.zeros(count, bool)
    box = np.maximum(stats[1:, 2], stats[1:, 3]) * LIGHT_CELL_MM
    big[1:] = (stats[1:, 4] * LIGHT_CELL_MM**2 >= BRIGHT_MIN_MM2) & (box <= BRIGHT_MAX_MM)
    return big[parts]


def _bump_over_smooth_fit(field: np.ndarray, paper: np.ndarray) -> np.ndarray:
    """White paper: how far the light rises above a smooth (cubic) fit of it, robustly, where it rises."""
    height, width = field.shape[:2]
    luminance = (channel_sum(field) / 3).astype(np.float64)
    ys, xs = np.mgrid[0:height, 0:width]
    u, v = xs / max(1, width - 1) * 2 - 1, ys / max(1, height - 1) * 2 - 1
    terms = np.stack([u**i * v**j for i in range(4) for j in range(4 - i)], axis=-1).reshape(-1, 10)
    target = np.log(np.maximum(luminance, 1.0)).ravel()
    weight = paper.ravel().astype(bool)
    if weight.sum() < 20:
        return np.zeros((height, width), np.float32)
    fit = np.full(target.shape, float(np.median(target[weight])))
    for _ in range(4):
        coefficients, *_ = np.linalg.lstsq(terms[weight], target[weight], rcond=None)
        fit = terms @ coefficients
        weight = paper.ravel().astype(bool) & (target - fit < 0.04)
        if weight.sum() < 20:
            break
    smooth = np.exp(fit).reshape(height, width)
    bump = luminance - smooth
    return np.where(bump > 0.06 * smooth, bump, 0.0).astype(np.float32)


def _masked_blur(pixels: np.ndarray, mask: np.ndarray, sigma: float, fallback: np.ndarray) -> np.ndarray:
    """Mean colour of the masked pixels around every pixel (normalised convolution)."""
    weight = cv2.GaussianBlur(mask, (0, 0), sigma)
    summed = cv2.GaussianBlur(pixels * mask[:, :, None], (0, 0), sigma)
    return np.where((weight > 0.01)[:, :, None], summed / np.maximum(weight, 1e-6)[:, :, None], fallback[None, None, :])


_CUBE: list[tuple[np.ndarray, np.ndarray]] = []
_CUBE_NORMS: list[np.ndarray] = []


def _cube() -> tuple[np.ndarray, np.ndarray]:
    """The centres of the 32³ quantised colours: BGR (float) and weighted Lab (float32), in index order."""
    if not _CUBE:
        levels = (np.arange(32, dtype=np.uint8) << 3) + 4
        b, g, r = np.meshgrid(levels, levels, levels, indexing="ij")
        cube = np.stack([b, g, r], axis=-1).reshape(-1, 1, 3)
        lab = cv2.cvtColor(cube, cv2.COLOR_BGR2LAB).reshape(-1, 3).astype(np.float32)
        weighted = np.ascontiguousarray(lab * LAB_WEIGHTS)
        _CUBE.append((cube.reshape(-1, 3).astype(np.float64), weighted))
        _CUBE_NORMS.append((weighted * weighted).sum(axis=1))
    return _CUBE[0]


#: per channel (b, g, r): a value's 5 bits, in their place in ``quantised_index``
_INDEX_PARTS = [((np.arange(256, dtype=np.uint16) >> 3) << shift).astype(np.uint16) for shift in (10, 5, 0)]


def quantised_index(image: np.ndarray) -> np.ndarray:
    """Every pixel's colour at 5 bits per channel (b << 10 | g << 5 | r), an index into the palette's tables
    (each channel's part by a 16-bit lookup table, the three added: they share no bit)."""
    blue, green, red = cv2.split(image)
    index = cv2.LUT(blue, _INDEX_PARTS[0])
    cv2.add(index, cv2.LUT(green, _INDEX_PARTS[1]), dst=index)
    return cv2.add(index, cv2.LUT(red, _INDEX_PARTS[2]), dst=index)


def looked_up(table: np.ndarray, index: np.ndarray) -> np.ndarray:
    """``table[index]`` for a table over the quantised colours and an index of them (``quantised_index``):
    ``take`` told no index lies outside the table is about half as slow as indexing with 16-bit integers."""
    return table.take(index, mode="clip")


def classify(image: np.ndarray, palette: Palette, index: np.ndarray | None = None) -> np.ndarray:
    """The class of every pixel (uint8), by the palette's lookup table."""
    return looked_up(palette.lut(), quantised_index(image) if index is None else index)


NOTE_SHAPED_MM2 = 1500.0  # a region of a dot colour this large and square is a note, not dots
STROKE_MM = 6.0  # writing's strokes are thinner than this, even blurred; notes and dots (8-20 mm) are not
NOTE_EDGE_MM = 3.0  # a note's body (``_note_body``) lies about this much within its edge
DOTS_VIVID = 0.9  # share of the dot colour's chroma a dot keeps on a note (blurred writing keeps less)
NOTE_FILLED = 0.85  # share of a note's body the note's colour and writing fill (the rest: gaps, noise)
DOTS_ON_A_NOTE = 0.15  # dots stuck on a note rarely cover more of it (seven 12 mm dots on a 76 × 76 note)
CONFUSABLE = 18.0  # distance (as the lookup table weighs it) below which a dot and a note colour get mixed up


@dataclass
class _Pair:
    """A dot colour and the note colour of its hue, as ``notes_in_dot_colours`` settles them."""

    dot_class: int
    note_class: int
    note_chroma: float
    dot_chroma: float
    dots: np.ndarray | None  # the dot colour's pixels before any settling (None where the colours keep apart)
    px_per_mm: float

    @functools.cached_property
    def disc_area(self) -> float:
        """px: one dot of this colour (measured when a note is first settled with it: often none is)."""
        assert self.dots is not None
        return _single_dot_area(self.dots, self.px_per_mm)


def dot_note_pairs(palette: Palette) -> list[tuple[int, int, np.ndarray, np.ndarray]]:
    """Each dot class with the note class nearest its hue, and both their Lab colours (``notes_in_dot_colours``)."""
    labs = _labs(palette.colors_bgr)
    note_refs = [(klass, labs[palette.classes.index(klass)]) for klass in palette.note_colors]
    pairs = []
    for dot_class in palette.dot_kinds:
        dot_lab = labs[palette.classes.index(dot_class)]
        note_class, note_lab = min(note_refs, key=lambda entry: float(np.hypot(*(entry[1][1:] - dot_lab[1:]))))
        pairs.append((dot_class, note_class, note_lab, dot_lab))
    return pairs


def written_regions(
    labels: np.ndarray, dot_class: int, note_class: int, px_per_mm: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Notes with their writing, for ``notes_in_dot_colours``: the two colours, and what is dark (writing, and
    the blur between it and the note) or a thin stroke of another colour (a blue marker's writing is the blue
    note colour), as one mask (uint8), with its regions found on every other pixel (a quarter of the work;
    each then taken at full size): their numbers and statistics."""
    # other: on the board, of neither colour
    other = _of_classes(labels, (PAPER, WHITE, dot_class, note_class), but=True)
    # (what the opening takes off ``other``: its part of it is a subset, so a subtraction is ``& ~``)
    thin = cv2.subtract(other, _opened(other, disk(STROKE_MM * px_per_mm / 2)))
    written = _closed(
        cv2.bitwise_or(_of_classes(labels, (dot_class, note_class, INK, NONE)), thin), np.ones((3, 3), np.uint8)
    )
    _, components, stats, _ = components8(np.ascontiguousarray(written[::2, ::2]))
    return written, components, stats


def written_regions_aside(
    labels: np.ndarray, palette: Palette, px_per_mm: float, submit: Callable[..., Future]
) -> dict[int, Future]:
    """``written_regions`` of the pairs after the first (dot class → its job, handed to ``submit``), those
    that settling the pairs before them cannot change: no pair before has its note colour (a pair settles
    only pixels of its own two colours, and they are either both in another pair's masks or both not)."""
    pairs = dot_note_pairs(palette) if palette.note_colors else []
    return {
        dot_class: submit(written_regions, labels, dot_class, note_class, px_per_mm)
        for number, (dot_class, note_class, _, _) in enumerate(pairs)
        if number > 0 and all(note_class != before[1] for before in pairs[:number])
    }


def notes_in_dot_colours(
    image: np.ndarray,
    labels: np.ndarray,
    palette: Palette,
    px_per_mm: float,
    ahead: dict[int, Future] | None = None,
    share: Share | None = None,
    unsure: np.ndarray | None = None,
) -> None:
    """Settle (in place) which pixels of a dot colour and the note colour of the same hue are which.

    A green note can be as dark as the green dots stuck on and around it: colour alone then mixes the
    two. Shape tells them apart: a region of the two colours together with a note's body (as large as
    a note, filling its rectangle) is a note (the dots on it show as darker discs inside and keep the
    dot colour); any other region of the two is dots, and its note-coloured pixels are their rims.
    Writing belongs to the note it is on: lines of marker across a note cut its colour into strips,
    each too small for a note and easily taken for a row of dots, but the note's colour and its writing
    together have the note's body. That holds even where the two colours are far apart in the palette:
    a photo can still show a whole note in the dot's colour.

    ``ahead``: ``written_regions_aside`` (the pipeline's worker makes them while the first pair is settled).
    ``unsure``: where a highlight washes out what lies under it (``Normalised.unreadable``): there a note's part
    may have faded to the paper's white, and within a region's convex outline such pixels count towards its
    shape (a note's body), not its colour.
    ``share``: runs a list of jobs (without arguments) and gives their results in order, e.g. on two threads
    (by default one after another). A pair's regions are settled as such jobs: each reads and changes only its
    own pixels of the pair's two colours (the regions are disjoint) and reads the rest of the labels only where
    no region changes them (the stuck dots' kinds), so they may run in any order, or at once.
    """
    if not palette.dot_kinds or not palette.note_colors:
        return
    share = share or _one_after_another
    min_area = NOTE_SHAPED_MM2 * px_per_mm * px_per_mm
    close = np.ones((3, 3), np.uint8)
    ahead = ahead or {}
    for dot_class, note_class, note_lab, dot_lab in dot_note_pairs(palette):
        # apart: the colours themselves keep this dot colour and its nearest note colour apart, but for
        # a note the photo shows in the dot's colour
        apart = float(np.linalg.norm((note_lab - dot_lab) * LAB_WEIGHTS)) > CONFUSABLE
        pair = _Pair(
            dot_class,
            note_class,
            float(np.hypot(note_lab[1] - 128.0, note_lab[2] - 128.0)),
            float(np.hypot(dot_lab[1] - 128.0, dot_lab[2] - 128.0)),
            None if apart else labels == dot_class,  # (only settling with it)
            px_per_mm,
        )
        job = ahead.get(dot_class)
        written, components, stats = (
            job.result() if job is not None else written_regions(labels, dot_class, note_class, px_per_mm)
        )
        # dots of the other kinds stuck on a note hide part of it, at its edge too (a row of red dots along a
        # green note's lower edge bites into its outline): they count towards its shape, not its colour
        stuck_kinds = tuple(kind for kind in palette.dot_kinds if kind != dot_class)
        # (the two colours and the stuck dots are looked up in each candidate's window only: settling a note
        # turns pixels of the pair's two colours into one another, so neither mask changes on the way)
        regions = [index for index in np.flatnonzero(stats[:, 4] * 4 >= min_area) if index != 0]
        done = share(
            [
                functools.partial(
                    _settle_written,
                    image,
                    labels,
                    written,
                    components,
                    stats[index],
                    index,
                    stuck_kinds,
                    pair,
                    apart,
                    unsure,
                )
                for index in regions
            ]
        )
        if apart:
            continue
        settled = np.zeros(labels.shape, bool)
        for region in done:
            if region is not None:
                window, blob = region
                settled[window] |= blob > 0
        colour = _of_classes(labels, (dot_class, note_class)).view(bool)
        either = (colour & ~settled).astype(np.uint8)
        closed = (_closed(either, close) > 0) & ~settled
        _, components, stats, _ = components8(closed.astype(np.uint8))
        # (each region reads and changes only its own pixels of the two colours: the small ones all at once)
        _small_regions_to_dots(labels, colour, components, stats[:, 4] < min_area, dot_class)
        share(
            [
                functools.partial(_settle_region, image, labels, components, stats[index], index, pair)
                for index in np.flatnonzero(stats[:, 4] >= min_area)
                if index != 0
            ]
        )


def _one_after_another(jobs: list[Callable[[], object]]) -> list:
    return [job() for job in jobs]


def _settle_written(
    image: np.ndarray,
    labels: np.ndarray,
    written: np.ndarray,
    components: np.ndarray,
    stat: np.ndarray,
    index: int,
    stuck_kinds: tuple[int, ...],
    pair: _Pair,
    apart: bool,
    unsure: np.ndarray | None = None,
) -> tuple[tuple[slice, slice], np.ndarray] | None:
    """One region of ``written_regions`` (``components`` on every other pixel, its ``stat``): settled as a note
    if it has a note's body (``notes_in_dot_colours``; ``unsure``: see there); its window and blob if so."""
    x, y, w, h, _ = stat
    window = (slice(2 * y, 2 * (y + h)), slice(2 * x, 2 * (x + w)))
    coarse = (components[y : y + h, x : x + w] == index).astype(np.uint8)
    blob = written[window] & coarse.repeat(2, 0).repeat(2, 1)[: written[window].shape[0], : written[window].shape[1]]
    # mostly the note's colour (not a dark shadow or a printed heading with a dot beside it)
    inside = _of_classes(labels[window], (pair.dot_class, pair.note_class)).view(bool)[blob > 0]
    if inside.mean() < 0.5:
        return None
    if apart and (labels[window][blob > 0][inside] == pair.dot_class).mean() < DOTS_ON_A_NOTE:
        return None  # a note classed as a note, maybe with dots on it: the colours said it all
    stuck = _of_classes(labels[window], stuck_kinds)
    own = (blob | _faded_within(blob, labels[window], unsure[window])) if unsure is not None else blob
    body = _note_body(own | stuck, pair.px_per_mm)
    # (the body filled by the region itself: a row of dots with writing around them outlines a
    # rectangle too, but the note they lie on fills it, not they; dots of other kinds on it at most
    # as much of it as dots cover a note)
    if (
        body is not None
        and (own | stuck)[body].mean() >= NOTE_FILLED
        and own[body].mean() >= NOTE_FILLED - DOTS_ON_A_NOTE
    ):
        _settle_note(image, labels, window, blob, body, pair, pair.px_per_mm, apart)
        return window, blob
    return None


def _faded_within(blob: np.ndarray, labels: np.ndarray, unsure: np.ndarray) -> np.ndarray:
    """Of a region's window: its bare board (paper, white) under a highlight (``unsure``) within the region's
    convex outline (uint8; ``blob``: the region): a note's part the highlight faded to the paper's white."""
    faded = unsure & (_of_classes(labels, (PAPER, WHITE)) > 0)
    if not faded.any():
        return np.zeros_like(blob)
    return _filled_hull(blob) & faded.view(np.uint8)


def _settle_region(
    image: np.ndarray, labels: np.ndarray, components: np.ndarray, stat: np.ndarray, index: int, pair: _Pair
) -> None:
    """One large region of the pair's two colours left once the written notes are settled: a note if it has a
    note's body (``notes_in_dot_colours``)."""
    x, y, w, h, _ = stat
    window = (slice(y, y + h), slice(x, x + w))
    blob = (components[window] == index).astype(np.uint8)
    body = _note_body(blob, pair.px_per_mm)
    if body is not None:
        _settle_note(image, labels, window, blob, body, pair, pair.px_per_mm, False)


def _small_regions_to_dots(
    labels: np.ndarray, colour: np.ndarray, components: np.ndarray, small: np.ndarray, dot_class: int
) -> None:
    """Of the regions (``components``, 0: none) that are ``small``, those with a pixel of ``dot_class`` are
    dots (in place): their pixels of the pair's two colours (``colour``) take the dot class, their rims light
    enough to pass for the note colour. One pass over the colours' pixels for all regions."""
    at = np.flatnonzero(colour)
    regions = components.ravel()[at]
    of_dot = labels.ravel()[at] == dot_class
    dotted = np.zeros(len(small), bool)
    dotted[regions[of_dot]] = True
    dotted &= small
    dotted[0] = False
    labels.flat[at[dotted[regions]]] = dot_class  # (in place also where ``labels`` is a view with gaps)


def _opened(mask: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """``cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)``, pixel for pixel, as its erosion and dilation: on a whole
    board they take a quarter less time of the calling thread than ``morphologyEx`` does."""
    return cv2.dilate(cv2.erode(mask, kernel), kernel)


def _closed(mask: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """``cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)``, pixel for pixel, as its dilation and erosion (see
    ``_opened``)."""
    return cv2.erode(cv2.dilate(mask, kernel), kernel)


def _of_classes(labels: np.ndarray, classes: tuple[int, ...], but: bool = False) -> np.ndarray:
    """1 (uint8) where ``labels`` is one of ``classes`` (``but``: where it is none of them), else 0: by a
    lookup table, much faster on a whole board than comparing and combining masks."""
    table = np.zeros(256, np.uint8)
    table[list(classes)] = 1
    return cv2.LUT(labels, table ^ 1 if but else table)


def _settle_note(
    image: np.ndarray,
    labels: np.ndarray,
    window: tuple[slice, slice],
    blob: np.ndarray,
    body: np.ndarray,
    pair: _Pair,
    px_per_mm: float,
    apart: bool,
) -> None:
    """The note whose body is ``body`` (in ``blob``, both over ``window``): its pixels of the pair's two
    colours are the note but for the dots on it. What sticks out beyond the body (dots at its edge, a
    cluster touching it) keeps its class, and so does what is darker and reaches out there: a dot on the
    note's edge. ``apart``: the colours keep the two apart, and only the note's own pixels that took the
    dot's colour (as light as the note) go back to the note."""
    part = labels[window]
    mine = (blob > 0) & ((part == pair.dot_class) | (part == pair.note_class))
    if apart and not (mine & (part == pair.dot_class)).any():
        return  # (nothing of the dot's colour on it to give back: the dots' levels are not needed)
    level = cv2.cvtColor(image[window], cv2.COLOR_BGR2GRAY)  # (only the note's window: the board's gray is not needed)
    # the dots on it: clearly darker than the note around them (closing removes spots up to a dot's size
    # and keeps a note's shading; what lies beyond the note, light paper, is no measure of it, and takes
    # the note's own typical level; the noise is smoothed away first, or the closing takes the note's
    # brightest specks for its level)
    level[blob == 0] = int(np.median(level[mine])) if mine.any() else 0
    level = cv2.medianBlur(level, max(3, int(round(2.5 * px_per_mm)) | 1))
    spot = int(25 * px_per_mm) | 1
    around = cv2.morphologyEx(level, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (spot, spot)))
    darker = mine & (level.astype(np.int16) < around.astype(np.int16) - 14)
    beyond = mine & ~cv2.dilate(body.view(np.uint8), disk(NOTE_EDGE_MM * px_per_mm / 2)).view(bool)
    if apart:
        part[mine & ~beyond & (part == pair.dot_class) & ~darker] = pair.note_class
        return
    # bold writing, blurred, is ink mixed into the note: as dark as a dot but duller than the note, and
    # joined to a dot it makes the dot a stroke; a dot sticker is as vivid as the note or more, so its
    # vivid part alone still shows the disc (one dot: a group is left to the shape above)
    disc_area = pair.disc_area  # (measured on the labels as they are before this note is settled)
    if not darker.any():  # no dot on it: the note's own pixels all go to the note
        part[mine & ~beyond] = pair.note_class
        return
    chroma = _chroma(image[window])
    vivid = darker & (chroma >= pair.note_chroma)
    dots = _round_spots(darker, disc_area) | _round_spots(vivid, disc_area, most=1.6) | _reaching(darker, beyond)
    # a group of dots that is no round spot (three in a row on the writing) keeps what the colour said where it
    # is as vivid as the dots are: writing mixed into the note is duller than either
    kept = darker & (chroma >= DOTS_VIVID * pair.dot_chroma)
    part[mine & ~beyond & ~dots & ~kept] = pair.note_class
    part[mine & ~beyond & dots] = pair.dot_class


HAZE_CHROMA = 8.5  # a colour this far from grey (its chroma's length) shows its hue under a highlight's haze
HAZE_SEED_MM2 = 20.0  # a note's part in colour beside the haze, at least this large, is followed into it
HAZE_HUE_DEG = 15.0  # ... through colours this near its own hue
HAZE_REACH_MM = 80.0  # ... as far as a note reaches
HAZE_BLUR_MM = 1.0  # hues are measured over about this much
HAZE_SOLID_MM = 2.0  # ... through parts at least twice this wide
HAZE_PAPER_DEG = 30.0  # a hue this near the paper's (yellow, orange) is told from paper by noise as well


_GREY_OFF = (np.eye(3) - 1.0 / 3.0).astype(np.float32)  # a colour less the mean of its channels


def _hue(colours: np.ndarray) -> np.ndarray:
    """The colours' chroma: what is left once their grey part (the mean of the channels) is taken off. Adding
    white only adds grey, and evening out the light only scales: the direction of this keeps the hue."""
    colours = np.asarray(colours, np.float32)
    if colours.ndim == 3:
        return cv2.transform(colours, _GREY_OFF)
    return colours @ _GREY_OFF.T


def _reach_box(stat: tuple[int, int, int, int], reach: int, shape: tuple[int, ...]) -> tuple[slice, slice]:
    """The box (rows, columns) of a piece (``stat``: x, y, width, height) with ``reach`` pixels around it, within
    an image of ``shape``."""
    x, y, w, h = stat
    return np.s_[max(0, y - reach) : min(shape[0], y + h + reach), max(0, x - reach) : min(shape[1], x + w + reach)]


def _piece_in(pieces: np.ndarray, index: int, stat: tuple[int, int, int, int], box: tuple[slice, slice]) -> np.ndarray:
    """``pieces[box] == index``: where piece ``index`` of ``pieces`` (its ``stat``: x, y, width, height) lies in
    ``box``, which holds it; compared in the piece's own box alone (the rest of ``box`` is another piece's)."""
    x, y, w, h = stat
    found = np.zeros((box[0].stop - box[0].start, box[1].stop - box[1].start), bool)
    top, left = y - box[0].start, x - box[1].start
    np.equal(pieces[y : y + h, x : x + w], index, out=found[top : top + h, left : left + w])
    return found


def _reached(mask: np.ndarray, seed: np.ndarray) -> np.ndarray:
    """Where ``mask`` (uint8) is joined (8-connected) to ``seed``: the pieces of it that hold a seed pixel, told
    by a table of the pieces (``np.isin`` of their numbers would sort the whole mask's)."""
    count, pieces = cv2.connectedComponents(mask, connectivity=8)
    reached = np.zeros(count, bool)
    reached[pieces[seed]] = True
    reached[0] = False
    return reached[pieces]


def _median_bytes(image: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """``np.median(image[mask], axis=0)`` of an 8-bit, three-channel image, by counting: the same numbers (the
    middle value, or the mean of the two middle ones), without sorting."""
    count = int(np.count_nonzero(mask))
    median = np.empty(3)
    for channel in range(3):
        cumulative = np.cumsum(cv2.calcHist([image], [channel], mask.view(np.uint8), [256], [0, 256]).ravel())
        low, high = np.searchsorted(cumulative, [(count - 1) // 2 + 1, count // 2 + 1])
        median[channel] = (float(low) + float(high)) / 2.0
    return median


def _median_floats(image: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """``np.median(image[mask], axis=0)`` of a float32, three-channel image: the same numbers, a channel at a
    time (picking one channel's numbers and finding their middle is several times faster than both across)."""
    return np.array([np.median(image[..., channel][mask]) for channel in range(3)], image.dtype)


def _unit(vector: np.ndarray) -> np.ndarray:
    return vector / max(float(np.linalg.norm(vector)), 1e-6)


@dataclass
class HazeHues:
    """What the photo shows of the hues under a highlight's haze (``notes_in_haze``): it depends on the photo and
    its light alone, not on the classes, and the pipeline works it out on its worker while they are settled."""

    box: tuple[int, int, int, int]  # y0, y1, x0, x1: the haze's box, with a margin (board image px)
    chroma: np.ndarray  # float32, the box's size: the blurred photo's chroma (``_hue``)
    size: np.ndarray  # its length (at least 1e-6)
    paper_hue: np.ndarray  # float32: the paper's chroma, as a unit vector
    told: np.ndarray  # bool, the box's size: a hue to tell by (enough chroma, clearly off the paper's)
    #: float32, the box's size: the cosine of the angle between each pixel's chroma and the paper's (what
    #: ``notes_in_haze`` weighs every piece's window against: worked out once, here, rather than per window)
    cos_paper: np.ndarray


def haze_hues(normalised: Normalised, px_per_mm: float) -> HazeHues | None:
    """``HazeHues`` of the haze of ``normalised`` (None: no haze)."""
    photo, washed = normalised.photo, normalised.glare
    if photo is None or washed is None or normalised.observed is None:
        return None
    ys, xs = np.nonzero(washed.any(axis=1))[0], np.nonzero(washed.any(axis=0))[0]
    if not len(ys):
        return None
    # (only the haze is relabelled: its box, and a note's part in colour just beside it)
    margin = int(math.ceil(2.0 * px_per_mm)) + 1
    y0, y1 = max(0, ys[0] - margin), min(washed.shape[0], ys[-1] + 1 + margin)
    x0, x1 = max(0, xs[0] - margin), min(washed.shape[1], xs[-1] + 1 + margin)
    # (over a millimetre or so: the noise of single pixels scatters their hue)
    chroma = _hue(cv2.GaussianBlur(photo[y0:y1, x0:x1], (0, 0), max(0.5, HAZE_BLUR_MM * px_per_mm)))
    size = channel_norm(chroma)
    np.maximum(size, 1e-6, out=size)
    paper_hue = _unit(_hue(normalised.observed)).astype(np.float32)
    # (a hue to tell by, off the paper's: twice as far from it as from a note's hue it must be, see below, so at
    # least two thirds of the least angle between them that is followed at all)
    along = cv2.transform(chroma, paper_hue[None, :])  # (each pixel's chroma along the paper's hue)
    off_paper = along < math.cos(math.radians(2.0 / 3.0 * HAZE_HUE_DEG)) * size
    told = (size >= HAZE_CHROMA) & off_paper
    # (cv2.transform works each pixel alone: a window of this is the same, byte for byte, as worked out on the window)
    return HazeHues((int(y0), int(y1), int(x0), int(x1)), chroma, size, paper_hue, told, along / size)


def notes_in_haze(
    normalised: Normalised, labels: np.ndarray, palette: Palette, px_per_mm: float, shown: HazeHues | None = None
) -> None:
    """Relabel (in place) the part of a note under a highlight's haze that evening out the light turned white.

    Under a highlight the photo is the note's colour blended with white, the more the closer to the core; taking
    the highlight off divides by the little diffuse light left, and there a small error in the highlight turns
    the note white (or paper). Blending with white keeps the hue (the chroma's direction) and only shrinks the
    chroma: where the photo (``normalised.photo``, before the highlight was taken off) still shows a hue, it is
    the hue of what lies there. From a note's part still in its colour beside the haze, read white or paper
    around it is the note where the photo shows the note's hue, clearly not the paper's, followed from that part
    as far as a note reaches. Where it is followed, something shows: no white core (``normalised.blown``) there;
    where a note of a hue near the paper's was followed through what evening out showed as paper is kept
    (``normalised.followed``): there noise on paper may pass for its hue, and its outline is not seen.
    ``shown``: ``haze_hues(normalised, px_per_mm)``, when worked out already."""
    shown = haze_hues(normalised, px_per_mm) if shown is None else shown
    if shown is None or not palette.note_colors:
        return
    y0, y1, x0, x1 = shown.box
    part, haze = labels[y0:y1, x0:x1], normalised.glare[y0:y1, x0:x1]  # type: ignore[index]
    # white under the haze, or paper, to be told by its hue
    open_ = haze & (_of_classes(part, (PAPER, WHITE)) > 0)
    if not open_.any():
        return
    chroma, size, paper_hue = shown.chroma, shown.size, shown.paper_hue
    open_ &= shown.told
    if not open_.any():
        return
    beside = cv2.dilate(open_.view(np.uint8), disk(2.0 * px_per_mm)) > 0
    blown = None if normalised.blown is None else normalised.blown[y0:y1, x0:x1]
    reach = int(round(HAZE_REACH_MM * px_per_mm))
    seed_px = HAZE_SEED_MM2 * px_per_mm * px_per_mm
    limit = math.cos(math.radians(HAZE_HUE_DEG))
    solid = disk(HAZE_SOLID_MM * px_per_mm)
    evened = normalised.image[y0:y1, x0:x1]
    hues = {klass: _unit(_hue(np.array(palette.colors_bgr[palette.classes.index(klass)]))) for klass in palette.classes}
    dot_hues = [hues[klass] for klass in palette.dot_kinds]
    for klass in palette.note_colors:
        own = _of_classes(part, (klass,))
        touching = own.view(bool) & beside
        if not touching.any():
            continue
        # (the parts of this colour beside the haze, within a note's reach of it)
        ty, tx = np.nonzero(touching.any(axis=1))[0], np.nonzero(touching.any(axis=0))[0]
        top, left = max(0, ty[0] - reach), max(0, tx[0] - reach)
        near = np.s_[top : ty[-1] + 1 + reach, left : tx[-1] + 1 + reach]
        _, pieces, stats, _ = components8(own[near])
        for index in np.unique(pieces[touching[near]]):
            x, y, w, h, area = stats[index]
            if index == 0 or area < seed_px:
                continue
            # (the pixels a note reaches from this part: its box and the reach around it; as far as there is
            # anything to follow there, the box of what is open and of this part)
            box = _reach_box((x, y, w, h), reach, pieces.shape)
            shifted = np.s_[top + box[0].start : top + box[0].stop, left + box[1].start : left + box[1].stop]
            if not open_[shifted].any():  # (``shifted``: the box in the haze's part, not in ``near``)
                continue
            seed = _piece_in(pieces, index, (x, y, w, h), box)
            either = open_[shifted] | seed
            rows, columns = np.nonzero(either.any(axis=1))[0], np.nonzero(either.any(axis=0))[0]
            seed = seed[rows[0] : rows[-1] + 1, columns[0] : columns[-1] + 1]
            window = np.s_[
                shifted[0].start + rows[0] : shifted[0].start + rows[-1] + 1,
                shifted[1].start + columns[0] : shifted[1].start + columns[-1] + 1,
            ]
            # (the part's medians over its own box in the window: its pixels alone count, the same numbers)
            top_in, left_in = y - box[0].start - rows[0], x - box[1].start - columns[0]
            own_box = np.s_[top_in : top_in + h, left_in : left_in + w]
            # (a dot washed out to a note's pale colour keeps the dot's hue: no note to follow)
            evened_hue = _unit(_hue(_median_bytes(evened[window][own_box], seed[own_box])))
            if any(evened_hue @ dot > evened_hue @ hues[klass] for dot in dot_hues):
                continue
            hue = _median_floats(chroma[window][own_box], seed[own_box])
            norm = float(np.linalg.norm(hue))
            if norm < HAZE_CHROMA:
                continue
            cos_own = cv2.transform(chroma[window], (hue / norm).astype(np.float32)[None, :]) / size[window]
            cos_paper = shown.cos_paper[window]
            # its hue, and twice as far from the paper's as from it (cos 2a = 2 cos² a - 1): not paper seen through
            # noise
            fits = open_[window] & (cos_own >= limit) & (cos_paper < 2.0 * cos_own * cos_own - 1.0)
            # (broad, as a note is: not a chain of noisy pixels, nor the blurred rim of a note's edge)
            fits = cv2.morphologyEx(fits.view(np.uint8), cv2.MORPH_OPEN, solid).view(bool)
            if not fits.any():
                continue
            taken = _reached((fits | seed).view(np.uint8), seed) & fits
            if float(hue @ paper_hue) / norm > math.cos(math.radians(HAZE_PAPER_DEG)):
                # (a hue near the paper's, told from paper that evening out showed: kept, see ``followed``)
                if normalised.followed is None:
                    normalised.followed = np.zeros(labels.shape, bool)
                normalised.followed[y0:y1, x0:x1][window] |= taken & (part[window] == PAPER)
            part[window][taken] = klass
            open_[window] &= ~taken
            if blown is not None:
                blown[window][taken] = False  # (something shows there: no white core)


WASHED_HUE_DEG = 30.0  # a washed-out disc is a dot of the dot colour this near its hue
BARE_AROUND = 0.75  # share of a disc's surroundings that is bare board: it stands alone, not on or at a note
WASHED_DOT_AT_MOST = 0.5  # share of such a disc in a dot colour already, less than: a washed dot (more: a dot)


def washed_dots(image: np.ndarray, labels: np.ndarray, palette: Palette, px_per_mm: float) -> None:
    """Relabel (in place) dots that light washed out to a note's pale colour as dots.

    Under the halo of a highlight, or overexposed, a green dot on the bare board fades to the light green of a
    green note, a red one to pink: colour alone calls it a note. But no note is a disc of a dot's size: a round
    spot of 6-24 mm in a note colour standing alone on the board is a dot, of the dot colour nearest its hue. Lit
    unevenly, such a dot may keep its own colour in a part of it: the spot is taken with that part (the note
    colours with the dot colours), as long as less than WASHED_DOT_AT_MOST of it is a dot colour (more: the dot
    search reads it as a dot with its pale parts).
    """
    if not palette.dot_kinds or not palette.note_colors:
        return
    labs = _labs(palette.colors_bgr)
    dot_hues = [
        (klass, math.atan2(labs[palette.classes.index(klass)][2] - 128, labs[palette.classes.index(klass)][1] - 128))
        for klass in palette.dot_kinds
    ]
    note_classes = list(palette.note_colors)
    low, high = math.pi * (3.0 * px_per_mm) ** 2, math.pi * (12.0 * px_per_mm) ** 2
    margin = max(2, int(round(2.0 * px_per_mm)))
    ring = disk(margin + 0.5)
    # (all note colours at once: a washed dot may show as two of them; one standing alone touches none; with the
    # dot colours, the part of it that kept its own)
    count, components, stats, _ = components8(_of_classes(labels, (*note_classes, *palette.dot_kinds)))
    x, y, w, h, area = (stats[1:, column] for column in range(5))
    of_dots = np.bincount(components[_of_classes(labels, tuple(palette.dot_kinds)).view(bool)], minlength=count)[1:]
    # discs of a dot's size: as wide as high, filling their bounding box as a disc does (a clean disc 0.79 of it; a
    # washed dot's rim, partly the paper's colour where the blur and the light leave it so, is ragged: from 0.62),
    # mostly of note colours
    round_ = (
        (area >= low)
        & (area <= high)
        & (np.abs(w - h) <= 0.2 * np.maximum(w, h))
        & (area >= 0.62 * w * h)
        & (area <= 0.86 * w * h)
        & (of_dots < WASHED_DOT_AT_MOST * area)
    )
    for index in np.nonzero(round_)[0] + 1:
        x, y, w, h, _ = stats[index]
        y0, y1 = max(0, y - margin), min(labels.shape[0], y + h + margin)
        x0, x1 = max(0, x - margin), min(labels.shape[1], x + w + margin)
        own = components[y0:y1, x0:x1] == index
        around = cv2.dilate(own.astype(np.uint8), ring).astype(bool) & ~own
        part = labels[y0:y1, x0:x1]
        # alone on the bare board: not a piece of a note between its writing and dots, nor a corner peeping out
        if np.isin(part[around], (PAPER, WHITE)).mean() < BARE_AROUND:
            continue
        mean = cv2.cvtColor(image[y0:y1, x0:x1], cv2.COLOR_BGR2LAB)[own].mean(axis=0)
        hue = math.atan2(mean[2] - 128.0, mean[1] - 128.0)
        klass, dot_hue = min(dot_hues, key=lambda entry: abs(_angle(entry[1] - hue)))
        if abs(_angle(dot_hue - hue)) <= math.radians(WASHED_HUE_DEG):
            part[own] = klass


def _angle(radians: float) -> float:
    return (radians + math.pi) % (2 * math.pi) - math.pi


def _chroma(bgr: np.ndarray) -> np.ndarray:
    lab = cv2.cvtColor(bgr, cv2.COLOR_BGR2LAB).astype(np.float32)
    return np.hypot(lab[..., 1] - 128.0, lab[..., 2] - 128.0)


def round_and_dot_sized(stats: np.ndarray, px_per_mm: float) -> np.ndarray:
    """Which components (rows of ``components8``'s statistics, the background's first) stand alone as one dot
    would: of a dot's size (6-24 mm across), about as wide as high, filling their bounding box as a disc does.
    All at once: a mask of a dot colour has many specks besides its dots, and a loop over them is slow."""
    width, height, area = stats[:, 2], stats[:, 3], stats[:, 4]
    low, high = math.pi * (3.0 * px_per_mm) ** 2, math.pi * (12.0 * px_per_mm) ** 2
    fill = area / np.maximum(1, width * height)
    round_ = (
        (low <= area)
        & (area <= high)
        & (np.abs(width - height) <= 0.2 * np.maximum(width, height))
        & (fill >= 0.68)
        & (fill <= 0.86)
    )
    round_[:1] = False
    return round_


def _single_dot_area(mask: np.ndarray, px_per_mm: float) -> float:
    """Area (px) of one dot of this colour: the median of the round components of a dot's size."""
    _, _, stats, _ = components8(mask.astype(np.uint8))
    areas = stats[round_and_dot_sized(stats, px_per_mm), 4]
    return float(np.median(areas)) if len(areas) >= 2 else math.pi * (6.0 * px_per_mm) ** 2


def _round_spots(mask: np.ndarray, disc_area: float, most: float = 6.0) -> np.ndarray:
    """The parts of ``mask`` shaped like dots of this size (or a few together), not a shaded edge,
    a stroke or a word."""
    # (a wider opening than a pixel's: the blur joins a dot to writing it touches by a dark halo; the dot
    # is judged without it, and gets back what the opening took off its own rim below)
    ring = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    opened = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_OPEN, ring)
    count, components, stats, _ = components8(opened)
    low, high = 0.6 * disc_area, most * disc_area
    keep = np.zeros(count, bool)
    for index in range(1, count):
        x, y, w, h, area = stats[index]
        if not (low <= area <= high and min(w, h) >= 0.5 * max(w, h) and area >= 0.55 * w * h):
            continue
        # a dot's outline is round and full; letters leave bays in it
        blob = (components[y : y + h, x : x + w] == index).astype(np.uint8)
        contours, _ = cv2.findContours(blob, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        contour = max(contours, key=cv2.contourArea)
        keep[index] = cv2.contourArea(contour) >= 0.88 * cv2.contourArea(cv2.convexHull(contour))
    return (cv2.dilate(keep[components].astype(np.uint8), ring) > 0) & mask


NOTE_CORE_MM = 24.0  # opening a region with a disc this wide keeps a note's body, not dots or strokes on its rim


def _reaching(mask: np.ndarray, beyond: np.ndarray) -> np.ndarray:
    """The parts (8-connected) of ``mask`` that have pixels in ``beyond``."""
    count, parts, _, _ = components8(mask.astype(np.uint8))
    if count <= 1:
        return np.zeros(mask.shape, bool)
    reach = np.zeros(count, bool)
    reach[np.unique(parts[beyond & mask])] = True
    reach[0] = False
    return reach[parts]


def opened_by_disc(mask: np.ndarray, radius_px: float, precision: int = cv2.DIST_MASK_PRECISE) -> np.ndarray:
    """``mask`` (uint8, 0/1, with a border of zeros) opened by a disc: the union of the discs of this radius
    that fit in it (what lies within the radius of the centres the disc fits at). By two distance transforms
    (``precision``: OpenCV's distance mask), much faster than a large structuring element."""
    inner = (cv2.distanceTransform(mask, cv2.DIST_L2, precision) >= radius_px).view(np.uint8)
    return (cv2.distanceTransform(1 - inner, cv2.DIST_L2, precision) < radius_px).view(np.uint8)


def _note_body(blob: np.ndarray, px_per_mm: float) -> np.ndarray | None:
    """Where ``blob`` (uint8) has a note's body (bool, its shape), if it has one: without the dots touching
    its edge and the strokes of writing reaching beyond it (gone in an opening wider than a dot), what is
    left fills its rectangle, 30 mm across or more, and is as large as a region of a note's shape
    (NOTE_SHAPED_MM2): a cluster of large dots (five of 18 mm overlapping) fills a 30 mm square, but no more."""
    size = int(round(NOTE_CORE_MM * px_per_mm)) | 1
    padded = cv2.copyMakeBorder(blob, size, size, size, size, cv2.BORDER_CONSTANT, value=0)
    # (its outline: holes inside, the gaps writing left, would eat into the body when opening)
    contours, _ = cv2.findContours(padded, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    padded = cv2.drawContours(np.zeros_like(padded), contours, -1, 1, cv2.FILLED)
    core = opened_by_disc(padded, size / 2.0, cv2.DIST_MASK_5)
    if not core.any():
        return None
    contours, _ = cv2.findContours(core, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    contour = max(contours, key=cv2.contourArea)
    (_, _), (width, height), _ = cv2.minAreaRect(contour)
    area = cv2.contourArea(contour)
    if min(width, height) < 30 * px_per_mm or area < 0.8 * width * height or area < NOTE_SHAPED_MM2 * px_per_mm**2:
        return None
    return core[size:-size, size:-size] > 0


SHADED_CHROMA = 0.035  # chromaticity (b, g of b + g + r) this close to a note colour's is that colour in shade
SHADOW_BAND_MM = 6.0  # a cast shadow's band between notes is narrower than this ...
SHADOW_BAND_DEPTH = 14  # ... and this many levels darker than either side
SHADED_LIGHT = (0.35, 0.92)  # ... at this share of its brightness: the lifted, curled lower part of a note
SHADED_MIN_MM2 = 20.0  # smaller patches (specks of paper grain, noise) change nothing about where a note is


def shaded_notes(
    image: np.ndarray,
    labels: np.ndarray,
    palette: Palette,
    px_per_mm: float,
    index: np.ndarray | None = None,
    table: np.ndarray | None = None,
    unbanded: np.ndarray | None = None,
) -> None:
    """Give (in place) a note the parts of it that lie in its own shade: a curled note's lifted lower part
    gets less light and darkens to half its brightness, and the nearest colour is then another one (paper,
    a darker note colour, ink, nothing). Shade takes brightness, not chromaticity: pixels of a note colour's
    chromaticity, darker than it, joined to that colour's pixels through such pixels, are that note. Paper
    and other notes keep their class where their chromaticity is nearer their own colour's, dot colours
    always (a dot of a note's hue stays a dot), and so do narrow dark bands: the shadow one note casts on
    the next is no shade of the note, and it keeps the two apart. A curl's shade is wide and gradual.

    ``table`` (``shade_table(palette)``) and ``unbanded`` (``outside_shadow_bands(gray, px_per_mm)``) may be
    given when worked out already (on another thread)."""
    if table is None:
        table = shade_table(palette)  # per quantised colour: the note class it is a shade of (0: none)
    if not table.any():
        return
    if unbanded is None:
        unbanded = outside_shadow_bands(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), px_per_mm)
    give_shade(labels, shaded_parts(quantised_index(image) if index is None else index, table, unbanded), px_per_mm)


#: ``shaded_parts``: per pixel the note class it is a shade of (0: none), its 8-connected parts, their statistics
ShadedParts = tuple[np.ndarray, np.ndarray, np.ndarray]


def shaded_parts(index: np.ndarray, table: np.ndarray, unbanded: np.ndarray) -> ShadedParts | None:
    """The pixels in a note colour's shade (``shade_table``) outside narrow dark bands (``unbanded``), and
    their parts (None: no colour is a note's shade). It depends on the colours, not on the classes: the
    pipeline makes it on the worker while the classes are settled."""
    if not table.any():
        return None
    shade = looked_up(table, index)
    # (as ``shade[band > SHADOW_BAND_DEPTH] = 0``, without a boolean mask's pass; the parts are its non-zero pixels)
    cv2.bitwise_and(shade, unbanded, dst=shade)
    _, parts, stats, _ = components8(shade)
    return shade, parts, stats


def give_shade(labels: np.ndarray, shaded: ShadedParts | None, px_per_mm: float) -> None:
    """``shaded_notes`` with its ``shaded_parts`` given: each part large enough and joined to pixels of the note
    class it is a shade of takes that class, where it is that class's shade."""
    if shaded is None:
        return
    shade, parts, stats = shaded
    height, width = labels.shape
    ring = np.ones((3, 3), np.uint8)
    least = SHADED_MIN_MM2 * px_per_mm * px_per_mm
    for index in np.flatnonzero(stats[:, 4] >= least):
        if index == 0:
            continue
        x, y, w, h, _ = stats[index]
        window = (slice(max(0, y - 1), min(height, y + h + 1)), slice(max(0, x - 1), min(width, x + w + 1)))
        mine = parts[window] == index
        klass = int(np.bincount(shade[window][mine]).argmax())
        # joined to the note's own pixels
        if (cv2.dilate(mine.view(np.uint8), ring).view(bool) & (labels[window] == klass)).any():
            labels[window][mine & (shade[window] == klass)] = klass


_CUBE_CHROMA: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []


def _cube_chroma() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of the quantised colours (``_cube``): brightness (b + g + r + 1) and chromaticity (b, g over it), each
    a contiguous column."""
    if not _CUBE_CHROMA:
        cube, _ = _cube()
        brightness = cube.sum(axis=1) + 1.0
        chroma = cube[:, :2] / brightness[:, None]
        _CUBE_CHROMA.append((brightness, np.ascontiguousarray(chroma[:, 0]), np.ascontiguousarray(chroma[:, 1])))
    return _CUBE_CHROMA[0]


def outside_shadow_bands(gray: np.ndarray, px_per_mm: float) -> np.ndarray:
    """uint8, 255 where no narrow dark band lies (``shaded_notes``: the shadow a note casts on the next)."""
    size = max(3, int(round(SHADOW_BAND_MM * px_per_mm)) | 1)
    band = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    return cv2.compare(band, SHADOW_BAND_DEPTH, cv2.CMP_LE)


def shade_table(palette: Palette) -> np.ndarray:
    """For every quantised colour, the note class it is a shade of (``shaded_notes``), else 0."""
    brightness, blue, green = _cube_chroma()
    labels = palette.lut()
    references = {
        klass: np.array(palette.colors_bgr[palette.classes.index(klass)], np.float64)
        for klass in (*palette.note_colors, PAPER)
        if klass in palette.classes
    }
    refs = {klass: colour[:2] / (colour.sum() + 1.0) for klass, colour in references.items()}
    # how near each colour lies to its own class's chromaticity (paper, a note colour; others: not at all)
    own = np.full(len(labels), np.inf)
    for klass, ref in refs.items():
        mine = labels == klass
        own[mine] = np.hypot(blue[mine] - ref[0], green[mine] - ref[1])
    table = np.zeros(len(labels), np.uint8)
    best = np.full(len(labels), SHADED_CHROMA)
    for klass in palette.note_colors:
        if PAPER in refs and float(np.hypot(*(refs[klass] - refs[PAPER]))) < 2 * SHADED_CHROMA:
            continue  # a note colour paper in shade could pass for
        full = float(references[klass].sum())
        # (the distance only where the rest holds: the same values, fewer of them)
        at = np.flatnonzero(
            (labels != klass) & (brightness > SHADED_LIGHT[0] * full) & (brightness < SHADED_LIGHT[1] * full)
        )
        distance = np.hypot(blue[at] - refs[klass][0], green[at] - refs[klass][1])
        shade = (distance < best[at]) & (distance < own[at])
        table[at[shade]] = klass
        best[at[shade]] = distance[shade]
    table[np.isin(labels, [PAPER, *palette.dot_kinds])] = 0  # a dot of a note's hue stays a dot
    return table
