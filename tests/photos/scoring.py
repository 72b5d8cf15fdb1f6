"""Comparing what capture found with a photo's ground truth.

The rules are the ones the targets of photo read-back are stated in:

- notes are matched to the true notes one to one, within ``MATCH_MM`` of the
  true centre, closest pairs first; a true note marked ``ignore`` (placed over
  a marker, or not wholly in the photo) is not scored, and a found note
  matched to it, or left over within its reach, is not counted either;
- a (zone, dot kind) cell is right when its count is exact; cells marked
  ``ignore`` (not wholly in the photo) are not scored;
- a found note is *doubtful* when the reader says so: ``note.doubtful`` or,
  for a reader without that flag, ``boards.capture.is_doubtful`` (its
  confidence rule, the one the review and the command line show); a cell is
  doubtful when its zone is in the result's ``doubtful_zones`` or, for a
  reader without those, when one of its dots is doubtful. Detections with
  neither flag nor confidence are sure (``getattr`` with defaults).

The truth comes from the generator (``GeneratedPhoto.truth_json()``) or from a
``NAME.truth.json`` file in the same format, so photos made elsewhere are
scored the same way.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

MATCH_MM = 15.0


def is_doubtful(found) -> bool:
    """Whether the reader marked a detection doubtful (its own flag, else its confidence rule)."""
    flag = getattr(found, "doubtful", None)
    if flag is not None:
        return bool(flag)
    if getattr(found, "confidence", None) is None:
        return False
    import boards.capture

    rule = getattr(boards.capture, "is_doubtful", None)
    return bool(rule(found)) if rule is not None else False


@dataclass(frozen=True)
class TrueNote:
    x_mm: float
    y_mm: float
    color: str
    zone_id: str | None
    ignore: bool = False
    size_mm: float = 76.0  # the longer side


def _reach(note: TrueNote) -> float:
    """How far from an ignored note's centre a found note may be a piece of it (half its diagonal, and some)."""
    return note.size_mm * 0.71 + 5.0


@dataclass(frozen=True)
class TrueDot:
    x_mm: float
    y_mm: float
    diameter_mm: float
    kind: str
    zone_id: str | None


@dataclass
class Truth:
    """What a photo shows: notes, dot counts per (zone, kind) cell and, when known, every dot."""

    board_id: str
    notes: list[TrueNote]
    cells: dict[tuple[str, str], tuple[int, bool]]  # (zone, kind) → (count, ignore)
    dots: list[TrueDot] = field(default_factory=list)  # empty when only the counts are known

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Truth:
        notes = [
            TrueNote(
                float(n["x_mm"]),
                float(n["y_mm"]),
                n["color"],
                n.get("zone_id"),
                bool(n.get("ignore", False)),
                float(max(n.get("width_mm", 76.0), n.get("height_mm", 76.0))),
            )
            for n in data["notes"]
        ]
        cells = {(c["zone_id"], c["kind"]): (int(c["count"]), bool(c.get("ignore", False))) for c in data["dots"]}
        dots = [
            TrueDot(float(d["x_mm"]), float(d["y_mm"]), float(d["diameter_mm"]), d["kind"], d.get("zone_id"))
            for d in data.get("dot_positions", [])
        ]
        return cls(data.get("board", ""), notes, cells, dots)

    @classmethod
    def from_filled(cls, board, filled, cells: Sequence[str] | None = None) -> Truth:
        """From a generator's ``FilledBoard``; ``cells``: the zone ids to judge (default: every zone with dots)."""
        notes = [
            TrueNote(n.x_mm, n.y_mm, n.color, n.zone_id, n.covers_marker is not None, max(n.width_mm, n.height_mm))
            for n in filled.notes
        ]
        counts = filled.dot_counts()
        zone_ids = cells if cells is not None else [zone.id for zone in board.zones if zone.holds.dots]
        table = {
            (zone_id, kind.id): (counts.get((zone_id, kind.id), 0), False)
            for zone_id in zone_ids
            for kind in board.zone(zone_id).holds.dots
        }
        dots = [TrueDot(d.x_mm, d.y_mm, d.diameter_mm, d.kind, d.zone_id) for d in filled.dots]
        return cls(board.id, notes, table, dots)


@dataclass
class Score:
    true_notes: int = 0  # scored true notes (not ignored)
    found_notes: int = 0  # found notes, less those matched to ignored true notes
    matched_notes: int = 0
    color_right: int = 0
    sure_found: int = 0  # found notes not marked doubtful
    sure_matched: int = 0
    doubtful_notes: int = 0
    items_found: int = 0  # matched notes + found dots near a true dot: what zone accuracy is taken over
    zone_right: int = 0
    cells: int = 0
    cells_exact: int = 0
    sure_cells: int = 0  # cells whose zone is not doubtful
    sure_cells_exact: int = 0
    photos: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for item in fields(self):
            if item.name == "misses":
                self.misses += other.misses
            else:
                setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))

    @property
    def recall(self) -> float:
        return self.matched_notes / self.true_notes if self.true_notes else 1.0

    @property
    def precision(self) -> float:
        return self.matched_notes / self.found_notes if self.found_notes else 1.0

    @property
    def sure_precision(self) -> float:
        """Precision among the notes the reader did not mark doubtful."""
        return self.sure_matched / self.sure_found if self.sure_found else 1.0

    @property
    def doubtful_cells(self) -> int:
        return self.cells - self.sure_cells

    @property
    def doubtful_share(self) -> float:
        """Doubtful notes and cells among all found notes and scored cells."""
        total = self.found_notes + self.cells
        return (self.doubtful_notes + self.doubtful_cells) / total if total else 0.0

    @property
    def exact_cells(self) -> float:
        return self.cells_exact / self.cells if self.cells else 1.0

    @property
    def sure_exact_cells(self) -> float:
        return self.sure_cells_exact / self.sure_cells if self.sure_cells else 1.0

    @property
    def zone_accuracy(self) -> float:
        return self.zone_right / self.items_found if self.items_found else 1.0


def match_notes(truth: Sequence, found: Sequence, max_mm: float = MATCH_MM) -> list[tuple[int, int]]:
    """One-to-one pairs (truth index, found index) within ``max_mm``, closest pairs first."""
    pairs = sorted(
        (math.hypot(f.x_mm - t.x_mm, f.y_mm - t.y_mm), ti, fi)
        for ti, t in enumerate(truth)
        for fi, f in enumerate(found)
        if abs(f.x_mm - t.x_mm) < max_mm and abs(f.y_mm - t.y_mm) < max_mm
    )
    used_truth: set[int] = set()
    used_found: set[int] = set()
    result = []
    for distance, ti, fi in pairs:
        if distance >= max_mm or ti in used_truth or fi in used_found:
            continue
        used_truth.add(ti)
        used_found.add(fi)
        result.append((ti, fi))
    return result


def score_truth(truth: Truth, notes: Sequence, dots: Sequence, doubtful_zones: Iterable[str] | None = None) -> Score:
    """Score detections (with ``x_mm``, ``y_mm``, ``color``/``kind``, ``zone_id``) against ``truth``;
    ``doubtful_zones`` None: the zones of doubtful dots."""
    doubtful = set(doubtful_zones) if doubtful_zones is not None else {d.zone_id for d in dots if is_doubtful(d)}
    result = Score(photos=1)
    pairs = match_notes(truth.notes, notes)
    matched_found = {fi: ti for ti, fi in pairs}
    matched_truth = {ti for ti, _ in pairs}
    for ti, true in enumerate(truth.notes):
        if true.ignore:
            continue
        result.true_notes += 1
        if ti not in matched_truth:
            result.misses.append(f"note {true.color} at ({true.x_mm:.0f},{true.y_mm:.0f}) in {true.zone_id} missed")
    ignored = [true for true in truth.notes if true.ignore]
    for fi, found in enumerate(notes):
        ti = matched_found.get(fi)
        if ti is not None and truth.notes[ti].ignore:
            continue
        if ti is None and any(math.hypot(found.x_mm - t.x_mm, found.y_mm - t.y_mm) < _reach(t) for t in ignored):
            continue  # a piece of a note that is not scored (over a marker, cut off by the frame)
        sure = not is_doubtful(found)
        result.found_notes += 1
        result.sure_found += sure
        result.doubtful_notes += not sure
        if ti is None:
            result.misses.append(
                f"extra note {found.color} at ({found.x_mm:.0f},{found.y_mm:.0f})" + ("" if sure else " (doubtful)")
            )
            continue
        true = truth.notes[ti]
        result.matched_notes += 1
        result.sure_matched += sure
        result.color_right += found.color == true.color
        if found.color != true.color:
            # (matched by place, as the targets are stated: the colour is reported, not held against recall)
            result.misses.append(
                f"note {true.color} at ({true.x_mm:.0f},{true.y_mm:.0f}) read as {found.color}"
                + ("" if sure else " (doubtful)")
            )
        result.items_found += 1
        result.zone_right += found.zone_id == true.zone_id
        if found.zone_id != true.zone_id:
            result.misses.append(f"note at ({true.x_mm:.0f},{true.y_mm:.0f}) in {found.zone_id}, not {true.zone_id}")
    found_counts: dict[tuple[str, str], int] = {}
    for dot in dots:
        if dot.zone_id is not None:
            found_counts[(dot.zone_id, dot.kind)] = found_counts.get((dot.zone_id, dot.kind), 0) + 1
    for (zone_id, kind), (expected, ignore) in truth.cells.items():
        if ignore:
            continue
        got = found_counts.get((zone_id, kind), 0)
        sure = zone_id not in doubtful
        result.cells += 1
        result.cells_exact += expected == got
        result.sure_cells += sure
        result.sure_cells_exact += sure and expected == got
        if expected != got:
            result.misses.append(
                f"dots {kind} in {zone_id}: {got} instead of {expected}" + ("" if sure else " (doubtful)")
            )
    # zone accuracy of dots: each found dot near a true dot of its kind
    for dot in dots:
        nearest = min(
            (t for t in truth.dots if t.kind == dot.kind),
            key=lambda t: math.hypot(t.x_mm - dot.x_mm, t.y_mm - dot.y_mm),
            default=None,
        )
        if nearest is not None and math.hypot(nearest.x_mm - dot.x_mm, nearest.y_mm - dot.y_mm) < nearest.diameter_mm:
            result.items_found += 1
            result.zone_right += nearest.zone_id == dot.zone_id
    return result


def score_result(truth: Truth, result) -> Score:
    """Score a ``CaptureResult`` (its notes, dots and, when the reader reports them, doubtful zones)."""
    return score_truth(truth, result.notes, result.dots, getattr(result, "doubtful_zones", None))


def score(
    board, truth, notes, dots, cells: list[str] | None = None, doubtful_zones: Iterable[str] | None = None
) -> Score:
    """``truth``: a generator's ``FilledBoard`` (or a ``Truth``); ``cells``: zone ids to judge (default: all)."""
    if not isinstance(truth, Truth):
        truth = Truth.from_filled(board, truth, cells)
    return score_truth(truth, notes, dots, doubtful_zones)
