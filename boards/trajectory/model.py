"""A trajectory: one school's run through a method, as an ordered series of sessions."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from boards.errors import InvalidArgumentError, NotFoundError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.methods import Method, MethodStep, get_method
from boards.session import Session, check_session_date, new_id
from boards.templates import load_template


class StepStatus(str, Enum):
    PLANNED = "gepland"
    BUSY = "bezig"
    DONE = "afgerond"


STATUS_LABELS = {
    StepStatus.PLANNED: QT_TRANSLATE_NOOP("trajectory", "gepland"),
    StepStatus.BUSY: QT_TRANSLATE_NOOP("trajectory", "bezig"),
    StepStatus.DONE: QT_TRANSLATE_NOOP("trajectory", "afgerond"),
}


@dataclass
class TrajectoryStep:
    """One step of the method in this trajectory: when it is planned and the sessions held."""

    step_id: str
    planned_date: str = ""  # ISO date or empty
    sessions: list[Session] = field(default_factory=list)
    done: bool = False  # the facilitator closed the step

    def sessions_of(self, board_id: str) -> list[Session]:
        return [session for session in self.sessions if session.board.id == board_id]


@dataclass
class Trajectory:
    method_id: str
    school: str
    steps: list[TrajectoryStep]
    team: str = ""
    facilitator: str = ""
    title: str = ""
    id: str = field(default_factory=new_id)

    @property
    def method(self) -> Method:
        return get_method(self.method_id)

    def step(self, step_id: str) -> TrajectoryStep:
        for step in self.steps:
            if step.step_id == step_id:
                return step
        raise NotFoundError(
            problem(
                QT_TRANSLATE_NOOP("errors", "dit traject heeft geen stap '{step}'; stappen: {steps}"),
                step=step_id,
                steps=", ".join(step.step_id for step in self.steps),
            )
        )

    def method_step(self, step_id: str) -> MethodStep:
        return self.method.step(step_id)

    def status(self, step_id: str) -> StepStatus:
        step = self.step(step_id)
        if step.done:
            return StepStatus.DONE
        return StepStatus.BUSY if step.sessions else StepStatus.PLANNED

    def all_sessions(self) -> list[Session]:
        return [session for step in self.steps for session in step.sessions]

    def sessions_of(self, board_id: str) -> list[Session]:
        return [session for session in self.all_sessions() if session.board.id == board_id]

    def session(self, session_id: str) -> Session:
        for session in self.all_sessions():
            if session.id == session_id:
                return session
        raise NotFoundError(problem(QT_TRANSLATE_NOOP("errors", "dit traject heeft geen sessie '{id}'"), id=session_id))

    def step_of_session(self, session_id: str) -> TrajectoryStep:
        for step in self.steps:
            if any(session.id == session_id for session in step.sessions):
                return step
        raise NotFoundError(problem(QT_TRANSLATE_NOOP("errors", "dit traject heeft geen sessie '{id}'"), id=session_id))

    def next_board(self) -> tuple[MethodStep, str] | None:
        """The first board of an open step that has no session yet; None when all is done.

        Boards where nothing goes (a printed legend such as the VSM-symbolen) are skipped.
        """
        for method_step, board_id in self.method.boards_in_order():
            step = self.step(method_step.id)
            if step.done or step.sessions_of(board_id) or not _holds_results(board_id):
                continue
            return method_step, board_id
        return None

    def current_step(self) -> MethodStep | None:
        """The first step that is not closed."""
        for step in self.steps:
            if not step.done:
                return self.method_step(step.step_id)
        return None


def _holds_results(board_id: str) -> bool:
    board = load_template(board_id)
    return any(zone.holds.notes or zone.holds.dots or zone.holds.rows for zone in board.zones)


def new_trajectory(
    method_id: str, school: str, *, team: str = "", facilitator: str = "", planned_dates: list[str] | None = None
) -> Trajectory:
    """A trajectory for every step of the method, optionally with a planned date per step."""
    if not school.strip():
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "geef de school op (--school)")))
    method = get_method(method_id)
    dates = list(planned_dates or [])
    if len(dates) > len(method.steps):
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors", "{given} datums opgegeven, maar de methode '{method}' heeft {steps} stappen"
                ),
                given=len(dates),
                method=method.id,
                steps=len(method.steps),
            )
        )
    for date in dates:
        check_session_date(date)
    dates += [""] * (len(method.steps) - len(dates))
    steps = [TrajectoryStep(step.id, planned_date=date) for step, date in zip(method.steps, dates)]
    return Trajectory(
        method_id=method.id, school=school.strip(), team=team, facilitator=facilitator, steps=steps, title=method.title
    )
