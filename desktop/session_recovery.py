"""A session being entered is copied to a recovery file every minute until it is saved.

Like the board's recovery (desktop/recovery.py): a normal session file
(``herstel.bpsessie``) plus a small JSON note saying where the session belongs
(the archive, or a trajectory file). Saving or discarding removes both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from boards.errors import BruinpapierError
from boards.fileformat import atomic_write_text, dumps_session, load_session
from boards.session import Session
from desktop.paths import recovery_dir

RECOVERY_FILE = "herstel.bpsessie"
RECOVERY_NOTE = "herstel-sessie.json"


@dataclass
class RecoveredSession:
    session: Session
    origin: str  # "archive" or "trajectory"
    trajectory_path: Path | None
    saved_at: str


def _files() -> tuple[Path, Path]:
    return recovery_dir() / RECOVERY_FILE, recovery_dir() / RECOVERY_NOTE


def write_session_recovery(session: Session, origin: str, trajectory_path: Path | None) -> bool:
    """Write the recovery copy; False when the session cannot be written as it is."""
    try:
        text = dumps_session(session)
    except BruinpapierError:
        return False
    file, note = _files()
    atomic_write_text(file, text)
    atomic_write_text(note, json.dumps({
        "origin": origin, "trajectory": str(trajectory_path) if trajectory_path else None,
        "saved_at": datetime.now().isoformat(timespec="seconds")}, ensure_ascii=False))
    return True


def has_session_recovery() -> bool:
    return _files()[0].exists()


def clear_session_recovery() -> None:
    for file in _files():
        try:
            file.unlink()
        except FileNotFoundError:
            pass


def read_session_recovery() -> RecoveredSession:
    """The recovered session; raises BruinpapierError when the copy is damaged."""
    file, note_file = _files()
    session = load_session(file)
    origin, trajectory, saved_at = "archive", None, ""
    try:
        note = json.loads(note_file.read_text(encoding="utf-8"))
        origin = note.get("origin") if note.get("origin") in ("archive", "trajectory") else "archive"
        trajectory = Path(note["trajectory"]) if note.get("trajectory") else None
        saved_at = str(note.get("saved_at", ""))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return RecoveredSession(session, origin, trajectory, saved_at)
