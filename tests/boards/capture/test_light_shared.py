"""Evening out the light with its independent parts run as jobs (``normalise_light``'s ``share``, the pipeline's
``_on_both``: the light field's coarse and fine parts, the full-size masks and the photo evened out by halves of its
rows) gives the image and masks of running them one after another on one thread."""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor

import numpy as np

import boards.capture.pipeline as pipeline
from boards.capture import CaptureOptions, capture_photos
from boards.capture.segment import _halves, normalise_light
from tests.photos.generator import PhotoSpec


def _in_reverse(jobs):
    return [job() for job in reversed(jobs)][::-1]


def _same(a, b) -> None:
    for name in ("image", "glare", "unreadable", "blown", "photo", "observed"):
        x, y = getattr(a, name), getattr(b, name)
        assert (x is None) == (y is None), name
        if x is not None:
            assert x.dtype == y.dtype and np.array_equal(x, y), name
    assert (a.paper_bgr, a.paper_kind) == (b.paper_bgr, b.paper_kind)


def test_the_light_evened_out_by_jobs_in_any_order_or_on_two_threads_is_the_light_evened_out_in_turn(
    board, brown_photo, white_photo, make_photo, monkeypatch
):
    glare = make_photo(PhotoSpec(seed=31, megapixels=3.0, background="brown", glare=True))
    inputs = []
    real = pipeline.normalise_light

    def recorded(image, valid, ppm, printed=None, cells=None, share=None):
        inputs.append((image, valid, ppm, printed, cells))
        return real(image, valid, ppm, printed, cells, share)

    monkeypatch.setattr(pipeline, "normalise_light", recorded)
    for photo in (brown_photo, white_photo, glare):
        capture_photos([photo.jpeg], board, CaptureOptions(crops=False))
    monkeypatch.undo()
    kinds = set()
    with ThreadPoolExecutor(1) as worker:
        pipeline._WORKERS.insert(0, worker)
        try:
            for image, valid, ppm, printed, cells in inputs:
                plain = normalise_light(image, valid, ppm, printed, cells)
                kinds.add((plain.paper_kind, plain.glare is not None))
                # (the whole board's part, a view with gaps between its rows, and a copy of it without)
                for source in (image, np.ascontiguousarray(image)):
                    _same(normalise_light(source, valid, ppm, printed, cells, _in_reverse), plain)
                    _same(normalise_light(source, valid, ppm, printed, cells, pipeline._on_both), plain)
        finally:
            pipeline._WORKERS.remove(worker)
    assert not inputs[0][0].flags.c_contiguous
    assert {("white", False), ("brown", True)} <= kinds


def test_the_rows_are_halved_at_whole_vector_steps():
    for height, width in ((1142, 1664), (1263, 1783), (7, 5), (1, 3), (130, 201)):
        halves = _halves(height, width)
        assert halves[0].start == 0 and halves[-1].stop == height
        assert all(a.stop == b.start for a, b in itertools.pairwise(halves))
        assert all(rows.stop > rows.start for rows in halves)
        assert (halves[0].stop * width * 3) % 64 == 0 or len(halves) == 1
    assert _halves(1263, 1783)[0].stop in range(600, 664)
