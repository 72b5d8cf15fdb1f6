"""Durations as Dutch teams write them on a Value Stream Map: "10 min", "1,5 uur", "2 dagen".

The seed asks teams to "kwantificeer processtappen waar mogelijk" and to write that on the
datazijde. These functions read such a text into minutes and write minutes back the same way,
so a value typed in a spreadsheet, read from a note or exported again means the same.

A day and a week are calendar time (24 hours, 7 days): a wait of "2 dagen" is two days
on the calendar, as value-stream tools count lead time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP

MINUTES_PER_HOUR = 60
MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY

#: Longest duration a note can carry (a school year and then some), in minutes.
MAX_MINUTES = 10_000_000

# unit word (lower case, no accents) → minutes per unit
_UNITS: dict[str, float] = {}
for _words, _minutes in (
    (("s", "sec", "sec.", "seconde", "seconden"), 1 / 60),
    (("m", "min", "min.", "minuut", "minuten", "mins", "'"), 1),
    (("u", "u.", "uur", "uren", "h", "hr", "hrs", "hour", "hours"), MINUTES_PER_HOUR),
    (("d", "dag", "dagen", "day", "days"), MINUTES_PER_DAY),
    (("w", "wk", "week", "weken", "weeks"), MINUTES_PER_WEEK),
):
    for _word in _words:
        _UNITS[_word] = _minutes

_NUMBER = r"(\d+(?:[.,]\d+)?|een half|een|half|anderhalf|anderhalve)"
_UNIT = "|".join(sorted((re.escape(word) for word in _UNITS), key=len, reverse=True))
_DURATION = re.compile(rf"(?<![\w.,]){_NUMBER}\s*({_UNIT})(?![\w])", re.IGNORECASE)
_WAIT_WORDS = re.compile(r"\b(wacht\w*|wachten|wachttijd|ligt|blijft liggen|vertraging)\b", re.IGNORECASE)
_WORDS_AS_NUMBERS = {"een": 1.0, "half": 0.5, "een half": 0.5, "anderhalf": 1.5, "anderhalve": 1.5}


@dataclass(frozen=True)
class FoundDuration:
    """A duration found in a note's text: how long, and whether the text says it is a wait."""

    minutes: float
    waiting: bool
    text: str  # the part of the text it was read from, e.g. "2 dagen"


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("’", "'")


def _number(text: str) -> float:
    key = text.lower()
    if key in _WORDS_AS_NUMBERS:
        return _WORDS_AS_NUMBERS[key]
    return float(key.replace(",", "."))


def find_durations(text: str) -> list[FoundDuration]:
    """Every duration in a free text, in order: ``"wacht 2 dagen op IB"`` → 2880 minutes, a wait.

    A duration counts as a wait when a word such as "wacht", "wachten" or "wachttijd" comes
    before it in the same sentence part (up to a comma, semicolon or new line).
    """
    plain = _plain(text)
    found = []
    for match in _DURATION.finditer(plain):
        minutes = _number(match.group(1)) * _UNITS[match.group(2).lower()]
        start = max(plain.rfind(mark, 0, match.start()) for mark in ",;\n")
        before = plain[start + 1 : match.start()]
        found.append(FoundDuration(round(minutes, 3), bool(_WAIT_WORDS.search(before)), match.group(0)))
    return found


def parse_duration(text: str) -> float | None:
    """A duration typed in a cell: ``"10 min"``, ``"1,5 uur"``, ``"2 dagen"``, or a bare number of minutes.

    Returns minutes, None for an empty cell; raises InvalidArgumentError (in Dutch) otherwise.
    """
    cleaned = _plain(str(text)).strip()
    if not cleaned:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", cleaned):
        minutes = float(cleaned.replace(",", "."))
    else:
        total = 0.0
        rest = cleaned
        matches = list(_DURATION.finditer(cleaned))
        for match in matches:
            total += _number(match.group(1)) * _UNITS[match.group(2).lower()]
            rest = rest.replace(match.group(0), " ", 1)
        if not matches or re.sub(r"\ben\b|[+\s]", "", rest):
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "'{value}' is geen duur; schrijf bijv. 10 min, 1,5 uur, 2 dagen of een aantal minuten",
                    ),
                    value=str(text).strip(),
                )
            )
        minutes = total
    if minutes > MAX_MINUTES:
        raise InvalidArgumentError(
            problem(QT_TRANSLATE_NOOP("errors", "'{value}' is langer dan de langste duur die kan"), value=str(text))
        )
    return round(minutes, 3)


def _trim(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def format_duration(minutes: float | None) -> str:
    """Minutes the way a team writes them, and :func:`parse_duration` reads them back exactly:
    ``10`` → ``"10 min"``, ``90`` → ``"1,5 uur"``, ``2880`` → ``"2 dagen"``."""
    if minutes is None:
        return ""
    if minutes >= MINUTES_PER_DAY and (minutes / MINUTES_PER_DAY * 100).is_integer():
        days = minutes / MINUTES_PER_DAY
        return f"{_trim(days)} {'dag' if days == 1 else 'dagen'}"
    if minutes >= MINUTES_PER_HOUR and (minutes / MINUTES_PER_HOUR * 100).is_integer():
        return f"{_trim(minutes / MINUTES_PER_HOUR)} uur"
    return f"{_trim(minutes)} min"


def format_duration_long(minutes: float | None) -> str:
    """For reading a total: ``3000`` → ``"2 dagen 2 uur"``, ``75`` → ``"1 uur 15 min"``."""
    if minutes is None:
        return ""
    whole = round(minutes)
    days, rest = divmod(whole, MINUTES_PER_DAY)
    hours, mins = divmod(rest, MINUTES_PER_HOUR)
    parts = []
    if days:
        parts.append(f"{days} {'dag' if days == 1 else 'dagen'}")
    if hours:
        parts.append(f"{hours} uur")
    if mins or not parts:
        parts.append(f"{mins} min")
    return " ".join(parts)
