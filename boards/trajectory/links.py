"""Follow the links a carried item keeps: action → idea → problem → process step."""

from __future__ import annotations

from dataclasses import dataclass

from boards.i18n import QT_TRANSLATE_NOOP
from boards.session import ActionItem, Note, Session
from boards.trajectory.carry import CARRIED_FROM
from boards.trajectory.model import Trajectory

# Link names in the order they are followed, with how each step of the chain is called.
LINK_ROLES: dict[str, str] = {
    "idea": QT_TRANSLATE_NOOP("trajectory", "idee"),
    "problem": QT_TRANSLATE_NOOP("trajectory", "probleem"),
    "process_step": QT_TRANSLATE_NOOP("trajectory", "processtap"),
    "thema": QT_TRANSLATE_NOOP("trajectory", "thema"),
}


@dataclass(frozen=True)
class ChainLink:
    role: str  # key of LINK_ROLES
    text: str
    board_title: str
    session_id: str
    note_id: str


def _index(trajectory: Trajectory) -> dict[str, tuple[Note, Session]]:
    return {note.id: (note, session) for session in trajectory.all_sessions() for note in session.results.notes}


def _original(note: Note, index: dict[str, tuple[Note, Session]]) -> tuple[Note, Session] | None:
    """The note a carried copy came from, followed through every copy."""
    seen = {note.id}
    found: tuple[Note, Session] | None = None
    while CARRIED_FROM in note.links and note.links[CARRIED_FROM] in index and note.links[CARRIED_FROM] not in seen:
        found = index[note.links[CARRIED_FROM]]
        note = found[0]
        seen.add(note.id)
    return found


def trace(trajectory: Trajectory, item: ActionItem | Note) -> list[ChainLink]:
    """Where an action or note came from: its idea, problem and process step, nearest first."""
    index = _index(trajectory)
    chain: list[ChainLink] = []
    links = dict(item.links)
    seen: set[str] = set()
    while True:
        role = next((name for name in LINK_ROLES if name in links and links[name] not in seen), None)
        if role is None:
            return chain
        note_id = links[role]
        seen.add(note_id)
        if note_id not in index:
            return chain
        note, session = index[note_id]
        chain.append(ChainLink(role, note.text, session.board.title, session.id, note.id))
        links = {name: value for name, value in note.links.items() if name in LINK_ROLES}
        original = _original(note, index)
        if original is not None:
            for name, value in original[0].links.items():
                links.setdefault(name, value)
