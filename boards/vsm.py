"""The lanes of a Value Stream Map (VSM-schema): where the process steps and their data go.

The VSM-schema of *Meer ict, minder werkdruk?* has an Inputzijde, Besturingszijde,
Proceszijde, Datazijde and Outputzijde. Process steps are notes on the Proceszijde; problems,
ideas and the times of each step ("Kwantificeer processtappen waar mogelijk. Noteer dit in de
datazijde") go on the Datazijde. The figures built on this are in :mod:`boards.analysis.vsm`.
"""

from __future__ import annotations

from boards.model import Board, Zone
from boards.session import Note
from boards.textkeys import normalise


def _zone_named(board: Board, name: str) -> Zone | None:
    return next((zone for zone in board.zones if zone.id == name or normalise(zone.label) == name), None)


def process_lane(board: Board) -> Zone | None:
    """The VSM's Proceszijde, where the process steps go."""
    return _zone_named(board, "proceszijde")


def data_lane(board: Board) -> Zone | None:
    """The VSM's Datazijde, where problems, ideas and data per step go."""
    return _zone_named(board, "datazijde")


def is_vsm_board(board: Board) -> bool:
    return process_lane(board) is not None


def is_process_step(board: Board, note: Note) -> bool:
    """A note that stands for a process step: on the Proceszijde, not marked as something else."""
    lane = process_lane(board)
    return lane is not None and note.zone_id == lane.id and note.category in ("", "processtap")
