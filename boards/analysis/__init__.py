"""Analysis of sessions: tidy tables, summaries per board, comparisons, exports.

Pure Python and pandas (no Qt). Start with :func:`analyse`; the exports live
in :mod:`boards.analysis.excel` and (ReportLab, outside the core) :mod:`printing.report`.
"""

from boards.analysis.across import (
    SchoolComparison,
    Trend,
    across_schools,
    common_board_id,
    cross_session_summary,
    long_counts,
    over_time,
)
from boards.analysis.distribution import Distribution, distribution, session_distribution
from boards.analysis.dutch import format_count_percent, format_number, format_percent, format_signed
from boards.analysis.grid import Grid, GridTable, find_grid, grid_table
from boards.analysis.overview import Analysis, SessionAnalysis, analyse, analyse_session, analysis_to_dict
from boards.analysis.procesplaat import ProcessAnalysis, analyse_processes, is_process_board, process_kinds
from boards.analysis.scales import ScaleAnalysis, analyse_scales, percentages
from boards.analysis.summaries import color_counts, dot_kind_counts, zone_counts, zone_totals
from boards.analysis.tables import actions_table, dots_table, notes_table, session_label, sessions_table

__all__ = [
    "Analysis",
    "Distribution",
    "Grid",
    "GridTable",
    "ProcessAnalysis",
    "ScaleAnalysis",
    "SchoolComparison",
    "SessionAnalysis",
    "Trend",
    "across_schools",
    "actions_table",
    "analyse",
    "analyse_processes",
    "analyse_scales",
    "analyse_session",
    "analysis_to_dict",
    "color_counts",
    "common_board_id",
    "cross_session_summary",
    "distribution",
    "dot_kind_counts",
    "dots_table",
    "find_grid",
    "format_count_percent",
    "format_number",
    "format_percent",
    "format_signed",
    "grid_table",
    "is_process_board",
    "long_counts",
    "notes_table",
    "over_time",
    "percentages",
    "process_kinds",
    "session_distribution",
    "session_label",
    "sessions_table",
    "zone_counts",
    "zone_totals",
]
