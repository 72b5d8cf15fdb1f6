"""Once the dots are counted, the worker cuts the notes' crops while the calling thread lists the notes and
judges the photo, and then both cut them (``pipeline._Shared``): the same crops as cut one by one on the
calling thread."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import boards.capture.pipeline as pipeline
from boards.capture import CaptureOptions, capture_photos


def _read(board, jpeg: bytes, monkeypatch, slow: str) -> tuple[list, set[str]]:
    """Capture with the notes (``slow="notes"``: they wait until the dots are counted) or the dots slowed down;
    the crops, and the threads that cut them."""
    threads: set[str] = set()
    real_crop, real_notes, real_dots = pipeline.crop_quad, pipeline.detect_notes, pipeline.detect_dots
    dots_counted = threading.Event()

    def crop(*args, **kwargs):
        threads.add("calling" if threading.current_thread() is threading.main_thread() else "worker")
        return real_crop(*args, **kwargs)

    def notes(*args, **kwargs):
        found = real_notes(*args, **kwargs)
        if slow == "notes":  # (waits for the worker however busy the machine is)
            assert dots_counted.wait(timeout=60)
        return found

    def dots(*args, **kwargs):
        found = real_dots(*args, **kwargs)
        if slow == "dots":  # (the calling thread lists the notes and cuts their crops meanwhile: milliseconds)
            time.sleep(1.0)
        dots_counted.set()
        return found

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "crop_quad", crop)
        patch.setattr(pipeline, "detect_notes", notes)
        patch.setattr(pipeline, "detect_dots", dots)
        result = capture_photos([jpeg], board, CaptureOptions())
    return [(note.x_mm, note.y_mm, note.crop.tobytes(), note.crop.shape) for note in result.photos[0].notes], threads


def test_crops_cut_on_the_worker_are_those_cut_on_the_calling_thread(board, brown_photo, monkeypatch):
    aside, aside_threads = _read(board, brown_photo.jpeg, monkeypatch, slow="notes")
    inline, inline_threads = _read(board, brown_photo.jpeg, monkeypatch, slow="dots")
    assert "worker" in aside_threads and inline_threads == {"calling"}
    assert aside == inline and len(aside) > 5


def _where(number: int, together: threading.Barrier | None = None) -> tuple[int, str]:
    if together is not None:
        together.wait(timeout=10)
    return number, "calling" if threading.current_thread() is threading.main_thread() else "worker"


def test_shared_jobs_run_on_both_threads_and_come_back_in_order():
    together = threading.Barrier(2)  # (the first two jobs wait for each other: one on each thread)
    with ThreadPoolExecutor(max_workers=1) as worker:
        shared = pipeline._Shared([partial(_where, n, together if n < 2 else None) for n in range(7)])
        shared.help_on(worker)
        results = shared.run()
    assert [number for number, _ in results] == list(range(7))
    assert {thread for _, thread in results[:2]} == {"calling", "worker"}


def test_shared_jobs_do_not_wait_for_a_busy_worker():
    release = threading.Event()
    with ThreadPoolExecutor(max_workers=1) as worker:
        busy = worker.submit(release.wait, 10)
        shared = pipeline._Shared([partial(_where, n) for n in range(4)])
        shared.help_on(worker)
        started = time.perf_counter()
        results = shared.run()  # (all on this thread; the worker's turn, still queued, is dropped)
        waited = time.perf_counter() - started
        release.set()
        assert busy.result()
    assert results == [(n, "calling") for n in range(4)] and waited < 5
