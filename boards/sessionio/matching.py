"""Matching what people type in a spreadsheet to zones, colours and dot kinds.

Matching ignores case, accents and extra spaces, so ``evaluatie/Reflectie``,
``Ideeën`` and ``ideeen`` all find what they mean.
"""

from __future__ import annotations

import re

from boards.colors import NOTE_COLORS
from boards.model import Board, DotKind, Zone
from boards.session import NOTE_SOURCE_LABELS, NoteSource
from boards.textkeys import normalise

_SPACES = re.compile(r"\s+")


def header_key(text: str) -> str:
    """A column header as a key: normalised, without punctuation (``Nr.`` → ``nr``)."""
    key = re.sub(r"[^0-9a-z ]+", " ", normalise(text))
    return _SPACES.sub(" ", key).strip()


class ZoneMatcher:
    """Finds a zone of a board by its id or by its verbatim label."""

    def __init__(self, board: Board) -> None:
        self.board = board
        self._by_key: dict[str, list[Zone]] = {}
        for zone in board.zones:
            for key in {normalise(zone.id), normalise(zone.label)}:
                if key:
                    self._by_key.setdefault(key, []).append(zone)

    def match(self, reference: str) -> Zone | None:
        """The zone meant by ``reference``; None when unknown or ambiguous."""
        reference = str(reference).strip()
        for zone in self.board.zones:
            if zone.id == reference:
                return zone
        candidates = self._by_key.get(normalise(reference), [])
        unique = {zone.id: zone for zone in candidates}
        return next(iter(unique.values())) if len(unique) == 1 else None

    def is_ambiguous(self, reference: str) -> bool:
        return len({zone.id for zone in self._by_key.get(normalise(reference), [])}) > 1


def match_dot_kind(zone: Zone, reference: str) -> DotKind | None:
    """A dot kind of ``zone`` by id or label; empty reference picks the only kind."""
    kinds = zone.holds.dots
    if not str(reference).strip():
        return kinds[0] if len(kinds) == 1 else None
    key = normalise(reference)
    for kind in kinds:
        if key in (normalise(kind.id), normalise(kind.label)):
            return kind
    return None


def match_note_color(reference: str) -> str | None:
    """A note colour id from its id (``yellow``) or Dutch name (``geel``); empty → default."""
    key = normalise(reference)
    if not key:
        return NOTE_COLORS[0].id
    for color in NOTE_COLORS:
        if key in (normalise(color.id), normalise(color.label)):
            return color.id
    return None


#: What a note can stand for where a board mixes them (``Note.category``), with the words people type.
CATEGORY_ALIASES: dict[str, str] = {
    "probleem": "probleem",
    "problemen": "probleem",
    "problem": "probleem",
    "knelpunt": "probleem",
    "idee": "idee",
    "ideeen": "idee",
    "idea": "idee",
    "oplossing": "idee",
    "processtap": "processtap",
    "processtappen": "processtap",
    "stap": "processtap",
    "process step": "processtap",
    "pijnpunt": "pijnpunt",
    "pijnpunten": "pijnpunt",
    "pain point": "pijnpunt",
}


def match_category(reference: str) -> str | None:
    """A note category from what is typed (``Probleem``, ``ideeën``, ``idea``); ``""`` for empty, None if unknown."""
    key = normalise(reference)
    if not key:
        return ""
    return CATEGORY_ALIASES.get(key)


def match_note_source(reference: str) -> NoteSource | None:
    """A NoteSource from its Dutch label (``geïmporteerd``) or its value (``imported``); None if unknown."""
    key = normalise(reference)
    for source in NoteSource:
        if key in (normalise(source.value), normalise(NOTE_SOURCE_LABELS[source])):
            return source
    return None
