"""What a team writes on a board rather than sticks on it: answers and its own CONCLUSIE.

On the seed's procesplaten the team writes free-text answers to the plate's main
question and then its conclusion by hand ("CONCLUSIE: ER WORDT DOOR LEERKRACHTEN
MET NAME WERKDRUK IN DE ADMINISTRATIEVE PROCESSEN ERVAREN"). Those areas hold text,
not dots: the counts leave them out, and the team's conclusion is reported as the
team's words. What Bruinpapier derives from the dots is only ever a suggestion
(:data:`SUGGESTION_PREFIX`).
"""

from __future__ import annotations

from dataclasses import dataclass

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.model import Board, Zone, ZoneKind
from boards.session import Note, NoteSource, Session
from boards.textkeys import normalise

#: How every conclusion Bruinpapier derives itself is shown: never as the team's or the publication's words.
SUGGESTION_PREFIX = "Suggestie van Bruinpapier: "
#: How the team's own conclusion (the text in the board's CONCLUSIE area) is shown.
CONCLUSION_PREFIX = "Conclusie van het team: "


def is_conclusion_zone(zone: Zone) -> bool:
    """The area where the team writes its conclusion: id ``conclusie`` or a label starting with "Conclusie"."""
    return zone.id == "conclusie" or normalise(zone.label).startswith("conclusie")


def conclusion_zone(board: Board) -> Zone | None:
    return next((zone for zone in board.zones if zone.holds.notes and is_conclusion_zone(zone)), None)


def written_zones(board: Board) -> list[Zone]:
    """Areas that hold written text rather than counts: the conclusion area, and on a board whose
    other zones collect dots, the free areas for notes (the procesplaat's answers to its question)."""
    collects_dots = any(zone.holds.dots for zone in board.zones)
    return [
        zone
        for zone in board.zones
        if zone.holds.notes
        and not zone.holds.dots
        and (is_conclusion_zone(zone) or (collects_dots and zone.kind is ZoneKind.FREE_AREA))
    ]


def written_zone_ids(board: Board) -> set[str]:
    return {zone.id for zone in written_zones(board)}


@dataclass(frozen=True)
class WrittenArea:
    zone_id: str
    label: str  # the area's label on the board, e.g. the plate's question or "CONCLUSIE:"
    texts: tuple[str, ...]
    is_conclusion: bool


def written_areas(session: Session) -> list[WrittenArea]:
    """The written areas of the session's board with what the team wrote there (board order)."""
    return [
        WrittenArea(
            zone.id,
            zone.label or zone.id,
            tuple(note.text.strip() for note in session.results.notes_in(zone.id) if note.text.strip()),
            is_conclusion_zone(zone),
        )
        for zone in written_zones(session.board)
    ]


def team_conclusion(session: Session) -> str:
    """The team's own conclusion: what it wrote in the board's CONCLUSIE area ("" when nothing)."""
    zone = conclusion_zone(session.board)
    if zone is None:
        return ""
    return "\n".join(note.text.strip() for note in session.results.notes_in(zone.id) if note.text.strip())


def set_team_conclusion(session: Session, text: str) -> Note:
    """Put the team's own conclusion in the board's CONCLUSIE area, as typed (replacing what was there).

    Raises InvalidArgumentError when the board has no such area.
    """
    zone = conclusion_zone(session.board)
    if zone is None:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "het bord '{board}' heeft geen vak voor een conclusie"),
                board=session.board.title,
            )
        )
    if not text.strip():
        raise InvalidArgumentError(problem(QT_TRANSLATE_NOOP("errors", "de conclusie is leeg")))
    session.results.notes[:] = [note for note in session.results.notes if note.zone_id != zone.id]
    note = Note(text=text.strip(), zone_id=zone.id, source=NoteSource.TYPED)
    session.results.notes.append(note)
    return note
