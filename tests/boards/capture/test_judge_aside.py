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

    def judge_board(*args, **kwargs):
        made.append("calling" if threading.current_thread() is threading.main_thread() else "worker")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_judge_board", judge_board)
    for photo in (partial_photo, glare):
        made.clear()
        aside = _judged(board, photo.jpeg)
        assert made == ["worker"]

        class Busy:  # (the worker busy to the end: the calling thread judges it all)
            def cancel(self):
                return True

        real_submit = pipeline._worker().submit

        def submit(fn, *args, real_submit=real_submit, **kwargs):
            return Busy() if fn is judge_board else real_submit(fn, *args, **kwargs)

        monkeypatch.setattr(pipeline._worker(), "submit", submit)
        made.clear()
        assert _judged(board, photo.jpeg) == aside and made == ["calling"]
        monkeypatch.undo()
        monkeypatch.setattr(pipeline, "_judge_board", judge_board)
    assert aside[3] and any("glare" in reasons for _, reasons in aside[4])
