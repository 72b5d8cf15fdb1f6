"""User text in spreadsheets we write: never a live formula.

A note on a board can read ``=HYPERLINK("http://…")`` or ``=cmd|' /C calc'!A0``; written as it is, Excel
or LibreOffice would run it when a colleague opens the export. Two rules, one per format:

- **Excel (.xlsx)**: every text cell is stored as text (openpyxl's data type ``s``), so ``=…`` shows as
  typed and is never calculated. Nothing is added to the text. Control characters an Excel file cannot
  hold (a pasted ``\x01``) are shown as ``�``.
- **CSV**: a CSV has no cell types, so a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a ``'`` in front (as OWASP recommends against "CSV injection"); spreadsheet
  programs show such a cell as text. So that reading the export back gives exactly what was written,
  a text that already starts with ``'`` followed by one of those characters gets one more ``'``, and the
  CSV import removes one ``'`` from every cell that starts with ``'`` followed (after more ``'``) by one of
  those characters. Numbers (a count of ``-2``) are numbers, not text, and stay as they are.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_START = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED = re.compile(r"^'+[=+\-@\t\r]")


def csv_safe(value: Any) -> Any:
    """A CSV cell value that no spreadsheet program takes for a formula (text only; other values as they are)."""
    if isinstance(value, str) and _NEEDS_QUOTE.match(value):
        return "'" + value
    return value


def csv_unquote(text: str) -> str:
    """The text :func:`csv_safe` was given: one ``'`` less in front of a quoted formula start."""
    return text[1:] if _QUOTED.match(text) else text


def xlsx_safe(value: Any) -> Any:
    """A cell value an Excel file can hold: control characters it cannot store become ``�``."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value


def text_cells_only(sheet: Any) -> None:
    """Store every cell of an openpyxl worksheet that openpyxl would write as a formula as text instead."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
