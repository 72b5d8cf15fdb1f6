"""Tables of any width for the PDF reports: sized to their content, split or turned when too wide.

A table whose columns fit the page is one table, its columns as wide as their content needs
(text wraps, numbers never do). A table with many columns and few rows is turned (columns
become rows). Otherwise it is split into parts that fit: the leading text columns (zone,
measure, school) repeat in every part, each part says which columns it holds. Long tables
continue over pages with their header row repeated. So 100 schools side by side stay
readable, where one table of 44 columns made ReportLab fail ("negative width") and 30
columns printed one letter per line.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from boards.analysis.dutch import format_value

HEADER_FILL = colors.HexColor("#efe4d2")
GRID_COLOR = colors.HexColor("#b8a48a")
PADDING = 4  # points left and right in every cell
MAX_TEXT_WIDTH = 70 * mm  # a text column wider than this wraps
MAX_CELL_CHARS = 1500  # longer texts end in "…" (a table row taller than a page cannot be printed)
TURN_ROWS = 6  # a wide table with at most this many rows is turned instead of split
COMFORT_WIDTH = 30 * mm  # a text column is not made narrower than this (or its text) before splitting
SAMPLE_ROWS = 400  # rows measured for a column's width


class Flowables(Flowable):
    """Several flowables where the story expects one: the frame splits it into them at once."""

    def __init__(self, flowables: Sequence[Flowable]) -> None:
        super().__init__()
        self.flowables = list(flowables)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 0xFFFFFF  # never fits whole: split() hands over the parts

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return self.flowables

    def draw(self) -> None:  # pragma: no cover - always split before drawing
        pass


def cell_text(value: object) -> str:
    text = format_value(value)
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _is_number(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


def _sizes(texts: list[list[str]], headers: list[str], numeric: list[bool], styles) -> tuple[list, list]:
    """Per column the least width (its longest word or number, header words included) and the natural
    width (its longest value on one line; text up to MAX_TEXT_WIDTH), padding included."""
    body, bold = styles["cell"], styles["cellbold"]
    least, natural = [], []
    for index, header in enumerate(headers):
        head = max(pdfmetrics.stringWidth(word, bold.fontName, bold.fontSize) for word in header.split() or [""])
        values = [row[index] for row in texts[:SAMPLE_ROWS]]
        widest = max((pdfmetrics.stringWidth(value, body.fontName, body.fontSize) for value in values), default=0)
        if numeric[index]:
            word = widest
        else:
            word = max(
                (pdfmetrics.stringWidth(w, body.fontName, body.fontSize) for value in values for w in value.split()),
                default=0,
            )
        pad = 2 * PADDING + 1
        least.append(max(head, min(word, MAX_TEXT_WIDTH)) + pad)
        natural.append(max(head, min(widest, MAX_TEXT_WIDTH)) + pad)
    return least, natural


def _header_words_fit(widths: list[float], headers: list[str], styles) -> list[float]:
    """Given widths in which every header word fits whole ("werkplezier" no longer breaks as
    "werkplezie/r"): a column too narrow for its longest header word takes the room from the column
    with the most to spare."""
    bold = styles["cellbold"]
    needed = [
        max((pdfmetrics.stringWidth(word, bold.fontName, bold.fontSize) for word in header.split()), default=0)
        + 2 * PADDING
        + 1
        for header in headers
    ]
    fitted = [max(width, need) for width, need in zip(widths, needed)]
    extra = sum(fitted) - sum(widths)
    if extra > 0:
        roomiest = max(range(len(fitted)), key=lambda index: fitted[index] - needed[index])
        fitted[roomiest] = max(needed[roomiest], fitted[roomiest] - extra)
    return fitted


def _comfortable(least: list[float], natural: list[float], numeric: list[bool]) -> list[float]:
    """Numbers on one line; text at least COMFORT_WIDTH wide (or its natural width when less)."""
    return [
        natural[index] if numeric[index] else min(natural[index], max(least[index], COMFORT_WIDTH))
        for index in range(len(least))
    ]


def _table(headers: list[str], texts: list[list[str]], numeric: list[bool], widths: list[float], styles) -> Table:
    header_cells = [Paragraph(escape(text), styles["cellbold"]) for text in headers]
    body = [
        [value if numeric[index] else Paragraph(escape(value), styles["cell"]) for index, value in enumerate(row)]
        for row in texts
    ]
    table = Table([header_cells, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.3, GRID_COLOR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("FONTNAME", (0, 1), (-1, -1), styles["cell"].fontName),
        ("FONTSIZE", (0, 1), (-1, -1), styles["cell"].fontSize),
    ]
    commands += [("ALIGN", (index, 1), (index, -1), "RIGHT") for index, number in enumerate(numeric) if number]
    table.setStyle(TableStyle(commands))
    return table


def _grow(widths: list[float], natural: list[float], available: float) -> list[float]:
    """Room left on the line goes to the columns that wrap, up to their natural width."""
    spare = available - sum(widths)
    need = sum(max(0.0, wide - width) for width, wide in zip(widths, natural))
    if spare <= 0 or need <= 0:
        return widths
    share = min(1.0, spare / need)
    return [width + max(0.0, wide - width) * share for width, wide in zip(widths, natural)]


def fitted_table(
    frame: pd.DataFrame,
    styles: dict[str, ParagraphStyle],
    available_width: float,
    widths: Sequence[float] | None = None,
    key_columns: int | None = None,
    part_label: str = "kolommen",
) -> Flowable:
    """``frame`` as one table that fits ``available_width``, or turned, or split into parts (see above).

    ``widths`` are used as given when they fit. ``key_columns`` leading columns repeat in every part
    (default: the text columns before the first number column, at most two)."""
    headers = [str(column) for column in frame.columns]
    numeric = [_is_number(frame[column]) for column in frame.columns]
    texts = [[cell_text(value) for value in row] for row in frame.itertuples(index=False, name=None)]
    if widths is not None:
        widths = _header_words_fit(list(widths), headers, styles)
        if sum(widths) <= available_width + 0.5:
            return _table(headers, texts, numeric, widths, styles)
    least, natural = _sizes(texts, headers, numeric, styles)
    comfortable = _comfortable(least, natural, numeric)
    if sum(comfortable) <= available_width:
        return _table(headers, texts, numeric, _grow(comfortable, natural, available_width), styles)
    if len(texts) <= TURN_ROWS and len(headers) > len(texts) + 1:
        return fitted_table(_turned(frame), styles, available_width, part_label=part_label)
    return _split(headers, texts, numeric, least, comfortable, styles, available_width, key_columns, part_label)


def _turned(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns as rows: the first column's values become the headers."""
    first = frame.columns[0]
    turned = frame.set_index(first).T.reset_index()
    turned.columns = [str(first), *[cell_text(value) for value in frame[first]]]
    return turned


def _split(
    headers: list[str],
    texts: list[list[str]],
    numeric: list[bool],
    least: list[float],
    needed: list[float],
    styles,
    available: float,
    key_columns: int | None,
    part_label: str,
) -> Flowable:
    if key_columns is None:
        key_columns = _key_columns(numeric)
    keys = list(range(key_columns))
    key_widths = [needed[index] for index in keys]
    if sum(key_widths) > available * 0.45:  # keys wrap rather than leave no room for the other columns
        floor = [least[index] for index in keys]
        spare = sum(key_widths) - available * 0.45
        give = [max(0.0, width - low) for width, low in zip(key_widths, floor)]
        share = min(1.0, spare / sum(give)) if sum(give) else 0.0
        key_widths = [width - slack * share for width, slack in zip(key_widths, give)]
    room = available - sum(key_widths)
    rest = list(range(key_columns, len(headers)))
    parts = _parts(rest, [min(needed[index], room) for index in rest], room)
    flowables: list[Flowable] = []
    total = len(headers) - key_columns
    for number, part in enumerate(parts, start=1):
        columns = keys + part
        widths = key_widths + [min(needed[index], room) for index in part]
        first, last = part[0] - key_columns + 1, part[-1] - key_columns + 1
        label = (
            f"Deel {number} van {len(parts)}: {part_label} {first}–{last} van {total} "
            f"({headers[part[0]]} … {headers[part[-1]]})"
        )
        flowables.append(Paragraph(escape(label), styles["small"]))
        flowables.append(
            _table(
                [headers[index] for index in columns],
                [[row[index] for index in columns] for row in texts],
                [numeric[index] for index in columns],
                widths,
                styles,
            )
        )
        flowables.append(Spacer(1, 3 * mm))
    return Flowables(flowables)


def _parts(columns: list[int], widths: list[float], room: float) -> list[list[int]]:
    """The columns in as few parts as fit ``room``, as even in size as the widths allow."""
    greedy = 1
    used = 0.0
    for width in widths:
        if used and used + width > room:
            greedy += 1
            used = 0.0
        used += width
    for count in range(greedy, len(columns) + 1):
        size = -(-len(columns) // count)
        parts = [list(range(start, min(start + size, len(columns)))) for start in range(0, len(columns), size)]
        if all(sum(widths[i] for i in part) <= room for part in parts):
            return [[columns[i] for i in part] for part in parts]
    return [[column] for column in columns]


def _key_columns(numeric: list[bool]) -> int:
    """The leading columns that name a row (repeated in every part): a leading number (a rank) and the
    text columns after it, at most three."""
    count = 1 if numeric and numeric[0] else 0
    while count < min(3, len(numeric) - 1) and not numeric[count]:
        count += 1
    return count if count and not numeric[count - 1] else 0
