"""Dutch number formatting: decimal comma, dot as thousands separator.

The seeds write "11,1 %", "66,7 %" and "0 %": one decimal, rounded half up,
and a whole number without ",0".
"""

from __future__ import annotations

import math
import numbers
import sys
from decimal import ROUND_HALF_UP, Decimal


def _rounded(value: float, decimals: int) -> Decimal:
    quantum = Decimal(1).scaleb(-decimals)
    # repr() keeps 11.111111 as written, so 2/18*100 rounds like a person would.
    return Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)


def format_number(value: float | int | None, decimals: int = 1, *, trim: bool = True, grouping: bool = True) -> str:
    """``1234.56`` → ``"1.234,6"``; ``4.0`` → ``"4"`` when ``trim`` (the default)."""
    if value is None:
        return ""
    number = _rounded(value, decimals)
    if number == 0:
        number = abs(number)  # no "-0"
    sign = "-" if number < 0 else ""
    text = f"{abs(number):.{decimals}f}"
    whole, _, fraction = text.partition(".")
    if grouping and len(whole) > 3:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = ".".join([whole, *groups])
    if trim and fraction and set(fraction) == {"0"}:
        fraction = ""
    return sign + whole + ("," + fraction if fraction else "")


def format_value(value: object) -> str:
    """A value in a table of a report, as a Dutch reader reads it: a whole number with the thousands
    separator (``100000`` → ``"100.000"``, also numpy's integers), a fraction with the decimal comma
    (:func:`format_number`), ``ja``/``nee`` for true/false, nothing for a missing value, text as it is."""
    if value is None:
        return ""
    if isinstance(value, (bool, numpy_bool())):
        return "ja" if value else "nee"
    if isinstance(value, numbers.Integral):
        return format_number(int(value), 0)
    if isinstance(value, numbers.Real):
        number = float(value)
        return "" if math.isnan(number) else format_number(number) if math.isfinite(number) else str(number)
    return str(value)


def numpy_bool() -> type:
    """numpy's true/false type when numpy is loaded (a table from pandas), else plain bool."""
    numpy = sys.modules.get("numpy")
    return numpy.bool_ if numpy is not None else bool


def format_percent(value: float | None, decimals: int = 1) -> str:
    """``11.111`` → ``"11,1 %"``; ``0`` → ``"0 %"``."""
    if value is None:
        return ""
    return f"{format_number(value, decimals)} %"


def format_count_percent(count: int, percent: float | None) -> str:
    """The seed's chart labels: ``"6 (66,7 %)"``."""
    return f"{format_number(count, 0)} ({format_percent(percent)})"


def format_signed(value: float | int, decimals: int = 1) -> str:
    """A change: ``+3``, ``-1,5``, ``0``."""
    text = format_number(value, decimals)
    return text if text.startswith("-") or text == "0" else "+" + text


def parse_number(text: str) -> float:
    """``"11,1"`` or ``"1.234,5"`` → float; raises ValueError on anything else."""
    cleaned = text.strip().replace("%", "").strip().replace(".", "").replace(",", ".")
    return float(cleaned)
