"""A photo whose QR code cannot be read, checked against the printed zone borders of the board it is read as
(issue 13, item 5): refused when it shows another board, read with a warning when unsure."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from boards.capture import CaptureOptions, UnlikeBoardError, WrongBoardError, capture_photos
from boards.capture.boardcheck import MIN_PLACES, PrintAgreement, print_agreement
from boards.capture.markers import qr_search_area
from boards.capture.pipeline import _check_board, analysis_region
from boards.capture.segment import PAPER
from boards.templates import load_template
from tests.boards.capture.synthetic import Note, Scene, photograph

PPM = 1.5


def _drawn_borders(board, shift_mm=(0.0, 0.0), directions=("vertical", "horizontal")):
    """The analysed part of ``board`` as light paper with its zone borders drawn as thin dark lines (moved by
    ``shift_mm``; only the borders running in ``directions``), its labels (all paper) and where it is seen (all)."""
    region = analysis_region(board)
    height, width = round(region.height * PPM), round(region.width * PPM)
    gray = np.full((height, width), 180, np.uint8)
    for zone in board.zones:
        x0 = round((zone.rect.x + shift_mm[0] - region.x) * PPM)
        y0 = round((zone.rect.y + shift_mm[1] - region.y) * PPM)
        x1 = round((zone.rect.right + shift_mm[0] - region.x) * PPM)
        y1 = round((zone.rect.bottom + shift_mm[1] - region.y) * PPM)
        if "vertical" in directions:
            cv2.line(gray, (x0, y0), (x0, y1), 90, 1)
            cv2.line(gray, (x1, y0), (x1, y1), 90, 1)
        if "horizontal" in directions:
            cv2.line(gray, (x0, y0), (x1, y0), 90, 1)
            cv2.line(gray, (x0, y1), (x1, y1), 90, 1)
    gray = cv2.GaussianBlur(gray, (0, 0), 0.8)
    labels = np.full(gray.shape, PAPER, np.uint8)
    return region, gray, labels, np.ones(gray.shape, bool)


@pytest.mark.parametrize("board_id", ["procesplaat-1", "ideeen-genereren"])
def test_the_borders_where_the_board_prints_them_are_this_board(board_id):
    board = load_template(board_id)
    region, gray, labels, usable = _drawn_borders(board)
    agreement = print_agreement(board, region, PPM, gray, labels, usable)
    assert min(agreement.places) >= MIN_PLACES and agreement.places == agreement.shown
    assert agreement.share == 1.0 and agreement.verdict() == "sure"


def test_the_borders_a_centimetre_and_more_off_are_another_board():
    board = load_template("procesplaat-1")
    region, gray, labels, usable = _drawn_borders(board, shift_mm=(12.0, 12.0))
    agreement = print_agreement(board, region, PPM, gray, labels, usable)
    assert agreement.share is not None and agreement.share < 0.1 and agreement.verdict() == "other"


def test_borders_lining_up_in_one_direction_only_are_another_board():
    # another board's grid may share this one's rows; its columns lie elsewhere
    board = load_template("procesplaat-1")
    region, gray, labels, usable = _drawn_borders(board, directions=("horizontal",))
    agreement = print_agreement(board, region, PPM, gray, labels, usable)
    vertical, horizontal = (shown / places for shown, places in zip(agreement.shown, agreement.places))
    assert horizontal == 1.0 and vertical < 0.1
    assert agreement.verdict() == "other"


def test_borders_under_notes_or_a_highlight_do_not_count():
    board = load_template("procesplaat-1")
    region, gray, labels, usable = _drawn_borders(board, shift_mm=(12.0, 12.0))
    labels[:, : labels.shape[1] // 2] = 11  # a note's colour over the left half
    usable[:, labels.shape[1] // 2 :] = False  # a highlight over the right half
    agreement = print_agreement(board, region, PPM, gray, labels, usable)
    assert agreement.places == (0, 0) and agreement.share is None
    assert agreement.verdict() == "unsure"  # (nothing to tell by: never a refusal)


def _agreement(share: float) -> PrintAgreement:
    shown = round(share * 200)
    return PrintAgreement(500, (200, 200), (shown, shown))


def test_clearly_another_board_is_refused_unless_forced_or_placed_by_corners():
    board = load_template("procesplaat-1")
    warnings: list[str] = []
    with pytest.raises(UnlikeBoardError) as refused:
        _check_board(_agreement(0.1), board, "foto.jpg", "markers", CaptureOptions(), warnings)
    assert isinstance(refused.value, WrongBoardError) and refused.value.photo_board is None
    assert refused.value.share == pytest.approx(0.1)
    assert "lijkt geen foto van bord 'procesplaat-1'" in str(refused.value)
    _check_board(_agreement(0.1), board, "foto.jpg", "markers", CaptureOptions(other_board=True), warnings)
    assert len(warnings) == 1 and "toch gelezen als dit bord" in warnings[0]
    _check_board(_agreement(0.1), board, "foto.jpg", "corners", CaptureOptions(), warnings)
    assert len(warnings) == 2 and "kijk na of het juiste bord gekozen is" in warnings[1]


def test_unsure_is_read_with_a_warning_and_sure_without():
    board = load_template("procesplaat-1")
    warnings: list[str] = []
    _check_board(_agreement(0.9), board, "foto.jpg", "markers", CaptureOptions(), warnings)
    assert warnings == []
    _check_board(_agreement(0.42), board, "foto.jpg", "markers", CaptureOptions(), warnings)
    assert len(warnings) == 1 and "maar deels te zien" in warnings[0]
    _check_board(PrintAgreement(500, (3, 5), (0, 0)), board, "foto.jpg", "markers", CaptureOptions(), warnings)
    assert len(warnings) == 2 and "te weinig van de randen" in warnings[1]
    # a board without printed borders: nothing to check, nothing said
    _check_board(PrintAgreement(0, (0, 0), (0, 0)), board, "foto.jpg", "markers", CaptureOptions(), warnings)
    assert len(warnings) == 2


def unreadable_code_photo(board_id: str) -> bytes:
    """A photo of ``board_id`` with two notes, its QR code painted over."""
    board = load_template(board_id)
    area = qr_search_area(board)
    scene = Scene(
        notes=[Note("pink", 200, 250), Note("yellow", 500, 250)], blank=[(area.x, area.y, area.width, area.height)]
    )
    return photograph(board, scene)[0]


@pytest.mark.parametrize(
    ("shows", "asked"), [("ideeen-genereren", "procesplaat-1"), ("procesplaat-1", "ideeen-genereren")]
)
def test_a_photo_of_another_board_without_a_readable_code_is_refused(shows, asked):
    jpeg = unreadable_code_photo(shows)
    with pytest.raises(UnlikeBoardError):
        capture_photos([jpeg], load_template(asked), CaptureOptions(crops=False, keep_rectified=False))
    result = capture_photos([jpeg], load_template(asked), CaptureOptions(crops=False, other_board=True))
    assert any(f"lijkt geen foto van bord '{asked}'" in warning for warning in result.warnings)
    assert result.photos[0].print_info is None and result.photos[0].print_agreement.verdict() == "other"


def test_a_photo_of_the_board_without_a_readable_code_is_read_without_a_warning():
    jpeg = unreadable_code_photo("ideeen-genereren")
    result = capture_photos([jpeg], load_template("ideeen-genereren"), CaptureOptions(crops=False))
    photo = result.photos[0]
    assert photo.print_info is None and result.warnings == []
    assert photo.print_agreement.verdict() == "sure" and photo.print_agreement.share > 0.9
    assert len(result.notes) == 2


def test_a_board_without_printed_borders_has_nothing_to_check():
    import dataclasses

    from boards.model import LineStyle

    board = load_template("ideeen-genereren")
    bare = dataclasses.replace(
        board, zones=[dataclasses.replace(z, border=LineStyle(dash="none")) for z in board.zones]
    )
    region, gray, labels, usable = _drawn_borders(board)
    agreement = print_agreement(bare, region, PPM, gray, labels, usable)
    assert agreement.printed == 0 and agreement.places == (0, 0)
    warnings: list[str] = []
    _check_board(agreement, bare, "foto.jpg", "markers", CaptureOptions(), warnings)
    assert warnings == []
