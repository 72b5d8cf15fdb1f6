"""Carry forward: start a board's session pre-filled with earlier results of the trajectory.

The rules are data in the method file (``carry_forward``); this module applies
them. Every carried item keeps a link to where it came from, so an action can
be traced back to its idea, problem and process step (see ``links``).
"""

from __future__ import annotations

import copy
import datetime

from boards.errors import InvalidArgumentError, NotFoundError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.methods import CarryMode, CarryRule, MethodStep
from boards.model import Board
from boards.session import ActionItem, Note, NoteSource, Session, check_session_date
from boards.templates import load_template
from boards.trajectory.model import Trajectory

CARRIED_FROM = "carried_from"  # link from a carried note to the note it copies


def _carried_note(note: Note, rule: CarryRule, zone_id: str | None = None) -> Note:
    links = dict(note.links)
    links[CARRIED_FROM] = note.id
    return Note(
        text=note.text,
        zone_id=zone_id,
        color=note.color,
        source=NoteSource.CARRIED,
        links=links,
        category=rule.category or note.category,
    )


def _selected_notes(session: Session, rule: CarryRule) -> list[Note]:
    notes = [note for note in session.results.notes if note.text.strip()]
    if rule.from_zones:
        notes = [note for note in notes if note.zone_id in rule.from_zones]
    if rule.category:
        allowed = (rule.category,) if rule.only_category else ("", rule.category)
        notes = [note for note in notes if note.category in allowed]
    return notes


def _latest_by_topic(sessions: list[Session]) -> dict[str, Session]:
    """The last session held per topic (a later session of the same topic replaces an earlier one)."""
    latest: dict[str, Session] = {}
    for session in sessions:
        latest[session.topic] = session
    return latest


def suggested_zone(session: Session, dot_kind: str) -> str | None:
    """The zone with most dots of a kind (the process with most werkdruk), None without dots."""
    totals: dict[str, int] = {}
    for dot in session.results.dots:
        if dot.kind == dot_kind and dot.count > 0:
            totals[dot.zone_id] = totals.get(dot.zone_id, 0) + dot.count
    if not totals:
        return None
    order = {zone.id: index for index, zone in enumerate(session.board.zones)}
    return max(totals, key=lambda zone_id: (totals[zone_id], -order.get(zone_id, 0)))


class _Builder:
    """Collects the new sessions of one board, one per topic."""

    def __init__(self, trajectory: Trajectory, step: MethodStep, board: Board, date: str) -> None:
        self.trajectory = trajectory
        self.step = step
        self.board = board
        self.board_id = board.id
        self.date = date
        self.sessions: dict[str, Session] = {}

    def session(self, topic: str) -> Session:
        if topic not in self.sessions:
            held = len(self.trajectory.all_sessions()) + len(self.sessions) + 1
            self.sessions[topic] = Session(
                board=copy.deepcopy(self.board),
                school=self.trajectory.school,
                team=self.trajectory.team,
                date=self.date,
                facilitator=self.trajectory.facilitator,
                method=self.trajectory.method_id,
                step=self.step.id,
                topic=topic,
                code=session_code(self.trajectory, held),
            )
        return self.sessions[topic]

    def merge_untitled(self) -> None:
        """Notes from sheets without a topic (the Problemen poster of a VSM workshop) join the one
        process the other sources are about, rather than starting a session of their own."""
        if "" in self.sessions and len(self.sessions) == 2:
            untitled = self.sessions.pop("")
            (other,) = self.sessions.values()
            other.results.notes += untitled.results.notes
            other.results.actions += untitled.results.actions

    def apply(self, rule: CarryRule, topic_zone: str | None) -> None:
        sources = self.trajectory.sessions_of(rule.from_board)
        if not sources:
            return
        if rule.mode is CarryMode.NOTES:
            for topic, source in _latest_by_topic(sources).items():
                selected = _selected_notes(source, rule)
                if selected:  # an empty sheet starts nothing
                    self.session(topic).results.notes += [_carried_note(note, rule) for note in selected]
        elif rule.mode is CarryMode.CHOSEN_TO_ACTIONS:
            for topic, source in _latest_by_topic(sources).items():
                target = self.session(topic)
                for note in _selected_notes(source, rule):
                    if not note.chosen:
                        continue
                    links = {key: value for key, value in note.links.items() if key != CARRIED_FROM}
                    links[rule.link or "idea"] = note.id
                    target.results.actions.append(
                        ActionItem(nr=len(target.results.actions) + 1, action=note.text, links=links)
                    )
        elif rule.mode is CarryMode.CHOSEN_ZONE_SUBJECT:
            source = sources[-1]
            processes = [z for z in source.board.zones if any(kind.id == rule.dot_kind for kind in z.holds.dots)]
            zone_id = topic_zone or suggested_zone(source, rule.dot_kind)
            zone = next((z for z in processes if z.id == zone_id), None)
            if zone is None:
                raise InvalidArgumentError(
                    problem(
                        QT_TRANSLATE_NOOP(
                            "errors", "kies het proces om verder uit te werken; bekende processen: {zones}"
                        ),
                        zones=", ".join(process.id for process in processes),
                    )
                )
            target = self.session(zone.label)
            counts = ", ".join(
                f"{kind.label}: {source.results.dot_count(zone.id, kind.id)}" for kind in zone.holds.dots
            )
            target.remarks = f"{source.board.title}: {zone.label}" + (f" ({counts})" if counts else "")
        elif rule.mode is CarryMode.CHOSEN_NOTES_PER_SESSION:
            source = sources[-1]
            zone_id = rule.to_zones[0] if rule.to_zones else None
            for note in _selected_notes(source, rule):
                if note.chosen:
                    self.session(note.text).results.notes.append(_carried_note(note, rule, zone_id))
        elif rule.mode is CarryMode.SELECTED_TO_ROWS:
            topic_zone_id, item_zone_id = _two_zones(rule)
            target = self.session("")
            for row, source in enumerate(sources, start=1):
                topic = Note(
                    text=source.topic or source.board.title,
                    zone_id=topic_zone_id,
                    source=NoteSource.CARRIED,
                    links={"row": str(row), "session": source.id},
                )
                target.results.notes.append(topic)
                for note in _selected_notes(source, rule):
                    carried = _carried_note(note, rule, item_zone_id)
                    carried.links["row"] = str(row)
                    target.results.notes.append(carried)


def _two_zones(rule: CarryRule) -> tuple[str, str]:
    if len(rule.to_zones) != 2:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "regel {source} → {target}: geef twee doelkolommen op (to_zones)"),
                source=rule.from_board,
                target=rule.to_board,
            )
        )
    return rule.to_zones[0], rule.to_zones[1]


def session_code(trajectory: Trajectory, number: int) -> str:
    """A short code printed on the board: school initials and a running number (e.g. OA-03)."""
    initials = "".join(word[0] for word in trajectory.school.replace("'", " ").split() if word[:1].isalnum())
    return f"{initials.upper()[:4] or 'BP'}-{number:02d}"


def start_sessions(
    trajectory: Trajectory,
    board_id: str,
    *,
    date: str | None = None,
    topic_zone: str | None = None,
    board: Board | None = None,
) -> list[Session]:
    """New sessions for ``board_id`` pre-filled by the method's carry-forward rules (not yet added).

    ``date``: the sessions' date (JJJJ-MM-DD), today when None. ``topic_zone``: the process chosen where a
    rule makes one the subject (see :func:`boards.trajectory.process_choice`); None takes the suggestion.
    ``board``: the board to use, a version of ``board_id`` the facilitator edited; the template when None.
    """
    date = check_session_date(date) if date is not None else datetime.date.today().isoformat()
    if board is not None and board.id != board_id:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "het bord '{given}' is niet het bord '{board}' van deze stap"),
                given=board.id,
                board=board_id,
            )
        )
    method = trajectory.method
    steps = [step for step, candidate in method.boards_in_order() if candidate == board_id]
    if not steps:
        raise NotFoundError(
            problem(
                QT_TRANSLATE_NOOP("errors", "bord '{board}' hoort niet bij de methode '{method}'"),
                board=board_id,
                method=method.id,
            )
        )
    open_steps = [step for step in steps if not trajectory.step(step.id).done] or steps
    builder = _Builder(trajectory, open_steps[0], board if board is not None else load_template(board_id), date)
    for rule in method.rules_into(board_id):
        builder.apply(rule, topic_zone)
    builder.merge_untitled()
    if not builder.sessions:
        builder.session("")
    return list(builder.sessions.values())


def add_next_sessions(
    trajectory: Trajectory,
    *,
    date: str | None = None,
    topic_zone: str | None = None,
    board_id: str | None = None,
    board: Board | None = None,
) -> list[Session]:
    """Start the next board of the trajectory (or the board asked for) and add its sessions to their step;
    ``date``, ``topic_zone`` and ``board`` as for :func:`start_sessions`."""
    if board_id is None:
        upcoming = trajectory.next_board()
        if upcoming is None:
            raise InvalidArgumentError(
                problem(QT_TRANSLATE_NOOP("errors", "dit traject is klaar: alle stappen zijn afgerond"))
            )
        method_step, board_id = upcoming
    else:
        steps = [step for step, candidate in trajectory.method.boards_in_order() if candidate == board_id]
        open_steps = [step for step in steps if not trajectory.step(step.id).done]
        if not open_steps:
            raise NotFoundError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors", "bord '{board}' hoort niet bij een open stap van de methode '{method}'"
                    ),
                    board=board_id,
                    method=trajectory.method_id,
                )
            )
        method_step = open_steps[0]
    sessions = start_sessions(trajectory, board_id, date=date, topic_zone=topic_zone, board=board)
    trajectory.step(method_step.id).sessions.extend(sessions)
    return sessions


def record_session(trajectory: Trajectory, session: Session) -> None:
    """Put a session with entered results back into its trajectory (same id replaces)."""
    step = trajectory.step_of_session(session.id)
    step.sessions = [session if held.id == session.id else held for held in step.sessions]


def carried_notes(session: Session) -> list[Note]:
    return [note for note in session.results.notes if note.source is NoteSource.CARRIED]


def unplaced_notes(session: Session, categories: set[str] | None = None) -> list[Note]:
    """Carried notes still to be sorted into a zone (only those of ``categories``, when given)."""
    return [
        note
        for note in carried_notes(session)
        if note.zone_id is None and (categories is None or note.category in categories)
    ]


def unanswered(session: Session, category: str = "probleem", link: str = "problem") -> list[Note]:
    """Carried notes of a category that no note of the session links to yet (problems without an idea)."""
    answered = {note.links.get(link) for note in session.results.notes}
    return [note for note in carried_notes(session) if note.category == category and note.id not in answered]


def awaiting(trajectory: Trajectory, session: Session) -> tuple[list[Note], list[Note]]:
    """What the team still has to do with carried notes, by the rules that carried them:
    notes to place in a zone ("sort") and problems that no idea answers yet ("answer").

    On Ideeën genereren the carried problems are a list to answer, not to place; the ideas
    carried from the VSM are to be placed in a quadrant.
    """
    rules = trajectory.method.rules_into(session.board.id)
    to_sort = {rule.category for rule in rules if rule.role == "sort"}
    to_answer = [rule.category or "probleem" for rule in rules if rule.role == "answer"]
    unplaced = unplaced_notes(session, None if "" in to_sort else to_sort) if to_sort else []
    open_problems = [note for category in dict.fromkeys(to_answer) for note in unanswered(session, category)]
    return unplaced, open_problems
