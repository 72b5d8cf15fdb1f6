"""Colours and line weights of the printed boards."""

from __future__ import annotations

from boards.colors import hex_to_rgb

RGB = tuple[float, float, float]

INK: RGB = (0.13, 0.1, 0.07)  # dark brown-black for lines and text
SOFT_INK: RGB = (0.32, 0.26, 0.2)  # questions, definitions, hints
WHITE: RGB = (1.0, 1.0, 1.0)
GROUP_FILL: RGB = (0.36, 0.25, 0.17)
PRINTED_NOTE_OUTLINE: RGB = (0.25, 0.2, 0.15)

#: Line widths for the 1:1 board, in board millimetres.
ZONE_LINE_MM = 0.7
THIN_LINE_MM = 0.35


def rgb(hex_color: str) -> RGB:
    r, g, b = hex_to_rgb(hex_color)
    return (r / 255.0, g / 255.0, b / 255.0)


def lighten(color: RGB, amount: float) -> RGB:
    """Mix a colour with white (amount 0: unchanged, 1: white)."""
    return tuple(c + (1.0 - c) * amount for c in color)  # type: ignore[return-value]
