"""The faster ways capture computes things give the same numbers as the plain operations they replace."""

from __future__ import annotations

import copy
import itertools
import pickle

import cv2
import numpy as np
import pytest

from boards.capture.notes.measuring import BARE, DEEP, LINE, NEAR, OTHER, OWN, SEEN, Region, _probe
from boards.capture.segment import (
    _hue,
    _median_bytes,
    _median_floats,
    _piece_in,
    _reach_box,
    _reached,
    _rows_times,
    channel_max,
    channel_min,
    channel_norm,
    channel_sum,
    components8,
    looked_up,
    quantised_index,
)
from tests.boards.capture.synthetic import note_class_of


def _blobs(seed: int) -> np.ndarray:
    """Blobs of all sizes, touching along edges, at corners only, and apart."""
    rng = np.random.default_rng(seed)
    mask = (rng.random((300, 400)) > 0.55).astype(np.uint8)
    return cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))


def test_grana_components_number_them_as_opencvs_default_does():
    for seed in range(3):
        mask = _blobs(seed)
        count, labels, stats, centroids = components8(mask)
        expected_count, expected_labels, expected_stats, expected_centroids = cv2.connectedComponentsWithStats(
            mask, connectivity=8
        )
        assert count == expected_count > 100
        # the same numbering: every loop over the components visits them in the same order
        assert np.array_equal(labels, expected_labels)
        assert np.array_equal(stats, expected_stats)
        assert np.array_equal(centroids, expected_centroids)


def test_a_tall_product_in_blocks_of_rows_is_the_same_numbers():
    rng = np.random.default_rng(7)
    # (the palette's 32768 colours × references; the paper/white split of a light grid, both ways)
    for dtype, rows, inner, columns in ((np.float32, 32768, 3, 22), (np.float64, 5003, 3, 2), (np.float64, 5003, 2, 3)):
        a = (rng.random((rows, inner)) * 200).astype(dtype)
        b = rng.random((inner, columns)).astype(dtype)
        assert np.array_equal(_rows_times(a, b), a @ b)


def test_a_regions_maps_are_looked_up_together_and_nothing_outside_it():
    shape = (10, 12)
    own, paper, near, inside, others, lines = (np.zeros(shape, bool) for _ in range(6))
    own[2:8, 3:9] = True
    inside[4:6, 5:7] = True
    near[2, 3:9] = True
    paper[0, :] = True
    others[9, 11] = True
    lines[5, :] = True
    region = Region(np.zeros(2), own, paper, near, inside, others, lines)
    x = np.array([3, 5, 0, 11, 0, -1, 12, 4, 500])
    y = np.array([2, 4, 0, 9, 5, 5, 3, -1, -400])
    values = _probe(region.bits(), np.column_stack([x, y]))
    assert values.tolist() == [
        SEEN | OWN | NEAR,
        SEEN | OWN | DEEP,
        SEEN | BARE,
        SEEN | OTHER,
        SEEN | LINE,
        0,  # outside the region's window: not even SEEN
        0,
        0,
        0,
    ]


def test_a_table_over_the_quantised_colours_is_looked_up_as_plain_indexing_does():
    rng = np.random.default_rng(11)
    table = rng.integers(0, 256, 32768).astype(np.uint8)
    image = rng.integers(0, 256, (240, 320, 3)).astype(np.uint8)
    image[0, :3] = [(0, 0, 0), (255, 255, 255), (7, 255, 8)]  # the first and last colours, and one between
    index = quantised_index(image)
    assert index.dtype == np.uint16 and index.min() == 0 and index.max() == 32767
    found = looked_up(table, index)
    assert found.dtype == table.dtype and found.flags.c_contiguous
    assert np.array_equal(found, table[index])


def test_notes_found_with_the_smoothed_gray_given_are_those_found_without(board, brown_photo, monkeypatch):
    import boards.capture.pipeline as pipeline
    from boards.capture import capture_photos
    from boards.capture.notes.search import detect_notes

    calls = []

    def recording(*args, **kwargs):
        found = detect_notes(*args, **kwargs)
        calls.append((args, kwargs, found))
        return [copy.copy(blob) for blob in found]

    monkeypatch.setattr(pipeline, "detect_notes", recording)
    capture_photos([brown_photo.jpeg], board)
    (args, kwargs, given), *_ = calls
    assert kwargs["smooth"] is not None and given
    plain = detect_notes(*args, **{**kwargs, "smooth": None})
    # (every field, arrays in them too, byte for byte)
    assert [pickle.dumps(vars(blob)) for blob in plain] == [pickle.dumps(vars(blob)) for blob in given]


def test_repeating_the_coarse_regions_twice_each_way_is_the_kronecker_product():
    for seed, shape in ((0, (37, 51)), (1, (1, 1)), (2, (2, 9))):
        coarse = (np.random.default_rng(seed).random(shape) > 0.5).astype(np.uint8)
        fine = coarse.repeat(2, 0).repeat(2, 1)
        expected = np.kron(coarse, np.ones((2, 2), np.uint8))
        assert fine.dtype == expected.dtype and np.array_equal(fine, expected)


def test_a_dots_area_measured_when_first_needed_is_that_of_the_labels_before_settling():
    from boards.capture.segment import _Pair, _single_dot_area

    labels = np.zeros((200, 300), np.uint8)
    for x in (30, 80, 130):
        cv2.circle(labels, (x, 60), 10, 5, -1)
    pair = _Pair(5, 6, 40.0, 50.0, labels == 5, 1.5)
    before = _single_dot_area(labels == 5, 1.5)
    labels[:] = 6  # settling relabels pixels in place before the area is first asked for
    assert pair.disc_area == before
    assert _single_dot_area(labels == 5, 1.5) != before


def test_classes_by_a_lookup_table_are_the_masks_compared_and_combined():
    from boards.capture.segment import INK, NONE, PAPER, WHITE, _of_classes

    labels = np.random.default_rng(3).integers(0, 12, (97, 131), dtype=np.uint8)
    labels[0, :3] = (255, 11, 0)  # (the table covers every byte)
    dot, note = 5, 9
    colour = (labels == dot) | (labels == note)
    on_board = (labels != PAPER) & (labels != WHITE)
    assert np.array_equal(_of_classes(labels, (dot, note)).view(bool), colour)
    assert np.array_equal(
        _of_classes(labels, (PAPER, WHITE, dot, note), but=True), (on_board & ~colour).astype(np.uint8)
    )
    dark = (labels == INK) | (labels == NONE)
    assert np.array_equal(_of_classes(labels, (dot, note, INK, NONE)), (colour | dark).astype(np.uint8))
    assert _of_classes(labels, (dot,)).dtype == np.uint8 and _of_classes(labels, (dot,)).shape == labels.shape


def test_sums_and_extremes_over_three_channels_are_numpys_reductions():
    rng = np.random.default_rng(11)
    # (values of every size, so the order of the additions shows in the last bits)
    scales = rng.choice([1e-3, 1.0, 255.0, 1e6], (400, 500, 3))
    for dtype in (np.float32, np.float64):
        pixels = (rng.standard_normal((400, 500, 3)) * scales).astype(dtype)
        assert np.array_equal(channel_sum(pixels), pixels.sum(axis=2))
        assert np.array_equal(channel_sum(pixels) / 3, pixels.mean(axis=2))
        assert np.array_equal(channel_norm(pixels), np.linalg.norm(pixels, axis=2))
        flat = pixels.reshape(-1, 3)
        assert np.array_equal(channel_norm(flat), np.linalg.norm(flat, axis=1))
        assert np.array_equal(channel_max(pixels), pixels.max(axis=2))
        assert channel_sum(pixels).dtype == pixels.sum(axis=2).dtype
    image = rng.integers(0, 256, (400, 500, 3), dtype=np.uint8)
    assert np.array_equal(channel_min(image), image.min(axis=2))
    assert np.array_equal(channel_max(image), image.max(axis=2))


def test_the_quantised_index_is_the_five_bits_of_each_channel_in_place():
    rng = np.random.default_rng(5)
    image = rng.integers(0, 256, (300, 400, 3)).astype(np.uint8)
    image[0, :256] = np.arange(256)[:, None]  # every value in every channel
    quantised = (image >> 3).astype(np.uint16)
    expected = (quantised[..., 0] << 10) | (quantised[..., 1] << 5) | quantised[..., 2]
    index = quantised_index(image)
    assert index.dtype == np.uint16 and np.array_equal(index, expected)
    view = image[10:200, 5:300]  # (a view of a larger image, as the analysed part of the rectified board is)
    assert np.array_equal(quantised_index(view), expected[10:200, 5:300])


def test_opening_and_closing_by_erosion_and_dilation_are_morphologyexs():
    from boards.capture.segment import _closed, _opened, disk

    rng = np.random.default_rng(5)
    masks = [_blobs(7), (rng.random((41, 3)) > 0.3).astype(np.uint8), np.ones((5, 5), np.uint8)]
    masks.append(rng.integers(0, 256, (60, 70), dtype=np.uint8))  # (levels, not only 0 and 1)
    for mask in masks:
        for kernel in (np.ones((3, 3), np.uint8), disk(9.0 / 2), disk(37.0 / 2)):
            assert np.array_equal(_opened(mask, kernel), cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel))
            assert np.array_equal(_closed(mask, kernel), cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel))


def _green_note_board(with_dots: bool):
    """A green note (with dots of the green dot colour on it, or with a few dot-coloured specks as light as
    the note) on white paper, classed, as ``notes_in_dot_colours`` gets it."""
    from boards.capture.segment import WHITE_PAPER_BGR, build_palette, classify
    from boards.templates import load_template

    palette = build_palette(load_template("procesplaat-1"), WHITE_PAPER_BGR)
    note_class = note_class_of(palette, "green")
    dot_class = next(klass for klass, kind in palette.dot_kinds.items() if kind == "werkplezier")
    note, dot = (112, 183, 149), (75, 141, 86)  # (a dim photo's: the two close together)
    palette.colors_bgr[palette.classes.index(note_class)] = note
    palette.colors_bgr[palette.classes.index(dot_class)] = dot
    palette._lut = palette._nearest = None
    image = np.full((240, 320, 3), WHITE_PAPER_BGR, np.uint8)
    cv2.rectangle(image, (40, 40), (190, 190), note, -1)
    for x, y in ((80, 80), (140, 150), (250, 120)):  # (the last beside the note)
        cv2.circle(image, (x, y), 9, dot, -1)
    labels = classify(image, palette)
    if not with_dots:
        image = np.full((240, 320, 3), WHITE_PAPER_BGR, np.uint8)
        cv2.rectangle(image, (40, 40), (190, 190), note, -1)
        labels = classify(image, palette)
        labels[100:104, 60:64] = dot_class  # specks the colours took for the dot's, as light as the note
    return image, labels, palette, note_class, dot_class


def test_settling_notes_turns_only_the_two_colours_into_one_another_and_a_note_without_dots_wholly_to_its_own():
    # (what looking up the two colours and the stuck dots in each candidate's window relies on, and the
    # shortcut for a note with nothing darker on it: the plain way then relabels the same pixels)
    from boards.capture.segment import notes_in_dot_colours

    for with_dots in (True, False):
        image, labels, palette, note_class, dot_class = _green_note_board(with_dots)
        before = labels.copy()
        notes_in_dot_colours(image, labels, palette, 1.5)
        changed = labels != before
        pair = (note_class, dot_class)
        assert changed.any()
        assert np.isin(before[changed], pair).all() and np.isin(labels[changed], pair).all()
        if with_dots:
            assert labels[80, 80] == dot_class and labels[150, 140] == dot_class and labels[120, 250] == dot_class
        else:
            assert (labels[40:191, 40:191] == note_class).all()


def test_the_hazes_medians_and_pieces_are_the_plain_ones():
    """``notes_in_haze``'s counted and per-channel medians and its table of reached pieces are what
    ``np.median`` and ``np.isin`` give."""
    rng = np.random.default_rng(11)
    counts = set()
    for trial in range(40):
        height, width = rng.integers(1, 60, 2)
        image = rng.integers(0, 256, (height + 4, width + 6, 3)).astype(np.uint8)
        if trial % 3 == 0:  # (narrow spreads too: many equal numbers, the two middle ones often apart)
            image //= 64
        window = np.s_[2 : 2 + height, 3 : 3 + width]  # (a view into a larger image, as the step passes)
        mask = rng.random((height, width)) < rng.choice([0.02, 0.5, 0.97])
        mask.flat[rng.integers(0, mask.size)] = True
        median = _median_bytes(image[window], mask)
        assert np.array_equal(median, np.median(image[window][mask], axis=0))
        assert median.dtype == np.float64
        chroma = _hue(image)
        median = _median_floats(chroma[window], mask)
        expected = np.median(chroma[window][mask], axis=0)
        assert median.dtype == expected.dtype == np.float32
        assert np.array_equal(median, expected)
        counts.add(int(np.count_nonzero(mask)) % 2)
    for seed in range(3):
        blobs = _blobs(seed)
        mark = np.zeros(blobs.shape, bool)
        mark[rng.integers(0, blobs.shape[0], 40), rng.integers(0, blobs.shape[1], 40)] = True
        mark &= blobs > 0
        _, grown = cv2.connectedComponents(blobs, connectivity=8)
        reached = np.unique(grown[mark])
        expected = np.isin(grown, reached[reached > 0])
        assert expected.any() and not expected.all()
        assert np.array_equal(_reached(blobs, mark), expected)


def test_the_hazes_pieces_and_their_medians_in_their_own_boxes_are_those_of_the_whole_box():
    """``notes_in_haze`` makes a piece's mask in its own box alone (``_piece_in``) and takes its medians there: the
    same mask as comparing the numbers over the box around it (``_reach_box``), the same medians as over any window
    holding it; and the cosine to the paper's hue it takes from ``HazeHues`` is, window for window, what
    ``cv2.transform`` gives on the window (OpenCV works each pixel alone, whatever the window's width)."""
    rng = np.random.default_rng(12)
    image = rng.integers(0, 256, (300, 400, 3)).astype(np.uint8)
    chroma = _hue(cv2.GaussianBlur(image, (0, 0), 1.5))
    for seed in range(3):
        blobs = _blobs(seed)
        count, pieces, stats, _ = components8(blobs)
        for index in rng.choice(np.arange(1, count), 25):
            x, y, w, h, _ = stats[index]
            reach = int(rng.integers(0, 40))
            box = _reach_box((x, y, w, h), reach, pieces.shape)
            plain = np.s_[max(0, y - reach) : y + h + reach, max(0, x - reach) : x + w + reach]
            seed_mask = _piece_in(pieces, index, (x, y, w, h), box)
            assert np.array_equal(seed_mask, pieces[plain] == index)
            own = np.s_[y - box[0].start : y - box[0].start + h, x - box[1].start : x - box[1].start + w]
            assert np.array_equal(_median_bytes(image[box], seed_mask), _median_bytes(image[box][own], seed_mask[own]))
            assert np.array_equal(
                _median_floats(chroma[box], seed_mask), _median_floats(chroma[box][own], seed_mask[own])
            )
    paper_hue = np.array([-0.74, 0.07, 0.67], np.float32)
    whole = cv2.transform(chroma, paper_hue[None, :])
    for _ in range(200):
        y0, x0 = rng.integers(0, 299), rng.integers(0, 399)
        window = np.s_[y0 : rng.integers(y0 + 1, 301), x0 : rng.integers(x0 + 1, 401)]
        assert np.array_equal(cv2.transform(chroma[window], paper_hue[None, :]), whole[window])


def test_small_regions_with_a_dot_pixel_all_at_once_are_what_the_loop_over_them_gave():
    """``_small_regions_to_dots`` relabels what the loop over the regions, one window each, relabelled: every
    small region holding a pixel of the dot colour has its pixels of the two colours turned to it."""
    from boards.capture.segment import _of_classes, _small_regions_to_dots

    dot, note = 41, 13
    rng = np.random.default_rng(5)
    for seed in range(3):
        regions = _blobs(seed)
        # the two colours, other classes between them, and pixels no region holds
        labels = rng.choice(np.array([dot, note, note, note, 1, 2], np.uint8), regions.shape)
        count, components, stats, _ = components8(regions)
        small = stats[:, 4] < np.median(stats[1:, 4])
        expected = labels.copy()
        for index in range(1, count):
            x, y, w, h, _ = stats[index]
            part = expected[y : y + h, x : x + w]
            mine = (components[y : y + h, x : x + w] == index) & ((part == dot) | (part == note))
            if small[index] and (part[mine] == dot).any():
                part[mine] = dot
        before = labels.copy()
        colour = _of_classes(labels, (dot, note)).view(bool)
        _small_regions_to_dots(labels, colour, components, small, dot)
        assert np.array_equal(labels, expected)
        assert (labels != before).any()
        assert np.array_equal(labels[components == 0], before[components == 0])  # (outside every region: as it was)
        # (in place in a view of a larger array too, as a window of the board)
        larger = np.zeros((before.shape[0], before.shape[1] + 7), np.uint8)
        larger[:, 3:-4] = before
        _small_regions_to_dots(larger[:, 3:-4], colour, components, small, dot)
        assert np.array_equal(larger[:, 3:-4], expected)


def test_round_dot_sized_components_all_at_once_are_the_ones_picked_one_by_one():
    from boards.capture.dots import _single_radius
    from boards.capture.segment import round_and_dot_sized

    mask = np.zeros((400, 600), np.uint8)
    # discs of dot sizes and beyond, squares (too full), an ellipse (too long), and specks
    for index, radius in enumerate((3, 4, 5, 8, 12, 17, 18, 25)):
        cv2.circle(mask, (30 + 70 * index, 60), radius, 1, -1)
    cv2.rectangle(mask, (20, 150), (40, 170), 1, -1)
    cv2.ellipse(mask, (120, 160), (16, 9), 0, 0, 360, 1, -1)
    mask[300:400:7, 0:600:5] = 1
    components = components8(mask)
    _, _, stats, _ = components
    for ppm in (1.0, 1.5, 2.5):
        low, high = np.pi * (3.0 * ppm) ** 2, np.pi * (12.0 * ppm) ** 2
        expected = [
            index
            for index, (_, _, w, h, area) in enumerate(stats)
            if index > 0
            and low <= area <= high
            and abs(w - h) <= 0.2 * max(w, h)
            and 0.68 <= area / max(1, w * h) <= 0.86
        ]
        assert list(np.flatnonzero(round_and_dot_sized(stats, ppm))) == expected
        radius = _single_radius(components, ppm)
        assert len(expected) >= 2 and radius == float(np.median([np.sqrt(stats[i, 4] / np.pi) for i in expected]))


def test_the_markers_refits_made_once_place_points_as_made_for_each_set_of_points():
    """``_judge`` asks for the spread of the zones' corners and the notes' outlines at once, with the refits
    made on the worker: each point's spread is the one asked for alone."""
    from boards.capture.markers import MarkerFit, placement_refits, placement_spread

    rng = np.random.default_rng(2)
    target = np.array([[x, y] for x in (20.0, 600.0, 1160.0) for y in (20.0, 800.0)] * 2) + rng.random((12, 2))
    homography = np.array([[0.6, 0.05, 10.0], [-0.04, 0.62, 30.0], [1e-5, 2e-5, 1.0]])
    source = cv2.perspectiveTransform(target.reshape(-1, 1, 2), np.linalg.inv(homography)).reshape(-1, 2)
    fit = MarkerFit(homography, [1, 2, 3], [], 0.4, source=source + rng.normal(0, 0.7, source.shape), target=target)
    zones = rng.random((8, 2)) * (1189, 841)
    notes = rng.random((20, 2)) * (1189, 841)
    refits = placement_refits(fit)
    together = placement_spread(fit, np.concatenate([zones, notes]), refits)
    assert np.array_equal(together[:8], placement_spread(fit, zones))
    assert np.array_equal(together[8:], placement_spread(fit, notes))
    assert len(refits) == 32 and together.min() > 0


def test_the_second_pairs_masks_made_aside_settle_the_notes_as_made_in_turn():
    """The worker makes the second dot colour's masks (``written_regions_aside``) while the first pair is settled:
    the same notes and dots as making them in turn, and none made aside for a pair whose note colour a pair
    before it has (settling that one changes them)."""
    from concurrent.futures import ThreadPoolExecutor

    from boards.capture.segment import dot_note_pairs, notes_in_dot_colours, written_regions_aside

    image, labels, palette, note_class, dot_class = _green_note_board(True)
    red = next(klass for klass, kind in palette.dot_kinds.items() if kind == "werkdruk")
    (_, near_red, _, _), _ = dot_note_pairs(palette)  # (the note colour of the red dots' hue)
    labels[200:232, 20:120] = near_red  # (a note of that colour with a red dot on it, for the first pair to settle)
    cv2.circle(labels, (60, 215), 8, red, -1)
    assert [pair[:2] for pair in dot_note_pairs(palette)] == [(red, near_red), (dot_class, note_class)]
    in_turn = labels.copy()
    notes_in_dot_colours(image, in_turn, palette, 1.5)
    with ThreadPoolExecutor(1) as worker:
        ahead = written_regions_aside(labels, palette, 1.5, worker.submit)
        assert list(ahead) == [dot_class]
        notes_in_dot_colours(image, labels, palette, 1.5, ahead)
    assert (in_turn == dot_class).any() and np.array_equal(labels, in_turn)
    # both dot colours nearest the green note: the second pair's masks wait for the first to be settled
    palette.colors_bgr[palette.classes.index(red)] = palette.colors_bgr[palette.classes.index(dot_class)]
    assert [pair[1] for pair in dot_note_pairs(palette)] == [note_class, note_class]
    assert written_regions_aside(labels, palette, 1.5, lambda *args: pytest.fail("made aside")) == {}


def test_the_white_part_alone_is_the_white_part_of_the_whole_split():
    """The highlight of a light field is the white part g of splitting it into paper + white; it is worked out
    without the rest and the fit ``_paper_plus_white`` also gives (``_split_white``)."""
    from boards.capture.segment import _paper_plus_white, _split_white

    rng = np.random.default_rng(4)
    for shape in ((190, 277), (1, 5), (63, 41)):
        field = rng.random((*shape, 3)) * 300.0
        paper = np.array([95.0, 140.0, 178.0]) * rng.uniform(0.5, 1.2)
        white = _split_white(field, paper)[2][:, 1].reshape(shape).astype(np.float32)
        assert np.array_equal(white, _paper_plus_white(field, paper)[1])


def test_the_shade_beyond_all_sides_at_once_is_each_side_looked_at_alone():
    """``layers._shaded_sides`` lays every side's points as one side alone did (``np.isin`` of its dots' classes,
    ``np.mean`` of the shares), on sides of several lengths, reaching off the board, with two kinds of dots."""
    from boards.capture.notes.layers import SHADE_ACROSS, SHADE_ALONG, SHADE_FROM_MM, SHADE_TO_MM, _shaded_sides

    rng = np.random.default_rng(9)
    ppm = 1.5
    labels = rng.integers(0, 12, (300, 420)).astype(np.uint8)
    labels[rng.random(labels.shape) < 0.6] = 3  # (mostly one class: sides with and without their shade)
    depths = np.arange(SHADE_FROM_MM, SHADE_TO_MM, 0.5)
    answers = set()
    for _ in range(20):
        count = int(rng.integers(1, 9))
        starts = [rng.uniform(-20.0, 300.0, 2) for _ in range(count)]
        angles = rng.uniform(0.0, 2 * np.pi, count)
        alongs = [np.array([np.cos(a), np.sin(a)]) for a in angles]
        outwards = [np.array([-np.sin(a), np.cos(a)]) for a in angles]
        places = [np.arange(0.1 * length, 0.9 * length, 1.0) for length in rng.uniform(10.0, 130.0, count)]
        dots = [[3] if rng.random() < 0.5 else [3, 7] for _ in range(count)]
        expected = []
        for p, along, outward, at, classes in zip(starts, alongs, outwards, places, dots, strict=True):
            points = p + at[:, None, None] * along + depths[None, :, None] * outward
            xs = np.round(points[..., 0] * ppm).astype(np.int32)
            ys = np.round(points[..., 1] * ppm).astype(np.int32)
            inside = (xs >= 0) & (ys >= 0) & (xs < labels.shape[1]) & (ys < labels.shape[0])
            shade = np.isin(labels[np.where(inside, ys, 0), np.where(inside, xs, 0)], classes) & inside
            expected.append(not (shade.mean(axis=1) >= SHADE_ACROSS).mean() < SHADE_ALONG)
        assert _shaded_sides(labels, ppm, starts, alongs, outwards, places, dots) == expected
        answers.update(expected)
    assert answers == {True, False}


def test_searching_regions_again_with_what_the_first_search_kept_finds_what_a_fresh_search_finds(monkeypatch):
    """Once a note proves a size, ``detect_notes`` searches regions again; the second search takes up what the first
    kept (``clusters.Kept``: the regions' maps and outlines, what their candidates measured): the same notes, every
    field, as searching clusters made afresh, with fewer measurements made. (A dense board's photo: notes
    touching and overlapping, most of them searched among candidates.)"""
    import boards.capture.pipeline as pipeline
    from boards.capture import capture_photos
    from boards.capture.notes import base, learning, measuring
    from boards.capture.notes import clusters as notes_clusters
    from boards.capture.notes import search as notes_search
    from boards.capture.notes import sizes as notes_sizes
    from tests.support.photo_fixtures import benchmark_photo

    board, photo = benchmark_photo("dense", 0, 121201)

    calls = []

    def recording(*args, **kwargs):
        calls.append((args, kwargs))
        return notes_search.detect_notes(*args, **kwargs)

    monkeypatch.setattr(pipeline, "detect_notes", recording)
    capture_photos([photo.jpeg], board)
    (labels, lines, allowed, palette, ppm), kwargs = calls[0]
    image, gray = kwargs["image"], kwargs["smooth"]
    sizes = notes_sizes.SizeBook([[notes_sizes.TYPICAL_NOTE_MM] * 2 + [0.5]], usual=(notes_sizes.TYPICAL_NOTE_MM,) * 2)

    def clusters(book) -> list:
        found = list(notes_clusters._clusters(labels, allowed, palette, ppm))
        for cluster in found:
            cluster.lines = notes_clusters._cluster_lines(cluster, lines, image, labels, palette)
            cluster.others = base._others(cluster.masks)
            window = cluster.window
            learning.learn_sizes(
                cluster.masks, cluster.lines, ppm, book, cluster.components, image[window], labels[window],
                cluster.others, cluster.against,
            )  # fmt: skip
        return found

    def search(found) -> list:
        blobs = []
        for cluster in found:
            paper = notes_search._bare_paper(labels, cluster.window, (kwargs["washed"], kwargs["glare"]))
            for klass in cluster.masks:
                every = set(range(1, cluster.components[klass][0]))
                blobs += notes_search._search(cluster, klass, paper, image, labels, gray, ppm, sizes, every)
        return blobs

    kept = clusters(sizes)
    first = search(kept)
    sizes.add(63.0, 63.0, exact=False)  # (a size a note proved: more candidates, most of them as before)
    measured = []
    real = measuring._inside_measured

    def counting(*args, **kwargs):
        measured.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(measuring, "_inside_measured", counting)
    again = search(kept)
    taken_up = len(measured)
    fresh = search(clusters(notes_sizes.SizeBook([[notes_sizes.TYPICAL_NOTE_MM] * 2 + [0.5]])))
    assert first and again
    assert [pickle.dumps(vars(blob)) for blob in again] == [pickle.dumps(vars(blob)) for blob in fresh]
    assert taken_up < len(measured) - taken_up


def test_a_seams_medians_parts_and_graded_lines_are_the_plain_ones():
    """``seam_across``'s medians per line and channel (sorted as int32, the channels' samples side by side) are what
    ``np.median`` gives of the chosen samples; its parts measured side by side in one go (``_step_in_part``) are what
    measuring part after part gave; and its lines graded against all six neighbours at once (``_graded``) are those
    graded shift by shift."""
    from boards.capture.notes.seams import (
        SEAM_BAND_HIDES,
        SEAM_GRADED,
        SEAM_PARTS,
        SEAM_REACH_MM,
        SEAM_STEP,
        _graded,
        _median_differences,
        _steady_medians,
        _step_in_part,
    )

    rng = np.random.default_rng(30)
    graded = 0
    for trial in range(150):
        lines, samples = int(rng.integers(1, 50)), int(rng.integers(8, 100))
        spread = 32768 if trial % 5 == 0 else 80  # (any int16, not only differences of pixels)
        difference = rng.integers(-spread, spread, (lines, samples, 3)).astype(np.int16)
        chosen = rng.random((lines, samples)) > rng.choice([0.1, 0.5, 0.95])
        chosen[0] = False  # (a line with none chosen: the others' value, as before)
        count = np.count_nonzero(chosen, axis=1)
        medians = _median_differences(difference, chosen, count)
        assert medians.dtype == np.float64
        for line in range(lines):
            expected = np.median(difference[line][chosen[line]], axis=0) if count[line] else np.full(3, 32767.0)
            assert np.array_equal(medians[line], expected)
        # the parts one after another, each alone
        on_line = rng.random((lines, samples)) > 0.3
        found = _step_in_part(difference, chosen, on_line)
        bounds = np.linspace(0, samples, SEAM_PARTS + 1).round().astype(int)
        for part, (low, high) in enumerate(itertools.pairwise(bounds)):
            used = chosen[:, low:high]
            part_count = np.count_nonzero(used, axis=1)
            hidden = np.count_nonzero(on_line[:, low:high], axis=1) < (1.0 - SEAM_BAND_HIDES) * (high - low)
            counted = np.maximum(part_count, 1)
            part_medians = _median_differences(difference[:, low:high], used, counted)
            steps = _steady_medians(difference[:, low:high], used, counted, part_medians)
            assert found.medians[:, part].tobytes() == part_medians.tobytes()
            assert found.steps[:, part].tobytes() == np.where(part_count > 0, steps, 0.0).tobytes()
            assert np.array_equal(found.shown[:, part], part_count >= 0.5 * (high - low))
            assert np.array_equal(found.hidden[:, part], hidden)
        # lines 1 mm apart with gaps (writing hides some), steps alike and not, some shown
        placed = np.sort(rng.choice(np.arange(8.0, 80.0), lines, replace=False))
        stepped = rng.integers(-12, 13, (lines, 3)) / 2.0
        stepped[rng.random(lines) > 0.5] = stepped[0]  # (the same step on several lines)
        shown = rng.random(lines) > 0.2
        expected = np.zeros(lines, bool)
        size = np.linalg.norm(stepped, axis=1)
        for shift in [side * (2 * SEAM_REACH_MM + more) for side in (-1, 1) for more in (0.0, -1.0, 1.0)]:
            at = np.clip(np.searchsorted(placed, placed + shift), 0, max(0, lines - 1))
            there = (np.abs(placed[at] - (placed + shift)) < 1e-6) & shown[at] & shown
            with np.errstate(invalid="ignore", divide="ignore"):
                along = np.einsum("lc,lc->l", stepped[at], stepped) / size
            expected |= there & (size >= SEAM_STEP) & (along >= SEAM_GRADED * size)
        assert np.array_equal(_graded(placed, stepped, shown), expected)
        graded += int(expected.any())
    assert graded > 20


def test_numbers_measured_per_line_when_first_asked_for_are_those_measured_on_all_lines_at_once():
    """``seam_across`` measures each line once, the lines where a seam may lie first (``_ByLine``): asked for in any
    order, the lines' numbers are those measured all at once, and no line is measured twice."""
    from boards.capture.notes.seams import _ByLine, _steady_medians

    rng = np.random.default_rng(31)
    difference = rng.integers(-80, 80, (40, 30, 3)).astype(np.int16)
    chosen = rng.random((40, 30)) > 0.2
    count = np.count_nonzero(chosen, axis=1)
    whole = _steady_medians(difference, chosen, count)
    measured = np.zeros(40, int)

    def measure(rows: np.ndarray) -> tuple[np.ndarray, ...]:
        measured[rows] += 1
        return _steady_medians(difference[rows], chosen[rows], count[rows]), count[rows], chosen[rows]

    by_line = _ByLine(40, measure)
    for _ in range(6):
        rows = rng.random(40) > 0.6
        steps, counts, chosen_there = by_line(rows)
        assert steps.tobytes() == whole[rows].tobytes()
        assert np.array_equal(counts, count[rows]) and np.array_equal(chosen_there, chosen[rows])
    assert measured.max() == 1
