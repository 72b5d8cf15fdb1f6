"""The methods of the seeds as data: ordered steps, each with its boards."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
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
    source: str = ""  # where in the seed, e.g. "004, r. 1091"


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

    def step(self, step_id_or_nr: str) -> MethodStep:
        for step in self.steps:
            if step.id == step_id_or_nr or str(step.nr) == step_id_or_nr:
                return step
        raise NotFoundError(problem(
            QT_TRANSLATE_NOOP("errors", "methode '{method}' heeft geen stap '{step}'; stappen: {steps}"),
            method=self.id, step=step_id_or_nr, steps=", ".join(f"{s.nr} {s.id}" for s in self.steps)))


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
                id=step["id"], nr=step["nr"], title=step["title"], goal=step.get("goal", ""),
                duration=step.get("duration", ""), who=step.get("who", ""),
                materials=tuple(step.get("materials", [])), boards=tuple(step.get("boards", [])),
                results=tuple(step.get("results", [])), source=step.get("source", ""),
            )
            for step in sorted(data["steps"], key=lambda step: step["nr"])
        ),
    )


def load_method_file(path: Path) -> Method:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise BoardFileError(path, "", problem(
            QT_TRANSLATE_NOOP("errors", "dit is geen geldig JSON-bestand (regel {line}: {detail})"),
            line=error.lineno, detail=error.msg)) from None
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
    raise NotFoundError(problem(
        QT_TRANSLATE_NOOP("errors", "methode '{id}' bestaat niet; bekende methodes: {known}"),
        id=method_id, known=", ".join(method.id for method in _all_methods())))
