"""The VSM symbols as vector shapes in a unit box, drawn the same on paper and screen.

Each symbol is a list of ``Shape``s in a 1 × 1 box (origin top left, y down).
Printing turns them into ReportLab paths, the editor into QPainterPaths, so
the two faces never drift apart. Shapes are outlines; ``filled`` ones are
filled with the stroke colour (small solid details such as an hourglass's sand).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import VsmSymbol

# Path operations: ("M", x, y) move, ("L", x, y) line, ("C", x1, y1, x2, y2, x, y)
# cubic Bézier, ("Z",) close.
PathOp = tuple


@dataclass(frozen=True)
class PathShape:
    ops: tuple[PathOp, ...]
    filled: bool = False


@dataclass(frozen=True)
class CircleShape:
    cx: float
    cy: float
    r: float
    filled: bool = False


Shape = PathShape | CircleShape

#: Dutch display names (the ids are already the seed's Dutch words).
SYMBOL_LABELS: dict[VsmSymbol, str] = {
    VsmSymbol.PERSOON: QT_TRANSLATE_NOOP("symbols", "persoon"),
    VsmSymbol.PROCESSTAP: QT_TRANSLATE_NOOP("symbols", "processtap"),
    VsmSymbol.PROBLEEM: QT_TRANSLATE_NOOP("symbols", "probleem"),
    VsmSymbol.DATA: QT_TRANSLATE_NOOP("symbols", "data"),
    VsmSymbol.IDEE: QT_TRANSLATE_NOOP("symbols", "idee"),
    VsmSymbol.VERSTORING: QT_TRANSLATE_NOOP("symbols", "verstoring"),
    VsmSymbol.WACHT: QT_TRANSLATE_NOOP("symbols", "wacht"),
    VsmSymbol.ICT: QT_TRANSLATE_NOOP("symbols", "ict"),
    VsmSymbol.EXTERN: QT_TRANSLATE_NOOP("symbols", "extern"),
}


def _polygon(points: list[tuple[float, float]], filled: bool = False) -> PathShape:
    ops: list[PathOp] = [("M", *points[0])]
    ops += [("L", *point) for point in points[1:]]
    ops.append(("Z",))
    return PathShape(tuple(ops), filled)


def _polyline(points: list[tuple[float, float]]) -> PathShape:
    return PathShape(tuple([("M", *points[0])] + [("L", *point) for point in points[1:]]))


def _star(points: int = 5, outer: float = 0.48, inner: float = 0.2) -> PathShape:
    corners = []
    for index in range(points * 2):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / points
        corners.append((0.5 + radius * math.cos(angle), 0.52 + radius * math.sin(angle)))
    return _polygon(corners)


def _cloud() -> PathShape:
    # Six bumps around an ellipse, joined by Bézier arcs.
    bumps = 6
    cx, cy, rx, ry = 0.5, 0.5, 0.33, 0.26
    points = [
        (cx + rx * math.cos(2 * math.pi * index / bumps), cy + ry * math.sin(2 * math.pi * index / bumps))
        for index in range(bumps)
    ]
    ops: list[PathOp] = [("M", *points[0])]
    for index in range(bumps):
        start, end = points[index], points[(index + 1) % bumps]
        mid_angle = 2 * math.pi * (index + 0.5) / bumps
        bulge_x, bulge_y = math.cos(mid_angle) * 0.17, math.sin(mid_angle) * 0.15
        ops.append(("C", start[0] + bulge_x, start[1] + bulge_y, end[0] + bulge_x, end[1] + bulge_y, *end))
    ops.append(("Z",))
    return PathShape(tuple(ops))


SYMBOL_SHAPES: dict[VsmSymbol, tuple[Shape, ...]] = {
    # head and shoulders
    VsmSymbol.PERSOON: (
        CircleShape(0.5, 0.27, 0.17),
        PathShape((("M", 0.16, 0.95), ("C", 0.16, 0.55, 0.84, 0.55, 0.84, 0.95), ("Z",))),
    ),
    # a process box with a header bar
    VsmSymbol.PROCESSTAP: (
        _polygon([(0.04, 0.2), (0.96, 0.2), (0.96, 0.8), (0.04, 0.8)]),
        _polyline([(0.04, 0.36), (0.96, 0.36)]),
    ),
    VsmSymbol.PROBLEEM: (_star(),),
    # a data box: table with rows
    VsmSymbol.DATA: (
        _polygon([(0.12, 0.12), (0.88, 0.12), (0.88, 0.88), (0.12, 0.88)]),
        _polyline([(0.12, 0.37), (0.88, 0.37)]),
        _polyline([(0.12, 0.62), (0.88, 0.62)]),
        _polyline([(0.5, 0.12), (0.5, 0.88)]),
    ),
    VsmSymbol.IDEE: (_cloud(),),
    # a lightning bolt
    VsmSymbol.VERSTORING: (
        _polygon([(0.58, 0.02), (0.22, 0.55), (0.46, 0.55), (0.36, 0.98), (0.78, 0.4), (0.53, 0.4), (0.66, 0.02)]),
    ),
    # an hourglass
    VsmSymbol.WACHT: (
        _polygon([(0.2, 0.06), (0.8, 0.06), (0.56, 0.5), (0.8, 0.94), (0.2, 0.94), (0.44, 0.5)]),
        _polygon([(0.33, 0.9), (0.67, 0.9), (0.5, 0.68)], filled=True),
    ),
    # a computer screen on a foot
    VsmSymbol.ICT: (
        _polygon([(0.08, 0.12), (0.92, 0.12), (0.92, 0.7), (0.08, 0.7)]),
        _polyline([(0.5, 0.7), (0.5, 0.84)]),
        _polyline([(0.28, 0.88), (0.72, 0.88)]),
    ),
    # an external party: a building with a saw-tooth roof (VSM "factory")
    VsmSymbol.EXTERN: (
        _polygon(
            [(0.06, 0.92), (0.06, 0.4), (0.34, 0.2), (0.34, 0.4), (0.62, 0.2), (0.62, 0.4), (0.94, 0.2), (0.94, 0.92)]
        ),
        _polygon([(0.42, 0.92), (0.42, 0.68), (0.58, 0.68), (0.58, 0.92)]),
    ),
}


def symbol_shapes(symbol: VsmSymbol) -> tuple[Shape, ...]:
    return SYMBOL_SHAPES[symbol]
