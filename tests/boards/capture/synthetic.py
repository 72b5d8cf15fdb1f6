"""Small hand-made scenes on the project's own printed board, photographed at a slight angle.

Each test says exactly what lies where (notes touching, a marker stroke across a note, a green
note among green dots, a highlight), so a failure points at one behaviour. The board raster is
the generator's (the real print); the things stuck on it and the camera are drawn here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from boards.colors import hex_to_rgb, note_color
from boards.model import Board
from tests.photos.generator import render_board_image

PX_PER_MM = 2.5
INK = (40, 35, 30)
KRAFT_BGR = (122, 165, 200)  # brown paper as a tidy photo shows it


def kraft_palette():
    """The procesplaat's palette on brown paper."""
    from boards.capture.segment import build_palette
    from boards.templates import load_template

    return build_palette(load_template("procesplaat-1"), KRAFT_BGR)


def note_class_of(palette, color: str) -> int:
    """The class label of the notes of ``color`` (e.g. "green") in ``palette``."""
    return next(klass for klass, name in palette.note_colors.items() if name == color)


def green_palette(note: tuple[int, int, int], dot: tuple[int, int, int]):
    """The procesplaat's palette on white paper, its green note and green dot at the colours a photo showed
    (BGR): ``(palette, note_class, dot_class)``."""
    from boards.capture.segment import WHITE_PAPER_BGR, build_palette
    from boards.templates import load_template

    palette = build_palette(load_template("procesplaat-1"), WHITE_PAPER_BGR)
    note_class = note_class_of(palette, "green")
    dot_class = next(klass for klass, kind in palette.dot_kinds.items() if kind == "werkplezier")
    palette.colors_bgr[palette.classes.index(note_class)] = note
    palette.colors_bgr[palette.classes.index(dot_class)] = dot
    palette._lut = palette._nearest = None
    return palette, note_class, dot_class


def _bgr(hex_color: str) -> tuple[int, int, int]:
    r, g, b = hex_to_rgb(hex_color)
    return b, g, r


@dataclass
class Note:
    color: str  # a NOTE_COLORS id
    x_mm: float
    y_mm: float
    angle_deg: float = 0.0
    size_mm: tuple[float, float] = (76.0, 76.0)
    curl: float = 0.0  # 0..1: how much darker its lower edge is
    writing: bool = True

    def corners(self) -> np.ndarray:
        w, h = self.size_mm
        a = math.radians(self.angle_deg)
        u, v = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
        c = np.array([self.x_mm, self.y_mm])
        return np.array([c + sx * w / 2 * u + sy * h / 2 * v for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))])


@dataclass
class Dot:
    color: str  # "#rrggbb" of the dot kind
    x_mm: float
    y_mm: float
    diameter_mm: float = 12.0


@dataclass
class Stroke:
    start_mm: tuple[float, float]
    end_mm: tuple[float, float]
    width_mm: float = 4.0
    color: tuple[int, int, int] = INK  # BGR: marker ink, or what blurred writing turns to on a phone photo


@dataclass
class Scene:
    notes: list[Note] = field(default_factory=list)  # in stacking order: later ones on top
    dots: list[Dot] = field(default_factory=list)
    strokes: list[Stroke] = field(default_factory=list)
    highlight: tuple[float, float, float] | None = None  # centre x, y and radius (mm) of a lamp's reflection
    background: str = "brown"
    # the highlight added on top of the light ("added"), or veiling the board in white ("veiled": a white core,
    # a pale ring around it where everything keeps its colour, only whitened, and a wide haze)
    highlight_kind: str = "added"
    # parts of the board (x, y, width, height mm) painted over in the paper's colour: a QR code that cannot be read
    blank: list[tuple[float, float, float, float]] = field(default_factory=list)


_RASTERS: dict[tuple[str, int, str], np.ndarray] = {}


def _raster(board: Board, background: str) -> np.ndarray:
    key = (board.id, board.version, background)
    if key not in _RASTERS:
        _RASTERS[key] = render_board_image(board, PX_PER_MM, background)
    return _RASTERS[key]


def paint(board: Board, scene: Scene) -> np.ndarray:
    """The board with the scene stuck on it, as seen straight on (BGR at PX_PER_MM)."""
    canvas = _raster(board, scene.background).copy()
    ppm = PX_PER_MM
    for x, y, width, height in scene.blank:
        x0, y0 = max(0, int(x * ppm)), max(0, int(y * ppm))
        x1, y1 = int((x + width) * ppm), int((y + height) * ppm)
        ring = np.concatenate(
            [canvas[max(0, y0 - 3) : y0, x0:x1].reshape(-1, 3), canvas[y1 : y1 + 3, x0:x1].reshape(-1, 3)]
        )
        canvas[y0:y1, x0:x1] = np.median(ring, axis=0) if len(ring) else (255, 255, 255)
    for note in scene.notes:
        pad = int(6 * ppm)
        x0, y0 = np.maximum(np.floor(note.corners().min(axis=0) * ppm).astype(int) - pad, 0)
        x1, y1 = np.ceil(note.corners().max(axis=0) * ppm).astype(int) + pad
        part = canvas[y0:y1, x0:x1]
        points = note.corners() * ppm - [x0, y0]
        shadow = np.zeros(part.shape[:2], np.float32)
        cv2.fillConvexPoly(
            shadow, np.round((points + np.array([1.0, 1.5]) * ppm) * 16).astype(np.int32), 1.0, cv2.LINE_AA, 4
        )
        shadow = cv2.GaussianBlur(shadow, (0, 0), ppm)
        part[:] = (part * (1 - 0.45 * shadow[:, :, None])).astype(np.uint8)
        mask = np.zeros(part.shape[:2], np.uint8)
        cv2.fillConvexPoly(mask, np.round(points * 16).astype(np.int32), 255, cv2.LINE_AA, 4)
        color = np.array(_bgr(note_color(note.color).hex), np.float32)
        top, bottom = points[:, 1].min(), points[:, 1].max()
        rows = np.arange(part.shape[0], dtype=np.float32)[:, None, None]
        shade = 1.0 - note.curl * 0.35 * np.clip((rows - top) / max(1.0, bottom - top), 0, 1) ** 3
        alpha = (mask.astype(np.float32) / 255)[:, :, None]
        part[:] = np.clip(part * (1 - alpha) + color * shade * alpha, 0, 255).astype(np.uint8)
        if note.writing:
            a = math.radians(note.angle_deg)
            u = np.array([math.cos(a), math.sin(a)])
            v = np.array([-math.sin(a), math.cos(a)])
            centre = np.array([note.x_mm, note.y_mm])
            for offset in (-15.0, 5.0):
                wave = [centre + u * t + v * (offset + 2.5 * math.sin(t / 3.0)) for t in np.linspace(-25, 25, 30)]
                cv2.polylines(canvas, [np.round(np.array(wave) * ppm).astype(np.int32)], False, INK, max(1, int(ppm)))
    for stroke in scene.strokes:
        start = tuple(int(round(value * ppm)) for value in stroke.start_mm)
        end = tuple(int(round(value * ppm)) for value in stroke.end_mm)
        cv2.line(canvas, start, end, stroke.color, max(1, int(round(stroke.width_mm * ppm))), cv2.LINE_AA)
    for dot in scene.dots:
        centre = (int(round(dot.x_mm * ppm * 16)), int(round(dot.y_mm * ppm * 16)))
        radius = int(round(dot.diameter_mm / 2 * ppm * 16))
        b, g, r = _bgr(dot.color)
        cv2.circle(
            canvas, (centre[0] + 3 * 16, centre[1] + 4 * 16), radius, (b * 0.5, g * 0.5, r * 0.5), -1, cv2.LINE_AA, 4
        )
        cv2.circle(canvas, centre, radius, (b, g, r), -1, cv2.LINE_AA, 4)
    if scene.highlight is not None:
        x, y, radius = scene.highlight
        ys, xs = np.mgrid[0 : canvas.shape[0], 0 : canvas.shape[1]].astype(np.float32)
        if scene.highlight_kind == "veiled":
            d2 = ((xs - x * ppm) ** 2 + (ys - y * ppm) ** 2) / (radius * ppm) ** 2
            white = np.minimum(1.2 * np.exp(-d2 * 0.7) + 0.25 * np.exp(-d2 * 0.1), 1.0)[:, :, None]
            canvas[:] = np.clip(canvas * (1 - white) + 255.0 * white, 0, 255).astype(np.uint8)
        else:
            glow = np.exp(-(((xs - x * ppm) ** 2 + (ys - y * ppm) ** 2) / (2 * (radius * ppm / 2) ** 2)))
            canvas[:] = np.clip(canvas + 230.0 * glow[:, :, None], 0, 255).astype(np.uint8)
    return canvas


def photograph(board: Board, scene: Scene, size: tuple[int, int] = (2400, 1700)) -> tuple[bytes, np.ndarray]:
    """A JPEG of the scene taken slightly from the side, and the board mm → photo px mapping."""
    canvas = paint(board, scene)
    height, width = canvas.shape[:2]
    source = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    w, h = size
    target = np.float32([[0.06 * w, 0.08 * h], [0.95 * w, 0.04 * h], [0.97 * w, 0.95 * h], [0.03 * w, 0.9 * h]])
    raster_to_photo = cv2.getPerspectiveTransform(source, target)
    photo = np.full((h, w, 3), 95, np.uint8)
    cv2.warpPerspective(canvas, raster_to_photo, size, dst=photo, borderMode=cv2.BORDER_TRANSPARENT)
    photo = cv2.GaussianBlur(photo, (0, 0), 0.7)
    ok, jpeg = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 88])
    assert ok
    board_to_photo = raster_to_photo @ np.diag([PX_PER_MM, PX_PER_MM, 1.0])
    return jpeg.tobytes(), board_to_photo


def near(found, x_mm: float, y_mm: float, within_mm: float = 8.0) -> list:
    """The detections (notes or dots) within ``within_mm`` of a point."""
    return [item for item in found if math.hypot(item.x_mm - x_mm, item.y_mm - y_mm) <= within_mm]


def rectangle_region(center_mm: tuple[float, float], size_mm: tuple[float, float], shape: tuple[int, int], ppm: float):
    """A region of one colour for the notes search: an upright rectangle of ``size_mm`` centred at ``center_mm``
    (at ``ppm`` pixels per mm) in an image of ``shape``, with its edge, inside and paper maps as the search makes
    them; set its ``seamed`` to the seam test a test needs."""
    from boards.capture.notes.base import rect_corners
    from boards.capture.notes.measuring import Region

    own = np.zeros(shape, bool)
    corners = rect_corners(center_mm, size_mm, 0.0) * ppm
    cv2.fillConvexPoly(own.view(np.uint8), np.round(corners).astype(np.int32), 1)
    border = own.view(np.uint8) - cv2.erode(own.view(np.uint8), np.ones((3, 3), np.uint8))
    near_edge = cv2.dilate(border, np.ones((7, 7), np.uint8)) > 0
    inside = cv2.erode(own.view(np.uint8), np.ones((9, 9), np.uint8)) > 0
    paper = ~cv2.dilate(own.view(np.uint8), np.ones((9, 9), np.uint8)).view(bool)
    return Region(np.zeros(2), own, paper, near_edge, inside, np.zeros(shape, bool))


def green_dots_and_note(ppm: float):
    """Class labels of a procesplaat on kraft (at ``ppm``): three green dots of 12 mm standing alone (they set the
    dots' size) and a green 76 mm note: ``(palette, dot_class, labels)``."""
    from boards.capture.segment import PAPER

    palette = kraft_palette()
    green = next(klass for klass, kind in palette.dot_kinds.items() if kind == "werkplezier")
    note = note_class_of(palette, "green")
    labels = np.full((240, 420), PAPER, np.uint8)

    def mm(value: float) -> int:
        return int(round(value * ppm))

    for x in (20, 45, 70):
        cv2.circle(labels, (mm(x), mm(20)), mm(6), int(green), -1)
    labels[mm(60) : mm(136), mm(150) : mm(226)] = note
    return palette, green, labels


def note_with_shaded_band(note_bgr: tuple[int, int, int], shade_bgr: tuple[int, int, int]):
    """A 130 × 120 px image of a note (``note_bgr``, rows 0-69) with its curled lower part in shade (``shade_bgr``,
    rows 70-109, as the colours take it: not the note's colour) on kraft below: ``(image, note, note_hue)``, the
    note's pixels (bool) and its colour's hue (degrees)."""
    from boards.capture.dots import _hues

    image = np.empty((130, 120, 3), np.uint8)
    image[:] = KRAFT_BGR
    image[:70] = note_bgr
    image[70:110] = shade_bgr
    note = np.zeros(image.shape[:2], bool)
    note[:70] = True
    return image, note, float(_hues(np.array([note_bgr], np.uint8))[0])
