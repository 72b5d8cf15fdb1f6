"""Evening out the light on white paper beside a pale note (``normalise_light``)."""

from __future__ import annotations

import numpy as np

from boards.capture.segment import normalise_light

PPM = 2.0  # px per mm
PAPER = np.array([228.0, 236.0, 246.0], np.float32)  # white paper in a warm light (BGR)
PALE_YELLOW = np.array([205.0, 226.0, 236.0], np.float32)  # a yellow note whitened by a highlight's haze


def test_a_pale_note_on_white_paper_is_not_divided_to_white():
    # the note is close enough to the paper's chromaticity to pass for paper; measured as paper, the light
    # field would dip over it and evening out would make it as white as the paper around
    width, height = 400, 300
    image = np.empty((int(height * PPM), int(width * PPM), 3), np.float32)
    _, xs = np.mgrid[0 : image.shape[0], 0 : image.shape[1]].astype(np.float32)
    light = (0.85 + 0.15 * xs / image.shape[1])[:, :, None]  # diffuse light, brighter to the right
    image[:] = PAPER
    x0, y0 = int(160 * PPM), int(110 * PPM)
    image[y0 : y0 + int(76 * PPM), x0 : x0 + int(76 * PPM)] = PALE_YELLOW
    image *= light
    image += np.random.default_rng(5).normal(0, 2.0, image.shape)
    photo = np.clip(image, 0, 255).astype(np.uint8)
    valid = np.full(photo.shape[:2], 255, np.uint8)

    normalised = normalise_light(photo, valid, PPM)

    assert normalised.paper_kind == "white"
    inset = int(15 * PPM)
    note = normalised.image[y0 + inset : y0 + int(76 * PPM) - inset, x0 + inset : x0 + int(76 * PPM) - inset]
    seen = np.median(note.reshape(-1, 3).astype(np.float32), axis=0)
    paper = normalised.image[int(20 * PPM) : int(80 * PPM), int(20 * PPM) : int(380 * PPM)]
    bare = np.median(paper.reshape(-1, 3).astype(np.float32), axis=0)
    # the note stays as much yellower (less blue) than the paper as it was: not evened out to the paper
    assert bare[0] - seen[0] > 0.6 * (PAPER[0] - PALE_YELLOW[0])
