"""Notes per zone as a distribution: problems per phase, ideas per quadrant.

"Problemen lokaliseren" puts each problem under Voorbereiding, Uitvoering or
Evaluatie/reflectie; "Ideeën genereren" puts each idea in one of the four
quadrants Organisatie, ict, Samenwerking, Persoonlijk. Both ask the same
question afterwards: where are most of them?
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from boards.analysis.dutch import format_percent
from boards.analysis.summaries import zone_totals
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.model import Board, ZoneKind
from boards.session import Session
from boards.written import written_zone_ids

GENERIC_SUBJECT = "briefjes"
# The words the summaries use for what is counted and where, translatable.
WORDS = (
    QT_TRANSLATE_NOOP("analysis", "problemen"),
    QT_TRANSLATE_NOOP("analysis", "ideeën"),
    QT_TRANSLATE_NOOP("analysis", "briefjes"),
    QT_TRANSLATE_NOOP("analysis", "briefjes en stippen"),
    QT_TRANSLATE_NOOP("analysis", "fase"),
    QT_TRANSLATE_NOOP("analysis", "kwadrant"),
    QT_TRANSLATE_NOOP("analysis", "vak"),
    QT_TRANSLATE_NOOP("analysis", "kolom"),
)


@dataclass
class Distribution:
    subject: str  # "problemen", "ideeën", "briefjes"
    area: str  # "fase", "kwadrant", "vak"
    table: pd.DataFrame  # zone_id, zone_label, count, share, share_text
    summary_message: Message  # the summary, translatable

    @property
    def summary(self) -> str:
        return self.summary_message.render()


def distribution_kind(board: Board) -> tuple[str, str] | None:
    """(subject, area) when the board spreads notes over a few zones, else None."""
    kinds = {zone.kind for zone in board.zones}
    identity = f"{board.id} {board.title}".lower()
    if sum(1 for zone in board.zones if zone.holds.notes) < 2:
        return None
    if "problem" in identity:
        return ("problemen", "fase")
    if "idee" in identity:
        return ("ideeën", "kwadrant" if ZoneKind.QUADRANT in kinds else "vak")
    written = written_zone_ids(board)
    note_zones = [
        zone
        for zone in board.zones
        if zone.holds.notes and not zone.holds.dots and zone.scale_value is None and zone.id not in written
    ]
    if 2 <= len(note_zones) <= 8 and all(
        zone.kind in (ZoneKind.COLUMN, ZoneKind.QUADRANT, ZoneKind.LANE) for zone in note_zones
    ):
        return (GENERIC_SUBJECT, "kolom")
    return None


def distribution(session: Session, subject: str = "briefjes", area: str = "vak") -> Distribution:
    """Notes (and dots) per note-holding zone, with share and the dominant zone."""
    board = session.board
    counts: Counter[str] = Counter(zone_totals(session))
    written = written_zone_ids(board)
    zones = [zone for zone in board.zones if (zone.holds.notes or counts[zone.id]) and zone.id not in written]
    if subject == GENERIC_SUBJECT and any(dot.count for dot in session.results.dots):
        subject = "briefjes en stippen"
    total = sum(counts[zone.id] for zone in zones)
    rows = []
    for zone in zones:
        share = counts[zone.id] * 100.0 / total if total else 0.0
        rows.append((zone.id, zone.label or zone.id, counts[zone.id], share, format_percent(share)))
    table = pd.DataFrame(rows, columns=["zone_id", "zone_label", "count", "share", "share_text"])
    table = table.astype({"count": "int64"})
    return Distribution(subject, area, table, _summary(table, subject, area, total))


def _summary(table: pd.DataFrame, subject: str, area: str, total: int) -> Message:
    def said(text: str, **params: object) -> Message:
        return Message("analysis", text, {"subject": Message("analysis", subject), **params})

    if total == 0:
        return said(QT_TRANSLATE_NOOP("analysis", "Er zijn (nog) geen {subject} geplaatst."))
    top = int(table["count"].max())
    leaders = [str(label).rstrip(":. ") for label in table.loc[table["count"] == top, "zone_label"]]
    where = Message("analysis", area)
    if len(leaders) == 1:
        end = "" if leaders[0].endswith(("?", "!")) else "."
        return said(
            QT_TRANSLATE_NOOP("analysis", "De meeste {subject} ({top} van {total}) vallen in {area} {leader}{end}"),
            top=top,
            total=total,
            area=where,
            leader=leaders[0],
            end=end,
        )
    if len(leaders) == len(table):
        return said(
            QT_TRANSLATE_NOOP("analysis", "De {subject} zijn gelijk verdeeld: {top} per {area} ({total} in totaal)."),
            top=top,
            total=total,
            area=where,
        )
    names = Message(
        "analysis",
        QT_TRANSLATE_NOOP("analysis", "{first} en {last}"),
        {"first": ", ".join(leaders[:-1]), "last": leaders[-1]},
    )
    return said(
        QT_TRANSLATE_NOOP("analysis", "Evenveel {subject} (elk {top} van {total}) in {names}."),
        top=top,
        total=total,
        names=names,
    )


def session_distribution(session: Session) -> Distribution | None:
    kind = distribution_kind(session.board)
    if kind is None:
        return None
    return distribution(session, *kind)
