"""Heat shading shared by the PDF heat view and the desktop view (no drawing here)."""

from __future__ import annotations

from boards.colors import hex_to_rgb

#: Empty zones stay white; the busiest zone gets this colour.
HEAT_COLOR = "#d84315"
EMPTY_COLOR = "#ffffff"


def heat_fraction(count: int, maximum: int) -> float:
    """0 for nothing, 1 for the busiest zone; linear in between."""
    if maximum <= 0 or count <= 0:
        return 0.0
    return min(1.0, count / maximum)


def heat_rgb(count: int, maximum: int, hot: str = HEAT_COLOR) -> tuple[int, int, int]:
    """The shade of a zone as 0..255 RGB, blended from white to ``hot``."""
    fraction = heat_fraction(count, maximum)
    base = hex_to_rgb(EMPTY_COLOR)
    top = hex_to_rgb(hot)
    return tuple(round(b + (t - b) * fraction) for b, t in zip(base, top))  # type: ignore[return-value]


def heat_hex(count: int, maximum: int, hot: str = HEAT_COLOR) -> str:
    return "#{:02x}{:02x}{:02x}".format(*heat_rgb(count, maximum, hot))
