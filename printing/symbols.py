"""VSM symbols (boards.symbols unit-box shapes) as ReportLab vector paths."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from boards.model import VsmSymbol
from boards.symbols import CircleShape, PathShape, symbol_shapes
from printing.style import INK, RGB


def draw_symbol(
    canvas: Canvas,
    symbol: VsmSymbol,
    x: float,
    y: float,
    size: float,
    line_width: float,
    color: RGB = INK,
) -> None:
    """Draw ``symbol`` in the square with bottom-left (x, y) and side ``size`` (points)."""

    def px(u: float) -> float:
        return x + u * size

    def py(v: float) -> float:  # unit box has y down
        return y + (1.0 - v) * size

    canvas.saveState()
    canvas.setStrokeColorRGB(*color)
    canvas.setFillColorRGB(*color)
    canvas.setLineWidth(line_width)
    canvas.setLineJoin(1)
    canvas.setLineCap(1)
    for shape in symbol_shapes(symbol):
        if isinstance(shape, CircleShape):
            canvas.circle(px(shape.cx), py(shape.cy), shape.r * size, stroke=1, fill=1 if shape.filled else 0)
            continue
        assert isinstance(shape, PathShape)
        path = canvas.beginPath()
        for op in shape.ops:
            kind = op[0]
            if kind == "M":
                path.moveTo(px(op[1]), py(op[2]))
            elif kind == "L":
                path.lineTo(px(op[1]), py(op[2]))
            elif kind == "C":
                path.curveTo(px(op[1]), py(op[2]), px(op[3]), py(op[4]), px(op[5]), py(op[6]))
            elif kind == "Z":
                path.close()
        canvas.drawPath(path, stroke=1, fill=1 if shape.filled else 0)
    canvas.restoreState()
