"""Which archived sessions: one filter for listing, analysing and reporting.

``session list``, ``analyse``, ``report`` and the app's archive browser all select
sessions with a :class:`SessionFilter`; :meth:`SessionFilter.conditions` turns it
into the SQL ``WHERE`` of the ``sessions`` table, so what the browser shows is
exactly what "Getoonde sessies analyseren" counts.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import ColumnElement, Table, or_, select

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.session import check_session_date
from boards.textkeys import normalise


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class SessionFilter:
    """Sessions whose school contains ``school`` (ignoring case and accents), of exactly this ``board``,
    ``method`` and ``step``, dated ``date_from`` … ``date_to`` (inclusive, JJJJ-MM-DD), and matching every
    word of ``text`` (school, team, topic, notes, action items … or the session id). Empty fields do not
    filter; the empty filter is every session."""

    school: str | None = None
    board: str | None = None
    method: str | None = None
    step: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    text: str | None = None

    @classmethod
    def of(cls, **values: str | None) -> SessionFilter:
        """A filter from what a user typed: blanks dropped, dates checked (InvalidArgumentError in Dutch)."""
        cleaned = {name: (value.strip() if isinstance(value, str) else value) or None for name, value in values.items()}
        for name in ("date_from", "date_to"):
            cleaned[name] = check_session_date(cleaned.get(name)) or None
        chosen = cls(**cleaned)
        if chosen.date_from and chosen.date_to and chosen.date_from > chosen.date_to:
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP("errors", "de periode {start} t/m {end} is leeg: 'van' ligt na 't/m'"),
                    start=chosen.date_from,
                    end=chosen.date_to,
                )
            )
        return chosen

    @property
    def empty(self) -> bool:
        return not any(getattr(self, item.name) for item in fields(self))

    def to_dict(self) -> dict[str, str]:
        return {item.name: getattr(self, item.name) for item in fields(self) if getattr(self, item.name)}

    def describe(self) -> str:
        """In Dutch, for a report's cover and a summary's heading: "school ‘akkrum’, bord procesplaat-1, …"."""
        return self.describe_message().render()

    def describe_message(self) -> Message:
        """The same, translatable (the app's summary heading is in the interface language)."""
        parts: list[Message] = []

        def part(template: str, **params: str) -> None:
            parts.append(Message("archive", template, params))

        if self.school:
            part(QT_TRANSLATE_NOOP("archive", "school ‘{school}’"), school=self.school)
        if self.board:
            part(QT_TRANSLATE_NOOP("archive", "bord {board}"), board=self.board)
        if self.method:
            part(QT_TRANSLATE_NOOP("archive", "methode {method}"), method=self.method)
        if self.step:
            part(QT_TRANSLATE_NOOP("archive", "stap {step}"), step=self.step)
        if self.date_from and self.date_to:
            part(QT_TRANSLATE_NOOP("archive", "{start} t/m {end}"), start=self.date_from, end=self.date_to)
        elif self.date_from:
            part(QT_TRANSLATE_NOOP("archive", "vanaf {start}"), start=self.date_from)
        elif self.date_to:
            part(QT_TRANSLATE_NOOP("archive", "t/m {end}"), end=self.date_to)
        if self.text:
            part(QT_TRANSLATE_NOOP("archive", "met ‘{text}’"), text=self.text)
        if not parts:
            return Message("archive", QT_TRANSLATE_NOOP("archive", "alle sessies in het archief"))
        # "a, b, c": the parts joined by commas (punctuation only, nothing to translate)
        template = ", ".join(f"{{p{index}}}" for index in range(len(parts)))
        return Message("", template, {f"p{index}": item for index, item in enumerate(parts)})

    def conditions(self, sessions: Table) -> list[ColumnElement[bool]]:
        """The ``WHERE`` conditions on the ``sessions`` table."""
        c = sessions.c
        found: list[ColumnElement[bool]] = []
        if self.school:
            found.append(c.school_key.like(f"%{like_escape(normalise(self.school))}%", escape="\\"))
        if self.board:
            found.append(c.board_id == self.board)
        if self.method:
            found.append(c.method == self.method)
        if self.step:
            found.append(c.step == self.step)
        if self.date_from:
            found.append(c.date >= self.date_from)
        if self.date_to:
            found.append(c.date <= self.date_to)
        if self.text:
            from boards.archive.tables import DOCUMENTS

            for word in normalise(self.text).split():
                matching = select(DOCUMENTS.c.session_id).where(
                    DOCUMENTS.c.search_text.like(f"%{like_escape(word)}%", escape="\\")
                )
                found.append(or_(c.id.in_(matching), c.id == word))
        return found
