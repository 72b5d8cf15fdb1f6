"""Colour segmentation of a rectified board: even out the light, then label every pixel.

The board's own paper (kraft brown or white) fills most of it. Its colour is
found as the peak of the chroma histogram; where paper shows, the light is
measured (a smooth field per channel), and dividing by that field removes
gradients, soft shadows and colour casts. Each pixel then gets the class of
the nearest reference colour in Lab (lightness weighted less than chroma):
paper, ink, white, one of the note colours or one of the dot colours.
"""

from __future__ import annotations

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
GAIN_ONE = 64.0
REJECT_DISTANCE = 34.0  # Lab units; farther from every reference → NONE


def _lab(bgr: tuple[int, int, int]) -> np.ndarray:
    pixel = np.uint8([[list(bgr)]])
    return cv2.cvtColor(pixel, cv2.COLOR_BGR2LAB).reshape(3).astype(np.float32)


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
    _lut: np.ndarray | None = None

    def add(self, klass: int, bgr: tuple[int, int, int]) -> None:
        self.classes.append(klass)
        self.colors_bgr.append(bgr)
        self._lut = None

    def lut(self) -> np.ndarray:
        """Class of every colour quantised to 5 bits per channel (index b<<10 | g<<5 | r)."""
        if self._lut is None:
            levels = (np.arange(32, dtype=np.uint8) << 3) + 4
            b, g, r = np.meshgrid(levels, levels, levels, indexing="ij")
            cube = np.stack([b, g, r], axis=-1).reshape(-1, 1, 3)
            lab = cv2.cvtColor(cube, cv2.COLOR_BGR2LAB).reshape(-1, 3).astype(np.float32)
            refs = np.array([_lab(c) for c in self.colors_bgr], np.float32)
            weights = np.array([L_WEIGHT, 1.0, 1.0], np.float32)
            distance = np.sqrt((((lab[:, None, :] - refs[None, :, :]) * weights) ** 2).sum(axis=2))
            nearest = distance.argmin(axis=1)
            classes = np.array(self.classes, np.uint8)[nearest]
            classes[distance.min(axis=1) > REJECT_DISTANCE] = NONE
            self._lut = classes
        return self._lut


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
    image: np.ndarray  # BGR, light evened out, paper at its true colour
    paper_bgr: tuple[int, int, int]
    paper_kind: str  # "brown" | "white"


def normalise_light(image: np.ndarray, valid: np.ndarray, px_per_mm: float, printed=None) -> Normalised:
    """Divide out the light measured on the paper; ``valid`` marks board pixels seen in the photo.

    ``printed`` (optional, ``boards.capture.printed.PrintedParts``): what the print put on the board.
    Only bare paper decides the paper's colour (a sand-yellow fill has nearly kraft's hue); the light
    is then measured on the printed fills too, each converted to paper by its known printed colour, so
    the middle of a large filled zone is lit as it is, not as the paper around it."""
    height, width = image.shape[:2]
    step = max(1, int(round(LIGHT_CELL_MM * px_per_mm)))
    small_size = (max(1, width // step), max(1, height // step))
    small = cv2.resize(image, small_size, interpolation=cv2.INTER_AREA)
    small_valid = cv2.resize(valid, small_size, interpolation=cv2.INTER_AREA) > 250
    pixels = small.astype(np.float32)
    total = pixels.sum(axis=2) + 1.0
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
    if printed is not None:
        near = printed.light_on_fills(pixels, near, small_valid, paper_bgr, (cb0, cg0))
    paper = near.astype(np.float32)
    mean_paper = pixels[near].mean(axis=0)
    field = _masked_blur(pixels, paper, max(1.0, LIGHT_SIGMA_MM / LIGHT_CELL_MM), mean_paper)
    fine_weight = cv2.GaussianBlur(paper, (0, 0), max(0.7, FINE_SIGMA_MM / LIGHT_CELL_MM))
    fine = _masked_blur(pixels, paper, max(0.7, FINE_SIGMA_MM / LIGHT_CELL_MM), mean_paper)
    blend = np.clip((fine_weight - 0.15) / 0.35, 0.0, 1.0)[:, :, None]
    field = fine * blend + field * (1 - blend)
    gain = np.array(paper_bgr, np.float32)[None, None, :] / np.maximum(field, 8.0)
    # fixed point (gain × 64 in a byte, so up to 4×) keeps the full-size work in integers
    gain8 = np.clip(gain * GAIN_ONE, 0, 255).astype(np.uint8)
    gain8 = cv2.resize(gain8, (width, height), interpolation=cv2.INTER_LINEAR)
    corrected = cv2.multiply(image, gain8, scale=1.0 / GAIN_ONE, dtype=cv2.CV_8U)
    return Normalised(corrected, paper_bgr, paper_kind)


def _masked_blur(pixels: np.ndarray, mask: np.ndarray, sigma: float, fallback: np.ndarray) -> np.ndarray:
    """Mean colour of the masked pixels around every pixel (normalised convolution)."""
    weight = cv2.GaussianBlur(mask, (0, 0), sigma)
    summed = cv2.GaussianBlur(pixels * mask[:, :, None], (0, 0), sigma)
    return np.where((weight > 0.01)[:, :, None], summed / np.maximum(weight, 1e-6)[:, :, None], fallback[None, None, :])


def classify(image: np.ndarray, palette: Palette) -> np.ndarray:
    """The class of every pixel (uint8), by the palette's lookup table."""
    quantised = (image >> 3).astype(np.uint16)
    index = (quantised[:, :, 0] << 10) | (quantised[:, :, 1] << 5) | quantised[:, :, 2]
    return palette.lut()[index]
