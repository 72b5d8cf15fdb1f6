"""A batch of dot stickers can be printed as pale as the notes of their hue, and as saturated: the colours take
them for the note's colour. On the note (or against it) such a dot is still a darker disc, no greyer than the
note, with a step up in brightness all round its edge: it is counted. The note's shade and the blur of
writing on it are darker too, but greyer than the note; a shaded band has no edge along itself."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.dots import _with_body, _with_more_pale_parts, _with_pale_parts, detect_dots
from boards.capture.segment import components8
from tests.boards.capture.synthetic import KRAFT_BGR, green_dots_and_note, note_class_of, note_with_shaded_band

PPM = 1.5
NOTE_BGR = (113, 177, 138)  # a pastel green pad as a photo showed it
DOT_BGR = (60, 150, 75)  # the green dots of a pale batch: darker than the pad, no less saturated
LONE_DOT_BGR = (60, 160, 70)


def _mm(value: float) -> int:
    return int(round(value * PPM))


def _scene() -> tuple:
    """Labels of kraft paper, three lone green dots and a green note (``palette, labels, image``): the photo's
    colours to go with them."""
    palette, green, labels = green_dots_and_note(PPM)
    note = note_class_of(palette, "green")
    image = np.empty((*labels.shape, 3), np.uint8)
    image[:] = KRAFT_BGR
    image[labels == green] = LONE_DOT_BGR
    image[labels == note] = NOTE_BGR
    return palette, labels, image


def _green_near(palette, labels: np.ndarray, image: np.ndarray, x_mm: float, y_mm: float, colours: bool = True) -> list:
    """The green dots found near (x_mm, y_mm); ``colours`` False: from the classes and brightness alone."""
    blurred = cv2.GaussianBlur(image, (0, 0), 1.0)
    gray = cv2.cvtColor(blurred, cv2.COLOR_BGR2GRAY)
    found = detect_dots(
        labels, np.ones(labels.shape, bool), palette, PPM, gray=gray, image=blurred if colours else None
    )
    return [
        dot
        for dot in found
        if dot.kind == "werkplezier" and abs(dot.center[0] - x_mm) < 4 and abs(dot.center[1] - y_mm) < 4
    ]


def test_a_darker_dot_taken_for_the_note_colour_is_counted():
    palette, labels, image = _scene()
    # a dot on the note that the colours took for the note's green: only the photo shows it
    cv2.circle(image, (_mm(188), _mm(98)), _mm(6), DOT_BGR, -1, cv2.LINE_AA)
    assert len(_green_near(palette, labels, image, 188, 98)) == 1
    assert not _green_near(palette, labels, image, 188, 98, colours=False)  # (by the classes alone: none)


def test_two_darker_dots_side_by_side_are_two():
    palette, labels, image = _scene()
    for x in (172, 200):
        cv2.circle(image, (_mm(x), _mm(90)), _mm(6), DOT_BGR, -1, cv2.LINE_AA)
    assert len(_green_near(palette, labels, image, 172, 90)) == 1
    assert len(_green_near(palette, labels, image, 200, 90)) == 1


def test_a_shaded_spot_of_the_note_is_no_dot():
    palette, labels, image = _scene()
    # as dark as the dot, but the note's own colour in shade: greyer, not more pigment
    shade = tuple(int(round(0.72 * value)) for value in NOTE_BGR)
    cv2.circle(image, (_mm(188), _mm(98)), _mm(6), shade, -1, cv2.LINE_AA)
    assert not _green_near(palette, labels, image, 188, 98)


def test_a_darker_band_along_the_note_is_no_row_of_dots():
    palette, labels, image = _scene()
    # a darker, saturated band across the whole note (a curled end lit from the side): no edge along itself
    cv2.rectangle(image, (_mm(150), _mm(120)), (_mm(226), _mm(132)), DOT_BGR, -1)
    assert not _green_near(palette, labels, image, 188, 126)
    assert not _green_near(palette, labels, image, 165, 126)


def test_a_darker_pad_of_the_hue_on_the_note_gives_no_dots():
    palette, labels, image = _scene()
    # a neon green pad (38 mm of it showing) on the pastel one, classed as the note's green: darker all over, a
    # note's body, not dots at its corners
    cv2.rectangle(image, (_mm(165), _mm(75)), (_mm(203), _mm(113)), DOT_BGR, -1)
    for x, y in ((170, 80), (198, 80), (170, 108), (198, 108)):
        assert not _green_near(palette, labels, image, x, y)


def _ring_scene(band: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Brightness of a note (170) with a darker disc (120) of 12 mm at (60, 60) px, with ``band`` in a band as dark
    running right across the note (a shaded strip, not a sticker); the darker pixels; no other dot."""
    gray = np.full((120, 160), 170, np.uint8)
    cv2.circle(gray, (60, 60), _mm(6), 120, -1)
    if band:  # (a little wider than the disc, right across: to its left and right no step up)
        gray[60 - _mm(8) : 60 + _mm(8), :] = 120
    taken = gray < 150
    return gray, taken, np.zeros(gray.shape, np.uint8)


def test_a_darker_disc_needs_a_step_up_round_its_edge():
    from boards.capture.dots import _ringed

    gray, taken, no_dots = _ring_scene(band=False)
    assert _ringed(gray, taken, no_dots, (60.0, 60.0), _mm(6))
    gray, taken, no_dots = _ring_scene(band=True)
    assert not _ringed(gray, taken, no_dots, (60.0, 60.0), _mm(6))


def _blobs(seed: int, shape: tuple[int, int], count: int, largest: int) -> np.ndarray:
    """A mask (bool) of ``count`` random discs and squares up to ``largest`` px wide (seeded)."""
    rng = np.random.default_rng(seed)
    mask = np.zeros(shape, np.uint8)
    for _ in range(count):
        x, y = int(rng.integers(0, shape[1])), int(rng.integers(0, shape[0]))
        size = int(rng.integers(3, largest))
        if rng.random() < 0.5:
            cv2.circle(mask, (x, y), size // 2, 1, -1)
        else:
            cv2.rectangle(mask, (x, y), (x + size, y + size // 2), 1, -1)
    return mask > 0


def test_pale_parts_worked_out_again_only_where_pixels_were_added_are_the_same():
    for seed in range(6):
        dot = _blobs(seed, (300, 400), 60, 30)
        note = _blobs(seed + 100, (300, 400), 40, 40) & ~dot
        added = note & _blobs(seed + 200, (300, 400), 30, 20)
        pieces = components8((dot | note).view(np.uint8))
        before = _with_pale_parts(dot, note, PPM, pieces)
        assert np.array_equal(before, _with_pale_parts(dot, note, PPM))
        fast = _with_more_pale_parts(before, dot, added, pieces, PPM)
        assert np.array_equal(fast, _with_pale_parts(dot | added, note, PPM))


def test_a_body_found_in_a_window_round_each_piece_is_the_one_of_the_whole_distance_transform():
    for seed in range(6):
        mask = _blobs(seed, (300, 400), 50, 90).view(np.uint8)
        regions = components8(mask)
        count, parts, _, _ = regions
        which = np.ones(count, bool)
        for reach in (5.0, 18.0, 30.5):
            body = cv2.distanceTransform(mask, cv2.DIST_L2, 5) >= reach
            whole = np.zeros(count, bool)
            whole[parts[body]] = True
            whole[0] = False
            assert np.array_equal(_with_body(mask, regions, which, reach), whole)


def test_a_darker_disc_in_a_shade_as_dark_counts_where_its_hue_is_its_own():
    from boards.capture.dots import _darker_dots

    # a disc as dark as the shaded band it lies in (a curled note's lower part): no step up round it, so its hue
    # decides (``own_hue``)
    gray, _, no_dots = _ring_scene(band=True)
    taken = np.zeros(gray.shape, bool)
    cv2.circle(taken.view(np.uint8), (60, 60), _mm(6), 1, -1)
    args = (taken.astype(np.uint8), taken, no_dots, gray, _mm(6), _mm(3), [], PPM)
    assert not _darker_dots(*args, lambda centre, radius: False)
    (dot,) = _darker_dots(*args, lambda centre, radius: True)
    assert abs(dot[0][0] - 60) < 2 and abs(dot[0][1] - 60) < 2


def test_a_disc_of_a_hue_of_its_own_in_a_note_s_shade_is_a_sticker_and_the_shade_is_not():
    from boards.capture.dots import _own_hue

    shade_bgr = tuple(int(round(0.7 * value)) for value in NOTE_BGR)
    sticker_bgr = (50, 112, 47)  # (the dots' green in that shade: some degrees of hue from the note's)
    image, note, note_hue = note_with_shaded_band(NOTE_BGR, shade_bgr)
    assert not _own_hue(image, note, note_hue, (60.0, 92.0), 9.0)  # (the shade itself)
    cv2.circle(image, (60, 92), 10, sticker_bgr, -1)
    assert _own_hue(image, note, note_hue, (60.0, 92.0), 9.0)
    assert not _own_hue(image, np.zeros_like(note), note_hue, (60.0, 92.0), 9.0)  # (no note round it: not judged)
