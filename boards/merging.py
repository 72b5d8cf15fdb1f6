"""Putting results read from a photo or imported from a file into a session, without losing what was typed.

The session may already hold notes and dot counts (typed during the workshop,
or taken over earlier). :func:`plan_merge` compares, per zone and per part
(dot counts, notes), what the session has with what comes in; the user keeps
either or adds them up (:class:`Keep`), and :meth:`MergePlan.merged` gives the
results that follow. The default never replaces anything in the session: where
both sides hold something different the session's data stay; where only the
incoming side holds something it is taken.

The photo review's "Overnemen" and the spreadsheet import both go through
here, so the rule is the same wherever results come in.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum

from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Board
from boards.session import Note, Results, clamp_dot_count


class Keep(str, Enum):
    SESSION = "session"  # what the session has stays; the incoming part is left out
    INCOMING = "incoming"  # the incoming part replaces the session's
    BOTH = "both"  # notes of both (a note already there is not added twice), dot counts added up


class Part(str, Enum):
    DOTS = "dots"
    NOTES = "notes"


KEEP_LABELS: dict[Keep, str] = {
    Keep.SESSION: QT_TRANSLATE_NOOP("merging", "sessie houden"),
    Keep.INCOMING: QT_TRANSLATE_NOOP("merging", "nieuwe overnemen"),
    Keep.BOTH: QT_TRANSLATE_NOOP("merging", "optellen"),
}
PART_LABELS: dict[Part, str] = {
    Part.DOTS: QT_TRANSLATE_NOOP("merging", "stippen"),
    Part.NOTES: QT_TRANSLATE_NOOP("merging", "notities"),
}
UNPLACED_ZONE = QT_TRANSLATE_NOOP("merging", "(niet geplaatst)")

ZoneKey = str | None  # a zone id; None: notes not on a zone


@dataclass(frozen=True)
class DotPair:
    """One dot kind of a zone: the session's count and the incoming one (None: the incoming results
    say nothing about it, e.g. a file without a row for it)."""

    kind: str
    label: str
    session: int
    incoming: int | None


@dataclass
class ZoneComparison:
    """What the session and the incoming results hold in one zone."""

    zone_id: ZoneKey
    label: str  # the zone's label; empty for notes not on a zone (see UNPLACED_ZONE)
    dots: list[DotPair] = field(default_factory=list)
    session_notes: list[Note] = field(default_factory=list)
    incoming_notes: list[Note] = field(default_factory=list)

    def has(self, part: Part, side: Keep) -> bool:
        """Whether ``side`` (SESSION or INCOMING) holds something of ``part`` here."""
        if part is Part.DOTS:
            if side is Keep.SESSION:
                return any(pair.session for pair in self.dots)
            return any(pair.incoming is not None for pair in self.dots)
        return bool(self.session_notes if side is Keep.SESSION else self.incoming_notes)

    def same(self, part: Part) -> bool:
        """Both sides hold the same counts, or notes with the same texts."""
        if part is Part.DOTS:
            return all(pair.incoming in (None, pair.session) for pair in self.dots)
        return Counter(map(_note_key, self.session_notes)) == Counter(map(_note_key, self.incoming_notes))

    def conflicts(self, part: Part) -> bool:
        """Both sides hold something different: the user decides (the default keeps the session's)."""
        return self.has(part, Keep.SESSION) and self.has(part, Keep.INCOMING) and not self.same(part)

    def parts(self) -> list[Part]:
        """The parts that come in here (what there is to decide about)."""
        return [part for part in Part if self.has(part, Keep.INCOMING)]

    def default(self, part: Part) -> Keep:
        """Take what comes in where the session has nothing; otherwise keep the session's."""
        return Keep.INCOMING if not self.has(part, Keep.SESSION) else Keep.SESSION


def _note_key(note: Note) -> str:
    return " ".join(note.text.split()).casefold()


@dataclass
class MergePlan:
    """The comparison of session and incoming results, with the user's choice per zone and part."""

    session: Results
    incoming: Results
    zones: list[ZoneComparison]
    choices: dict[tuple[ZoneKey, Part], Keep] = field(default_factory=dict)

    def zone(self, zone_id: ZoneKey) -> ZoneComparison:
        for zone in self.zones:
            if zone.zone_id == zone_id:
                return zone
        raise KeyError(zone_id)

    def choice(self, zone_id: ZoneKey, part: Part) -> Keep:
        return self.choices.get((zone_id, part), self.zone(zone_id).default(part))

    def choose(self, zone_id: ZoneKey, part: Part, keep: Keep) -> None:
        self.zone(zone_id)  # raises for a zone with nothing coming in
        self.choices[(zone_id, part)] = keep

    def choose_all(self, keep: Keep) -> None:
        """The same choice wherever the two sides differ (the rest keeps its default)."""
        for zone, part in self.conflicts():
            self.choose(zone.zone_id, part, keep)

    def conflicts(self) -> list[tuple[ZoneComparison, Part]]:
        """Where the session and the incoming results both hold something different."""
        return [(zone, part) for zone in self.zones for part in Part if zone.conflicts(part)]

    @property
    def has_conflicts(self) -> bool:
        return bool(self.conflicts())

    def merged(self) -> Results:
        """The session's results with the incoming ones put in as chosen (new objects; nothing is changed)."""
        result = copy.deepcopy(self.session)
        adding: set[str] = set()
        for zone in self.zones:
            for part in zone.parts():
                keep = self.choice(zone.zone_id, part)
                if keep is Keep.SESSION:
                    continue
                if part is Part.DOTS:
                    for pair in zone.dots:
                        if pair.incoming is None:
                            continue
                        count = pair.incoming if keep is Keep.INCOMING else pair.session + pair.incoming
                        result.set_dot_count(str(zone.zone_id), pair.kind, clamp_dot_count(count))
                else:
                    if keep is Keep.INCOMING:
                        leaving = {note.id for note in zone.session_notes}
                        result.notes[:] = [note for note in result.notes if note.id not in leaving]
                    adding.update(note.id for note in _notes_to_add(zone, keep))
        # the notes taken in keep the order they came in (a file's row order, a photo's reading order)
        adding -= {note.id for note in result.notes}
        result.notes += [copy.deepcopy(note) for note in self.incoming.notes if note.id in adding]
        result.actions += copy.deepcopy(self.incoming.actions)
        return result

    def summary(self) -> MergeSummary:
        """What :meth:`merged` takes in and what it leaves out."""
        summary = MergeSummary()
        for zone in self.zones:
            for part in zone.parts():
                keep = self.choice(zone.zone_id, part)
                if part is Part.DOTS:
                    counted = sum(1 for pair in zone.dots if pair.incoming is not None)
                    if keep is Keep.SESSION:
                        summary.dots_left_out += counted
                    else:
                        summary.dots_taken += counted
                else:
                    taken = 0 if keep is Keep.SESSION else len(_notes_to_add(zone, keep))
                    summary.notes_taken += taken
                    summary.notes_left_out += len(zone.incoming_notes) - taken
                    if keep is Keep.INCOMING:
                        summary.notes_replaced += len(zone.session_notes)
                if keep is Keep.SESSION and zone.conflicts(part):
                    summary.kept += 1
        summary.actions_taken = len(self.incoming.actions)
        return summary


@dataclass
class MergeSummary:
    notes_taken: int = 0
    notes_left_out: int = 0  # incoming notes not taken (kept the session's, or already there)
    notes_replaced: int = 0  # the session's notes that incoming ones replaced
    dots_taken: int = 0  # dot counts (zone × kind) set or added from the incoming side
    dots_left_out: int = 0
    actions_taken: int = 0
    kept: int = 0  # zone parts where both differed and the session's stayed


def _notes_to_add(zone: ZoneComparison, keep: Keep) -> list[Note]:
    if keep is Keep.INCOMING:
        return list(zone.incoming_notes)
    present = {note.id for note in zone.session_notes}
    texts = Counter(_note_key(note) for note in zone.session_notes if note.text.strip())
    added = []
    for note in zone.incoming_notes:
        key = _note_key(note)
        if note.id in present:
            continue
        if key and texts[key] > 0:  # the same note typed already
            texts[key] -= 1
            continue
        added.append(note)
    return added


def plan_merge(board: Board, session: Results, incoming: Results, *, whole_zones: bool = False) -> MergePlan:
    """Compare ``incoming`` results with the session's, zone by zone in board order (notes not on a
    zone last); only zones where something comes in are listed.

    ``whole_zones``: the incoming results count every dot kind of a zone they hold anything in, so a
    kind they leave out is none (a photo: a dot not found in a zone that was read is not there). Else a
    kind they leave out is unknown and stays as it is (a file without a row for it).
    """
    zones: list[ZoneComparison] = []
    incoming_zones = {dot.zone_id for dot in incoming.dots} | {note.zone_id for note in incoming.notes}
    known = set()
    for zone in board.zones:
        known.add(zone.id)
        if zone.id in incoming_zones:
            zones.append(_compare(zone.id, zone.label or zone.id, board, session, incoming, whole_zones))
    for zone_id in sorted(str(z) for z in incoming_zones if z not in known and z is not None):
        zones.append(_compare(zone_id, zone_id, board, session, incoming, whole_zones))  # not on this board
    if None in incoming_zones:
        zones.append(_compare(None, "", board, session, incoming, whole_zones))
    return MergePlan(session, incoming, zones)


def _compare(
    zone_id: ZoneKey, label: str, board: Board, session: Results, incoming: Results, whole_zones: bool
) -> ZoneComparison:
    zone = board.zone(zone_id) if zone_id is not None else None
    labels = {kind.id: kind.label for kind in zone.holds.dots} if zone is not None else {}
    kinds = list(labels)
    for dot in [*session.dots, *incoming.dots]:
        if dot.zone_id == zone_id and dot.kind not in kinds:
            kinds.append(dot.kind)
    stated = {dot.kind for dot in incoming.dots if dot.zone_id == zone_id}
    pairs = []
    for kind in kinds:
        current = session.dot_count(str(zone_id), kind)
        read = incoming.dot_count(str(zone_id), kind) if whole_zones or kind in stated else None
        if current or read:  # none on either side: nothing to compare
            pairs.append(DotPair(kind, labels.get(kind, kind), current, read))
    return ZoneComparison(zone_id, label, pairs, session.notes_in(zone_id), incoming.notes_in(zone_id))


__all__ = [
    "KEEP_LABELS",
    "PART_LABELS",
    "UNPLACED_ZONE",
    "DotPair",
    "Keep",
    "MergePlan",
    "MergeSummary",
    "Part",
    "ZoneComparison",
    "plan_merge",
]
