"""The generator really makes the hard conditions it claims, and its truth says what the photo shows."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from boards.templates import load_template
from tests.photos.board_raster import board_canvas
from tests.photos.cache import cached_photo
from tests.photos.conditions import CONDITIONS, DOT_HUE_NOTES, condition_spec
from tests.photos.generator import PhotoSpec, corner_marker_ids
from tests.photos.stickers import (
    OTHER_NOTE_SIZES_MM,
    FillStyle,
    TruthNote,
    _same_hue,
    fill_board,
    marker_strokes,
)


@pytest.fixture(scope="module")
def quadrants():
    return load_template("ideeen-genereren")


def _decode(photo) -> np.ndarray:
    image = cv2.imdecode(np.frombuffer(photo.jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert image is not None and (image.shape[1], image.shape[0]) == photo.size
    return image


def _to_photo(photo, x_mm: float, y_mm: float) -> np.ndarray:
    return cv2.perspectiveTransform(np.array([[[x_mm, y_mm]]], np.float64), photo.board_to_photo).reshape(2)


def _marker_ids(image: np.ndarray) -> set[int]:
    detector = cv2.aruco.ArucoDetector(cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_1000))
    _, ids, _ = detector.detectMarkers(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
    return set() if ids is None else {int(i) for i in ids.ravel()}


def test_glare_washes_out_a_patch_over_dots(board, photo_cache):
    spec = PhotoSpec(seed=41, megapixels=1.0, max_tilt_deg=20.0, dots_per_kind=(2, 4), glare=True, vignetting=0.4)
    photo = cached_photo(photo_cache, board, spec)
    (glare,) = photo.glare
    assert any(math.hypot(d.x_mm - glare.x_mm, d.y_mm - glare.y_mm) < 20 for d in photo.filled.dots)
    image = _decode(photo)
    x, y = _to_photo(photo, glare.x_mm, glare.y_mm).round().astype(int)
    patch = image[y - 6 : y + 7, x - 6 : x + 7]
    assert patch.min() >= 235, "the highlight's core is washed out to white"
    plain = _decode(cached_photo(photo_cache, board, PhotoSpec(**{**spec.__dict__, "glare": False})))
    assert plain[y - 6 : y + 7, x - 6 : x + 7].mean() < patch.mean() - 40
    assert photo.truth_json(board)["glare"] == [{"x_mm": glare.x_mm, "y_mm": glare.y_mm, "radius_mm": glare.radius_mm}]


def test_vignetting_darkens_the_corners(board, photo_cache):
    flat = _decode(cached_photo(photo_cache, board, PhotoSpec(seed=42, megapixels=1.0, max_tilt_deg=10.0)))
    dark = _decode(
        cached_photo(photo_cache, board, PhotoSpec(seed=42, megapixels=1.0, max_tilt_deg=10.0, vignetting=0.5))
    )
    corner = (slice(0, 60), slice(0, 60))
    assert dark[corner].mean() < 0.8 * flat[corner].mean()


def test_covered_corner_markers_are_hidden_under_notes(board, photo_cache):
    spec = PhotoSpec(seed=43, megapixels=3.0, max_tilt_deg=20.0, covered_markers=2, notes_per_zone=(0, 1))
    photo = cached_photo(photo_cache, board, spec)
    corners = corner_marker_ids(board)
    assert len(photo.covered_markers) == 2 and set(photo.covered_markers) <= set(corners)
    found = _marker_ids(_decode(photo))
    assert not found & set(photo.covered_markers), "a covered marker is still readable"
    assert set(corners) - set(photo.covered_markers) <= found, "the other corners stay readable"
    truth = photo.truth_json(board)
    covering = [n for n in truth["notes"] if "covers_marker" in n]
    assert sorted(n["covers_marker"] for n in covering) == sorted(photo.covered_markers)
    assert all(n["ignore"] and n["zone_id"] is None for n in covering)
    assert truth["covered_markers"] == photo.covered_markers


@pytest.mark.parametrize("outside", [1, 2])
def test_corner_markers_out_of_the_frame(board, photo_cache, outside):
    spec = PhotoSpec(seed=44 + outside, megapixels=2.0, min_tilt_deg=10.0, max_tilt_deg=25.0, markers_outside=outside)
    photo = cached_photo(photo_cache, board, spec)
    corners = set(corner_marker_ids(board))
    lost = corners & set(photo.outside_markers)
    assert len(lost) == outside
    found = _marker_ids(_decode(photo))
    assert not found & lost and corners - lost <= found
    truth = photo.truth_json(board)
    # what is not wholly in the photo is not scored: the cut-off cells and notes say so
    for cell in truth["dots"]:
        rect = board.zone(cell["zone_id"]).rect
        seen = photo.in_frame(
            [(rect.x, rect.y), (rect.right, rect.y), (rect.right, rect.bottom), (rect.x, rect.bottom)]
        )
        assert cell["ignore"] == (not seen)
    for note, entry in zip(photo.filled.notes, truth["notes"], strict=True):
        assert entry["ignore"] == (not photo.in_frame(note.corners()))


def test_tiled_print_shows_its_seams_where_the_truth_says(board):
    canvas = board_canvas(board, 4.0, tiled="A4", rng=np.random.default_rng(3))
    sheets = {sheet.label: sheet for sheet in canvas.sheets}
    assert len(sheets) == 25
    for sheet in canvas.sheets:
        assert 1.0 <= math.hypot(*sheet.offset_mm) <= 2.0 and abs(sheet.rotation_deg) <= 0.3
    # the right edge of the cell "resultaten nabespreken" (x 701.2) crosses the seam between sheets A3 and B3
    # (y 183), far from the sheets' own markers
    gray = cv2.cvtColor(canvas.image, cv2.COLOR_BGR2GRAY).astype(np.float32)
    to_px = canvas.mm_to_px()
    x_line = board.zone("resultaten-nabespreken").rect.right

    def line_x(sheet, y_mm: float) -> tuple[float, float]:
        expected = sheet.place([(x_line, y_mm)])[0]
        row = int(round(to_px[1, 1] * expected[1] + to_px[1, 2]))
        left = int(round(to_px[0, 0] * (expected[0] - 3) + to_px[0, 2]))
        strip = gray[row - 2 : row + 3, left : left + int(6 * 4.0)].mean(axis=0)
        measured = (left + float(np.argmin(strip)) - to_px[0, 2]) / to_px[0, 0]
        return measured, float(expected[0])

    above, above_expected = line_x(sheets["A3"], 179.0)
    below, below_expected = line_x(sheets["B3"], 195.0)
    assert abs(above - above_expected) < 0.5 and abs(below - below_expected) < 0.5
    assert abs(below - above) > 0.5, "the line jumps at the seam"


def test_tiled_photo_records_its_sheets(board, photo_cache):
    photo = cached_photo(photo_cache, board, PhotoSpec(seed=47, megapixels=1.0, tiled="A4", notes_per_zone=(0, 1)))
    sheets = photo.truth_json(board)["sheets"]
    assert len(sheets) == 25 and all(1.0 <= math.hypot(*s["offset_mm"]) <= 2.0 for s in sheets)
    assert len(_marker_ids(_decode(photo))) > 20  # the sheets' own markers are printed too


def test_hard_dots_touch_overlap_and_sit_on_edges_and_own_hue_notes(board):
    style = FillStyle(dots_per_kind=(3, 7), dot_sizes_mm=(14.0,), hard_dots=True, note_colors=DOT_HUE_NOTES)
    filled = fill_board(board, np.random.default_rng(5), style)
    dots = filled.dots
    gaps = [
        math.hypot(a.x_mm - b.x_mm, a.y_mm - b.y_mm) - (a.diameter_mm + b.diameter_mm) / 2
        for i, a in enumerate(dots)
        for b in dots[i + 1 :]
    ]
    assert sum(g < -1.0 for g in gaps) >= 5, "overlapping dots"
    assert sum(-1.0 <= g <= 0.5 for g in gaps) >= 3, "touching dots"
    assert min(gaps) >= -0.31 * 14.0, "but every dot shows most of itself"

    def edge_distance(note: TruthNote, x: float, y: float) -> float:
        return cv2.pointPolygonTest(note.corners().astype(np.float32).reshape(-1, 1, 2), (x, y), True)

    on_edge = [
        d for d in dots if any(abs(edge_distance(n, d.x_mm, d.y_mm)) < 0.4 * d.diameter_mm for n in filled.notes)
    ]
    same_hue = [
        d
        for d in dots
        if any(
            edge_distance(n, d.x_mm, d.y_mm) > d.diameter_mm / 2 and _same_hue(d.color, n.color) for n in filled.notes
        )
    ]
    assert len(on_edge) >= 5 and len(same_hue) >= 5


def test_tidy_dots_keep_apart_and_clear_of_note_edges(board):
    filled = fill_board(board, np.random.default_rng(5), FillStyle(dots_per_kind=(3, 7), dot_sizes_mm=(14.0,)))
    for i, a in enumerate(filled.dots):
        assert all(math.hypot(a.x_mm - b.x_mm, a.y_mm - b.y_mm) >= 14.0 for b in filled.dots[i + 1 :])


def test_rotated_curled_and_overlapping_notes(quadrants):
    style = FillStyle(notes_per_zone=(5, 9), rotation_deg=20.0, curled_share=0.5, dense=True, min_visible=0.45)
    filled = fill_board(quadrants, np.random.default_rng(6), style)
    notes = filled.notes
    assert max(abs(n.angle_deg) for n in notes) > 15 and all(abs(n.angle_deg) <= 40 for n in notes)
    assert 0.25 <= sum(n.curl_mm > 0 for n in notes) / len(notes) <= 0.75
    masks = []
    for note in notes:
        mask = np.zeros((700, 900), np.uint8)
        cv2.fillConvexPoly(mask, np.round(note.corners()).astype(np.int32), 1)
        masks.append(mask.astype(bool))
    overlapping = sum((masks[i] & masks[j]).sum() > 50 for i in range(len(notes)) for j in range(i))
    assert overlapping >= 4
    for i, note in enumerate(notes):  # every note keeps its centre in view: later notes lie on top
        cx, cy = round(note.x_mm), round(note.y_mm)
        assert not any(masks[j][cy, cx] for j in range(i + 1, len(notes)))


def test_dense_quadrants_have_5_to_11_notes_some_touching(quadrants):
    style = FillStyle(notes_per_zone=(5, 11), dense=True, rotation_deg=10.0)
    filled = fill_board(quadrants, np.random.default_rng(7), style)
    per_zone = {zone.id: sum(n.zone_id == zone.id for n in filled.notes) for zone in quadrants.zones}
    assert all(5 <= count <= 11 for count in per_zone.values()), per_zone
    assert sum(per_zone.values()) >= 28

    def apart(a: TruthNote, b: TruthNote) -> float:
        poly = b.corners().astype(np.float32).reshape(-1, 1, 2)
        return min(abs(cv2.pointPolygonTest(poly, tuple(map(float, p)), True)) for p in a.corners())

    touching = sum(
        apart(a, b) < 1.5 for i, a in enumerate(filled.notes) for b in filled.notes[i + 1 :] if a.zone_id == b.zone_id
    )
    assert touching >= 3


def test_other_note_sizes(quadrants):
    filled = fill_board(
        quadrants, np.random.default_rng(8), FillStyle(notes_per_zone=(3, 5), note_sizes_mm=OTHER_NOTE_SIZES_MM)
    )
    sizes = {(n.width_mm, n.height_mm) for n in filled.notes}
    assert {(127.0, 76.0), (76.0, 127.0), (51.0, 51.0)} <= sizes


def test_marker_handwriting_reaches_and_crosses_the_edges():
    rng = np.random.default_rng(9)
    crossing = 0
    for _ in range(20):
        note = TruthNote(0, 0, 76, 76, 0, "yellow", "z", "")
        strokes = marker_strokes(note, rng)
        points = np.vstack([points for points, _ in strokes])
        assert all(1.2 <= thickness <= 3.6 for _, thickness in strokes)
        assert points[:, 0].max() > 30 and points[:, 0].min() < -25  # rows run to the edges
        crossing += any(p[:, 0].min() < -38 and p[:, 0].max() > 38 for p, _ in strokes)
    assert crossing >= 3  # a line right across the note, past both edges
    for _ in range(10):  # a scribble stays inside
        note = TruthNote(0, 0, 76, 76, 0, "yellow", "z", "")
        points = np.vstack([points for points, _ in marker_strokes(note, rng, heavy=False)])
        assert np.abs(points).max() < 38


def test_phone_photo_is_blurred_noisy_and_small(board, photo_cache):
    base = PhotoSpec(seed=48, megapixels=3.0, min_tilt_deg=35.0, max_tilt_deg=45.0, jpeg_quality=70)
    sharp = cached_photo(photo_cache, board, base)
    shaky = cached_photo(photo_cache, board, PhotoSpec(**{**base.__dict__, "motion_blur_px": (6.0, 6.0)}))
    assert sharp.size == (2000, 1504)
    assert len(shaky.jpeg) < 0.9 * len(sharp.jpeg)

    def sharpness(photo) -> float:
        return float(cv2.Laplacian(cv2.cvtColor(_decode(photo), cv2.COLOR_BGR2GRAY), cv2.CV_32F).var())

    assert sharpness(shaky) < 0.7 * sharpness(sharp)
    # 35–45° off-axis: the board's far edge looks clearly shorter than its near edge
    tl, tr, br, bl = (np.array(p) for p in sharp.board_corners_px(board))
    sides = sorted([np.linalg.norm(tr - tl), np.linalg.norm(br - bl), np.linalg.norm(bl - tl), np.linalg.norm(br - tr)])
    ratios = [np.linalg.norm(tr - tl) / np.linalg.norm(br - bl), np.linalg.norm(bl - tl) / np.linalg.norm(br - tr)]
    assert max(max(r, 1 / r) for r in ratios) > 1.25, sides


def test_every_condition_makes_a_spec_and_seeds_vary():
    for condition in CONDITIONS:
        for index in range(2):
            board_id, spec = condition_spec(condition.name, index, seed=1)
            assert board_id in condition.boards
            assert spec.seed == condition_spec(condition.name, index, seed=1)[1].seed
            assert spec.seed != condition_spec(condition.name, index, seed=2)[1].seed
    _, combined = condition_spec("combined", 0, seed=1)
    assert combined.glare and combined.hard_dots and combined.handwriting == "marker"
    assert combined.megapixels == 12.0 and combined.jpeg_quality == 70 and combined.min_tilt_deg == 35.0
    assert combined.covered_markers + combined.markers_outside >= 1
