"""A session's photos: one rule for the name a photo file is stored under, and reading the file."""

from __future__ import annotations

import pytest

from boards.errors import BoardFileError, InvalidArgumentError
from boards.photos import MAX_PHOTO_NAME, check_photo_data, check_photo_name, photo_name, read_photo
from tests.support.builders import damaged_jpeg, photo_bytes

JPEG = photo_bytes("bord")


@pytest.mark.parametrize(
    ("file_name", "expected"),
    [
        ("bord.jpg", "bord.jpg"),
        ("bord na afloop.jpg", "bord-na-afloop.jpg"),
        ("Ideeën & acties (2).JPG", "Ideeen-acties-2-.JPG"),
        ("_concept.png", "concept.png"),
        ("...bord.jpg", "bord.jpg"),
        ("bord.jpg.", "bord.jpg"),
        ("map/sub/bord 1.jpg", "bord-1.jpg"),
        ("C:\\Foto's\\bord 1.jpg", "bord-1.jpg"),
        ("€ €.", "foto.jpg"),
        ("üü.", "uu"),
        ("", "foto.jpg"),
    ],
)
def test_a_file_name_becomes_a_name_the_archive_accepts(file_name, expected):
    name = photo_name(file_name)
    assert name == expected
    check_photo_name(name)  # never refused afterwards


def test_a_very_long_name_is_shortened_and_keeps_its_extension():
    name = photo_name("a" * 300 + ".jpeg")
    assert len(name) == MAX_PHOTO_NAME and name.endswith(".jpeg")
    check_photo_name(name)


@pytest.mark.parametrize("name", ["", "-bord.jpg", "map/bord.jpg", "bord 1.jpg", "a" * (MAX_PHOTO_NAME + 1)])
def test_the_archive_refuses_other_names_and_says_what_a_name_may_hold(name):
    with pytest.raises(InvalidArgumentError, match="letters, cijfers"):
        check_photo_name(name)


def test_reading_a_photo_gives_its_name_and_bytes_or_a_message_naming_the_file(tmp_path):
    photo = tmp_path / "bord na afloop.jpg"
    photo.write_bytes(JPEG)
    assert read_photo(photo) == ("bord-na-afloop.jpg", JPEG)
    assert read_photo(str(photo), "eigen.jpg") == ("eigen.jpg", JPEG)
    with pytest.raises(BoardFileError, match=r"weg\.jpg: het bestand bestaat niet"):
        read_photo(tmp_path / "weg.jpg")
    with pytest.raises(BoardFileError, match="dit is een map"):
        read_photo(tmp_path)


def test_a_jpeg_with_damaged_data_is_not_stored_and_libjpeg_keeps_quiet(tmp_path, capfd):
    # Pillow and OpenCV both decode it without an error, grey where the data went wrong: the archive
    # would keep a photo with a hole in it.
    photo = tmp_path / "kapot.jpg"
    photo.write_bytes(damaged_jpeg())
    with pytest.raises(InvalidArgumentError, match=r"kapot\.jpg: een deel van de foto is beschadigd"):
        read_photo(photo)
    assert "Corrupt JPEG" not in capfd.readouterr().err
    check_photo_data(JPEG, "bord.jpg")  # a whole photo passes


def test_a_jpeg_whose_end_marker_went_wrong_is_refused():
    # libjpeg (OpenCV) decodes it without a word; Pillow finds the data stream broken: both decoders look
    data = JPEG[:-1] + b"\x02" if JPEG.endswith(b"\xff\xd9") else None
    assert data is not None
    with pytest.raises(InvalidArgumentError, match=r"^bord\.jpg: de foto is beschadigd of onvolledig"):
        check_photo_data(data, "bord.jpg")
