"""Evening out the light under a highlight on brown paper (``normalise_light``)."""

from __future__ import annotations

import numpy as np

from boards.capture.segment import _printed_white, normalise_light
from boards.colors import KRAFT_BROWN, hex_to_rgb, note_color

PPM = 2.0  # px per mm


def _bgr(hex_color: str) -> np.ndarray:
    r, g, b = hex_to_rgb(hex_color)
    return np.array([b, g, r], np.float32)


def _shine(image: np.ndarray, centre_mm: tuple[float, float], radius_mm: float) -> np.ndarray:
    """A highlight as a phone sees one: a white core fading softly into a wide haze."""
    ys, xs = np.mgrid[0 : image.shape[0], 0 : image.shape[1]].astype(np.float32)
    d2 = ((xs / PPM - centre_mm[0]) ** 2 + (ys / PPM - centre_mm[1]) ** 2) / radius_mm**2
    white = np.minimum(1.2 * np.exp(-d2 * 0.7) + 0.25 * np.exp(-d2 * 0.1), 1.0)[:, :, None]
    return image * (1 - white) + 255 * white


def _distance(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(a - b))


def test_a_washed_out_yellow_note_beside_a_highlight_keeps_its_colour():
    # whitened yellow is nearly "kraft + white": it must not be taken for paper when the light is measured
    width, height = 420, 300
    image = np.empty((int(height * PPM), int(width * PPM), 3), np.float32)
    image[:] = _bgr(KRAFT_BROWN) * 0.8
    rng = np.random.default_rng(3)
    image += rng.normal(0, 2.0, image.shape)
    yellow = _bgr(note_color("yellow").hex) * 0.8
    x0, y0 = int(150 * PPM), int(100 * PPM)
    image[y0 : y0 + int(76 * PPM), x0 : x0 + int(76 * PPM)] = yellow
    photo = np.clip(_shine(image, (262, 140), 55), 0, 255).astype(np.uint8)
    valid = np.full(photo.shape[:2], 255, np.uint8)

    normalised = normalise_light(photo, valid, PPM)

    assert normalised.paper_kind == "brown"
    # the note's left part, where the highlight only pales it: yellow again, not paper
    part = normalised.image[y0 + 20 : y0 + int(70 * PPM), x0 + 10 : x0 + int(30 * PPM)].reshape(-1, 3)
    seen = np.median(part.astype(np.float32), axis=0)
    paper = np.array(normalised.paper_bgr, np.float32)
    assert _distance(seen, _bgr(note_color("yellow").hex)) < _distance(seen, paper)
    # and bare paper in the haze around the highlight is still measured as paper: evened out to its colour
    hazy = normalised.image[int(200 * PPM) : int(220 * PPM), int(250 * PPM) : int(275 * PPM)].reshape(-1, 3)
    assert _distance(np.median(hazy.astype(np.float32), axis=0), paper) < 25


def test_an_orange_note_reaching_into_a_highlight_is_followed_from_its_part_in_colour():
    # the part nearer the highlight is whitened to "kraft + white" cell by cell; its far part keeps its colour,
    # and the note is followed from there: evening out the light must not turn its washed part into paper
    width, height = 420, 300
    image = np.empty((int(height * PPM), int(width * PPM), 3), np.float32)
    image[:] = _bgr(KRAFT_BROWN) * 0.8
    image += np.random.default_rng(5).normal(0, 2.0, image.shape)
    x0, y0 = int(180 * PPM), int(100 * PPM)
    image[y0 : y0 + int(76 * PPM), x0 : x0 + int(76 * PPM)] = _bgr(note_color("orange").hex) * 0.8
    photo = np.clip(_shine(image, (150, 138), 50), 0, 255).astype(np.uint8)
    valid = np.full(photo.shape[:2], 255, np.uint8)

    normalised = normalise_light(photo, valid, PPM)

    paper = np.array(normalised.paper_bgr, np.float32)
    orange = _bgr(note_color("orange").hex)
    # the note's far half, where the highlight already whitens it (its near end is washed out white)
    part = normalised.image[y0 + 20 : y0 + int(66 * PPM), x0 + int(45 * PPM) : x0 + int(70 * PPM)].reshape(-1, 3)
    seen = np.median(part.astype(np.float32), axis=0)
    assert _distance(seen, orange) < _distance(seen, paper)
    # bare paper on the far side of the highlight is still evened out to paper
    hazy = normalised.image[int(40 * PPM) : int(60 * PPM), int(100 * PPM) : int(130 * PPM)].reshape(-1, 3)
    assert _distance(np.median(hazy.astype(np.float32), axis=0), paper) < 25


def test_only_the_white_core_of_a_highlight_hides_what_lies_under_it():
    # a red dot in the highlight's pale ring keeps its colour (only whitened); one in the white core is gone
    width, height = 420, 300
    image = np.empty((int(height * PPM), int(width * PPM), 3), np.float32)
    image[:] = _bgr(KRAFT_BROWN) * 0.8
    image += np.random.default_rng(7).normal(0, 2.0, image.shape)
    red = _bgr("#d03030") * 0.8
    ring, core = (int(255 * PPM), int(150 * PPM)), (int(210 * PPM), int(150 * PPM))
    ys, xs = np.mgrid[0 : image.shape[0], 0 : image.shape[1]]
    for x, y in (ring, core):
        image[(xs - x) ** 2 + (ys - y) ** 2 <= (6 * PPM) ** 2] = red
    photo = np.clip(_shine(image, (210, 150), 40), 0, 255).astype(np.uint8)
    valid = np.full(photo.shape[:2], 255, np.uint8)

    normalised = normalise_light(photo, valid, PPM)

    assert normalised.unreadable is not None and normalised.blown is not None
    # the ring is washed out (unreadable as a colour), but the dot there still shows: not hidden
    assert normalised.unreadable[ring[1], ring[0]]
    assert not normalised.blown[ring[1] - int(8 * PPM) : ring[1] + int(8 * PPM), ring[0]].any()
    seen = normalised.image[ring[1], ring[0]].astype(np.float32)
    assert _distance(seen, _bgr("#d03030")) < _distance(seen, np.array(normalised.paper_bgr, np.float32))
    # the core is white however the light is evened out: what lies there is hidden
    assert normalised.blown[core[1], core[0]]
    assert not (normalised.blown & ~normalised.unreadable).any()


def _evened_with_paled_note(seed: int, at_mm: tuple[int, int], side_mm: int, paler: float, shine_at_mm) -> np.ndarray:
    """A kraft board (420 × 300 mm at PPM) with a square note of kraft's very colour, ``paler`` times as bright,
    at ``at_mm`` (its top left), and a highlight at ``shine_at_mm``: the image with its light evened out."""
    width, height = 420, 300
    image = np.empty((int(height * PPM), int(width * PPM), 3), np.float32)
    image[:] = _bgr(KRAFT_BROWN) * 0.7
    image += np.random.default_rng(seed).normal(0, 2.0, image.shape)
    x0, y0 = int(at_mm[0] * PPM), int(at_mm[1] * PPM)
    image[y0 : y0 + int(side_mm * PPM), x0 : x0 + int(side_mm * PPM)] = _bgr(KRAFT_BROWN) * 0.7 * paler
    photo = np.clip(_shine(image, shine_at_mm, 45), 0, 255).astype(np.uint8)
    return normalise_light(photo, np.full(photo.shape[:2], 255, np.uint8), PPM).image


def _brightness(image: np.ndarray) -> float:
    """The median brightness (sum of the channels) of a part of an image."""
    return float(np.median(image.reshape(-1, 3).astype(np.float32).sum(axis=1)))


def test_a_note_paled_to_brighter_paper_beside_a_highlight_is_not_evened_into_paper():
    # in the haze around a highlight a whitened orange note can show kraft's very colour, only brighter: taken
    # for paper it would lend the light field its brightness, and evening out the light would make it paper
    x0, y0 = int(60 * PPM), int(110 * PPM)
    evened = _evened_with_paled_note(11, (60, 110), 76, 1.6, (205, 150))

    note = evened[y0 + 20 : y0 + int(66 * PPM), x0 + 20 : x0 + int(66 * PPM)]
    paper = evened[int(40 * PPM) : int(70 * PPM), int(60 * PPM) : int(130 * PPM)]
    assert _brightness(note) / _brightness(paper) > 1.3


def test_a_note_paled_to_brighter_paper_at_a_highlights_core_is_not_evened_into_paper():
    # right beside a clipped core the paper's own diffuse part falls off (the photo clips it with the white),
    # so paper farther around is no measure there: a small whitened note at the core, brighter kraft, is
    # compared with paper as white as it is
    x0, y0 = int(215 * PPM), int(112 * PPM)
    evened = _evened_with_paled_note(13, (215, 112), 51, 1.3, (170, 140))

    note = evened[y0 + 10 : y0 + int(41 * PPM), x0 + 20 : x0 + int(41 * PPM)]
    paper = evened[int(220 * PPM) : int(250 * PPM), int(150 * PPM) : int(200 * PPM)]
    assert _brightness(note) / _brightness(paper) > 1.2


def _printed_and_highlight(joined: bool) -> tuple[np.ndarray, np.ndarray]:
    """``_printed_white`` on a light grid (4 mm cells) with a legend box printed white (sharp edges) above a
    highlight (a soft white core), its haze joining the two (``joined``) or not: what it takes for print, and
    where the highlight's core lies."""
    ys, xs = np.mgrid[0:60, 0:120].astype(np.float32)
    white = 400.0 * np.exp(-((xs - 80) ** 2 + (ys - 38) ** 2) / (2 * 6.0**2))  # the highlight's white part
    if joined:
        white += 60.0 * np.exp(-((xs - 80) ** 2 + (ys - 20) ** 2) / (2 * 14.0**2))  # its haze, up to the box
    white[5:11, 10:110] = 300.0  # the box
    field = 150.0 + white[:, :, None].repeat(3, axis=2)  # diffuse light 150 in every channel, plus the white
    return _printed_white(white, white, field, np.ones(white.shape, bool)), (38, 80)


def test_white_print_joined_to_a_highlight_by_its_haze_leaves_the_highlight():
    # the box alone is print (it ends at sharp edges) and the highlight alone is none; joined into one patch by
    # the highlight's haze, the box's sharp edges made the whole patch print, and the highlight was evened out
    # into paper (a note and dots under it lost, the zone not doubtful)
    for joined in (False, True):
        printed, (row, column) = _printed_and_highlight(joined)
        assert printed[5:11, 10:110].all()
        assert not printed[row - 5 : row + 6, column - 5 : column + 6].any()
