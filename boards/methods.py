"""The methods of the source publications as data: ordered steps, each with its boards."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path

from boards.errors import BoardFileError, NotFoundError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.validation import Problem, check_schema
from resources import resource_path

METHOD_FORMAT = "bruinpapier.method"


@dataclass(frozen=True)
class MethodStep:
    id: str
    nr: int
    title: str
    goal: str = ""
    duration: str = ""
    who: str = ""
    materials: tuple[str, ...] = ()
    boards: tuple[str, ...] = ()  # template ids used in this step
    results: tuple[str, ...] = ()
    source: str = ""  # where in the source publication: a section heading, never a file or line number


class CarryMode(str, Enum):
    """How results of one board start the session of a later board (see boards.trajectory.carry)."""

    NOTES = "notes"  # notes become unplaced notes to sort (or to answer) on the next board
    CHOSEN_TO_ACTIONS = "chosen_to_actions"  # chosen notes (ideas) become action items
    CHOSEN_ZONE_SUBJECT = "chosen_zone_subject"  # the chosen zone (a process) becomes the next subject
    CHOSEN_NOTES_PER_SESSION = "chosen_notes_per_session"  # each chosen note (a thema) gets its own session
    SELECTED_TO_ROWS = "selected_to_rows"  # per session: subject + notes in given zones become table rows


@dataclass(frozen=True)
class CarryRule:
    """One arrow of a method: results of ``from_board`` start a session of ``to_board``."""

    from_board: str
    to_board: str
    mode: CarryMode
    from_zones: tuple[str, ...] = ()  # only notes in these zones (empty: all)
    category: str = ""  # only notes of this category (or of none); carried notes get it
    only_category: bool = False  # only notes marked with ``category``, not those without one
    role: str = "sort"  # NOTES: "sort" (place them in a zone) or "answer" (each needs a linked note)
    link: str = ""  # name of the link a carried item keeps to its source ("problem", "idea", ...)
    dot_kind: str = ""  # CHOSEN_ZONE_SUBJECT: suggest the zone with most dots of this kind
    to_zones: tuple[str, ...] = ()  # SELECTED_TO_ROWS: target columns (subject, item)


@dataclass(frozen=True)
class Method:
    id: str
    title: str
    steps: tuple[MethodStep, ...]
    subtitle: str = ""
    school: str = ""  # the school of the worked example
    summary: str = ""
    source: str = ""
    order: int = 100
    carry_forward: tuple[CarryRule, ...] = ()

    def boards_in_order(self) -> list[tuple[MethodStep, str]]:
        """Every (step, board id) of the method, in the order the sessions are held."""
        return [(step, board_id) for step in self.steps for board_id in step.boards]

    def rules_into(self, board_id: str) -> list[CarryRule]:
        return [rule for rule in self.carry_forward if rule.to_board == board_id]

    def step(self, step_id_or_nr: str) -> MethodStep:
        for step in self.steps:
            if step.id == step_id_or_nr or str(step.nr) == step_id_or_nr:
                return step
        raise NotFoundError(
            problem(
                QT_TRANSLATE_NOOP("errors", "methode '{method}' heeft geen stap '{step}'; stappen: {steps}"),
                method=self.id,
                step=step_id_or_nr,
                steps=", ".join(f"{s.nr} {s.id}" for s in self.steps),
            )
        )


def _method_from_dict(data: dict) -> Method:
    return Method(
        id=data["id"],
        title=data["title"],
        subtitle=data.get("subtitle", ""),
        school=data.get("school", ""),
        summary=data.get("summary", ""),
        source=data.get("source", ""),
        order=data.get("order", 100),
        steps=tuple(
            MethodStep(
                id=step["id"],
                nr=step["nr"],
                title=step["title"],
                goal=step.get("goal", ""),
                duration=step.get("duration", ""),
                who=step.get("who", ""),
                materials=tuple(step.get("materials", [])),
                boards=tuple(step.get("boards", [])),
                results=tuple(step.get("results", [])),
                source=step.get("source", ""),
            )
            for step in sorted(data["steps"], key=lambda step: step["nr"])
        ),
        carry_forward=tuple(
            CarryRule(
                from_board=rule["from"],
                to_board=rule["to"],
                mode=CarryMode(rule["mode"]),
                from_zones=tuple(rule.get("from_zones", [])),
                category=rule.get("category", ""),
                only_category=bool(rule.get("only_category", False)),
                role=rule.get("role", "sort"),
                link=rule.get("link", ""),
                dot_kind=rule.get("dot_kind", ""),
                to_zones=tuple(rule.get("to_zones", [])),
            )
            for rule in data.get("carry_forward", [])
        ),
    )


def load_method_file(path: Path) -> Method:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise BoardFileError(
            path,
            "",
            problem(
                QT_TRANSLATE_NOOP("errors", "dit is geen geldig JSON-bestand (regel {line}: {detail})"),
                line=error.lineno,
                detail=error.msg,
            ),
        ) from None
    try:
        check_schema(document, "method", strip=1)
    except Problem as error:
        raise BoardFileError(path, error.path, error.message) from None
    return _method_from_dict(document["method"])


@lru_cache(maxsize=1)
def _all_methods() -> tuple[Method, ...]:
    folder = resource_path("methods")
    methods = [load_method_file(path) for path in sorted(folder.glob("*.json"))]
    return tuple(sorted(methods, key=lambda method: (method.order, method.title)))


def list_methods() -> list[Method]:
    return list(_all_methods())


def get_method(method_id: str) -> Method:
    for method in _all_methods():
        if method.id == method_id:
            return method
    raise NotFoundError(
        problem(
            QT_TRANSLATE_NOOP("errors", "methode '{id}' bestaat niet; bekende methodes: {known}"),
            id=method_id,
            known=", ".join(method.id for method in _all_methods()),
        )
    )


def method_and_step(method_id: str | None, step_id: str | None) -> tuple[Method | None, MethodStep | None]:
    """The method and step a board names, each None when it names none or one that does not exist
    (a board from a newer version, or a hand-edited file): callers then show the id as it is."""
    if not method_id:
        return None, None
    try:
        method = get_method(method_id)
    except NotFoundError:
        return None, None
    if not step_id:
        return method, None
    try:
        return method, method.step(step_id)
    except NotFoundError:
        return method, None
