"""Turning the SESSION arguments of the command line into sessions.

Today a reference is a session file (``.bpsessie``); the archive will add
session ids here, so every command that takes sessions goes through
:func:`load_sessions`.
"""

from __future__ import annotations

from typing import Sequence

from boards.errors import InvalidArgumentError, problem
from boards.fileformat import load_session
from boards.i18n import QT_TRANSLATE_NOOP
from boards.session import Session


def load_sessions(refs: Sequence[str]) -> list[Session]:
    """Load every referenced session, in the order given; a bad one stops with its Dutch message."""
    if not refs:
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "geef ten minste één sessie op")))
    return [load_session(ref) for ref in refs]
