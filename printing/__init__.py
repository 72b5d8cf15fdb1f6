"""ReportLab: boards on paper at 1:1, tiled prints, print packs, any PDF tiled, and reports.

The names below load on first use (PEP 562), so ``import printing.pdf_tiles``
does not draw in everything a board print needs: a command imports only what it uses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_EXPORTS = {
    "PrintOptions": "printing.options",
    "PrintPlan": "printing.options",
    "best_tile_sheet": "printing.options",
    "print_plan": "printing.options",
    "render_board_pdf": "printing.render",
    "write_board_pdf": "printing.render",
}

__all__ = ["PrintOptions", "PrintPlan", "best_tile_sheet", "print_plan", "render_board_pdf", "write_board_pdf"]

if TYPE_CHECKING:
    from printing.options import PrintOptions, PrintPlan, best_tile_sheet, print_plan
    from printing.render import render_board_pdf, write_board_pdf


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'printing' has no attribute {name!r}")
