"""ReportLab: boards on paper at 1:1, tiled prints, session packs and reports."""

from printing.options import PrintOptions, PrintPlan, best_tile_sheet, print_plan
from printing.pack import render_pack
from printing.render import render_board_pdf, write_board_pdf

__all__ = [
    "PrintOptions",
    "PrintPlan",
    "best_tile_sheet",
    "print_plan",
    "render_board_pdf",
    "render_pack",
    "write_board_pdf",
]
