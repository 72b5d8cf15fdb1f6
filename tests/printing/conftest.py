"""Fixtures for the printing tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def tiny_board():
    """A small A4 board with every kind of element, for fast rendering tests."""
    from boards.geometry import Point, Rect
    from boards.model import (
        Board,
        ConnectorElement,
        DotKind,
        Group,
        Holds,
        Legend,
        LegendEntry,
        LineElement,
        SymbolElement,
        TextElement,
        VsmSymbol,
        Zone,
        ZoneKind,
    )
    from boards.paper import Paper

    red = DotKind("werkdruk", "werkdruk", "#e53935")
    return Board(
        id="proef-a4",
        title="Proefbord één",
        paper=Paper.a_series("A4", "landscape"),
        question="Wat gaat er goed?",
        header=Rect(30, 30, 237, 30),
        groups=[Group("g", "Groep één", Rect(30, 62, 237, 8))],
        zones=[
            Zone(
                "links",
                ZoneKind.CELL,
                Rect(30, 72, 110, 60),
                "Geïnteresseerd",
                question="Wat zie je?",
                definition="Leerlingen die ‘nieuwsgierig’ zijn",
                holds=Holds(dots=[red]),
            ),
            Zone("rechts", ZoneKind.CELL, Rect(157, 72, 110, 60), "Ideeën & café", group="g"),
        ],
        elements=[
            SymbolElement("s1", VsmSymbol.PROBLEEM, Rect(40, 140, 20, 20), "probleem"),
            SymbolElement("s2", VsmSymbol.IDEE, Rect(70, 140, 20, 20)),
            TextElement("t1", Rect(100, 140, 50, 10), "Vrije tekst", bold=True),
            ConnectorElement("c1", "links", "rechts", label="daarna"),
            LineElement("l1", Point(160, 150), Point(200, 150), arrow=True, dashed=True),
        ],
        legend=Legend(Rect(210, 136, 57, 30), "Legenda", [LegendEntry("wacht", VsmSymbol.WACHT)]),
    )
