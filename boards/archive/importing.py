"""Putting many session files and bundles (session and school bundles) into the archive at once.

The command line (``session import A B map/``) and the app's "Importeren …" both call
:func:`import_files`: every file is read and checked as it goes and everything is stored
in one transaction with bulk inserts (``Archive.add_many``), so a folder of a thousand
sessions goes in within seconds — and a bad file stores nothing, unless it is skipped on
request (then the outcome names it and why).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from boards.archive.bundle import BUNDLE_SUFFIX, read_bundle
from boards.archive.store import Archive
from boards.errors import BruinpapierError, NotFoundError, problem
from boards.fileformat import SESSION_SUFFIX, BoardSnapshots, load_session
from boards.i18n import QT_TRANSLATE_NOOP
from boards.session import Session, new_id

#: What a folder is searched for (and its sub-folders).
IMPORT_SUFFIXES = (SESSION_SUFFIX, BUNDLE_SUFFIX, ".json")


@dataclass
class ImportOutcome:
    ids: list[str] = field(default_factory=list)  # the stored sessions' ids, in file order
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (file, why) with skip_bad

    def to_dict(self) -> dict[str, object]:
        return {"ids": self.ids, "skipped": [{"file": str(path), "reason": why} for path, why in self.skipped]}


def session_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files to import: files as given, folders searched (sorted) for sessions and bundles."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found += sorted(
                (file for file in path.rglob("*") if file.is_file() and file.suffix.lower() in IMPORT_SUFFIXES),
                key=lambda file: str(file.relative_to(path)),
            )
        elif path.exists() or path.suffix.lower() in IMPORT_SUFFIXES:
            found.append(path)  # a missing session file is said by its loader, with the name
        else:
            raise NotFoundError(
                problem(QT_TRANSLATE_NOOP("errors", "'{path}' bestaat niet (geen bestand en geen map)"), path=str(path))
            )
    if not found:
        raise NotFoundError(
            problem(
                QT_TRANSLATE_NOOP("errors", "geen sessiebestanden ({suffixes}) gevonden in {paths}"),
                suffixes=", ".join(IMPORT_SUFFIXES),
                paths=", ".join(str(path) for path in paths),
            )
        )
    return found


def read_session_file(
    path: Path, keep_id: bool, snapshots: BoardSnapshots | None = None
) -> list[tuple[Session, dict[str, bytes]]]:
    """The sessions of a file with their photo bytes: one of a session bundle, every one of a school
    bundle, or one without photos from a session file (it carries none). ``snapshots``: the boards
    checked in the files before (their sessions then share the Board: see BoardSnapshots)."""
    from boards.archive.school import is_school_bundle, read_school_bundle

    if path.suffix.lower() == BUNDLE_SUFFIX:
        items = read_school_bundle(path, snapshots)[1] if is_school_bundle(path) else [read_bundle(path, snapshots)]
    else:
        session = load_session(path, snapshots)
        session.photos = []
        items = [(session, {})]
    if not keep_id:
        for session, _photos in items:
            session.id = new_id()
    return items


def import_files(
    archive: Archive,
    paths: Iterable[Path | str],
    keep_id: bool = False,
    skip_bad: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportOutcome:
    """Store the sessions of ``paths`` (files and folders) in one transaction; new ids unless
    ``keep_id`` (an id already in the archive then refuses the whole import). A file that cannot be
    read stops the import with its message and stores nothing — or, with ``skip_bad``, is left out
    and named in the outcome. ``progress(files read, files)`` as it goes."""
    files = session_files(paths)
    outcome = ImportOutcome()
    # The files of one school board's sessions carry the same board: each distinct one is checked once.
    snapshots = BoardSnapshots()

    def items() -> Iterator[tuple[Session, dict[str, bytes]]]:
        outcome.skipped.clear()  # read again from the start when a lost connection is retried
        for index, path in enumerate(files, start=1):
            try:
                found = read_session_file(path, keep_id, snapshots)
            except BruinpapierError as error:
                if not skip_bad:
                    raise
                outcome.skipped.append((path, str(error)))
                continue
            finally:
                if progress is not None:
                    progress(index, len(files))
            yield from found

    # Read from validated files, changed in nothing but the id: not validated a second time.
    outcome.ids = archive.add_many(items, check=False)
    return outcome
