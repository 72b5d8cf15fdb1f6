"""The sizes notes come in: the sizes sold, the sizes seen on this photo (``SizeBook``), and the sizes the
notes found prove (shown whole, or both lengths shown by two notes).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from boards.capture.notes.base import NoteBlob

TYPICAL_NOTE_MM = 76.0
MIN_NOTE_SIDE_MM = 25.0
MAX_NOTE_SIDE_MM = 160.0
MIN_NOTE_AREA_MM2 = 600.0
SIZE_TOLERANCE_MM = 6.0

#: (long, short) mm of the sticky notes sold: a clean rectangle of one of these sizes is one note
COMMON_SIZES_MM = (
    (51.0, 38.0),
    (51.0, 51.0),
    (63.0, 63.0),
    (76.0, 51.0),
    (76.0, 76.0),
    (102.0, 76.0),
    (127.0, 76.0),
    (102.0, 102.0),
    (152.0, 102.0),
)


@dataclass
class SizeBook:
    """The note sizes (long, short) mm seen on this photo, with how often; the usual 76 × 76 always in."""

    sizes: list[list[float]] = field(default_factory=lambda: [[TYPICAL_NOTE_MM, TYPICAL_NOTE_MM, 0.5]])
    pending: list[tuple[float, float]] = field(default_factory=list)
    usual: tuple[float, float] = (TYPICAL_NOTE_MM, TYPICAL_NOTE_MM)  # (long, short): the size assumed unseen

    def propose(self, long: float, short: float, exact: bool = True) -> None:
        """A size that could also be two usual notes in line: believed once seen twice."""
        twin = [
            (a, b) for a, b in self.pending if abs(a - long) < SIZE_TOLERANCE_MM and abs(b - short) < SIZE_TOLERANCE_MM
        ]
        if twin or self.known(long, short):
            self.add(long, short, exact=exact)
            if twin:
                self.pending.remove(twin[0])
                self.add(*twin[0])
        else:
            self.pending.append((long, short))

    def add(self, long: float, short: float, weight: float = 1.0, exact: bool = True) -> None:
        """Count a note of this size; one measured less exactly (``exact`` False) adds to a known size's
        count without moving its measure."""
        for entry in self.sizes:
            if abs(entry[0] - long) < SIZE_TOLERANCE_MM and abs(entry[1] - short) < SIZE_TOLERANCE_MM:
                if not exact:
                    entry[2] += weight
                    return
                total = entry[2] + weight
                entry[0] = (entry[0] * entry[2] + long * weight) / total
                entry[1] = (entry[1] * entry[2] + short * weight) / total
                entry[2] = total
                return
        self.sizes.append([long, short, weight])

    def ordered(self) -> list[tuple[float, float]]:
        return [(long, short) for long, short, _ in sorted(self.sizes, key=lambda entry: -entry[2])]

    def common(self) -> tuple[float, float]:
        return self.ordered()[0]

    def tiles(self, long: float, short: float) -> bool:
        """Whether a rectangle this size can be notes of a known size side by side or overlapping
        (one side as long as a known note's, the other longer)."""
        for a, b, _ in self.sizes:
            for x, y in ((a, b), (b, a)):
                if as_wide(y, short) and x + SIZE_TOLERANCE_MM < long <= 4 * x + SIZE_TOLERANCE_MM:
                    return True
        return False

    def known(self, long: float, short: float) -> bool:
        """Whether a rectangle measures as a size seen: within SIZE_TOLERANCE_MM of it. One as long as notes of a size
        seen lying in line (``tiles``) and longer than every note sold as wide as it (``_longer_than_sold``: no single
        note sold) only as exactly as an outline is fitted (NEVER_LONGER_MM): a 127 × 76 mm size measured a little
        long is no licence for the 136 × 82 mm outline of two usual pads overlapping askew."""
        strict = self.tiles(long, short) and _longer_than_sold(long, short)
        tolerance = NEVER_LONGER_MM if strict else SIZE_TOLERANCE_MM
        return any(abs(entry[0] - long) < tolerance and abs(entry[1] - short) < tolerance for entry in self.sizes)

    def share(self, long: float, short: float) -> float:
        """How common this size is on the photo (0..1)."""
        total = sum(entry[2] for entry in self.sizes)
        weight = sum(
            entry[2]
            for entry in self.sizes
            if abs(entry[0] - long) < SIZE_TOLERANCE_MM and abs(entry[1] - short) < SIZE_TOLERANCE_MM
        )
        return weight / total if total else 0.0


def _common(long: float, short: float, tolerance: float = SIZE_TOLERANCE_MM) -> bool:
    return any(abs(long - a) < tolerance and abs(short - b) < tolerance for a, b in COMMON_SIZES_MM)


def as_wide(side: float, short: float) -> bool:
    """Whether a note's side this long (mm) spans a rectangle ``short`` mm wide: a short side a little off too (a
    note's edge lifted or cut by writing measures shorter)."""
    return abs(side - short) < 1.5 * SIZE_TOLERANCE_MM


def lengths_as_wide(sizes: Iterable[tuple[float, float]], short: float) -> list[float]:
    """The lengths of the notes of ``sizes`` (long, short; either way round) that are as wide as a rectangle
    ``short`` mm wide (``as_wide``): where the edge of one lying on another may cross it."""
    return [x for a, b in sizes for x, y in ((a, b), (b, a)) if as_wide(y, short)]


def sold_as_wide(short: float, seen: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The sizes sold (``COMMON_SIZES_MM``) with a side as long as ``short`` (mm, ``as_wide``), where no size ``seen``
    has one: where a pad's edge may cross a rectangle that wide. Empty where a size seen is that wide (the seam is
    sought at its lengths already)."""

    def wide(size: tuple[float, float]) -> bool:
        return any(as_wide(side, short) for side in size)

    return [] if any(wide(size) for size in seen) else [size for size in COMMON_SIZES_MM if wide(size)]


NEVER_LONGER_MM = 2.5  # a note's outline is fitted this well: it never measures longer than this beyond its size


def _longer_than_sold(long: float, short: float) -> bool:
    """Whether a rectangle is clearly longer than every note sold as wide as it: a curled, shaded or lifted
    end, writing or a cover only make a note look shorter, so such a rectangle is no single note (two
    overlapping in line are, however faintly the upper one's edge shows)."""
    lengths = [a for a, b in COMMON_SIZES_MM if abs(short - b) < SIZE_TOLERANCE_MM]
    return not any(long <= a + NEVER_LONGER_MM for a in lengths)


def _sizes_seen(notes: list[NoteBlob]) -> None:
    """A note doubtful only because no other note on the photo has its size is judged again when another
    note shows that size whole (all four edges seen): that note proves the size as one standing alone would.
    So do two notes that each show both lengths of one size (_shows_size): a note partly covered may measure
    as a smaller one, but two by chance the same size sold is no longer chance."""
    proven = _proven_sizes(notes)
    for note in notes:
        if note.reason != "size" or note.if_size_seen is None:
            continue
        long, short = max(note.size), min(note.size)
        if any(abs(long - a) < SIZE_TOLERANCE_MM and abs(short - b) < SIZE_TOLERANCE_MM for a, b in proven):
            note.reason, note.doubtful = note.if_size_seen, bool(note.if_size_seen)
            if not note.doubtful:
                note.confidence = note.sure_confidence


def _proven_sizes(notes: list[NoteBlob]) -> list[tuple[float, float]]:
    """(long, short) of the sizes the notes prove: each note shown whole (see _whole_of_sold_size), and each
    size two notes show both lengths of (see _shows_size)."""
    proven = [(max(note.size), min(note.size)) for note in notes if note.proves_size and not note.doubtful]
    shown = [(max(note.size), min(note.size), note.center) for note in notes if note.shows_size]
    for index, (long, short, centre) in enumerate(shown):
        # (two notes, not one proposed twice from two regions it was cut into: see detect_notes)
        if any(
            abs(long - a) < SIZE_TOLERANCE_MM
            and abs(short - b) < SIZE_TOLERANCE_MM
            and math.dist(centre, other) >= 0.35 * min(short, b)
            for a, b, other in shown[index + 1 :]
        ):
            proven.append((long, short))
    return proven
