"""A table or grid of N × M zones in one step, with a header row and a header column if wanted."""

from __future__ import annotations

from collections.abc import Callable

from boards.editing.objects import zone_key
from boards.errors import InvalidArgumentError, problem
from boards.geometry import Rect
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Board, Holds, TextStyle, Zone, ZoneKind

MAX_CELLS_PER_SIDE = 40
MIN_CELL_MM = 10.0
HEADER_SHARE = 0.12  # of the table's height (width) taken by the header row (column), within limits
HEADER_FILL = "#fdf3dc"


def _header_size(total: float, count: int) -> float:
    return round(min(max(total * HEADER_SHARE, 12.0), total / (count + 1)), 1)


def table_zones(
    board: Board,
    area: Rect,
    rows: int,
    columns: int,
    *,
    header_row: bool = True,
    header_column: bool = False,
    new_id: Callable[[str, set[str]], str],
    labels: Callable[[str, int], str] | None = None,
) -> dict[str, Zone]:
    """The zones of a table filling ``area``: ``rows`` × ``columns`` cells plus header row/column, as a change set.

    Header cells hold no notes and print bold on a light fill; body cells are
    cells that hold notes. ``labels(kind, number)`` names a header cell (kind
    ``"column"`` or ``"row"``, numbers from 1); by default "Kolom 1", "Rij 1".
    Raises InvalidArgumentError for an impossible table.
    """
    if not (1 <= rows <= MAX_CELLS_PER_SIDE and 1 <= columns <= MAX_CELLS_PER_SIDE):
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "een tabel heeft 1 tot {limit} rijen en kolommen (gevraagd: {rows} × {columns})"
                ),
                limit=MAX_CELLS_PER_SIDE,
                rows=rows,
                columns=columns,
            )
        )
    if not board.bounds.contains_rect(area):
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "de tabel valt buiten het papier")))
    head_h = _header_size(area.height, rows) if header_row else 0.0
    head_w = _header_size(area.width, columns) if header_column else 0.0
    cell_w = (area.width - head_w) / columns
    cell_h = (area.height - head_h) / rows
    if cell_w < MIN_CELL_MM or cell_h < MIN_CELL_MM:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "de vakken worden te klein ({width:.0f} × {height:.0f} mm; minstens {minimum:g} mm): "
                    "kies minder rijen of kolommen of een groter vlak",
                ),
                width=cell_w,
                height=cell_h,
                minimum=MIN_CELL_MM,
            )
        )
    name = labels or _default_label
    taken: set[str] = set()
    result: dict[str, Zone] = {}
    header_style = TextStyle(bold=True, align="center")

    def add(base: str, rect: Rect, label: str, kind: ZoneKind, header: bool) -> None:
        zone_id = new_id(base, taken)
        taken.add(zone_id)
        result[zone_key(zone_id)] = Zone(
            zone_id,
            kind,
            rect.rounded(1),
            label,
            holds=Holds(notes=not header),
            fill=HEADER_FILL if header else None,
            text_style=header_style if header else TextStyle(),
        )

    if header_row and header_column:
        add("tabel-hoek", Rect(area.x, area.y, head_w, head_h), "", ZoneKind.CELL, True)
    if header_row:
        for column in range(columns):
            rect = Rect(area.x + head_w + column * cell_w, area.y, cell_w, head_h)
            add(f"kolom-{column + 1}", rect, name("column", column + 1), ZoneKind.COLUMN, True)
    if header_column:
        for row in range(rows):
            rect = Rect(area.x, area.y + head_h + row * cell_h, head_w, cell_h)
            add(f"rij-{row + 1}", rect, name("row", row + 1), ZoneKind.ROW, True)
    for row in range(rows):
        for column in range(columns):
            rect = Rect(area.x + head_w + column * cell_w, area.y + head_h + row * cell_h, cell_w, cell_h)
            add(f"vak-{row + 1}-{column + 1}", rect, "", ZoneKind.CELL, False)
    return result


def _default_label(kind: str, number: int) -> str:
    return f"Kolom {number}" if kind == "column" else f"Rij {number}"
