"""What the facilitator decides before a board of a trajectory starts: which process it is about.

Some boards take their subject from an earlier board: the workshops of De
Borgstee work out the process the team chose on Procesplaat 1. The program
suggests the process with most dots of the rule's kind (most werkdruk) and
says why; the team chooses (:func:`process_choice`). Only zones that collect
that kind are offered (not the free-text areas of the procesplaat).
"""

from __future__ import annotations

from dataclasses import dataclass

from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.methods import CarryMode
from boards.session import Session
from boards.trajectory.carry import suggested_zone
from boards.trajectory.model import Trajectory


@dataclass(frozen=True)
class ProcessOption:
    zone_id: str
    label: str
    count: int  # dots of the rule's kind on it


@dataclass(frozen=True)
class ProcessChoice:
    """The processes a board can be about, most dots first, with the suggested one."""

    board_id: str  # the board that starts
    source: Session  # the session of the earlier board the choice comes from (its latest)
    kind_label: str  # "werkdruk"
    options: list[ProcessOption]
    suggested: str | None  # zone id; None when nothing has dots yet

    def option(self, zone_id: str) -> ProcessOption | None:
        return next((option for option in self.options if option.zone_id == zone_id), None)

    def reason(self) -> Message:
        """Why the suggestion is what it is, to show next to it."""
        option = self.option(self.suggested) if self.suggested else None
        if option is None:
            return Message(
                "trajectory",
                QT_TRANSLATE_NOOP(
                    "trajectory", "Op {board} zijn nog geen stippen {kind} geplakt; kies zelf een proces."
                ),
                {"board": self.source.board.title, "kind": self.kind_label},
            )
        return Message(
            "trajectory",
            QT_TRANSLATE_NOOP(
                "trajectory", "Voorstel: {process}, met de meeste stippen {kind} ({count}) op {board}{date}."
            ),
            {
                "process": option.label,
                "kind": self.kind_label,
                "count": option.count,
                "board": self.source.board.title,
                "date": f" ({self.source.date})" if self.source.date else "",
            },
        )


def process_choice(trajectory: Trajectory, board_id: str) -> ProcessChoice | None:
    """The process to choose before ``board_id`` starts; None when the board takes no process from an
    earlier board, or that board has no session yet."""
    for rule in trajectory.method.rules_into(board_id):
        if rule.mode is not CarryMode.CHOSEN_ZONE_SUBJECT:
            continue
        sources = trajectory.sessions_of(rule.from_board)
        if not sources:
            continue
        source = sources[-1]
        kinds = {kind.id: kind.label for kind in source.board.dot_kinds()}
        options = [
            ProcessOption(zone.id, zone.label or zone.id, source.results.dot_count(zone.id, rule.dot_kind))
            for zone in source.board.zones
            if any(kind.id == rule.dot_kind for kind in zone.holds.dots)
        ]
        options.sort(key=lambda option: -option.count)  # stable: board order on a tie
        return ProcessChoice(
            board_id, source, kinds.get(rule.dot_kind, rule.dot_kind), options, suggested_zone(source, rule.dot_kind)
        )
    return None


__all__ = ["ProcessChoice", "ProcessOption", "process_choice"]
