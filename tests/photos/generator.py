"""Synthetic phone photos of filled boards, with known ground truth in board mm.

The generator renders the project's own printed board to a raster
(``render_board_image``), sticks notes (with short texts) and dot stickers on
it, and then photographs it: a pinhole camera tilted up to about 40°, rolled,
uneven light with a soft shadow, a slight colour cast, blur, sensor noise and
JPEG compression. Everything is seeded, so a spec always gives the same photo.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from boards.colors import KRAFT_BROWN, NOTE_COLORS, hex_to_rgb
from boards.geometry import Rect
from boards.model import Board, Zone
from boards.readback import PrintInfo, board_poster_layout, quiet_zone_mm

NOTE_SIZES_MM: tuple[tuple[float, float], ...] = ((76.0, 76.0), (76.0, 76.0), (76.0, 51.0), (63.0, 63.0), (51.0, 51.0))
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
QR_SIZE_MM = 60.0  # as printing does: at most 60 mm, quiet zone included


def qr_rect_mm(board: Board) -> Rect:
    """Where the board raster carries its QR code: the right end of the title block."""
    header = board.header or Rect(0, 0, board.width_mm, 60)
    size = min(header.height - 8, header.width * 0.3, QR_SIZE_MM)
    return Rect(header.right - 4 - size, header.y + 4, size, size)


def _bgr(hex_color: str) -> tuple[int, int, int]:
    r, g, b = hex_to_rgb(hex_color)
    return b, g, r


# --- the printed board --------------------------------------------------------------------


def render_board_image(
    board: Board, px_per_mm: float, background: str = "brown", print_info: PrintInfo | None = None, markers: bool = True
) -> np.ndarray:
    """The printed board as a BGR raster at ``px_per_mm`` (``background``: "brown" or "none").

    ``markers=False`` stands in for a board drawn by hand: no markers, no QR code.
    """
    if not markers:
        return _render_board_opencv(board, px_per_mm, background, print_info, markers=False)
    try:
        from printing import PrintOptions, render_board_pdf  # type: ignore[attr-defined]
    except ImportError:
        return _render_board_opencv(board, px_per_mm, background, print_info)
    return _rasterise_pdf(render_board_pdf(board, PrintOptions(background=background)), px_per_mm)


def _rasterise_pdf(pdf: bytes, px_per_mm: float) -> np.ndarray:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    page = document[0]
    bitmap = page.render(scale=px_per_mm * 25.4 / 72)
    image = np.array(bitmap.to_pil().convert("RGB"))
    return cv2.cvtColor(image, cv2.COLOR_RGB2BGR)


def _render_board_opencv(
    board: Board, px_per_mm: float, background: str, print_info: PrintInfo | None, markers: bool = True
) -> np.ndarray:
    width, height = round(board.width_mm * px_per_mm), round(board.height_mm * px_per_mm)
    paper = _bgr(KRAFT_BROWN) if background == "brown" else (250, 250, 250)
    image = np.empty((height, width, 3), np.uint8)
    image[:] = paper

    def px(value: float) -> int:
        return int(round(value * px_per_mm))

    line = max(1, px(0.6))
    font = cv2.FONT_HERSHEY_SIMPLEX
    for zone in board.zones:
        rect = zone.rect
        if zone.fill:
            cv2.rectangle(image, (px(rect.x), px(rect.y)), (px(rect.right), px(rect.bottom)), _bgr(zone.fill), -1)
        cv2.rectangle(image, (px(rect.x), px(rect.y)), (px(rect.right), px(rect.bottom)), (40, 40, 40), line)
        scale = 5.0 * px_per_mm / 22
        cv2.putText(
            image,
            zone.label[:40],
            (px(rect.x + 3), px(rect.y + 9)),
            font,
            scale,
            (30, 30, 30),
            max(1, px(0.5)),
            cv2.LINE_AA,
        )
    for group in board.groups:
        if group.rect is not None:
            cv2.putText(
                image,
                group.label,
                (px(group.rect.x + 2), px(group.rect.bottom - 6)),
                font,
                9 * px_per_mm / 22,
                (30, 30, 30),
                max(1, px(0.8)),
                cv2.LINE_AA,
            )
    if board.header is not None:
        header = board.header
        cv2.putText(
            image,
            board.title,
            (px(header.x + 5), px(header.y + 25)),
            font,
            14 * px_per_mm / 22,
            (20, 20, 20),
            max(1, px(1.2)),
            cv2.LINE_AA,
        )
        cv2.putText(
            image,
            board.question[:90],
            (px(header.x + 5), px(header.y + 50)),
            font,
            7 * px_per_mm / 22,
            (20, 20, 20),
            max(1, px(0.6)),
            cv2.LINE_AA,
        )
    if board.legend is not None:
        legend = board.legend.rect
        cv2.rectangle(image, (px(legend.x), px(legend.y)), (px(legend.right), px(legend.bottom)), (40, 40, 40), line)
        cv2.putText(
            image,
            board.legend.title or "Legenda",
            (px(legend.x + 4), px(legend.y + 12)),
            font,
            7 * px_per_mm / 22,
            (20, 20, 20),
            max(1, px(0.6)),
            cv2.LINE_AA,
        )
        for index, kind in enumerate(board.dot_kinds()):
            cy = legend.y + 28 + index * 16
            cv2.circle(image, (px(legend.x + 12), px(cy)), px(5), _bgr(kind.color), -1, cv2.LINE_AA)
            cv2.putText(
                image,
                kind.label,
                (px(legend.x + 22), px(cy + 3)),
                font,
                6 * px_per_mm / 22,
                (20, 20, 20),
                max(1, px(0.5)),
                cv2.LINE_AA,
            )
    if markers:
        _draw_markers(image, board, px_per_mm)
        _draw_qr(image, board, px_per_mm, print_info or PrintInfo(board.id, board.version))
    return image


def _draw_markers(image: np.ndarray, board: Board, px_per_mm: float) -> None:
    layout = board.markers or board_poster_layout(board.paper)
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_1000)
    quiet = quiet_zone_mm(layout.size_mm)
    side = int(round(layout.size_mm * px_per_mm))
    for marker in layout.markers:
        x0, y0 = (
            int(round((marker.x - layout.size_mm / 2 - quiet) * px_per_mm)),
            int(round((marker.y - layout.size_mm / 2 - quiet) * px_per_mm)),
        )
        x1, y1 = (
            int(round((marker.x + layout.size_mm / 2 + quiet) * px_per_mm)),
            int(round((marker.y + layout.size_mm / 2 + quiet) * px_per_mm)),
        )
        image[y0:y1, x0:x1] = 255
        tile = cv2.aruco.generateImageMarker(dictionary, marker.id, side)
        mx, my = (
            int(round((marker.x - layout.size_mm / 2) * px_per_mm)),
            int(round((marker.y - layout.size_mm / 2) * px_per_mm)),
        )
        image[my : my + side, mx : mx + side] = tile[:, :, None]


def _draw_qr(image: np.ndarray, board: Board, px_per_mm: float, info: PrintInfo) -> None:
    import segno

    qr = segno.make(info.encode(), error="m", micro=False)
    matrix = np.array(list(qr.matrix), dtype=np.uint8)
    border = 4
    modules = np.pad(matrix, border)
    rect = qr_rect_mm(board)
    side = int(round(rect.width * px_per_mm))
    raster = np.where(modules > 0, 0, 255).astype(np.uint8)
    raster = cv2.resize(raster, (side, side), interpolation=cv2.INTER_NEAREST)
    x, y = int(round(rect.x * px_per_mm)), int(round(rect.y * px_per_mm))
    image[y : y + side, x : x + side] = raster[:, :, None]


# --- what the team sticks on it -----------------------------------------------------------


@dataclass
class TruthNote:
    x_mm: float  # centre
    y_mm: float
    width_mm: float
    height_mm: float
    angle_deg: float
    color: str
    zone_id: str
    text: str

    def corners(self) -> np.ndarray:
        return cv2.boxPoints(((self.x_mm, self.y_mm), (self.width_mm, self.height_mm), self.angle_deg))


@dataclass
class TruthDot:
    x_mm: float
    y_mm: float
    diameter_mm: float
    kind: str
    color: str
    zone_id: str


@dataclass
class FilledBoard:
    notes: list[TruthNote] = field(default_factory=list)
    dots: list[TruthDot] = field(default_factory=list)

    def dot_counts(self) -> dict[tuple[str, str], int]:
        counts: dict[tuple[str, str], int] = {}
        for dot in self.dots:
            counts[(dot.zone_id, dot.kind)] = counts.get((dot.zone_id, dot.kind), 0) + 1
        return counts


def _note_zones(board: Board) -> list[Zone]:
    return [zone for zone in board.zones if zone.holds.notes]


def fill_board(
    board: Board,
    rng: np.random.Generator,
    notes_per_zone: tuple[int, int] = (0, 2),
    dots_per_kind: tuple[int, int] = (0, 5),
    dot_diameter_mm: float = 12.0,
    overlap_pairs: int = 0,
    touching_pairs: int = 0,
    zones: list[Zone] | None = None,
) -> FilledBoard:
    """Notes and dots at random, without overlaps except the requested overlapping/touching pairs."""
    filled = FilledBoard()
    occupied: list[tuple[float, float, float, float]] = []  # axis boxes of notes and dots (mm)
    candidates = zones if zones is not None else _note_zones(board)

    def free(box: tuple[float, float, float, float], gap: float) -> bool:
        x0, y0, x1, y1 = box
        return all(x1 + gap <= a0 or x0 - gap >= a1 or y1 + gap <= b0 or y0 - gap >= b1 for a0, b0, a1, b1 in occupied)

    def note_box(note: TruthNote) -> tuple[float, float, float, float]:
        pts = note.corners()
        return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())

    def random_note(zone: Zone) -> TruthNote | None:
        w, h = NOTE_SIZES_MM[int(rng.integers(len(NOTE_SIZES_MM)))]
        if rng.random() < 0.3:
            w, h = h, w
        rect = zone.rect
        for _ in range(30):
            angle = float(rng.uniform(-7, 7))
            x = float(rng.uniform(rect.x + w / 2 + 4, max(rect.x + w / 2 + 4, rect.right - w / 2 - 4)))
            y = float(rng.uniform(rect.y + h / 2 + 13, max(rect.y + h / 2 + 13, rect.bottom - h / 2 - 3)))
            note = TruthNote(
                x, y, w, h, angle, NOTE_COLORS[int(rng.integers(len(NOTE_COLORS)))].id, zone.id, _text(rng)
            )
            if free(note_box(note), 4.0):
                return note
        return None

    for zone in candidates:
        for _ in range(int(rng.integers(notes_per_zone[0], notes_per_zone[1] + 1))):
            note = random_note(zone)
            if note is not None:
                filled.notes.append(note)
                occupied.append(note_box(note))
    for kind_pairs, overlap in ((overlap_pairs, True), (touching_pairs, False)):
        for _ in range(kind_pairs):
            _add_pair(board, rng, filled, occupied, candidates, overlap, free, note_box)
    # dots: anywhere in the zone, also on notes; never on each other unless clustered
    dot_boxes: list[tuple[float, float, float]] = []
    for zone in candidates:
        for kind in zone.holds.dots:
            count = int(rng.integers(dots_per_kind[0], dots_per_kind[1] + 1))
            placed = 0
            for _ in range(count * 40):
                if placed == count:
                    break
                r = dot_diameter_mm / 2
                x = float(rng.uniform(zone.rect.x + r + 2, zone.rect.right - r - 2))
                y = float(rng.uniform(zone.rect.y + r + 12, zone.rect.bottom - r - 2))
                touching = rng.random() < 0.15 and dot_boxes
                if touching:  # a dot stuck right next to the previous one
                    px_, py_, _ = dot_boxes[-1]
                    a = rng.uniform(0, 2 * math.pi)
                    x, y = px_ + math.cos(a) * (dot_diameter_mm + 0.8), py_ + math.sin(a) * (dot_diameter_mm + 0.8)
                    if not (
                        zone.rect.x + r + 2 < x < zone.rect.right - r - 2
                        and zone.rect.y + r + 12 < y < zone.rect.bottom - r - 2
                    ):
                        continue
                if any(math.hypot(x - dx, y - dy) < dot_diameter_mm + 0.7 for dx, dy, _ in dot_boxes):
                    continue
                if any(_near_note_edge(note, x, y, r + 1.5) for note in filled.notes):
                    continue
                dot_boxes.append((x, y, dot_diameter_mm))
                filled.dots.append(TruthDot(x, y, dot_diameter_mm, kind.id, kind.color, zone.id))
                placed += 1
    return filled


def _near_note_edge(note: TruthNote, x: float, y: float, distance: float) -> bool:
    """A dot straddling a note's edge is ambiguous on real boards too; keep dots clear of edges."""
    contour = note.corners().astype(np.float32).reshape(-1, 1, 2)
    return abs(cv2.pointPolygonTest(contour, (x, y), True)) < distance


def _add_pair(board, rng, filled, occupied, zones, overlap, free, note_box) -> None:
    for _ in range(60):
        zone = zones[int(rng.integers(len(zones)))]
        w = h = 76.0
        rect = zone.rect
        if rect.width < 2 * w + 20:
            continue
        x = float(rng.uniform(rect.x + w / 2 + 4, rect.right - 1.6 * w - 4))
        y = float(rng.uniform(rect.y + h / 2 + 13, max(rect.y + h / 2 + 13, rect.bottom - h / 2 - 3)))
        shift = float(rng.uniform(0.55, 0.8)) * w if overlap else w + 0.3
        dy = float(rng.uniform(-12, 12)) if overlap else 0.0
        first_color = NOTE_COLORS[int(rng.integers(len(NOTE_COLORS)))].id
        second_color = (
            first_color if (not overlap or rng.random() < 0.5) else NOTE_COLORS[int(rng.integers(len(NOTE_COLORS)))].id
        )
        first = TruthNote(
            x, y, w, h, 0.0 if not overlap else float(rng.uniform(-4, 4)), first_color, zone.id, _text(rng)
        )
        second = TruthNote(
            x + shift,
            y + dy,
            w,
            h,
            0.0 if not overlap else float(rng.uniform(-4, 4)),
            second_color,
            zone.id,
            _text(rng),
        )
        boxes = [note_box(first), note_box(second)]
        union = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        if union[2] > rect.right - 2 or union[3] > rect.bottom - 2 or union[1] < rect.y + 12:
            continue
        if free(union, 4.0):
            filled.notes += [first, second]
            occupied.append(union)
            return


def _text(rng: np.random.Generator) -> str:
    return " ".join(WORDS[int(i)] for i in rng.integers(0, len(WORDS), int(rng.integers(1, 3))))


def paint_items(canvas: np.ndarray, px_per_mm: float, filled: FilledBoard, rng: np.random.Generator) -> None:
    """Stick the notes (with a soft shadow and a slight curl) and the dots onto the raster."""
    for note in filled.notes:
        pts = (note.corners() * px_per_mm).astype(np.float32)
        _shadow(canvas, pts + np.float32([0.8, 1.4]) * px_per_mm, px_per_mm, strength=0.45)
        r, g, b = hex_to_rgb(next(c.hex for c in NOTE_COLORS if c.id == note.color))
        x0, y0 = np.floor(pts.min(axis=0)).astype(int)
        x1, y1 = np.ceil(pts.max(axis=0)).astype(int) + 1
        x0, y0 = max(x0, 0), max(y0, 0)
        x1, y1 = min(x1, canvas.shape[1]), min(y1, canvas.shape[0])
        mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
        cv2.fillConvexPoly(mask, np.round((pts - [x0, y0]) * 16).astype(np.int32), 255, cv2.LINE_AA, 4)
        # a note curls a little: darker towards its free (bottom) edge
        shade = np.linspace(1.0, float(rng.uniform(0.88, 0.97)), mask.shape[0], dtype=np.float32)[:, None, None]
        color = np.array([b, g, r], np.float32)[None, None, :] * shade * float(rng.uniform(0.96, 1.0))
        region = canvas[y0:y1, x0:x1].astype(np.float32)
        alpha = (mask.astype(np.float32) / 255)[:, :, None]
        canvas[y0:y1, x0:x1] = np.clip(region * (1 - alpha) + color * alpha, 0, 255).astype(np.uint8)
        _note_text(canvas, note, px_per_mm, rng)
    for dot in filled.dots:
        centre = (int(round(dot.x_mm * px_per_mm * 16)), int(round(dot.y_mm * px_per_mm * 16)))
        radius = int(round(dot.diameter_mm / 2 * px_per_mm * 16))
        b, g, r = _bgr(dot.color)
        cv2.circle(
            canvas,
            (centre[0] + int(4 * px_per_mm), centre[1] + int(6 * px_per_mm)),
            radius,
            (b * 0.5, g * 0.5, r * 0.5),
            -1,
            cv2.LINE_AA,
            4,
        )
        cv2.circle(canvas, centre, radius, (b, g, r), -1, cv2.LINE_AA, 4)
        cv2.circle(
            canvas,
            (centre[0] - radius // 4, centre[1] - radius // 4),
            radius // 3,
            (min(255, b + 25), min(255, g + 25), min(255, r + 25)),
            -1,
            cv2.LINE_AA,
            4,
        )


def _shadow(canvas: np.ndarray, pts: np.ndarray, px_per_mm: float, strength: float) -> None:
    pad = int(4 * px_per_mm) + 2
    x0, y0 = np.floor(pts.min(axis=0)).astype(int) - pad
    x1, y1 = np.ceil(pts.max(axis=0)).astype(int) + pad
    x0, y0 = max(x0, 0), max(y0, 0)
    x1, y1 = min(x1, canvas.shape[1]), min(y1, canvas.shape[0])
    if x1 <= x0 or y1 <= y0:
        return
    mask = np.zeros((y1 - y0, x1 - x0), np.float32)
    cv2.fillConvexPoly(mask, np.round(pts - [x0, y0]).astype(np.int32), 1.0)
    mask = cv2.GaussianBlur(mask, (0, 0), max(0.5, 0.8 * px_per_mm))
    region = canvas[y0:y1, x0:x1].astype(np.float32)
    canvas[y0:y1, x0:x1] = (region * (1 - strength * mask[:, :, None])).astype(np.uint8)


def _note_text(canvas: np.ndarray, note: TruthNote, px_per_mm: float, rng: np.random.Generator) -> None:
    words = note.text.split()
    font = cv2.FONT_HERSHEY_SIMPLEX if rng.random() < 0.5 else cv2.FONT_HERSHEY_DUPLEX
    scale = min(note.width_mm, note.height_mm) * px_per_mm / 190
    thickness = max(1, int(round(0.9 * px_per_mm)))
    side = int(max(note.width_mm, note.height_mm) * px_per_mm * 1.5)
    layer = np.zeros((side, side), np.uint8)
    cy = side / 2 - (len(words) - 1) * 9 * px_per_mm
    for word in words:
        (tw, th), _ = cv2.getTextSize(word, font, scale, thickness)
        if tw > note.width_mm * px_per_mm * 0.9:
            scale_word = scale * note.width_mm * px_per_mm * 0.9 / tw
            (tw, th), _ = cv2.getTextSize(word, font, scale_word, thickness)
        else:
            scale_word = scale
        cv2.putText(
            layer, word, (int(side / 2 - tw / 2), int(cy + th / 2)), font, scale_word, 255, thickness, cv2.LINE_AA
        )
        cy += 18 * px_per_mm
    rotation = cv2.getRotationMatrix2D((side / 2, side / 2), -note.angle_deg, 1.0)
    x0 = max(0, int(note.x_mm * px_per_mm - side / 2))
    y0 = max(0, int(note.y_mm * px_per_mm - side / 2))
    x1 = min(canvas.shape[1], x0 + side)
    y1 = min(canvas.shape[0], y0 + side)
    rotation[0, 2] += note.x_mm * px_per_mm - side / 2 - x0
    rotation[1, 2] += note.y_mm * px_per_mm - side / 2 - y0
    warped = cv2.warpAffine(layer, rotation, (x1 - x0, y1 - y0))
    ys, xs = np.nonzero(warped)
    if len(xs):
        alpha = warped[ys, xs].astype(np.float32)[:, None] / 255
        ink = np.array([90, 40, 20], np.float32) if rng.random() < 0.5 else np.array([30, 30, 30], np.float32)
        region = canvas[y0:y1, x0:x1]
        region[ys, xs] = (region[ys, xs] * (1 - alpha) + ink * alpha).astype(np.uint8)


# --- the phone --------------------------------------------------------------------------


@dataclass
class PhotoSpec:
    seed: int = 0
    megapixels: float = 3.0
    background: str = "brown"  # "brown" print or "none" (white paper)
    max_tilt_deg: float = 30.0
    roll_deg: float | None = None  # None: random within ±12°
    visible: Rect | None = None  # part of the board (mm) that fills the frame; None: all of it
    notes_per_zone: tuple[int, int] = (0, 2)
    dots_per_kind: tuple[int, int] = (0, 5)
    dot_diameter_mm: float = 12.0
    overlap_pairs: int = 2
    touching_pairs: int = 2
    exif_orientation: int = 1  # 6: stored rotated, with EXIF telling viewers to turn it back
    jpeg_quality: int | None = None
    px_per_mm: float | None = None  # board raster resolution; None: from the megapixels
    markers: bool = True  # False: a hand-drawn board without markers


@dataclass
class GeneratedPhoto:
    jpeg: bytes
    board_to_photo: np.ndarray  # 3×3, board mm → upright photo pixels
    size: tuple[int, int]  # upright (width, height)
    filled: FilledBoard
    spec: PhotoSpec

    def board_corners_px(self, board: Board) -> list[tuple[float, float]]:
        """Where the board's corners are in the photo: TL, TR, BR, BL."""
        corners = np.array(
            [[0, 0], [board.width_mm, 0], [board.width_mm, board.height_mm], [0, board.height_mm]], np.float64
        )
        mapped = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), self.board_to_photo).reshape(-1, 2)
        return [(float(x), float(y)) for x, y in mapped]

    def write(self, path) -> None:
        with open(path, "wb") as handle:
            handle.write(self.jpeg)


def _camera_homography(
    board_w: float, board_h: float, target: Rect, size: tuple[int, int], rng: np.random.Generator, spec: PhotoSpec
) -> np.ndarray:
    """Board mm → photo px through a tilted, rolled pinhole camera, framing ``target``."""
    tilt = math.radians(float(rng.uniform(0.4, 1.0)) * spec.max_tilt_deg)
    direction = float(rng.uniform(0, 2 * math.pi))
    roll = math.radians(spec.roll_deg if spec.roll_deg is not None else float(rng.uniform(-12, 12)))
    pitch, yaw = tilt * math.sin(direction), tilt * math.cos(direction)
    rx = np.array([[1, 0, 0], [0, math.cos(pitch), -math.sin(pitch)], [0, math.sin(pitch), math.cos(pitch)]])
    ry = np.array([[math.cos(yaw), 0, math.sin(yaw)], [0, 1, 0], [-math.sin(yaw), 0, math.cos(yaw)]])
    rz = np.array([[math.cos(roll), -math.sin(roll), 0], [math.sin(roll), math.cos(roll), 0], [0, 0, 1]])
    rotation = rz @ rx @ ry
    cx, cy = target.x + target.width / 2, target.y + target.height / 2
    distance = 1.2 * max(target.width, target.height)
    focal = 1.0
    # board point (x, y, 0) → camera: R·(x-cx, y-cy, 0) + (0, 0, distance)
    projection = np.array([[focal, 0, 0], [0, focal, 0], [0, 0, 1.0]]) @ np.column_stack(
        [rotation[:, 0], rotation[:, 1], rotation @ np.array([-cx, -cy, 0]) + np.array([0, 0, distance])]
    )
    corners = np.array(
        [[target.x, target.y], [target.right, target.y], [target.right, target.bottom], [target.x, target.bottom]],
        np.float64,
    )
    projected = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), projection).reshape(-1, 2)
    width, height = size
    lo, hi = projected.min(axis=0), projected.max(axis=0)
    fill = float(rng.uniform(0.82, 0.94)) if spec.visible is None else 1.0
    scale = fill * min(width / (hi[0] - lo[0]), height / (hi[1] - lo[1]))
    offset = np.array([width, height]) / 2 - scale * (lo + hi) / 2
    offset += rng.uniform(-0.03, 0.03, 2) * np.array([width, height]) * (1 if spec.visible is None else 0)
    fit = np.array([[scale, 0, offset[0]], [0, scale, offset[1]], [0, 0, 1.0]])
    return fit @ projection


def generate_photo(board: Board, spec: PhotoSpec, filled: FilledBoard | None = None) -> GeneratedPhoto:
    """A photo of ``board`` filled at random (or with ``filled``, to photograph one board several times)."""
    rng = np.random.default_rng(spec.seed)
    fill_rng = np.random.default_rng(spec.seed + 1_000_003)
    width = int(round(math.sqrt(spec.megapixels * 1e6 * 4 / 3) / 8)) * 8
    height = int(round(width * 3 / 4 / 8)) * 8
    target = spec.visible or board.bounds
    board_to_photo = _camera_homography(board.width_mm, board.height_mm, target, (width, height), rng, spec)
    # board resolution: a little above the photo's own resolution on the board
    corners = np.array(
        [[0, 0], [board.width_mm, 0], [board.width_mm, board.height_mm], [0, board.height_mm]], np.float64
    )
    photo_corners = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), board_to_photo).reshape(-1, 2)
    span = (
        max(np.linalg.norm(photo_corners[1] - photo_corners[0]), np.linalg.norm(photo_corners[2] - photo_corners[3]))
        / board.width_mm
    )
    px_per_mm = spec.px_per_mm or float(min(4.0, max(1.5, 1.3 * span)))

    canvas = render_board_image(board, px_per_mm, spec.background, markers=spec.markers)
    if filled is None:
        zones = None
        if spec.visible is not None:
            zones = [zone for zone in _note_zones(board) if spec.visible.contains_rect(zone.rect, 1.0)]
        filled = fill_board(
            board,
            fill_rng,
            spec.notes_per_zone,
            spec.dots_per_kind,
            spec.dot_diameter_mm,
            spec.overlap_pairs,
            spec.touching_pairs,
            zones,
        )
    paint_items(canvas, px_per_mm, filled, np.random.default_rng(spec.seed + 7))

    photo = _table(rng, width, height)
    canvas_to_photo = board_to_photo @ np.diag([1 / px_per_mm, 1 / px_per_mm, 1.0])
    cv2.warpPerspective(
        canvas, canvas_to_photo, (width, height), dst=photo, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT
    )
    photo = _light(photo, rng)
    sigma = float(rng.uniform(0.4, 1.1))
    photo = cv2.GaussianBlur(photo, (0, 0), sigma)
    cv2.setRNGSeed(spec.seed)
    noise = np.empty(photo.shape, np.int16)
    cv2.randn(noise, 0, float(rng.uniform(2, 5)))
    photo = cv2.add(photo.astype(np.int16), noise, dtype=cv2.CV_8U)
    quality = spec.jpeg_quality or int(rng.integers(72, 92))
    jpeg = _encode(photo, quality, spec.exif_orientation)
    return GeneratedPhoto(jpeg, board_to_photo, (width, height), filled, spec)


def _table(rng: np.random.Generator, width: int, height: int) -> np.ndarray:
    """A wooden table or a grey wall behind the board."""
    base = np.array([60, 90, 120] if rng.random() < 0.5 else [140, 140, 135], np.float32)
    small = rng.normal(0, 12, (max(2, height // 64), max(2, width // 8))).astype(np.float32)
    texture = cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR)
    return np.clip(base[None, None, :] + texture[:, :, None], 0, 255).astype(np.uint8)


def _light(photo: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Uneven light (a gradient), a soft shadow (an arm or a phone) and a slight colour cast."""
    height, width = photo.shape[:2]
    sh, sw = max(8, height // 16), max(8, width // 16)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    ramp = (xx / sw - 0.5) * math.cos(angle) + (yy / sh - 0.5) * math.sin(angle)
    light = 0.92 + ramp * float(rng.uniform(0.2, 0.45))
    shadow = np.zeros((sh, sw), np.float32)
    centre = rng.uniform([0.2 * sw, 0.2 * sh], [0.8 * sw, 0.8 * sh])
    axes = (int(rng.uniform(0.1, 0.3) * sw), int(rng.uniform(0.08, 0.25) * sh))
    cv2.ellipse(shadow, (int(centre[0]), int(centre[1])), axes, float(rng.uniform(0, 180)), 0, 360, 1.0, -1)
    shadow = cv2.GaussianBlur(shadow, (0, 0), max(1.0, sw / 40))
    light *= 1 - float(rng.uniform(0.2, 0.4)) * shadow
    cast = np.array([rng.uniform(0.92, 1.0), rng.uniform(0.97, 1.02), rng.uniform(0.98, 1.06)], np.float32)
    gain = cv2.resize(light, (width, height), interpolation=cv2.INTER_LINEAR)
    out = photo.astype(np.float32)
    out *= gain[:, :, None]
    out *= cast[None, None, :]
    return np.clip(out, 0, 255).astype(np.uint8)


def _encode(photo: np.ndarray, quality: int, orientation: int) -> bytes:
    if orientation == 1:
        ok, buffer = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, quality])
        assert ok
        return buffer.tobytes()
    from PIL import Image

    stored = {
        6: cv2.rotate(photo, cv2.ROTATE_90_COUNTERCLOCKWISE),
        8: cv2.rotate(photo, cv2.ROTATE_90_CLOCKWISE),
        3: cv2.rotate(photo, cv2.ROTATE_180),
    }[orientation]
    image = Image.fromarray(cv2.cvtColor(stored, cv2.COLOR_BGR2RGB))
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality, exif=exif)
    return out.getvalue()
