"""Every VSM symbol has a shape inside its unit box."""

from __future__ import annotations

from boards.model import VsmSymbol
from boards.symbols import SYMBOL_LABELS, CircleShape, PathShape, symbol_shapes


def _points(shape):
    if isinstance(shape, CircleShape):
        yield shape.cx - shape.r, shape.cy - shape.r
        yield shape.cx + shape.r, shape.cy + shape.r
        return
    for op in shape.ops:
        values = op[1:]
        yield from zip(values[0::2], values[1::2])


def test_every_symbol_is_drawn_inside_the_unit_box():
    for symbol in VsmSymbol:
        shapes = symbol_shapes(symbol)
        assert shapes, symbol
        assert SYMBOL_LABELS[symbol] == symbol.value
        for shape in shapes:
            assert isinstance(shape, (PathShape, CircleShape))
            for x, y in _points(shape):
                assert -0.01 <= x <= 1.01 and -0.01 <= y <= 1.01, (symbol, x, y)


def test_probleem_is_a_five_pointed_star():
    (star,) = symbol_shapes(VsmSymbol.PROBLEEM)
    corners = [op for op in star.ops if op[0] in ("M", "L")]
    assert len(corners) == 10
