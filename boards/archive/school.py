"""Privacy requests of a school: hand it everything stored about it, or erase all of it.

What Bruinpapier stores about a school (see the user guide, "Privacy en gegevens"):

- in the archive: every session with the school's name (details, participants' initials, notes, dots,
  actions) and the photos stored with those sessions;
- recovery copies of unsaved sessions (``herstel/`` in the app's data folder), also copies set aside
  because they were damaged;
- trajectory files (``.bptraject``) the facilitator saved somewhere; Bruinpapier does not know where,
  so they are named on the command line (``--traject``).

A school is found by its name, ignoring case, accents and extra spaces ("OBS De Klimop" = "obs de
klimop"); a name that only partly matches is never taken, the message lists the names that do exist.

A **school bundle** (``.bpbundel``) is a zip holding ``school.json`` (what is in it), every session as a
normal session bundle ``sessies/<id>.bpbundel`` (session and photos, each importable on its own) and
the trajectory files under ``trajecten/``.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from boards.archive.bundle import SCHOOL_ENTRY, bundle_bytes
from boards.archive.store import Archive, SessionSummary, display_url
from boards.errors import BruinpapierError, InvalidArgumentError, NotFoundError, problem
from boards.fileformat import (
    SESSION_SUFFIX,
    ZIP_ERRORS,
    BoardSnapshots,
    atomic_write_bytes,
    load_session,
    open_user_file,
    read_user_file,
)
from boards.i18n import QT_TRANSLATE_NOOP
from boards.recovery import SET_ASIDE_MARK, recovery_files
from boards.session import Session
from boards.textkeys import normalise

SCHOOL_FORMAT = "bruinpapier.schoolbundle"
SESSIONS_DIR = "sessies/"
TRAJECTORIES_DIR = "trajecten/"


@dataclass
class SchoolData:
    """Everything found about one school."""

    school: str  # the name as stored (the first session's), else as asked
    sessions: list[SessionSummary] = field(default_factory=list)
    recovery_copies: list[Path] = field(default_factory=list)  # session copies (also set aside ones)
    recovery_notes: list[Path] = field(default_factory=list)  # the notes beside them
    trajectories: list[Path] = field(default_factory=list)

    @property
    def photo_count(self) -> int:
        return sum(summary.photo_count for summary in self.sessions)

    @property
    def empty(self) -> bool:
        return not (self.sessions or self.recovery_copies or self.trajectories)

    def to_dict(self) -> dict[str, object]:
        return {
            "school": self.school,
            "sessions": [summary.id for summary in self.sessions],
            "photos": self.photo_count,
            "recovery_copies": [str(path) for path in self.recovery_copies],
            "trajectories": [str(path) for path in self.trajectories],
        }


def _same_school(name: str, key: str) -> bool:
    return normalise(name) == key


def find_school(
    archive: Archive,
    school: str,
    recovery_folder: Path | None = None,
    trajectory_files: list[Path] | tuple[Path, ...] = (),
) -> SchoolData:
    """What is stored about ``school``: its archived sessions, recovery copies in ``recovery_folder`` and
    those of ``trajectory_files`` that belong to it (a file of another school is refused: a typo must not
    hand over or erase someone else's data). NotFoundError when nothing is found."""
    key = normalise(school)
    if not key:
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "geef de naam van de school op")))
    sessions = [summary for summary in archive.list(school=school) if _same_school(summary.school, key)]
    data = SchoolData(sessions[0].school if sessions else school.strip(), sessions)
    if recovery_folder is not None:
        data.recovery_copies, data.recovery_notes = _recovery_copies(recovery_folder, key, school)
    for file in trajectory_files:
        data.trajectories.append(_trajectory_of(Path(file), key, school))
    if data.empty:
        similar = sorted({summary.school for summary in archive.list(school=school)} | _close_names(archive, key))
        if similar:
            raise NotFoundError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "geen gegevens van school '{school}' in het archief {url}; bedoelt u: {names}? Geef de "
                        "naam precies zoals hij in het archief staat",
                    ),
                    school=school,
                    url=display_url(archive.url),
                    names="; ".join(similar[:8]),
                )
            )
        raise NotFoundError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "geen gegevens van school '{school}' gevonden (archief {url}, herstelkopieën)"
                ),
                school=school,
                url=display_url(archive.url),
            )
        )
    return data


def _close_names(archive: Archive, key: str) -> set[str]:
    """School names sharing a word with ``key`` (for "did you mean")."""
    words = {word for word in key.split() if len(word) > 2}
    return {name for name in archive.schools() if words & set(normalise(name).split())}


def _recovery_copies(folder: Path, key: str, school: str) -> tuple[list[Path], list[Path]]:
    """Session copies about the school and their notes; a damaged or set-aside copy counts when its
    text names the school."""
    found: list[Path] = []
    notes: list[Path] = []
    for file in recovery_files(folder):
        if file.name.endswith(SESSION_SUFFIX):
            try:
                belongs = _same_school(load_session(file).school, key)
            except Exception:  # noqa: BLE001 - a damaged copy: judged by its text below
                belongs = _text_names(file, school)
        elif SET_ASIDE_MARK in file.name and SESSION_SUFFIX in file.name:
            belongs = _text_names(file, school)
        else:
            continue
        if belongs:
            found.append(file)
            note = _note_of(file)
            if note.exists():
                notes.append(note)
    return found, notes


def _note_of(copy: Path) -> Path:
    """``x-sessie.bpsessie`` → ``x-sessie.json``; set aside: ``….bpsessie.beschadigd-T`` → ``….json.beschadigd-T``."""
    stem, _suffix, set_aside = copy.name.partition(SESSION_SUFFIX)
    return copy.with_name(f"{stem}.json{set_aside}")


def _text_names(file: Path, school: str) -> bool:
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return normalise(school) in normalise(text)


def _trajectory_of(file: Path, key: str, school: str) -> Path:
    from boards.trajectory import load_trajectory

    trajectory = load_trajectory(file)
    if not _same_school(trajectory.school, key):
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "{file} is een traject van '{other}', niet van '{school}'"),
                file=str(file),
                other=trajectory.school,
                school=school,
            )
        )
    return file


def school_bundle_bytes(archive: Archive, data: SchoolData) -> bytes:
    """The school bundle of ``data`` (see the module's description)."""
    manifest = {
        "format": SCHOOL_FORMAT,
        "schema_version": 1,
        "school": data.school,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sessions": [],
        "trajectories": [],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for summary in data.sessions:
            session = archive.get(summary.id)
            entry = f"{SESSIONS_DIR}{summary.id}.bpbundel"
            bundle.writestr(
                zipfile.ZipInfo(entry, date_time=(2000, 1, 1, 0, 0, 0)),
                bundle_bytes(session, archive.photos(summary.id)),
                compress_type=zipfile.ZIP_STORED,
            )
            manifest["sessions"].append(
                {"id": summary.id, "date": summary.date, "board": summary.board_title, "file": entry}
            )
        for index, file in enumerate(data.trajectories, start=1):
            entry = f"{TRAJECTORIES_DIR}{index:02d}-{Path(file).name}"
            bundle.writestr(entry, read_user_file(file))
            manifest["trajectories"].append({"file": entry, "from": str(file)})
        bundle.writestr(SCHOOL_ENTRY, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return buffer.getvalue()


def export_school(archive: Archive, data: SchoolData, path: Path | str) -> None:
    """Write the school bundle atomically; it follows the umask like every file exported to share."""
    atomic_write_bytes(path, school_bundle_bytes(archive, data))


@dataclass
class Erased:
    """What :func:`erase_school` removed."""

    sessions: int = 0
    photos: int = 0
    recovery_files: list[Path] = field(default_factory=list)  # copies (their notes went too)
    trajectories: list[Path] = field(default_factory=list)
    compacted: bool = False  # SQLite rewritten without free pages (VACUUM)

    def to_dict(self) -> dict[str, object]:
        return {
            "sessions": self.sessions,
            "photos": self.photos,
            "recovery_files": [str(path) for path in self.recovery_files],
            "trajectories": [str(path) for path in self.trajectories],
            "compacted": self.compacted,
        }


def erase_school(archive: Archive, data: SchoolData) -> Erased:
    """Erase everything in ``data``: the sessions and photos in one transaction (SQLite overwrites the
    deleted rows, ``secure_delete``, and is then compacted), then the recovery copies and trajectory
    files. A file that cannot be removed raises FileWriteError after the rest is gone."""
    from boards.errors import FileWriteError

    erased = Erased()
    erased.sessions, erased.photos = archive.delete_many([summary.id for summary in data.sessions])
    if erased.sessions:
        erased.compacted = archive.compact()
    problem_file: FileWriteError | None = None
    for file in [*data.recovery_copies, *data.recovery_notes, *data.trajectories]:
        try:
            file.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            problem_file = problem_file or FileWriteError(file, error)
            continue
        if file in data.trajectories:
            erased.trajectories.append(file)
        elif file in data.recovery_copies:
            erased.recovery_files.append(file)
    if problem_file is not None:
        raise problem_file
    return erased


MAX_SCHOOL_BUNDLE_BYTES = 4 * 1024 * 1024 * 1024
MAX_SCHOOL_ENTRIES = 10_000
MAX_MANIFEST_BYTES = 5 * 1024 * 1024


def is_school_bundle(path: Path | str) -> bool:
    """Whether ``path`` is a zip with a school bundle's ``school.json`` (False for anything unreadable)."""
    try:
        with open_user_file(path, MAX_SCHOOL_BUNDLE_BYTES) as stream, zipfile.ZipFile(stream) as bundle:
            return SCHOOL_ENTRY in bundle.namelist()
    except (BruinpapierError, *ZIP_ERRORS):
        return False


def read_school_bundle(
    path: Path | str, snapshots: BoardSnapshots | None = None
) -> tuple[dict, list[tuple[Session, dict[str, bytes]]]]:
    """The manifest and every session (with its photos) of a school bundle, each checked as a session bundle
    is; anything unexpected refuses the whole bundle. ``snapshots``: see ``load_session``."""
    from boards.archive.bundle import (
        MAX_BUNDLE_BYTES,
        MAX_TOTAL_BYTES,
        _check_entry,
        _check_name,
        _read_limited,
        _refuse,
        read_bundle_bytes,
    )

    file = Path(path)
    with open_user_file(file, MAX_SCHOOL_BUNDLE_BYTES) as stream:
        try:
            bundle = zipfile.ZipFile(stream)
        except ZIP_ERRORS:
            raise _refuse(file, QT_TRANSLATE_NOOP("errors", "dit is geen schoolbundel (geen zip-bestand)")) from None
        with bundle:
            infos = bundle.infolist()
            if len(infos) > MAX_SCHOOL_ENTRIES:
                raise _refuse(
                    file,
                    QT_TRANSLATE_NOOP("errors", "de bundel bevat te veel bestanden ({count}; hoogstens {limit})"),
                    count=len(infos),
                    limit=MAX_SCHOOL_ENTRIES,
                )
            seen: dict[str, zipfile.ZipInfo] = {}
            for info in infos:
                _check_name(file, info.filename)
                _check_entry(file, info, seen)
                seen[info.filename] = info
            if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES * 4:
                raise _refuse(
                    file,
                    QT_TRANSLATE_NOOP("errors", "de bundel pakt uit tot meer dan {limit} MB; de bundel is geweigerd"),
                    limit=MAX_TOTAL_BYTES * 4 // (1024 * 1024),
                )
            manifest_text = _read_limited(file, bundle, seen[SCHOOL_ENTRY], MAX_MANIFEST_BYTES)
            from boards.fileformat import parse_json

            manifest = parse_json(manifest_text.decode("utf-8", errors="replace"), f"{file}:{SCHOOL_ENTRY}")
            if not isinstance(manifest, dict) or manifest.get("format") != SCHOOL_FORMAT:
                raise _refuse(
                    file, QT_TRANSLATE_NOOP("errors", "school.json in de bundel is geen overzicht van een schoolbundel")
                )
            sessions = []
            for name, info in seen.items():
                if info.is_dir() or name == SCHOOL_ENTRY or name.startswith(TRAJECTORIES_DIR):
                    continue
                if not (name.startswith(SESSIONS_DIR) and name.endswith(".bpbundel") and name.count("/") == 1):
                    raise _refuse(
                        file,
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "onverwacht bestand '{name}' in de schoolbundel; die bevat alleen school.json, sessies/ "
                            "en trajecten/",
                        ),
                        name=name,
                    )
                data = _read_limited(file, bundle, info, MAX_BUNDLE_BYTES)
                sessions.append(read_bundle_bytes(data, f"{file}:{name}", snapshots))
    return manifest, sessions


def import_school_bundle(archive: Archive, path: Path | str, keep_id: bool = False) -> list[str]:
    """Store every session of a school bundle, with its photos, in one transaction; returns their ids. The
    sessions get new ids unless ``keep_id`` (then one already in the archive refuses them all)."""
    from boards.session import new_id

    _manifest, sessions = read_school_bundle(path, BoardSnapshots())  # stored and let go: boards may be shared
    if not keep_id:
        for session, _photos in sessions:
            session.id = new_id()
    return archive.save_many_with_photos(sessions)
