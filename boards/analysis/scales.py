"""Questionnaire scales (the Borgstee zelfevaluatie): counts, percentages, means.

A scale answer is a dot on a zone with ``scale_value`` set: one zone per
answer (1..5, 1..9, 1..10). The zones of one question share a group (or a
parent zone); the question text is that group's label (or the parent's
question or label).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from boards.analysis.dutch import format_count_percent, format_number, format_percent
from boards.model import Board, Zone
from boards.session import Session


@dataclass
class ScaleAnalysis:
    answers: pd.DataFrame  # question_id, question, value, zone_label, count, percent, percent_text, label
    questions: pd.DataFrame  # question_id, question, answers, mean, mean_text


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
    return bool(scale_zones(board))


def percentages(counts: list[int]) -> list[float | None]:
    """Each count as a percentage of their sum (None for all when the sum is 0)."""
    total = sum(counts)
    return [count * 100.0 / total if total else None for count in counts]


def analyse_scales(session: Session) -> ScaleAnalysis | None:
    board = session.board
    zones = scale_zones(board)
    if not zones:
        return None
    dots: Counter[str] = Counter()
    for dot in session.results.dots:
        dots[dot.zone_id] += dot.count
    questions: dict[str, tuple[str, list[Zone]]] = {}
    for zone in zones:
        key, text = _question_of(board, zone)
        questions.setdefault(key, (text, []))[1].append(zone)
    answer_rows = []
    question_rows = []
    for key, (text, members) in questions.items():
        members = sorted(members, key=lambda zone: float(zone.scale_value or 0))
        counts = [dots[zone.id] for zone in members]
        shares = percentages(counts)
        total = sum(counts)
        for zone, count, share in zip(members, counts, shares):
            value = float(zone.scale_value or 0)
            answer_rows.append(
                (
                    key,
                    text,
                    value,
                    zone.label or format_number(value),
                    count,
                    share,
                    format_percent(share) if share is not None else "",
                    format_count_percent(count, share or 0.0),
                )
            )
        mean = (
            sum(float(zone.scale_value or 0) * count for zone, count in zip(members, counts)) / total if total else None
        )
        question_rows.append((key, text, total, mean, format_number(mean) if mean is not None else ""))
    answers = pd.DataFrame(
        answer_rows,
        columns=["question_id", "question", "value", "zone_label", "count", "percent", "percent_text", "label"],
    ).astype({"count": "int64"})
    summary = pd.DataFrame(question_rows, columns=["question_id", "question", "answers", "mean", "mean_text"])
    return ScaleAnalysis(answers, summary.astype({"answers": "int64"}))
