"""Trajectories: a method's steps as a series of sessions, with results carried forward."""

from boards.trajectory.carry import (
    add_next_sessions,
    awaiting,
    carried_notes,
    record_session,
    start_sessions,
    suggested_zone,
    unanswered,
    unplaced_notes,
)
from boards.trajectory.choosing import ProcessChoice, ProcessOption, process_choice
from boards.trajectory.fileformat import TRAJECTORY_SUFFIX, load_trajectory, loads_trajectory, save_trajectory
from boards.trajectory.links import ChainLink, trace
from boards.trajectory.model import StepStatus, Trajectory, TrajectoryStep, new_trajectory

__all__ = [
    "TRAJECTORY_SUFFIX",
    "ChainLink",
    "ProcessChoice",
    "ProcessOption",
    "StepStatus",
    "Trajectory",
    "TrajectoryStep",
    "add_next_sessions",
    "awaiting",
    "carried_notes",
    "load_trajectory",
    "loads_trajectory",
    "new_trajectory",
    "process_choice",
    "record_session",
    "save_trajectory",
    "start_sessions",
    "suggested_zone",
    "trace",
    "unanswered",
    "unplaced_notes",
]
