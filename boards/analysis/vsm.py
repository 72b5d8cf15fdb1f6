"""Figures of a Value Stream Map: doorlooptijd, bewerkingstijd, share of value-adding time, waits.

The seed tells teams to "kwantificeer processtappen waar mogelijk" and to write it on the
datazijde; value-stream tools (eVSM, Lucidchart's VSM shapes) then compute what no paper board
gives. Here a process step is a note on the Proceszijde. Its **bewerkingstijd** (time spent
working on it) and **wachttijd** (time the work waits before it) come from, in this order:

1. the times typed for the note (``Note.work_min`` / ``Note.wait_min``: spreadsheet columns
   *bewerkingstijd* and *wachttijd*, or the app);
2. durations in the note's own text ("Groepsplan invullen 20 min");
3. durations on Datazijde notes that belong to the step: linked to it (``process_step``), or,
   when the photo gave positions, the note standing under it.

A duration after a word like "wacht" is a wachttijd, any other a bewerkingstijd
(:func:`boards.durations.find_durations`). Steps follow the Proceszijde from left to right
(their position on the board), or the order they were entered.

Doorlooptijd = all bewerkingstijd + all wachttijd; the value-adding share is bewerkingstijd
÷ doorlooptijd. Steps without a known time are named, never counted as zero silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from boards.analysis.dutch import format_percent
from boards.durations import find_durations, format_duration, format_duration_long
from boards.session import Note, Session
from boards.vsm import data_lane, is_process_step, process_lane

TYPED = "getypt"
FROM_TEXT = "uit de tekst"
FROM_DATA = "van de datazijde"

#: How many of the longest waits the summary names.
LONGEST_WAITS = 3

STEP_COLUMNS = ["nr", "step", "work_min", "wait_min", "work_text", "wait_text", "source", "note_id"]


@dataclass
class VsmStep:
    note: Note
    work_min: float | None = None
    wait_min: float | None = None
    sources: list[str] = field(default_factory=list)


@dataclass
class VsmAnalysis:
    """``steps``: nr, step, work_min, wait_min (NaN when unknown), work_text, wait_text, source, note_id."""

    steps: pd.DataFrame
    work_min: float  # all known bewerkingstijd
    wait_min: float  # all known wachttijd
    lead_min: float  # doorlooptijd: both together
    value_share: float | None  # bewerkingstijd as a percentage of the doorlooptijd; None without times
    longest_waits: list[tuple[str, float]]  # (step, minutes), longest first
    without_times: list[str]  # steps with neither time known
    summary: list[str]  # the figures in Dutch sentences

    @property
    def has_times(self) -> bool:
        return self.lead_min > 0

    def totals_table(self) -> pd.DataFrame:
        """The figures as a small table: measure, minutes, readable text (for Excel and the report)."""
        rows = [
            ("Doorlooptijd", self.lead_min, format_duration_long(self.lead_min)),
            ("Bewerkingstijd (samen)", self.work_min, format_duration_long(self.work_min)),
            ("Wachttijd (samen)", self.wait_min, format_duration_long(self.wait_min)),
        ]
        frame = pd.DataFrame(rows, columns=["measure", "minutes", "text"])
        share = pd.DataFrame(
            [
                (
                    "Aandeel bewerkingstijd (waarde toevoegend)",
                    float("nan"),
                    format_percent(self.value_share) if self.value_share is not None else "onbekend",
                )
            ],
            columns=["measure", "minutes", "text"],
        )
        return pd.concat([frame, share], ignore_index=True)


def _steps_in_order(session: Session) -> list[Note]:
    steps = [note for note in session.results.notes if note.text.strip() and is_process_step(session.board, note)]
    if steps and all(note.x_mm is not None for note in steps):
        return sorted(steps, key=lambda note: (note.x_mm, note.y_mm or 0.0))
    return steps


def _add(step: VsmStep, text: str, source: str) -> None:
    for found in find_durations(text):
        if found.waiting:
            step.wait_min = (step.wait_min or 0.0) + found.minutes
        else:
            step.work_min = (step.work_min or 0.0) + found.minutes
        if source not in step.sources:
            step.sources.append(source)


def _nearest(steps: list[VsmStep], note: Note) -> VsmStep | None:
    if note.x_mm is None or not all(step.note.x_mm is not None for step in steps):
        return None
    return min(steps, key=lambda step: abs((step.note.x_mm or 0.0) - (note.x_mm or 0.0)), default=None)


def analyse_vsm(session: Session) -> VsmAnalysis | None:
    """The VSM's figures, or None when the board has no Proceszijde or no process steps on it."""
    board = session.board
    lane = process_lane(board)
    if lane is None:
        return None
    notes = _steps_in_order(session)
    if not notes:
        return None
    steps = [VsmStep(note) for note in notes]
    by_id = {step.note.id: step for step in steps}
    for step in steps:
        if step.note.work_min is not None or step.note.wait_min is not None:
            step.work_min, step.wait_min = step.note.work_min, step.note.wait_min
            step.sources.append(TYPED)
        else:
            _add(step, step.note.text, FROM_TEXT)
    data = data_lane(board)
    for note in session.results.notes_in(data.id) if data else []:
        target = by_id.get(note.links.get("process_step", "")) or _nearest(steps, note)
        if target is not None and TYPED not in target.sources:
            _add(target, note.text, FROM_DATA)
    rows = []
    for nr, step in enumerate(steps, start=1):
        rows.append(
            (
                nr,
                step.note.text.strip(),
                float("nan") if step.work_min is None else step.work_min,
                float("nan") if step.wait_min is None else step.wait_min,
                format_duration(step.work_min),
                format_duration(step.wait_min),
                ", ".join(step.sources),
                step.note.id,
            )
        )
    table = pd.DataFrame(rows, columns=STEP_COLUMNS)
    work = sum(step.work_min or 0.0 for step in steps)
    wait = sum(step.wait_min or 0.0 for step in steps)
    lead = work + wait
    share = work * 100.0 / lead if lead else None
    waits = sorted(
        ((step.note.text.strip(), step.wait_min) for step in steps if step.wait_min),
        key=lambda item: -item[1],
    )[:LONGEST_WAITS]
    without = [step.note.text.strip() for step in steps if step.work_min is None and step.wait_min is None]
    return VsmAnalysis(
        table, work, wait, lead, share, waits, without, _summary(steps, work, wait, lead, share, waits, without)
    )


def _summary(
    steps: list[VsmStep],
    work: float,
    wait: float,
    lead: float,
    share: float | None,
    waits: list[tuple[str, float]],
    without: list[str],
) -> list[str]:
    if not lead:
        return [
            f"Van de {len(steps)} processtappen is nog geen tijd bekend; noteer bewerkingstijd en wachttijd "
            "per stap (bijv. 10 min, 2 dagen) om de doorlooptijd te berekenen."
        ]
    lines = [
        f"Doorlooptijd {format_duration_long(lead)}: bewerkingstijd {format_duration_long(work)}, "
        f"wachttijd {format_duration_long(wait)}.",
        f"Waarde toevoegend (bewerkingstijd als deel van de doorlooptijd): {format_percent(share)}.",
    ]
    if waits:
        named = "; ".join(f"{label} ({format_duration_long(minutes)})" for label, minutes in waits)
        lines.append(("Langste wachttijd: " if len(waits) == 1 else "Langste wachttijden: ") + named + ".")
    if without:
        lines.append(
            f"Zonder tijd (niet meegeteld): {', '.join(without)}."
            if len(without) > 1
            else f"Zonder tijd (niet meegeteld): {without[0]}."
        )
    return lines


@dataclass(frozen=True)
class LadderSegment:
    """One piece of the lead-time ladder under the steps, in board millimetres (x only)."""

    x0: float
    x1: float
    level: str  # "wacht" (the upper rung, between steps) or "bewerking" (the lower rung, under a step)
    text: str
    step: str = ""  # the lower rung: the step it lies under


def ladder(vsm: VsmAnalysis, session: Session) -> list[LadderSegment]:
    """The ladder-shaped timeline VSM tools draw under the process: for every step a wait on the
    upper level before it and its bewerkingstijd on the lower level under it (board mm along x).

    Steps lie where their notes are when the photo or the app gave positions; otherwise they are
    spread evenly over the Proceszijde.
    """
    lane = process_lane(session.board)
    if lane is None or vsm.steps.empty:
        return []
    notes = {note.id: note for note in session.results.notes}
    count = len(vsm.steps)
    placed = [notes.get(note_id) for note_id in vsm.steps["note_id"]]
    spread = lane.rect.width / count
    boxes = []
    for index, note in enumerate(placed):
        if note is not None and note.x_mm is not None and all(n is not None and n.x_mm is not None for n in placed):
            half = (note.width_mm or spread * 0.6) / 2
            boxes.append((note.x_mm - half, note.x_mm + half))
        else:
            left = lane.rect.x + spread * index
            boxes.append((left + spread * 0.25, left + spread * 0.85))
    segments = []
    previous_end = lane.rect.x
    for (x0, x1), row in zip(boxes, vsm.steps.itertuples()):
        segments.append(LadderSegment(previous_end, x0, "wacht", row.wait_text or "?"))
        segments.append(LadderSegment(x0, x1, "bewerking", row.work_text or "?", str(row.step)))
        previous_end = x1
    return segments
