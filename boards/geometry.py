"""Rectangles and points in millimetres (origin top left, y down)."""

from __future__ import annotations

from dataclasses import dataclass

#: Two edges closer than this (mm) count as touching, not overlapping.
EPSILON_MM = 0.01


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> Point:
        return Point(self.x + self.width / 2, self.y + self.height / 2)

    @property
    def area(self) -> float:
        return self.width * self.height

    def contains_point(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def contains_rect(self, other: Rect, tolerance: float = EPSILON_MM) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def intersection(self, other: Rect) -> Rect | None:
        left, top = max(self.x, other.x), max(self.y, other.y)
        right, bottom = min(self.right, other.right), min(self.bottom, other.bottom)
        if right - left <= EPSILON_MM or bottom - top <= EPSILON_MM:
            return None
        return Rect(left, top, right - left, bottom - top)

    def overlaps(self, other: Rect) -> bool:
        """True when the two share an area (touching edges do not count)."""
        return self.intersection(other) is not None

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.width, self.height)

    def scaled(self, sx: float, sy: float | None = None) -> Rect:
        """Scaled about the origin (used when a board changes paper size)."""
        sy = sx if sy is None else sy
        return Rect(self.x * sx, self.y * sy, self.width * sx, self.height * sy)

    def inset(self, amount: float) -> Rect:
        return Rect(self.x + amount, self.y + amount, self.width - 2 * amount, self.height - 2 * amount)

    def union(self, other: Rect) -> Rect:
        left, top = min(self.x, other.x), min(self.y, other.y)
        right, bottom = max(self.right, other.right), max(self.bottom, other.bottom)
        return Rect(left, top, right - left, bottom - top)

    def rounded(self, digits: int = 2) -> Rect:
        return Rect(round(self.x, digits), round(self.y, digits), round(self.width, digits), round(self.height, digits))

    def to_dict(self) -> dict[str, float]:
        return {"x": self.x, "y": self.y, "width": self.width, "height": self.height}

    @classmethod
    def from_dict(cls, data: dict[str, float]) -> Rect:
        return cls(float(data["x"]), float(data["y"]), float(data["width"]), float(data["height"]))


def bounding_rect(rects: list[Rect]) -> Rect | None:
    if not rects:
        return None
    result = rects[0]
    for rect in rects[1:]:
        result = result.union(rect)
    return result
