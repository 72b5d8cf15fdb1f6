"""ReportLab: boards on paper at 1:1, tiled prints, print packs, any PDF tiled, and reports."""

from printing.options import PrintOptions, PrintPlan, best_tile_sheet, print_plan
from printing.render import render_board_pdf, write_board_pdf

__all__ = [
    "PrintOptions",
    "PrintPlan",
    "best_tile_sheet",
    "print_plan",
    "render_board_pdf",
    "write_board_pdf",
]
