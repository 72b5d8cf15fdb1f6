"""The analysis as an Excel workbook: one sheet per table, Dutch headers."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from boards.analysis.overview import Analysis
from boards.analysis.sheets import analysis_sheets
from boards.fileformat import atomic_write_bytes
from boards.spreadsheets import text_cells_only, xlsx_safe

MAX_COLUMN_WIDTH = 60


def workbook_bytes(analysis: Analysis) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in analysis_sheets(analysis).items():
            frame = frame.map(xlsx_safe)
            frame.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            text_cells_only(sheet)  # note texts such as "=cmd|…" stay text, never a formula
            sheet.freeze_panes = "A2"
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for index, column in enumerate(frame.columns, start=1):
                values = [str(column)] + [str(value) for value in frame[column].head(500)]
                width = min(MAX_COLUMN_WIDTH, max(len(value) for value in values) + 2)
                sheet.column_dimensions[get_column_letter(index)].width = width
    return buffer.getvalue()


def write_workbook(analysis: Analysis, path: Path | str) -> None:
    """Write the workbook atomically (a half-written file never replaces a good one)."""
    atomic_write_bytes(path, workbook_bytes(analysis))
