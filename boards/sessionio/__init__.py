"""Session results to and from spreadsheets (CSV, Excel) and JSON. No Qt."""

from boards.sessionio.exporting import (
    combined_table,
    export_csv,
    export_json,
    export_session,
    export_xlsx,
    xlsx_bytes,
)
from boards.sessionio.matching import ZoneMatcher, normalise
from boards.sessionio.preview import (
    ImportPreview,
    ImportRow,
    ImportSummary,
    RowKind,
    RowStatus,
    preview_import,
)
from boards.sessionio.tables import read_table

__all__ = [
    "ImportPreview",
    "ImportRow",
    "ImportSummary",
    "RowKind",
    "RowStatus",
    "ZoneMatcher",
    "combined_table",
    "export_csv",
    "export_json",
    "export_session",
    "export_xlsx",
    "normalise",
    "preview_import",
    "read_table",
    "xlsx_bytes",
]
