"""What a team sticks on a board: sticky notes (with writing) and dot stickers, placed and painted.

``fill_board`` decides where everything goes, in board mm, and is the ground
truth; ``paint_items`` paints it onto a ``BoardCanvas``. Positions are those of
the design: on a tiled print every item moves with the sheet it is stuck on.
"""

from __future__ import annotations

import colorsys
import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from boards.colors import NOTE_COLORS, hex_to_rgb
from boards.model import Board, Zone
from boards.readback import board_poster_layout
from tests.photos.board_raster import BoardCanvas, bgr

#: the sizes the old fixtures use (most notes 76 × 76 mm)
NOTE_SIZES_MM: tuple[tuple[float, float], ...] = ((76.0, 76.0), (76.0, 76.0), (76.0, 51.0), (63.0, 63.0), (51.0, 51.0))
#: other common sizes: 127 × 76 (landscape and portrait), 51 × 51, with the usual 76 × 76 among them
OTHER_NOTE_SIZES_MM: tuple[tuple[float, float], ...] = ((127.0, 76.0), (76.0, 127.0), (51.0, 51.0), (76.0, 76.0))
#: saturated ("neon") pads: real notes are often far from the pastel palette the reader knows (BGR order below)
VIVID_NOTE_COLORS = {
    "yellow": "#ecd651",
    "pink": "#dc5f99",
    "orange": "#ee8c30",
    "green": "#7dc259",
    "blue": "#579fd0",
}
WORDS = (
    "rust",
    "tijd",
    "overleg",
    "planning",
    "samen",
    "mail",
    "toetsen",
    "ouders",
    "klas",
    "werkdruk",
    "collega",
    "lesrooster",
    "zorg",
    "gesprek",
    "plezier",
    "team",
    "structuur",
    "ICT",
    "kopie",
    "vergaderen",
)
INKS_BGR = ((30, 30, 34), (28, 26, 30), (120, 48, 30))  # black, black, dark blue marker


@dataclass
class TruthNote:
    x_mm: float  # centre
    y_mm: float
    width_mm: float
    height_mm: float
    angle_deg: float
    color: str
    zone_id: str | None
    text: str
    curl_mm: float = 0.0  # the lower edge lifted this far off the board (0: flat)
    covers_marker: int | None = None  # stuck over this marker (not scored)

    def corners(self) -> np.ndarray:
        """TL, TR, BR, BL of the flat note, board mm."""
        return _local_corners(self) @ _rotation(self.angle_deg).T + [self.x_mm, self.y_mm]


@dataclass
class TruthDot:
    x_mm: float
    y_mm: float
    diameter_mm: float
    kind: str
    color: str
    zone_id: str | None


@dataclass
class FilledBoard:
    notes: list[TruthNote] = field(default_factory=list)
    dots: list[TruthDot] = field(default_factory=list)

    def dot_counts(self) -> dict[tuple[str, str], int]:
        counts: dict[tuple[str, str], int] = {}
        for dot in self.dots:
            counts[(dot.zone_id, dot.kind)] = counts.get((dot.zone_id, dot.kind), 0) + 1
        return counts


@dataclass
class FillStyle:
    """How a team fills the board."""

    notes_per_zone: tuple[int, int] = (0, 2)
    dots_per_kind: tuple[int, int] = (0, 5)
    dot_sizes_mm: tuple[float, ...] = (12.0,)  # one sheet of stickers per kind: sizes drawn from these, all different
    overlap_pairs: int = 0
    touching_pairs: int = 0
    rotation_deg: float = 7.0
    curled_share: float = 0.0
    note_sizes_mm: tuple[tuple[float, float], ...] = NOTE_SIZES_MM
    note_colors: tuple[str, ...] = ()  # ids to draw from (repeats weigh); () all
    few_pads: bool = False  # a colour or two make most notes (weights drawn per board)
    dense: bool = False  # notes touch and overlap freely (each keeps its centre and most of itself in view)
    min_visible: float = 0.55  # with ``dense``: the share of every note that stays in view
    hard_dots: bool = False  # clusters, dots on note edges, dots on notes of their own hue
    same_hue_dots: bool = False  # dots often on notes of their own hue (green on green, red on pink)
    covered_markers: tuple[int, ...] = ()  # marker ids a note is stuck over


def _rotation(angle_deg: float) -> np.ndarray:
    a = math.radians(angle_deg)
    return np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])


def _local_corners(note: TruthNote) -> np.ndarray:
    w, h = note.width_mm / 2, note.height_mm / 2
    return np.array([[-w, -h], [w, -h], [w, h], [-w, h]], np.float64)


def note_to_board(note: TruthNote) -> np.ndarray:
    """3×3: the note's own mm (centre origin, y down its face) → board mm."""
    matrix = np.eye(3)
    matrix[:2, :2] = _rotation(note.angle_deg)
    matrix[:2, 2] = (note.x_mm, note.y_mm)
    return matrix


def note_zones(board: Board) -> list[Zone]:
    return [zone for zone in board.zones if zone.holds.notes]


def _hue(hex_color: str) -> float:
    r, g, b = (value / 255 for value in hex_to_rgb(hex_color))
    return colorsys.rgb_to_hsv(r, g, b)[0] * 360


def _same_hue(dot_color: str, note_color: str) -> bool:
    """A note a dot of this colour hardly stands out on (red dots on pink or orange, green on green)."""
    hexes = [c.hex for c in NOTE_COLORS if c.id == note_color] + [VIVID_NOTE_COLORS.get(note_color, "#000000")]
    return any(abs((_hue(dot_color) - _hue(h) + 180) % 360 - 180) < 40 for h in hexes)


def _text(rng: np.random.Generator) -> str:
    return " ".join(WORDS[int(i)] for i in rng.integers(0, len(WORDS), int(rng.integers(1, 3))))


# --- placing ------------------------------------------------------------------------------------


class _Occupancy:
    """Which note lies on top where, at 1 px per mm: for gaps, overlaps and how much of a note shows."""

    def __init__(self, board: Board) -> None:
        self.top = np.zeros((int(board.height_mm) + 2, int(board.width_mm) + 2), np.int32)  # 0 free, else index + 1
        self.areas: list[int] = []

    def mask(self, note: TruthNote, grow: float = 0.0) -> np.ndarray:
        corners = _local_corners(note)
        corners += np.sign(corners) * grow
        points = corners @ _rotation(note.angle_deg).T + [note.x_mm, note.y_mm]
        mask = np.zeros(self.top.shape, np.uint8)
        cv2.fillConvexPoly(mask, np.round(points * 4).astype(np.int32), 1, cv2.LINE_8, 2)
        return mask.astype(bool)

    def add(self, note: TruthNote) -> None:
        mask = self.mask(note)
        self.areas.append(int(mask.sum()))
        self.top[mask] = len(self.areas)

    def visible_share(self, index: int) -> float:
        return float((self.top == index + 1).sum()) / max(1, self.areas[index])


def _inside_zone(note: TruthNote, zone: Zone, top_band: float) -> bool:
    points = _local_corners(note) @ _rotation(note.angle_deg).T + [note.x_mm, note.y_mm]
    rect = zone.rect
    return bool(
        points[:, 0].min() >= rect.x + 2
        and points[:, 0].max() <= rect.right - 2
        and points[:, 1].min() >= rect.y + top_band
        and points[:, 1].max() <= rect.bottom - 2
    )


def fill_board(
    board: Board, rng: np.random.Generator, style: FillStyle, zones: list[Zone] | None = None
) -> FilledBoard:
    """Notes and dots at random in ``zones`` (default: every zone that holds notes)."""
    filled = FilledBoard()
    occupancy = _Occupancy(board)
    candidates = zones if zones is not None else note_zones(board)
    palette = style.note_colors or tuple(color.id for color in NOTE_COLORS)
    # a workshop often has one or two pads of most notes: then neighbours share their colour
    weights = rng.dirichlet(np.full(len(palette), 0.7)) if style.few_pads else np.full(len(palette), 1 / len(palette))

    def colors() -> str:
        return palette[int(rng.choice(len(palette), p=weights))]

    top_band = 6.0 if style.dense else 13.0

    def new_note(zone: Zone, x: float, y: float, size: tuple[float, float], angle: float) -> TruthNote:
        curl = float(rng.uniform(3.0, 8.0)) if rng.random() < style.curled_share else 0.0
        return TruthNote(x, y, size[0], size[1], angle, colors(), zone.id, _text(rng), curl)

    def fits(note: TruthNote, zone: Zone, overlap_ok: bool) -> bool:
        if not _inside_zone(note, zone, top_band):
            return False
        if not overlap_ok:
            return not (occupancy.mask(note, 4.0) & (occupancy.top > 0)).any()
        # may touch and overlap, but every earlier note keeps its centre and 55 % of itself in view
        mask = occupancy.mask(note)
        for index, other in enumerate(filled.notes):
            if math.hypot(other.x_mm - note.x_mm, other.y_mm - note.y_mm) > 160:
                continue
            cx, cy = int(round(other.x_mm)), int(round(other.y_mm))
            if mask[max(0, cy - 14) : cy + 15, max(0, cx - 14) : cx + 15].any():
                return False
            covered = (mask & (occupancy.top == index + 1)).sum()
            if occupancy.visible_share(index) - covered / max(1, occupancy.areas[index]) < style.min_visible:
                return False
        return True

    def place(note: TruthNote) -> None:
        filled.notes.append(note)
        occupancy.add(note)

    for zone in candidates:
        rect = zone.rect
        sizes = [s for s in style.note_sizes_mm if s[0] + 6 <= rect.width and s[1] + top_band + 4 <= rect.height]
        if not sizes:
            continue
        for _ in range(int(rng.integers(style.notes_per_zone[0], style.notes_per_zone[1] + 1))):
            for _attempt in range(60):
                size = sizes[int(rng.integers(len(sizes)))]
                angle = float(rng.uniform(-style.rotation_deg, style.rotation_deg))
                neighbours = [n for n in filled.notes if n.zone_id == zone.id]
                roll = rng.random()
                if style.dense and neighbours and roll < 0.75:
                    # right next to another note: touching, edge to edge (or a hair over), or half over it
                    other = neighbours[int(rng.integers(len(neighbours)))]
                    side = int(rng.integers(4))
                    gap = float(rng.uniform(-0.8, 0.6)) if roll < 0.4 else -float(rng.uniform(0.15, 0.5)) * size[0]
                    along = (other.width_mm + size[0]) / 2 + gap if side < 2 else (other.height_mm + size[1]) / 2 + gap
                    offset = np.array(
                        [along, float(rng.uniform(-10, 10))] if side < 2 else [float(rng.uniform(-10, 10)), along]
                    )
                    offset *= -1 if side % 2 else 1
                    x, y = np.array([other.x_mm, other.y_mm]) + _rotation(other.angle_deg) @ offset
                    turn = 1.5 if style.rotation_deg < 12 else style.rotation_deg  # tidy rows, or a jumble of angles
                    angle = other.angle_deg + float(rng.uniform(-turn, turn))
                else:
                    x = float(rng.uniform(rect.x + size[0] / 2, rect.right - size[0] / 2))
                    y = float(rng.uniform(rect.y + size[1] / 2 + top_band - 2, rect.bottom - size[1] / 2))
                note = new_note(zone, float(x), float(y), size, angle)
                if fits(note, zone, style.dense):
                    place(note)
                    break
    for count, overlap in ((style.overlap_pairs, True), (style.touching_pairs, False)):
        for _ in range(count):
            _add_pair(rng, filled, occupancy, candidates, overlap, style, top_band, colors)
    for marker_id in style.covered_markers:
        _cover_marker(board, marker_id, rng, filled, colors())
    _add_dots(board, rng, filled, candidates, style)
    return filled


def _add_pair(rng, filled, occupancy, zones, overlap, style, top_band, colors) -> None:
    """Two 76 mm notes side by side: touching edge to edge, or partly overlapping."""
    w = h = 76.0
    for _ in range(60):
        zone = zones[int(rng.integers(len(zones)))]
        rect = zone.rect
        if rect.width < 2 * w + 10:
            continue
        angle = float(rng.uniform(-min(4.0, style.rotation_deg), min(4.0, style.rotation_deg)))
        x = float(rng.uniform(rect.x + w / 2 + 4, rect.right - 1.6 * w - 4))
        y = float(rng.uniform(rect.y + h / 2 + top_band, max(rect.y + h / 2 + top_band, rect.bottom - h / 2 - 3)))
        shift = float(rng.uniform(0.55, 0.8)) * w if overlap else w + float(rng.uniform(-0.3, 0.4))
        dy = float(rng.uniform(-12, 12)) if overlap else float(rng.uniform(-3, 3))
        first_color = colors()
        second_color = first_color if rng.random() < 0.5 else colors()
        centre = np.array([x, y]) + _rotation(angle) @ np.array([shift, dy])
        curl = [float(rng.uniform(3, 8)) if rng.random() < style.curled_share else 0.0 for _ in range(2)]
        first = TruthNote(x, y, w, h, angle, first_color, zone.id, _text(rng), curl[0])
        second_angle = angle + (float(rng.uniform(-5, 5)) if overlap else 0.0)
        second = TruthNote(*map(float, centre), w, h, second_angle, second_color, zone.id, _text(rng), curl[1])
        if not (_inside_zone(first, zone, top_band) and _inside_zone(second, zone, top_band)):
            continue
        both = occupancy.mask(first, 4.0) | occupancy.mask(second, 4.0)
        if (both & (occupancy.top > 0)).any():
            continue
        for note in (first, second):
            filled.notes.append(note)
            occupancy.add(note)
        return


def _cover_marker(board: Board, marker_id: int, rng, filled: FilledBoard, color: str) -> None:
    layout = board.markers or board_poster_layout(board.paper)
    marker = layout.by_id()[marker_id]
    size = (76.0, 76.0)
    filled.notes.append(
        TruthNote(
            marker.x + float(rng.uniform(-5, 5)),
            marker.y + float(rng.uniform(-5, 5)),
            *size,
            float(rng.uniform(-8, 8)),
            color,
            None,
            "",
            covers_marker=marker_id,
        )
    )


def _add_dots(board: Board, rng, filled: FilledBoard, zones: list[Zone], style: FillStyle) -> None:
    """Dots anywhere in a zone, also on notes. Normally apart and clear of note edges; with ``hard_dots``
    in clusters and chains (touching, overlapping up to 30 %), on note edges and on notes of their own hue."""
    placed: list[TruthDot] = []
    kinds = list(dict.fromkeys(kind.id for zone in zones for kind in zone.holds.dots))
    sizes = list(style.dot_sizes_mm)
    drawn = rng.choice(len(sizes), size=len(kinds), replace=len(kinds) > len(sizes)) if kinds else []
    size_of = {kind: float(sizes[int(i)]) for kind, i in zip(kinds, drawn, strict=True)}  # one sheet per kind
    for zone in zones:
        rect = zone.rect
        zone_notes = [n for n in filled.notes if n.zone_id == zone.id]
        for kind in zone.holds.dots:
            diameter = size_of[kind.id]
            r = diameter / 2
            top = rect.y + (r + 2 if style.hard_dots else r + 12)
            count = int(rng.integers(style.dots_per_kind[0], style.dots_per_kind[1] + 1))
            same_hue = [n for n in zone_notes if _same_hue(kind.color, n.color)]
            done = 0
            for _ in range(count * 60):
                if done == count:
                    break
                x = float(rng.uniform(rect.x + r + 2, rect.right - r - 2))
                y = float(rng.uniform(top, rect.bottom - r - 2))
                roll = rng.random()
                in_zone = [d for d in placed if d.zone_id == zone.id]
                if style.hard_dots and in_zone and roll < 0.45:  # against another dot: touching or overlapping
                    other = in_zone[-1] if rng.random() < 0.5 else in_zone[int(rng.integers(len(in_zone)))]
                    a = float(rng.uniform(0, 2 * math.pi))
                    distance = float(rng.uniform(0.7, 1.02)) * (other.diameter_mm + diameter) / 2
                    x, y = other.x_mm + math.cos(a) * distance, other.y_mm + math.sin(a) * distance
                elif style.hard_dots and zone_notes and roll < 0.62:  # on a note's edge
                    note = zone_notes[int(rng.integers(len(zone_notes)))]
                    x, y = _point_on_edge(note, rng, float(rng.uniform(-0.35, 0.35)) * diameter)
                elif (style.hard_dots or style.same_hue_dots) and same_hue and roll < 0.8:  # on a note of its hue
                    note = same_hue[int(rng.integers(len(same_hue)))]
                    local = rng.uniform(-0.5, 0.5, 2) * [note.width_mm - diameter, note.height_mm - diameter]
                    x, y = (_rotation(note.angle_deg) @ local + [note.x_mm, note.y_mm]).tolist()
                elif not style.hard_dots and placed and rng.random() < 0.15:  # stuck right next to the last one
                    last = placed[-1]
                    a = float(rng.uniform(0, 2 * math.pi))
                    x = last.x_mm + math.cos(a) * (diameter + 0.8)
                    y = last.y_mm + math.sin(a) * (diameter + 0.8)
                if not (rect.x + r + 2 <= x <= rect.right - r - 2 and top <= y <= rect.bottom - r - 2):
                    continue
                closest = 0.7 if style.hard_dots else 1.0
                gap = 0.0 if style.hard_dots else 0.7
                if any(
                    math.hypot(x - d.x_mm, y - d.y_mm) < closest * (d.diameter_mm + diameter) / 2 + gap for d in placed
                ):
                    continue
                if not style.hard_dots and any(_near_note_edge(n, x, y, r + 1.5) for n in filled.notes):
                    continue
                dot = TruthDot(x, y, diameter, kind.id, kind.color, zone.id)
                placed.append(dot)
                filled.dots.append(dot)
                done += 1


def _point_on_edge(note: TruthNote, rng, outward: float) -> tuple[float, float]:
    corners = note.corners()
    side = int(rng.integers(4))
    a, b = corners[side], corners[(side + 1) % 4]
    t = float(rng.uniform(0.15, 0.85))
    point = a + (b - a) * t
    normal = point - np.array([note.x_mm, note.y_mm])
    normal /= np.linalg.norm(normal) or 1.0
    return tuple((point + normal * outward).tolist())


def _near_note_edge(note: TruthNote, x: float, y: float, distance: float) -> bool:
    """A dot straddling a note's edge is ambiguous; without ``hard_dots`` dots keep clear of edges."""
    contour = note.corners().astype(np.float32).reshape(-1, 1, 2)
    return abs(cv2.pointPolygonTest(contour, (x, y), True)) < distance


# --- painting -----------------------------------------------------------------------------------


@dataclass
class PaintStyle:
    handwriting: str = "words"  # "words" (printed-looking words) | "scribble" (a few short marker lines) |
    # "marker" (thick marker writing to the edges and across)
    vivid: float = 0.0  # 0: the palette's pastel pads; 1: neon pads (each colour's pad lies in between)
    hard_shadows: bool = False  # one light source: crisp dark shadows, all falling the same way


def paint_items(canvas: BoardCanvas, filled: FilledBoard, rng: np.random.Generator, style: PaintStyle) -> None:
    """Stick the notes (shadow, curl, writing) and then the dots onto the canvas, where their sheet put them."""
    to_px = canvas.mm_to_px()
    pads = {}
    for color in NOTE_COLORS:
        t = float(rng.uniform(max(0.0, style.vivid - 0.5), style.vivid)) if style.vivid else 0.0
        pastel = np.array(bgr(color.hex), np.float32)
        neon = np.array(bgr(VIVID_NOTE_COLORS[color.id]), np.float32)
        pads[color.id] = pastel * (1 - t) + neon * t
    light = math.radians(float(rng.uniform(30, 150)))  # shadows fall this way (mostly down)
    fall = np.array([math.cos(light), math.sin(light)])
    for note in filled.notes:
        wall = np.vstack([canvas.sheet_at(note.x_mm, note.y_mm).matrix(), [0, 0, 1]])
        matrix = to_px @ wall @ note_to_board(note)
        color = pads[note.color] * rng.uniform(0.95, 1.02, 3).astype(np.float32)
        _paint_note(canvas, note, matrix, color, rng, style, fall)
    tints = {}
    for dot in filled.dots:
        if dot.kind not in tints:  # one sheet of stickers per kind: all a little darker or lighter
            tints[dot.kind] = np.array(bgr(dot.color), np.float32) * float(rng.uniform(0.8, 1.0))
        wall = np.vstack([canvas.sheet_at(dot.x_mm, dot.y_mm).matrix(), [0, 0, 1]])
        centre = (to_px @ wall @ [dot.x_mm, dot.y_mm, 1.0])[:2]
        _paint_dot(canvas, centre, dot.diameter_mm, tints[dot.kind] * rng.uniform(0.97, 1.03, 3).astype(np.float32))


def _apply(matrix: np.ndarray, points: np.ndarray) -> np.ndarray:
    return np.asarray(points, np.float64) @ matrix[:2, :2].T + matrix[:2, 2]


def _box(canvas: BoardCanvas, points: np.ndarray, pad: float) -> tuple[int, int, int, int] | None:
    x0, y0 = np.floor(points.min(axis=0) - pad).astype(int)
    x1, y1 = np.ceil(points.max(axis=0) + pad).astype(int)
    x0, y0 = max(x0, 0), max(y0, 0)
    x1, y1 = min(x1, canvas.image.shape[1]), min(y1, canvas.image.shape[0])
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def _polygon_mask(shape: tuple[int, int], points: np.ndarray) -> np.ndarray:
    mask = np.zeros(shape, np.float32)
    cv2.fillPoly(mask, [np.round(points * 16).astype(np.int32)], 1.0, cv2.LINE_AA, 4)
    return mask


def _blend(canvas: BoardCanvas, box, alpha: np.ndarray, color: np.ndarray, paper: bool = True) -> None:
    """Lay ``color`` (BGR, or an image of the box) over the canvas with ``alpha`` (0..1)."""
    x0, y0, x1, y1 = box
    region = canvas.image[y0:y1, x0:x1].astype(np.float32)
    a = alpha[:, :, None]
    canvas.image[y0:y1, x0:x1] = np.clip(region * (1 - a) + color * a, 0, 255).astype(np.uint8)
    if paper:
        np.maximum(canvas.alpha[y0:y1, x0:x1], (alpha * 255).astype(np.uint8), out=canvas.alpha[y0:y1, x0:x1])


def _darken(canvas: BoardCanvas, box, amount: np.ndarray) -> None:
    x0, y0, x1, y1 = box
    region = canvas.image[y0:y1, x0:x1].astype(np.float32)
    canvas.image[y0:y1, x0:x1] = (region * (1 - amount[:, :, None])).astype(np.uint8)


def _outline(note: TruthNote) -> np.ndarray:
    """The note's outline in its own mm; a curled note's lifted lower edge looks a little shorter."""
    w, h = note.width_mm / 2, note.height_mm / 2
    if not note.curl_mm:
        return _local_corners(note)
    xs = np.linspace(w, -w, 25)
    shrink = 0.35 * note.curl_mm
    bottom = np.column_stack([xs, h - shrink * (0.5 + 0.5 * (xs / w) ** 2)])
    return np.vstack([[[-w, -h], [w, -h]], bottom])


def _paint_note(
    canvas: BoardCanvas,
    note: TruthNote,
    matrix: np.ndarray,
    color: np.ndarray,
    rng,
    style: PaintStyle,
    fall: np.ndarray,
) -> None:
    k = canvas.px_per_mm
    outline = _apply(matrix, _outline(note))
    box = _box(canvas, outline, 16 * k)
    if box is None:
        return
    x0, y0, x1, y1 = box
    shape = (y1 - y0, x1 - x0)
    local_outline = outline - (x0, y0)
    # the shadow on the board: soft for a flat note in diffuse light, crisp and dark under a spot light, and a
    # dark band under a curled one's lifted edge
    if note.curl_mm:
        offset = (np.array([0.25, 0.85]) + 0.5 * fall) * note.curl_mm * k
        strength, sigma = float(rng.uniform(0.6, 0.8)), max(0.6, 0.15 * note.curl_mm * k)
    elif style.hard_shadows:
        offset = fall * float(rng.uniform(1.5, 3.0)) * k
        strength, sigma = float(rng.uniform(0.55, 0.75)), max(0.5, 0.3 * k)
    else:
        offset = np.array([rng.uniform(0.5, 1.0), rng.uniform(0.9, 1.6)]) * k
        strength, sigma = float(rng.uniform(0.3, 0.5)), max(0.6, 0.8 * k)
    shadow = cv2.GaussianBlur(_polygon_mask(shape, local_outline + offset), (0, 0), sigma)
    _darken(canvas, box, strength * shadow)
    # the note: darker towards its free lower edge, much darker where it curls up
    mask = _polygon_mask(shape, local_outline)
    inverse = np.linalg.inv(matrix)
    ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    v = (inverse[1, 0] * xs + inverse[1, 1] * ys + inverse[1, 2]) / note.height_mm + 0.5  # 0 top .. 1 bottom
    if note.curl_mm:
        start, end = float(rng.uniform(0.45, 0.65)), float(rng.uniform(0.45, 0.68))
        shade = 1 - (1 - end) * np.clip((v - start) / (1 - start), 0, 1) ** 1.6
    else:
        shade = 1 - (1 - float(rng.uniform(0.88, 0.97))) * np.clip(v, 0, 1)
    body = color[None, None, :] * shade[:, :, None]
    _blend(canvas, box, mask, body)
    if style.handwriting == "words":
        _word_writing(canvas, note, matrix, box, rng)
    else:
        _marker_writing(canvas, note, matrix, box, rng, heavy=style.handwriting == "marker")


def _word_writing(canvas: BoardCanvas, note: TruthNote, matrix: np.ndarray, box, rng) -> None:
    """The note's words, centred, in a plain or bold font."""
    k = canvas.px_per_mm
    words = note.text.split()
    if not words:
        return
    font = cv2.FONT_HERSHEY_SIMPLEX if rng.random() < 0.5 else cv2.FONT_HERSHEY_DUPLEX
    scale = min(note.width_mm, note.height_mm) * k / 190
    thickness = max(1, int(round(0.9 * k)))
    w, h = int(note.width_mm * k), int(note.height_mm * k)
    layer = np.zeros((h, w), np.uint8)
    cy = h / 2 - (len(words) - 1) * 9 * k
    for word in words:
        (tw, th), _ = cv2.getTextSize(word, font, scale, thickness)
        size = scale if tw <= w * 0.9 else scale * w * 0.9 / tw
        (tw, th), _ = cv2.getTextSize(word, font, size, thickness)
        cv2.putText(layer, word, (int(w / 2 - tw / 2), int(cy + th / 2)), font, size, 255, thickness, cv2.LINE_AA)
        cy += 18 * k
    # layer px → note mm → canvas px, within the box
    to_local = np.array([[1 / k, 0, -note.width_mm / 2], [0, 1 / k, -note.height_mm / 2], [0, 0, 1.0]])
    affine = (matrix @ to_local)[:2].copy()
    affine[:, 2] -= box[:2]
    warped = cv2.warpAffine(layer, affine, (box[2] - box[0], box[3] - box[1]))
    ink = np.array([90, 40, 20], np.float32) if rng.random() < 0.5 else np.array([30, 30, 30], np.float32)
    _blend(canvas, box, warped.astype(np.float32) / 255, ink, paper=False)


def marker_strokes(note: TruthNote, rng: np.random.Generator, heavy: bool = True) -> list[tuple[np.ndarray, float]]:
    """Marker handwriting in the note's own mm, as (polyline, thickness mm).

    ``heavy``: thick lines of loops or zigzags that run to the edges and past them, and often a line straight
    across the whole note. Otherwise a scribble: one to three short lines of writing well inside the note.
    """
    w, h = note.width_mm, note.height_mm
    strokes: list[tuple[np.ndarray, float]] = []
    if heavy:
        rows = max(1, min(5, int(h / 22) + int(rng.integers(-1, 2))))
        thickness = float(rng.uniform(1.3, 2.6))
    else:
        rows = int(rng.integers(1, 4)) if h > 45 else 1
        thickness = float(rng.uniform(0.9, 1.8))
    spacing = h / (rows + 1)
    style = int(rng.integers(3))
    for row in range(rows):
        y0 = -h / 2 + spacing * (row + 1) + float(rng.uniform(-2, 2))
        if heavy:
            start, end = -w / 2 + float(rng.uniform(-5, 6)), w / 2 + float(rng.uniform(-7, 7))
        else:
            start = -w / 2 + float(rng.uniform(6, 16))
            end = min(w / 2 - 4, start + float(rng.uniform(0.3, 0.75)) * w)
        t = np.arange(start, end, 0.35)
        if len(t) < 4:
            continue
        height = float(rng.uniform(1.2, min(2.8, spacing * 0.3)))
        period = float(rng.uniform(3.5, 6.0))
        phase = 2 * np.pi * t / period
        if style == 0:  # joined-up loops
            x, y = t + period * 0.28 * np.sin(phase), y0 - height * np.cos(phase)
        elif style == 1:  # zigzag, every stroke of its own height
            peaks = rng.uniform(0.3, 1.0, int(len(t) * 0.35 / period) + 3) * height
            index = (t - start) / period
            triangle = 2 * np.abs(index % 1 - 0.5) * 2 - 1
            x, y = t, y0 + triangle * peaks[index.astype(int)]
        else:  # waves of words with small gaps
            x, y = t, y0 + height * np.sin(phase) * (0.6 + 0.4 * np.sin(t / 7.0))
        y = y + np.cumsum(rng.normal(0, 0.06, len(t)))  # a hand is not a ruler
        points = np.column_stack([x, y])
        if rng.random() < 0.5 and len(points) > 40:  # a gap between two words
            at = int(rng.integers(10, len(points) - 10))
            strokes.append((points[: at - 4], thickness))
            strokes.append((points[at + 4 :], thickness))
        else:
            strokes.append((points, thickness))
    if heavy and rng.random() < 0.4:  # a line right across: underlined, crossed out, a divider
        y = float(rng.uniform(-h / 3, h / 3))
        x = np.linspace(-w / 2 - float(rng.uniform(-2, 7)), w / 2 + float(rng.uniform(-2, 7)), 40)
        strokes.append((np.column_stack([x, y + np.cumsum(rng.normal(0, 0.12, len(x)))]), float(rng.uniform(2.0, 3.6))))
    return strokes


def _marker_writing(canvas: BoardCanvas, note: TruthNote, matrix: np.ndarray, box, rng, heavy: bool) -> None:
    k = canvas.px_per_mm
    x0, y0, x1, y1 = box
    layer = np.zeros((y1 - y0, x1 - x0), np.uint8)
    for points, thickness in marker_strokes(note, rng, heavy):
        pixels = _apply(matrix, points) - (x0, y0)
        cv2.polylines(
            layer,
            [np.round(pixels * 4).astype(np.int32)],
            False,
            255,
            max(1, int(round(thickness * k))),
            cv2.LINE_AA,
            2,
        )
    ink = np.array(INKS_BGR[int(rng.integers(len(INKS_BGR)))], np.float32)
    _blend(canvas, box, layer.astype(np.float32) / 255 * 0.94, ink, paper=False)


def _paint_dot(canvas: BoardCanvas, centre: np.ndarray, diameter_mm: float, color: np.ndarray) -> None:
    k = canvas.px_per_mm
    radius = diameter_mm / 2 * k
    box = _box(canvas, np.array([centre]), radius + 3 * k)
    if box is None:
        return
    x0, y0, x1, y1 = box
    shape = (y1 - y0, x1 - x0)
    local = centre - (x0, y0)

    def disc(at: np.ndarray) -> np.ndarray:
        mask = np.zeros(shape, np.float32)
        cv2.circle(mask, tuple(np.round(at * 16).astype(int)), int(round(radius * 16)), 1.0, -1, cv2.LINE_AA, 4)
        return mask

    shadow = cv2.GaussianBlur(disc(local + np.array([0.35, 0.7]) * k), (0, 0), max(0.5, 0.45 * k))
    _darken(canvas, box, 0.45 * shadow)
    ys, xs = np.mgrid[0 : shape[0], 0 : shape[1]].astype(np.float32)
    distance = np.hypot(xs - local[0] + 0.3 * radius, ys - local[1] + 0.3 * radius) / max(radius, 1.0)
    shade = np.clip(1.06 - 0.14 * distance, 0.82, 1.06)
    _blend(canvas, box, disc(local), color[None, None, :] * shade[:, :, None], paper=False)
