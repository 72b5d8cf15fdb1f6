"""A small board with every kind of part and of reference between parts."""

from __future__ import annotations

import pytest

from boards.geometry import Point, Rect
from boards.model import (
    Board,
    ConnectorElement,
    Group,
    Legend,
    LineElement,
    SymbolElement,
    TextElement,
    VsmSymbol,
    Zone,
    ZoneKind,
)
from boards.paper import Orientation, Paper
from boards.readback import board_poster_layout


@pytest.fixture
def small_board() -> Board:
    """Two zones under a group heading, a zone nested in ``links`` and one nested in that, arrows, a line."""
    paper = Paper.a_series("A2", Orientation.LANDSCAPE)  # 594 × 420
    return Board(
        id="klein",
        title="Klein bord",
        paper=paper,
        header=Rect(20, 20, 554, 40),
        legend=Legend(Rect(450, 330, 120, 70), "Legenda"),
        groups=[Group("kop", "KOP", Rect(40, 80, 400, 20))],
        zones=[
            Zone("links", ZoneKind.CELL, Rect(40, 100, 200, 200), "Links", group="kop"),
            Zone("rechts", ZoneKind.CELL, Rect(240, 100, 200, 200), "Rechts", group="kop"),
            Zone("binnen", ZoneKind.CELL, Rect(60, 140, 100, 100), "Binnen", parent="links"),
            Zone("kern", ZoneKind.CELL, Rect(80, 160, 40, 40), "Kern", parent="binnen"),
            Zone("los", ZoneKind.FREE_AREA, Rect(460, 100, 100, 100), "Los"),
        ],
        elements=[
            TextElement("noot", Rect(460, 220, 80, 20), "noot"),
            SymbolElement("ster", VsmSymbol.PROBLEEM, Rect(460, 260, 30, 30)),
            ConnectorElement("pijl", "links", "rechts"),
            ConnectorElement("naar-noot", "noot", "los"),
            LineElement("lijn", Point(40, 320), Point(240, 320)),
        ],
        markers=board_poster_layout(paper),
    )
