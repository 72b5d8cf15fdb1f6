"""ReportLab: boards on paper at 1:1, tiled prints, session packs and reports."""

from printing.options import PrintOptions, PrintPlan, print_plan
from printing.render import render_board_pdf, write_board_pdf


def render_pack(method_id: str, step_id: str, options: PrintOptions | None = None) -> bytes:
    """All boards of one method step in one PDF, plus an A4 handout of each."""
    from printing.pack import render_pack as _render_pack

    return _render_pack(method_id, step_id, options)


__all__ = ["PrintOptions", "PrintPlan", "print_plan", "render_board_pdf", "write_board_pdf", "render_pack"]
