"""Counts for any board: per zone, per note colour and per dot kind."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from boards.analysis.tables import UNPLACED_LABEL, zone_infos
from boards.colors import NOTE_COLORS
from boards.session import Session
from boards.written import written_zone_ids

_COLOR_LABELS = {color.id: color.label for color in NOTE_COLORS}
_COLOR_ORDER = {color.id: index for index, color in enumerate(NOTE_COLORS)}


def zone_counts(session: Session) -> pd.DataFrame:
    """One row per zone in board order: notes, each dot kind (by label), dots and total.

    Areas where the team writes text (the CONCLUSIE, the answers to a procesplaat's question:
    :mod:`boards.written`) are no counts and are left out. Notes not yet placed on a
    zone get a last row "(niet geplaatst)" when there are any.
    """
    board = session.board
    kinds = board.dot_kinds()
    notes = Counter(note.zone_id for note in session.results.notes)
    dots: Counter[tuple[str, str]] = Counter()
    for dot in session.results.dots:
        dots[(dot.zone_id, dot.kind)] += dot.count
    infos = zone_infos(board)
    written = written_zone_ids(board)
    rows = []
    for zone in board.zones:
        if zone.id in written:
            continue
        info = infos[zone.id]
        per_kind = [dots[(zone.id, kind.id)] for kind in kinds]
        rows.append([zone.id, info.label, info.group_label, notes[zone.id], *per_kind])
    if notes[None]:
        rows.append(["", UNPLACED_LABEL, "", notes[None], *([0] * len(kinds))])
    columns = ["zone_id", "zone_label", "group_label", "notes", *[kind.label for kind in kinds]]
    frame = pd.DataFrame(rows, columns=columns)
    kind_columns = [kind.label for kind in kinds]
    frame["dots"] = frame[kind_columns].sum(axis=1) if kind_columns else 0
    frame["total"] = frame["notes"] + frame["dots"]
    return frame.astype({column: "int64" for column in ["notes", *kind_columns, "dots", "total"]})


def zone_totals(session: Session) -> dict[str, int]:
    """Zone id → notes + dots on it (what the heat views shade by); written areas count 0."""
    written = written_zone_ids(session.board)
    totals: Counter[str] = Counter()
    for note in session.results.notes:
        if note.zone_id is not None and note.zone_id not in written:
            totals[note.zone_id] += 1
    for dot in session.results.dots:
        totals[dot.zone_id] += dot.count
    return {zone.id: totals[zone.id] for zone in session.board.zones}


def color_counts(session: Session) -> pd.DataFrame:
    """Notes per colour, in the usual colour order; only colours that occur."""
    counts = Counter(note.color for note in session.results.notes)
    ordered = sorted(counts, key=lambda color: (_COLOR_ORDER.get(color, len(_COLOR_ORDER)), color))
    return pd.DataFrame(
        [(color, _COLOR_LABELS.get(color, color), counts[color]) for color in ordered],
        columns=["color", "color_label", "count"],
    ).astype({"count": "int64"})


def dot_kind_counts(session: Session) -> pd.DataFrame:
    """Dots per kind, in the board's order of kinds (kinds used only in results last)."""
    counts: Counter[str] = Counter()
    for dot in session.results.dots:
        counts[dot.kind] += dot.count
    kinds = session.board.dot_kinds()
    rows = [(kind.id, kind.label, counts[kind.id]) for kind in kinds]
    known = {kind.id for kind in kinds}
    rows += [(kind, kind, counts[kind]) for kind in sorted(counts) if kind not in known]
    return pd.DataFrame(rows, columns=["kind", "kind_label", "count"]).astype({"count": "int64"})
