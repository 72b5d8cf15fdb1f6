"""Trajectory files (.bptraject): a versioned JSON document holding the trajectory and its sessions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from boards.errors import BoardFileError
from boards.fileformat import (
    SCHEMA_VERSION,
    TRAJECTORY_FORMAT,
    atomic_write_text,
    check_envelope,
    ensure_markers,
    parse_json,
    read_text_file,
    to_json,
)
from boards.serialize import session_from_dict, session_to_dict
from boards.trajectory.model import Trajectory, TrajectoryStep
from boards.validation import Problem, check_date_field, check_schema, check_session_semantics

TRAJECTORY_SUFFIX = ".bptraject"


def trajectory_to_dict(trajectory: Trajectory) -> dict[str, Any]:
    return {
        "id": trajectory.id,
        "method": trajectory.method_id,
        "school": trajectory.school,
        "team": trajectory.team,
        "facilitator": trajectory.facilitator,
        "title": trajectory.title,
        "steps": [
            {
                "step": step.step_id,
                "planned_date": step.planned_date,
                "done": step.done,
                "sessions": [session_to_dict(session) for session in step.sessions],
            }
            for step in trajectory.steps
        ],
    }


def trajectory_from_dict(data: dict[str, Any]) -> Trajectory:
    steps = []
    for step in data["steps"]:
        sessions = [session_from_dict(session) for session in step.get("sessions", [])]
        for session in sessions:
            ensure_markers(session.board)
        steps.append(TrajectoryStep(step["step"], step.get("planned_date", ""), sessions, bool(step.get("done"))))
    return Trajectory(
        method_id=data["method"],
        school=data["school"],
        steps=steps,
        team=data.get("team", ""),
        facilitator=data.get("facilitator", ""),
        title=data.get("title", ""),
        id=data["id"],
    )


def dumps_trajectory(trajectory: Trajectory) -> str:
    document = {
        "format": TRAJECTORY_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "trajectory": trajectory_to_dict(trajectory),
    }
    return to_json(document)


def loads_trajectory(text: str, file: Path | str | None = None) -> Trajectory:
    document = parse_json(text, file)
    check_envelope(document, TRAJECTORY_FORMAT, file)
    try:
        check_schema(document, "trajectory")
        for step_index, step in enumerate(document["trajectory"]["steps"]):
            if step.get("planned_date"):
                check_date_field(step["planned_date"], f"steps[{step_index}].planned_date")
            for session_index, session in enumerate(step.get("sessions", [])):
                try:
                    check_session_semantics(session)
                except Problem as error:
                    error.path = f"steps[{step_index}].sessions[{session_index}].{error.path}".rstrip(".")
                    raise
    except Problem as error:
        raise BoardFileError(file, error.path, error.message) from None
    return trajectory_from_dict(document["trajectory"])


def load_trajectory(path: Path | str) -> Trajectory:
    return loads_trajectory(read_text_file(path), path)


def save_trajectory(trajectory: Trajectory, path: Path | str) -> None:
    text = dumps_trajectory(trajectory)
    loads_trajectory(text, path)  # never write what cannot be read back
    atomic_write_text(path, text)
