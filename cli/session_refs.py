"""Turning the SESSION arguments of the command line into sessions.

A reference is a session file (``.bpsessie``, ``.json``), a session bundle,
or the id of a session in the archive (``BRUINPAPIER_ARCHIVE`` or the user's
default archive). Every command that takes sessions goes through
:func:`load_sessions`.
"""

from __future__ import annotations

from collections.abc import Sequence

from boards.archive import Archive, default_archive_url, is_session_file, resolve_session
from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.session import Session


def load_sessions(refs: Sequence[str], archive_url: str | None = None) -> list[Session]:
    """Load every referenced session, in the order given; a bad one stops with its Dutch message.

    The archive (``archive_url``, else the default) is opened once, and only when a reference is not a file.
    """
    if not refs:
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "geef ten minste één sessie op")))
    archive: Archive | None = None
    sessions = []
    try:
        for ref in refs:
            if is_session_file(ref):
                sessions.append(resolve_session(ref))
            else:
                archive = archive or Archive(archive_url or default_archive_url())
                sessions.append(resolve_session(ref, archive))
    finally:
        if archive is not None:
            archive.close()
    return sessions
