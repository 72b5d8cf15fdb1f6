"""Finding a session by what a user types: a file path or an archive id."""

from __future__ import annotations

from pathlib import Path

from boards.archive.bundle import BUNDLE_SUFFIX, read_bundle
from boards.archive.store import Archive, default_archive_url, display_url
from boards.errors import NotFoundError, problem
from boards.fileformat import SESSION_SUFFIX, load_session
from boards.i18n import QT_TRANSLATE_NOOP
from boards.session import Session

SESSION_FILE_SUFFIXES = (SESSION_SUFFIX, ".json", BUNDLE_SUFFIX)


def is_session_file(ref: str | Path) -> bool:
    """Whether ``ref`` names a session file rather than an archive id: it ends in ``.bpsessie``,
    ``.json`` or ``.bpbundel`` (even when the file is missing, so the message says so), or it is a file."""
    path = Path(ref)
    return path.suffix.lower() in SESSION_FILE_SUFFIXES or path.is_file()


def resolve_session(ref: str | Path, archive: Archive | None = None) -> Session:
    """``ref`` is a ``.bpsessie`` (or ``.json``/bundle) file, or the id of a session in the archive.

    Without ``archive`` the default archive (``BRUINPAPIER_ARCHIVE`` or the user
    data folder) is opened, but only when ``ref`` is not a file.
    """
    text = str(ref)
    if is_session_file(text):
        path = Path(text)
        if path.suffix.lower() == BUNDLE_SUFFIX:
            return read_bundle(path)[0]
        return load_session(path)
    owned = archive is None
    store = archive or Archive(default_archive_url())
    try:
        if not store.exists(text):
            raise NotFoundError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "'{ref}' is geen sessiebestand ({suffix}) en geen sessie-id in het archief {url}; zie "
                        "'bruinpapier session list'",
                    ),
                    ref=text,
                    suffix=SESSION_SUFFIX,
                    url=display_url(store.url),
                )
            )
        return store.get(text)
    finally:
        if owned:
            store.close()
