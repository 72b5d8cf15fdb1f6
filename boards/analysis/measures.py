"""What a heat view of a board shows: one measure at a time, never a sum of measures.

A board's measures are its dot kinds (werkdruk, werkplezier, …), the notes
("briefjes"), and on a procesplaat the balance of its two kinds (werkplezier −
werkdruk, as the ranking table has it). Counts of opposite meaning are never
added up: a zone with 5 werkdruk and 2 werkplezier is 5 on the werkdruk view,
2 on the werkplezier view and −3 on the balance view. A zone that does not
collect the measure (a free-text area on a procesplaat holds no dots) has no
value on it, rather than a misleading 0.

The desktop heat view and the PDF report both shade by :func:`heat`; the words
come as :class:`~boards.i18n.Message` so the desktop can translate them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from boards.analysis.heat import EMPTY_COLOR, heat_hex
from boards.analysis.procesplaat import is_process_board, process_kinds
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.model import Board, Zone
from boards.session import Session
from boards.written import written_zone_ids

NOTES = "notes"
BALANCE = "balance"
NOTES_COLOR = "#e0a100"  # amber, like a sticky note
NOT_COUNTED_COLOR = "#e6e0d8"  # zones without the measure: a flat grey, no number

_CONTEXT = "measures"


class MeasureKind(str, Enum):
    COUNT = "count"  # notes or dots of one kind: 0 and up
    BALANCE = "balance"  # positive − burden: below 0 more burden, above 0 more of the positive kind


@dataclass(frozen=True)
class Measure:
    """One thing to shade a board by."""

    id: str  # NOTES, BALANCE or a dot kind's id
    label: Message
    kind: MeasureKind
    color: str  # the colour of "more" (a balance: more of the positive kind)
    low_color: str = ""  # a balance: the colour of more burden
    positive: str = ""  # a balance: the dot kinds it compares
    burden: str = ""

    def holds(self, zone: Zone) -> bool:
        """Whether ``zone`` collects this measure at all."""
        kinds = {kind.id for kind in zone.holds.dots}
        if self.id == NOTES:
            return zone.holds.notes
        if self.kind is MeasureKind.BALANCE:
            return {self.positive, self.burden} <= kinds
        return self.id in kinds


def _label(text: str, **params: object) -> Message:
    return Message(_CONTEXT, text, dict(params))


def board_measures(board: Board) -> list[Measure]:
    """The measures of ``board``, the suggested one first: on a procesplaat its burden (werkdruk), its
    positive kind, the balance, then the notes; elsewhere the dot kinds in board order, then the notes."""
    kinds = board.dot_kinds()
    measures = [
        Measure(
            kind.id,
            _label(QT_TRANSLATE_NOOP("measures", "stippen {kind}"), kind=kind.label),
            MeasureKind.COUNT,
            kind.color,
        )
        for kind in kinds
    ]
    if is_process_board(board):
        pair = process_kinds(board)
        assert pair is not None
        order = {pair.burden.id: 0, pair.positive.id: 1}
        measures.sort(key=lambda measure: order.get(measure.id, 2))
        measures.insert(
            2,
            Measure(
                BALANCE,
                _label(
                    QT_TRANSLATE_NOOP("measures", "balans: {positive} − {burden}"),
                    positive=pair.positive.label,
                    burden=pair.burden.label,
                ),
                MeasureKind.BALANCE,
                pair.positive.color,
                low_color=pair.burden.color,
                positive=pair.positive.id,
                burden=pair.burden.id,
            ),
        )
    if any(zone.holds.notes for zone in board.zones) or not measures:
        measures.append(
            Measure(NOTES, _label(QT_TRANSLATE_NOOP("measures", "briefjes")), MeasureKind.COUNT, NOTES_COLOR)
        )
    return measures


def find_measure(board: Board, measure_id: str | None) -> Measure:
    """The measure ``measure_id`` of ``board``; the board's suggested one when it has no such measure."""
    measures = board_measures(board)
    return next((measure for measure in measures if measure.id == measure_id), measures[0])


def _kind_label(board: Board, kind_id: str) -> str:
    return next((kind.label for kind in board.dot_kinds() if kind.id == kind_id), kind_id)


@dataclass(frozen=True)
class LegendEntry:
    color: str
    text: Message


@dataclass
class Heat:
    """A board shaded by one measure: a value per zone (None: the zone does not collect it)."""

    board: Board
    measure: Measure
    values: dict[str, int | None]

    @property
    def extreme(self) -> int:
        """The largest count, or the largest distance from 0 of a balance (0 when there is nothing)."""
        return max((abs(value) for value in self.values.values() if value is not None), default=0)

    def color(self, zone_id: str) -> str:
        value = self.values.get(zone_id)
        if value is None:
            return NOT_COUNTED_COLOR
        if value < 0:
            return heat_hex(-value, self.extreme, self.measure.low_color)
        return heat_hex(value, self.extreme, self.measure.color)

    def text(self, zone_id: str) -> str:
        """The number drawn in a zone: ``5``, ``+2``, ``−3``; empty where the zone does not count."""
        value = self.values.get(zone_id)
        if value is None:
            return ""
        if self.measure.kind is MeasureKind.BALANCE and value:
            return f"+{value}" if value > 0 else f"−{-value}"
        return str(value)

    def legend(self) -> list[LegendEntry]:
        """Swatches with what they mean, low to high; a last one for zones that do not count."""
        top = self.extreme
        entries: list[LegendEntry] = []
        if self.measure.kind is MeasureKind.BALANCE:
            burden = _kind_label(self.board, self.measure.burden)
            positive = _kind_label(self.board, self.measure.positive)
            if top:
                entries.append(
                    LegendEntry(
                        heat_hex(top, top, self.measure.low_color),
                        _label(QT_TRANSLATE_NOOP("measures", "{count} meer {kind}"), count=top, kind=burden),
                    )
                )
            entries.append(LegendEntry(EMPTY_COLOR, _label(QT_TRANSLATE_NOOP("measures", "evenveel"))))
            if top:
                entries.append(
                    LegendEntry(
                        heat_hex(top, top, self.measure.color),
                        _label(QT_TRANSLATE_NOOP("measures", "{count} meer {kind}"), count=top, kind=positive),
                    )
                )
        else:
            steps = sorted({0, (top + 1) // 2, top}) if top else [0]
            entries += [
                LegendEntry(heat_hex(step, top, self.measure.color), _label("{count}", count=step)) for step in steps
            ]
        if any(value is None for value in self.values.values()):
            entries.append(LegendEntry(NOT_COUNTED_COLOR, _label(QT_TRANSLATE_NOOP("measures", "telt hier niet mee"))))
        return entries

    def caption(self) -> Message:
        """One sentence under the board saying how to read it."""
        if self.measure.kind is MeasureKind.BALANCE:
            return _label(
                QT_TRANSLATE_NOOP(
                    "measures", "Per vak {positive} min {burden}: de kleur van de soort die meer stippen kreeg."
                ),
                positive=_kind_label(self.board, self.measure.positive),
                burden=_kind_label(self.board, self.measure.burden),
            )
        if self.measure.id == NOTES:
            return _label(QT_TRANSLATE_NOOP("measures", "Hoe donkerder het vak, hoe meer briefjes erop."))
        return _label(
            QT_TRANSLATE_NOOP("measures", "Hoe donkerder het vak, hoe meer stippen {kind} erop."),
            kind=_kind_label(self.board, self.measure.id),
        )


def heat(session: Session, measure_id: str | None = None) -> Heat:
    """``session``'s board shaded by the measure ``measure_id`` (the board's suggested one when None or
    when the board has no such measure)."""
    dots: Counter[tuple[str, str]] = Counter()
    for dot in session.results.dots:
        dots[(dot.zone_id, dot.kind)] += dot.count
    notes = Counter(note.zone_id for note in session.results.notes if note.zone_id is not None)
    return heat_of_counts(session.board, dots, notes, measure_id)


def heat_of_counts(
    board: Board,
    dots: Mapping[tuple[str, str], int],
    notes: Mapping[str, int],
    measure_id: str | None = None,
) -> Heat:
    """``board`` shaded by a measure of counts: dots per (zone id, kind id) and notes per zone id — one
    session's, or the totals of many (the archive summary)."""
    measure = find_measure(board, measure_id)
    written = written_zone_ids(board)  # the team writes there (the CONCLUSIE): text, not a count of notes
    values: dict[str, int | None] = {}
    for zone in board.zones:
        if not measure.holds(zone) or zone.id in written:
            values[zone.id] = None
        elif measure.id == NOTES:
            values[zone.id] = int(notes.get(zone.id, 0))
        elif measure.kind is MeasureKind.BALANCE:
            positive, burden = dots.get((zone.id, measure.positive), 0), dots.get((zone.id, measure.burden), 0)
            values[zone.id] = int(positive) - int(burden)
        else:
            values[zone.id] = int(dots.get((zone.id, measure.id), 0))
    return Heat(board, measure, values)


__all__ = [
    "BALANCE",
    "NOTES",
    "Heat",
    "LegendEntry",
    "Measure",
    "MeasureKind",
    "board_measures",
    "find_measure",
    "heat",
    "heat_of_counts",
]
