"""A curled note's shaded edge is the note's own colour with less light: darker, of the same hue. The colours can
take it for the dots of that hue, and where it is too short to be a band (a 51 mm note's) the circles fit in
it. A dot sticker is a colour of its own, some degrees of hue from the note's: it still counts on the note,
beside the shade and on it."""

from __future__ import annotations

import cv2
import numpy as np

import boards.capture.dots as dots_module
from boards.capture.dots import _hue_apart, _hues, _note_shades, detect_dots
from boards.capture.segment import PAPER
from tests.boards.capture.synthetic import KRAFT_BGR, green_dots_and_note, note_class_of, note_with_shaded_band

PPM = 1.5
NOTE_BGR = (113, 177, 138)  # a pastel green pad as a photo showed it
SHADE_BGR = tuple(int(round(0.7 * value)) for value in NOTE_BGR)  # its curled edge: less light, the same hue
DOT_BGR = (71, 160, 67)  # the green dot sticker (#43a047)
LONE_DOT_BGR = (60, 160, 70)


def _mm(value: float) -> int:
    return int(round(value * PPM))


def _scene() -> tuple:
    """Kraft, three lone green dots and a green 51 mm note whose lower 12 mm, 40 mm long, the colours took for the
    dots' green (``palette, green, labels, image``)."""
    palette, green, labels = green_dots_and_note(PPM)
    note = note_class_of(palette, "green")
    labels[labels == note] = PAPER  # (the helper's 76 mm note: this scene has a smaller one)
    # (the palette adapted to the photo: its green note's colour as the photo shows it)
    palette.colors_bgr[palette.classes.index(note)] = NOTE_BGR
    palette._lut = palette._nearest = None
    image = np.empty((*labels.shape, 3), np.uint8)
    image[:] = KRAFT_BGR
    image[labels == green] = LONE_DOT_BGR
    labels[_mm(60) : _mm(111), _mm(150) : _mm(201)] = note
    image[_mm(60) : _mm(111), _mm(150) : _mm(201)] = NOTE_BGR
    labels[_mm(99) : _mm(111), _mm(155) : _mm(195)] = green
    image[_mm(99) : _mm(111), _mm(155) : _mm(195)] = SHADE_BGR
    return palette, green, labels, image


def _found(palette, labels: np.ndarray, image: np.ndarray) -> list:
    blurred = cv2.GaussianBlur(image, (0, 0), 1.0)
    gray = cv2.cvtColor(blurred, cv2.COLOR_BGR2GRAY)
    return detect_dots(labels, np.ones(labels.shape, bool), palette, PPM, gray=gray, image=blurred)


def _on_note(found: list) -> list:
    return [dot for dot in found if 150 <= dot.center[0] <= 201 and 60 <= dot.center[1] <= 115]


def test_a_short_shaded_edge_of_a_note_of_the_dots_hue_is_no_dots():
    palette, _, labels, image = _scene()
    assert len(_found(palette, labels, image)) == 3  # (the three standing alone)
    # by the classes alone the circles fit in it: it is the note's hue that tells it
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    assert _on_note(detect_dots(labels, np.ones(labels.shape, bool), palette, PPM, gray=gray))


def test_a_dot_sticker_on_the_note_beside_its_shade_counts():
    palette, green, labels, image = _scene()
    cv2.circle(labels, (_mm(175), _mm(80)), _mm(6), int(green), -1)
    cv2.circle(image, (_mm(175), _mm(80)), _mm(6), DOT_BGR, -1, cv2.LINE_AA)
    found = _on_note(_found(palette, labels, image))
    assert len(found) == 1
    assert abs(found[0].center[0] - 175) < 2 and abs(found[0].center[1] - 80) < 2


def test_a_dot_sticker_standing_on_the_shade_counts():
    palette, green, labels, image = _scene()
    # a sticker at the shade's end, half over the note's lower edge
    cv2.circle(labels, (_mm(190), _mm(108)), _mm(6), int(green), -1)
    cv2.circle(image, (_mm(190), _mm(108)), _mm(6), DOT_BGR, -1, cv2.LINE_AA)
    found = _on_note(_found(palette, labels, image))
    assert len([dot for dot in found if abs(dot.center[0] - 190) < 3 and abs(dot.center[1] - 108) < 3]) == 1


def test_the_lighter_rim_of_a_cluster_is_no_measure_of_the_note():
    # a disc of the dots' hue whose ring the colours took for the note colour, but of the dots' own hue (the
    # lighter rim of a cluster of dots): not the note's colour, so no shade of it
    image = np.empty((80, 80, 3), np.uint8)
    image[:] = KRAFT_BGR
    cv2.circle(image, (40, 40), 26, (110, 200, 100), -1)  # (the rim: lighter, the dots' hue)
    cv2.circle(image, (40, 40), 9, DOT_BGR, -1)
    note = np.zeros(image.shape[:2], bool)
    note[np.all(image == (110, 200, 100), axis=2)] = True
    note_hue = float(_hues(np.array([NOTE_BGR], np.uint8))[0])
    assert _hue_apart(float(_hues(np.array([(110, 200, 100)], np.uint8))[0]), note_hue) > 4
    assert not _note_shades(image, note, note_hue, np.array([[40.0, 40.0]]), 9.0)[0]
    # the same disc in the note's own colour in shade, the note round it: a shade
    image[note] = NOTE_BGR
    cv2.circle(image, (40, 40), 9, SHADE_BGR, -1)
    assert _note_shades(image, note, note_hue, np.array([[40.0, 40.0]]), 9.0)[0]


def test_discs_at_the_image_edge_are_measured_on_what_lies_in_it():
    image = np.empty((80, 80, 3), np.uint8)
    image[:] = NOTE_BGR
    note = np.ones(image.shape[:2], bool)
    cv2.circle(image, (40, 40), 9, SHADE_BGR, -1)
    cv2.circle(image, (4, 40), 9, DOT_BGR, -1)
    note_hue = float(_hues(np.array([NOTE_BGR], np.uint8))[0])
    centres = np.array([[40.0, 40.0], [4.0, 40.0], [-30.0, -30.0]])
    assert _note_shades(image, note, note_hue, centres, 9.0).tolist() == [True, False, False]


def test_a_disc_in_a_wide_shaded_band_is_measured_on_the_note_beyond_it():
    # a curled note's shade 40 px deep (as the colours took it: the dots' green), a disc in it whose ring (1.3 to 2.2
    # radii) holds none of the note's light part: the note farther out tells the shade's hue
    image, note, note_hue = note_with_shaded_band(NOTE_BGR, SHADE_BGR)
    centre = np.array([[60.0, 92.0]])
    assert _note_shades(image, note, note_hue, centre, 9.0)[0]
    # a dot sticker there is a colour of its own
    cv2.circle(image, (60, 92), 10, DOT_BGR, -1)
    assert not _note_shades(image, note, note_hue, centre, 9.0)[0]


def test_a_shade_ringed_by_the_lighter_rims_of_dots_is_measured_on_the_note_beyond_them():
    # a disc of the note's shade with the lighter rims of dots round it (taken for the note's colour, of the dots'
    # hue, so no measure of the note): the note's own colour farther out tells its hue
    image = np.empty((120, 120, 3), np.uint8)
    image[:] = NOTE_BGR
    cv2.circle(image, (60, 60), 19, (110, 200, 100), -1)  # (the rims, out to 2.1 radii)
    cv2.circle(image, (60, 60), 9, SHADE_BGR, -1)
    note = ~np.all(image == SHADE_BGR, axis=2)
    note_hue = float(_hues(np.array([NOTE_BGR], np.uint8))[0])
    assert _note_shades(image, note, note_hue, np.array([[60.0, 60.0]]), 9.0)[0]


def test_discs_with_too_little_of_the_note_near_them_are_not_sampled(monkeypatch):
    # most dots lie on the bare board: their rings are not sampled at all (thousands of points per
    # disc, some 20 ms of a 12 MP photo's dots), and they are judged as before: not the note's shade
    image = np.empty((400, 400, 3), np.uint8)
    image[:] = KRAFT_BGR
    image[300:400, 300:400] = NOTE_BGR
    cv2.circle(image, (350, 350), 9, SHADE_BGR, -1)
    note = np.all(image == NOTE_BGR, axis=2)
    note_hue = float(_hues(np.array([NOTE_BGR], np.uint8))[0])
    sampled = []
    original = dots_module._samples

    def counted(centres, *args):
        sampled.append(len(centres))
        return original(centres, *args)

    monkeypatch.setattr(dots_module, "_samples", counted)
    centres = np.array([[60.0, 60.0], [150.0, 60.0], [60.0, 200.0], [350.0, 350.0]])
    assert _note_shades(image, note, note_hue, centres, 9.0).tolist() == [False, False, False, True]
    assert sampled and max(sampled) == 1  # (the disc on the note alone, in each of its rings)
