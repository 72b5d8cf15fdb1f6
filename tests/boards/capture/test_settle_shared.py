"""Settling notes in the dots' colours region by region on two threads (``notes_in_dot_colours``' ``share``, the
pipeline's ``_on_both``) gives the labels settling them one after another gives: each region reads and changes only
its own pixels of the pair's two colours, so the order they are settled in does not matter."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np

import boards.capture.pipeline as pipeline
from boards.capture.segment import WHITE_PAPER_BGR, build_palette, classify, notes_in_dot_colours
from boards.templates import load_template
from tests.boards.capture.synthetic import note_class_of


def _board():
    """Green notes with green dots on them and beside them (one note with a row of dots along its edge, one with a
    line of writing, one with a dot of the other kind at its edge) on white paper, the two greens as close as a dim
    photo shows them, classed as ``notes_in_dot_colours`` gets them."""
    palette = build_palette(load_template("procesplaat-1"), WHITE_PAPER_BGR)
    note_class = note_class_of(palette, "green")
    dot_class = next(klass for klass, kind in palette.dot_kinds.items() if kind == "werkplezier")
    red = next(klass for klass, kind in palette.dot_kinds.items() if kind == "werkdruk")
    note, dot = (112, 183, 149), (75, 141, 86)
    palette.colors_bgr[palette.classes.index(note_class)] = note
    palette.colors_bgr[palette.classes.index(dot_class)] = dot
    palette._lut = palette._nearest = None
    image = np.full((560, 800, 3), WHITE_PAPER_BGR, np.uint8)
    for x0, y0 in ((30, 30), (240, 40), (450, 30), (60, 240), (300, 230)):
        cv2.rectangle(image, (x0, y0), (x0 + 150, y0 + 150), note, -1)
    for x, y in ((80, 80), (140, 150), (300, 90), (520, 100), (560, 150), (110, 300), (200, 330), (620, 300)):
        cv2.circle(image, (x, y), 9, dot, -1)
    for x in range(310, 450, 24):  # (a row of dots along a note's lower edge)
        cv2.circle(image, (x, 380), 9, dot, -1)
    cv2.line(image, (460, 90), (590, 95), (60, 60, 60), 3)  # (writing across a note)
    # a note at an angle and one beside it, close together: the first one's window reaches over the second
    cv2.fillPoly(image, [cv2.boxPoints(((570, 300), (110, 110), 45.0)).astype(np.int32)], note)
    cv2.rectangle(image, (615, 345), (725, 455), note, -1)
    for x, y in ((585, 290), (632, 362), (690, 420)):
        cv2.circle(image, (x, y), 9, dot, -1)
    labels = classify(image, palette)
    cv2.circle(labels, (190, 300), 8, red, -1)  # (a dot of the other kind at a note's edge)
    return image, labels, palette, note_class, dot_class


def _in_reverse(jobs):
    return [job() for job in reversed(jobs)][::-1]


def test_regions_settled_in_any_order_or_on_two_threads_give_the_labels_settled_in_turn():
    image, labels, palette, note_class, dot_class = _board()
    before = labels.copy()
    in_turn, reverse, shared = labels.copy(), labels.copy(), labels.copy()
    notes_in_dot_colours(image, in_turn, palette, 1.5)
    calls: list[int] = []

    def counted(jobs):
        calls.append(len(jobs))
        return _in_reverse(jobs)

    notes_in_dot_colours(image, reverse, palette, 1.5, share=counted)
    threads: set[str] = set()
    real_settle = pipeline._Shared._work

    def work(self):
        threads.add("calling" if threading.current_thread() is threading.main_thread() else "worker")
        real_settle(self)

    pipeline._Shared._work = work
    try:
        with ThreadPoolExecutor(1) as worker:
            pipeline._WORKERS.insert(0, worker)
            try:
                notes_in_dot_colours(image, shared, palette, 1.5, share=pipeline._on_both)
            finally:
                pipeline._WORKERS.remove(worker)
    finally:
        pipeline._Shared._work = real_settle
    assert max(calls) >= 3  # (several regions of a pair to settle)
    assert (in_turn != before).any() and (in_turn[before == note_class] == dot_class).any()
    assert np.array_equal(reverse, in_turn)
    assert np.array_equal(shared, in_turn)
    assert "calling" in threads


def _read(board, jpeg: bytes) -> list:
    from boards.capture import CaptureOptions, capture_photos

    photo = capture_photos([jpeg], board, CaptureOptions(crops=False)).photos[0]
    return [
        [(n.color, n.x_mm, n.y_mm, n.width_mm, n.height_mm, n.angle_deg, n.confidence, n.doubt) for n in photo.notes],
        [(d.kind, d.x_mm, d.y_mm, d.diameter_mm, d.confidence) for d in photo.dots],
        photo.doubtful_zones,
    ]


def test_a_photos_regions_settled_in_reverse_give_the_same_read_back(board, brown_photo, monkeypatch):
    in_turn = _read(board, brown_photo.jpeg)
    calls: list[int] = []

    def counted(jobs):
        calls.append(len(jobs))
        return _in_reverse(jobs)

    monkeypatch.setattr(pipeline, "_on_both", counted)
    assert _read(board, brown_photo.jpeg) == in_turn
    assert max(calls) >= 2 and len(in_turn[0]) > 5 and in_turn[1]
