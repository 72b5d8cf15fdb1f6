"""The notes search's independent jobs (its clusters, the searches of their colours) give the same notes whichever
thread runs them and in whatever order: ``detect_notes(..., share=...)`` against searching one after another."""

from __future__ import annotations

import pickle
import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from boards.capture.notes.search import detect_notes


def _reversed(jobs: list) -> list:
    """The jobs run last first (results in the jobs' order): a job that needed an earlier one's work would miss it."""
    results = [None] * len(jobs)
    for index in reversed(range(len(jobs))):
        results[index] = jobs[index]()
    return results


def _pool(seed: int):
    """The jobs run on four threads at once, each started after a random pause (results in the jobs' order)."""
    rng = random.Random(seed)
    lock = threading.Lock()

    def run(jobs: list) -> list:
        def paused(job):
            with lock:
                pause = rng.random() * 0.002
            time.sleep(pause)
            return job()

        with ThreadPoolExecutor(max_workers=4) as pool:
            return list(pool.map(paused, jobs))

    return run


def _fields(blobs) -> list[bytes]:
    """Every field of every note, arrays in them too, byte for byte."""
    return [pickle.dumps(vars(blob)) for blob in blobs]


def test_the_notes_are_the_same_whatever_thread_searches_what_and_in_whatever_order(monkeypatch):
    import boards.capture.pipeline as pipeline
    from boards.capture import capture_photos
    from tests.support.photo_fixtures import benchmark_photo

    # a dense board: many clusters and colours, regions searched again once a note proves a size
    board, photo = benchmark_photo("dense", 0, 121201)
    calls = []

    def recording(*args, **kwargs):
        calls.append((args, kwargs))
        return detect_notes(*args, **kwargs)

    monkeypatch.setattr(pipeline, "detect_notes", recording)
    capture_photos([photo.jpeg], board)
    (args, kwargs), *_ = calls
    assert kwargs["share"] is not None  # (the pipeline shares the search with its worker)
    kwargs = {**kwargs, "share": None}
    plain = detect_notes(*args, **kwargs)
    assert len(plain) >= 10

    rounds = []

    def counting(run):
        def counted(jobs: list) -> list:
            rounds.append(len(jobs))
            return run(jobs)

        return counted

    in_reverse = detect_notes(*args, **{**kwargs, "share": counting(_reversed)})
    assert max(rounds) >= 5  # (several jobs at once in at least one round: the clusters, their colours)
    assert _fields(in_reverse) == _fields(plain)
    for seed in range(3):
        assert _fields(detect_notes(*args, **{**kwargs, "share": _pool(seed)})) == _fields(plain)
