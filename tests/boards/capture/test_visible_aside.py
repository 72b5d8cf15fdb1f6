"""The photo's outline on the board, its seen pixels and seen light cells (``pipeline._visible``) depend on the
homography alone: the worker makes them, before it reads the QR code, while the board is rectified. The board is
seen and its light evened out as when they are made on the calling thread."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np

import boards.capture.pipeline as pipeline
from boards.capture import CaptureOptions, capture_photos
from boards.capture.segment import light_grid, seen_cells


def test_the_seen_parts_made_on_the_worker_give_the_board_as_made_in_turn(
    board, brown_photo, partial_photo, monkeypatch
):
    calls, made = [], []
    real_seen, real_visible = pipeline._seen, pipeline._visible

    def seen(*args):
        calls.append(args)
        return real_seen(*args)

    def visible(*args, **kwargs):
        made.append("calling" if threading.current_thread() is threading.main_thread() else "worker")
        return real_visible(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_seen", seen)
    monkeypatch.setattr(pipeline, "_visible", visible)
    for photo in (brown_photo, partial_photo):
        calls.clear(), made.clear()
        capture_photos([photo.jpeg], board, CaptureOptions())
        ((image, homography, _, options, printed, ahead),) = calls
        assert made == ["worker"] and ahead is not None and ahead.done()
        aside = real_seen(image, homography, board, options, printed, ahead)
        inline = real_seen(image, homography, board, options, printed)
        for a, b in zip(aside[:5], inline[:5], strict=True):
            assert type(a) is type(b)
            if isinstance(a, np.ndarray):
                assert np.array_equal(a, b)
        if photo is partial_photo:
            assert not aside[3].all()  # (the photo's edge cuts into the seen pixels)
        assert np.array_equal(aside[5].image, inline[5].image) and aside[5].paper_bgr == inline[5].paper_bgr
        with ThreadPoolExecutor(1) as worker:  # (a seen mask of another size than the board's: made anew)
            other = worker.submit(lambda: (None, np.zeros((5, 5), np.uint8), np.zeros((1, 1), bool)))
            again = real_seen(image, homography, board, options, printed, other)
        assert np.array_equal(again[5].image, inline[5].image)


def test_the_seen_cells_are_the_cells_all_but_wholly_seen():
    valid = np.zeros((130, 200), np.uint8)
    valid[:, :101] = 255
    cells = seen_cells(valid, 1.5)
    step, (width, height) = light_grid(valid.shape, 1.5)
    assert cells.shape == (height, width) and step == 6
    assert cells[:, : 100 // step].all() and not cells[:, 101 // step + 1 :].any()
