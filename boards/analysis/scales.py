"""Questionnaires (the Borgstee zelfevaluatie): counts, shares and means per question.

Every answer is a dot on a zone; the zones of one question share a group (or a
parent zone), whose label (or the parent's question or label) is the question.

- A **scale question** has one zone per value (``scale_value`` 1..5, 1..9, 1..10):
  each respondent gives one answer, and a share is of the answers given, as the
  seed counts it (6 of 9 answers → 66,7 %), with the mean.
- Any other question of a questionnaire is a **multiple-choice question**: a
  respondent may tick several options, so a share is of the *respondents*, which
  the team enters (``Results.respondents``): the seed's "9 (81,8%)" is 9 of its
  11 respondents. Without that number the shares are unknown, and the analysis
  says so instead of dividing by the ticks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from boards.analysis.dutch import format_count_percent, format_number, format_percent
from boards.model import Board, Zone
from boards.session import Session

SCALE = "schaal"
CHOICE = "meerkeuze"

ANSWER_COLUMNS = [
    "question_id",
    "question",
    "question_kind",
    "value",
    "zone_label",
    "count",
    "base",
    "percent",
    "percent_text",
    "label",
]
QUESTION_COLUMNS = ["question_id", "question", "question_kind", "answers", "respondents", "mean", "mean_text", "remark"]


@dataclass
class ScaleAnalysis:
    """One row per answer option and one per question, scale and multiple-choice questions alike.

    ``answers``: question_id, question, question_kind (``schaal``/``meerkeuze``), value (the scale
    value; NaN for an option), zone_label, count, base (what the share is of: the answers of a
    scale question, the respondents of a multiple-choice question; NaN when unknown), percent
    (0..100, NaN when unknown), percent_text ("27,3 %"), label ("3 (27,3 %)", as the seed's charts).

    ``questions``: question_id, question, question_kind, answers (dots in total), respondents (NaN
    when unknown), mean and mean_text (scale questions), remark (what the reader must know).
    """

    answers: pd.DataFrame
    questions: pd.DataFrame

    def answers_of(self, question_id: str) -> pd.DataFrame:
        return self.answers[self.answers["question_id"] == question_id]

    @property
    def scale_questions(self) -> pd.DataFrame:
        return self.questions[self.questions["question_kind"] == SCALE]

    @property
    def choice_questions(self) -> pd.DataFrame:
        return self.questions[self.questions["question_kind"] == CHOICE]


def _question_of(board: Board, zone: Zone) -> tuple[str, str]:
    if zone.group:
        group = board.group(zone.group)
        return zone.group, (group.label if group else zone.group)
    if zone.parent:
        parent = board.zone(zone.parent)
        text = (parent.question or parent.label) if parent else zone.parent
        return zone.parent, text
    return "", board.question or board.title


def scale_zones(board: Board) -> list[Zone]:
    return [zone for zone in board.zones if zone.scale_value is not None]


def has_scales(board: Board) -> bool:
    return board.is_questionnaire


def question_zones(board: Board) -> dict[str, tuple[str, list[Zone]]]:
    """A questionnaire's questions: question id → (question text, its answer zones in board order).

    A board is a questionnaire when it has scale answers; then every group (or parent) of
    zones that collect dots is a question. Other boards have none.
    """
    if not has_scales(board):
        return {}
    questions: dict[str, tuple[str, list[Zone]]] = {}
    for zone in board.zones:
        if not zone.holds.dots or not (zone.group or zone.parent or zone.scale_value is not None):
            continue
        key, text = _question_of(board, zone)
        questions.setdefault(key, (text, []))[1].append(zone)
    return questions


def percentages(counts: list[int]) -> list[float | None]:
    """Each count as a percentage of their sum (None for all when the sum is 0)."""
    total = sum(counts)
    return [count * 100.0 / total if total else None for count in counts]


def _nan(value: float | int | None) -> float:
    return float("nan") if value is None else float(value)


def analyse_scales(session: Session) -> ScaleAnalysis | None:
    board = session.board
    questions = question_zones(board)
    if not questions:
        return None
    dots: Counter[str] = Counter()
    for dot in session.results.dots:
        dots[dot.zone_id] += dot.count
    answer_rows = []
    question_rows = []
    for key, (text, members) in questions.items():
        is_scale = all(zone.scale_value is not None for zone in members)
        if is_scale:
            members = sorted(members, key=lambda zone: float(zone.scale_value or 0))
        counts = [dots[zone.id] for zone in members]
        total = sum(counts)
        remark = ""
        if is_scale:
            base: int | None = total or None
            respondents: int | None = total
        else:
            respondents = session.results.respondents_for(key)
            base = respondents or None
            if respondents is None:
                remark = "aantal respondenten onbekend: het aandeel per antwoord is niet te berekenen"
            elif counts and max(counts) > respondents:
                remark = f"meer antwoorden bij één keuze ({max(counts)}) dan respondenten ({respondents}); klopt dat?"
        for zone, count in zip(members, counts):
            share = count * 100.0 / base if base else None
            answer_rows.append(
                (
                    key,
                    text,
                    SCALE if is_scale else CHOICE,
                    _nan(zone.scale_value),
                    zone.label or format_number(zone.scale_value),
                    count,
                    _nan(base),
                    _nan(share),
                    format_percent(share) if share is not None else "",
                    format_count_percent(count, share) if share is not None else str(count),
                )
            )
        mean = None
        if is_scale and total:
            mean = sum(float(zone.scale_value or 0) * count for zone, count in zip(members, counts)) / total
        question_rows.append(
            (
                key,
                text,
                SCALE if is_scale else CHOICE,
                total,
                _nan(respondents),
                _nan(mean),
                format_number(mean) if mean is not None else "",
                remark,
            )
        )
    answers = pd.DataFrame(answer_rows, columns=ANSWER_COLUMNS).astype({"count": "int64"})
    summary = pd.DataFrame(question_rows, columns=QUESTION_COLUMNS).astype({"answers": "int64"})
    return ScaleAnalysis(answers, summary)
