"""The trajectory timeline: a school's run through a method, step by step."""

from desktop.trajectory_view.view import TrajectoryView

__all__ = ["TrajectoryView"]
