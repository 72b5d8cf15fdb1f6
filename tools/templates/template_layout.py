"""Small layout helpers for the built-in templates: a sheet with a title block
and a content area clear of the read-back marker frame, split into bands,
grids, columns, quadrants and tables.

Everything is in millimetres, origin top left, y down (like boards.model).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from verbatim import JOIN

from boards.colors import DOT_BLUE, DOT_GREEN, DOT_ORANGE, DOT_RED
from boards.geometry import Rect
from boards.model import (
    Addition,
    Board,
    ConnectorElement,
    DotKind,
    Group,
    Holds,
    Legend,
    LegendEntry,
    SymbolElement,
    TextElement,
    VsmSymbol,
    Zone,
    ZoneKind,
)
from boards.paper import Orientation, Paper
from boards.readback import frame_width_mm

GAP = 8.0  # space between neighbouring zones
EXTRA_MARGIN = 5.0  # beyond the marker frame

WERKDRUK = DotKind("werkdruk", "werkdruk", DOT_RED)
WERKPLEZIER = DotKind("werkplezier", "werkplezier", DOT_GREEN)
# Procesplaat 2: "in welke schoolprocessen zij gebruikmaken van ict en waar zij denken dat dit
# anders/beter kan". The ids stay as they were: sessions, analysis and carry rules use them.
GEBRUIK_ICT = DotKind("gebruik-ict", "gebruikmaken van ict", DOT_BLUE)
KAN_BETER_ICT = DotKind("kan-beter-met-ict", "anders/beter kan", DOT_ORANGE)


def slug(text: str) -> str:
    """A readable id from Dutch text: ``Lessen vormgeven (lesmaterialen)`` → ``lessen-vormgeven-lesmaterialen``."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:60].strip("-") or "zone"


def paper(name: str, orientation: str = "landscape") -> Paper:
    if "x" in name:
        width, height = (float(part) for part in name.split("x"))
        return Paper.custom(width, height)
    return Paper.a_series(name, Orientation(orientation))


@dataclass
class Sheet:
    """Builds one Board; ``take(height)`` hands out horizontal bands top-down."""

    board: Board
    header_height: float | None = None  # None: 90 mm on A0 and larger, 70 mm on smaller sheets
    margin: float = field(init=False)
    cursor: float = field(init=False)
    reserved_bottom: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        width, height = self.board.width_mm, self.board.height_mm
        self.margin = round(frame_width_mm(width, height) + EXTRA_MARGIN, 1)
        if self.header_height is None:
            self.header_height = 90.0 if min(width, height) >= 800 else 70.0
        self.board.header = Rect(self.margin, self.margin, width - 2 * self.margin, self.header_height)
        self.cursor = self.margin + self.header_height + GAP

    # --- space ---------------------------------------------------------------------

    @property
    def left(self) -> float:
        return self.margin

    @property
    def right(self) -> float:
        return self.board.width_mm - self.margin

    @property
    def bottom(self) -> float:
        return self.board.height_mm - self.margin - self.reserved_bottom

    @property
    def width(self) -> float:
        return self.right - self.left

    def remaining(self) -> float:
        return self.bottom - self.cursor

    def take(self, height: float | None = None, gap: float = GAP) -> Rect:
        """The next full-width band; ``None`` takes all that is left."""
        if height is None:
            height = self.remaining()
        if self.cursor + height > self.bottom + 0.01:
            raise ValueError(f"{self.board.id}: no room for a band of {height} mm")
        rect = Rect(self.left, round(self.cursor, 2), self.width, round(height, 2))
        self.cursor += height + gap
        return rect

    # --- adding things ---------------------------------------------------------------

    def addition(self, text: str, reason: str) -> str:
        """Record ``text`` as a Bruinpapier addition (not the source's words) and return it."""
        if all(item.text != text for item in self.board.additions):
            self.board.additions.append(Addition(text, reason))
        return text

    def unique(self, wanted: str) -> str:
        ids = set(self.board.all_ids())
        candidate, n = wanted, 2
        while candidate in ids:
            candidate = f"{wanted}-{n}"
            n += 1
        return candidate

    def text(
        self,
        text: str,
        rect: Rect,
        *,
        size: float | None = None,
        bold: bool = False,
        align: str = "left",
        id: str | None = None,
    ) -> TextElement:
        element = TextElement(
            self.unique(id or "tekst-" + slug(text)[:30]),
            rect.rounded(),
            text,
            font_size_pt=size,
            bold=bold,
            align=align,
        )
        self.board.elements.append(element)
        return element

    def group(self, label: str, rect: Rect | None = None, id: str | None = None) -> Group:
        group = Group(self.unique(id or slug(label)), label, rect.rounded() if rect else None)
        self.board.groups.append(group)
        return group

    def zone(
        self,
        label: str,
        rect: Rect,
        kind: ZoneKind = ZoneKind.CELL,
        *,
        id: str | None = None,
        question: str = "",
        definition: str = "",
        dots: list[DotKind] | None = None,
        notes: bool = True,
        rows: bool = False,
        group: Group | None = None,
        parent: Zone | None = None,
        fill: str | None = None,
        scale_value: float | None = None,
        reference_percent: float | None = None,
    ) -> Zone:
        zone = Zone(
            id=self.unique(id or slug(label)),
            kind=kind,
            rect=rect.rounded(),
            label=label,
            question=question,
            definition=definition,
            holds=Holds(notes=notes, dots=list(dots or []), rows=rows),
            group=group.id if group else None,
            parent=parent.id if parent else None,
            fill=fill,
            scale_value=scale_value,
            reference_percent=reference_percent,
        )
        self.board.zones.append(zone)
        return zone

    def symbol(self, symbol: VsmSymbol, rect: Rect, label: str = "", id: str | None = None) -> SymbolElement:
        element = SymbolElement(self.unique(id or slug(label or symbol.value)), symbol, rect.rounded(), label)
        self.board.elements.append(element)
        return element

    def arrow(
        self, source: str, target: str, label: str = "", dashed: bool = False, arrow: bool = True
    ) -> ConnectorElement:
        prefix = "pijl" if arrow else "lijn"
        element = ConnectorElement(self.unique(f"{prefix}-{source}-{target}"), source, target, label, arrow, dashed)
        self.board.elements.append(element)
        return element

    def dot_legend(self, height: float = 28.0, width: float = 420.0) -> Legend:
        """A legend strip at the bottom right that lists the board's dot kinds; call before laying out.

        It has no title: the sources give none, and the dots explain themselves."""
        rect = Rect(self.right - min(width, self.width), self.bottom - height, min(width, self.width), height)
        self.reserved_bottom += height + GAP
        return self.legend(rect)

    def legend(
        self, rect: Rect, title: str = "", entries: list[LegendEntry] | None = None, dot_kinds: bool = True
    ) -> Legend:
        self.board.legend = Legend(rect.rounded(), title, list(entries or []), dot_kinds)
        return self.board.legend

    # --- composite layouts ------------------------------------------------------------

    def grid(
        self, specs: list, cols: int, rect: Rect, kind: ZoneKind = ZoneKind.CELL, *, gap: float = GAP, **zone_args
    ) -> list[Zone]:
        """Zones in reading order, ``cols`` per row, filling ``rect``.

        ``specs`` holds labels or dicts of Sheet.zone keyword arguments (with "label").
        """
        rows = max(1, -(-len(specs) // cols))
        cells = split(rect, cols, rows, gap)
        zones = []
        for spec, cell in zip(specs, cells):
            args = dict(zone_args)
            if isinstance(spec, dict):
                args.update(spec)
            else:
                args["label"] = spec
            zones.append(self.zone(rect=cell, kind=kind, **args))
        return zones

    def columns(self, specs: list, rect: Rect, kind: ZoneKind = ZoneKind.COLUMN, **zone_args) -> list[Zone]:
        return self.grid(specs, len(specs), rect, kind, **zone_args)

    def rows(self, specs: list, rect: Rect, kind: ZoneKind = ZoneKind.ROW, **zone_args) -> list[Zone]:
        return self.grid(specs, 1, rect, kind, **zone_args)

    def quadrants(self, specs: list, rect: Rect, **zone_args) -> list[Zone]:
        return self.grid(specs, 2, rect, ZoneKind.QUADRANT, **zone_args)

    def table(self, headers: list[str], rect: Rect, widths: list[float] | None = None, **zone_args) -> list[Zone]:
        """Table columns (holding rows) side by side; ``widths`` are relative."""
        widths = widths or [1.0] * len(headers)
        total = sum(widths)
        usable = rect.width - GAP * (len(headers) - 1)
        x = rect.x
        zones = []
        for header, share in zip(headers, widths):
            width = usable * share / total
            args = {"notes": False, "rows": True, **zone_args}
            zones.append(self.zone(header, Rect(x, rect.y, width, rect.height), ZoneKind.TABLE_COLUMN, **args))
            x += width + GAP
        return zones

    def matrix(
        self,
        col_labels: list[str],
        row_labels: list[str],
        rect: Rect,
        *,
        col_definitions: list[str] | None = None,
        label_width: float = 60.0,
        head_height: float = 24.0,
        cell_label=None,
        corner: str = "",
        **zone_args,
    ) -> list[list[Zone]]:
        """Cells with column headings (groups) on top and row headings (text) on the left.

        A cell is named ``kolom – rij`` unless ``cell_label`` says otherwise; ``corner`` is a
        heading over the row headings (the source's name for them, e.g. "Leerstijl").
        """
        if corner:
            self.text(corner, Rect(rect.x, rect.y, label_width, head_height), bold=True, id="kop-" + slug(corner))
        heads = Rect(rect.x + label_width + GAP, rect.y, rect.width - label_width - GAP, head_height)
        body = Rect(heads.x, rect.y + head_height + GAP, heads.width, rect.height - head_height - GAP)
        groups = [
            self.group(label, head, id="kolom-" + slug(label))
            for label, head in zip(col_labels, split(heads, len(col_labels), 1, GAP))
        ]
        row_rects = split(Rect(rect.x, body.y, label_width, body.height), 1, len(row_labels), GAP)
        for label, row_rect in zip(row_labels, row_rects):
            self.text(label, row_rect, bold=True, align="center", id="rij-" + slug(label))
        cells = split(body, len(col_labels), len(row_labels), GAP)
        grid: list[list[Zone]] = []
        for r, row_label in enumerate(row_labels):
            row = []
            for c, col_label in enumerate(col_labels):
                label = cell_label(col_label, row_label) if cell_label else f"{col_label}{JOIN}{row_label}"
                definition = col_definitions[c] if (col_definitions and r == 0) else ""
                row.append(
                    self.zone(
                        label,
                        cells[r * len(col_labels) + c],
                        ZoneKind.CELL,
                        id=slug(f"{col_label}-{row_label}"),
                        definition=definition,
                        group=groups[c],
                        **zone_args,
                    )
                )
            grid.append(row)
        return grid


def split(rect: Rect, cols: int, rows: int, gap: float = GAP) -> list[Rect]:
    """``cols`` × ``rows`` equal cells in reading order."""
    width = (rect.width - gap * (cols - 1)) / cols
    height = (rect.height - gap * (rows - 1)) / rows
    return [
        Rect(rect.x + c * (width + gap), rect.y + r * (height + gap), width, height)
        for r in range(rows)
        for c in range(cols)
    ]


def hsplit(rect: Rect, shares: list[float], gap: float = GAP) -> list[Rect]:
    """Side by side parts of ``rect`` with relative widths."""
    usable = rect.width - gap * (len(shares) - 1)
    total = sum(shares)
    x, parts = rect.x, []
    for share in shares:
        width = usable * share / total
        parts.append(Rect(x, rect.y, width, rect.height))
        x += width + gap
    return parts


def vsplit(rect: Rect, shares: list[float], gap: float = GAP) -> list[Rect]:
    """Stacked parts of ``rect`` with relative heights."""
    usable = rect.height - gap * (len(shares) - 1)
    total = sum(shares)
    y, parts = rect.y, []
    for share in shares:
        height = usable * share / total
        parts.append(Rect(rect.x, y, rect.width, height))
        y += height + gap
    return parts


def new_board(
    id: str,
    title: str,
    paper_name: str,
    *,
    orientation: str = "landscape",
    method: str | None,
    step: str | None,
    question: str = "",
    description: str = "",
) -> Board:
    return Board(
        id=id,
        title=title,
        paper=paper(paper_name, orientation),
        question=question,
        description=description,
        method=method,
        step=step,
    )


def worksheet(
    id: str,
    title: str,
    *,
    method: str | None = None,
    step: str | None = None,
    paper: str = "A1",
    orientation: str = "landscape",
    question: str = "",
    description: str = "",
) -> Sheet:
    """A Sheet for a board (A1 landscape unless told otherwise)."""
    return Sheet(
        new_board(
            id,
            title,
            paper,
            orientation=orientation,
            method=method,
            step=step,
            question=question,
            description=description,
        )
    )
