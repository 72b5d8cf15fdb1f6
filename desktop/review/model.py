"""The detections under review: editable copies of what capture found, in board mm.

The model holds plain dataclasses and tells its views when something changed;
every change goes through the undo commands of ``desktop.undo`` so it can be
undone. What is doubtful, which dots count and what the results are is the
core's (``boards.capture``). Nothing here touches a session: ``to_results`` is
called only on accept.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from boards.capture import CaptureResult, count_dots, dot_is_counted, is_doubtful, results_from
from boards.model import Board
from boards.records import find_record, insert_record, take_record, update_record
from boards.session import DotCount, Results, new_id

DEFAULT_NOTE_MM = 76.0
DEFAULT_DOT_MM = 12.0


@dataclass
class ReviewNote:
    color: str
    zone_id: str | None
    x_mm: float  # centre
    y_mm: float
    width_mm: float = DEFAULT_NOTE_MM
    height_mm: float = DEFAULT_NOTE_MM
    angle_deg: float = 0.0
    confidence: float = 1.0
    photo_index: int | None = None  # None: added by the user
    crop: np.ndarray | None = field(default=None, repr=False, compare=False)
    text: str = ""
    confirmed: bool = False  # the user confirmed the text (Enter)
    id: str = field(default_factory=new_id)
    doubt: str = ""  # why capture could not vouch for it (a boards.capture DOUBT_TEXTS code)

    @property
    def doubtful(self) -> bool:
        return is_doubtful(self) and not self.confirmed

    def outline(self) -> list[tuple[float, float]]:
        """Corners TL, TR, BR, BL in board mm (turned by ``angle_deg``)."""
        angle = math.radians(self.angle_deg)
        cos, sin = math.cos(angle), math.sin(angle)
        half_w, half_h = self.width_mm / 2, self.height_mm / 2
        return [
            (self.x_mm + dx * cos - dy * sin, self.y_mm + dx * sin + dy * cos)
            for dx, dy in ((-half_w, -half_h), (half_w, -half_h), (half_w, half_h), (-half_w, half_h))
        ]


@dataclass
class ReviewDot:
    kind: str
    color: str
    zone_id: str | None
    x_mm: float
    y_mm: float
    diameter_mm: float = DEFAULT_DOT_MM
    confidence: float = 1.0
    photo_index: int | None = None
    id: str = field(default_factory=new_id)

    @property
    def doubtful(self) -> bool:
        return is_doubtful(self)


Item = ReviewNote | ReviewDot


def zone_id_at(board: Board, x: float, y: float) -> str | None:
    zone = board.zone_at(x, y)
    return zone.id if zone is not None else None


class ReviewModel(QObject):
    """The notes and dots being reviewed. ``changed`` fires after every edit."""

    changed = Signal()
    structure_changed = Signal()  # an item was added or removed (also fires ``changed``)

    def __init__(self, board: Board, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.notes: list[ReviewNote] = []
        self.dots: list[ReviewDot] = []
        #: zones whose counts capture could not vouch for, with the reasons (boards.capture DOUBT_TEXTS codes)
        self.doubtful_zones: dict[str, list[str]] = {}

    # --- filling -------------------------------------------------------------------------
    def load(self, result: CaptureResult) -> None:
        self.notes = [
            ReviewNote(
                color=note.color,
                zone_id=note.zone_id,
                x_mm=note.x_mm,
                y_mm=note.y_mm,
                width_mm=note.width_mm,
                height_mm=note.height_mm,
                angle_deg=note.angle_deg,
                confidence=note.confidence,
                photo_index=note.photo_index,
                crop=note.crop,
                text=note.text,
                id=note.id,
                doubt=note.doubt,
            )
            for note in result.notes
        ]
        self.doubtful_zones = dict(result.doubtful_zones)
        self.dots = [
            ReviewDot(
                kind=dot.kind,
                color=dot.color,
                zone_id=dot.zone_id,
                x_mm=dot.x_mm,
                y_mm=dot.y_mm,
                diameter_mm=dot.diameter_mm,
                confidence=dot.confidence,
                photo_index=dot.photo_index,
                id=dot.id,
            )
            for dot in result.dots
        ]
        self._emit(structure=True)

    def clear(self) -> None:
        self.notes, self.dots = [], []
        self.doubtful_zones = {}
        self._emit(structure=True)

    # --- lookup --------------------------------------------------------------------------
    def item(self, item_id: str) -> Item | None:
        return find_record(self.notes, item_id) or find_record(self.dots, item_id)

    def note_index(self, note_id: str) -> int:
        for index, note in enumerate(self.notes):
            if note.id == note_id:
                return index
        return -1

    # --- model operations (the undo commands of desktop.undo call these) -----------------
    def insert(self, item: Item, index: int | None = None) -> None:
        insert_record(self.notes if isinstance(item, ReviewNote) else self.dots, item, index)
        self._emit(structure=True)

    def remove(self, item_id: str) -> tuple[Item, int]:
        taken = take_record(self.notes, item_id) or take_record(self.dots, item_id)
        if taken is None:
            raise KeyError(item_id)
        self._emit(structure=True)
        return taken

    def update(self, item_id: str, **values: Any) -> dict[str, Any]:
        """Set fields of one item; returns their old values."""
        item = self.item(item_id)
        if item is None:
            raise KeyError(item_id)
        old = update_record(item, values)
        self._emit()
        return old

    def _emit(self, structure: bool = False) -> None:
        if structure:
            self.structure_changed.emit()
        self.changed.emit()

    # --- the outcome ---------------------------------------------------------------------
    def counts(self, dot: ReviewDot) -> bool:
        """Whether a dot is counted: it lies in a zone that collects dots of its kind."""
        return dot_is_counted(self.board, dot)

    def uncounted_dots(self) -> list[ReviewDot]:
        return [dot for dot in self.dots if not self.counts(dot)]

    def dot_counts(self) -> list[DotCount]:
        """Dots per zone and kind, only for kinds the zone holds, in board order."""
        return count_dots(self.board, self.dots)

    def to_results(self) -> Results:
        return results_from(self.board, self.notes, self.dots)

    def crops(self) -> dict[str, np.ndarray]:
        """The note crops (BGR) by note id, for storing with the session."""
        return {note.id: note.crop for note in self.notes if note.crop is not None}
