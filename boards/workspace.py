"""The session being entered and where it is kept: open it, save it, recover it. No Qt.

Besides the board, one session can be open for entering results. It belongs in
the archive, or in a trajectory file; a trajectory's sessions are archived too,
under the same id, so saving again updates the archived copy. Photos read back
from the board wait in the workspace and are stored with the session when it is
saved. While results are unsaved a recovery copy is written (autosave); after a
crash the copy is offered back, in the trajectory it belonged to.

The desktop keeps one :class:`Workspace` for the whole app (a window rebuilt for a
language switch finds the session still open); the command line starts sessions
with :func:`new_session` and puts them back into a trajectory with
:func:`record_in_trajectory`, as the desktop does.
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from boards.errors import BruinpapierError, InvalidArgumentError, problem
from boards.fileformat import SESSION_SUFFIX, dumps_session, load_session
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Board
from boards.photos import read_photo
from boards.recovery import CrashedCopy, RecoveryOwner
from boards.session import Session, check_session_date

if TYPE_CHECKING:
    from boards.archive import Archive
    from boards.trajectory import Trajectory

ARCHIVE, TRAJECTORY = "archive", "trajectory"  # where a session belongs (the recovery note's "origin")
SESSION_RECOVERY_KIND = "sessie"


def new_session(
    board: Board, *, date: str | None = None, method: str | None = None, step: str | None = None, **details: Any
) -> Session:
    """A new session with ``board``: a snapshot of the board (later edits of the board do not change
    it), the board's method and step unless given, today's date unless given. ``details`` are further
    fields of the session (school, team, topic, …). A method or step given that does not exist, or a
    date that does not, raises a BruinpapierError (NotFoundError, InvalidArgumentError)."""
    if method is not None or step is not None:
        method, step = _method_and_step(board, method, step)
    return Session(
        board=copy.deepcopy(board),
        method=method or board.method,
        step=step or board.step,
        date=check_session_date(date) or datetime.date.today().isoformat(),
        **details,
    )


def _method_and_step(board: Board, method_id: str | None, step_id: str | None) -> tuple[str | None, str | None]:
    """The method and step asked for, checked against the methods Bruinpapier knows (a step by id or nr)."""
    from boards.methods import get_method

    method_id = method_id or board.method
    if method_id is None:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "stap '{step}' hoort bij een methode; geef ook de methode op (--method)"),
                step=step_id,
            )
        )
    method = get_method(method_id)
    if step_id is None:
        step_id = board.step if board.method == method.id else None
    return method.id, method.step(step_id).id if step_id else None


def record_in_trajectory(session: Session, path: Path | str, trajectory: Trajectory | None = None) -> Trajectory:
    """Put ``session`` back into the trajectory file at ``path`` (the same id replaces it) and write the
    file atomically; returns the trajectory. ``trajectory`` is the caller's copy of that file (it gets the
    session too), else the file is read. Raises BruinpapierError when the session is not one of the
    trajectory's or the file cannot be read, OSError when it cannot be written."""
    from boards.trajectory import load_trajectory, record_session, save_trajectory

    trajectory = trajectory if trajectory is not None else load_trajectory(path)
    record_session(trajectory, session)
    save_trajectory(trajectory, path)
    return trajectory


@dataclass
class RecoveredSession:
    """A session read back from its recovery copy."""

    session: Session
    trajectory_file: Path | None  # the trajectory file it belonged to; None: the archive
    saved_at: str  # when the copy was written (ISO, local time)


@dataclass
class SaveOutcome:
    """What :meth:`Workspace.save` stored."""

    photos: list[str] = field(default_factory=list)  # names of the photos stored with the session
    trajectory_problem: BruinpapierError | OSError | None = None  # the trajectory file was not written

    @property
    def complete(self) -> bool:
        """Stored everywhere it belongs (the archive always, when save returned)."""
        return self.trajectory_problem is None


class Workspace:
    """What is open besides the board: one session, the trajectory it belongs to, its photos read back.

    ``recovery_folder`` returns the folder of the recovery copy (asked each time it is written or read);
    ``owner`` is the window's claim on its recovery copies (a new one when not given), shared with the
    window's board copy so one lock marks both as in use.
    """

    def __init__(self, recovery_folder: Callable[[], Path], owner: RecoveryOwner | None = None) -> None:
        self.session: Session | None = None
        self.trajectory: Trajectory | None = None  # the trajectory the session belongs to, as opened
        self.trajectory_file: Path | None = None  # its file; None: the session belongs in the archive
        self.shown_trajectory_file: Path | None = None  # the trajectory the user has open (shown again after a rebuild)
        self.analysed: list[Session] = []  # the sessions being analysed (shown again after a rebuild)
        self.pending_photos: dict[str, bytes] = {}  # read back for the session; stored with it on saving
        self.recovery_owner = owner or RecoveryOwner(recovery_folder)
        self.recovery = self.recovery_owner.copy(SESSION_RECOVERY_KIND, SESSION_SUFFIX, dumps_session, load_session)
        self._archive: Archive | None = None
        self._archive_url: str | None = None

    @property
    def origin(self) -> str:
        """``TRAJECTORY`` when the open session belongs to a trajectory file, else ``ARCHIVE``."""
        return TRAJECTORY if self.trajectory_file is not None else ARCHIVE

    def archive(self, setting: str | None = None) -> Archive:
        """The archive at ``default_archive_url(setting)``: opened on first use, again when the address changes."""
        from boards.archive import Archive, default_archive_url  # SQLAlchemy: imported when first needed

        url = default_archive_url(setting)
        if self._archive is None or url != self._archive_url:
            self._archive = Archive(url)
            self._archive_url = url
        return self._archive

    def open(
        self, session: Session, trajectory: Trajectory | None = None, trajectory_file: Path | str | None = None
    ) -> None:
        """Make ``session`` the open one; ``trajectory`` and its file when it belongs to a trajectory.
        Photos read back for another session are dropped."""
        if session is not self.session:
            self.pending_photos.clear()
        self.session = session
        self.trajectory = trajectory if trajectory_file is not None else None
        self.trajectory_file = Path(trajectory_file) if trajectory_file is not None else None
        if self.trajectory_file is not None:
            self.shown_trajectory_file = self.trajectory_file

    def keep_photo(self, path: Path | str) -> str:
        """Keep a photo read back for the open session, to store with it on saving; returns its name.
        Raises BoardFileError naming the file when it cannot be read."""
        name, data = read_photo(path)
        self.pending_photos[name] = data
        return name

    def save(self, archive: Archive, trajectory: Trajectory | None = None, photo_caption: str = "") -> SaveOutcome:
        """Store the open session where it belongs, with the photos read back for it.

        A trajectory's session is put back into its trajectory file first (``trajectory``: the caller's
        up-to-date copy of that file, else it is read again); every session is archived (saving again
        updates it). When the trajectory file cannot be written the archive copy is made all the same and
        the outcome names the problem. The recovery copy is removed once everything is stored. Raises
        BruinpapierError when the archive refuses the session or a photo (what was stored stays stored).
        """
        session = self.session
        if session is None:
            raise RuntimeError("no session is open")
        outcome = SaveOutcome()
        if self.trajectory_file is not None:
            try:
                self.trajectory = record_in_trajectory(session, self.trajectory_file, trajectory)
            except (BruinpapierError, OSError) as error:
                outcome.trajectory_problem = error
        archive.save(session)
        for name, data in list(self.pending_photos.items()):
            archive.add_photo(session.id, name, data, photo_caption)
            del self.pending_photos[name]
            outcome.photos.append(name)
        if outcome.complete:
            self.clear_recovery()
        return outcome

    # --- the recovery copy ------------------------------------------------------------------

    def write_recovery(self) -> bool:
        """Write the open session's recovery copy; False when there is none or it cannot be written as it is."""
        if self.session is None:
            return False
        trajectory = str(self.trajectory_file) if self.trajectory_file is not None else None
        return self.recovery.write(self.session, {"origin": self.origin, "trajectory": trajectory})

    def has_recovery(self) -> bool:
        return self.recovery.exists()

    def clear_recovery(self) -> None:
        self.recovery.clear()

    def claim_crashed(self) -> CrashedCopy | None:
        """A session copy left by a window that is gone (a crash), held for us while the user decides;
        None when there is none. Copies of windows still open are never offered."""
        return self.recovery_owner.claim_crashed(SESSION_RECOVERY_KIND, SESSION_SUFFIX, dumps_session, load_session)

    def read_recovery(self, crashed: CrashedCopy | None = None) -> RecoveredSession:
        """The session of a crashed window's copy (or, without ``crashed``, of this workspace's own copy);
        raises BruinpapierError when the copy is damaged."""
        session, note = crashed.read() if crashed is not None else self.recovery.read()
        trajectory = note.get("trajectory")
        in_trajectory = note.get("origin") == TRAJECTORY and isinstance(trajectory, str) and trajectory
        return RecoveredSession(session, Path(trajectory) if in_trajectory else None, str(note.get("saved_at", "")))
