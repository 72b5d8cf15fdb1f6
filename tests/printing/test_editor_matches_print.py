"""The print shows a styled board as the editor shows it.

The editor's scene (as a preview draws it) and the printed PDF of the same
board are rasterised at the same scale; per part, the colour of its fill and
of the paper around it, the presence of its border along each side (dashes and
dots included), arrows and lines along their paths, and the colours of
pictures are compared within a tolerance. Texts are set by two different
engines (Qt and ReportLab) and are left out; the markers, which the editor
only marks as free spots, too.
"""

from __future__ import annotations

import itertools

import numpy as np
import pypdfium2
import pytest

from boards.connectors import connector_path
from boards.geometry import Rect
from boards.look import zone_stroke
from boards.model import Board, ConnectorElement, ImageElement, LineElement, Shape, Zone
from printing.options import PrintOptions
from printing.render import render_board_pdf
from tests.support.design import styled_board

PX_PER_MM = 3.0
COLOUR_TOLERANCE = 14.0  # mean RGB distance of a patch
LINE_TOLERANCE = 45.0  # darkest grey value along a piece of border


def _editor_image(board: Board) -> np.ndarray:
    from desktop.thumbnails import render_board_image

    image = render_board_image(board, round(board.width_mm * PX_PER_MM))
    image = image.convertToFormat(image.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
    return data.reshape(height, image.bytesPerLine())[:, : width * 3].reshape(height, width, 3).copy()


def _print_image(board: Board) -> np.ndarray:
    pdf = render_board_pdf(board, PrintOptions())
    document = pypdfium2.PdfDocument(pdf)
    try:
        bitmap = document[0].render(scale=PX_PER_MM * 25.4 / 72)  # pdfium: 1 = one pixel per point
        image = bitmap.to_numpy()[:, :, :3]
        if bitmap.mode.startswith("BGR"):
            image = image[:, :, ::-1]
        image = image.copy()
    finally:
        document.close()
    return image


def _patch(image: np.ndarray, rect: Rect) -> np.ndarray:
    x0, y0 = round(rect.x * PX_PER_MM), round(rect.y * PX_PER_MM)
    x1, y1 = round(rect.right * PX_PER_MM), round(rect.bottom * PX_PER_MM)
    return image[max(y0, 0) : y1, max(x0, 0) : x1].reshape(-1, 3).astype(float)


def _colour(image: np.ndarray, rect: Rect) -> np.ndarray:
    return np.median(_patch(image, rect), axis=0)


def _darkest(image: np.ndarray, rect: Rect) -> float:
    return float(_patch(image, rect).mean(axis=1).min())


def _quiet_patch(zone: Zone) -> Rect:
    """A patch low inside the zone, away from its label, dots and outline."""
    rect = zone.rect
    if zone.shape in (Shape.ELLIPSE, Shape.CIRCLE):
        return Rect(
            rect.center.x - rect.width * 0.15, rect.center.y + rect.height * 0.1, rect.width * 0.3, rect.height * 0.15
        )
    return Rect(rect.x + rect.width * 0.2, rect.y + rect.height * 0.72, rect.width * 0.6, rect.height * 0.18)


def _border_windows(zone: Zone) -> list[Rect]:
    """Pieces of the outline, each long enough to hold a dash or a dot, a little wider than the line."""
    rect, width = zone.rect, max(zone_stroke(zone).width_mm, 0.5) + 1.2
    windows = []
    if zone.shape in (Shape.ELLIPSE, Shape.CIRCLE):
        for angle in np.linspace(0, 2 * np.pi, 24, endpoint=False):
            x = rect.center.x + rect.width / 2 * np.cos(angle)
            y = rect.center.y + rect.height / 2 * np.sin(angle)
            windows.append(Rect(x - 3, y - 3, 6, 6))
        return windows
    inset = 12.0  # corners (rounded, folded) left out
    step = 8.0
    x = rect.x + inset
    while x + step <= rect.right - inset:
        windows += [Rect(x, rect.y - width / 2, step, width), Rect(x, rect.bottom - width / 2, step, width)]
        x += step
    y = rect.y + inset
    while y + step <= rect.bottom - inset:
        windows += [Rect(rect.x - width / 2, y, width, step), Rect(rect.right - width / 2, y, width, step)]
        y += step
    return windows


@pytest.fixture(scope="module")
def rendered(qapp_module):
    board = styled_board()
    return board, _editor_image(board), _print_image(board)


@pytest.fixture(scope="module")
def qapp_module():
    from desktop.app import create_app

    return create_app()


def test_both_are_the_same_size(rendered):
    _, editor, printed = rendered
    assert abs(editor.shape[0] - printed.shape[0]) <= 1 and abs(editor.shape[1] - printed.shape[1]) <= 1


def test_fills_and_paper_have_the_same_colour(rendered):
    board, editor, printed = rendered
    patches = {zone.id: _quiet_patch(zone) for zone in board.zones}
    patches["papier"] = Rect(150, 262, 40, 6)  # kraft between the shapes
    heading = board.group("kop").rect
    patches["kop"] = Rect(heading.right - 60, heading.y + 2, 50, heading.height - 4)
    for name, patch in patches.items():
        difference = np.linalg.norm(_colour(editor, patch) - _colour(printed, patch))
        assert difference <= COLOUR_TOLERANCE, (name, _colour(editor, patch), _colour(printed, patch))


def test_the_hidden_zone_is_in_neither(rendered):
    board, editor, printed = rendered
    hidden = board.zone("hulp").rect.inset(-1)
    for image in (editor, printed):
        assert _darkest(image, hidden) > 120  # only kraft paper: no border, no label


def test_borders_are_where_they_are_in_both(rendered):
    board, editor, printed = rendered
    for zone in board.zones:
        if not zone.printed:
            continue
        windows = _border_windows(zone)
        assert windows, zone.id
        same = [abs(_darkest(editor, window) - _darkest(printed, window)) <= LINE_TOLERANCE for window in windows]
        assert np.mean(same) >= 0.9, (zone.id, np.mean(same))
        if zone_stroke(zone).visible:
            dark = [_darkest(printed, window) < _colour(printed, _quiet_patch(zone)).mean() - 40 for window in windows]
            assert np.mean(dark) >= 0.9, zone.id  # the border really is there (not two blank images agreeing)


def _coverage(image: np.ndarray, zone: Zone) -> float:
    """The share of the outline's length (straight sides, corners left out) that is inked: solid ~1, dashes less."""
    rect, inset = zone.rect, 12.0
    points = [(x, y) for x in np.arange(rect.x + inset, rect.right - inset, 0.4) for y in (rect.y, rect.bottom)]
    points += [(x, y) for y in np.arange(rect.y + inset, rect.bottom - inset, 0.4) for x in (rect.x, rect.right)]
    inked = [_darkest(image, Rect(x - 0.2, y - 0.5, 0.4, 1.0)) < 100 for x, y in points]  # borders are dark
    return float(np.mean(inked))


def test_dashes_and_dots_look_alike(rendered):
    board, editor, printed = rendered
    for zone in board.zones:
        if zone.printed and zone.shape not in (Shape.ELLIPSE, Shape.CIRCLE) and zone_stroke(zone).visible:
            assert abs(_coverage(editor, zone) - _coverage(printed, zone)) <= 0.15, zone.id
    assert _coverage(printed, board.zone("beter")) < 0.8  # dashed
    assert _coverage(printed, board.zone("goed")) > 0.9  # solid
    assert _coverage(printed, board.zone("plek")) < 0.6  # dotted


def test_arrows_and_lines_run_the_same_way(rendered):
    board, editor, printed = rendered
    for element in board.elements:
        if isinstance(element, ConnectorElement):
            path = connector_path(element, board.element_rect(element.source), board.element_rect(element.target))
        elif isinstance(element, LineElement):
            path = (element.start, element.end)
        else:
            continue
        for a, b in itertools.pairwise(path):
            for share in (0.3, 0.5, 0.7):
                x, y = a.x + (b.x - a.x) * share, a.y + (b.y - a.y) * share
                window = Rect(x - 1.5, y - 1.5, 3, 3)
                assert _darkest(printed, window) < 110 and _darkest(editor, window) < 110, (element.id, x, y)


def test_pictures_show_the_same_colours(rendered):
    board, editor, printed = rendered
    for element in board.elements:
        if not isinstance(element, ImageElement):
            continue
        rect = element.rect
        for column in range(4):
            for row in range(2):
                cell = Rect(
                    rect.x + rect.width * (column + 0.3) / 4,
                    rect.y + rect.height * (row + 0.3) / 2,
                    rect.width * 0.4 / 4,
                    rect.height * 0.4 / 2,
                )
                difference = np.linalg.norm(_colour(editor, cell) - _colour(printed, cell))
                assert difference <= COLOUR_TOLERANCE * 2, (element.id, column, row)
