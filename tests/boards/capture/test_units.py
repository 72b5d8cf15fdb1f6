"""Small parts of capture: loading images, EXIF orientations, merging detections."""

from __future__ import annotations

import io
import os

import cv2
import numpy as np
import pytest
from PIL import Image

from boards.capture import DotDetection, NotAnImageError, NoteDetection, load_image
from boards.capture.errors import DamagedPhotoError
from boards.capture.imageio import _c_stderr, apply_orientation, check_jpeg_data
from boards.capture.notes.base import note_axes, rect_corners
from boards.capture.pipeline import merge_dots, merge_notes
from boards.capture.results import PhotoCapture
from tests.support.builders import damaged_jpeg


def _arrow() -> np.ndarray:
    """An image whose orientation shows: a red block top left on a wider-than-high picture."""
    image = np.full((60, 100, 3), 255, np.uint8)
    image[0:20, 0:30] = (0, 0, 255)
    return image


@pytest.mark.parametrize("orientation", [1, 2, 3, 4, 5, 6, 7, 8])
def test_every_exif_orientation_comes_out_upright(orientation):
    upright = _arrow()
    # store the pixels the way a camera would for this orientation: the inverse of the display transform
    inverse = {
        1: lambda a: a,
        2: lambda a: cv2.flip(a, 1),
        3: lambda a: cv2.rotate(a, cv2.ROTATE_180),
        4: lambda a: cv2.flip(a, 0),
        5: cv2.transpose,
        6: lambda a: cv2.rotate(a, cv2.ROTATE_90_COUNTERCLOCKWISE),
        7: lambda a: cv2.rotate(cv2.transpose(a), cv2.ROTATE_180),
        8: lambda a: cv2.rotate(a, cv2.ROTATE_90_CLOCKWISE),
    }
    stored = inverse[orientation](upright)
    assert np.array_equal(apply_orientation(stored, orientation), upright)
    pil = Image.fromarray(cv2.cvtColor(stored, cv2.COLOR_BGR2RGB))
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    pil.save(buffer, format="PNG", exif=exif)
    loaded = load_image(buffer.getvalue())
    assert loaded.image.shape == upright.shape and loaded.original_size == (100, 60)
    assert loaded.image[5, 5, 2] > 200 and loaded.image[5, 5, 0] < 60  # red top left


def test_large_photo_is_read_at_reduced_size():
    big = np.full((3000, 4000, 3), 180, np.uint8)
    _ok, jpeg = cv2.imencode(".jpg", big)
    loaded = load_image(jpeg.tobytes(), max_pixels=4_000_000)
    assert loaded.image.shape[:2] == (1500, 2000) and loaded.scale == 0.5 and loaded.original_size == (4000, 3000)
    assert load_image(big).image.shape[1] <= 2310  # arrays are scaled down too


def test_arrays_and_bad_arrays():
    assert load_image(np.zeros((20, 30), np.uint8)).image.shape == (20, 30, 3)
    with pytest.raises(NotAnImageError, match="8-bits"):
        load_image(np.zeros((20, 30, 3), np.float32))


def _photo(index: int, notes=(), dots=()) -> PhotoCapture:
    photo = PhotoCapture(
        index=index,
        name=f"foto {index + 1}",
        image=np.zeros((1, 1, 3), np.uint8),
        scale=1.0,
        homography=np.eye(3),
        mode="markers",
        markers_found=4,
        marker_ids=[],
        rejected_marker_ids=[],
        rms_mm=0.1,
        print_info=None,
        visible_mm=[],
        px_per_mm=1.5,
    )
    photo.notes = list(notes)
    photo.dots = list(dots)
    return photo


def _note(index, x, y, color="yellow", confidence=0.9):
    return NoteDetection(color, "z", x, y, 76, 76, 0, [], confidence, index)


def _dot(index, x, y, kind="werkdruk"):
    return DotDetection(kind, "#e53935", "z", x, y, 12, 0.9, index)


def test_a_damaged_jpeg_is_refused_and_libjpeg_keeps_quiet(capfd):
    # OpenCV decodes it without an error; only libjpeg's English warning on stderr tells
    with pytest.raises(DamagedPhotoError, match=r"'kapot\.jpg' is beschadigd"):
        load_image(damaged_jpeg(), name="kapot.jpg")
    assert "Corrupt JPEG" not in capfd.readouterr().err
    buffer = io.BytesIO()
    Image.new("RGB", (160, 120), (200, 150, 90)).save(buffer, "JPEG")
    assert load_image(buffer.getvalue()).image.shape == (120, 160, 3)  # an intact one reads as before


def test_other_c_output_on_stderr_is_passed_on(capfd):
    with _c_stderr() as written:
        os.write(2, b"Corrupt JPEG data: 7 extraneous bytes before marker 0xd9\nsomething else\n")
    assert written == ["Corrupt JPEG data: 7 extraneous bytes before marker 0xd9", "something else"]
    err = capfd.readouterr().err
    assert "something else" in err and "Corrupt JPEG" not in err


def test_a_jpeg_of_an_unknown_jfif_revision_reads_without_an_english_warning(capfd):
    # libjpeg warns on stderr, in English, about a JFIF revision it does not know (0.01 here); the photo reads whole
    buffer = io.BytesIO()
    Image.new("RGB", (160, 120), (200, 150, 90)).save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    at = data.index(b"JFIF\x00") + 5
    data[at : at + 2] = b"\x00\x01"
    assert load_image(bytes(data)).image.shape == (120, 160, 3)
    check_jpeg_data(bytes(data), "oud.jpg")  # (not damaged)
    assert "JFIF" not in capfd.readouterr().err


def test_merging_keeps_one_of_each_and_never_merges_within_a_photo():
    first = _photo(0, [_note(0, 100, 100, confidence=0.8), _note(0, 120, 100)], [_dot(0, 50, 50), _dot(0, 62, 50)])
    second = _photo(
        1,
        [_note(1, 104, 98, confidence=0.95), _note(1, 300, 300), _note(1, 121, 100, color="pink")],
        [_dot(1, 51, 50), _dot(1, 63, 51), _dot(1, 80, 80), _dot(1, 51, 51, kind="werkplezier")],
    )
    notes = merge_notes([first, second])
    # the two yellow notes 20 mm apart in photo 1 both stay; photo 2's twin of the first merges (its better copy wins)
    assert len(notes) == 4
    assert sorted((note.photo_index, note.x_mm) for note in notes if note.color == "yellow") == [
        (0, 120),
        (1, 104),
        (1, 300),
    ]
    assert sum(note.color == "pink" for note in notes) == 1
    dots = merge_dots([first, second])
    assert len(dots) == 4  # two shared, one new, one of another kind
    assert sum(dot.kind == "werkplezier" for dot in dots) == 1


def test_detections_know_their_photo_by_number(board, brown_photo):
    from boards.capture import CaptureOptions, capture_photos

    result = capture_photos(
        [brown_photo.jpeg, brown_photo.jpeg], board, CaptureOptions(crops=False, keep_rectified=False)
    )
    assert [photo.index for photo in result.photos] == [0, 1]
    assert all(type(note.photo_index) is int for photo in result.photos for note in photo.notes)
    assert {note.photo_index for note in result.photos[1].notes} == {1}


def test_note_axes_turn_points_into_a_notes_own_axes_and_back():
    corners = rect_corners(np.array([40.0, 25.0]), (76.0, 51.0), 30.0)
    along = (corners - corners.mean(axis=0)) @ note_axes(30.0).T
    # In its own axes a note turned 30 degrees is an upright 76 x 51 mm rectangle, corners TL, TR, BR, BL.
    np.testing.assert_allclose(along, [[-38, -25.5], [38, -25.5], [38, 25.5], [-38, 25.5]], atol=1e-9)
    np.testing.assert_allclose(along @ note_axes(30.0) + corners.mean(axis=0), corners, atol=1e-9)
