"""A highlight on white paper found in pieces: the clipped white core, and notes beside it washed out by its halo
(``segment._lift_glare_on_white``). The halo's paper shows nothing, as white as bare paper; a note's part faded
into it was taken for bare board beside the highlight, and a 76 mm pink note there was read as a sure 51 mm one
(seed 160911, ``combined-2``). Pieces this near are one highlight."""

from __future__ import annotations

import cv2
import numpy as np

from boards.capture.segment import HALO_MM, LIGHT_CELL_MM, _highlight_on_white, normalise_light

PPM = 1.5


def test_a_washed_area_near_a_clipped_core_is_one_highlight_with_the_paper_between():
    seen = np.ones((40, 60), bool)
    core = np.zeros(seen.shape, np.uint8)
    cv2.circle(core, (40, 20), 6, 1, -1)
    washed = np.zeros(seen.shape, np.uint8)
    gap = int(HALO_MM / LIGHT_CELL_MM) - 2  # cells of bare paper between the two
    washed[14:27, 34 - gap - 8 : 34 - gap] = 1  # (the core's leftmost cells lie in column 34)
    joined = _highlight_on_white(washed, core, seen)
    assert joined[20, 33]  # the paper between them lies under the highlight too
    assert joined[core > 0].all() and joined[washed > 0].all()
    assert not joined[2, 2] and not joined[38, 58]  # not the board around


def test_a_washed_area_far_from_any_core_stays_apart():
    seen = np.ones((40, 80), bool)
    core = np.zeros(seen.shape, np.uint8)
    cv2.circle(core, (65, 20), 6, 1, -1)
    washed = np.zeros(seen.shape, np.uint8)
    washed[14:27, 10:22] = 1  # more than HALO_MM away from the core
    joined = _highlight_on_white(washed, core, seen)
    assert np.array_equal(joined, washed | core)


def test_either_piece_alone_is_the_highlight():
    seen = np.ones((20, 20), bool)
    piece = np.zeros(seen.shape, np.uint8)
    piece[5:10, 5:10] = 1
    assert np.array_equal(_highlight_on_white(piece, None, seen), piece)
    assert np.array_equal(_highlight_on_white(None, piece, seen), piece)
    assert _highlight_on_white(None, None, seen) is None


def test_a_note_faded_white_between_a_washed_note_and_the_core_is_under_the_highlight():
    # white paper a little below full white; a highlight's clipped core, and left of it a pink note whose left
    # part the halo left pale pink and whose right part, nearer the core, it faded to the paper's white
    image = np.full((300, 480, 3), (226, 228, 230), np.uint8)
    valid = np.full(image.shape[:2], 255, np.uint8)
    for x in range(40, 460, 60):  # dots in full colour far from the light, so the light is measured as usual
        cv2.circle(image, (x, 280), 9, (70, 160, 80), -1)
    core_x, core_y, radius = 340, 140, int(40 * PPM)
    cv2.circle(image, (core_x, core_y), radius, (255, 255, 255), -1)
    left = core_x - radius - int((45 + 18) * PPM)  # 18 mm of white between the pale part and the core
    cv2.rectangle(image, (left, 90), (left + int(45 * PPM), 190), (212, 200, 238), -1)  # pale pink: washed out
    for x in range(left + 8, left + int(40 * PPM), 7):  # faint writing on it
        cv2.line(image, (x, 130), (x + 3, 136), (170, 170, 180), 2)
    between = (core_x - radius - int(6 * PPM), core_y)  # faded white: nothing there tells the note from paper
    normalised = normalise_light(image, valid, PPM)
    assert normalised.unreadable is not None
    assert normalised.unreadable[140, left + 20]  # the washed part
    assert normalised.unreadable[core_y, core_x]  # the core
    assert normalised.unreadable[between[1], between[0]]
    assert not normalised.unreadable[280, 40]


def test_each_core_is_joined_only_to_what_lies_near_it():
    # two clipped patches far apart (a highlight, and the legend's white box): the paper between them is not
    # joined into one patch through a washed area beside one of them
    seen = np.ones((60, 100), bool)
    cores = np.zeros(seen.shape, np.uint8)
    cv2.circle(cores, (20, 15), 6, 1, -1)
    cores[45:55, 80:95] = 1
    washed = np.zeros(seen.shape, np.uint8)
    washed[10:20, 30:36] = 1  # 4 cells (16 mm) right of the first core
    joined = _highlight_on_white(washed, cores, seen)
    assert joined[15, 28]  # between the first core and the washed area
    assert not joined[35, 60]  # nothing between the washed area and the second core
