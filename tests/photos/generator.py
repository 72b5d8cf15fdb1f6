"""Synthetic phone photos of filled boards, with known ground truth in board mm.

The generator prints the project's own board (``board_raster``: one poster, or
a tiled A4/A3 print glued 1–2 mm off per sheet), sticks notes and dot stickers
on it (``stickers``) and photographs it (``camera``). A ``PhotoSpec`` says how
unkind the photo is; its defaults are a tidy photo, and every hard condition of
real classroom photos can be switched on, alone or together:

- light: a specular highlight (``glare``), ``vignetting``, under-exposure;
- paper: white (``background="none"``) with notes of the dots' own hues;
- dots: touching, overlapping, on note edges and on notes of their own hue
  (``hard_dots``), 8–20 mm (``dot_sizes_mm``);
- notes: rotated (``rotation_deg``), curled with a shaded, lifted lower edge and
  a cast shadow (``curled_share``), overlapping and touching (``overlap_pairs``,
  ``touching_pairs``, ``dense``), of other sizes (``note_sizes_mm``), in neon
  colours (``vivid``), with thick marker writing to and across the edges
  (``handwriting="marker"``);
- the phone: 35–45° off-axis (``min_tilt_deg``/``max_tilt_deg``), motion blur,
  sensor noise, JPEG quality 70;
- markers: one or two corner markers under a note (``covered_markers``) or out
  of the frame (``markers_outside``);
- a tiled print (``tiled="A4"``).

``GeneratedPhoto.truth_json()`` writes the truth a scorer needs (see
``tests/photos/scoring.py``). Everything is seeded: a spec always gives the
same photo. ``tests/photos/conditions.py`` names the conditions the benchmark
measures.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

import cv2
import numpy as np

from boards.geometry import Rect
from boards.model import Board, MarkerLayout
from boards.readback import board_poster_layout, quiet_zone_mm
from tests.photos.board_raster import PAD_MM, Sheet, board_canvas, qr_rect_mm, render_board_image
from tests.photos.camera import (
    Glare,
    add_glare,
    area_in_frame,
    background,
    camera_homography,
    encode_jpeg,
    light,
    motion_blur,
    photo_size,
    reframe,
    sensor_noise,
)
from tests.photos.stickers import (
    NOTE_SIZES_MM,
    OTHER_NOTE_SIZES_MM,
    WORDS,
    FilledBoard,
    FillStyle,
    PaintStyle,
    TruthDot,
    TruthNote,
    fill_board,
    note_zones,
    paint_items,
)

__all__ = [
    "NOTE_SIZES_MM",
    "OTHER_NOTE_SIZES_MM",
    "WORDS",
    "FilledBoard",
    "GeneratedPhoto",
    "Glare",
    "PhotoSpec",
    "TruthDot",
    "TruthNote",
    "corner_marker_ids",
    "generate_photo",
    "qr_rect_mm",
    "render_board_image",
]


@dataclass
class PhotoSpec:
    seed: int = 0
    megapixels: float = 3.0
    background: str = "brown"  # "brown" print or "none" (white paper)
    max_tilt_deg: float = 30.0
    min_tilt_deg: float | None = None  # None: 0.4 × the maximum
    roll_deg: float | None = None  # None: random within ±12°
    visible: Rect | None = None  # part of the board (mm) that fills the frame; None: all of it
    notes_per_zone: tuple[int, int] = (0, 2)
    dots_per_kind: tuple[int, int] = (0, 5)
    dot_diameter_mm: float = 12.0
    dot_sizes_mm: tuple[float, ...] = ()  # per kind one of these (a sheet of stickers); () only dot_diameter_mm
    overlap_pairs: int = 2
    touching_pairs: int = 2
    exif_orientation: int = 1  # 6: stored rotated, with EXIF telling viewers to turn it back
    jpeg_quality: int | None = None  # None: 72–91
    px_per_mm: float | None = None  # board raster resolution; None: from the megapixels
    markers: bool = True  # False: a hand-drawn board without markers
    # the notes
    rotation_deg: float = 7.0  # notes turned up to ± this
    curled_share: float = 0.0  # this share of the notes curls up at its lower edge
    note_sizes_mm: tuple[tuple[float, float], ...] = ()  # () the usual mix (mostly 76 × 76)
    note_colors: tuple[str, ...] = ()  # colour ids to draw from (repeats weigh more); () all alike
    few_pads: bool = False  # one or two colours make most of the notes (drawn per photo)
    vivid: float = 0.0  # 0 pastel pads as in the palette … 1 neon pads
    handwriting: str = "words"  # "words" | "scribble": short marker lines | "marker": thick, to and across the edges
    dense: bool = False  # notes touch and overlap freely within a zone
    min_visible: float = 0.55  # with ``dense``: how much of every note stays in view
    hard_shadows: bool = False  # a spot light: crisp dark shadows beside every note
    hard_dots: bool = False  # dot clusters, dots on note edges and on notes of their own hue
    same_hue_dots: bool = False  # dots often on notes of their own hue
    # the light and the phone
    glare: bool = False  # a specular highlight over a zone with dots or notes
    vignetting: float = 0.0  # darkening towards the corners (0.5: half as bright)
    exposure: tuple[float, float] = (1.0, 1.0)
    blur_px: tuple[float, float] = (0.4, 1.1)  # lens blur, Gaussian sigma in photo px
    motion_blur_px: tuple[float, float] = (0.0, 0.0)  # smear length in photo px
    noise: tuple[float, float] = (2.0, 5.0)  # luminance noise sigma
    chroma_noise: float = 0.0
    # markers and print
    covered_markers: int = 0  # this many corner markers get a note stuck over them
    markers_outside: int = 0  # this many corner markers fall out of the frame
    tiled: str = ""  # "A4"/"A3": a tiled print, glued by hand
    seam_error_mm: tuple[float, float] = (1.0, 2.0)  # how far each sheet is off


@dataclass
class GeneratedPhoto:
    jpeg: bytes
    board_to_photo: np.ndarray  # 3×3, board mm → upright photo pixels
    size: tuple[int, int]  # upright (width, height)
    filled: FilledBoard
    spec: PhotoSpec
    board_id: str = ""
    glare: list[Glare] = field(default_factory=list)
    sheets: list[Sheet] = field(default_factory=list)
    covered_markers: list[int] = field(default_factory=list)
    outside_markers: list[int] = field(default_factory=list)  # wholly out of the frame
    markers_in_frame: list[int] = field(default_factory=list)  # wholly in it (and not covered)
    markers_total: int = 0

    def board_corners_px(self, board: Board) -> list[tuple[float, float]]:
        """Where the board's corners are in the photo: TL, TR, BR, BL."""
        corners = np.array(
            [[0, 0], [board.width_mm, 0], [board.width_mm, board.height_mm], [0, board.height_mm]], np.float64
        )
        mapped = cv2.perspectiveTransform(corners.reshape(-1, 1, 2), self.board_to_photo).reshape(-1, 2)
        return [(float(x), float(y)) for x, y in mapped]

    def in_frame(self, points_mm: np.ndarray, margin_px: float = 0.0) -> bool:
        """Whether all these board points are in the photo."""
        mapped = cv2.perspectiveTransform(
            np.asarray(points_mm, np.float64).reshape(-1, 1, 2), self.board_to_photo
        ).reshape(-1, 2)
        width, height = self.size
        return bool(
            (mapped[:, 0] >= margin_px).all()
            and (mapped[:, 0] <= width - margin_px).all()
            and (mapped[:, 1] >= margin_px).all()
            and (mapped[:, 1] <= height - margin_px).all()
        )

    def truth_json(self, board: Board) -> dict:
        """What a scorer needs, in the format ``tests/photos/scoring.Truth.from_json`` reads.

        A note is ignored when it covers a marker or is not wholly in the photo; a (zone, kind) cell when
        its zone is not wholly in the photo.
        """
        notes = []
        for note in self.filled.notes:
            outside = not self.in_frame(note.corners())
            entry = {
                "zone_id": note.zone_id,
                "color": note.color,
                "x_mm": round(note.x_mm, 1),
                "y_mm": round(note.y_mm, 1),
                "width_mm": note.width_mm,
                "height_mm": note.height_mm,
                "angle": round(note.angle_deg, 1),
                "curl": note.curl_mm > 0,
                "ignore": note.covers_marker is not None or outside,
            }
            if note.covers_marker is not None:
                entry["covers_marker"] = note.covers_marker
            notes.append(entry)
        counts = self.filled.dot_counts()
        cells = []
        for zone in board.zones:
            rect = zone.rect
            corners = np.array(
                [[rect.x, rect.y], [rect.right, rect.y], [rect.right, rect.bottom], [rect.x, rect.bottom]]
            )
            seen = self.in_frame(corners)
            for kind in zone.holds.dots:
                cells.append(
                    {
                        "zone_id": zone.id,
                        "kind": kind.id,
                        "count": counts.get((zone.id, kind.id), 0),
                        "ignore": not seen,
                    }
                )
        return {
            "board": self.board_id or board.id,
            "notes": notes,
            "dots": cells,
            "dot_positions": [
                {
                    "x_mm": round(d.x_mm, 1),
                    "y_mm": round(d.y_mm, 1),
                    "diameter_mm": d.diameter_mm,
                    "kind": d.kind,
                    "zone_id": d.zone_id,
                }
                for d in self.filled.dots
            ],
            "covered_markers": self.covered_markers,
            "markers_outside": self.outside_markers,
            "markers_in_frame": len(self.markers_in_frame),
            "markers_total": self.markers_total,
            "glare": [asdict(glare) for glare in self.glare],
            "sheets": [
                {
                    "label": s.label,
                    "offset_mm": [round(v, 2) for v in s.offset_mm],
                    "rotation_deg": round(s.rotation_deg, 3),
                }
                for s in self.sheets
            ]
            if self.spec.tiled
            else [],
            "mm_to_photo": self.board_to_photo.tolist(),
            "spec": {key: value for key, value in asdict(self.spec).items() if key != "visible"},
        }

    def write(self, path) -> None:
        with open(path, "wb") as handle:
            handle.write(self.jpeg)


def printed_layout(board: Board, tiled: str) -> MarkerLayout:
    """The markers the print carries (board mm)."""
    if tiled:
        from printing import PrintOptions, best_tile_sheet, print_plan  # type: ignore[attr-defined]

        sheet = best_tile_sheet(tiled, board.width_mm, board.height_mm)
        return print_plan(board, PrintOptions(tile_sheet=sheet)).markers
    return board.markers or board_poster_layout(board.paper)


def corner_marker_ids(board: Board, layout: MarkerLayout | None = None) -> list[int]:
    """The markers nearest the board's corners: TL, TR, BR, BL."""
    layout = layout or board.markers or board_poster_layout(board.paper)
    corners = [(0, 0), (board.width_mm, 0), (board.width_mm, board.height_mm), (0, board.height_mm)]
    return [min(layout.markers, key=lambda m, c=c: math.hypot(m.x - c[0], m.y - c[1])).id for c in corners]


def _marker_quad(layout: MarkerLayout, marker_id: int, quiet: bool = True) -> np.ndarray:
    marker = layout.by_id()[marker_id]
    half = layout.size_mm / 2 + (quiet_zone_mm(layout.size_mm) if quiet else 0.0)
    return np.array(
        [
            [marker.x - half, marker.y - half],
            [marker.x + half, marker.y - half],
            [marker.x + half, marker.y + half],
            [marker.x - half, marker.y + half],
        ],
        np.float64,
    )


def generate_photo(board: Board, spec: PhotoSpec, filled: FilledBoard | None = None) -> GeneratedPhoto:
    """A photo of ``board`` filled at random (or with ``filled``, to photograph one board several times)."""
    rng = np.random.default_rng(spec.seed)
    pick_rng = np.random.default_rng([spec.seed, 11])  # which markers, where the glare goes
    size = photo_size(spec.megapixels)
    layout = printed_layout(board, spec.tiled) if spec.markers else None
    board_to_photo, covered = _frame(board, spec, size, layout, rng, pick_rng)
    px_per_mm = spec.px_per_mm or _raster_resolution(board, board_to_photo)
    canvas = board_canvas(
        board,
        px_per_mm,
        spec.background,
        markers=spec.markers,
        tiled=spec.tiled,
        rng=np.random.default_rng([spec.seed, 13]),
        seam_error_mm=spec.seam_error_mm,
    )
    if filled is None:
        zones = None
        if spec.visible is not None:
            zones = [zone for zone in note_zones(board) if spec.visible.contains_rect(zone.rect, 1.0)]
        filled = fill_board(board, np.random.default_rng(spec.seed + 1_000_003), _fill_style(spec, covered), zones)
    paint_items(
        canvas,
        filled,
        np.random.default_rng(spec.seed + 7),
        PaintStyle(spec.handwriting, spec.vivid, spec.hard_shadows),
    )
    photo = background(rng, *size)
    canvas_to_mm = np.array([[1 / px_per_mm, 0, -PAD_MM], [0, 1 / px_per_mm, -PAD_MM], [0, 0, 1.0]])
    canvas_to_photo = board_to_photo @ canvas_to_mm
    warped = cv2.warpPerspective(canvas.image, canvas_to_photo, size, flags=cv2.INTER_LINEAR)
    weight = cv2.warpPerspective(canvas.alpha, canvas_to_photo, size, flags=cv2.INTER_LINEAR)
    a = weight.astype(np.float32) / 255
    photo = cv2.blendLinear(warped, photo, a, 1 - a)
    photo = light(photo, rng, spec.vignetting, float(rng.uniform(*spec.exposure)))
    glares = []
    if spec.glare:
        glares.append(_place_glare(board, filled, pick_rng))
        photo = _shine(photo, glares[-1], board_to_photo, pick_rng)
    photo = cv2.GaussianBlur(photo, (0, 0), float(rng.uniform(*spec.blur_px)))
    if spec.motion_blur_px[1] > 0:
        photo = motion_blur(photo, float(rng.uniform(*spec.motion_blur_px)), float(rng.uniform(0, 180)))
    photo = sensor_noise(photo, rng, float(rng.uniform(*spec.noise)), spec.chroma_noise, spec.seed)
    quality = spec.jpeg_quality or int(rng.integers(72, 92))
    result = GeneratedPhoto(
        encode_jpeg(photo, quality, spec.exif_orientation),
        board_to_photo,
        size,
        filled,
        spec,
        board.id,
        glares,
        canvas.sheets,
        sorted(note.covers_marker for note in filled.notes if note.covers_marker is not None),
    )
    if layout is not None:
        _count_markers(result, layout)
    return result


def _frame(
    board: Board,
    spec: PhotoSpec,
    size: tuple[int, int],
    layout: MarkerLayout | None,
    rng: np.random.Generator,
    pick_rng: np.random.Generator,
) -> tuple[np.ndarray, list[int]]:
    """Where the phone stands (board mm → photo px), with the corner markers to lose out of the frame; and the
    corner markers to cover with a note."""
    target = spec.visible or board.bounds
    tilt = (spec.min_tilt_deg if spec.min_tilt_deg is not None else 0.4 * spec.max_tilt_deg, spec.max_tilt_deg)
    fill = float(rng.uniform(0.82, 0.94)) if spec.visible is None else 1.0
    board_to_photo = camera_homography(target, size, rng, tilt, spec.roll_deg, fill)
    corners = corner_marker_ids(board, layout) if layout is not None else []
    if not corners:
        return board_to_photo, []
    # out of the frame: one corner, or two along one side; covered: others
    first = int(pick_rng.integers(4))
    order = [corners[(first + step) % 4] for step in range(4)]
    lost = order[: spec.markers_outside]
    covered = order[spec.markers_outside : spec.markers_outside + spec.covered_markers]
    if lost and layout is not None:
        keep = [_marker_quad(layout, m) for m in corners if m not in lost]
        lose = [_marker_quad(layout, m) for m in lost]
        for _attempt in range(8):  # not every stance of the phone can lose just that corner
            framed = reframe(board_to_photo, size, lose, keep, pick_rng)
            if framed is not None:
                return framed, covered
            board_to_photo = camera_homography(target, size, pick_rng, tilt, spec.roll_deg, fill)
    return board_to_photo, covered


def _raster_resolution(board: Board, board_to_photo: np.ndarray) -> float:
    """Board raster px per mm: a little above the photo's own resolution on the board."""
    outline = np.array([[0, 0], [board.width_mm, 0], [board.width_mm, board.height_mm], [0, board.height_mm]], float)
    corners = cv2.perspectiveTransform(outline.reshape(-1, 1, 2), board_to_photo).reshape(-1, 2)
    span = max(np.linalg.norm(corners[1] - corners[0]), np.linalg.norm(corners[2] - corners[3])) / board.width_mm
    return float(min(4.0, max(1.5, 1.3 * span)))


def _fill_style(spec: PhotoSpec, covered: list[int]) -> FillStyle:
    return FillStyle(
        notes_per_zone=spec.notes_per_zone,
        dots_per_kind=spec.dots_per_kind,
        dot_sizes_mm=spec.dot_sizes_mm or (spec.dot_diameter_mm,),
        overlap_pairs=spec.overlap_pairs,
        touching_pairs=spec.touching_pairs,
        rotation_deg=spec.rotation_deg,
        curled_share=spec.curled_share,
        note_sizes_mm=spec.note_sizes_mm or NOTE_SIZES_MM,
        note_colors=spec.note_colors,
        few_pads=spec.few_pads,
        dense=spec.dense,
        min_visible=spec.min_visible,
        hard_dots=spec.hard_dots,
        same_hue_dots=spec.same_hue_dots,
        covered_markers=tuple(covered),
    )


def _shine(photo: np.ndarray, glare: Glare, board_to_photo: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    centre = cv2.perspectiveTransform(np.array([[[glare.x_mm, glare.y_mm]]]), board_to_photo).reshape(2)
    across = cv2.perspectiveTransform(
        np.array([[[glare.x_mm - glare.radius_mm, glare.y_mm]], [[glare.x_mm + glare.radius_mm, glare.y_mm]]]),
        board_to_photo,
    ).reshape(-1, 2)
    radius = float(np.linalg.norm(across[1] - across[0]) / 2)
    stretch = float(rng.uniform(1.0, 1.8))
    return add_glare(
        photo, centre, (radius * stretch, radius), float(rng.uniform(0, 180)), float(rng.uniform(1.05, 1.4))
    )


def _count_markers(photo: GeneratedPhoto, layout: MarkerLayout) -> None:
    """Which printed markers are wholly in the photo (and not covered), and which wholly out of it."""
    photo.markers_total = len(layout.markers)
    for marker in layout.markers:
        quad = _marker_quad(layout, marker.id, quiet=False)
        mapped = cv2.perspectiveTransform(quad.reshape(-1, 1, 2), photo.board_to_photo).reshape(-1, 2)
        if photo.in_frame(quad) and marker.id not in photo.covered_markers:
            photo.markers_in_frame.append(marker.id)
        elif area_in_frame(mapped, photo.size) == 0.0:
            photo.outside_markers.append(marker.id)


def _place_glare(board: Board, filled: FilledBoard, rng: np.random.Generator) -> Glare:
    """Over something that matters: a few dots if the board has them, else notes."""
    items = [(d.x_mm, d.y_mm) for d in filled.dots] or [(n.x_mm, n.y_mm) for n in filled.notes if n.zone_id]
    if items:
        x, y = items[int(rng.integers(len(items)))]
    else:
        x, y = board.width_mm / 2, board.height_mm / 2
    return Glare(
        round(x + float(rng.uniform(-15, 15)), 1),
        round(y + float(rng.uniform(-15, 15)), 1),
        round(float(rng.uniform(35, 70)), 1),
    )
