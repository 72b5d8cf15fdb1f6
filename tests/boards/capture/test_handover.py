"""While a photo is read, the GIL goes back and forth between the caller's thread and the worker promptly
(``pipeline.SWITCH_INTERVAL_S`` instead of Python's 5 ms) and OpenCV runs on the cores the two leave free
(``pipeline.opencv_threads``); the interpreter's interval and OpenCV's threads are as they were after, also
when reading a photo fails."""

from __future__ import annotations

import sys

import cv2
import pytest

import boards.capture.pipeline as pipeline
from boards.capture import CaptureOptions, NotAnImageError, capture_photos


def test_a_photo_is_read_with_a_short_switch_interval_and_the_interval_is_restored_after(
    board, brown_photo, monkeypatch
):
    during = []
    real_seen = pipeline._seen

    def seen(*args, **kwargs):
        during.append((sys.getswitchinterval(), cv2.getNumThreads()))
        return real_seen(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_seen", seen)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 8)
    original = cv2.getNumThreads()
    cv2.setNumThreads(3)
    try:
        _read_and_check(board, brown_photo, during)
    finally:
        cv2.setNumThreads(original)


def _read_and_check(board, brown_photo, during):
    before = sys.getswitchinterval()
    assert before > pipeline.SWITCH_INTERVAL_S * 2  # (Python's default; the test would show nothing else)
    result = capture_photos([brown_photo.jpeg], board, CaptureOptions(crops=False))
    assert result.notes
    assert during == [(pytest.approx(pipeline.SWITCH_INTERVAL_S, abs=1e-6), 6)]  # (eight cores, two for the reader)
    assert sys.getswitchinterval() == before and cv2.getNumThreads() == 3
    with pytest.raises(NotAnImageError):
        capture_photos([b"no photo"], board)
    assert sys.getswitchinterval() == before and cv2.getNumThreads() == 3


def test_on_two_cores_opencv_reads_on_one_thread(monkeypatch):
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 2)
    assert pipeline.opencv_threads() == 1
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: None)
    assert pipeline.opencv_threads() == 1


def test_photos_read_on_two_threads_at_once_leave_the_interval_as_it_was():
    before = sys.getswitchinterval()
    first, second = pipeline._prompt_handover(), pipeline._prompt_handover()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # (the first to start ends first: the other still reads)
    assert sys.getswitchinterval() == pytest.approx(pipeline.SWITCH_INTERVAL_S, abs=1e-6)
    second.__exit__(None, None, None)
    assert sys.getswitchinterval() == before
