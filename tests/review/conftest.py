"""Generated phone photos (small, seeded, cached) and a review widget to drive."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from tests.photos.cache import cached_photo
from tests.photos.generator import PhotoSpec

OUTPUT_DIR = Path(__file__).resolve().parents[2] / "out" / "review"


@pytest.fixture(scope="session")
def board():
    from boards.templates import load_template

    return load_template("procesplaat-1")


@pytest.fixture(scope="session")
def photo_cache(request):
    return request.config.cache.mkdir("review-photos")


@pytest.fixture(scope="session")
def make_photo(board, photo_cache):
    def make(spec: PhotoSpec):
        return cached_photo(photo_cache, board, spec)

    return make


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


@pytest.fixture
def photo_file(tmp_path, board_photo):
    path = tmp_path / "bord.jpg"
    board_photo.write(path)
    return path


@pytest.fixture
def noise_file(tmp_path):
    rng = np.random.default_rng(5)
    path = tmp_path / "ruis.png"
    cv2.imwrite(str(path), rng.integers(0, 255, (600, 800, 3), dtype=np.uint8))
    return path


@pytest.fixture
def review(qtbot, board):
    from boards.capture import CaptureOptions
    from desktop.review import ReviewWidget

    widget = ReviewWidget(board, options=CaptureOptions(ocr=False))
    widget.resize(1500, 900)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    if widget.is_running():
        widget.cancel()
        qtbot.waitUntil(lambda: not widget.is_running(), timeout=60_000)


def wait_for_capture(qtbot, widget, timeout: int = 60_000) -> None:
    with qtbot.waitSignal(widget.capture_finished, timeout=timeout):
        pass


def save_png(qtbot, widget, name: str) -> Path:
    qtbot.wait(100)  # let deferred layouts settle
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUTPUT_DIR / name
    assert widget.grab().save(str(path))
    return path
