"""A board exported as PNG and SVG is the print: the same fills in the same places, the same letters, the
pictures kept; sizes as chosen, impossible ones refused in Dutch; the command line writes both."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from boards.errors import InvalidArgumentError
from boards.geometry import Rect
from boards.model import ImageElement, TextElement
from boards.paper import Paper
from cli.main import main
from printing.image_export import (
    DEFAULT_WIDTH_PX,
    ImageOptions,
    board_pdf,
    export_board_image,
    image_format,
    pixel_size,
    render_png,
    render_svg,
)
from tests.support.design import jpeg_bytes, styled_board

SVG = "{http://www.w3.org/2000/svg}"


def _png(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(float)


def _colour_at(image: np.ndarray, board, rect: Rect) -> np.ndarray:
    scale = image.shape[1] / board.width_mm
    x0, y0 = round(rect.x * scale), round(rect.y * scale)
    x1, y1 = round(rect.right * scale), round(rect.bottom * scale)
    return np.median(image[y0:y1, x0:x1].reshape(-1, 3), axis=0)


def _hex(color: str) -> np.ndarray:
    return np.array([int(color[i : i + 2], 16) for i in (1, 3, 5)], float)


def _svg_image(svg: bytes, width: int, height: int) -> np.ndarray:
    """The SVG drawn by Qt's own SVG renderer (a second, independent reader of the file)."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid()
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
    return data.reshape(height, image.bytesPerLine())[:, : width * 3].reshape(height, width, 3).astype(float)


def _rotated_board():
    board = styled_board()
    board.elements.append(
        TextElement("schuin", Rect(380, 100, 20, 80), "Gedraaid", bold=True, color="#1d3f66", rotation=90)
    )
    board.elements.append(ImageElement("jpeg", Rect(330, 250, 40, 30), "image/jpeg", jpeg_bytes(), name="foto.jpg"))
    return board


def test_png_has_the_chosen_size_and_the_fills_where_they_are_printed():
    board = styled_board()
    data = render_png(board, ImageOptions(dpi=96))
    image = _png(data)
    width, height, _ = pixel_size(board, ImageOptions(dpi=96))
    assert width == round(420 / 25.4 * 96) and height == round(width * 297 / 420)
    assert image.shape[:2] == (height, width)
    assert Image.open(io.BytesIO(data)).info["dpi"][0] == pytest.approx(96, abs=0.1)
    for zone in board.zones:
        if zone.fill and zone.printed:
            patch = Rect(zone.rect.x + zone.rect.width * 0.3, zone.rect.y + zone.rect.height * 0.75, 10, 8)
            assert np.abs(_colour_at(image, board, patch) - _hex(zone.fill)).max() < 6, zone.id
    brown = _colour_at(image, board, Rect(5, 5, 20, 20))
    assert np.abs(brown - _hex("#c9a47a")).max() < 40  # kraft paper around the board
    default = _png(render_png(board))
    assert default.shape[1] == DEFAULT_WIDTH_PX


def test_png_on_white_and_with_markers_on_request():
    board = styled_board()
    white = _png(render_png(board, ImageOptions(width_px=600, background="none")))
    assert (_colour_at(white, board, Rect(5, 5, 20, 20)) > 250).all()
    plain = _png(render_png(board, ImageOptions(width_px=600)))
    marked = _png(render_png(board, ImageOptions(width_px=600, markers=True)))
    assert (marked.mean(axis=2) < 60).mean() > (plain.mean(axis=2) < 60).mean() + 0.005  # black marker squares


def test_svg_is_the_print_in_vectors():
    board = _rotated_board()
    svg = render_svg(board)
    root = ET.fromstring(svg)
    assert (root.get("width"), root.get("height")) == ("420mm", "297mm")
    assert root.find(f"{SVG}title").text == "Verbeterbord"
    assert root.findall(f".//{SVG}use"), "letters as outlines"
    assert not root.findall(f".//{SVG}text"), "no fonts needed to show it"
    images = [element.get("{http://www.w3.org/1999/xlink}href", "") for element in root.iter(f"{SVG}image")]
    assert any(href.startswith("data:image/jpeg;base64,") for href in images)  # the JPEG kept as JPEG
    assert any(href.startswith("data:image/png;base64,") for href in images)
    # Drawn by another renderer, the SVG looks like the PNG of the print (text, rotation, pictures included).
    width = 840
    printed = _png(render_png(board, ImageOptions(width_px=width)))
    drawn = _svg_image(svg, width, printed.shape[0])
    difference = np.abs(printed - drawn).mean(axis=2)
    assert difference.mean() < 3.0
    assert (difference > 60).mean() < 0.01  # only anti-aliased edges differ
    # the turned text is there in both, in the same place
    box = Rect(380, 100, 20, 80)
    for image in (printed, drawn):
        dark = np.where(image.mean(axis=2, keepdims=True) < 110, 1.0, 0.0).repeat(3, axis=2)
        scale = image.shape[1] / board.width_mm
        inside = dark[round(box.y * scale) : round(box.bottom * scale), round(box.x * scale) : round(box.right * scale)]
        assert inside.mean() > 0.05


def test_svg_is_smaller_than_the_pdf_and_names_no_font():
    board = styled_board()
    svg = render_svg(board)
    assert len(svg) < len(board_pdf(board, ImageOptions()))
    assert b"DejaVu" not in svg and b"font-family" not in svg


def test_a_roll_past_the_pdf_page_limit_keeps_its_true_size():
    board = styled_board()
    board.paper = Paper.custom(6000, 900)  # past 5.08 m: the PDF page has a UserUnit
    svg = ET.fromstring(render_svg(board))
    assert (svg.get("width"), svg.get("height")) == ("6000mm", "900mm")
    width, height, _ = pixel_size(board, ImageOptions(width_px=3000))
    assert (width, height) == (3000, 450)
    assert _png(render_png(board, ImageOptions(width_px=3000))).shape[:2] == (450, 3000)


def test_impossible_sizes_and_formats_are_refused_in_dutch():
    board = styled_board()
    board.paper = Paper.custom(2000, 900)
    with pytest.raises(InvalidArgumentError, match=r"te groot.*tot ongeveer 189 dpi"):
        pixel_size(board, ImageOptions(dpi=600))
    with pytest.raises(InvalidArgumentError, match="kies 10 tot 1200 dpi"):
        pixel_size(board, ImageOptions(dpi=5))
    with pytest.raises(InvalidArgumentError, match="kies 16 tot 30000 pixels"):
        pixel_size(board, ImageOptions(width_px=4))
    with pytest.raises(InvalidArgumentError, match=r"\.png of \.svg"):
        image_format("bord.jpg")


def test_export_writes_atomically_beside_nothing_else(tmp_path):
    board = styled_board()
    exported = export_board_image(board, tmp_path / "bord.png", ImageOptions(width_px=300))
    assert (exported.kind, exported.width_px, exported.height_px) == ("png", 300, 212)
    assert exported.size_bytes == (tmp_path / "bord.png").stat().st_size
    export_board_image(board, tmp_path / "bord.svg")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bord.png", "bord.svg"]


def test_export_on_the_command_line(tmp_path, capsys):
    png, svg = tmp_path / "bord.png", tmp_path / "bord.svg"
    assert main(["export", "procesplaat-1", "-o", str(png), "--dpi", "30"]) == 0
    out = capsys.readouterr().out
    assert "Procesplaat 1 als PNG, 1404 × 993 pixels (30 dpi op ware grootte)" in out
    assert Image.open(png).size == (1404, 993)
    assert main(["export", "procesplaat-1", "-o", str(svg), "--achtergrond", "wit", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["format"] == "svg" and summary["width_mm"] == 1189 and summary["bytes"] == svg.stat().st_size


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["-o", "bord.jpg"], ".png of .svg"),
        (["-o", "bord.png", "--dpi", "veel"], "resolutie van veel dpi kan niet"),
        (["-o", "bord.png", "--breedte", "3"], "breedte van 3 pixels kan niet"),
        (["-o", "bord.svg", "--dpi", "100"], "--dpi en --breedte zijn voor PNG"),
        (["-o", "bord.png", "--dpi", "1000"], "te groot"),
        (["-o", "bord.png", "--dpi", "100", "--breedte", "100"], "gaat niet samen met"),
    ],
)
def test_bad_export_arguments_are_said_in_dutch(tmp_path, capsys, monkeypatch, arguments, expected):
    monkeypatch.chdir(tmp_path)
    try:
        code = main(["export", "procesplaat-1", *arguments])
    except SystemExit as stop:  # argparse stops on a value it cannot read
        code = stop.code
    assert code == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert [path for path in tmp_path.iterdir() if path.suffix in (".png", ".svg", ".jpg")] == []
