"""What the print put on the board, so it is not taken for notes or dots.

A designed board is not plain paper: zones have coloured fills (a sand-yellow column, a mint ellipse) and
pictures (a school's logo) are printed on it. Capture knows the board, so it knows where each printed
fill and picture lies, in board millimetres, in the order the print draws them (``drawing_order``: a
nested zone over its parent, parts hidden from print left out):

- **light** — the paper's colour is found on bare paper only (``normalise_light``'s ``printed``): a
  sand-yellow fill has nearly kraft paper's hue, and taken for paper in a dimmer light it turned every
  note on it grey. The light is then measured on the fills as well, each turned into paper by its
  printed colour (paper ÷ fill), so the middle of a large yellow column is lit as the photo shows it,
  not guessed from the paper 10 cm away: notes on a fill keep their colour. Notes, dots and writing on
  a fill are left out of that measurement by their colour, as on paper;
- **pictures** — printed pictures are no place for notes or dots: their area (and a small margin) is
  left out of the search, so the yellow square of a logo is not a yellow note and its red circle no
  dot. A note stuck over a picture is not read (the guide says so).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from boards.editing import drawing_order, split_key
from boards.look import corner_radius_mm
from boards.model import Board, ImageElement, Shape, Zone

EDGE_MARGIN_MM = 3.0  # a fill's outer band (its border, the photo's fit error) is left to the usual rules
PICTURE_MARGIN_MM = 2.0
FILL_CHROMA = 0.03  # blue and green share of a fill cell turned to paper may differ this much from the paper's


@dataclass
class PrintedFill:
    color: str  # "#rrggbb" as printed
    mask: np.ndarray  # bool, image size: where this fill shows (inner part)


@dataclass
class PrintedParts:
    fills: list[PrintedFill]
    pictures: np.ndarray  # bool, image size: printed pictures with a margin
    covered: np.ndarray  # bool, image size: no bare paper (every fill, whole, and the pictures)

    #: the light grids worked out so far (``on_grid``), by their size
    _grids: dict[tuple[int, int], tuple[np.ndarray, list[np.ndarray]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def on_grid(self, size: tuple[int, int]) -> tuple[np.ndarray, list[np.ndarray]]:
        """The cells of a light grid of ``size`` (width, height) with nothing printed over the paper, and
        those each fill covers; worked out once per size (the pipeline does it before the photo is placed)."""
        if size not in self._grids:
            bare = cv2.resize(self.covered.astype(np.uint8), size, interpolation=cv2.INTER_AREA) == 0
            fills = [
                cv2.resize(fill.mask.astype(np.uint8), size, interpolation=cv2.INTER_AREA) == 1 for fill in self.fills
            ]
            self._grids[size] = (bare, fills)
        return self._grids[size]

    def bare_cells(self, size: tuple[int, int]) -> np.ndarray:
        """Cells of a light grid of ``size`` (width, height) with nothing printed over the paper."""
        return self.on_grid(size)[0]

    def light_on_fills(
        self,
        pixels: np.ndarray,
        paper: np.ndarray,
        seen: np.ndarray,
        paper_bgr: tuple[int, int, int],
        chroma: tuple[float, float],
    ) -> np.ndarray:
        """Cells of the light grid ``pixels`` (float BGR, changed in place) that show a printed fill, turned
        into paper: scaled by paper ÷ fill as printed (in the camera's gamma-encoded values a ratio of two
        printed colours stays the same in any light). Those whose colour then matches the paper's
        ``chroma`` (blue and green share: notes and writing on the fill do not) join ``paper``."""
        size = (pixels.shape[1], pixels.shape[0])
        result = paper.copy()
        for fill, covers in zip(self.fills, self.on_grid(size)[1]):
            cells = covers & seen
            if not cells.any():
                continue
            factor = np.array(paper_bgr, np.float32) / np.maximum(_hex_bgr(fill.color).astype(np.float32), 8.0)
            ys, xs = np.nonzero(cells)
            converted = pixels[ys, xs] * factor
            total = converted.sum(axis=1) + 1.0
            like_paper = (
                (np.abs(converted[:, 0] / total - chroma[0]) < FILL_CHROMA)
                & (np.abs(converted[:, 1] / total - chroma[1]) < FILL_CHROMA)
                & (total > 90)
            )
            pixels[ys[like_paper], xs[like_paper]] = converted[like_paper]
            result[ys[like_paper], xs[like_paper]] = True
        return result


def _hex_bgr(color: str) -> np.ndarray:
    value = color.lstrip("#")
    return np.array([int(value[4:6], 16), int(value[2:4], 16), int(value[0:2], 16)], np.uint8)


def _paint_zone(canvas: np.ndarray, zone: Zone, value: int, px_per_mm: float, origin: tuple[float, float]) -> None:
    rect = zone.rect
    x0, y0 = (rect.x - origin[0]) * px_per_mm, (rect.y - origin[1]) * px_per_mm
    x1, y1 = (rect.right - origin[0]) * px_per_mm, (rect.bottom - origin[1]) * px_per_mm
    if zone.shape in (Shape.ELLIPSE, Shape.CIRCLE):
        center = (round((x0 + x1) / 2), round((y0 + y1) / 2))
        axes = (max(1, round((x1 - x0) / 2)), max(1, round((y1 - y0) / 2)))
        cv2.ellipse(canvas, center, axes, 0, 0, 360, value, -1)
        return
    if zone.shape == Shape.ROUNDED:
        radius = corner_radius_mm(rect) * px_per_mm
        shape = np.zeros_like(canvas, np.uint8)
        box = (round(x0), round(y0), round(x1), round(y1))
        r = max(1, round(radius))
        cv2.rectangle(shape, (box[0] + r, box[1]), (box[2] - r, box[3]), 1, -1)
        cv2.rectangle(shape, (box[0], box[1] + r), (box[2], box[3] - r), 1, -1)
        for cx, cy in (
            (box[0] + r, box[1] + r),
            (box[2] - r, box[1] + r),
            (box[0] + r, box[3] - r),
            (box[2] - r, box[3] - r),
        ):
            cv2.circle(shape, (cx, cy), r, 1, -1)
        canvas[shape > 0] = value
        return
    cv2.rectangle(canvas, (round(x0), round(y0)), (round(x1), round(y1)), value, -1)


def printed_parts(board: Board, shape: tuple[int, int], px_per_mm: float, origin: tuple[float, float]) -> PrintedParts:
    """The printed fills and pictures of ``board`` in an image of ``shape`` at ``px_per_mm`` whose top-left
    corner is ``origin`` (board mm)."""
    owner = np.zeros(shape, np.int32)  # 0: paper (or a part without fill), k > 0: the k-th fill, -1: a picture
    colors: list[str] = []
    for key, part in drawing_order(board, printed_only=True):
        kind, _ = split_key(key)
        if kind == "zone" and part.fill:
            colors.append(part.fill)
            _paint_zone(owner, part, len(colors), px_per_mm, origin)
        elif kind == "element" and isinstance(part, ImageElement):
            rect = part.rect.inset(-PICTURE_MARGIN_MM)
            x0, y0 = round((rect.x - origin[0]) * px_per_mm), round((rect.y - origin[1]) * px_per_mm)
            x1, y1 = round((rect.right - origin[0]) * px_per_mm), round((rect.bottom - origin[1]) * px_per_mm)
            cv2.rectangle(owner, (x0, y0), (x1, y1), -1, -1)
    margin = max(1, round(EDGE_MARGIN_MM * px_per_mm))
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * margin + 1, 2 * margin + 1))
    fills = []
    for index, color in enumerate(colors, start=1):
        inner = cv2.erode((owner == index).astype(np.uint8), kernel) > 0
        if inner.any():
            fills.append(PrintedFill(color, inner))
    return PrintedParts(fills, owner == -1, owner != 0)
