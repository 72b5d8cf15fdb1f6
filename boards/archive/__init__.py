"""The session archive (SQLAlchemy; SQLite or PostgreSQL) and session bundles. No Qt."""

from boards.archive.bundle import BUNDLE_SUFFIX, bundle_bytes, read_bundle, write_bundle
from boards.archive.resolve import is_session_file, resolve_session
from boards.archive.store import (
    ARCHIVE_ENV,
    Archive,
    ArchiveError,
    SessionSummary,
    default_archive_url,
    display_url,
)


def export_bundle(archive: Archive, session_id: str, path) -> None:
    """Write the archived session ``session_id`` with its photos to a bundle file."""
    write_bundle(archive.get(session_id), archive.photos(session_id), path)


def import_bundle(archive: Archive, path, keep_id: bool = False) -> str:
    """Store the session of a bundle file in ``archive``; returns its id.

    The session gets a new id unless ``keep_id`` (then an existing session with
    that id is refused rather than overwritten).
    """
    from boards.session import new_id

    session, photos = read_bundle(path)
    if not keep_id:
        session.id = new_id()
    return archive.save_with_photos(session, photos)


def import_bundles(archive: Archive, path, keep_id: bool = False) -> list[str]:
    """Store the session of a session bundle, or every session of a school bundle (one transaction);
    returns the ids."""
    from boards.archive.school import import_school_bundle, is_school_bundle

    if is_school_bundle(path):
        return import_school_bundle(archive, path, keep_id)
    return [import_bundle(archive, path, keep_id)]


__all__ = [
    "ARCHIVE_ENV",
    "BUNDLE_SUFFIX",
    "Archive",
    "ArchiveError",
    "SessionSummary",
    "bundle_bytes",
    "default_archive_url",
    "display_url",
    "export_bundle",
    "import_bundle",
    "import_bundles",
    "is_session_file",
    "read_bundle",
    "resolve_session",
    "write_bundle",
]
