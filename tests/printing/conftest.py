"""Helpers for the printing tests: PDF page sizes, text layer, rendering pages to images."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pypdfium2
import pytest

MM_PER_PT = 25.4 / 72


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [(page.get_width() * MM_PER_PT, page.get_height() * MM_PER_PT) for page in document]
    finally:
        document.close()


def pdf_text(pdf: bytes, tmp_path: Path, first: int | None = None, last: int | None = None) -> str:
    source = tmp_path / "text-source.pdf"
    source.write_bytes(pdf)
    command = ["pdftotext", "-raw"]
    if first is not None:
        command += ["-f", str(first)]
    if last is not None:
        command += ["-l", str(last)]
    command += [str(source), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def render_page(pdf: bytes, tmp_path: Path, page: int, dpi: int) -> np.ndarray:
    """Page ``page`` (1-based) as a greyscale image, via pdftoppm."""
    import cv2

    source = tmp_path / "render-source.pdf"
    source.write_bytes(pdf)
    prefix = tmp_path / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            "-gray",
            "-png",
            str(source),
            str(prefix),
        ],
        check=True,
    )
    image = cv2.imread(str(prefix) + ".png", cv2.IMREAD_GRAYSCALE)
    assert image is not None
    return image


def detect_markers(image: np.ndarray, dpi: int) -> dict[int, tuple[float, float]]:
    """ArUco DICT_4X4_1000 marker centres in page millimetres."""
    import cv2

    detector = cv2.aruco.ArucoDetector(
        cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_1000), cv2.aruco.DetectorParameters()
    )
    corners, ids, _ = detector.detectMarkers(image)
    result: dict[int, tuple[float, float]] = {}
    if ids is None:
        return result
    for marker_corners, marker_id in zip(corners, ids.flatten()):
        centre = marker_corners.reshape(4, 2).mean(axis=0)
        result[int(marker_id)] = (float(centre[0]) * 25.4 / dpi, float(centre[1]) * 25.4 / dpi)
    return result


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
