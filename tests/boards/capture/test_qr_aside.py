"""Where the markers alone place a photo, its QR code is read on a thread of its own while the board is
rectified and its colours settled (``pipeline._place(qr_aside=True)``): the read-back is the one reading the code
first gives, also when the code names a print the markers are fitted to again, another version, or another board."""

from __future__ import annotations

import dataclasses
import threading

import numpy as np
import pytest

import boards.capture.markers as markers
import boards.capture.pipeline as pipeline
from boards.capture import CaptureOptions, WrongBoardError, capture_photos
from boards.capture.markers import (
    DetectedMarker,
    default_layout,
    guessed_layouts,
    guessed_print_infos,
    printed_ids,
    printed_markers,
)
from boards.readback import TILE_MARKER_ID_BASE, PrintInfo
from boards.templates import list_templates, load_template
from tests.boards.capture.test_tiled import _tile_photo


def _summary(result) -> tuple:
    photo = result.photos[0]
    notes = [
        (n.color, n.zone_id, n.x_mm, n.y_mm, n.width_mm, n.height_mm, n.angle_deg, n.confidence, n.doubt)
        for n in result.notes
    ]
    dots = [(d.kind, d.zone_id, d.x_mm, d.y_mm, d.diameter_mm, d.confidence) for d in result.dots]
    return (
        photo.homography.tolist(),
        photo.print_info,
        photo.marker_ids,
        photo.rms_mm,
        notes,
        dots,
        dict(photo.doubtful_zones),
        result.warnings,
        None if photo.rectified is None else photo.rectified.tobytes(),
    )


def _read(board, jpeg: bytes, monkeypatch, aside: bool, info: PrintInfo | None = None, force: bool = False):
    """Capture with the QR code read aside (as capture does) or first (the plain order); ``info``: what the
    QR code says instead of what the photo shows; ``force``: read a photo of another board."""
    seen = []
    real_seen, real_place = pipeline._seen, pipeline._place

    def counting_seen(*args, **kwargs):
        seen.append(1)
        return real_seen(*args, **kwargs)

    def place(*args, **kwargs):
        kwargs["qr_aside"] = aside
        return real_place(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "_seen", counting_seen)
        patch.setattr(pipeline, "_place", place)
        if info is not None:
            patch.setattr(pipeline, "read_board_qr", lambda *args: info)
        result = capture_photos([jpeg], board, CaptureOptions(crops=False, other_board=force))
    return result, len(seen)


def test_reading_the_qr_code_aside_gives_what_reading_it_first_gives(board, brown_photo, monkeypatch):
    first, _ = _read(board, brown_photo.jpeg, monkeypatch, aside=False)
    aside, placed = _read(board, brown_photo.jpeg, monkeypatch, aside=True)
    assert first.photos[0].print_info is not None and first.photos[0].print_info.board_id == board.id
    assert placed == 1  # the code names this board, printed 1:1: the board is rectified once
    assert _summary(aside) == _summary(first)


def test_a_print_the_code_names_is_fitted_again(board, brown_photo, monkeypatch):
    # a poster printed at half size on smaller paper carries the board's own markers, scaled: the markers
    # alone place it, and the QR code then has them fitted again to the print it names (its markers are the
    # board's own frame: the same fit, so the board is not rectified again; test_tiled.py has a print whose
    # code moves the placement)
    shrunk = PrintInfo(board.id, board.version, scale=0.5)
    first, _ = _read(board, brown_photo.jpeg, monkeypatch, aside=False, info=shrunk)
    aside, placed = _read(board, brown_photo.jpeg, monkeypatch, aside=True, info=shrunk)
    assert placed == 1
    assert aside.photos[0].print_info == shrunk
    assert _summary(aside) == _summary(first)
    # another version of the board: the same warning, at the same place
    older = PrintInfo(board.id, board.version + 1)
    first, _ = _read(board, brown_photo.jpeg, monkeypatch, aside=False, info=older)
    aside, placed = _read(board, brown_photo.jpeg, monkeypatch, aside=True, info=older)
    assert placed == 1 and aside.warnings and _summary(aside) == _summary(first)


def test_another_board_is_refused_or_read_with_force(board, brown_photo, monkeypatch):
    other = dataclasses.replace(board, id="ander-bord")
    with pytest.raises(WrongBoardError):
        _read(other, brown_photo.jpeg, monkeypatch, aside=True)
    first, _ = _read(other, brown_photo.jpeg, monkeypatch, aside=False, force=True)
    aside, _ = _read(other, brown_photo.jpeg, monkeypatch, aside=True, force=True)
    assert any("hoort bij bord" in warning for warning in aside.warnings)
    assert _summary(aside) == _summary(first)


def test_guessed_layouts_are_the_guessed_prints_with_their_layouts(board):
    guessed = guessed_layouts(board)
    assert [info for info, _ in guessed] == guessed_print_infos(board) and guessed
    for info, layout in guessed:
        assert layout == info.layout_in_board_mm(board)
    assert printed_ids(board, guessed=guessed) == printed_ids(board)
    named = PrintInfo(board.id, board.version, tile_sheet="A3P")
    assert printed_ids(board, named, guessed) == printed_ids(board, named)
    markers = [DetectedMarker(marker_id, np.zeros((4, 2), np.float32)) for marker_id in (0, 505, 660)]
    assert printed_markers(markers, board, named, guessed) == printed_markers(markers, board, named)


def test_the_usual_tiled_prints_are_worked_out_only_where_a_tile_marker_is_seen(board, brown_photo, monkeypatch):
    # their layouts take about 0.1 s the first time a process reads a photo, and every id they add to the poster
    # frame's is a tile marker's: a poster's photo never needs them; a sheet of a tiled print does
    asked = []
    real = pipeline.guessed_layouts
    monkeypatch.setattr(pipeline, "guessed_layouts", lambda board: asked.append(board) or real(board))
    result = capture_photos([brown_photo.jpeg], board, CaptureOptions(crops=False))
    assert result.photos[0].print_info is not None and result.photos[0].notes
    assert not asked
    for template in list_templates():
        for _, layout in real(template):
            frame = {marker.id for marker in default_layout(template).markers}
            assert all(marker.id in frame or marker.id >= TILE_MARKER_ID_BASE for marker in layout.markers)
    sheet, _, _ = _tile_photo(board, 0, 1)
    capture = capture_photos([sheet], board, CaptureOptions(crops=False)).photos[0]
    assert asked and any(marker_id >= TILE_MARKER_ID_BASE for marker_id in capture.marker_ids)


def test_the_placement_is_judged_with_the_refits_of_its_final_fit(board, brown_photo, monkeypatch):
    # the refits are made on the worker as soon as the markers place the photo; a QR code that has the
    # markers fitted again (here: a poster printed at half size) has them made again, for the final fit
    refitted, judged = [], []
    real_refits, real_judge = pipeline.placement_refits, pipeline._judge

    def refits(fit):
        refitted.append(fit)
        return real_refits(fit)

    def judge(photo, board, normalised, region, ppm, placement, refits=None, shown=None):
        judged.append((placement.fit, refits))
        return real_judge(photo, board, normalised, region, ppm, placement, refits, shown)

    monkeypatch.setattr(pipeline, "placement_refits", refits)
    monkeypatch.setattr(pipeline, "_judge", judge)
    for info, made in ((None, 1), (PrintInfo(board.id, board.version, scale=0.5), 2)):
        refitted.clear(), judged.clear()
        _read(board, brown_photo.jpeg, monkeypatch, aside=True, info=info)
        ((fit, given),) = judged
        assert len(refitted) == made and refitted[-1] is fit
        assert len(given) > 0 and all(np.array_equal(a, b) for a, b in zip(given, real_refits(fit), strict=True))


@pytest.mark.parametrize("step", ["classify", "give_shade"])
def test_the_colours_are_classed_and_settled_while_the_qr_code_is_read(board, brown_photo, monkeypatch, step):
    # the caller's thread does not wait for the code before it classes the board's colours (``classify``) and
    # settles them (``give_shade``, its last step there); the code is read on a thread of its own, so the worker's
    # jobs the caller needs for that (the thin dark lines, the haze's hues, the curled notes' shade) do not queue
    # behind it. Here the code's read waits for that step, which it never sees where the step waits for the code
    reached = threading.Event()
    real_step, real_read = getattr(pipeline, step), pipeline.read_board_qr

    def stepped(*args, **kwargs):
        reached.set()
        return real_step(*args, **kwargs)

    def read(*args):
        return real_read(*args) if reached.wait(timeout=5) else None

    monkeypatch.setattr(pipeline, step, stepped)
    monkeypatch.setattr(pipeline, "read_board_qr", read)
    result = capture_photos([brown_photo.jpeg], board, CaptureOptions(crops=False))
    assert result.photos[0].print_info is not None and result.photos[0].print_info.board_id == board.id


def test_the_cheap_read_is_tried_in_every_area_before_a_sharper_one(monkeypatch):
    # a photo of another print whose code lies where another board of the same shape carries its own (an older
    # print of this board, or that board) reads at once there: the sharper, slower cut of the board's own area,
    # where no code lies, comes after
    board = load_template("procesplaat-1")
    own, (other, *_) = markers.qr_search_area(board), markers.other_qr_areas(board)
    code = PrintInfo(board.id, board.version)
    tried = []

    def read(image, homography, area, attempts=markers.QR_ATTEMPTS):
        tried.append((area, attempts))
        return code if area == other and markers.QR_ATTEMPTS[0] in attempts else None

    monkeypatch.setattr(markers, "read_qr_on_board", read)
    assert markers.read_board_qr(np.zeros((10, 10, 3), np.uint8), np.eye(3), board) == code
    assert tried == [(own, markers.QR_ATTEMPTS[:1]), (other, markers.QR_ATTEMPTS[:1])]


def test_the_other_areas_are_not_asked_for_when_the_boards_own_area_reads(monkeypatch):
    # the other areas load every template (about 0.1 s): a photo whose code lies where its board carries it, as a
    # print of the board as it is reads, never needs them
    board = load_template("procesplaat-1")
    code = PrintInfo(board.id, board.version)
    asked = []
    monkeypatch.setattr(markers, "read_qr_on_board", lambda image, homography, area, attempts: code)
    monkeypatch.setattr(markers, "other_qr_areas", lambda board: asked.append(board) or ())
    assert markers.read_board_qr(np.zeros((10, 10, 3), np.uint8), np.eye(3), board) == code
    assert not asked
