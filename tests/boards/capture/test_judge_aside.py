"""What a photo shows of the board whatever its notes (``pipeline._judge_board``: the zones, parts and markers
outside it, the highlights and the zones they hide) is judged on the worker while the notes are sought: the same as
judging it all on the calling thread at the end."""

from __future__ import annotations

import threading

import boards.capture.pipeline as pipeline


def _judged(board, jpeg: bytes) -> list:
    from boards.capture import CaptureOptions, capture_photos

    photo = capture_photos([jpeg], board, CaptureOptions(crops=False)).photos[0]
    return [
        photo.unseen_zones,
        photo.unseen_parts,
        photo.missing_marker_ids,
        photo.glare_mm,
        list(photo.doubtful_zones.items()),
        [(note.doubt, note.confidence) for note in photo.notes],
        [dot.confidence for dot in photo.dots],
    ]


def test_the_board_judged_on_the_worker_while_the_notes_are_sought_is_judged_as_on_the_calling_thread(
    board, partial_photo, make_photo, monkeypatch
):
    """What a photo shows of the board whatever its notes (``pipeline._judge_board``) is made on the worker once
    the dots are counted; the same zones, parts, markers, highlights and doubts as judging it all at the end."""
    from tests.photos.generator import PhotoSpec

    glare = make_photo(PhotoSpec(seed=31, megapixels=3.0, background="brown", glare=True))
    made: list[str] = []
    real = pipeline._judge_board
    real_detect_notes = pipeline.detect_notes
    started = threading.Event()

    def judge_board(*args, **kwargs):
        on_worker = threading.current_thread() is not threading.main_thread()
        made.append("worker" if on_worker else "calling")
        if on_worker:
            started.set()
        return real(*args, **kwargs)

    def detect_notes(*args, **kwargs):
        # (as on a machine with a core to spare: the worker, done counting the dots, takes up the board before the
        # notes are found; on a busy one the calling thread may get there first and judge it, which the second
        # half of this test covers)
        started.wait(timeout=120)
        return real_detect_notes(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_judge_board", judge_board)
    monkeypatch.setattr(pipeline, "detect_notes", detect_notes)
    for photo in (partial_photo, glare):
        made.clear()
        started.clear()
        aside = _judged(board, photo.jpeg)
        assert made == ["worker"]

        class Busy:  # (the worker busy to the end: the calling thread judges it all)
            def cancel(self):
                return True

        real_submit = pipeline._worker().submit

        def submit(fn, *args, real_submit=real_submit, **kwargs):
            return Busy() if fn is judge_board else real_submit(fn, *args, **kwargs)

        monkeypatch.setattr(pipeline._worker(), "submit", submit)
        monkeypatch.setattr(pipeline, "detect_notes", real_detect_notes)
        made.clear()
        assert _judged(board, photo.jpeg) == aside and made == ["calling"]
        monkeypatch.undo()
        monkeypatch.setattr(pipeline, "_judge_board", judge_board)
        monkeypatch.setattr(pipeline, "detect_notes", detect_notes)
    assert aside[3] and any("glare" in reasons for _, reasons in aside[4])
