"""Designing one's own boards in the file format: new fields saved and read back, older files migrated, limits."""

from __future__ import annotations

import base64
import json

import pytest

from boards.errors import BoardFileError, InvalidArgumentError
from boards.fileformat import SCHEMA_VERSION, board_document, dumps_board, load_board, loads_board
from boards.geometry import Rect
from boards.images import (
    MAX_BOARD_IMAGE_BYTES,
    MAX_IMAGE_BYTES,
    fit_aspect,
    image_info,
    natural_size_mm,
    read_image_file,
)
from boards.migrations import migrate
from boards.model import ImageElement, Shape
from boards.styles import FILL_COLORS, INK_COLORS, NAMED_STYLES, PAPERS, contrast
from tests.support.design import LOGO_SVG, jpeg_bytes, png_bytes, styled_board


def _document() -> dict:
    return json.loads(dumps_board(styled_board()))


def _problem(document: dict) -> str:
    with pytest.raises(BoardFileError) as caught:
        loads_board(json.dumps(document), "bord.bpbord")
    return str(caught.value)


def test_every_new_property_is_saved_and_read_back(tmp_path):
    board = styled_board()
    path = tmp_path / "bord.bpbord"
    from boards.fileformat import save_board

    save_board(board, path)
    again = load_board(path)
    assert again == board
    assert again.zone("acties").shape is Shape.ROUNDED
    assert again.zone("goed").border.width_mm == 1.5 and again.zone("goed").text_style.align == "center"
    assert again.zone("hulp").printed is False
    logo = again.element("logo")
    assert isinstance(logo, ImageElement) and logo.data == LOGO_SVG
    assert again.element("pijl").elbow and again.element("pijl").waypoints
    assert again.bundles[0].members == ("logo", "foto")
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION == 2


def test_a_plain_board_writes_no_design_fields(procesplaat):
    text = json.dumps(board_document(procesplaat))
    for field in ('"shape"', '"border"', '"text_style"', '"rotation"', '"locked"', '"printed"', '"bundles"'):
        assert field not in text


def test_a_version_1_file_is_read_and_saved_as_version_2(tmp_path, procesplaat):
    document = board_document(procesplaat)
    document["schema_version"] = 1
    path = tmp_path / "oud.bpbord"
    path.write_text(json.dumps(document))
    board = load_board(path)
    assert board == procesplaat
    assert migrate(document)["schema_version"] == 2 and document["schema_version"] == 1  # the dict is not changed
    assert json.loads(dumps_board(board))["schema_version"] == 2


def test_a_file_from_a_newer_version_is_refused():
    document = _document()
    document["schema_version"] = 3
    assert "nieuwere Bruinpapier" in _problem(document)


def test_bad_design_values_are_refused_with_the_field(procesplaat):
    document = _document()
    document["board"]["zones"][0]["shape"] = "ster"
    assert "zones[0].shape" in _problem(document)
    document = _document()
    document["board"]["zones"][0]["rotation"] = 45
    assert "zones[0].rotation" in _problem(document)
    document = _document()
    document["board"]["zones"][0]["border"] = {"width_mm": -1}
    assert "zones[0].border" in _problem(document)
    document = _document()
    circle = next(zone for zone in document["board"]["zones"] if zone["id"] == "cirkel")
    circle["rect"]["width"] = 80
    assert "cirkel is even breed als hoog" in _problem(document)


def test_bundles_are_checked(procesplaat):
    document = _document()
    document["board"]["bundles"] = [{"id": "a", "members": ["logo", "bestaat-niet"]}]
    assert "bundles[0].members[1]" in _problem(document)
    document["board"]["bundles"] = [{"id": "a", "members": ["logo", "foto"]}, {"id": "b", "members": ["logo", "ster"]}]
    assert "hoort al bij groep 'a'" in _problem(document)
    document["board"]["bundles"] = [{"id": "a", "members": ["b", "foto"]}, {"id": "b", "members": ["a", "ster"]}]
    assert "in zichzelf" in _problem(document)
    document["board"]["bundles"] = [{"id": "goed", "members": ["logo", "foto"]}]
    assert "komt al voor" in _problem(document)


def test_images_are_checked_in_the_file():
    document = _document()
    logo = next(element for element in document["board"]["elements"] if element["id"] == "logo")
    logo["data"] = base64.b64encode(b"geen plaatje").decode()
    assert "geen PNG-, JPEG- of SVG-afbeelding" in _problem(document)
    logo["data"] = base64.b64encode(png_bytes()).decode()
    assert "noemt haar image/svg+xml" in _problem(document)  # the declared type must be the real one
    logo["media_type"] = "image/png"
    loads_board(json.dumps(document))


def test_the_pictures_of_a_board_have_a_total_limit(monkeypatch):
    document = _document()
    import boards.images

    monkeypatch.setattr(boards.images, "MAX_BOARD_IMAGE_BYTES", len(LOGO_SVG) + 10)
    assert "samen te groot" in _problem(document)
    assert MAX_BOARD_IMAGE_BYTES >= 4 * MAX_IMAGE_BYTES


def test_image_files_are_recognised_by_their_content(tmp_path):
    assert image_info(png_bytes(60, 40)).media_type == "image/png"
    assert (image_info(png_bytes(60, 40)).width_px, image_info(png_bytes(60, 40)).height_px) == (60, 40)
    assert image_info(jpeg_bytes()).media_type == "image/jpeg"
    svg = image_info(LOGO_SVG)
    assert (svg.media_type, svg.width_px, svg.height_px) == ("image/svg+xml", 200, 100)
    assert natural_size_mm(svg) == pytest.approx((200 / 96 * 25.4, 100 / 96 * 25.4))
    viewbox_only = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 10" width="60mm"></svg>'
    assert image_info(viewbox_only).height_px == pytest.approx(60 * 96 / 25.4 / 3)
    with pytest.raises(InvalidArgumentError, match="eigen entiteiten"):
        image_info(b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]><svg>&a;</svg>')
    with pytest.raises(InvalidArgumentError, match="beschadigd"):
        image_info(png_bytes()[:40])
    big = tmp_path / "groot.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_IMAGE_BYTES)
    with pytest.raises(InvalidArgumentError) as caught:
        read_image_file(big)
    message = str(caught.value)
    assert "groot.png" in message and "te groot" in message and "hoogstens 5 MB" in message


def test_a_resized_picture_keeps_its_aspect():
    rect = fit_aspect(Rect(10, 10, 100, 100), 2.0, fixed="nw")
    assert rect == Rect(10, 10, 100, 50)
    assert fit_aspect(Rect(10, 10, 100, 100), 0.5, fixed="se") == Rect(60, 10, 50, 100)


def test_the_palette_prints_well_on_brown_and_white():
    inks = [color.hex for color in INK_COLORS]
    fills = [color.hex for color in FILL_COLORS]
    for ink in inks:
        for background in [*PAPERS, *fills]:
            assert contrast(ink, background) >= 4.5, (ink, background)
    for style in NAMED_STYLES:
        text = style.text_style.color or inks[0]
        background = style.fill or PAPERS[1]  # no fill: the kraft paper shows
        assert contrast(text, background) >= 4.5, style.id
        if style.fill is None:
            assert contrast(text, PAPERS[0]) >= 4.5, style.id
