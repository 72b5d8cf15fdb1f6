"""The board model: a physical sheet with zones and free elements, in mm.

Pure Python dataclasses; the file format (``boards.fileformat``) turns them
into JSON and back, the editor changes them through undo commands, printing
draws them at 1:1 and capture maps photos onto them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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


class Shape(str, Enum):
    """The outline of a zone: a rectangle (the usual), rounded, an ellipse, a circle or a sticky-note spot."""

    RECT = "rect"
    ROUNDED = "rounded"
    ELLIPSE = "ellipse"
    CIRCLE = "circle"  # an ellipse whose width and height stay equal
    NOTE = "note"  # a placeholder where a participant sticks one sticky note


#: Dutch display names of the shapes.
SHAPE_LABELS: dict[Shape, str] = {
    Shape.RECT: QT_TRANSLATE_NOOP("model", "rechthoek"),
    Shape.ROUNDED: QT_TRANSLATE_NOOP("model", "afgeronde rechthoek"),
    Shape.ELLIPSE: QT_TRANSLATE_NOOP("model", "ellips"),
    Shape.CIRCLE: QT_TRANSLATE_NOOP("model", "cirkel"),
    Shape.NOTE: QT_TRANSLATE_NOOP("model", "plek voor een post-it"),
}

#: How a border or line is drawn.
DASHES = ("solid", "dashed", "dotted", "none")
ALIGNMENTS = ("left", "center", "right")
ROTATIONS = (0, 90, 180, 270)


@dataclass(frozen=True)
class LineStyle:
    """A border: colour (None: ink), width in mm (None: the part's usual width) and dash."""

    color: str | None = None
    width_mm: float | None = None
    dash: str = "solid"  # solid | dashed | dotted | none


@dataclass(frozen=True)
class TextStyle:
    """How a part's text is set; None everywhere means the part's usual look (fitted to the box)."""

    color: str | None = None
    size_pt: float | None = None  # None: fitted to the box
    bold: bool | None = None
    align: str | None = None  # left | center | right


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
    shape: Shape = Shape.RECT
    border: LineStyle = field(default_factory=LineStyle)
    text_style: TextStyle = field(default_factory=TextStyle)
    rotation: int = 0  # 0, 90, 180 or 270: the text turned clockwise inside the rect
    z: int = 0  # stacking layer: higher lies on top (bring to front / send to back)
    locked: bool = False  # not moved, resized or removed by the editor
    printed: bool = True  # False: shown in the editor only (a designer's aid)

    def contains_point(self, x: float, y: float) -> bool:
        """Whether (x, y) lies on the zone, following its shape (an ellipse is not its box)."""
        if not self.rect.contains_point(x, y):
            return False
        if self.shape in (Shape.ELLIPSE, Shape.CIRCLE):
            center = self.rect.center
            rx, ry = self.rect.width / 2, self.rect.height / 2
            return ((x - center.x) / rx) ** 2 + ((y - center.y) / ry) ** 2 <= 1.0 + 1e-9
        return True


@dataclass
class Group:
    """A heading over several zones, e.g. "PRIMAIR (lesgeven)"."""

    id: str
    label: str
    rect: Rect | None = None  # where the heading is drawn; None: not drawn
    fill: str | None = None  # None: the usual dark band
    text_style: TextStyle = field(default_factory=TextStyle)
    z: int = 0
    locked: bool = False
    printed: bool = True


@dataclass
class TextElement:
    id: str
    rect: Rect
    text: str
    font_size_pt: float | None = None  # None: fit to the box
    bold: bool = False
    align: str = "left"  # left | center | right
    color: str | None = None  # None: ink
    fill: str | None = None  # a background behind the text; None: none
    border: LineStyle = field(default_factory=lambda: LineStyle(dash="none"))
    rotation: int = 0
    z: int = 0
    locked: bool = False
    printed: bool = True


@dataclass
class SymbolElement:
    id: str
    symbol: VsmSymbol
    rect: Rect
    label: str = ""
    color: str | None = None  # None: ink
    rotation: int = 0
    z: int = 0
    locked: bool = False
    printed: bool = True


@dataclass
class ConnectorElement:
    """An arrow from one element or zone to another; follows them when they move."""

    id: str
    source: str
    target: str
    label: str = ""
    arrow: bool = True
    dashed: bool = False
    color: str | None = None  # None: ink
    width_mm: float | None = None  # None: the usual connector width
    elbow: bool = False  # right angles only (draw.io's orthogonal edge)
    waypoints: tuple[Point, ...] = ()  # the route passes these points in order (board mm)
    z: int = 0
    locked: bool = False
    printed: bool = True


@dataclass
class LineElement:
    id: str
    start: Point
    end: Point
    width_mm: float = 0.5
    dashed: bool = False
    arrow: bool = False
    color: str | None = None  # None: ink
    z: int = 0
    locked: bool = False
    printed: bool = True


#: Image formats a board can carry, by media type.
IMAGE_TYPES = ("image/png", "image/jpeg", "image/svg+xml")


@dataclass
class ImageElement:
    """A picture stored in the board file itself (a school's logo): PNG, JPEG or SVG, placed in mm."""

    id: str
    rect: Rect
    media_type: str  # one of IMAGE_TYPES
    data: bytes
    name: str = ""  # the file it came from, for the user
    rotation: int = 0
    z: int = 0
    locked: bool = False
    printed: bool = True


@dataclass
class Bundle:
    """Parts grouped as in a drawing program (Ctrl+G): selected, moved, copied and removed together.

    ``members`` are ids of zones, group headings, elements or other bundles (a group of groups).
    Not to be confused with :class:`Group`, the heading over a row of zones.
    """

    id: str
    members: tuple[str, ...]


Element = TextElement | SymbolElement | ConnectorElement | LineElement | ImageElement


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


def _innermost(hits: list[Zone]) -> Zone | None:
    """Of the zones under a point, the innermost: the smallest (nested zones win over their parent; the first
    of equally large ones)."""
    return min(hits, key=lambda zone: zone.rect.area) if hits else None


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
    bundles: list[Bundle] = field(default_factory=list)  # parts grouped with Ctrl+G

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

    @property
    def is_questionnaire(self) -> bool:
        """A questionnaire (the zelfevaluatie): some zones are answers on a scale (``scale_value``)."""
        return any(zone.scale_value is not None for zone in self.zones)

    def all_ids(self) -> Iterator[str]:
        yield from (zone.id for zone in self.zones)
        yield from (group.id for group in self.groups)
        yield from (element.id for element in self.elements)
        yield from (bundle.id for bundle in self.bundles)

    def bundle(self, bundle_id: str) -> Bundle | None:
        return next((bundle for bundle in self.bundles if bundle.id == bundle_id), None)

    def zone_at(self, x: float, y: float) -> Zone | None:
        """The innermost zone under a point (nested zones win over their parent); shapes count, not boxes."""
        return _innermost([zone for zone in self.zones if zone.contains_point(x, y)])

    def zones_at(self, points: Iterable[tuple[float, float]]) -> list[Zone | None]:
        """``zone_at`` of each point: the zones' boxes worked out once, a zone's shape asked only where its box
        holds the point (many points, e.g. a photo's dots, at a fraction of the cost)."""
        boxes = [(zone, zone.rect.x, zone.rect.right, zone.rect.y, zone.rect.bottom) for zone in self.zones]
        return [
            _innermost(
                [
                    zone
                    for zone, left, right, top, bottom in boxes
                    if left <= x <= right and top <= y <= bottom and zone.contains_point(x, y)
                ]
            )
            for x, y in points
        ]

    def element_rect(self, element_or_zone_id: str) -> Rect | None:
        """The rectangle a connector attaches to: a zone's or a boxed element's."""
        zone = self.zone(element_or_zone_id)
        if zone is not None:
            return zone.rect
        element = self.element(element_or_zone_id)
        if isinstance(element, (TextElement, SymbolElement, ImageElement)):
            return element.rect
        return None
