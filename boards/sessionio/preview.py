"""Import preview: every row of a results file parsed and checked against a board.

Nothing touches the session until ``apply``. Rows with an unknown zone or a bad
value carry a Dutch reason; the caller fixes them (``set_zone``) or skips them
(``skip``) first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from boards.errors import InvalidArgumentError, problem
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.merging import Keep, MergePlan, Part, plan_merge
from boards.model import Board
from boards.session import MAX_DOT_COUNT, ActionItem, DotCount, Note, NoteSource, Results, Session
from boards.sessionio.matching import ZoneMatcher, match_dot_kind, match_note_color, normalise
from boards.sessionio.tables import SourceRow, Table, read_table

MAX_TEXT = 20_000


class RowKind(str, Enum):
    NOTE = "notitie"
    DOT = "stip"
    ACTION = "actie"


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
}


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


@dataclass
class ImportPreview:
    board: Board
    rows: list[ImportRow]
    file: Path | None = None
    ignored_columns: list[str] = field(default_factory=list)

    @classmethod
    def from_table(cls, table: Table, board: Board) -> ImportPreview:
        preview = cls(board, [_parse(row) for row in table.rows], table.file, list(table.ignored_columns))
        preview.check_all()
        return preview

    # --- checking ------------------------------------------------------------------------

    def check_all(self) -> None:
        matcher = ZoneMatcher(self.board)
        for row in self.rows:
            _check(row, self.board, matcher)

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
        _check(row, self.board, ZoneMatcher(self.board))
        return row

    def set_value(self, index: int, column: str, value: str) -> ImportRow:
        """Correct one cell (canonical column name, e.g. ``aantal``) and re-check the row."""
        row = self.rows[index]
        row.values[column] = value.strip()
        if column == "soort":
            row.kind = _kind_of(row.values, "")
        _check(row, self.board, ZoneMatcher(self.board))
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

    def counts(self) -> dict[str, int]:
        result = {"notes": 0, "dots": 0, "actions": 0, "problems": 0, "skipped": 0}
        for row in self.rows:
            if row.skipped:
                result["skipped"] += 1
            elif not row.ok:
                result["problems"] += 1
            else:
                result[{RowKind.NOTE: "notes", RowKind.DOT: "dots", RowKind.ACTION: "actions"}[row.kind]] += 1
        return result

    # --- applying ------------------------------------------------------------------------

    def incoming_results(self, session: Session) -> Results:
        """The rows as results for ``session``; refuses while rows are wrong and not skipped.

        Dot rows for the same zone and kind in one file are added up; action items without a number
        are numbered after the session's.
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
        results = Results()
        dot_totals: dict[tuple[str, str], int] = {}
        next_nr = session.results.next_action_nr()
        for row in self.rows:
            if row.skipped:
                continue
            if row.kind is RowKind.NOTE:
                results.notes.append(
                    Note(
                        text=row.values["tekst"],
                        zone_id=row.zone_id,
                        color=row.color or "yellow",
                        source=NoteSource.IMPORTED,
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
                    )
                )
        # A row's count is stated even when it is 0: it may clear a count (when the user takes it).
        results.dots = [DotCount(zone_id, kind, count) for (zone_id, kind), count in dot_totals.items()]
        return results

    def plan(self, session: Session) -> MergePlan:
        """How the rows meet what ``session`` holds already, zone by zone (``boards.merging``): where
        both differ the session's data stay unless the user chooses otherwise on the plan."""
        return plan_merge(session.board, session.results, self.incoming_results(session))

    def apply(self, session: Session, plan: MergePlan | None = None) -> ImportSummary:
        """Put the rows into ``session`` as ``plan`` (default: :meth:`plan`, unchanged) says; refuses
        while rows are wrong and not skipped. Nothing the session holds is replaced unless chosen."""
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
        session.results.replace_with(merged)
        return summary


def preview_import(path: Path | str, board: Board) -> ImportPreview:
    """Read ``path`` (CSV or .xlsx) and check every row against ``board``."""
    return ImportPreview.from_table(read_table(path), board)


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
    if row.kind is None:
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(
                QT_TRANSLATE_NOOP("sessionio", "soort '{value}' onbekend; gebruik notitie, stip of actie"),
                value=row.values.get("soort", ""),
            ),
        )
        return
    if row.kind is RowKind.ACTION:
        _check_action(row)
        return
    reference = row.zone_reference
    if not reference:
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
        text = row.values.get("tekst", "")
        if not text:
            _fail(row, RowStatus.BAD_VALUE, _reason(QT_TRANSLATE_NOOP("sessionio", "de tekst van de notitie is leeg")))
        elif len(text) > MAX_TEXT:
            _fail(
                row,
                RowStatus.BAD_VALUE,
                _reason(
                    QT_TRANSLATE_NOOP("sessionio", "de tekst is te lang ({length} tekens; hoogstens {limit})"),
                    length=len(text),
                    limit=MAX_TEXT,
                ),
            )
        elif not zone.holds.notes:
            _fail(
                row,
                RowStatus.BAD_VALUE,
                _reason(
                    QT_TRANSLATE_NOOP("sessionio", "in zone '{zone}' horen geen notities"), zone=zone.label or zone.id
                ),
            )
        else:
            color = match_note_color(row.values.get("kleur", ""))
            if color is None:
                _fail(
                    row,
                    RowStatus.BAD_VALUE,
                    _reason(
                        QT_TRANSLATE_NOOP(
                            "sessionio", "kleur '{value}' onbekend; gebruik geel, roze, oranje, groen of blauw"
                        ),
                        value=row.values.get("kleur", ""),
                    ),
                )
            row.color = color
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


def _check_action(row: ImportRow) -> None:
    text = row.values.get("actie", "") or row.values.get("tekst", "")
    row.values["actie"] = text
    if not text:
        _fail(row, RowStatus.BAD_VALUE, _reason(QT_TRANSLATE_NOOP("sessionio", "'Concreet actiepunt' is leeg")))
        return
    if len(text) > MAX_TEXT:
        _fail(
            row,
            RowStatus.BAD_VALUE,
            _reason(
                QT_TRANSLATE_NOOP("sessionio", "de tekst is te lang ({length} tekens; hoogstens {limit})"),
                length=len(text),
                limit=MAX_TEXT,
            ),
        )
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
