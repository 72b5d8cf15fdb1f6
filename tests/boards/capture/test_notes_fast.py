"""The faster ways the notes search computes things give the same numbers as the plain operations they replace."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.notes.seams import _median


def test_the_median_of_a_few_samples_is_numpys_to_the_bit():
    rng = np.random.default_rng(3)
    # (as the notes search takes them: gray profiles (float32), colours (uint8), chromaticities (float64),
    # over pieces of an odd and an even number of samples, ties included)
    for shape in ((5, 6, 17), (5, 7, 17), (4, 6, 17, 3), (3, 1, 5), (9, 4)):
        for dtype in (np.float32, np.float64, np.uint8, np.int16):
            for _ in range(50):
                values = rng.random(shape) * 255
                values = np.round(values) if rng.random() < 0.5 else values
                values = values.astype(dtype)
                expected = np.median(values, axis=1)
                found = _median(values, 1)
                assert found.dtype == expected.dtype and found.shape == expected.shape
                assert found.tobytes() == expected.tobytes()
    samples = rng.random(8) * 10
    assert float(_median(samples, 0)) == float(np.median(samples))
    assert float(_median(samples[:7], 0)) == float(np.median(samples[:7]))


def _scene() -> tuple[np.ndarray, object, float]:
    """Labels of a board at 1.5 px/mm: notes of two colours touching, one at the board's edge, one with a wide
    marker stroke across it and writing (holes) inside, specks of a note colour on open board,
    notches at a note's edge where writing runs out of it."""
    from boards.capture.segment import INK, PAPER, WHITE_PAPER_BGR, build_palette
    from boards.templates import load_template

    palette = build_palette(load_template("procesplaat-1"), WHITE_PAPER_BGR)
    first, second = sorted(palette.note_colors)[:2]
    ppm = 1.5
    labels = np.full((420, 600), PAPER, np.uint8)
    labels[40:154, 60:174] = first
    labels[60:174, 174:288] = second  # touching the first
    labels[0:114, 486:600] = first  # at the board's corner
    labels[250:364, 300:414] = second
    labels[300:308, 290:430] = INK  # a marker stroke across it, reaching beyond its edges
    labels[270:274, 330:340] = INK  # writing
    labels[330:336, 360:368] = 0  # (unclassified)
    labels[200:203, 100:104] = first  # a speck
    labels[40:52, 100:110] = INK  # strokes of writing ending at a note's edge: notches in it
    labels[60:66, 281:288] = INK
    return labels, palette, ppm


def test_a_clusters_masks_worked_out_near_its_box_are_those_of_its_whole_window(monkeypatch):
    from boards.capture.notes import clusters as notes_clusters

    labels, palette, ppm = _scene()
    allowed = np.ones(labels.shape, bool)
    clusters = list(notes_clusters._clusters(labels, allowed, palette, ppm))
    assert len(clusters) >= 3
    # (the plain way: every box the whole window)
    monkeypatch.setattr(notes_clusters, "_around", lambda window, box, margin: window)
    plain = list(notes_clusters._clusters(labels, allowed, palette, ppm))
    assert [cluster.window for cluster in clusters] == [cluster.window for cluster in plain]
    for cluster, expected in zip(clusters, plain, strict=True):
        assert cluster.masks.keys() == expected.masks.keys()
        for klass, mask in expected.masks.items():
            assert cluster.masks[klass].dtype == mask.dtype and np.array_equal(cluster.masks[klass], mask)
            count, parts, stats = expected.components[klass]
            found_count, found_parts, found_stats = cluster.components[klass]
            assert found_count == count
            assert found_parts.dtype == parts.dtype and np.array_equal(found_parts, parts)
            assert np.array_equal(found_stats[1:], stats[1:])


def test_a_disc_opening_within_a_blobs_box_and_a_border_of_a_pixel_is_that_over_the_whole():
    from boards.capture.segment import opened_by_disc

    rng = np.random.default_rng(5)
    for _ in range(20):
        blob = np.zeros((160, 200), np.uint8)
        for _ in range(4):
            x, y = rng.integers(30, 150), rng.integers(30, 110)
            cv2.circle(blob, (int(x), int(y)), int(rng.integers(5, 30)), 1, -1)
            cv2.rectangle(blob, (int(x), int(y)), (int(x + rng.integers(5, 40)), int(y + rng.integers(5, 40))), 1, -1)
        x, y, w, h = cv2.boundingRect(blob)
        box = (slice(y - 1, y + h + 1), slice(x - 1, x + w + 1))
        within = np.zeros_like(blob)
        within[box] = opened_by_disc(np.ascontiguousarray(blob[box]), 16.5)
        assert np.array_equal(within, opened_by_disc(blob, 16.5))


def test_a_clusters_colour_steps_looked_for_near_its_box_are_those_of_its_whole_window_on_its_masks():
    from boards.capture.notes.base import colour_steps
    from boards.capture.notes.clusters import _cluster_lines, _clusters

    labels, palette, ppm = _scene()
    rng = np.random.default_rng(11)
    # an image of the labels' colours, with noise, and a second shade of pink over part of a note
    colours = np.array(palette.colors_bgr, np.int16)
    index = np.zeros(256, np.int64)
    index[palette.classes] = np.arange(len(palette.classes))
    image = colours[index[labels]] + rng.integers(-6, 7, (*labels.shape, 3))
    image[60:120, 100:140] += 40
    image = np.clip(image, 0, 255).astype(np.uint8)
    lines = rng.random(labels.shape) > 0.97
    stepped = 0
    for cluster in _clusters(labels, np.ones(labels.shape, bool), palette, ppm):
        on_masks = np.zeros(lines[cluster.window].shape, bool)
        for mask in cluster.masks.values():
            on_masks |= mask > 0
        found = _cluster_lines(cluster, lines, image, labels, palette)
        steps = colour_steps(image[cluster.window], labels[cluster.window], palette)
        assert np.array_equal(found & on_masks, (lines[cluster.window] | steps) & on_masks)
        stepped += int((steps & on_masks).any())
    assert stepped  # (the shade's edge)


def test_a_seams_steps_measured_on_some_lines_are_those_measured_on_all():
    from boards.capture.notes.seams import _steady_medians

    # (seam_across measures where a seam may lie first, and elsewhere only when that shows a step)
    rng = np.random.default_rng(1)
    for _ in range(200):
        lines, samples = int(rng.integers(1, 60)), int(rng.integers(8, 120))
        difference = rng.integers(-80, 80, (lines, samples, 3)).astype(np.int16)
        chosen = rng.random((lines, samples)) > 0.2
        count = np.count_nonzero(chosen, axis=1)
        whole = _steady_medians(difference, chosen, count)
        some = rng.random(lines) > 0.5
        if some.any():
            assert _steady_medians(difference[some], chosen[some], count[some]).tobytes() == whole[some].tobytes()


def _long_runs_by_columns(values: np.ndarray, length: int) -> np.ndarray:
    """The runs of True at least ``length`` long, per row, by the plain loop over the columns (as it was)."""
    rows, columns = values.shape
    ending = np.zeros(values.shape, np.int32)
    run = np.zeros(rows, np.int32)
    for column in range(columns):
        run = np.where(values[:, column], run + 1, 0)
        ending[:, column] = run
    whole = np.zeros(values.shape, np.int32)
    after = np.zeros(rows, np.int32)
    for column in range(columns - 1, -1, -1):
        after = np.where(values[:, column], np.maximum(after, ending[:, column]), 0)
        whole[:, column] = after
    return whole >= length


def test_long_runs_found_from_where_runs_start_and_end_are_those_of_the_loop_over_columns():
    from boards.capture.notes.seams import _long_runs

    rng = np.random.default_rng(7)
    for shape in ((1, 1), (1, 40), (6, 91), (13, 5), (0, 12)):
        for density in (0.1, 0.5, 0.8, 1.0):
            for length in (1, 2, 3, 4, 7):
                values = rng.random(shape) < density
                found = _long_runs(values, length)
                assert found.dtype == bool and found.shape == values.shape
                assert np.array_equal(found, _long_runs_by_columns(values, length))
    values = np.array([[True, True, False, True, True, True, False, True, True, True, True]])
    assert _long_runs(values, 3).tolist() == [[False, False, False, True, True, True, False, True, True, True, True]]


def test_a_blob_is_split_by_lines_into_two_notes_only_where_two_pieces_of_a_size_sold_show():
    from boards.capture.notes.learning import _split_by_lines

    ppm = 1.5
    side = int(76 * ppm)
    # two usual notes side by side, a dark line between them: split; a line of writing across one note (two
    # strips, neither of a size sold), or one piece of a size sold and a strip: not split
    blob = np.zeros((side + 20, 2 * side + 24), np.uint8)
    blob[10 : 10 + side, 10 : 14 + 2 * side] = 1
    lines = np.zeros(blob.shape, bool)
    lines[:, 10 + side : 14 + side] = True
    assert _split_by_lines(blob, lines, ppm)
    note = np.zeros((side + 20, side + 20), np.uint8)
    note[10 : 10 + side, 10 : 10 + side] = 1
    across = np.zeros(note.shape, bool)
    across[10 + side // 2 : 14 + side // 2, :] = True
    assert not _split_by_lines(note, across, ppm)
    longer = np.zeros((side + 20, side + 60), np.uint8)
    longer[10 : 10 + side, 10 : 50 + side] = 1
    strip = np.zeros(longer.shape, bool)
    strip[:, 10 + side : 14 + side] = True
    assert not _split_by_lines(longer, strip, ppm)


def test_pixels_looked_up_in_one_remap_are_numpys_indexing_of_a_window():
    from boards.capture.notes.seams import _pixels

    rng = np.random.default_rng(11)
    board = rng.integers(0, 256, (300, 420, 3), np.uint8)
    window = board[40:260, 75:390]  # (a window of a larger image, as a cluster's)
    height, width = window.shape[:2]
    xs = [rng.integers(0, width, (17, 23)) for _ in range(3)]
    ys = [rng.integers(0, height, (17, 23)) for _ in range(3)]
    xs[1][0, :3], ys[1][0, :3] = (0, width - 1, width - 1), (0, height - 1, 0)  # (its corners)
    found = _pixels(window, np.stack(xs), np.stack(ys))
    assert found.dtype == np.uint8
    assert np.array_equal(found, np.stack([window[y, x] for x, y in zip(xs, ys)]))


def test_whether_a_region_lies_against_other_colours_as_learn_sizes_records_it_is_what_the_search_would_find():
    from boards.capture.notes import base, learning, sizes
    from boards.capture.notes import clusters as notes_clusters

    labels, palette, ppm = _scene()
    clusters = list(notes_clusters._clusters(labels, np.ones(labels.shape, bool), palette, ppm))
    recorded = []
    for cluster in clusters:
        others = base._others(cluster.masks)
        lines = np.zeros(cluster.masks[next(iter(cluster.masks))].shape, bool)
        learning.learn_sizes(
            cluster.masks, lines, ppm, sizes.SizeBook(), cluster.components, None, None, others, cluster.against
        )
        margin = int(round(12 * ppm))  # (the window _regions looks at a region in)
        for klass, regions in cluster.against.items():
            _, parts, stats = cluster.components[klass]
            height, width = parts.shape
            for index, against in regions.items():
                x, y, w, h, _ = stats[index]
                rows = slice(max(0, y - margin), min(height, y + h + margin))
                columns = slice(max(0, x - margin), min(width, x + w + margin))
                own8 = (parts[rows, columns] == index).astype(np.uint8)
                assert against == learning._against_others(own8, others[klass][rows, columns], ppm)
                recorded.append(against)
    # (the two notes touching lie against each other; the one in the board's corner against none)
    assert True in recorded and False in recorded


def test_a_colours_closing_worked_out_near_its_pixels_is_that_over_the_whole_mask():
    """``_bridged`` closes a colour's pixels only within half the disc's width and a pixel of their box: the same
    pixels as the plain closing of the whole mask, for blobs anywhere, at the mask's border too."""
    from boards.capture.notes.clusters import _bridged
    from boards.capture.segment import disk

    rng = np.random.default_rng(11)
    closing = disk(7.5)
    differs = 0
    for _ in range(300):
        shape = (int(rng.integers(30, 90)), int(rng.integers(30, 90)))
        raw = np.zeros(shape, np.uint8)
        for _ in range(int(rng.integers(0, 5))):
            top, left = int(rng.integers(-10, shape[0])), int(rng.integers(-10, shape[1]))
            raw[max(0, top) : top + int(rng.integers(1, 25)), max(0, left) : left + int(rng.integers(1, 25))] = 1
        raw &= (rng.random(shape) > 0.15).astype(np.uint8)  # (gaps to bridge)
        wild = (rng.random(shape) > 0.2).astype(np.uint8)
        plain = raw | (cv2.morphologyEx(raw, cv2.MORPH_CLOSE, closing) & wild)
        found = _bridged(raw, closing, wild)
        assert found.dtype == plain.dtype and np.array_equal(found, plain)
        differs += not np.array_equal(found, raw)
    assert differs > 100  # (the closing bridged something in most)
