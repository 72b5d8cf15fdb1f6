"""Generated phone photos of the Procesplaat (seeded, cached between runs), for the capture, review and CLI tests."""

from __future__ import annotations

import pytest

from boards.geometry import Rect
from tests.photos.cache import cached_photo
from tests.photos.generator import PhotoSpec


@pytest.fixture(scope="session")
def board():
    from boards.templates import load_template

    return load_template("procesplaat-1")


@pytest.fixture(scope="session")
def photo_cache(request):
    return request.config.cache.mkdir("photos")


@pytest.fixture(scope="session")
def make_photo(board, photo_cache):
    def make(spec: PhotoSpec, filled=None):
        return cached_photo(photo_cache, board, spec, filled)

    return make


@pytest.fixture(scope="session")
def brown_photo(make_photo):
    return make_photo(PhotoSpec(seed=11, megapixels=3.0, background="brown", max_tilt_deg=40.0))


@pytest.fixture(scope="session")
def white_photo(make_photo):
    return make_photo(PhotoSpec(seed=12, megapixels=3.0, background="none", max_tilt_deg=35.0))


@pytest.fixture(scope="session")
def partial_photo(make_photo):
    # the left column of cells between two left-edge markers (y 221.5 and 420.5)
    return make_photo(
        PhotoSpec(
            seed=13, megapixels=3.0, visible=Rect(0.0, 170.0, 330.0, 290.0), max_tilt_deg=20.0, dots_per_kind=(1, 5)
        )
    )


@pytest.fixture(scope="session")
def crowded_photo(make_photo):
    return make_photo(PhotoSpec(seed=14, megapixels=3.0, overlap_pairs=4, touching_pairs=4, notes_per_zone=(0, 1)))


@pytest.fixture(scope="session")
def board_photo(make_photo):
    """A 2 MP photo of the filled board (notes and dots in several zones)."""
    return make_photo(
        PhotoSpec(
            seed=21,
            megapixels=2.0,
            background="brown",
            max_tilt_deg=25.0,
            dots_per_kind=(0, 3),
            overlap_pairs=0,
            touching_pairs=0,
        )
    )


@pytest.fixture(scope="session")
def hand_drawn_photo(make_photo):
    """A board without markers: only the four-corner mode can read it."""
    return make_photo(
        PhotoSpec(
            seed=22,
            megapixels=2.0,
            background="brown",
            max_tilt_deg=20.0,
            markers=False,
            overlap_pairs=0,
            touching_pairs=0,
        )
    )


def benchmark_photo(condition: str, index: int, seed: int):
    """(board, photo): photo ``index`` of ``condition`` in `benchmarks/capture.py --seed SEED`."""
    from boards.templates import load_template
    from tests.photos.conditions import condition_spec
    from tests.photos.generator import generate_photo

    board_id, spec = condition_spec(condition, index, seed)
    board = load_template(board_id)
    return board, generate_photo(board, spec)


def read_benchmark_photo(condition: str, index: int, seed: int):
    """(truth notes, capture result) of ``benchmark_photo``: the notes scored (none ignored), and the read."""
    from boards.capture import CaptureOptions, capture_photos

    board, photo = benchmark_photo(condition, index, seed)
    truth = [note for note in photo.truth_json(board)["notes"] if not note.get("ignore")]
    return truth, capture_photos([photo.jpeg], board, CaptureOptions(crops=False, keep_rectified=False))
