"""Reading PDFs back in tests: page sizes, the text layer, pages rendered to images, markers found on them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pypdfium2

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


def text_boxes_mm(pdf: bytes) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page, the boxes of its text runs in page mm from the top left: (text, x0, y0, x1, y1).

    A run is pdfium's rectangle around a stretch of characters on one line.
    """
    document = pypdfium2.PdfDocument(pdf)
    pages = []
    try:
        for page in document:
            height = page.get_height()
            text = page.get_textpage()
            boxes = []
            for index in range(text.count_rects()):
                left, bottom, right, top = text.get_rect(index)
                run = text.get_text_bounded(left, bottom, right, top).strip()
                if run:
                    boxes.append(
                        (
                            run,
                            left * MM_PER_PT,
                            (height - top) * MM_PER_PT,
                            right * MM_PER_PT,
                            (height - bottom) * MM_PER_PT,
                        )
                    )
            text.close()
            page.close()
            pages.append(boxes)
    finally:
        document.close()
    return pages
