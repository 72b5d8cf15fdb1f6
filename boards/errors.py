"""Errors the core raises for bad input, each with a clear Dutch message."""

from __future__ import annotations

import errno
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


_WRITE_PROBLEMS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("errors", "de schijf is vol; maak ruimte vrij of kies een andere plek"),
    errno.EDQUOT: QT_TRANSLATE_NOOP(
        "errors", "uw schijfruimte (quotum) is op; maak ruimte vrij of kies een andere plek"
    ),
    errno.EACCES: QT_TRANSLATE_NOOP("errors", "geen toestemming om hier te schrijven; kies een andere map"),
    errno.EPERM: QT_TRANSLATE_NOOP("errors", "geen toestemming om hier te schrijven; kies een andere map"),
    errno.EROFS: QT_TRANSLATE_NOOP("errors", "deze schijf is alleen-lezen; kies een andere plek"),
    errno.ENOENT: QT_TRANSLATE_NOOP("errors", "de map bestaat niet; kies een bestaande map"),
    errno.EISDIR: QT_TRANSLATE_NOOP("errors", "dit is een map; geef een bestandsnaam op"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("errors", "een deel van het pad is geen map"),
}


def write_problem(error: OSError) -> Message:
    """What went wrong writing a file, in Dutch (disk full, no permission, …)."""
    text = _WRITE_PROBLEMS.get(error.errno or 0)
    if text is not None:
        return problem(text)
    return problem(
        QT_TRANSLATE_NOOP("errors", "schrijven mislukt ({detail})"), detail=error.strerror or type(error).__name__
    )


class FileWriteError(BruinpapierError):
    """A file that could not be written (disk full, no permission); an earlier version is left as it was."""

    def __init__(self, file: Path | str, error: OSError | None, reason: Message | None = None) -> None:
        self.file = Path(file)
        self.errno = error.errno if error is not None else None
        super().__init__(
            Message(
                "errors",
                QT_TRANSLATE_NOOP("errors", "{file}: kan het bestand niet schrijven: {problem}"),
                {"file": str(self.file), "problem": reason or write_problem(error or OSError())},
            )
        )
