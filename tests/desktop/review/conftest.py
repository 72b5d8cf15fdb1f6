"""A review widget to drive, and files for it to read (the photos come from tests/support/photo_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

OUTPUT_DIR = Path(__file__).resolve().parents[3] / "out" / "review"


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
