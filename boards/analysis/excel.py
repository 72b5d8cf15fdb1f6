"""The analysis as an Excel workbook: one sheet per table, Dutch headers, typed cells, ready to print."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from boards.analysis.overview import Analysis
from boards.analysis.sheets import analysis_sheets, summary_sheets
from boards.analysis.summary import ArchiveSummary
from boards.fileformat import atomic_write_bytes
from boards.workbooks import write_sheet


def workbook_bytes(analysis: Analysis) -> bytes:
    return sheets_bytes(analysis_sheets(analysis))


def sheets_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """A workbook of named tables, each written as every Bruinpapier sheet is (:func:`write_sheet`)."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            write_sheet(writer, name, frame)
    return buffer.getvalue()


def write_workbook(analysis: Analysis, path: Path | str) -> None:
    """Write the workbook atomically (a half-written file never replaces a good one)."""
    atomic_write_bytes(path, workbook_bytes(analysis))


def write_summary_workbook(summary: ArchiveSummary, path: Path | str) -> None:
    """The archive summary's tables as a workbook, written atomically."""
    atomic_write_bytes(path, sheets_bytes(summary_sheets(summary)))
