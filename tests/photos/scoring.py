"""Comparing what capture found with a generated photo's ground truth."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from boards.model import Board
from tests.photos.generator import FilledBoard

MATCH_FRACTION = 0.4  # a found note within this × the true note's short side of its centre


@dataclass
class Score:
    true_notes: int = 0
    found_notes: int = 0
    matched_notes: int = 0
    color_right: int = 0
    items_found: int = 0  # matched notes + counted dot cells with dots
    zone_right: int = 0
    cells: int = 0
    cells_exact: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (
            "true_notes",
            "found_notes",
            "matched_notes",
            "color_right",
            "items_found",
            "zone_right",
            "cells",
            "cells_exact",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses

    @property
    def recall(self) -> float:
        return self.matched_notes / self.true_notes if self.true_notes else 1.0

    @property
    def precision(self) -> float:
        return self.matched_notes / self.found_notes if self.found_notes else 1.0

    @property
    def exact_cells(self) -> float:
        return self.cells_exact / self.cells if self.cells else 1.0

    @property
    def zone_accuracy(self) -> float:
        return self.zone_right / self.items_found if self.items_found else 1.0


def score(board: Board, truth: FilledBoard, notes, dots, cells: list[str] | None = None) -> Score:
    """``notes``/``dots``: detections with x_mm, y_mm, color/kind, zone_id; ``cells``: zone ids to judge."""
    result = Score(true_notes=len(truth.notes), found_notes=len(notes))
    unmatched = list(notes)
    for true in truth.notes:
        best, best_distance = None, MATCH_FRACTION * min(true.width_mm, true.height_mm)
        for found in unmatched:
            distance = math.hypot(found.x_mm - true.x_mm, found.y_mm - true.y_mm)
            if distance < best_distance:
                best, best_distance = found, distance
        if best is None:
            result.misses.append(f"note {true.color} at ({true.x_mm:.0f},{true.y_mm:.0f}) in {true.zone_id} missed")
            continue
        unmatched.remove(best)
        result.matched_notes += 1
        result.color_right += best.color == true.color
        result.items_found += 1
        result.zone_right += best.zone_id == true.zone_id
    for extra in unmatched:
        result.misses.append(f"extra note {extra.color} at ({extra.x_mm:.0f},{extra.y_mm:.0f})")
    true_counts = truth.dot_counts()
    found_counts: dict[tuple[str, str], int] = {}
    for dot in dots:
        if dot.zone_id is not None:
            found_counts[(dot.zone_id, dot.kind)] = found_counts.get((dot.zone_id, dot.kind), 0) + 1
    zone_ids = cells if cells is not None else [zone.id for zone in board.zones if zone.holds.dots]
    for zone_id in zone_ids:
        zone = board.zone(zone_id)
        for kind in zone.holds.dots:
            expected, got = true_counts.get((zone_id, kind.id), 0), found_counts.get((zone_id, kind.id), 0)
            result.cells += 1
            result.cells_exact += expected == got
            if expected != got:
                result.misses.append(f"dots {kind.id} in {zone_id}: {got} instead of {expected}")
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
