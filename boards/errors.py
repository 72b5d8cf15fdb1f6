"""Errors the core raises for bad input, each with a clear Dutch message."""

from __future__ import annotations

from pathlib import Path

from boards.i18n import QT_TRANSLATE_NOOP, Message, Translator


class BruinpapierError(Exception):
    """Base class: an error whose message can be shown to a user as is."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message

    def render(self, translate: Translator | None = None) -> str:
        return self.message.render(translate)


class BoardFileError(BruinpapierError):
    """A board or session file that cannot be loaded.

    ``field_path`` is the place inside the file (``zones[3].rect.width``),
    empty when the file as a whole is wrong (not JSON, unknown version).
    """

    def __init__(self, file: Path | str | None, field_path: str, problem: Message) -> None:
        self.file = Path(file) if file is not None else None
        self.field_path = field_path
        self.problem = problem
        where = str(self.file) if self.file is not None else QT_TRANSLATE_NOOP("errors", "(geen bestand)")
        if field_path:
            message = Message(
                "errors",
                QT_TRANSLATE_NOOP("errors", "{file}: {path}: {problem}"),
                {"file": where, "path": field_path, "problem": problem},
            )
        else:
            message = Message(
                "errors",
                QT_TRANSLATE_NOOP("errors", "{file}: {problem}"),
                {"file": where, "problem": problem},
            )
        super().__init__(message)


class NotFoundError(BruinpapierError):
    """A template, method, board or session that does not exist."""


class InvalidArgumentError(BruinpapierError):
    """A value given by the user (paper size, overlap, ...) that cannot be used."""


def problem(text: str, **params: object) -> Message:
    """A problem description in the ``errors`` context."""
    return Message("errors", text, dict(params))
