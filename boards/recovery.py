"""Recovery copies of unsaved work: written seconds after a change, offered back after a crash.

Every window has its own copies, so two windows (or two running apps) never share one: a
:class:`RecoveryOwner` is one window's claim, an id plus an operating-system lock on ``<id>.lock`` in the
recovery folder that it holds while it lives. Its copies are named after it: ``<id>-bord.bpbord`` with the
note ``<id>-bord.json``, ``<id>-sessie.bpsessie`` with ``<id>-sessie.json``. A copy whose owner's lock is
free belongs to a window that is gone without cleaning up (a crash, ``kill -9``, a power cut): that is the
copy offered back, by :meth:`RecoveryOwner.claim_crashed`, which takes the lock itself while the user
decides, so no other window offers it too. A live window's copy is never offered, never removed.

A copy is the document itself (a normal board or session file) plus a small JSON note saying where it
belongs and when it was written; both are written atomically and privately (0600, folder 0700). A copy
that cannot be read is set aside under a new name (``….beschadigd-JJJJMMDD-UUMMSS``), never deleted, so
it can still be inspected. The lock is released by the operating system when a process ends in any way,
so a crash never leaves a copy looking alive.

The folder is given by the caller (the desktop keeps its copies in the user's data folder), so the core
stays free of any app's paths.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from boards.errors import BruinpapierError
from boards.fileformat import atomic_write_text, make_private_folder

LOCK_SUFFIX = ".lock"
SET_ASIDE_MARK = ".beschadigd-"
#: Copies written by versions that kept one shared copy per kind: adopted as a crashed owner's.
LEGACY_FILES = {
    "bord": ("herstel.bpbord", "herstel.json"),
    "sessie": ("herstel.bpsessie", "herstel-sessie.json"),
}
LEGACY_OWNER = "eerder"


class _Lock:
    """An exclusive, non-blocking lock on a file, released by the OS when the process ends.

    POSIX: ``flock`` (per open file, so two windows of one process exclude each other too);
    Windows: ``msvcrt.locking`` on the file's first byte.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: int | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock; False when another window (of this or another process) holds it."""
        if self._handle is not None:
            return True
        try:
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(handle)
            return False
        self._handle = handle
        return True

    def release(self, remove: bool = False) -> None:
        if self._handle is None:
            return
        if remove:  # removed while still held, so nobody takes a lock on a file about to vanish
            with contextlib.suppress(OSError):
                self.path.unlink()
        with contextlib.suppress(OSError):
            os.close(self._handle)  # closing releases flock and msvcrt locks alike
        self._handle = None


class RecoveryCopy:
    """One document's recovery copy: ``file_name`` and ``note_name`` in the folder ``folder()`` returns."""

    def __init__(
        self,
        folder: Callable[[], Path],
        file_name: str,
        note_name: str,
        dumps: Callable[[Any], str],
        load: Callable[[Path], Any],
        before_write: Callable[[], None] | None = None,
    ) -> None:
        self._folder = folder
        self.file_name, self.note_name = file_name, note_name
        self._dumps, self._load = dumps, load
        self._before_write = before_write

    @property
    def file(self) -> Path:
        return self._folder() / self.file_name

    @property
    def note_file(self) -> Path:
        return self._folder() / self.note_name

    def write(self, document: Any, note: dict[str, Any]) -> bool:
        """False when the document cannot be written as it is (it stays in memory). Raises
        FileWriteError when the disk is full or the folder cannot be written."""
        try:
            text = self._dumps(document)
        except BruinpapierError:
            return False
        if self._before_write is not None:
            self._before_write()
        atomic_write_text(self.file, text, private=True)
        note = {**note, "saved_at": datetime.now().isoformat(timespec="seconds")}
        atomic_write_text(self.note_file, json.dumps(note, ensure_ascii=False), private=True)
        return True

    def exists(self) -> bool:
        return self.file.exists()

    def clear(self) -> None:
        for file in (self.file, self.note_file):
            with contextlib.suppress(FileNotFoundError):
                file.unlink()

    def read(self) -> tuple[Any, dict[str, Any]]:
        """The document and its note; raises BruinpapierError when the document is damaged (a damaged
        note only loses the note)."""
        document = self._load(self.file)
        try:
            note = json.loads(self.note_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            note = {}
        return document, note if isinstance(note, dict) else {}

    def set_aside(self) -> Path:
        """Rename a damaged copy (and its note) so it is kept for inspection but never offered again;
        returns the copy's new path."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.file.with_name(f"{self.file_name}{SET_ASIDE_MARK}{stamp}")
        for file in (self.file, self.note_file):
            with contextlib.suppress(FileNotFoundError):
                file.rename(file.with_name(f"{file.name}{SET_ASIDE_MARK}{stamp}"))
        return target


@dataclass
class CrashedCopy:
    """A copy left by a window that is gone, claimed (its lock held) while the user decides."""

    owner_id: str
    copy: RecoveryCopy
    _lock: _Lock

    def read(self) -> tuple[Any, dict[str, Any]]:
        return self.copy.read()

    def discard(self) -> None:
        """Restored elsewhere or declined: remove the copy and its owner's lock file."""
        self.copy.clear()
        self._lock.release(remove=True)

    def set_aside(self) -> Path:
        """Damaged: keep it under a new name (see :meth:`RecoveryCopy.set_aside`)."""
        target = self.copy.set_aside()
        self._lock.release(remove=True)
        return target

    def release(self) -> None:
        """Leave the copy for later (offered again at the next start)."""
        self._lock.release()


class RecoveryOwner:
    """One window's recovery copies and the lock that marks them as in use.

    ``folder`` returns the recovery folder (asked each time, so a test or a setting can move it).
    The lock is taken on first use; :meth:`close` (a clean close of the window) releases it.
    """

    def __init__(self, folder: Callable[[], Path], owner_id: str | None = None) -> None:
        self._folder = folder
        self.id = owner_id or uuid.uuid4().hex[:12]
        self._lock: _Lock | None = None

    def folder(self) -> Path:
        return make_private_folder(self._folder())

    def _ensure_lock(self) -> None:
        if self._lock is None or not self._lock.held:
            self._lock = _Lock(self.folder() / f"{self.id}{LOCK_SUFFIX}")
            if not self._lock.acquire():  # pragma: no cover - an id of 48 random bits taken by another window
                self.id = uuid.uuid4().hex[:12]
                self._lock = _Lock(self.folder() / f"{self.id}{LOCK_SUFFIX}")
                self._lock.acquire()

    def copy(self, kind: str, suffix: str, dumps: Callable[[Any], str], load: Callable[[Path], Any]) -> RecoveryCopy:
        """This window's copy of one kind of document (``bord``, ``sessie``)."""
        return RecoveryCopy(
            self.folder, f"{self.id}-{kind}{suffix}", f"{self.id}-{kind}.json", dumps, load, self._ensure_lock
        )

    def claim_crashed(
        self, kind: str, suffix: str, dumps: Callable[[Any], str], load: Callable[[Path], Any]
    ) -> CrashedCopy | None:
        """A copy of ``kind`` whose window is gone, with its lock now held by us; None when there is none.
        Copies of live windows (their lock held) are skipped."""
        folder = self.folder()
        self._adopt_legacy(folder, kind, suffix)
        for owner_id in self._owners_with(folder, kind, suffix):
            if owner_id == self.id:
                continue
            lock = _Lock(folder / f"{owner_id}{LOCK_SUFFIX}")
            if not lock.acquire():
                continue  # a live window's copy
            crashed = RecoveryCopy(lambda: folder, f"{owner_id}-{kind}{suffix}", f"{owner_id}-{kind}.json", dumps, load)
            if crashed.exists():
                return CrashedCopy(owner_id, crashed, lock)
            lock.release()
        return None

    @staticmethod
    def _owners_with(folder: Path, kind: str, suffix: str) -> Iterator[str]:
        ending = f"-{kind}{suffix}"

        def newest_first(path: Path) -> float:
            try:
                return -path.stat().st_mtime
            except OSError:
                return 0.0

        for file in sorted(folder.glob(f"*{ending}"), key=newest_first):
            yield file.name[: -len(ending)]

    @staticmethod
    def _adopt_legacy(folder: Path, kind: str, suffix: str) -> None:
        """Give a copy of an older Bruinpapier (one shared file per kind) an owner, so it is offered too."""
        names = LEGACY_FILES.get(kind)
        if names is None or not (folder / names[0]).exists():
            return
        with contextlib.suppress(OSError):
            (folder / names[0]).rename(folder / f"{LEGACY_OWNER}-{kind}{suffix}")
            (folder / names[1]).rename(folder / f"{LEGACY_OWNER}-{kind}.json")

    def close(self) -> None:
        """The window closed cleanly (its copies cleared): release the lock and remove its file."""
        if self._lock is not None:
            self._lock.release(remove=True)
            self._lock = None


def recovery_files(folder: Path) -> list[Path]:
    """Every file in the recovery folder except locks: copies, notes and copies set aside."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.is_file() and path.suffix != LOCK_SUFFIX)
