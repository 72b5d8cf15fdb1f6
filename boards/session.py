"""A session: one use of a board in a workshop, with what the team put on it.

The session keeps a snapshot of the board it used, so it stays readable when
the template changes later.
"""

from __future__ import annotations

import copy
import datetime
import re
import uuid
from dataclasses import dataclass, field
from enum import Enum

from boards.colors import DEFAULT_NOTE_COLOR
from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Board
from boards.records import find_record, insert_record, take_record, update_record


class NoteSource(str, Enum):
    TYPED = "typed"
    IMPORTED = "imported"
    PHOTO = "photo"
    CARRIED = "carried"  # carried forward from an earlier session of a trajectory


NOTE_SOURCE_LABELS: dict[NoteSource, str] = {
    NoteSource.TYPED: QT_TRANSLATE_NOOP("model", "getypt"),
    NoteSource.IMPORTED: QT_TRANSLATE_NOOP("model", "geïmporteerd"),
    NoteSource.PHOTO: QT_TRANSLATE_NOOP("model", "van foto"),
    NoteSource.CARRIED: QT_TRANSLATE_NOOP("model", "meegenomen"),
}


#: The first character of an id: a letter other than e, so that a spreadsheet program opening an exported CSV
#: never reads an id as a number (``123e45…`` as 1.23E+47, ``000123…`` without its zeros) and its links hold.
ID_FIRST = "abcdf"


def new_id() -> str:
    """12 hexadecimal characters, the first a letter (see ``ID_FIRST``)."""
    digits = uuid.uuid4().hex
    return ID_FIRST[int(digits[0], 16) % len(ID_FIRST)] + digits[1:12]


@dataclass
class Note:
    """A sticky note. ``zone_id`` None means not yet placed on a zone."""

    text: str
    zone_id: str | None = None
    color: str = DEFAULT_NOTE_COLOR  # id of a colour in boards.colors.NOTE_COLORS
    id: str = field(default_factory=new_id)
    x_mm: float | None = None  # centre on the board, when known
    y_mm: float | None = None
    width_mm: float | None = None
    height_mm: float | None = None
    source: NoteSource = NoteSource.TYPED
    image: str | None = None  # name of a crop image stored with the session
    confidence: float | None = None  # 0..1, for notes found on a photo
    links: dict[str, str] = field(default_factory=dict)  # e.g. {"problem": note id}
    category: str = ""  # what the note stands for where a board mixes them: "probleem", "idee", "processtap"
    chosen: bool = False  # picked by the team to carry forward (an idea that becomes an action, a thema)
    work_min: float | None = None  # a VSM process step's bewerkingstijd in minutes, when typed
    wait_min: float | None = None  # the wachttijd before that step in minutes, when typed


#: The most dots one zone can count of one kind.
MAX_DOT_COUNT = 100_000


def clamp_dot_count(count: int) -> int:
    """A dot count within 0 … :data:`MAX_DOT_COUNT` (taking away more dots than there are leaves none)."""
    return max(0, min(int(count), MAX_DOT_COUNT))


@dataclass
class DotCount:
    zone_id: str
    kind: str  # id of a DotKind of that zone
    count: int = 0


@dataclass
class ActionItem:
    """A row of an action list (Actiepunten, Verbeterplan)."""

    nr: int
    action: str
    owner: str = ""  # Initiatiefnemer
    due: str = ""  # Tijdpad, free text as the seeds write it ("December", "Dit schooljaar")
    impact: str = ""  # Hoog / Middel / Laag
    workload: str = ""  # Werkbelasting: L, J, LàJ
    todos: str = ""  # To do's
    done: bool = False
    id: str = field(default_factory=new_id)
    links: dict[str, str] = field(default_factory=dict)  # e.g. {"idea": note id}


#: The key of :attr:`Results.respondents` that counts for every question of the board.
ALL_QUESTIONS = ""


@dataclass
class Results:
    notes: list[Note] = field(default_factory=list)
    dots: list[DotCount] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    #: How many people answered a questionnaire: question (group) id → number, ``""`` for all
    #: questions. A multiple-choice question's shares are of its respondents (the seed's 9 of 11).
    respondents: dict[str, int] = field(default_factory=dict)

    def respondents_for(self, question_id: str) -> int | None:
        """The respondents of one question: its own number, else the questionnaire's; None when not entered."""
        for key in (question_id, ALL_QUESTIONS):
            if key in self.respondents:
                return self.respondents[key]
        return None

    def set_respondents(self, question_id: str, count: int | None) -> None:
        """Set (or with None clear) the respondents of a question (``""``: the whole questionnaire)."""
        if count is None:
            self.respondents.pop(question_id, None)
        else:
            self.respondents[question_id] = clamp_dot_count(count)

    def dot_count(self, zone_id: str, kind: str) -> int:
        return sum(dot.count for dot in self.dots if dot.zone_id == zone_id and dot.kind == kind)

    def set_dot_count(self, zone_id: str, kind: str, count: int) -> None:
        """Count ``count`` dots of ``kind`` in a zone (clamped, see :func:`clamp_dot_count`).

        No dots is no entry: at zero the zone's entry for that kind goes.
        """
        count = clamp_dot_count(count)
        if count == 0:
            self.dots[:] = [dot for dot in self.dots if not (dot.zone_id == zone_id and dot.kind == kind)]
            return
        for dot in self.dots:
            if dot.zone_id == zone_id and dot.kind == kind:
                dot.count = count
                return
        self.dots.append(DotCount(zone_id, kind, count))

    def notes_in(self, zone_id: str | None) -> list[Note]:
        return [note for note in self.notes if note.zone_id == zone_id]

    def next_action_nr(self) -> int:
        """The number a new action item gets: one after the highest so far."""
        return max((action.nr for action in self.actions), default=0) + 1

    # --- notes and action items by id (what undo commands call) ------------------------

    def _records(self, item: Note | ActionItem) -> list:
        return self.notes if isinstance(item, Note) else self.actions

    def item(self, item_id: str) -> Note | ActionItem | None:
        """The note or action item with that id."""
        return find_record(self.notes, item_id) or find_record(self.actions, item_id)

    def insert(self, item: Note | ActionItem, index: int | None = None) -> None:
        """Put a note or action item at ``index`` of its list (None: at the end)."""
        insert_record(self._records(item), item, index)

    def remove(self, item_id: str) -> tuple[Note | ActionItem, int]:
        """Take a note or action item out; returns it with the place it had."""
        taken = take_record(self.notes, item_id) or take_record(self.actions, item_id)
        if taken is None:
            raise KeyError(item_id)
        return taken

    def update(self, item_id: str, **values: object) -> dict[str, object]:
        """Set fields of a note or action item; returns their old values."""
        item = self.item(item_id)
        if item is None:
            raise KeyError(item_id)
        return update_record(item, values)

    def replace_with(self, other: Results) -> None:
        """Take over copies of another's notes, dots and action items (an import, a photo read back)."""
        self.notes[:] = copy.deepcopy(other.notes)
        self.dots[:] = copy.deepcopy(other.dots)
        self.actions[:] = copy.deepcopy(other.actions)
        self.respondents = dict(other.respondents)


@dataclass
class Photo:
    """A photo attached to a session; the bytes live in the archive or bundle."""

    name: str  # file name inside the session's photo store
    caption: str = ""
    sha256: str = ""


#: A session's date: ISO, four-digit year (``2019-03-12``).
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def is_session_date(text: str) -> bool:
    """Whether ``text`` is a date as sessions write it: JJJJ-MM-DD, and a day that exists."""
    if not _DATE_RE.match(text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def check_session_date(text: str | None) -> str:
    """``text`` when it is a session date (or empty: no date); otherwise InvalidArgumentError."""
    if not text:
        return ""
    if not is_session_date(text):
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "datum '{value}' kan niet; schrijf JJJJ-MM-DD, bijv. 2019-03-12"),
                value=text,
            )
        )
    return text


@dataclass
class Session:
    board: Board  # snapshot of the board as used
    school: str = ""
    team: str = ""
    date: str = ""  # ISO date, YYYY-MM-DD
    facilitator: str = ""
    method: str | None = None
    step: str | None = None
    code: str = ""  # short session code printed on the board
    topic: str = ""  # what the session was about, e.g. the process "speciale aandacht leerlingen"
    participants: list[str] = field(default_factory=list)  # initials or pseudonyms
    results: Results = field(default_factory=Results)
    photos: list[Photo] = field(default_factory=list)
    remarks: str = ""
    id: str = field(default_factory=new_id)
