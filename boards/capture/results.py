"""What capture finds: notes and dots in board millimetres, per photo and merged."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from boards.capture.boardcheck import PrintAgreement
from boards.geometry import Rect
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Board
from boards.paper import Paper
from boards.readback import PrintInfo
from boards.session import DotCount, Note, NoteSource, Results, new_id

#: A detection found with less confidence than this is doubtful: the review marks it with a ?,
#: the command line says "controleren".
DOUBTFUL_BELOW = 0.6

Corners = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]
ProgressCallback = Callable[[float, str], None]  # (fraction 0..1, Dutch status text)
CancelCheck = Callable[[], bool]


@dataclass
class NoteDetection:
    color: str  # id of a colour in boards.colors.NOTE_COLORS
    zone_id: str | None
    x_mm: float  # centre, board mm
    y_mm: float
    width_mm: float
    height_mm: float
    angle_deg: float
    outline_mm: list[tuple[float, float]]  # TL, TR, BR, BL
    confidence: float
    photo_index: int
    crop: np.ndarray | None = field(default=None, repr=False)  # BGR, upright note
    text: str = ""  # OCR suggestion, only a starting point
    id: str = field(default_factory=new_id)
    doubt: str = ""  # why capture cannot vouch for it (a DOUBT_TEXTS code; its confidence is then below
    # DOUBTFUL_BELOW), "" when it can


#: Parts of a board, named by where they lie: (code, x, y) with x, y as fractions of the zones' area.
BOARD_PARTS = (
    ("top-left", 0.0, 0.0),
    ("top", 0.5, 0.0),
    ("top-right", 1.0, 0.0),
    ("left", 0.0, 0.5),
    ("right", 1.0, 0.5),
    ("bottom-left", 0.0, 1.0),
    ("bottom", 0.5, 1.0),
    ("bottom-right", 1.0, 1.0),
)
BOARD_PART_TEXTS = {
    "top-left": QT_TRANSLATE_NOOP("capture", "linksboven"),
    "top": QT_TRANSLATE_NOOP("capture", "bovenkant"),
    "top-right": QT_TRANSLATE_NOOP("capture", "rechtsboven"),
    "left": QT_TRANSLATE_NOOP("capture", "linkerkant"),
    "right": QT_TRANSLATE_NOOP("capture", "rechterkant"),
    "bottom-left": QT_TRANSLATE_NOOP("capture", "linksonder"),
    "bottom": QT_TRANSLATE_NOOP("capture", "onderkant"),
    "bottom-right": QT_TRANSLATE_NOOP("capture", "rechtsonder"),
}

#: Why a note or a zone is doubtful: code (in the JSON output) → Dutch text for people.
DOUBT_TEXTS = {
    "covered": QT_TRANSLATE_NOOP("capture", "grotendeels bedekt, plaats onzeker"),
    "size": QT_TRANSLATE_NOOP("capture", "ongewone maat"),
    "unresolved": QT_TRANSLATE_NOOP("capture", "onduidelijke groep post-its"),
    "glare": QT_TRANSLATE_NOOP("capture", "schittering"),
    "outside": QT_TRANSLATE_NOOP("capture", "(deels) buiten de foto"),
    "dots": QT_TRANSLATE_NOOP("capture", "onduidelijke groep stippen"),
    "placement": QT_TRANSLATE_NOOP("capture", "plaats op het bord onzeker (ver van de herkende markers)"),
}
DOUBT_REASONS = tuple(DOUBT_TEXTS)


@dataclass
class DotDetection:
    kind: str  # id of a DotKind of the board
    color: str
    zone_id: str | None
    x_mm: float
    y_mm: float
    diameter_mm: float
    confidence: float
    photo_index: int
    id: str = field(default_factory=new_id)


@dataclass
class PhotoCapture:
    """One photo placed on the board."""

    index: int
    name: str
    image: np.ndarray = field(repr=False)  # working image (BGR, upright)
    scale: float  # working px per original px
    homography: np.ndarray  # working px → board mm
    mode: str  # "markers" | "corners"
    markers_found: int  # the board's markers recognised (used in the fit)
    marker_ids: list[int]
    rejected_marker_ids: list[int]
    rms_mm: float
    print_info: PrintInfo | None
    visible_mm: list[tuple[float, float]]  # the photo's outline on the board
    px_per_mm: float
    rectified: np.ndarray | None = field(default=None, repr=False)  # the whole board at px_per_mm (keep_rectified)
    rectified_region: Rect | None = None  # the part of the board ``rectified`` shows (board mm): all of it
    notes: list[NoteDetection] = field(default_factory=list)
    dots: list[DotDetection] = field(default_factory=list)
    seconds: float = 0.0
    #: zones this photo cannot vouch for, with the reasons (DOUBT_REASONS codes)
    doubtful_zones: dict[str, list[str]] = field(default_factory=dict)
    #: board mm outlines of the highlights whose content is washed out (glare)
    glare_mm: list[list[tuple[float, float]]] = field(default_factory=list)
    #: zones (partly) outside the photo, and the board's markers that were expected in view but not found
    unseen_zones: list[str] = field(default_factory=list)
    #: parts of the board's zone area outside the photo: codes of BOARD_PARTS
    unseen_parts: list[str] = field(default_factory=list)
    missing_marker_ids: list[int] = field(default_factory=list)
    #: how far the photo shows the board's printed zone borders, checked when its QR code was not read
    #: (``boards.capture.boardcheck``; None: not checked)
    print_agreement: PrintAgreement | None = None

    def board_to_photo(self) -> np.ndarray:
        """Board mm → working image px."""
        return np.linalg.inv(self.homography)


@dataclass
class CaptureOptions:
    px_per_mm: float = 1.5  # analysis resolution of the rectified board
    max_pixels: int = 4_000_000  # working resolution of a photo
    crops: bool = True  # cut a rectified image of every note
    crop_px_per_mm: float = 2.5  # about the resolution a whole-board photo has
    keep_rectified: bool = True
    read_qr: bool = True
    ocr: bool = False  # suggest note texts with Tesseract (slow)
    ocr_lang: str = "nld"
    corners: dict[int, Corners] = field(default_factory=dict)  # photo index → four points (original photo px)
    paper: Paper | None = None  # four-corner mode: the paper when it differs from the board's
    merge_distance_factor: float = 0.45  # notes closer than this × their size are one note
    #: note sizes in use besides the ones seen standing alone on a photo, (long, short) mm, e.g. ((127, 76),)
    large_note_sizes_mm: tuple[tuple[float, float], ...] = ()
    #: read a photo whose QR code names another board (as if it showed this one) instead of refusing it
    other_board: bool = False


@dataclass
class CaptureResult:
    board: Board = field(repr=False)
    photos: list[PhotoCapture]
    notes: list[NoteDetection]  # merged over the photos
    dots: list[DotDetection]
    warnings: list[str] = field(default_factory=list)

    @property
    def markers_found(self) -> int:
        return sum(photo.markers_found for photo in self.photos)

    @property
    def doubtful_zones(self) -> dict[str, list[str]]:
        """Zones whose counts the reader cannot vouch for, in board order, with the reasons.

        A zone seen well on one photo is not doubtful because another photo saw it badly;
        a zone no photo shows is doubtful ("outside").
        """
        result: dict[str, list[str]] = {}
        if not self.photos:
            return result
        for zone in self.board.zones:
            if not (zone.holds.notes or zone.holds.dots):
                continue
            seen = [photo for photo in self.photos if zone.id not in photo.unseen_zones]
            judged = seen or self.photos
            if all(zone.id in photo.doubtful_zones or zone.id in photo.unseen_zones for photo in judged):
                reasons: list[str] = []
                for photo in judged:
                    codes = photo.doubtful_zones.get(zone.id, [])
                    codes = codes + (["outside"] if zone.id in photo.unseen_zones else [])
                    reasons += [code for code in codes if code not in reasons]
                result[zone.id] = reasons
        return result

    @property
    def doubtful_notes(self) -> list[NoteDetection]:
        return [note for note in self.notes if is_doubtful(note)]

    @property
    def unseen_parts(self) -> list[str]:
        """Parts of the board (BOARD_PARTS codes) that no photo shows."""
        return [
            code
            for code, _, _ in BOARD_PARTS
            if self.photos and all(code in photo.unseen_parts for photo in self.photos)
        ]

    @property
    def unseen_zones(self) -> list[str]:
        """Zones that no photo shows whole."""
        return [
            zone.id
            for zone in self.board.zones
            if self.photos and all(zone.id in photo.unseen_zones for photo in self.photos)
        ]

    def dot_counts(self) -> list[DotCount]:
        """Dots per zone and kind, only for kinds the zone holds, in board order."""
        return count_dots(self.board, self.dots)

    def to_results(self) -> Results:
        """The session results these detections stand for (after review)."""
        return results_from(self.board, self.notes, self.dots)


class Detection(Protocol):
    confidence: float  # 0..1


class FoundDot(Protocol):
    """A dot as capture or the review has it."""

    kind: str
    zone_id: str | None


class FoundNote(Protocol):
    """A note as capture or the review has it."""

    id: str
    text: str
    color: str
    zone_id: str | None
    x_mm: float
    y_mm: float
    width_mm: float
    height_mm: float
    confidence: float


def is_doubtful(detection: Detection) -> bool:
    """Whether capture is unsure of a note or dot it found: someone should look at it."""
    return detection.confidence < DOUBTFUL_BELOW


def dot_is_counted(board: Board, dot: FoundDot) -> bool:
    """Whether a dot counts: it lies in a zone that collects dots of its kind."""
    zone = board.zone(dot.zone_id) if dot.zone_id else None
    return zone is not None and zone.holds.dot_kind(dot.kind) is not None


def count_dots(board: Board, dots: Iterable[FoundDot]) -> list[DotCount]:
    """Dots per zone and kind, only those that count (:func:`dot_is_counted`), in board order."""
    counted = Counter((dot.zone_id, dot.kind) for dot in dots if dot_is_counted(board, dot))
    return [
        DotCount(zone.id, kind.id, counted[(zone.id, kind.id)])
        for zone in board.zones
        for kind in zone.holds.dots
        if counted[(zone.id, kind.id)]
    ]


def results_from(board: Board, notes: Iterable[FoundNote], dots: Iterable[FoundDot]) -> Results:
    """Session results from (reviewed) detections: notes as photo notes, dots as counts."""
    session_notes = [
        Note(
            text=note.text.strip(),
            zone_id=note.zone_id,
            color=note.color,
            id=note.id,
            x_mm=round(note.x_mm, 1),
            y_mm=round(note.y_mm, 1),
            width_mm=round(note.width_mm, 1),
            height_mm=round(note.height_mm, 1),
            source=NoteSource.PHOTO,
            confidence=round(note.confidence, 3),
        )
        for note in notes
    ]
    return Results(notes=session_notes, dots=count_dots(board, dots))
