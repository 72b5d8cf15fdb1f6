"""Everything the analysis says about a list of sessions, in one object.

``analyse(sessions)`` runs the summaries that fit each board and the
cross-session comparisons that fit the selection; the exports (Excel, PDF,
JSON) and the desktop view all read this object.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from boards.analysis import tables
from boards.analysis.across import SchoolComparison, Trend, across_schools, over_time
from boards.analysis.distribution import GENERIC_SUBJECT, Distribution, distribution, distribution_kind
from boards.analysis.grid import GridTable, grid_table
from boards.analysis.procesplaat import ProcessAnalysis, analyse_processes, is_process_board
from boards.analysis.scales import ScaleAnalysis, analyse_scales
from boards.analysis.summaries import color_counts, dot_kind_counts, zone_counts
from boards.analysis.vsm import VsmAnalysis, analyse_vsm
from boards.errors import BruinpapierError
from boards.i18n import QT_TRANSLATE_NOOP, Message
from boards.methods import get_method
from boards.session import Session
from boards.written import (
    CONCLUSION_PREFIX,
    SUGGESTION_PREFIX,
    WrittenArea,
    conclusion_zone,
    team_conclusion,
    written_areas,
)


@dataclass
class SessionAnalysis:
    session: Session
    label: str
    method_title: str
    step_title: str
    zone_counts: pd.DataFrame
    color_counts: pd.DataFrame
    kind_counts: pd.DataFrame
    actions: pd.DataFrame
    processes: ProcessAnalysis | None = None
    distribution: Distribution | None = None
    grid: GridTable | None = None
    scales: ScaleAnalysis | None = None
    vsm: VsmAnalysis | None = None
    #: What the team wrote in the board's CONCLUSIE area: its own words ("" when nothing).
    conclusion: str = ""
    #: A conclusion Bruinpapier derives from the counts: only ever shown as a suggestion.
    suggestion: str | None = None
    #: The board's areas for written text (the answers to the plate's question, the CONCLUSIE).
    written: list[WrittenArea] = field(default_factory=list)
    #: Conclusion, suggestion and summaries as Dutch sentences, each marked with what it is.
    findings: list[str] = field(default_factory=list)
    #: The findings as translatable messages; ``findings`` is their Dutch.
    finding_messages: list[Message] = field(default_factory=list)

    @property
    def has_conclusion_area(self) -> bool:
        return conclusion_zone(self.session.board) is not None

    @property
    def open_actions(self) -> pd.DataFrame:
        return self.actions[self.actions["open"]]


@dataclass
class Analysis:
    sessions: list[Session]
    per_session: list[SessionAnalysis]
    notes: pd.DataFrame
    dots: pd.DataFrame
    actions: pd.DataFrame
    overview: pd.DataFrame
    trends: list[Trend]
    comparisons: list[SchoolComparison]


def method_and_step_titles(session: Session) -> tuple[str, str]:
    method_id = session.method or session.board.method
    step_id = session.step or session.board.step
    if not method_id:
        return "", step_id or ""
    try:
        method = get_method(method_id)
    except BruinpapierError:
        return method_id, step_id or ""
    if not step_id:
        return method.title, ""
    try:
        step = method.step(step_id)
    except BruinpapierError:
        return method.title, step_id
    return method.title, f"stap {step.nr}: {step.title}"


def analyse_session(session: Session) -> SessionAnalysis:
    method_title, step_title = method_and_step_titles(session)
    result = SessionAnalysis(
        session=session,
        label=tables.session_label(session),
        method_title=method_title,
        step_title=step_title,
        zone_counts=zone_counts(session),
        color_counts=color_counts(session),
        kind_counts=dot_kind_counts(session),
        actions=tables.actions_table([session]),
    )
    board = session.board
    result.conclusion = team_conclusion(session)
    result.written = written_areas(session)
    if is_process_board(board):
        result.processes = analyse_processes(session)
        result.suggestion = result.processes.suggestion if result.processes else None
    result.scales = analyse_scales(session)
    result.vsm = analyse_vsm(session)
    if result.processes is None and result.scales is None:
        kind = distribution_kind(board)
        if kind is not None and kind[0] != GENERIC_SUBJECT:
            result.distribution = distribution(session, *kind)
        else:
            grid = grid_table(session)
            result.grid = grid if grid is not None and grid.grid.labelled else None
            if result.grid is None and (kind is not None or grid is not None):
                result.distribution = distribution(session, *(kind or (GENERIC_SUBJECT, "vak")))
    result.finding_messages = _findings(result)
    result.findings = [message.render() for message in result.finding_messages]
    return result


#: How a finding says whose words it is (the prefixes of ``boards.written``, translatable).
CONCLUSION_LINE = QT_TRANSLATE_NOOP("analysis", "Conclusie van het team: {text}")
SUGGESTION_LINE = QT_TRANSLATE_NOOP("analysis", "Suggestie van Bruinpapier: {text}")
assert CONCLUSION_LINE.startswith(CONCLUSION_PREFIX) and SUGGESTION_LINE.startswith(SUGGESTION_PREFIX)


def _said(template: str, /, **params: object) -> Message:
    return Message("analysis", template, dict(params))


def conclusion_messages(result: SessionAnalysis) -> list[Message]:
    """The team's conclusion and Bruinpapier's suggestion, each marked with whose words they are."""
    lines = []
    if result.conclusion:
        lines.append(_said(CONCLUSION_LINE, text=result.conclusion.replace("\n", " / ")))
    elif result.has_conclusion_area:
        lines.append(_said(CONCLUSION_LINE, text=_said(QT_TRANSLATE_NOOP("analysis", "(nog niet ingevuld)"))))
    suggestion = result.processes.suggestion_message if result.processes is not None else None
    if suggestion is not None and suggestion.render():
        lines.append(_said(SUGGESTION_LINE, text=suggestion))
    return lines


def conclusion_lines(result: SessionAnalysis) -> list[str]:
    """The same in Dutch (the report, the command line)."""
    return [message.render() for message in conclusion_messages(result)]


def _findings(result: SessionAnalysis) -> list[Message]:
    found = conclusion_messages(result)
    if result.processes is not None and result.processes.suggestion is None:
        found.append(_said(QT_TRANSLATE_NOOP("analysis", "Er zijn (nog) geen stippen geplakt.")))
    if result.vsm is not None:
        found += [_said(line) for line in result.vsm.summary]  # Dutch sentences of their own (not translated)
    if result.scales is not None:
        for question in result.scales.choice_questions.itertuples():
            if question.remark:
                found.append(_said(f"{question.question}: {question.remark}."))
    if result.distribution is not None:
        found.append(result.distribution.summary_message)
    if result.grid is not None:
        found.append(result.grid.summary_message)
    if len(result.actions):
        count, open_count = len(result.actions), int(result.actions["open"].sum())
        if count == 1:
            found.append(
                _said(
                    QT_TRANSLATE_NOOP("analysis", "{count} actiepunt, waarvan {open} open."), count=1, open=open_count
                )
            )
        else:
            found.append(
                _said(
                    QT_TRANSLATE_NOOP("analysis", "{count} actiepunten, waarvan {open} open."),
                    count=count,
                    open=open_count,
                )
            )
    return found


def analyse(sessions: Sequence[Session]) -> Analysis:
    sessions = list(sessions)
    per_session = [analyse_session(session) for session in sessions]
    trends: list[Trend] = []
    comparisons: list[SchoolComparison] = []
    by_board: dict[str, list[Session]] = {}
    for session in sessions:
        by_board.setdefault(session.board.id, []).append(session)
    for board_id, board_sessions in by_board.items():
        per_school = Counter(session.school for session in board_sessions)
        dated = [session for session in board_sessions if session.date]  # a session without a date has no place
        for school in per_school:
            dates = {session.date for session in dated if session.school == school}
            if len(dates) >= 2:
                trends.append(over_time(dated, board_id, school))
        if len(per_school) >= 2:
            comparisons.append(across_schools(board_sessions, board_id))
    return Analysis(
        sessions=sessions,
        per_session=per_session,
        notes=tables.notes_table(sessions),
        dots=tables.dots_table(sessions),
        actions=tables.actions_table(sessions),
        overview=tables.sessions_table(sessions),
        trends=trends,
        comparisons=comparisons,
    )


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return _clean(value.item())
    return value


def frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(key): _clean(value) for key, value in row.items()} for row in frame.to_dict(orient="records")]


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """A JSON-ready view (English keys) of the whole analysis."""
    sessions = []
    for item in analysis.per_session:
        entry: dict[str, Any] = {
            "session": item.session.id,
            "label": item.label,
            "school": item.session.school,
            "date": item.session.date,
            "board_id": item.session.board.id,
            "board_title": item.session.board.title,
            "method": item.method_title,
            "step": item.step_title,
            "zones": frame_records(item.zone_counts),
            "colors": frame_records(item.color_counts),
            "dot_kinds": frame_records(item.kind_counts),
            "actions": frame_records(
                item.actions[["nr", "action", "owner", "due", "impact", "workload", "done", "open"]]
            ),
            "findings": item.findings,
        }
        entry["conclusion"] = item.conclusion or None
        entry["suggestion"] = item.suggestion
        if item.written:
            entry["written"] = [
                {
                    "zone_id": area.zone_id,
                    "label": area.label,
                    "texts": list(area.texts),
                    "conclusion": area.is_conclusion,
                }
                for area in item.written
            ]
        if item.processes is not None:
            entry["processes"] = {
                "burden_kind": item.processes.kinds.burden.id,
                "positive_kind": item.processes.kinds.positive.id,
                "ranking": frame_records(item.processes.processes),
                "groups": frame_records(item.processes.groups),
                "suggestion": item.processes.suggestion,
            }
        if item.vsm is not None:
            entry["vsm"] = {
                "steps": frame_records(item.vsm.steps),
                "lead_min": item.vsm.lead_min,
                "work_min": item.vsm.work_min,
                "wait_min": item.vsm.wait_min,
                "value_share": item.vsm.value_share,
                "longest_waits": [{"step": label, "minutes": minutes} for label, minutes in item.vsm.longest_waits],
                "without_times": item.vsm.without_times,
                "summary": item.vsm.summary,
            }
        if item.distribution is not None:
            entry["distribution"] = {
                "subject": item.distribution.subject,
                "area": item.distribution.area,
                "zones": frame_records(item.distribution.table),
                "summary": item.distribution.summary,
            }
        if item.grid is not None:
            entry["matrix"] = {
                "rows": item.grid.grid.rows,
                "columns": item.grid.grid.columns,
                "counts": item.grid.table.to_numpy().tolist(),
                "summary": item.grid.summary,
            }
        if item.scales is not None:
            entry["scales"] = {
                "answers": frame_records(item.scales.answers),
                "questions": frame_records(item.scales.questions),
            }
        sessions.append(entry)
    return {
        "sessions": sessions,
        "trends": [
            {
                "board_id": trend.board_id,
                "school": trend.school,
                "dates": trend.dates,
                "zones": frame_records(trend.table),
                "moved": frame_records(trend.moved),
            }
            for trend in analysis.trends
        ],
        "schools": [
            {"board_id": comparison.board_id, "schools": comparison.schools, "zones": frame_records(comparison.table)}
            for comparison in analysis.comparisons
        ],
    }
