"""A session being entered is copied to a recovery file every minute until it is saved.

The same mechanism as the board's recovery (``desktop.recovery.RecoveryCopy``): a
normal session file (``herstel.bpsessie``) plus a note saying where the session
belongs (the archive, or a trajectory file). Saving or discarding removes both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from boards.fileformat import dumps_session, load_session
from boards.recovery import RecoveryCopy
from boards.session import Session
from desktop.paths import recovery_dir

SESSION_COPY = RecoveryCopy(recovery_dir, "herstel.bpsessie", "herstel-sessie.json", dumps_session, load_session)


@dataclass
class RecoveredSession:
    session: Session
    origin: str  # "archive" or "trajectory"
    trajectory_path: Path | None
    saved_at: str


def write_session_recovery(session: Session, origin: str, trajectory_path: Path | None) -> bool:
    """Write the recovery copy; False when the session cannot be written as it is."""
    return SESSION_COPY.write(
        session, {"origin": origin, "trajectory": str(trajectory_path) if trajectory_path else None}
    )


def has_session_recovery() -> bool:
    return SESSION_COPY.exists()


def clear_session_recovery() -> None:
    SESSION_COPY.clear()


def read_session_recovery() -> RecoveredSession:
    """The recovered session; raises BruinpapierError when the copy is damaged."""
    session, note = SESSION_COPY.read()
    origin = note.get("origin") if note.get("origin") in ("archive", "trajectory") else "archive"
    trajectory = note.get("trajectory")
    return RecoveredSession(
        session,
        origin,
        Path(trajectory) if isinstance(trajectory, str) and trajectory else None,
        str(note.get("saved_at", "")),
    )
