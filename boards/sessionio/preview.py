"""Import preview: every row of a results file parsed and checked against a board.

Nothing touches the session until ``apply``. Rows with an unknown zone or a bad
value carry a Dutch reason; the caller fixes them (``set_zone``) or skips them
(``skip``) first.

A row may also say what a note stands for (``categorie``: probleem, idee, …),
whether the team chose it (``gekozen``), which problem an idea answers (``bij
probleem``), which process step a problem belongs to (``bij processtap``), which
idea an action comes from (``bij idee``), and a process step's ``bewerkingstijd``
and ``wachttijd``. A ``respondenten`` row gives the number of respondents of a
questionnaire (a question in ``zone``, or all of them).

When the preview knows the session (:meth:`ImportPreview.attach`), a note row
that names an existing note — by its ``id``, or by its text when the session has
that note carried forward from an earlier board and not yet placed — updates
that note (places it in its zone, marks it chosen) instead of adding a copy.
References (``bij probleem`` …) are looked up by id or text among the session's
notes and the file's rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from boards.durations import parse_duration
from boards.errors import BruinpapierError, InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.merging import Keep, MergePlan, Part, plan_merge
from boards.model import Board, Zone
from boards.session import (
    ALL_QUESTIONS,
    MAX_DOT_COUNT,
    ActionItem,
    DotCount,
    Note,
    NoteSource,
    Results,
    Session,
    new_id,
)
from boards.sessionio.matching import (
    ZoneMatcher,
    match_category,
    match_dot_kind,
    match_note_color,
    match_note_source,
    normalise,
)
from boards.sessionio.tables import SourceRow, Table, read_table

MAX_TEXT = 20_000


class RowKind(str, Enum):
    NOTE = "notitie"
    DOT = "stip"
    ACTION = "actie"
    RESPONDENTS = "respondenten"


ROW_KIND_ALIASES: dict[str, RowKind] = {
    "notitie": RowKind.NOTE,
    "notities": RowKind.NOTE,
    "note": RowKind.NOTE,
    "notes": RowKind.NOTE,
    "post-it": RowKind.NOTE,
    "postit": RowKind.NOTE,
    "sticky": RowKind.NOTE,
    "idee": RowKind.NOTE,
    "probleem": RowKind.NOTE,
    "stip": RowKind.DOT,
    "stippen": RowKind.DOT,
    "dot": RowKind.DOT,
    "dots": RowKind.DOT,
    "sticker": RowKind.DOT,
    "actie": RowKind.ACTION,
    "acties": RowKind.ACTION,
    "actiepunt": RowKind.ACTION,
    "action": RowKind.ACTION,
    "actions": RowKind.ACTION,
    "respondenten": RowKind.RESPONDENTS,
    "respondent": RowKind.RESPONDENTS,
    "respondents": RowKind.RESPONDENTS,
}

#: A ``soort`` that is a note of a category: "probleem" and "idee" rows are notes that stand for one.
ROW_KIND_CATEGORIES = {"probleem": "probleem", "idee": "idee", "pijnpunt": "pijnpunt", "processtap": "processtap"}
for _word in ROW_KIND_CATEGORIES:
    ROW_KIND_ALIASES.setdefault(_word, RowKind.NOTE)

#: How a spreadsheet names the respondents row that counts for every question.
ALL_QUESTIONS_LABEL = "(alle vragen)"
#: The ids Bruinpapier gives notes (twelve hex digits), as an export writes a link to another session.
_EXPORTED_ID = re.compile(r"^[0-9a-f]{12}$")
#: Note ids as session files write them (the ``id`` column of our own export).
_NOTE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
#: Action fields a row fills in, by column.
ACTION_FIELDS = {
    "owner": "initiatiefnemer",
    "due": "tijdpad",
    "impact": "impact",
    "workload": "werkbelasting",
    "todos": "todos",
}
#: Reference columns: (column, link name kept on the note or action, category looked for).
NOTE_REFERENCES = (("bij_probleem", "problem", "probleem"), ("bij_processtap", "process_step", "processtap"))
ACTION_REFERENCES = (("bij_idee", "idea", "idee"),)


class RowStatus(str, Enum):
    OK = "ok"
    UNKNOWN_ZONE = "unknown_zone"
    BAD_VALUE = "bad_value"


ROW_STATUS_LABELS: dict[RowStatus, str] = {
    RowStatus.OK: QT_TRANSLATE_NOOP("sessionio", "in orde"),
    RowStatus.UNKNOWN_ZONE: QT_TRANSLATE_NOOP("sessionio", "onbekende zone"),
    RowStatus.BAD_VALUE: QT_TRANSLATE_NOOP("sessionio", "foute waarde"),
}


def _reason(text: str, **params: object) -> Message:
    return Message("sessionio", text, dict(params))


@dataclass
class ImportRow:
    """One parsed row with its check result."""

    line: int
    sheet: str
    values: dict[str, str]
    kind: RowKind | None = None
    zone_id: str | None = None
    dot_kind: str | None = None
    count: int | None = None
    color: str | None = None
    nr: int | None = None
    category: str = ""
    chosen: bool = False
    source: NoteSource | None = None  # from ``bron``; None: imported
    work_min: float | None = None
    wait_min: float | None = None
    note_id: str = ""  # the ``id`` column
    question_id: str | None = None  # respondents: the question ("" for all of them)
    target: str | None = None  # id of the session's note this row updates (attach)
    links: dict[str, str] = field(default_factory=dict)  # resolved references (attach)
    status: RowStatus = RowStatus.OK
    reason: Message | None = None
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return self.status is RowStatus.OK

    @property
    def where(self) -> str:
        return f"{self.sheet} rij {self.line}" if self.sheet else f"rij {self.line}"

    @property
    def text(self) -> str:
        if self.kind is RowKind.ACTION:
            return self.values.get("actie", "")
        return self.values.get("tekst", "")

    @property
    def zone_reference(self) -> str:
        return self.values.get("zone", "") or self.values.get("zonenaam", "")

    def describe(self) -> str:
        """``rij 4: onbekende zone — 'Voorbereidng' ...`` for lists of problems."""
        label = ROW_STATUS_LABELS[self.status]
        return f"{self.where}: {label}" + (f" — {self.reason}" if self.reason else "")


@dataclass
class ImportSummary:
    notes: int = 0  # notes added
    dots: int = 0  # dot rows taken
    actions: int = 0
    skipped: int = 0
    kept: int = 0  # zone parts (dots, notes) where the session held something else and kept it
    left_out: int = 0  # notes and dot rows not taken because the session's data stayed
    updated: int = 0  # notes and actions of the session the file placed or filled in (carried ones)
    respondents: int = 0  # numbers of respondents taken
    respondents_kept: list[tuple[str, int, int]] = field(default_factory=list)  # (question, session's, file's)


@dataclass
class ImportPreview:
    board: Board
    rows: list[ImportRow]
    file: Path | None = None
    ignored_columns: list[str] = field(default_factory=list)
    session: Session | None = None  # the session the rows go into, when known (attach)
    context: list[Note] = field(default_factory=list)  # notes elsewhere a reference may name (a trajectory's)
    _new_ids: dict[int, str] = field(default_factory=dict, repr=False)  # row → id of the note or action it adds

    @classmethod
    def from_table(cls, table: Table, board: Board, session: Session | None = None) -> ImportPreview:
        preview = cls(board, [_parse(row) for row in table.rows], table.file, list(table.ignored_columns))
        preview.check_all()
        if session is not None:
            preview.attach(session)
        return preview

    # --- checking ------------------------------------------------------------------------

    def check_all(self) -> None:
        matcher = ZoneMatcher(self.board)
        for row in self.rows:
            _check(row, self.board, matcher)
        if self.session is not None:
            self.attach(self.session)

    def attach(self, session: Session, context: Iterable[Note] = ()) -> None:
        """Check the rows against ``session``: which of its notes they update, what they refer to.

        ``context`` are notes of other sessions a reference may name too: those of the trajectory the
        session belongs to (an action's idea lives on Ideeën genereren).
        """
        self.session = session
        self.context = list(context) or self.context
        _match_rows(self.rows, session, self.context)

    def updates(self) -> int:
        """How many rows update a note or action the session already has (placing carried notes)."""
        return sum(1 for row in self.rows if row.ok and not row.skipped and row.target is not None)

    def set_zone(self, index: int, zone_id: str) -> ImportRow:
        """Put row ``index`` on the zone with id ``zone_id`` (the user's fix) and re-check it."""
        if self.board.zone(zone_id) is None:
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP("errors", "zone '{id}' bestaat niet op het bord '{board}'"),
                    id=zone_id,
                    board=self.board.title,
                )
            )
        row = self.rows[index]
        row.values["zone"] = zone_id
        self._recheck(row)
        return row

    def _recheck(self, row: ImportRow) -> None:
        _check(row, self.board, ZoneMatcher(self.board))
        if self.session is not None:
            _match_rows(self.rows, self.session, self.context)

    def set_value(self, index: int, column: str, value: str) -> ImportRow:
        """Correct one cell (canonical column name, e.g. ``aantal``) and re-check the row."""
        row = self.rows[index]
        row.values[column] = value.strip()
        if column == "soort":
            row.kind = _kind_of(row.values, "")
        self._recheck(row)
        return row

    def skip(self, index: int, skipped: bool = True) -> None:
        self.rows[index].skipped = skipped

    def skip_bad(self) -> int:
        count = 0
        for row in self.rows:
            if not row.ok and not row.skipped:
                row.skipped = True
                count += 1
        return count

    def problems(self) -> list[ImportRow]:
        """Rows that are wrong and not skipped: these block ``apply``."""
        return [row for row in self.rows if not row.ok and not row.skipped]

    @property
    def ready(self) -> bool:
        return not self.problems()

    def refusal(self) -> InvalidArgumentError:
        """The error that says the file's wrong rows stop the import (nothing is saved)."""
        return InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} rij(en) in {file} kloppen niet; er is niets opgeslagen. Verbeter het bestand of "
                    "gebruik --skip-bad om ze over te slaan",
                ),
                count=len(self.problems()),
                file=str(self.file or ""),
            )
        )

    def counts(self) -> dict[str, int]:
        result = {"notes": 0, "dots": 0, "actions": 0, "respondents": 0, "problems": 0, "skipped": 0}
        for row in self.rows:
            if row.skipped:
                result["skipped"] += 1
            elif not row.ok:
                result["problems"] += 1
            elif row.kind is RowKind.RESPONDENTS:
                result["respondents"] += 1
            else:
                result[{RowKind.NOTE: "notes", RowKind.DOT: "dots", RowKind.ACTION: "actions"}[row.kind]] += 1
        return result

    # --- applying ------------------------------------------------------------------------

    def incoming_results(self, session: Session) -> Results:
        """The rows as new results for ``session``; refuses while rows are wrong and not skipped.

        Rows that update a note or action the session has (:meth:`attach`) are not in it: :meth:`apply`
        changes those in place. Dot rows for the same zone and kind in one file are added up; action
        items without a number are numbered after the session's.
        """
        remaining = self.problems()
        if remaining:
            listed = "; ".join(row.describe() for row in remaining[:5])
            more = f" (en nog {len(remaining) - 5})" if len(remaining) > 5 else ""
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{count} rij(en) kloppen niet: {rows}{more}. Verbeter ze of sla ze over; er is niets "
                        "opgeslagen.",
                    ),
                    count=len(remaining),
                    rows=listed,
                    more=more,
                )
            )
        if [zone.id for zone in session.board.zones] != [zone.id for zone in self.board.zones]:
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP("errors", "de controle is gedaan voor een ander bord dan dat van deze sessie")
                )
            )
        _match_rows(self.rows, session, self.context)
        late = self.problems()
        if late:
            raise InvalidArgumentError(
                problem(
                    QT_TRANSLATE_NOOP("errors", "{count} rij(en) kloppen niet bij deze sessie: {rows}"),
                    count=len(late),
                    rows="; ".join(row.describe() for row in late[:5]),
                )
            )
        ids = self._row_ids(session)
        results = Results()
        dot_totals: dict[tuple[str, str], int] = {}
        next_nr = session.results.next_action_nr()
        for index, row in enumerate(self.rows):
            if row.skipped or row.target is not None:
                continue
            if row.kind is RowKind.NOTE:
                results.notes.append(
                    Note(
                        text=row.values["tekst"],
                        zone_id=row.zone_id,
                        color=row.color or "yellow",
                        id=ids[index],
                        source=row.source or NoteSource.IMPORTED,
                        links=_links(row, ids),
                        category=row.category,
                        chosen=row.chosen,
                        work_min=row.work_min,
                        wait_min=row.wait_min,
                    )
                )
            elif row.kind is RowKind.DOT:
                key = (row.zone_id or "", row.dot_kind or "")
                dot_totals[key] = dot_totals.get(key, 0) + (row.count or 0)
            elif row.kind is RowKind.ACTION:
                nr = row.nr if row.nr is not None else next_nr
                next_nr = max(next_nr, nr) + 1
                results.actions.append(
                    ActionItem(
                        nr=nr,
                        action=row.values["actie"],
                        owner=row.values.get("initiatiefnemer", ""),
                        due=row.values.get("tijdpad", ""),
                        impact=row.values.get("impact", ""),
                        workload=row.values.get("werkbelasting", ""),
                        todos=row.values.get("todos", ""),
                        done=_truthy(row.values.get("gedaan", "")),
                        id=ids[index],
                        links=_links(row, ids),
                    )
                )
        # A row's count is stated even when it is 0: it may clear a count (when the user takes it).
        results.dots = [DotCount(zone_id, kind, count) for (zone_id, kind), count in dot_totals.items()]
        return results

    def _row_ids(self, session: Session) -> dict[int, str]:
        """The id of every note and action row: the session's item it updates, the ``id`` of the file when
        that is free, else a new one; the same on every call, so a plan and its application agree."""
        taken = {note.id for note in session.results.notes} | {action.id for action in session.results.actions}
        ids: dict[int, str] = {}
        for index, row in enumerate(self.rows):
            if row.kind not in (RowKind.NOTE, RowKind.ACTION):
                continue
            if row.target is not None:
                ids[index] = row.target
                continue
            if index not in self._new_ids or self._new_ids[index] in taken:
                wanted = row.note_id if row.note_id and row.note_id not in taken else new_id()
                self._new_ids[index] = wanted
            ids[index] = self._new_ids[index]
            taken.add(ids[index])
        return ids

    def plan(self, session: Session) -> MergePlan:
        """How the rows meet what ``session`` holds already, zone by zone (``boards.merging``): where
        both differ the session's data stay unless the user chooses otherwise on the plan."""
        return plan_merge(session.board, session.results, self.incoming_results(session))

    def apply(self, session: Session, plan: MergePlan | None = None, respondents: Keep = Keep.SESSION) -> ImportSummary:
        """Put the rows into ``session`` as ``plan`` (default: :meth:`plan`, unchanged) says; refuses
        while rows are wrong and not skipped. Nothing the session holds is replaced unless chosen.

        Rows naming a note or action the session has place or fill it in (the carried problems sorted
        in a spreadsheet). A number of respondents the session has differently stays unless
        ``respondents`` is ``Keep.INCOMING``.
        """
        plan = plan if plan is not None else self.plan(session)
        merged = plan.merged()
        taken = plan.summary()
        summary = ImportSummary(
            notes=taken.notes_taken, actions=taken.actions_taken, kept=taken.kept, left_out=taken.notes_left_out
        )
        for row in self.rows:
            if row.skipped:
                summary.skipped += 1
            elif row.kind is RowKind.DOT:
                if plan.choice(row.zone_id, Part.DOTS) is Keep.SESSION:
                    summary.left_out += 1
                else:
                    summary.dots += 1
        ids = self._row_ids(session)  # before the merge: the ids the plan's incoming results have
        session.results.replace_with(merged)
        for row in self.rows:
            if row.skipped or not row.ok:
                continue
            if row.kind is RowKind.RESPONDENTS:
                key = row.question_id or ALL_QUESTIONS
                current = session.results.respondents.get(key)
                if current is None or current == row.count or respondents is Keep.INCOMING:
                    session.results.set_respondents(key, row.count)
                    summary.respondents += 1
                else:
                    summary.kept += 1
                    summary.respondents_kept.append((key, current, row.count or 0))
                continue
            item = session.results.item(row.target) if row.target else None
            if item is None:
                continue
            if isinstance(item, Note):
                _update_note(item, row)
            else:
                for field_name, column in ACTION_FIELDS.items():
                    if row.values.get(column):
                        setattr(item, field_name, row.values[column])
                if row.values.get("gedaan"):
                    item.done = _truthy(row.values["gedaan"])
            item.links.update(_links(row, ids))
            summary.updated += 1
        return summary


def _links(row: ImportRow, ids: dict[int, str]) -> dict[str, str]:
    """A row's resolved references as note ids (a reference to a row of the file: that row's note)."""
    return {link: ids[int(value[4:])] if value.startswith("row:") else value for link, value in row.links.items()}


def preview_import(path: Path | str, board: Board, session: Session | None = None) -> ImportPreview:
    """Read ``path`` (CSV or .xlsx) and check every row against ``board`` (and ``session``, when given)."""
    return ImportPreview.from_table(read_table(path), board, session)


# --- parsing and checking one row ---------------------------------------------------------


def _kind_of(values: dict[str, str], hint: str) -> RowKind | None:
    given = values.get("soort", "")
    if given:
        return ROW_KIND_ALIASES.get(normalise(given))
    if hint:
        return ROW_KIND_ALIASES.get(hint)
    if values.get("actie"):
        return RowKind.ACTION
    if values.get("aantal") and not values.get("tekst"):
        return RowKind.DOT
    return RowKind.NOTE


def _parse(source: SourceRow) -> ImportRow:
    return ImportRow(
        line=source.line, sheet=source.sheet, values=dict(source.values), kind=_kind_of(source.values, source.kind_hint)
    )


_INT = re.compile(r"^[+]?\d+(?:[.,]0+)?$")


def _parse_int(text: str) -> int | None:
    text = text.strip()
    if not _INT.match(text):
        return None
    return int(re.split(r"[.,]", text.lstrip("+"))[0])


def _truthy(text: str) -> bool:
    return normalise(text) in ("ja", "j", "x", "yes", "y", "true", "waar", "1", "gedaan", "klaar")


def _fail(row: ImportRow, status: RowStatus, reason: Message) -> None:
    row.status = status
    row.reason = reason


def _check(row: ImportRow, board: Board, matcher: ZoneMatcher) -> None:
    row.status, row.reason = RowStatus.OK, None
    row.zone_id = row.dot_kind = row.color = None
    row.count = row.nr = None
    row.category, row.chosen, row.source = "", False, None
    row.work_min = row.wait_min = None
    row.note_id, row.question_id, row.target, row.links = "", None, None, {}
    if row.kind is None:
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(
                QT_TRANSLATE_NOOP(
                    "sessionio",
                    "soort '{value}' onbekend; gebruik notitie, probleem, idee, stip, actie of respondenten",
                ),
                value=row.values.get("soort", ""),
            ),
        )
        return
    if row.kind is RowKind.ACTION:
        _check_action(row)
        return
    if row.kind is RowKind.RESPONDENTS:
        _check_respondents(row, board)
        return
    reference = row.zone_reference
    if not reference:
        if row.kind is RowKind.NOTE and row.values.get("id"):
            _check_note(row, None)  # a note not yet placed, as our own export writes it
            return
        _fail(
            row,
            RowStatus.UNKNOWN_ZONE,
            _reason(QT_TRANSLATE_NOOP("sessionio", "geen zone ingevuld; kies een zone van het bord")),
        )
        return
    zone = matcher.match(reference)
    if zone is None:
        if matcher.is_ambiguous(reference):
            reason = _reason(
                QT_TRANSLATE_NOOP("sessionio", "'{value}' past bij meer dan één zone; gebruik de zone-id"),
                value=reference,
            )
        else:
            reason = _reason(
                QT_TRANSLATE_NOOP("sessionio", "zone '{value}' staat niet op het bord '{board}'"),
                value=reference,
                board=board.title,
            )
        _fail(row, RowStatus.UNKNOWN_ZONE, reason)
        return
    row.zone_id = zone.id
    if row.kind is RowKind.NOTE:
        _check_note(row, zone)
        return
    # dots
    if not zone.holds.dots:
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(QT_TRANSLATE_NOOP("sessionio", "zone '{zone}' verzamelt geen stippen"), zone=zone.label or zone.id),
        )
        return
    kind = match_dot_kind(zone, row.values.get("stipsoort", ""))
    if kind is None:
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(
                QT_TRANSLATE_NOOP("sessionio", "stipsoort '{value}' onbekend in zone '{zone}'; kies uit: {choices}"),
                value=row.values.get("stipsoort", ""),
                zone=zone.label or zone.id,
                choices=", ".join(kind.label for kind in zone.holds.dots),
            ),
        )
        return
    row.dot_kind = kind.id
    count = _parse_int(row.values.get("aantal", ""))
    if count is None or count > MAX_DOT_COUNT:
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(
                QT_TRANSLATE_NOOP("sessionio", "aantal '{value}' is geen geheel getal van 0 t/m {limit}"),
                value=row.values.get("aantal", ""),
                limit=MAX_DOT_COUNT,
            ),
        )
        return
    row.count = count


def _too_long(row: ImportRow, text: str) -> bool:
    """Mark the row when ``text`` is longer than a note or action may be."""
    if len(text) <= MAX_TEXT:
        return False
    _fail(
        row,
        RowStatus.BAD_VALUE,
        _reason(
            QT_TRANSLATE_NOOP("sessionio", "de tekst is te lang ({length} tekens; hoogstens {limit})"),
            length=len(text),
            limit=MAX_TEXT,
        ),
    )
    return True


def _check_note(row: ImportRow, zone: Zone | None) -> None:
    text = row.values.get("tekst", "")
    if not text:
        _fail(row, RowStatus.BAD_VALUE, _reason(QT_TRANSLATE_NOOP("sessionio", "de tekst van de notitie is leeg")))
        return
    if _too_long(row, text):
        return
    if zone is not None and not zone.holds.notes:
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(QT_TRANSLATE_NOOP("sessionio", "in zone '{zone}' horen geen notities"), zone=zone.label or zone.id),
        )
        return
    color = match_note_color(row.values.get("kleur", ""))
    if color is None:
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(
                QT_TRANSLATE_NOOP("sessionio", "kleur '{value}' onbekend; gebruik geel, roze, oranje, groen of blauw"),
                value=row.values.get("kleur", ""),
            ),
        )
        return
    row.color = color
    given = row.values.get("categorie", "") or ROW_KIND_CATEGORIES.get(normalise(row.values.get("soort", "")), "")
    category = match_category(given)
    if category is None:
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(
                QT_TRANSLATE_NOOP(
                    "sessionio", "categorie '{value}' onbekend; gebruik probleem, idee, processtap of pijnpunt"
                ),
                value=given,
            ),
        )
        return
    row.category = category
    row.chosen = _truthy(row.values.get("gekozen", ""))
    source_text = row.values.get("bron", "")
    if source_text:
        row.source = match_note_source(source_text)
        if row.source is None:
            _fail(
                row,
                RowStatus.BAD_VALUE,
                _reason(
                    QT_TRANSLATE_NOOP(
                        "sessionio", "bron '{value}' onbekend; gebruik getypt, geïmporteerd, van foto of meegenomen"
                    ),
                    value=source_text,
                ),
            )
            return
    for column in ("bewerkingstijd", "wachttijd"):
        try:
            minutes = parse_duration(row.values.get(column, ""))
        except BruinpapierError as error:
            _fail(
                row,
                RowStatus.BAD_VALUE,
                _reason(QT_TRANSLATE_NOOP("sessionio", "{column}: {problem}"), column=column, problem=str(error)),
            )
            return
        if column == "bewerkingstijd":
            row.work_min = minutes
        else:
            row.wait_min = minutes
    note_id = row.values.get("id", "")
    if note_id and not _NOTE_ID.match(note_id):
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(
                QT_TRANSLATE_NOOP("sessionio", "id '{value}' kan niet (letters, cijfers, - _ en ., hoogstens 80)"),
                value=note_id,
            ),
        )
        return
    row.note_id = note_id


def _question_ids(board: Board) -> dict[str, str]:
    """Every way to name a question of a questionnaire → its id: the group's id and label, and every
    answer zone's id and label when that is unique."""
    names: dict[str, str] = {}
    for group in board.groups:
        for key in (group.id, group.label):
            names.setdefault(normalise(key), group.id)
    for zone in board.zones:
        question = zone.group or zone.parent
        if question:
            names.setdefault(normalise(zone.id), question)
    return names


def question_id_for(board: Board, reference: str) -> str:
    """The id of a questionnaire's question named by id or text (or by one of its answer zones)."""
    question = _question_ids(board).get(normalise(reference))
    if question is None:
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP("errors", "vraag '{value}' staat niet op het bord '{board}'"),
                value=reference,
                board=board.title,
            )
        )
    return question


def _check_respondents(row: ImportRow, board: Board) -> None:
    reference = row.zone_reference
    if normalise(reference) == normalise(ALL_QUESTIONS_LABEL):
        reference = ""
    if reference:
        question = _question_ids(board).get(normalise(reference))
        if question is None:
            _fail(
                row,
                RowStatus.UNKNOWN_ZONE,
                _reason(
                    QT_TRANSLATE_NOOP(
                        "sessionio",
                        "vraag '{value}' staat niet op het bord '{board}'; laat de zone leeg voor alle vragen",
                    ),
                    value=reference,
                    board=board.title,
                ),
            )
            return
        row.question_id = question
    else:
        row.question_id = ALL_QUESTIONS
    count = _parse_int(row.values.get("aantal", ""))
    if count is None or count > MAX_DOT_COUNT:
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(
                QT_TRANSLATE_NOOP("sessionio", "aantal respondenten '{value}' is geen geheel getal van 0 t/m {limit}"),
                value=row.values.get("aantal", ""),
                limit=MAX_DOT_COUNT,
            ),
        )
        return
    row.count = count


def _update_note(note: Note, row: ImportRow) -> None:
    """What a row of the file changes in a note the session already has: its place and marks."""
    if row.zone_id is not None:
        note.zone_id = row.zone_id
    if row.values.get("kleur"):
        note.color = row.color or note.color
    if row.category:
        note.category = row.category
    if row.values.get("gekozen"):
        note.chosen = row.chosen
    if row.work_min is not None:
        note.work_min = row.work_min
    if row.wait_min is not None:
        note.wait_min = row.wait_min


def _match_rows(rows: Iterable[ImportRow], session: Session, context: Sequence[Note] = ()) -> None:
    """Find the session's note every note row updates, and resolve every reference.

    A row updates a note when it names its ``id``, or — without an id — when its text is that of a
    carried note not yet placed (the carried problems a team sorts in a spreadsheet), one row per note.
    A reference (``bij probleem`` …) names a note of the session or a row of the file, by id or text.
    """
    rows = list(rows)
    by_id = {note.id: note for note in session.results.notes}
    waiting: dict[str, list[Note]] = {}
    for note in session.results.notes:
        if note.source is NoteSource.CARRIED and note.zone_id is None:
            waiting.setdefault(normalise(note.text), []).append(note)
    actions = {(action.nr, normalise(action.action)): action.id for action in session.results.actions}
    for row in rows:
        row.target, row.links = None, {}
        if row.kind is RowKind.ACTION and row.ok:
            # The same Nr. and text as an action the session has (one carried from a chosen idea):
            # the row fills in its initiatiefnemer, tijdpad … instead of adding it again.
            row.target = actions.pop((row.nr, normalise(row.values.get("actie", ""))), None)
            continue
        if row.kind is not RowKind.NOTE or not row.ok:
            continue
        if row.note_id and row.note_id in by_id:
            row.target = row.note_id
            continue
        candidates = [
            note
            for note in waiting.get(normalise(row.values.get("tekst", "")), [])
            if not row.category or note.category in ("", row.category)
        ]
        if candidates and not row.note_id:
            row.target = candidates[0].id
            waiting[normalise(row.values.get("tekst", ""))].remove(candidates[0])
    for index, row in enumerate(rows):
        if not row.ok or row.skipped:
            continue
        references = (
            NOTE_REFERENCES if row.kind is RowKind.NOTE else ACTION_REFERENCES if row.kind is RowKind.ACTION else ()
        )
        for column, link, category in references:
            wanted = row.values.get(column, "")
            if not wanted:
                continue
            found = _resolve(wanted, category, rows, index, session, context)
            if found is None:
                _fail(
                    row,
                    RowStatus.BAD_VALUE,
                    _reason(
                        QT_TRANSLATE_NOOP(
                            "sessionio",
                            "'{value}' ({column}) staat niet in deze sessie of in dit bestand, of past bij meer dan "
                            "één notitie; gebruik de id",
                        ),
                        value=wanted,
                        column=column.replace("_", " "),
                    ),
                )
                break
            row.links[link] = found


def _resolve(
    wanted: str, category: str, rows: list[ImportRow], own: int, session: Session, context: Sequence[Note]
) -> str | None:
    """The note a reference names: a note's id (the session's, else one of ``context``), or ``row:N`` for a
    note row of the file; None if there is none or more than one.

    A reference written as a note id that is nowhere to be found is kept as it is: our own export
    writes the id of a note in another session of the trajectory that way.
    """
    for note in [*session.results.notes, *context]:
        if note.id == wanted:
            return note.id
    key = normalise(wanted)

    def fits(text: str, note_category: str) -> bool:
        return normalise(text) == key and note_category in ("", category)

    in_file = {
        index: row
        for index, row in enumerate(rows)
        if index != own and row.kind is RowKind.NOTE and row.ok and not row.skipped
    }
    for index, row in in_file.items():
        if row.note_id == wanted:
            return f"row:{index}"
    found = {
        row.target or f"row:{index}"
        for index, row in in_file.items()
        if fits(row.values.get("tekst", ""), row.category)
    }
    updated = {row.target for row in in_file.values() if row.target}
    found |= {note.id for note in session.results.notes if fits(note.text, note.category) and note.id not in updated}
    if not found:
        found = {note.id for note in context if fits(note.text, note.category)}
    if not found and _EXPORTED_ID.match(wanted):
        return wanted
    return found.pop() if len(found) == 1 else None


def _check_action(row: ImportRow) -> None:
    text = row.values.get("actie", "") or row.values.get("tekst", "")
    row.values["actie"] = text
    if not text:
        _fail(row, RowStatus.BAD_VALUE, _reason(QT_TRANSLATE_NOOP("sessionio", "'Concreet actiepunt' is leeg")))
        return
    if _too_long(row, text):
        return
    for column in ("initiatiefnemer", "tijdpad", "impact", "werkbelasting"):
        if len(row.values.get(column, "")) > 300:
            _fail(
                row,
                RowStatus.BAD_VALUE,
                _reason(QT_TRANSLATE_NOOP("sessionio", "'{column}' is te lang (hoogstens 300 tekens)"), column=column),
            )
            return
    nr_text = row.values.get("nr", "")
    if nr_text:
        nr = _parse_int(nr_text)
        if nr is None:
            _fail(
                row,
                RowStatus.BAD_VALUE,
                _reason(QT_TRANSLATE_NOOP("sessionio", "Nr. '{value}' is geen geheel getal"), value=nr_text),
            )
            return
        row.nr = nr
