"""Wrapping text to a width and fitting it into a box (shrinking down to a minimum size)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from printing.fonts import draw_string, string_width
from printing.space import MIN_FONT_PT

ELLIPSIS = "…"
LINE_HEIGHT = 1.18


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float  # points
    font: str

    @property
    def leading(self) -> float:
        return self.size * LINE_HEIGHT

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading

    def width(self) -> float:
        return max((string_width(line, self.font, self.size) for line in self.lines), default=0.0)


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; words longer than the width are broken by characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}" if current else word
            if string_width(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while string_width(word, font, size) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and string_width(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def fit_text(
    text: str,
    font: str,
    width: float,
    height: float,
    max_size: float,
    min_size: float = MIN_FONT_PT,
) -> FittedText:
    """The largest size (≤ max_size, ≥ min_size) at which the wrapped text fits the box.

    When even the minimum size does not fit, the lines that fit are kept and
    the last one ends in an ellipsis.
    """
    text = text.strip()
    if not text or width <= 0:
        return FittedText((), max(min_size, min(max_size, min_size)), font)
    min_size = min(min_size, max_size)
    size = max_size
    longest = max(text.split(), key=lambda word: string_width(word, font, 1.0))
    while True:
        lines = wrap(text, font, size, width)
        fits = len(lines) * size * LINE_HEIGHT <= height + 1e-6
        unbroken = string_width(longest, font, size) <= width
        if (fits and unbroken) or size <= min_size:
            break
        size = max(min_size, size * 0.92)
    fitted = FittedText(tuple(lines), size, font)
    max_lines = max(1, int((height + 1e-6) // fitted.leading))
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and string_width(last + ELLIPSIS, font, size) > width:
            last = last[:-1]
        kept[-1] = last.rstrip() + ELLIPSIS
        fitted = FittedText(tuple(kept), size, font)
    return fitted


def draw_fitted(
    canvas: Canvas,
    fitted: FittedText,
    x: float,
    top: float,
    width: float,
    align: str = "left",
    color: tuple[float, float, float] = (0.1, 0.08, 0.06),
) -> float:
    """Draw lines from ``top`` (y of the top edge, points) down; returns the y below the text."""
    if not fitted.lines:
        return top
    canvas.setFillColorRGB(*color)
    baseline = top - fitted.size * 0.95
    anchor = {"center": x + width / 2, "right": x + width}.get(align, x)
    for line in fitted.lines:
        draw_string(canvas, anchor, baseline, line, fitted.font, fitted.size, align)
        baseline -= fitted.leading
    return top - fitted.height
