"""The board model: a physical sheet with zones and free elements, in mm.

Pure Python dataclasses; the file format (``boards.fileformat``) turns them
into JSON and back, the editor changes them through undo commands, printing
draws them at 1:1 and capture maps photos onto them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from boards.geometry import Point, Rect
from boards.i18n import QT_TRANSLATE_NOOP
from boards.paper import Paper


class ZoneKind(str, Enum):
    CELL = "cell"
    COLUMN = "column"
    ROW = "row"
    QUADRANT = "quadrant"
    LANE = "lane"
    FREE_AREA = "free_area"
    TABLE_COLUMN = "table_column"


#: Dutch display names of the zone kinds.
ZONE_KIND_LABELS: dict[ZoneKind, str] = {
    ZoneKind.CELL: QT_TRANSLATE_NOOP("model", "cel"),
    ZoneKind.COLUMN: QT_TRANSLATE_NOOP("model", "kolom"),
    ZoneKind.ROW: QT_TRANSLATE_NOOP("model", "rij"),
    ZoneKind.QUADRANT: QT_TRANSLATE_NOOP("model", "kwadrant"),
    ZoneKind.LANE: QT_TRANSLATE_NOOP("model", "baan"),
    ZoneKind.FREE_AREA: QT_TRANSLATE_NOOP("model", "vrij vlak"),
    ZoneKind.TABLE_COLUMN: QT_TRANSLATE_NOOP("model", "tabelkolom"),
}


class VsmSymbol(str, Enum):
    """The VSM symbols of *Meer ict, minder werkdruk?* (Stappenplan, VSM-symbolen), Dutch names as ids."""

    PERSOON = "persoon"
    PROCESSTAP = "processtap"
    PROBLEEM = "probleem"  # drawn as a star
    DATA = "data"
    IDEE = "idee"  # drawn as a cloud
    VERSTORING = "verstoring"
    WACHT = "wacht"
    ICT = "ict"
    EXTERN = "extern"


@dataclass(frozen=True)
class DotKind:
    """A kind of dot sticker a zone collects, e.g. werkdruk (red)."""

    id: str
    label: str
    color: str  # "#rrggbb"


@dataclass
class Holds:
    """What goes on a zone: sticky notes, dots of named kinds, table rows."""

    notes: bool = True
    dots: list[DotKind] = field(default_factory=list)
    rows: bool = False

    def dot_kind(self, kind_id: str) -> DotKind | None:
        return next((kind for kind in self.dots if kind.id == kind_id), None)


@dataclass
class Zone:
    id: str
    kind: ZoneKind
    rect: Rect
    label: str
    question: str = ""
    definition: str = ""
    holds: Holds = field(default_factory=Holds)
    group: str | None = None  # id of a Group
    parent: str | None = None  # id of the zone this one is nested in on purpose
    fill: str | None = None  # "#rrggbb" or None for no fill
    scale_value: float | None = None  # the answer this cell stands for on a scale (1..5, 1..9)
    reference_percent: float | None = None  # a reference share to compare with (Rogers: 2,5 %)


@dataclass
class Group:
    """A heading over several zones, e.g. "PRIMAIR (lesgeven)"."""

    id: str
    label: str
    rect: Rect | None = None  # where the heading is drawn; None: not drawn


@dataclass
class TextElement:
    id: str
    rect: Rect
    text: str
    font_size_pt: float | None = None  # None: fit to the box
    bold: bool = False
    align: str = "left"  # left | center | right


@dataclass
class SymbolElement:
    id: str
    symbol: VsmSymbol
    rect: Rect
    label: str = ""


@dataclass
class ConnectorElement:
    """An arrow from one element or zone to another; follows them when they move."""

    id: str
    source: str
    target: str
    label: str = ""
    arrow: bool = True
    dashed: bool = False


@dataclass
class LineElement:
    id: str
    start: Point
    end: Point
    width_mm: float = 0.5
    dashed: bool = False
    arrow: bool = False


Element = TextElement | SymbolElement | ConnectorElement | LineElement


@dataclass
class LegendEntry:
    label: str
    symbol: VsmSymbol | None = None
    color: str | None = None


@dataclass
class Legend:
    rect: Rect
    title: str = ""
    entries: list[LegendEntry] = field(default_factory=list)
    dot_kinds: bool = True  # also list every dot kind of the board


@dataclass(frozen=True)
class Addition:
    """A text on a built-in template that is not the source publication's own words.

    Templates quote their source verbatim; where a printed board needs a text the
    source does not give (a column heading, a number to tell equal boxes apart),
    the template names it here with the reason, so the documentation can show it.
    """

    text: str
    reason: str


@dataclass(frozen=True)
class Marker:
    """One ArUco marker; (x, y) is its centre in board mm."""

    id: int
    x: float
    y: float
    size_mm: float | None = None  # None: the layout's size (a tiled print sizes some markers to fit)


@dataclass(frozen=True)
class MarkerLayout:
    """Where the read-back markers of a printed board are (board mm)."""

    dictionary: str
    size_mm: float
    markers: tuple[Marker, ...]
    quiet_mm: float | None = None  # white margin around a marker of the layout's size; None: the usual one

    def size_of(self, marker: Marker) -> float:
        return marker.size_mm if marker.size_mm is not None else self.size_mm

    def corners(self, marker: Marker) -> tuple[Point, Point, Point, Point]:
        """Corners in ArUco order: top-left, top-right, bottom-right, bottom-left."""
        half = self.size_of(marker) / 2
        return (
            Point(marker.x - half, marker.y - half),
            Point(marker.x + half, marker.y - half),
            Point(marker.x + half, marker.y + half),
            Point(marker.x - half, marker.y + half),
        )

    def rect(self, marker: Marker) -> Rect:
        size = self.size_of(marker)
        return Rect(marker.x - size / 2, marker.y - size / 2, size, size)

    def by_id(self) -> dict[int, Marker]:
        return {marker.id: marker for marker in self.markers}


@dataclass
class Board:
    id: str
    title: str
    paper: Paper
    version: int = 1
    question: str = ""
    description: str = ""
    method: str | None = None  # id of a method in resources/methods
    step: str | None = None  # id of a step of that method
    header: Rect | None = None  # title block area (title, method, school, date, QR)
    zones: list[Zone] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    elements: list[Element] = field(default_factory=list)
    legend: Legend | None = None
    markers: MarkerLayout | None = None  # read-back markers when printed as a poster
    additions: list[Addition] = field(default_factory=list)  # texts that are not the source's words

    @property
    def width_mm(self) -> float:
        return self.paper.width_mm

    @property
    def height_mm(self) -> float:
        return self.paper.height_mm

    @property
    def bounds(self) -> Rect:
        return Rect(0.0, 0.0, self.paper.width_mm, self.paper.height_mm)

    def zone(self, zone_id: str) -> Zone | None:
        return next((zone for zone in self.zones if zone.id == zone_id), None)

    def group(self, group_id: str) -> Group | None:
        return next((group for group in self.groups if group.id == group_id), None)

    def element(self, element_id: str) -> Element | None:
        return next((element for element in self.elements if element.id == element_id), None)

    def zones_in_group(self, group_id: str) -> list[Zone]:
        return [zone for zone in self.zones if zone.group == group_id]

    def dot_kinds(self) -> list[DotKind]:
        """Every dot kind used on the board, once, in order of first use."""
        seen: dict[str, DotKind] = {}
        for zone in self.zones:
            for kind in zone.holds.dots:
                seen.setdefault(kind.id, kind)
        return list(seen.values())

    def all_ids(self) -> Iterator[str]:
        yield from (zone.id for zone in self.zones)
        yield from (group.id for group in self.groups)
        yield from (element.id for element in self.elements)

    def zone_at(self, x: float, y: float) -> Zone | None:
        """The innermost zone under a point (nested zones win over their parent)."""
        hits = [zone for zone in self.zones if zone.rect.contains_point(x, y)]
        if not hits:
            return None
        return min(hits, key=lambda zone: zone.rect.area)

    def element_rect(self, element_or_zone_id: str) -> Rect | None:
        """The rectangle a connector attaches to: a zone's or a boxed element's."""
        zone = self.zone(element_or_zone_id)
        if zone is not None:
            return zone.rect
        element = self.element(element_or_zone_id)
        if isinstance(element, (TextElement, SymbolElement)):
            return element.rect
        return None
