"""Finding a session by what a user types: a file path or an archive id."""

from __future__ import annotations

from pathlib import Path

from boards.archive.bundle import BUNDLE_SUFFIX, read_bundle
from boards.archive.store import Archive, default_archive_url, display_url
from boards.errors import NotFoundError, problem
from boards.fileformat import SESSION_SUFFIX, load_session
from boards.i18n import QT_TRANSLATE_NOOP
from boards.session import Session


def resolve_session(ref: str | Path, archive: Archive | None = None) -> Session:
    """``ref`` is a ``.bpsessie`` (or ``.json``/bundle) file, or the id of a session in the archive.

    Without ``archive`` the default archive (``BRUINPAPIER_ARCHIVE`` or the user
    data folder) is opened, but only when ``ref`` is not a file.
    """
    text = str(ref)
    path = Path(text)
    suffix = path.suffix.lower()
    if suffix in (SESSION_SUFFIX, ".json") or path.is_file():
        if suffix == BUNDLE_SUFFIX:
            return read_bundle(path)[0]
        return load_session(path)
    if suffix == BUNDLE_SUFFIX:
        return read_bundle(path)[0]
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
