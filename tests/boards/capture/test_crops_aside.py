"""Once the dots are counted, the worker cuts the notes' crops while the calling thread lists the notes:
the same crops as cut one by one on the calling thread."""

from __future__ import annotations

import threading
import time

import boards.capture.pipeline as pipeline
from boards.capture import CaptureOptions, capture_photos


def _read(board, jpeg: bytes, monkeypatch, slow: str) -> tuple[list, set[str]]:
    """Capture with the notes (``slow="notes"``: the dots are counted by then) or the dots slowed down; the
    crops, and the threads that cut them."""
    threads: set[str] = set()
    real_crop, real = pipeline.crop_quad, getattr(pipeline, f"detect_{slow}")

    def crop(*args, **kwargs):
        threads.add("calling" if threading.current_thread() is threading.main_thread() else "worker")
        return real_crop(*args, **kwargs)

    def slowly(*args, **kwargs):
        found = real(*args, **kwargs)
        time.sleep(1.0)
        return found

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "crop_quad", crop)
        patch.setattr(pipeline, f"detect_{slow}", slowly)
        result = capture_photos([jpeg], board, CaptureOptions())
    return [(note.x_mm, note.y_mm, note.crop.tobytes(), note.crop.shape) for note in result.photos[0].notes], threads


def test_crops_cut_on_the_worker_are_those_cut_on_the_calling_thread(board, brown_photo, monkeypatch):
    aside, aside_threads = _read(board, brown_photo.jpeg, monkeypatch, slow="notes")
    inline, inline_threads = _read(board, brown_photo.jpeg, monkeypatch, slow="dots")
    assert aside_threads == {"worker"} and inline_threads == {"calling"}
    assert aside == inline and len(aside) > 5
