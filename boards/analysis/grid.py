"""Boards whose cells form a grid, read back as a table (rows × columns).

The werkdruk-frequentiematrix has three columns (Afhankelijkheid, Inhoud,
Autonomie) and three rows (Dagelijks, Maandelijks, Jaarlijks). Rows and
columns are found from the zone rectangles: cells whose centres line up
form a column or a row. Their labels come from the header that sits over a
column (or left of a row): a column/row zone, another zone or a text
element; failing that, "Kolom 1", "Rij 1"...
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from boards.analysis.summaries import zone_totals
from boards.geometry import Rect
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.model import Board, TextElement, Zone, ZoneKind
from boards.session import Session


@dataclass
class Grid:
    rows: list[str]
    columns: list[str]
    cells: dict[tuple[int, int], Zone]  # (row, column) → zone
    labelled: bool = True  # False when neither rows nor columns have headers on the board


@dataclass
class GridTable:
    grid: Grid
    table: pd.DataFrame  # index: row labels, columns: column labels, values: counts
    summary_message: Message  # the summary, translatable

    @property
    def summary(self) -> str:
        return self.summary_message.render()

    def long(self) -> pd.DataFrame:
        """One row per cell: row_label, column_label, zone_label, count."""
        rows = []
        for (row, column), zone in sorted(self.grid.cells.items()):
            rows.append(
                (
                    self.grid.rows[row],
                    self.grid.columns[column],
                    zone.label or zone.id,
                    int(self.table.iat[row, column]),
                )
            )
        return pd.DataFrame(rows, columns=["row_label", "column_label", "zone_label", "count"])


def _cluster(values: list[float], tolerance: float) -> list[float]:
    """Sorted cluster centres of 1-D values closer than ``tolerance``."""
    centres: list[list[float]] = []
    for value in sorted(values):
        if centres and value - centres[-1][-1] <= tolerance:
            centres[-1].append(value)
        else:
            centres.append([value])
    return [sum(group) / len(group) for group in centres]


def _nearest(centres: list[float], value: float) -> int:
    return min(range(len(centres)), key=lambda index: abs(centres[index] - value))


def _cell_candidates(board: Board) -> list[Zone]:
    cells = [zone for zone in board.zones if zone.kind == ZoneKind.CELL]
    if len(cells) >= 4:
        return cells
    parents = {zone.parent for zone in board.zones if zone.parent}
    return [zone for zone in board.zones if zone.id not in parents and zone.kind not in (ZoneKind.ROW, ZoneKind.COLUMN)]


def find_grid(board: Board) -> Grid | None:
    """The grid the board's cells form (at least 2 × 2), or None."""
    cells = _cell_candidates(board)
    if len(cells) < 4:
        return None
    tol_x = min(zone.rect.width for zone in cells) / 2
    tol_y = min(zone.rect.height for zone in cells) / 2
    xs = _cluster([zone.rect.center.x for zone in cells], tol_x)
    ys = _cluster([zone.rect.center.y for zone in cells], tol_y)
    if len(xs) < 2 or len(ys) < 2:
        return None
    placed: dict[tuple[int, int], Zone] = {}
    for zone in cells:
        key = (_nearest(ys, zone.rect.center.y), _nearest(xs, zone.rect.center.x))
        if key in placed:
            return None  # two cells in one place: not a grid
        placed[key] = zone
    if len(placed) * 4 < len(xs) * len(ys) * 3:
        return None  # too sparse to read as a table
    columns, columns_found = _labels(board, cells, placed, axis="column", count=len(xs))
    rows, rows_found = _labels(board, cells, placed, axis="row", count=len(ys))
    return Grid(rows, columns, placed, columns_found or rows_found)


def _headers(board: Board, cells: list[Zone]) -> list[tuple[Rect, str, int]]:
    """Possible header boxes: (rect, text, preference; lower is better)."""
    cell_ids = {zone.id for zone in cells}
    found = []
    for zone in board.zones:
        if zone.id in cell_ids or not zone.label:
            continue
        preference = 0 if zone.kind in (ZoneKind.ROW, ZoneKind.COLUMN) else 1
        found.append((zone.rect, zone.label, preference))
    for group in board.groups:
        if group.rect is not None and group.label:
            found.append((group.rect, group.label, 0))
    for element in board.elements:
        if isinstance(element, TextElement) and element.text.strip():
            found.append((element.rect, element.text.strip(), 1))
    return found


def _labels(
    board: Board, cells: list[Zone], placed: dict[tuple[int, int], Zone], axis: str, count: int
) -> tuple[list[str], bool]:
    """The header text of each column (or row), and whether any came from the board."""
    found = False
    headers = _headers(board, cells)
    grid_left = min(zone.rect.x for zone in cells)
    grid_top = min(zone.rect.y for zone in cells)
    labels = []
    for index in range(count):
        members = [zone for (row, column), zone in placed.items() if (column if axis == "column" else row) == index]
        lo = min(z.rect.x if axis == "column" else z.rect.y for z in members)
        hi = max(z.rect.right if axis == "column" else z.rect.bottom for z in members)
        span = hi - lo
        shared = {zone.group for zone in members}
        if len(members) >= 2 and len(shared) == 1 and None not in shared:
            group = board.group(next(iter(shared)))  # type: ignore[arg-type]
            if group is not None and group.label:
                labels.append(group.label)
                found = True
                continue
        best: tuple[tuple[int, float], str] | None = None
        for rect, text, preference in headers:
            centre = rect.center.x if axis == "column" else rect.center.y
            size = rect.width if axis == "column" else rect.height
            if not (lo <= centre <= hi) or size > span * 1.5:
                continue
            if axis == "column":
                before_grid = rect.bottom <= grid_top + 1 or (rect.y <= grid_top + 1 and rect.height > span)
                distance = grid_top - rect.bottom
            else:
                before_grid = rect.right <= grid_left + 1 or (rect.x <= grid_left + 1 and rect.width > span)
                distance = grid_left - rect.right
            spans_cells = preference == 0 and all(rect.contains_rect(z.rect, tolerance=1.0) for z in members)
            if not (before_grid or spans_cells):
                continue
            score = (preference, max(distance, 0.0))
            if best is None or score < best[0]:
                best = (score, text)
        if best is not None:
            labels.append(best[1])
            found = True
        else:
            labels.append(f"Kolom {index + 1}" if axis == "column" else f"Rij {index + 1}")
    return labels, found


def grid_table(session: Session) -> GridTable | None:
    """Notes and dots per cell as a rows × columns table, or None when not a grid."""
    grid = find_grid(session.board)
    if grid is None:
        return None
    counts: Counter[str] = Counter(zone_totals(session))
    values = [[0] * len(grid.columns) for _ in grid.rows]
    for (row, column), zone in grid.cells.items():
        values[row][column] = counts[zone.id]
    table = pd.DataFrame(values, index=grid.rows, columns=grid.columns, dtype="int64")
    return GridTable(grid, table, _summary(table))


def _summary(table: pd.DataFrame) -> Message:
    total = int(table.to_numpy().sum())
    if total == 0:
        return Message("analysis", QT_TRANSLATE_NOOP("analysis", "Er staat (nog) niets in de matrix."))
    column_sums = table.sum(axis=0)
    row_sums = table.sum(axis=1)
    return Message(
        "analysis",
        QT_TRANSLATE_NOOP(
            "analysis",
            "Van de {total} briefjes staan er de meeste in kolom {column} ({column_count}) "
            "en in rij {row} ({row_count}).",
        ),
        {
            "total": total,
            "column": str(column_sums.idxmax()),
            "column_count": int(column_sums.max()),
            "row": str(row_sums.idxmax()),
            "row_count": int(row_sums.max()),
        },
    )
