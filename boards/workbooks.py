"""Sheets as a Dutch school uses them: typed cells with Dutch formats, ready to print.

Every workbook Bruinpapier writes (the analysis, a session's export) goes through
:func:`write_sheet`:

- numbers stay numbers; a column whose header ends in ``(%)`` holds 0–100 and is
  written as a fraction with a percentage format, so Excel shows ``27,3%`` with the
  reader's decimal comma and can calculate with it;
- a column of ISO dates (``2019-03-12``) whose header names a date becomes date
  cells shown ``12-03-2019``;
- yes/no columns are Excel's own true/false (WAAR/ONWAAR in a Dutch Excel);
- the header row is bold, frozen and repeated on every printed page; the sheet
  prints on A4, fitted to the page width, in landscape when it is wide.

Number format codes in a file are always written the English way (``0.0%``,
``#,##0``); Excel and LibreOffice show them with the reader's own separators.
"""

from __future__ import annotations

import datetime
import math
import re
from typing import Any

import pandas as pd
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from boards.spreadsheets import text_cells_only, xlsx_safe

PERCENT_FORMAT = "0.0%"
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0"
DATE_FORMAT = "DD-MM-YYYY"

#: Headers of columns that hold a session's date.
DATE_HEADERS = {"datum", "eerste datum", "laatste datum", "date"}
#: A sheet wider than this (in characters of its columns) prints in landscape.
LANDSCAPE_FROM = 110
MAX_COLUMN_WIDTH = 60
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_percent_column(header: object) -> bool:
    return str(header).rstrip().endswith("(%)")


def _is_date_column(header: object, values: pd.Series) -> bool:
    if str(header).strip().lower() not in DATE_HEADERS:
        return False
    filled = [value for value in values if isinstance(value, str) and value]
    return all(_ISO_DATE.match(value) for value in filled)


def _date(value: Any) -> Any:
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return None if value == "" else value


def _number(value: Any) -> Any:
    """A missing number (NaN, None) is an empty cell, never the text "nan"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def cell_frame(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """The values to write (percentages as fractions, dates as dates, missing numbers empty) and the
    number format per column."""
    values = frame.copy()
    formats: dict[str, str] = {}
    for column in frame.columns:
        series = frame[column]
        if is_percent_column(column) and pd.api.types.is_numeric_dtype(series):
            values[column] = (series.astype(float) / 100.0).round(12).astype(object).map(_number)
            formats[str(column)] = PERCENT_FORMAT
        elif pd.api.types.is_bool_dtype(series):
            continue
        elif pd.api.types.is_integer_dtype(series):
            formats[str(column)] = INTEGER_FORMAT
        elif pd.api.types.is_float_dtype(series):
            whole = series.dropna()
            formats[str(column)] = INTEGER_FORMAT if len(whole) and (whole % 1 == 0).all() else DECIMAL_FORMAT
            values[column] = series.astype(object).map(_number)
        elif _is_date_column(column, series):
            values[column] = series.map(_date)
            formats[str(column)] = DATE_FORMAT
    return values, formats


def _width(values: list[str]) -> int:
    return min(MAX_COLUMN_WIDTH, max((len(value) for value in values), default=4) + 2)


def format_sheet(sheet: Worksheet, frame: pd.DataFrame, formats: dict[str, str]) -> None:
    """Header, number formats, column widths, frozen header and page set-up of a written sheet."""
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    total_width = 0
    for index, column in enumerate(frame.columns, start=1):
        letter = get_column_letter(index)
        number_format = formats.get(str(column))
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if number_format:
                cell.number_format = number_format
            elif isinstance(cell.value, datetime.date):  # a date in a column of mixed values
                cell.number_format = DATE_FORMAT
        shown = [str(column)] + ["" if value is None else str(value) for value in frame[column].head(500)]
        width = 12 if number_format == DATE_FORMAT else _width(shown)
        sheet.column_dimensions[letter].width = width
        total_width += width
    sheet.freeze_panes = "A2"
    if frame.shape[0]:
        sheet.auto_filter.ref = sheet.dimensions
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if total_width > LANDSCAPE_FROM else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.oddFooter.center.text = "&A – pagina &P van &N"


def write_sheet(writer: pd.ExcelWriter, name: str, frame: pd.DataFrame) -> Worksheet:
    """Write ``frame`` as sheet ``name`` (at most 31 characters) with typed cells and page set-up.

    Every text stays text (:mod:`boards.spreadsheets`): a note reading ``=HYPERLINK(…)`` is never a formula.
    """
    values, formats = cell_frame(frame)
    values.map(xlsx_safe).to_excel(writer, sheet_name=name[:31], index=False)
    sheet = writer.sheets[name[:31]]
    text_cells_only(sheet)
    format_sheet(sheet, frame, formats)
    return sheet
