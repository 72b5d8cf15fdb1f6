"""A board moved onto another paper: its content scaled along, or kept at its size."""

from __future__ import annotations

import copy
from dataclasses import replace

from boards.geometry import Point, Rect
from boards.model import Board, Element, LineElement
from boards.paper import Paper
from boards.readback import board_poster_layout

#: Scaled rects are kept to a tenth of a millimetre.
SCALED_DIGITS = 1


def scale_board(board: Board, sx: float, sy: float) -> Board:
    """A copy of ``board`` with every position and size scaled (the paper stays as it is)."""
    result = copy.deepcopy(board)

    def scaled(rect: Rect | None) -> Rect | None:
        return rect.scaled(sx, sy).rounded(SCALED_DIGITS) if rect is not None else None

    result.header = scaled(result.header)
    if result.legend is not None:
        result.legend.rect = scaled(result.legend.rect)  # type: ignore[assignment]
    for group in result.groups:
        group.rect = scaled(group.rect)
    for zone in result.zones:
        zone.rect = scaled(zone.rect)  # type: ignore[assignment]
    elements: list[Element] = []
    for element in result.elements:
        if isinstance(element, LineElement):
            element = replace(
                element,
                start=Point(element.start.x * sx, element.start.y * sy),
                end=Point(element.end.x * sx, element.end.y * sy),
            )
        elif hasattr(element, "rect"):
            element = replace(element, rect=scaled(element.rect))  # type: ignore[arg-type]
        elements.append(element)
    result.elements = elements
    return result


def change_paper(board: Board, paper: Paper, *, scale: bool = True) -> Board:
    """A copy of ``board`` on ``paper``, with the read-back markers of that paper.

    ``scale``: every position and size scaled along, each direction by its own
    factor (the board fills the new paper as it filled the old one). Otherwise
    the content keeps its size, and is shrunk evenly only when a zone would
    fall off the new paper.
    """
    if paper == board.paper:
        return copy.deepcopy(board)
    sx, sy = paper.width_mm / board.width_mm, paper.height_mm / board.height_mm
    if scale:
        new = scale_board(board, sx, sy)
    else:
        new = scale_board(board, 1.0, 1.0)
        bounds = Rect(0, 0, paper.width_mm, paper.height_mm)
        if not all(bounds.contains_rect(zone.rect) for zone in new.zones):
            shrink = min(sx, sy, 1.0)
            new = scale_board(board, shrink, shrink)
    new.paper = paper
    new.markers = board_poster_layout(paper)
    return new
