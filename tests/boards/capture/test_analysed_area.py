"""The part of the board analysed lies on whole pixels of the board image, so a photo reads the same whether
the whole rectified board is kept for the review (the desktop app, the benchmark) or not (``bruinpapier
capture``)."""

from __future__ import annotations

from boards.capture import CaptureOptions, capture_photos
from boards.capture.pipeline import analysis_region
from boards.templates import load_template
from tests.boards.capture.synthetic import Note, Scene, photograph


def test_a_photo_reads_the_same_with_or_without_the_whole_board_kept():
    board = load_template("ideeen-genereren")
    ppm = CaptureOptions().px_per_mm
    region = analysis_region(board)
    assert (region.x * ppm) % 1 != 0  # (the quadrants' area starts between two pixels)
    scene = Scene(
        notes=[
            Note("yellow", 120, 220, 4.0),
            Note("yellow", 196, 222, -3.0),
            Note("pink", 520, 240, 12.0, curl=0.6),
            Note("blue", 160, 440, 0.0, size_mm=(127.0, 76.0)),
            Note("green", 600, 450, -8.0),
        ],
    )
    jpeg, _ = photograph(board, scene)
    kept, alone = (
        capture_photos([jpeg], board, CaptureOptions(crops=False, keep_rectified=keep)) for keep in (True, False)
    )
    assert kept.photos[0].rectified is not None and alone.photos[0].rectified is None

    def read(result):
        notes = sorted((n.color, round(n.x_mm, 2), round(n.y_mm, 2), n.doubt) for n in result.notes)
        return notes, result.doubtful_zones

    assert read(kept) == read(alone)
    assert len(alone.notes) == 5
