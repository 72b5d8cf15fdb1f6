"""Session bundles: one zip file with ``session.json`` and ``photos/<name>``.

Used to carry a session from one archive to another. Reading a bundle refuses
unsafe entry names (zip slip, absolute paths), oversized content and anything
that is not a Bruinpapier bundle, always with a message naming the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import stat
import zipfile
from pathlib import Path, PurePosixPath

from boards.errors import BoardFileError, problem
from boards.fileformat import (
    ZIP_ERRORS,
    BoardSnapshots,
    atomic_write_bytes,
    dumps_session,
    loads_session,
    open_user_file,
)
from boards.i18n import QT_TRANSLATE_NOOP
from boards.photos import MAX_PHOTO_BYTES
from boards.session import Session

BUNDLE_SUFFIX = ".bpbundel"
SESSION_ENTRY = "session.json"
SCHOOL_ENTRY = "school.json"  # the manifest of a school bundle (boards.archive.school)
PHOTO_DIR = "photos/"
MAX_BUNDLE_BYTES = 1024 * 1024 * 1024  # the zip file itself
MAX_ENTRIES = 1000
MAX_SESSION_JSON_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # all entries unpacked
MAX_RATIO = 200  # unpacked / packed size of one entry (zip bombs)


def bundle_bytes(session: Session, photos: dict[str, bytes]) -> bytes:
    listed = [photo.name for photo in session.photos]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(SESSION_ENTRY, dumps_session(session))
        for name in listed:
            # Photos are already compressed; storing them keeps the ratio check meaningful.
            archive.writestr(
                zipfile.ZipInfo(PHOTO_DIR + name, date_time=(2000, 1, 1, 0, 0, 0)),
                photos[name],
                compress_type=zipfile.ZIP_STORED,
            )
    return buffer.getvalue()


def write_bundle(session: Session, photos: dict[str, bytes], path: Path | str) -> None:
    missing = [photo.name for photo in session.photos if photo.name not in photos]
    if missing:
        raise BoardFileError(
            path,
            "",
            problem(
                QT_TRANSLATE_NOOP("errors", "foto '{name}' ontbreekt; de bundel is niet geschreven"), name=missing[0]
            ),
        )
    atomic_write_bytes(path, bundle_bytes(session, photos))


def _refuse(path: Path | str, text: str, **params: object) -> BoardFileError:
    return BoardFileError(path, "", problem(text, **params))


def _check_name(path: Path | str, name: str) -> None:
    pure = PurePosixPath(name)
    if (
        name.startswith(("/", "\\"))
        or "\\" in name
        or ":" in name
        or pure.is_absolute()
        or any(part in ("..", "") for part in name.rstrip("/").split("/"))
    ):
        raise _refuse(
            path,
            QT_TRANSLATE_NOOP(
                "errors", "onveilige bestandsnaam '{name}' in de bundel (absoluut pad of '..'); de bundel is geweigerd"
            ),
            name=name,
        )


def read_bundle(path: Path | str, snapshots: BoardSnapshots | None = None) -> tuple[Session, dict[str, bytes]]:
    """The session and its photos from a bundle file, all checked (``snapshots``: see ``load_session``)."""
    file = Path(path)
    stream = open_user_file(
        file,
        MAX_BUNDLE_BYTES,
        QT_TRANSLATE_NOOP("errors", "de bundel is te groot ({size} MB; hoogstens {limit} MB)"),
    )
    try:
        archive = zipfile.ZipFile(stream)
    except ZIP_ERRORS:
        stream.close()
        raise _refuse(
            file,
            QT_TRANSLATE_NOOP(
                "errors",
                "dit is geen sessiebundel (geen zip-bestand); kies een {suffix}-bestand dat met Bruinpapier is gemaakt",
            ),
            suffix=BUNDLE_SUFFIX,
        ) from None
    with stream, archive:
        if SCHOOL_ENTRY in archive.namelist():
            raise _refuse(
                file,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "dit is een schoolbundel (alle sessies van één school), geen sessiebundel; importeer hem met "
                    "'bruinpapier session import' of in de app met 'Bundel importeren'",
                ),
            )
        return _read_entries(file, archive, snapshots)


def read_bundle_bytes(
    data: bytes, label: str, snapshots: BoardSnapshots | None = None
) -> tuple[Session, dict[str, bytes]]:
    """A bundle held in memory (a session bundle inside a school bundle), checked as :func:`read_bundle` does;
    ``label`` names it in messages."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS:
        raise _refuse(
            label,
            QT_TRANSLATE_NOOP(
                "errors",
                "dit is geen sessiebundel (geen zip-bestand); kies een {suffix}-bestand dat met Bruinpapier is gemaakt",
            ),
            suffix=BUNDLE_SUFFIX,
        ) from None
    with archive:
        return _read_entries(Path(label), archive, snapshots)


def _check_entry(file: Path | str, info: zipfile.ZipInfo, seen: dict | set) -> None:
    """Refuse an entry that comes twice, or is a symbolic link or a device (zip stores Unix modes)."""
    if info.filename in seen:
        raise _refuse(
            file,
            QT_TRANSLATE_NOOP(
                "errors",
                "'{name}' staat twee keer in de bundel; welke geldt is onduidelijk, de bundel is geweigerd",
            ),
            name=info.filename,
        )
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode) or (mode and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR)):
        raise _refuse(
            file,
            QT_TRANSLATE_NOOP(
                "errors", "'{name}' in de bundel is een snelkoppeling (symlink) of apparaat; de bundel is geweigerd"
            ),
            name=info.filename,
        )


def _read_entries(
    file: Path, archive: zipfile.ZipFile, snapshots: BoardSnapshots | None = None
) -> tuple[Session, dict[str, bytes]]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refuse(
            file,
            QT_TRANSLATE_NOOP("errors", "de bundel bevat te veel bestanden ({count}; hoogstens {limit})"),
            count=len(infos),
            limit=MAX_ENTRIES,
        )
    total = 0
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        _check_name(file, info.filename)
        _check_entry(file, info, entries)
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            raise _refuse(file, QT_TRANSLATE_NOOP("errors", "de bundel is versleuteld; dat wordt niet ondersteund"))
        limit = MAX_SESSION_JSON_BYTES if info.filename == SESSION_ENTRY else MAX_PHOTO_BYTES
        if info.file_size > limit:
            raise _refuse(
                file,
                QT_TRANSLATE_NOOP("errors", "'{name}' in de bundel is te groot ({size} MB; hoogstens {limit} MB)"),
                name=info.filename,
                size=info.file_size // (1024 * 1024),
                limit=limit // (1024 * 1024),
            )
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1024 * 1024:
            raise _refuse(
                file,
                QT_TRANSLATE_NOOP(
                    "errors", "'{name}' in de bundel pakt verdacht ver uit (zip-bom); de bundel is geweigerd"
                ),
                name=info.filename,
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(
                file,
                QT_TRANSLATE_NOOP("errors", "de bundel pakt uit tot meer dan {limit} MB; de bundel is geweigerd"),
                limit=MAX_TOTAL_BYTES // (1024 * 1024),
            )
        if info.filename != SESSION_ENTRY and not (
            info.filename.startswith(PHOTO_DIR) and "/" not in info.filename[len(PHOTO_DIR) :]
        ):
            raise _refuse(
                file,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "onverwacht bestand '{name}' in de bundel; een sessiebundel bevat alleen session.json en photos/",
                ),
                name=info.filename,
            )
        entries[info.filename] = info
    if SESSION_ENTRY not in entries:
        raise _refuse(
            file,
            QT_TRANSLATE_NOOP(
                "errors",
                "dit is geen sessiebundel: session.json ontbreekt; kies een {suffix}-bestand dat met Bruinpapier is "
                "gemaakt",
            ),
            suffix=BUNDLE_SUFFIX,
        )
    text = _read_limited(file, archive, entries[SESSION_ENTRY], MAX_SESSION_JSON_BYTES)
    try:
        session = loads_session(text.decode("utf-8-sig"), f"{file}:{SESSION_ENTRY}", snapshots)
    except UnicodeDecodeError:
        raise _refuse(file, QT_TRANSLATE_NOOP("errors", "session.json in de bundel is geen UTF-8-tekst")) from None
    photos: dict[str, bytes] = {}
    for photo in session.photos:
        info = entries.get(PHOTO_DIR + photo.name)
        if info is None:
            raise _refuse(
                file,
                QT_TRANSLATE_NOOP("errors", "foto '{name}' staat in session.json maar ontbreekt in de bundel"),
                name=photo.name,
            )
        data = _read_limited(file, archive, info, MAX_PHOTO_BYTES)
        if not photo.sha256:
            raise _refuse(
                file,
                QT_TRANSLATE_NOOP(
                    "errors", "foto '{name}' heeft in session.json geen controlegetal (sha256); de bundel is geweigerd"
                ),
                name=photo.name,
            )
        if hashlib.sha256(data).hexdigest() != photo.sha256:
            raise _refuse(
                file,
                QT_TRANSLATE_NOOP("errors", "foto '{name}' in de bundel is beschadigd (controlegetal klopt niet)"),
                name=photo.name,
            )
        photos[photo.name] = data
    extra = sorted(name[len(PHOTO_DIR) :] for name in entries if name.startswith(PHOTO_DIR))
    unlisted = [name for name in extra if name not in photos]
    if unlisted:
        raise _refuse(
            file,
            QT_TRANSLATE_NOOP(
                "errors", "foto '{name}' zit in de bundel maar staat niet in session.json; de bundel is geweigerd"
            ),
            name=unlisted[0],
        )
    return session, photos


def _read_limited(file: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read an entry but never more than ``limit`` bytes, whatever its header claims."""
    try:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
    except ZIP_ERRORS as error:
        raise _refuse(
            file,
            QT_TRANSLATE_NOOP("errors", "'{name}' in de bundel is beschadigd ({detail})"),
            name=info.filename,
            detail=error,
        ) from None
    if len(data) > limit:
        raise _refuse(file, QT_TRANSLATE_NOOP("errors", "'{name}' in de bundel is te groot"), name=info.filename)
    return data


def peek_session_json(data: bytes) -> dict:
    """The parsed session.json of bundle bytes (for tests and diagnostics)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return json.loads(archive.read(SESSION_ENTRY))
