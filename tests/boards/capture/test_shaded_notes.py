"""A note's own shade is that note: the darkened, curled lower part of a note keeps its class."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.segment import (
    PAPER,
    WHITE_PAPER_BGR,
    build_palette,
    classify,
    give_shade,
    outside_shadow_bands,
    quantised_index,
    shade_table,
    shaded_notes,
    shaded_parts,
)
from boards.colors import hex_to_rgb, note_color
from boards.templates import load_template

PPM = 1.5


def _bgr(hex_color: str) -> np.ndarray:
    r, g, b = hex_to_rgb(hex_color)
    return np.array([b, g, r], np.float32)


def _scene():
    """White paper (px at PPM) with a yellow note whose lower half darkens to half its brightness (a curl),
    a dot of the board's first kind in its lower part, and below it two flat yellow notes side by side, the
    left one's cast shadow a 3 mm band along the right one's edge."""
    board = load_template("procesplaat-1")
    palette = build_palette(board, WHITE_PAPER_BGR)
    image = np.zeros((260, 260, 3), np.float32)
    image[:] = WHITE_PAPER_BGR
    yellow = _bgr(note_color("yellow").hex)
    top, bottom = int(20 * PPM), int(96 * PPM)
    rows = np.arange(top, bottom)
    v = (rows - top) / (bottom - top)
    shade = 1 - 0.5 * np.clip((v - 0.5) / 0.5, 0, 1) ** 1.6
    left, right = int(30 * PPM), int(106 * PPM)
    image[top:bottom, left:right] = yellow[None, None, :] * shade[:, None, None]
    low = bottom + int(6 * PPM)
    image[low : low + int(60 * PPM), left : left + int(150 * PPM)] = yellow
    seam = left + int(76 * PPM)
    image[low : low + int(60 * PPM), seam : seam + int(3 * PPM)] = yellow * 0.6
    dot_kind = next(iter(palette.dot_kinds))
    dot_colour = np.array(palette.colors_bgr[palette.classes.index(dot_kind)], np.float32)
    cv2.circle(image, (int(60 * PPM), int(85 * PPM)), int(6 * PPM), dot_colour.tolist(), -1)
    image = np.clip(image, 0, 255).astype(np.uint8)
    labels = classify(image, palette)
    return image, labels, palette, (top, bottom, left, right, low, seam), dot_kind


def test_a_curled_notes_dark_lower_part_is_that_note():
    image, labels, palette, (_, bottom, left, *_), _ = _scene()
    yellow = next(k for k, c in palette.note_colors.items() if c == "yellow")
    # (its last few mm against lighter paper look like a narrow dark band, and may stay out)
    lower = (slice(bottom - int(12 * PPM), bottom - int(4 * PPM)), slice(left + 3, left + int(20 * PPM)))
    assert (labels[lower] == yellow).mean() < 0.5  # the nearest colour there is another one
    shaded_notes(image, labels, palette, PPM)
    assert (labels[lower] == yellow).mean() > 0.95


def test_paper_dots_and_a_cast_shadow_band_keep_their_class():
    image, labels, palette, (top, bottom, left, right, low, seam), dot_kind = _scene()
    yellow = next(k for k, c in palette.note_colors.items() if c == "yellow")
    before = labels.copy()
    shaded_notes(image, labels, palette, PPM)
    outside = np.ones(labels.shape, bool)
    outside[top:bottom, left:right] = False
    assert (labels[outside] == before[outside]).all()
    assert (labels[outside & (before == PAPER)] == PAPER).all()
    dot = (slice(int(82 * PPM), int(88 * PPM)), slice(int(57 * PPM), int(63 * PPM)))
    assert (labels[dot] == dot_kind).all()
    band = (slice(low + int(5 * PPM), low + int(55 * PPM)), slice(seam + 1, seam + int(3 * PPM) - 1))
    assert (labels[band] == before[band]).all() and (before[band] != yellow).all()


def _plain_shaded_notes(image, labels, palette, px_per_mm) -> None:
    """``shaded_notes`` with plain numpy masks, as first written."""
    from boards.capture.segment import (
        SHADED_MIN_MM2,
        SHADOW_BAND_DEPTH,
        SHADOW_BAND_MM,
        quantised_index,
    )

    shade = _plain_shade_table(palette)[quantised_index(image)]
    size = max(3, int(round(SHADOW_BAND_MM * px_per_mm)) | 1)
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    band = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    shade[band > SHADOW_BAND_DEPTH] = 0
    _, parts, stats, _ = cv2.connectedComponentsWithStats((shade > 0).view(np.uint8), connectivity=8)
    height, width = labels.shape
    for index in np.flatnonzero(stats[:, 4] >= SHADED_MIN_MM2 * px_per_mm * px_per_mm):
        if index == 0:
            continue
        x, y, w, h, _ = stats[index]
        window = (slice(max(0, y - 1), min(height, y + h + 1)), slice(max(0, x - 1), min(width, x + w + 1)))
        mine = parts[window] == index
        klass = int(np.bincount(shade[window][mine]).argmax())
        if (cv2.dilate(mine.view(np.uint8), np.ones((3, 3), np.uint8)).view(bool) & (labels[window] == klass)).any():
            labels[window][mine & (shade[window] == klass)] = klass


def test_the_same_pixels_change_as_with_plain_masks():
    image, _, palette, *_ = _scene()
    rng = np.random.default_rng(3)
    for noise in (0.0, 3.0, 6.0):
        noisy = np.clip(image + rng.normal(0, noise, image.shape), 0, 255).astype(np.uint8)
        fast, plain = classify(noisy, palette), classify(noisy, palette)
        before = fast.copy()
        shaded_notes(noisy, fast, palette, PPM)
        _plain_shaded_notes(noisy, plain, palette, PPM)
        assert np.array_equal(fast, plain)
        assert (fast != before).any()
        # the table and the shadow bands worked out beforehand (as capture does, on its worker thread)
        given = before.copy()
        unbanded = outside_shadow_bands(cv2.cvtColor(noisy, cv2.COLOR_BGR2GRAY), PPM)
        shaded_notes(noisy, given, palette, PPM, quantised_index(noisy), shade_table(palette), unbanded)
        assert np.array_equal(given, plain)
        # its parts found before the classes are settled (as capture does, on its worker thread), then given
        parts = before.copy()
        give_shade(parts, shaded_parts(quantised_index(noisy), shade_table(palette), unbanded), PPM)
        assert np.array_equal(parts, plain)


def _plain_shade_table(palette) -> np.ndarray:
    """``shade_table`` over all colours for every note colour, as first written."""
    from boards.capture.segment import SHADED_CHROMA, SHADED_LIGHT, _cube

    cube, _ = _cube()
    brightness = cube.sum(axis=1) + 1.0
    chroma = cube[:, :2] / brightness[:, None]
    labels = palette.lut()
    references = {
        klass: np.array(palette.colors_bgr[palette.classes.index(klass)], np.float64)
        for klass in (*palette.note_colors, PAPER)
        if klass in palette.classes
    }
    refs = {klass: colour[:2] / (colour.sum() + 1.0) for klass, colour in references.items()}
    own = np.full(len(cube), np.inf)
    for klass, ref in refs.items():
        mine = labels == klass
        own[mine] = np.hypot(*(chroma[mine] - ref).T)
    table = np.zeros(len(cube), np.uint8)
    best = np.full(len(cube), SHADED_CHROMA)
    for klass in palette.note_colors:
        if PAPER in refs and float(np.hypot(*(refs[klass] - refs[PAPER]))) < 2 * SHADED_CHROMA:
            continue
        full = float(references[klass].sum())
        distance = np.hypot(*(chroma - refs[klass]).T)
        shade = (
            (labels != klass)
            & (distance < best)
            & (distance < own)
            & (brightness > SHADED_LIGHT[0] * full)
            & (brightness < SHADED_LIGHT[1] * full)
        )
        table[shade] = klass
        best[shade] = distance[shade]
    table[np.isin(labels, [PAPER, *palette.dot_kinds])] = 0
    return table


def test_the_shade_table_is_the_plain_one_for_white_and_brown_paper():
    for template in ("procesplaat-1", "ideeen-genereren"):
        board = load_template(template)
        for paper in (WHITE_PAPER_BGR, (96, 140, 176), (200, 215, 225)):
            palette = build_palette(board, paper)
            table = shade_table(palette)
            assert np.array_equal(table, _plain_shade_table(palette))
            assert table.any()
